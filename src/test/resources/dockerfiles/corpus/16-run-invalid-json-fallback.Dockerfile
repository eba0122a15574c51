FROM alpine:3.19
RUN [ "echo", 'single quotes are not JSON' ]
RUN [not json at all]
RUN ["unterminated
RUN ["trailing", "comma",]
RUN ["ok"] trailing words
CMD [ -f /tmp/x ] && echo exists
