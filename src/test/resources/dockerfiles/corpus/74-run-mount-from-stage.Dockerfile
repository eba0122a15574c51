FROM alpine:3.19 AS assets
RUN mkdir /assets && echo x > /assets/x

FROM alpine:3.19 AS unused
RUN echo never copied

FROM alpine:3.19
RUN --mount=type=bind,from=assets,source=/assets,target=/mnt cp /mnt/x /x
