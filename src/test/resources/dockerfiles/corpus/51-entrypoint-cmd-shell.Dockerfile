FROM alpine:3.19
ENTRYPOINT exec /app/start.sh "$@"
CMD ["--help"]
