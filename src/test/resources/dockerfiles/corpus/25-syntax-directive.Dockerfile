# syntax=docker/dockerfile:1.7
FROM alpine:3.19
RUN echo hi
