ARG BASE_TAG
FROM alpine:${BASE_TAG:-3.19}
ARG VERSION=1.2.3-beta
ENV A=${VERSION:+set} B=${UNSET-default} C=${VERSION%-*} D=${VERSION#*.}
ENV E=${VERSION%%.*} F=${VERSION##*.} G=${VERSION/./_} H=${VERSION//./_}
ENV I=${VERSION:?must_be_set} J=${VERSION?}
