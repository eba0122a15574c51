# top comment (not a directive: no equals sign)
# slimline global ignore=SL3001

FROM alpine:3.19
  # an indented comment
RUN echo '# not a comment inside a shell argument'
# trailing comment at end of file
