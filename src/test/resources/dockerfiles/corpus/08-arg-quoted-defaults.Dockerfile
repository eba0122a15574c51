ARG BASE="debian:bookworm-slim"
FROM $BASE
ARG GREETING="hello world"
ARG PATHS='/a /b'
ENV GREETING=$GREETING
