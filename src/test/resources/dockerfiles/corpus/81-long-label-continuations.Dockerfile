FROM alpine:3.19
LABEL a=1 \
      b=2 \
      # a comment between label lines
      c=3 \

      d=4
