FROM alpine:3.19
RUN echo "<<NOT" '<<NOPE'
RUN ["cat", "<<EOF"]
RUN cat <<< "here string"
RUN echo a<<b
