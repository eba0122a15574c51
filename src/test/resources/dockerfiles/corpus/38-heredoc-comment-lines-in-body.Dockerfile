# syntax=docker/dockerfile:1
FROM alpine:3.19
RUN <<EOF
# this is shell, not a Dockerfile comment
echo hello # trailing
\
EOF
