# a plain comment first
# escape=`
FROM alpine:3.19
RUN echo backslash still escapes \
    here
