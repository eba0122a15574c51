FROM alpine:3.19
# slimline ignore=SL1001
RUN apk add curl
# hadolint ignore=DL3018,DL3019
RUN apk add --no-cache wget
#no space after hash
RUN echo done # shell comment stays in the command
