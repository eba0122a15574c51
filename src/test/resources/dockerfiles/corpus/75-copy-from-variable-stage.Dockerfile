ARG FLAVOR=alpine
FROM alpine:3.19 AS build-alpine
RUN echo alpine > /flavor
FROM debian:bookworm-slim AS build-debian
RUN echo debian > /flavor
FROM build-${FLAVOR} AS chosen
FROM scratch
COPY --from=chosen /flavor /flavor
