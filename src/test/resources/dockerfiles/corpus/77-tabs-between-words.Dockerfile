FROM	alpine:3.19	AS	base
RUN	echo	tabs
ENV	KEY	value with tab
COPY	--chown=1:1	a	b
