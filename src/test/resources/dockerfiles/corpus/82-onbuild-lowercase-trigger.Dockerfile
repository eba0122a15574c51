FROM alpine:3.19
onbuild run echo lower trigger
ONBUILD workdir /app
