FROM alpine:3.19
ENV JSON="{\"key\": \"value\"}"
ENV DOLLAR=\$HOME SINGLE='$HOME stays'
ENV MIXED="a"'b'c
ENV TAB="a	b"
