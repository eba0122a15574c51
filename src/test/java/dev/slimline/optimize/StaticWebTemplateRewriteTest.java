package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static web apps (React/Vue-shaped npm builds): the build in node, only the output on nginx-unprivileged with an
 * SPA fallback and gzip, on the original's port, uid 101. Round trip, idempotence and git apply via RewriteTester.
 */
class StaticWebTemplateRewriteTest {

    private static final String REACT_MANIFEST = """
            {"name": "dash", "scripts": {"build": "node build.mjs", "start": "serve -s dist -l 3000"},
             "dependencies": {"react": "18.2.0", "react-dom": "18.2.0"}, "devDependencies": {"esbuild": "0.19.12"}}
            """;

    private static String nginxStage(String port, String output) {
        return """
                FROM nginxinc/nginx-unprivileged:1.22
                RUN printf '%s\\n' \\
                    'server {' \\
                    '    listen PORT;' \\
                    '    root /usr/share/nginx/html;' \\
                    '    gzip on;' \\
                    '    gzip_types text/css application/javascript application/json image/svg+xml;' \\
                    '    location / {' \\
                    '        try_files $uri $uri/ /index.html;' \\
                    '    }' \\
                    '}' \\
                    > /etc/nginx/conf.d/default.conf
                COPY --from=build OUTPUT /usr/share/nginx/html
                EXPOSE PORT
                USER 101:101
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:PORT/"]
                """.replace("PORT", port).replace("OUTPUT", output);
    }

    @Test
    void reactServedWithServeMovesToNginxOnItsPort() {
        RewriteTester tester = optimizer().file("package.json", REACT_MANIFEST).file("package-lock.json", "{}");
        tester.rewriteRun("""
                FROM node:18

                WORKDIR /app
                COPY . .
                RUN npm install
                RUN npm run build
                RUN npm install -g serve

                EXPOSE 3000
                CMD ["npx", "serve", "-s", "dist", "-l", "3000"]
                """, """
                FROM node:18 AS build
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci
                COPY . .
                RUN npm run build

                """ + nginxStage("3000", "/app/dist"));
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anyMatch(t -> t.contains("SPA fallback"))
                .noneMatch(t -> t.contains("below 1024"));
    }

    @Test
    void createReactAppWithYarnAndNoPortBuildsToBuildAndListensOn8080() {
        String manifest = """
                {"scripts": {"build": "react-scripts build"}, "dependencies": {"react": "18", "react-scripts": "5"}}
                """;
        optimizer().file("package.json", manifest).file("yarn.lock", "").rewriteRun("""
                FROM node:18
                WORKDIR /usr/src/app
                COPY . .
                RUN yarn install && yarn build
                CMD ["yarn", "start"]
                """, """
                FROM node:18 AS build
                WORKDIR /usr/src/app
                COPY package.json yarn.lock ./
                RUN yarn install --frozen-lockfile && yarn cache clean
                COPY . .
                RUN yarn run build

                """ + nginxStage("8080", "/usr/src/app/build"));
    }

    @Test
    void outputDirectoryComesFromTheServeCommandThenTheFramework() {
        assertThat(StaticWebTemplate.outputDirectory(List.of("npx", "serve", "-l", "5000", "./public/"), "{}"))
                .isEqualTo("public");
        assertThat(StaticWebTemplate.outputDirectory(List.of("npm", "start"),
                "{\"scripts\": {\"start\": \"http-server -p 80 www\"}}")).isEqualTo("www");
        assertThat(StaticWebTemplate.outputDirectory(List.of(), "{\"dependencies\": {\"vue\": \"3\"}}")).isEqualTo("dist");
    }
}
