from alpine:3.19 as build
run echo lower
copy . /src
env a=b
arg x=1
label k=v
expose 80
user nobody
workdir /tmp
volume /v
cmd ["true"]
entrypoint ["/bin/sh", "-c"]
stopsignal SIGTERM
healthcheck none
shell ["/bin/sh", "-c"]
onbuild run echo x
maintainer someone
add a.txt /a.txt
