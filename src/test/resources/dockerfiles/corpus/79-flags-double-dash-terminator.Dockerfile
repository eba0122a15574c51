FROM alpine:3.19
COPY --chown=1:1 -- --weird-name /dest
RUN --network=none -- echo after flags
