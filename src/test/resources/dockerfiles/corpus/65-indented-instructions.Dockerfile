    FROM alpine:3.19
	RUN echo tab indented
  COPY a /a
      # indented comment
   CMD ["sh"]
