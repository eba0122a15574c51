FROM alpine:3.19
VOLUME /data
VOLUME /var/log /var/db
VOLUME ["/json", "/paths"]
