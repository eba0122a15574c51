FROM alpine:3.19
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN wget -qO- https://example.com | wc -c
SHELL ["/bin/sh", "-c"]
