# Test data for verify: the optimization of examples/monorepo/services/web-app with Next.js standalone output.
FROM node:18 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# the optimizer turns on standalone output in next.config.js; this test data does it in the build stage
RUN sed -i "s/reactStrictMode: true,/reactStrictMode: true, output: 'standalone',/" next.config.js \
    && grep -q standalone next.config.js && npm run build

FROM node:18-slim
WORKDIR /app
ENV NODE_ENV=production
ENV NEXT_TELEMETRY_DISABLED=1
ENV PORT=3000
ENV HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=5s --timeout=30s --start-period=60s --retries=5 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/api/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "server.js"]
