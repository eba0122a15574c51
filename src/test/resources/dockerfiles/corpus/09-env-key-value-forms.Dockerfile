FROM alpine:3.19
ENV A=1
ENV B=2 C=3 D=4
ENV E=with\ space F="double quoted" G='single quoted'
ENV H= I=""
ENV PATH=/opt/bin:$PATH
