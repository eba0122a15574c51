FROM alpine:3.19
RUN echo one \
    && echo two
# comment

ENV A=1 \
    B=2
CMD ["sh"]
