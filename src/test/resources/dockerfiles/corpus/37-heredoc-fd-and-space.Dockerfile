# syntax=docker/dockerfile:1
FROM alpine:3.19
RUN 3<<EMPTY cat /dev/fd/3
EMPTY
RUN << SPACED cat
spaced delimiter
SPACED
RUN cat <<EOF > /etc/config && cat /etc/config
key=value
EOF
