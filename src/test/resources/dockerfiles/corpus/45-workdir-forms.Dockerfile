FROM alpine:3.19
WORKDIR /app
WORKDIR sub
WORKDIR $HOME/work
WORKDIR "/quoted path"
