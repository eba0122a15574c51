# escape=`
FROM alpine:3.19
RUN echo one `
    two
COPY ["C:\\src", "C:\\dest"]
ENV P=C:\path\with\backslashes Q=a`"b
