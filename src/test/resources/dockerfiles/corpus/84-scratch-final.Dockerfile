FROM busybox:1.36 AS tools
RUN echo hi > /hi
FROM scratch
COPY --from=tools /hi /hi
COPY --from=tools /bin/busybox /busybox
ENTRYPOINT ["/busybox", "cat", "/hi"]
