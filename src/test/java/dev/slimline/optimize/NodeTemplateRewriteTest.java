package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;

/**
 * Node shapes from the conformance corpus, with default options: {@code npm start} with a prestart step that writes
 * next to package.json, pnpm installed globally by the original (no corepack assumed), and a node-gyp addon built
 * by the project's own install script. Every case also checks round-trip and idempotence (RewriteTester).
 */
class NodeTemplateRewriteTest {

    /** npm runs the script (so not distroless, which has no npm) and the user owns WORKDIR (prestart writes there). */
    @Test
    void npmStartWithPrestartKeepsNpmAndGivesTheUserItsWorkdir() {
        optimizer().file("package.json", """
                {"scripts":{"prestart":"node scripts/render.js","start":"FLAGS=./runtime/f.json node src/index.js"},
                 "dependencies":{"dotenv":"16"}}""")
                .file("package-lock.json", "{}").file("src/index.js", "").rewriteRun("""
                FROM node:18
                WORKDIR /srv/flags
                COPY . .
                RUN npm install
                EXPOSE 3300
                CMD npm start
                """, """
                FROM node:18 AS prod-deps
                WORKDIR /srv/flags
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                FROM node:18-slim
                RUN mkdir -p /srv/flags && chown 1000:1000 /srv/flags
                WORKDIR /srv/flags
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=1000:1000 /srv/flags/node_modules ./node_modules
                COPY --chown=1000:1000 . .
                EXPOSE 3300
                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3300/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["npm", "start"]
                """);
    }

    /** The original's {@code npm install -g pnpm@8} sets pnpm up in the install stage; no build stage for it. */
    @Test
    void pnpmInstalledGloballyIsSetUpTheSameWayInTheInstallStage() {
        optimizer().file("package.json", "{\"scripts\":{\"start\":\"node src/main.js\"},\"dependencies\":{\"fastify\":\"4\"}}")
                .file("pnpm-lock.yaml", "").file("src/main.js", "").rewriteRun("""
                FROM node:18
                RUN npm install -g pnpm@8
                WORKDIR /app
                COPY . .
                RUN pnpm install --frozen-lockfile
                EXPOSE 7000
                CMD ["pnpm", "start"]
                """, """
                FROM node:18 AS prod-deps
                WORKDIR /app
                COPY package.json pnpm-lock.yaml ./
                RUN npm install -g pnpm@8 && pnpm install --frozen-lockfile --prod && pnpm store prune

                FROM gcr.io/distroless/nodejs18-debian12:nonroot
                WORKDIR /app
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=65532:65532 /app/node_modules ./node_modules
                COPY --chown=65532:65532 . .
                EXPOSE 7000
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/nodejs/bin/node", "-e", "require('http').get('http://127.0.0.1:7000/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["src/main.js"]
                """);
    }

    /** node-gyp compiles into the project: the install stage gets the sources and npm_config_nodedir, the runtime the result. */
    @Test
    void nodeGypAddonInstallsWithItsSourcesAndNpmConfig() {
        optimizer().file("package.json", """
                {"gypfile":true,"scripts":{"install":"node-gyp rebuild","start":"node lib/server.js"},
                 "dependencies":{"node-addon-api":"7"}}""")
                .file("package-lock.json", "{}").file("binding.gyp", "{}").file("lib/server.js", "").rewriteRun("""
                FROM node:18
                RUN apt-get update && apt-get install -y build-essential python3 libnode-dev
                ENV npm_config_nodedir=/usr
                WORKDIR /app
                COPY . .
                RUN npm install
                EXPOSE 6060
                CMD ["node", "lib/server.js"]
                """, """
                FROM node:18 AS prod-deps
                RUN apt-get update && apt-get install -y --no-install-recommends build-essential python3 libnode-dev && rm -rf /var/lib/apt/lists/*
                ENV npm_config_nodedir=/usr
                WORKDIR /app
                COPY . .
                RUN npm ci --omit=dev && npm cache clean --force

                FROM gcr.io/distroless/nodejs18-debian12:nonroot
                WORKDIR /app
                ENV NODE_ENV=production
                ENV npm_config_nodedir=/usr
                COPY --from=prod-deps --chown=65532:65532 /app ./
                EXPOSE 6060
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/nodejs/bin/node", "-e", "require('http').get('http://127.0.0.1:6060/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["lib/server.js"]
                """);
    }

    /** npm workspaces: the install links the packages under the root, so it gets them and the runtime takes the result. */
    @Test
    void npmWorkspacesInstallWithTheirPackages() {
        optimizer().file("package.json", "{\"workspaces\":[\"packages/*\"],\"scripts\":{\"start\":\"npm -w api start\"}}")
                .file("package-lock.json", "{}").file("packages/api/package.json", "{\"name\":\"api\"}").rewriteRun("""
                FROM node:18
                WORKDIR /repo
                COPY . .
                RUN npm install
                EXPOSE 3000
                CMD ["npm", "start"]
                """, """
                FROM node:18 AS prod-deps
                WORKDIR /repo
                COPY . .
                RUN npm ci --omit=dev && npm cache clean --force

                FROM node:18-slim
                RUN mkdir -p /repo && chown 1000:1000 /repo
                WORKDIR /repo
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=1000:1000 /repo ./
                EXPOSE 3000
                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["npm", "start"]
                """);
    }
}
