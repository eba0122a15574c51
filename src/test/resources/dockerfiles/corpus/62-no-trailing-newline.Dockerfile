FROM alpine:3.19
RUN echo no newline at end