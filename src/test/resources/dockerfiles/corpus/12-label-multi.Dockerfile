FROM alpine:3.19
LABEL org.opencontainers.image.title="demo" \
      org.opencontainers.image.version="1.0.0" \
      org.opencontainers.image.description="A demo image"
LABEL maintainer="team@example.com"
