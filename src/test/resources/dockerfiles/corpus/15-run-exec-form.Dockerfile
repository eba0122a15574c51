FROM alpine:3.19
RUN ["/bin/sh", "-c", "echo exec form"]
RUN [ "echo", "spaces inside brackets" ]
RUN ["echo","no spaces"]
RUN ["echo", "unicode \u00e9", "escaped \"quote\"", "slash \/"]
