# An older style Debian image with many classic mistakes.
# expect: SL3001, SL2003
FROM ubuntu
# expect: SL3028
ENV DEBIAN_FRONTEND=noninteractive
# expect: SL1001, SL1012, SL3020
RUN apt-get update
# expect: SL3021
RUN apt-get upgrade -y
# expect: SL1001, SL1002, SL3012
RUN apt-get install -y curl wget git
# expect: SL2005, SL3025
RUN curl -sSL https://install.example.test/setup.sh | bash
# expect: SL2007, SL3027
RUN wget -qO /usr/local/bin/tool https://downloads.example.test/tool && chmod 777 /usr/local/bin/tool
# expect: SL1014
RUN rm -rf /var/lib/apt/lists/*
# expect: SL2002
ADD config/ /etc/app/
# expect: SL2009
COPY id_rsa /root/.ssh/id_rsa
# expect: SL3011
RUN cd /opt && git clone git@git.example.test:org/app.git
# expect: SL2008
EXPOSE 22 8080
# slimline ignore=SL3002
CMD /opt/app/run.sh
# expect: SL2001
USER root
