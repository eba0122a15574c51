FROM alpine:3.19
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/archive.tar.gz /tmp/
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.12.0 /src
ADD --chown=1:1 --chmod=600 local.tar.gz /opt/
ADD --link --exclude=*.tmp files/ /files/
