FROM alpine:3.19
RUN echo a \  
    && echo b \	
    && echo c
RUN echo escaped \\
RUN echo done
