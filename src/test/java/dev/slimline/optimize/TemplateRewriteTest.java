package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice.Family;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole optimizer on single-stage Dockerfiles: one or more cases per template variant and base family. */
class TemplateRewriteTest {

    private static final String PACKAGE_JSON_TS = """
            {"name":"api","scripts":{"build":"tsc","start":"node dist/server.js"},
             "dependencies":{"express":"^4.21.2"},"devDependencies":{"typescript":"^5.6.3"}}
            """;
    private static final String WORKER = example("worker");
    private static final String API = example("api");
    private static final String NEXT = example("web-app");

    /** The build stage every worker variant on Debian shares. */
    private static final String WORKER_BUILD_STAGE = """
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends build-essential gcc zlib1g-dev && rm -rf /var/lib/apt/lists/*
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir --upgrade pip setuptools wheel
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . .
                RUN pip install --no-cache-dir ./native/fastsum

                """;
    /** The deps, build and prod-deps stages of the api on glibc images. */
    private static final String API_BUILD_STAGES = """
                FROM node:18 AS deps
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci && npm cache clean --force

                FROM deps AS build
                ENV PORT=8080
                COPY . .
                RUN npx tsc

                FROM node:18 AS prod-deps
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                """;

    /** The api on alpine, when asked for. */
    private static final String API_ON_ALPINE = """
                FROM node:18-alpine AS deps
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci && npm cache clean --force

                FROM deps AS build
                ENV PORT=8080
                COPY . .
                RUN npx tsc

                FROM node:18-alpine AS prod-deps
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                FROM node:18-alpine
                WORKDIR /usr/src/app
                ENV NODE_ENV=production
                ENV PORT=8080
                COPY --from=prod-deps --chown=1000:1000 /usr/src/app/node_modules ./node_modules
                COPY --chown=1000:1000 package.json ./
                COPY --from=build --chown=1000:1000 /usr/src/app/dist ./dist
                EXPOSE 8080
                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:8080/health',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["node", "dist/server.js"]
                """;
    /** The web-app as a standalone Next.js server on node:18-slim, whether or not next.config needed the edit. */
    private static final String NEXT_STANDALONE_ON_SLIM = """
            FROM node:18 AS deps
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN npm ci && npm cache clean --force

            FROM deps AS build
            ENV NEXT_TELEMETRY_DISABLED=1
            COPY . .
            RUN npm run build

            FROM node:18-slim
            WORKDIR /app
            ENV NODE_ENV=production
            ENV NEXT_TELEMETRY_DISABLED=1
            ENV HOSTNAME=0.0.0.0
            COPY --from=build --chown=1000:1000 /app/public ./public
            COPY --from=build --chown=1000:1000 /app/.next/standalone ./
            COPY --from=build --chown=1000:1000 /app/.next/static ./.next/static
            EXPOSE 3000
            USER 1000:1000
            HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
            CMD ["node", "server.js"]
            """;

