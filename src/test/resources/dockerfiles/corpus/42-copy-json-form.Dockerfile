FROM alpine:3.19
COPY ["src/a.txt", "src/b.txt", "/dest/"]
ADD ["archive.tar", "/"]
COPY [ "spaces in name.txt" , "/x y" ]
