FROM node:20 AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM node:20
COPY --from=0 /app/node_modules /app/node_modules
COPY . /app
CMD ["node", "/app/server.js"]