    /** The example monorepo's Dockerfiles, as the story's services have them. */
    private static String example(String service) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("examples/monorepo/services", service, "Dockerfile"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RewriteTester worker() {
        return optimizer().file("requirements.txt", "celery==5.2.6\nredis==4.3.4\n").file("tasks.py", "app = None\n")
                .file("native/fastsum/setup.py", "").options(OptimizeOptions.defaults().withFamily(Family.SLIM));
    }

    private static RewriteTester api(Family family) {
        return optimizer().file("package.json", PACKAGE_JSON_TS).file("package-lock.json", "{}")
                .file("tsconfig.json", "{\"compilerOptions\":{\"outDir\":\"./dist\"}}")
                .file("src/server.ts", "app.get('/health', (req, res) => res.send('ok'));\n")
                .options(OptimizeOptions.defaults().withFamily(family));
    }

    private static RewriteTester next(String config) {
        return optimizer().file("package.json", "{\"dependencies\":{\"next\":\"^14.2.35\",\"react\":\"^18\"},"
                        + "\"scripts\":{\"build\":\"next build\",\"start\":\"next start\"}}")
                .file("package-lock.json", "{}").file("next.config.js", config).file("public/favicon.ico", "")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM));
    }

    @Test
    void pythonCeleryWorkerOnSlim() {
        worker().rewriteRun(WORKER, WORKER_BUILD_STAGE + """
                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                ENV CELERY_BROKER_URL=redis://redis:6379/0
                COPY --chown=1001:1001 . .
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD celery -A tasks inspect ping -d celery@$HOSTNAME
                CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=2"]
                """);
    }

    @Test
    void pythonCeleryWorkerOnAlpineBuildsOnAlpineToo() {
        worker().options(OptimizeOptions.defaults().withFamily(Family.ALPINE)).rewriteRun(WORKER, """
                FROM python:3.11-alpine AS build
                RUN apk add --no-cache build-base zlib-dev
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir --upgrade pip setuptools wheel
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . .
                RUN pip install --no-cache-dir ./native/fastsum

                FROM python:3.11-alpine
                RUN apk add --no-cache zlib
                RUN addgroup -g 1001 -S appuser && adduser -u 1001 -S -G appuser -s /sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                ENV CELERY_BROKER_URL=redis://redis:6379/0
                COPY --chown=1001:1001 . .
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD celery -A tasks inspect ping -d celery@$HOSTNAME
                CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=2"]
                """);
    }

    @Test
    void pythonDistrolessKeepsTheSlimImageAndSaysWhy() {
        worker().options(OptimizeOptions.defaults().withFamily(Family.DISTROLESS)).rewriteRun(WORKER, WORKER_BUILD_STAGE + """
                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                ENV CELERY_BROKER_URL=redis://redis:6379/0
                COPY --chown=1001:1001 . .
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD celery -A tasks inspect ping -d celery@$HOSTNAME
                CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=2"]
                """);
    }

    @Test
    void pythonRuntimeLibrariesComeFromTheDevPackages() {
        optimizer().file("requirements.txt", "psycopg2==2.9.9\nscikit-learn==1.5.0\n")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM python:3.11
                RUN apt-get update && apt-get install -y gcc libpq-dev libxml2-dev
                WORKDIR /srv
                COPY . .
                RUN pip install -r requirements.txt
                CMD ["python", "main.py"]
                """, """
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev libxml2-dev && rm -rf /var/lib/apt/lists/*
                WORKDIR /srv
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir -r requirements.txt

                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y --no-install-recommends libpq5 libxml2 libgomp1 && rm -rf /var/lib/apt/lists/*
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /srv
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --chown=1001:1001 . .
                USER 1001:1001
                CMD ["python", "main.py"]
                """);
    }

    @Test
    void pythonGunicornGetsAnHttpProbeInPython() {
        optimizer().file("requirements.txt", "gunicorn==20.1.0\n").file("app.py", "@app.route('/health')\n")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . .
                RUN pip install -r requirements.txt
                EXPOSE 8000
                CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir -r requirements.txt

                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --chown=1001:1001 . .
                EXPOSE 8000
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["python", "-c", "import sys,urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=8); sys.exit(0)"]
                CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
                """);
    }

    @Test
    void pythonPyprojectInstallsTheProject() {
        optimizer().file("pyproject.toml", "[project]\nname='svc'\n[build-system]\nrequires=['setuptools']\n")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM python:3.11
                COPY . /app
                WORKDIR /app
                CMD ["python", "-m", "svc"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY . .
                RUN pip install --no-cache-dir .

                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --chown=1001:1001 . .
                USER 1001:1001
                CMD ["python", "-m", "svc"]
                """);
    }

    @Test
    void pythonPipenvExportsTheLockedRequirements() {
        optimizer().file("Pipfile", "[packages]\nflask = '*'\n").file("Pipfile.lock", "{}")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . .
                EXPOSE 5000
                CMD ["flask", "run", "--host=0.0.0.0"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY Pipfile Pipfile.lock ./
                RUN /usr/local/bin/python -m pip install --no-cache-dir pipenv && /usr/local/bin/python -m pipenv requirements > /tmp/requirements.txt && pip install --no-cache-dir -r /tmp/requirements.txt

                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --chown=1001:1001 . .
                EXPOSE 5000
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["python", "-c", "import sys,urllib.request; urllib.request.urlopen('http://127.0.0.1:5000/', timeout=8); sys.exit(0)"]
                CMD ["flask", "run", "--host=0.0.0.0"]
                """);
    }

    @Test
    void pythonWithUserOptionsAndNoHealthcheck() {
        worker().options(new OptimizeOptions(Family.SLIM, Optional.of("celery"), Optional.of(2001), Optional.empty(),
                Optional.empty(), true)).rewriteRun(WORKER, WORKER_BUILD_STAGE + """
                FROM python:3.11-slim
                RUN groupadd --gid 2001 celery && useradd --uid 2001 --gid 2001 --create-home --shell /usr/sbin/nologin celery
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                ENV CELERY_BROKER_URL=redis://redis:6379/0
                COPY --chown=2001:2001 . .
                USER 2001:2001
                CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=2"]
                """);
    }

    @Test
    void pythonWithTheUsersHealthCommand() {
        worker().options(OptimizeOptions.defaults().withFamily(Family.SLIM).withHealthCmd("celery -A tasks status"))
                .rewriteRun(WORKER, WORKER_BUILD_STAGE + """
                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                ENV CELERY_BROKER_URL=redis://redis:6379/0
                COPY --chown=1001:1001 . .
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD celery -A tasks status
                CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=2"]
                """);
    }

    @Test
    void nodeTypescriptApiOnSlim() {
        api(Family.SLIM).rewriteRun(API, API_BUILD_STAGES + """
                FROM node:18-slim
                WORKDIR /usr/src/app
                ENV NODE_ENV=production
                ENV PORT=8080
                COPY --from=prod-deps --chown=1000:1000 /usr/src/app/node_modules ./node_modules
                COPY --chown=1000:1000 package.json ./
                COPY --from=build --chown=1000:1000 /usr/src/app/dist ./dist
                EXPOSE 8080
                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:8080/health',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["node", "dist/server.js"]
                """);
    }

    @Test
    void nodeTypescriptApiOnAlpine() {
        api(Family.ALPINE).rewriteRun(API, API_ON_ALPINE);
    }

    /**
     * Auto on a glibc original stays on glibc (issue #11: auto wrote node:18-alpine, which does not build where no
     * Alpine image exists and breaks prebuilt native modules) and says so; alpine only when asked.
     */
    @Test
    void nodeTypescriptApiAutoKeepsGlibcAndSaysWhy() {
        RewriteTester tester = api(Family.AUTO);
        tester.rewriteRun(API, API_BUILD_STAGES + API_ON_DISTROLESS);
        assertThat(tester.last().changes()).extracting(Change::summary).anySatisfy(c -> assertThat(c)
                .startsWith("base family distroless (asked: auto)").contains("auto keeps the original's libc"));
    }

    @Test
    void nodeTypescriptApiOnDistroless() {
        api(Family.DISTROLESS).rewriteRun(API, API_BUILD_STAGES + API_ON_DISTROLESS);
    }

    private static final String API_ON_DISTROLESS = """
                FROM gcr.io/distroless/nodejs18-debian12:nonroot
                WORKDIR /usr/src/app
                ENV NODE_ENV=production
                ENV PORT=8080
                COPY --from=prod-deps --chown=65532:65532 /usr/src/app/node_modules ./node_modules
                COPY --chown=65532:65532 package.json ./
                COPY --from=build --chown=65532:65532 /usr/src/app/dist ./dist
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/nodejs/bin/node", "-e", "require('http').get('http://127.0.0.1:8080/health',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["dist/server.js"]
                """;

    @Test
    void nodeNativeModuleKeepsGlibcUnderAuto() {
        api(Family.AUTO).file("package-lock.json", "{\"packages\":{\"node_modules/bcrypt\":{\"hasInstallScript\": true}}}")
                .rewriteRun(API, """
                FROM node:18 AS deps
                RUN apt-get update && apt-get install -y --no-install-recommends build-essential python3 git curl && rm -rf /var/lib/apt/lists/*
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci && npm cache clean --force

                FROM deps AS build
                ENV PORT=8080
                COPY . .
                RUN npx tsc

                FROM node:18 AS prod-deps
                RUN apt-get update && apt-get install -y --no-install-recommends build-essential python3 git curl && rm -rf /var/lib/apt/lists/*
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                FROM gcr.io/distroless/nodejs18-debian12:nonroot
                WORKDIR /usr/src/app
                ENV NODE_ENV=production
                ENV PORT=8080
                COPY --from=prod-deps --chown=65532:65532 /usr/src/app/node_modules ./node_modules
                COPY --chown=65532:65532 package.json ./
                COPY --from=build --chown=65532:65532 /usr/src/app/dist ./dist
                EXPOSE 8080
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/nodejs/bin/node", "-e", "require('http').get('http://127.0.0.1:8080/health',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["dist/server.js"]
                """);
    }

    @Test
    void nodePlainJavascriptCopiesTheSources() {
        optimizer().file("package.json", "{\"scripts\":{\"start\":\"node server.js\"},\"dependencies\":{\"express\":\"4\"}}")
                .file("package-lock.json", "{}").file("server.js", "app.get('/healthz')\n")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM node:18
                WORKDIR /srv
                COPY . .
                RUN npm install
                EXPOSE 3000
                CMD ["node", "server.js"]
                """, """
                FROM node:18 AS prod-deps
                WORKDIR /srv
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                FROM node:18-slim
                WORKDIR /srv
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=1000:1000 /srv/node_modules ./node_modules
                COPY --chown=1000:1000 . .
                EXPOSE 3000
                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/healthz',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void nodeYarnProject() {
        optimizer().file("package.json", "{\"scripts\":{\"start\":\"node index.js\"},\"dependencies\":{\"koa\":\"2\"}}")
                .file("yarn.lock", "")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM node:20
                WORKDIR /app
                COPY . .
                RUN yarn install
                CMD ["yarn", "start"]
                """, """
                FROM node:20 AS prod-deps
                WORKDIR /app
                COPY package.json yarn.lock ./
                RUN yarn install --frozen-lockfile --production && yarn cache clean

                FROM node:20-slim
                WORKDIR /app
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=1000:1000 /app/node_modules ./node_modules
                COPY --chown=1000:1000 . .
                USER 1000:1000
                CMD ["node", "index.js"]
                """);
    }

    @Test
    void nodePnpmProject() {
        optimizer().file("package.json", "{\"scripts\":{\"start\":\"node main.js\"},\"dependencies\":{\"koa\":\"2\"}}")
                .file("pnpm-lock.yaml", "")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM)).rewriteRun("""
                FROM node:20
                WORKDIR /app
                COPY . .
                RUN pnpm install
                CMD ["node", "main.js"]
                """, """
                FROM node:20 AS prod-deps
                WORKDIR /app
                COPY package.json pnpm-lock.yaml ./
                RUN corepack enable && pnpm install --frozen-lockfile --prod && pnpm store prune

                FROM node:20-slim
                WORKDIR /app
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=1000:1000 /app/node_modules ./node_modules
                COPY --chown=1000:1000 . .
                USER 1000:1000
                CMD ["node", "main.js"]
                """);
    }

    @Test
    void nextJsStandaloneWithTheConfigEdit() {
        RewriteTester tester = next("/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n};\n\nmodule.exports = nextConfig;\n");
        tester.rewriteRun(NEXT, NEXT_STANDALONE_ON_SLIM);
        assertThat(tester.last().fileEdits()).singleElement().satisfies(edit -> {
            assertThat(edit.relativePath()).isEqualTo("next.config.js");
            assertThat(edit.after()).isEqualTo("/** @type {import('next').NextConfig} */\nconst nextConfig = {\n"
                    + "  output: 'standalone',\n  reactStrictMode: true,\n};\n\nmodule.exports = nextConfig;\n");
        });
    }

    @Test
    void nextJsAlreadyStandaloneNeedsNoConfigEdit() {
        RewriteTester tester = next("module.exports = { output: 'standalone' };\n");
        tester.rewriteRun(NEXT, NEXT_STANDALONE_ON_SLIM);
        assertThat(tester.last().fileEdits()).isEmpty();
    }

    @Test
    void nextJsStaticExportIsNotRewritten() {
        RewriteTester tester = next("module.exports = { output: 'export' };\n");
        tester.rewriteRun(NEXT, """
                FROM node:18

                WORKDIR /app

                COPY --chown=1000:1000 package.json package-lock.json ./
                RUN npm ci && npm cache clean --force
                COPY --chown=1000:1000 . .


                ENV NEXT_TELEMETRY_DISABLED=1
                RUN npm run build

                EXPOSE 3000

                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["npm", "start"]
                """);
        assertThat(tester.last().template()).isEmpty();
        assertThat(tester.last().note()).hasValueSatisfying(n -> assertThat(n).contains("another output mode"));
    }

    @Test
    void nextJsOnAlpine() {
        next("module.exports = { output: 'standalone' };\n").options(OptimizeOptions.defaults().withFamily(Family.ALPINE))
                .rewriteRun(NEXT, """
                FROM node:18-alpine AS deps
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci && npm cache clean --force

                FROM deps AS build
                ENV NEXT_TELEMETRY_DISABLED=1
                COPY . .
                RUN npm run build

                FROM node:18-alpine
                WORKDIR /app
                ENV NODE_ENV=production
                ENV NEXT_TELEMETRY_DISABLED=1
                ENV HOSTNAME=0.0.0.0
                COPY --from=build --chown=1000:1000 /app/public ./public
                COPY --from=build --chown=1000:1000 /app/.next/standalone ./
                COPY --from=build --chown=1000:1000 /app/.next/static ./.next/static
                EXPOSE 3000
                USER 1000:1000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void goStaticBinaryOnDistrolessStatic() {
        optimizer().file("go.mod", "module example.com/hello\n\ngo 1.19\n").file("main.go", "package main\n")
                .rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o server .
                EXPOSE 8080
                CMD ["./server"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /src
                COPY --from=build /app/server /app/server
                EXPOSE 8080
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
    }

    @Test
    void goWithoutOutputNameUsesTheModuleName() {
        optimizer().file("go.mod", "module example.com/tools/hello\n").rewriteRun("""
                FROM golang:1.19
                WORKDIR /go/src/app
                COPY . .
                RUN go build
                CMD /go/src/app/hello -v
                """, """
                FROM golang:1.19 AS build
                WORKDIR /go/src/app
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM gcr.io/distroless/static-debian12:nonroot
                WORKDIR /go/src/app
                COPY --from=build /app/server /app/server
                USER 65532:65532
                ENTRYPOINT ["/app/server", "-v"]
                """);
    }

    @Test
    void goCommandNotTheBuiltBinaryFallsBackToRecipes() {
        RewriteTester tester = optimizer().file("go.mod", "module x\n");
        tester.rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o app .
                CMD ["go", "run", "."]
                """, """
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN go build -o app .
                CMD ["go", "run", "."]
                """);
        assertThat(tester.last().note()).hasValueSatisfying(n -> assertThat(n).contains("go template not used"));
    }

    @Test
    void unknownStackGetsSafeRecipesWithTheReason() {
        RewriteTester tester = optimizer();
        tester.rewriteRun("""
                FROM debian:bookworm
                RUN apt-get update
                RUN apt-get install -y nginx
                ADD site/ /var/www/html/
                CMD nginx -g 'daemon off;'
                """, """
                FROM debian:bookworm
                RUN apt-get update && apt-get install --no-install-recommends -y nginx && rm -rf /var/lib/apt/lists/*
                COPY site/ /var/www/html/
                CMD ["nginx", "-g", "daemon off;"]
                """);
        assertThat(tester.last().template()).isEmpty();
        assertThat(tester.last().note()).hasValueSatisfying(n -> assertThat(n).startsWith("unknown stack"));
    }

    @Test
    void leanMultiStageDockerfileIsLeftAlone() {
        optimizer().file("go.mod", "module x\n").rewriteRun("""
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=0 go build -o /out/app .

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /out/app /app
                USER 65532:65532
                ENTRYPOINT ["/app"]
                """);
    }

    @Test
    void leanSlimNodeImageIsNotMadeLarger() {
        RewriteTester tester = optimizer().file("package.json", "{}").file("package-lock.json", "{}");
        tester.rewriteRun("""
                FROM node:18-slim AS runtime
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force
                COPY --chown=1000:1000 . .
                USER 1000:1000
                CMD ["node", "index.js"]
                """);
        assertThat(tester.last().after().get().totalBytes()).isLessThanOrEqualTo(tester.last().before().get().totalBytes());
    }
}
