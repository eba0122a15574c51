# ARG-in-FROM and multi-stage traps: the final image is distroless and non-root; builder stages are not judged
# for what they leave behind, and the base image resolves through the global ARG.
ARG GO_VERSION=1.22
ARG RUNTIME=gcr.io/distroless/static-debian12:nonroot
FROM golang:${GO_VERSION}-alpine AS build
# pinning holds wherever packages are installed, builder included
# expect: SL3015
RUN apk add git make gcc musl-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM build AS test
RUN go test ./...

FROM ${RUNTIME}
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK CMD ["/server", "-healthcheck"]
ENTRYPOINT ["/server"]
