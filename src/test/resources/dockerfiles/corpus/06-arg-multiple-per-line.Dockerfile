FROM alpine:3.19
ARG A B=2 C="three words" D=
ARG E='single quoted' F=x\ y
RUN echo $A $B $C $D $E $F
