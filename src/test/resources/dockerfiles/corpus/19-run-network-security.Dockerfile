FROM alpine:3.19
RUN --network=none echo offline
RUN --network=host wget -q -O- http://127.0.0.1/
RUN --security=insecure echo privileged
RUN --network=default --mount=type=cache,target=/x echo both
