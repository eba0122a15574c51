#   SYNTAX   =   docker/dockerfile:1   
#Escape=\
FROM alpine:3.19
RUN echo ok
