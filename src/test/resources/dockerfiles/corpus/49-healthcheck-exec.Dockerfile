FROM alpine:3.19
HEALTHCHECK CMD ["wget", "-q", "-O", "/dev/null", "http://localhost:8080/health"]
healthcheck --interval=1m30s cmd wget -q -O /dev/null http://localhost/
