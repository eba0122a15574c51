FROM alpine:3.19
ENV LANG C.UTF-8
ENV MESSAGE hello big world
ENV QUOTED "a b c"
