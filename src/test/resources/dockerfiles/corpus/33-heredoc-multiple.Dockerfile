# syntax=docker/dockerfile:1
FROM alpine:3.19
RUN <<FIRST cat > /a && <<SECOND cat > /b
first file
FIRST
second file
SECOND
COPY <<X <<Y /dest/
Y
X
X
Y
