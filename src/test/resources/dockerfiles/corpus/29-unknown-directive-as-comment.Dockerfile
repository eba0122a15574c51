# foo=bar
# syntax=docker/dockerfile:1
FROM alpine:3.19
RUN echo the syntax line above is a comment
