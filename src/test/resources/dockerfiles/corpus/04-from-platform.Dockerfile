FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /bin/tool .

FROM --platform=linux/amd64 alpine:3.19
COPY --from=build /bin/tool /usr/local/bin/tool
