package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice.Family;
import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the runtime needs comes from what runs, and what the install reads is copied before it (issue #11's
 * failures, each as a before/after pair): tini installed with apt and used as ENTRYPOINT; requirement files naming
 * local paths; a Node build without a known output directory that used to delete its production modules.
 */
class RuntimeNeedsRewriteTest {

    private static final String FLASK = "from flask import Flask\napp = Flask(__name__)\n";

    /** The runtime stage of the Flask cases up to the contract's tail. */
    static final String FLASK_RUNTIME = """
            FROM python:3.11-slim
            RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
            WORKDIR /app
            COPY --from=build /opt/venv /opt/venv
            ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
            COPY --chown=1001:1001 . .
            """;

    @Test
    void tiniInstalledWithAptAndUsedAsEntrypointStaysInThePythonRuntime() {
        RewriteTester tester = optimizer().file("requirements.txt", "flask==3.0.0\n").file("app.py", FLASK);
        tester.rewriteRun("""
                FROM python:3.11
                RUN apt-get update && apt-get install -y tini gcc
                WORKDIR /app
                COPY . .
                RUN pip install -r requirements.txt
                ENTRYPOINT ["/usr/bin/tini", "--"]
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends tini gcc && rm -rf /var/lib/apt/lists/*
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir -r requirements.txt

                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --chown=1001:1001 . .
                USER 1001:1001
                ENTRYPOINT ["/usr/bin/tini", "--"]
                CMD ["python", "app.py"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .contains("runtime keeps tini: the command runs it", "Build tools (gcc) only in build stage");
    }

    @Test
    void gosuCalledByTheEntrypointScriptStaysInTheNodeRuntimeWhichThenNeedsAPackageManager() {
        RewriteTester tester = optimizer().file("package.json", "{\"dependencies\":{\"express\":\"^4\"}}")
                .file("package-lock.json", "{}").file("server.js", "")
                .file("docker-entrypoint.sh", "#!/bin/sh\nset -e\nexec gosu node \"$@\"\n")
                .options(OptimizeOptions.defaults().withFamily(Family.AUTO));
        tester.rewriteRun("""
                FROM node:18
                RUN apt-get update && apt-get install -y gosu
                WORKDIR /usr/src/app
                COPY . .
                RUN npm ci
                ENTRYPOINT ["./docker-entrypoint.sh"]
                CMD ["node", "server.js"]
                """, """
                FROM node:18 AS prod-deps
                WORKDIR /usr/src/app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                FROM node:18-slim
                RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
                WORKDIR /usr/src/app
                ENV NODE_ENV=production
                COPY --from=prod-deps --chown=1000:1000 /usr/src/app/node_modules ./node_modules
                COPY --chown=1000:1000 . .
                USER 1000:1000
                ENTRYPOINT ["./docker-entrypoint.sh"]
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void localPathsNamedByRequirementFilesAreCopiedBeforePipInstall() {
        optimizer().file("requirements.txt", "-r requirements/base.txt\n-c constraints.txt\n./native\n"
                        + "--find-links ./wheels\nfile:./vendor/pkg.tar.gz\n")
                .file("requirements/base.txt", "flask==3.0.0\n").file("constraints.txt", "flask<4\n")
                .file("native/setup.py", "").file("wheels/README", "").file("vendor/pkg.tar.gz", "").file("app.py", FLASK)
                .rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . .
                RUN pip install -r requirements.txt
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt constraints.txt ./
                COPY requirements/base.txt ./requirements/base.txt
                COPY native ./native
                COPY wheels ./wheels
                COPY vendor/pkg.tar.gz ./vendor/pkg.tar.gz
                RUN pip install --no-cache-dir -r requirements.txt

                """ + FLASK_RUNTIME + """
                USER 1001:1001
                CMD ["python", "app.py"]
                """);
    }

    @Test
    void anEditableInstallOfTheProjectRunsAfterTheSourcesAreCopied() {
        optimizer().file("requirements.txt", "flask==3.0.0\n-e .\n").file("setup.py", "").file("app.py", FLASK)
                .rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . .
                RUN pip install -r requirements.txt
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY . .
                RUN pip install --no-cache-dir -r requirements.txt

                """ + FLASK_RUNTIME + """
                USER 1001:1001
                CMD ["python", "app.py"]
                """);
    }

    /** The rewrite used to copy the build stage over the production modules, then RUN rm -rf node_modules. */
    @Test
    void aBuildWithoutKnownOutputKeepsTheProductionModules() {
        RewriteTester tester = optimizer()
                .file("package.json", "{\"dependencies\":{\"express\":\"^4\"},\"scripts\":{\"build\":\"node build.js\"}}")
                .file("package-lock.json", "{}").file("build.js", "").file("server.js", "")
                .options(OptimizeOptions.defaults().withFamily(Family.SLIM));
        tester.rewriteRun("""
                FROM node:18
                WORKDIR /app
                COPY . .
                RUN npm install
                RUN npm run build
                CMD ["node", "server.js"]
                """, """
                FROM node:18 AS deps
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci && npm cache clean --force

                FROM deps AS build
                COPY . .
                RUN npm run build
                RUN rm -rf node_modules

                FROM node:18 AS prod-deps
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev && npm cache clean --force

                FROM node:18-slim
                WORKDIR /app
                ENV NODE_ENV=production
                COPY --from=build --chown=1000:1000 /app ./
                COPY --from=prod-deps --chown=1000:1000 /app/node_modules ./node_modules
                USER 1000:1000
                CMD ["node", "server.js"]
                """);
        assertThat(tester.last().optimized().lines().filter(l -> l.equals("RUN rm -rf node_modules")).count()).isEqualTo(1);
    }

    @Test
    void aPortBelow1024RunNonRootIsExplainedForDockerAndKubernetes() {
        RewriteTester tester = optimizer().file("requirements.txt", "flask==3.0.0\n").file("app.py", FLASK)
                .options(OptimizeOptions.defaults().withoutHealthcheck());
        tester.rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . .
                RUN pip install -r requirements.txt
                EXPOSE 80
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir -r requirements.txt

                """ + FLASK_RUNTIME + """
                EXPOSE 80
                USER 1001:1001
                CMD ["python", "app.py"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary).anySatisfy(c -> assertThat(c)
                .startsWith("port 80 is below 1024").contains("Docker >= 20.10").contains("Kubernetes"));
    }
}
