FROM alpine:3.19
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["/app/server", "--port", "8080"]
