# syntax=docker/dockerfile:1
FROM alpine:3.19
RUN <<-EOT
	echo tabs are stripped
		echo twice
	EOT
