FROM alpine:3.19
CMD ["sh", "-c", "echo line1\nline2\ttab"]
ENTRYPOINT ["/bin/echo", "\u2603"]
