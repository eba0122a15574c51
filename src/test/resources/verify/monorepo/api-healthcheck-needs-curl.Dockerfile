# Test data for verify: a broken optimization. The HEALTHCHECK calls curl, which node:18-slim does not have.
FROM node:18 AS build
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npx tsc && npm prune --omit=dev

FROM node:18-slim
ENV NODE_ENV=production
ENV PORT=8080
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/package.json ./
COPY --from=build /usr/src/app/node_modules ./node_modules
COPY --from=build /usr/src/app/dist ./dist
USER node
EXPOSE 8080
HEALTHCHECK --interval=3s --timeout=3s --start-period=2s --retries=2 CMD curl -fsS http://127.0.0.1:8080/health || exit 1
CMD ["node", "dist/server.js"]
