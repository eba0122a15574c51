# syntax=docker/dockerfile:1.7-labs
FROM alpine:3.19 AS src
RUN mkdir -p /out && touch /out/a
FROM alpine:3.19
COPY --from=src --chown=1000:1000 --chmod=0644 --link /out/a /a
COPY --parents --exclude=*.md --exclude=docs/ ./src/ /app/
COPY --link=false file.txt /file.txt
COPY --chown=app:app ["dir with space/", "/dest/"]
