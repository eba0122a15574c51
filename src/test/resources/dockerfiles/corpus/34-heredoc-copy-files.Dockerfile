# syntax=docker/dockerfile:1
FROM nginx:1.25-alpine
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen 80;
    location / { return 200 'ok'; }
}
EOF
COPY --chmod=755 <<-"SCRIPT" /usr/local/bin/start
	#!/bin/sh
	exec nginx -g 'daemon off;'
	SCRIPT
