# syntax=docker/dockerfile:1
FROM alpine:3.19
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc
RUN --mount=type=ssh git clone git@example.com:org/repo.git
RUN --mount=type=bind,source=.,target=/src,rw ls /src
RUN --mount=type=tmpfs,target=/tmp echo tmp
