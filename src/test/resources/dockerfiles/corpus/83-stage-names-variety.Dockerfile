FROM alpine:3.19 AS build.v1-final_2
FROM build.v1-final_2 AS next
FROM next
