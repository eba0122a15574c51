# A typical first Dockerfile for an Express + TypeScript API: everything in one full-size stage.
# expect: SL1009, SL2001, SL3001, SL1010
FROM node:18
# expect: SL3010
MAINTAINER Platform Team <platform@example.test>
WORKDIR /usr/src/app
# expect: SL3005
COPY . .
# expect: SL1005, SL1011, SL1012
RUN npm install
RUN npm run build
# expect: SL1005, SL3014
RUN npm install -g pm2
# expect: SL2004
ENV NODE_ENV=development API_TOKEN=dev-token
EXPOSE 3000
# expect: SL3002
CMD npm start
