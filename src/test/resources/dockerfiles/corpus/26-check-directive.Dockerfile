# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended;error=true
FROM alpine:3.19
CMD echo hi
