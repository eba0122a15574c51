package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PHP with a committed Composer vendor/: the original's stage on the same php image with its apt installs cut to
 * what runs names, other steps in order, a php HEALTHCHECK; a user of its own for the built-in server, www-data
 * (with the paths it writes at start) for Apache and nginx/php-fpm. Round trip, idempotence and git apply via
 * RewriteTester.
 */
class PhpTemplateRewriteTest {

    private static final String COMPOSER = """
            {"name": "acme/notes", "require": {"php": ">=8.1", "northwind/http-kit": "^2.1"}}
            """;
    private static final String INDEX = "<?php\nif ($_SERVER['REQUEST_URI'] === '/health') { echo 'ok'; }\n";

    private static RewriteTester app() {
        return optimizer().file("composer.json", COMPOSER).file("composer.lock", "{}")
                .file("vendor/autoload.php", "<?php\n").file("public/index.php", INDEX);
    }

    @Test
    void builtInServerDropsComposerToolsAndRunsNonRoot() {
        RewriteTester tester = app();
        tester.rewriteRun("""
                FROM php:8.2-cli

                RUN apt-get update && apt-get install -y git zip unzip sqlite3

                COPY . /usr/src/notes
                WORKDIR /usr/src/notes

                ENV DATA_DIR=/usr/src/notes/storage
                EXPOSE 8000
                CMD ["php", "-S", "0.0.0.0:8000", "-t", "public", "public/index.php"]
                """, """
                FROM php:8.2-cli
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                COPY --chown=1001:1001 . /usr/src/notes
                WORKDIR /usr/src/notes
                ENV DATA_DIR=/usr/src/notes/storage
                EXPOSE 8000
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["php", "-r", "exit(@file_get_contents('http://127.0.0.1:8000/health') === false ? 1 : 0);"]
                CMD ["php", "-S", "0.0.0.0:8000", "-t", "public", "public/index.php"]
                """);
        assertThat(tester.last().template()).hasValue("php");
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anyMatch(t -> t.startsWith("not installed any more: git, zip, unzip, sqlite3"));
    }

    @Test
    void apacheModPhpRunsAsWwwDataOwningItsRunLockAndLogDirectories() {
        RewriteTester tester = app();
        tester.rewriteRun("""
                FROM php:8.2-apache
                RUN apt-get update && apt-get install -y git unzip libicu-dev \\
                    && a2enmod rewrite headers
                ENV APACHE_DOCUMENT_ROOT=/var/www/html/public
                RUN sed -ri -e 's!/var/www/html!${APACHE_DOCUMENT_ROOT}!g' /etc/apache2/sites-available/*.conf
                COPY . /var/www/html/
                RUN mkdir -p /var/www/html/storage && chown -R www-data:www-data /var/www/html/storage
                EXPOSE 80
                """, """
                FROM php:8.2-apache
                RUN a2enmod rewrite headers
                ENV APACHE_DOCUMENT_ROOT=/var/www/html/public
                RUN sed -ri -e 's!/var/www/html!${APACHE_DOCUMENT_ROOT}!g' /etc/apache2/sites-available/*.conf
                COPY . /var/www/html/
                RUN mkdir -p /var/www/html/storage && chown -R www-data:www-data /var/www/html/storage
                RUN mkdir -p /var/run/apache2 /var/lock/apache2 /var/log/apache2 && chown -R 33:33 /var/run/apache2 /var/lock/apache2 /var/log/apache2
                EXPOSE 80
                USER 33:33
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["php", "-r", "exit(@file_get_contents('http://127.0.0.1:80/health') === false ? 1 : 0);"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anyMatch(t -> t.startsWith("start user www-data (33:33) instead of root: Apache (mod_php)"))
                .anyMatch(t -> t.startsWith("port 80 is below 1024 and the rewrite runs non-root: fine on Docker >= 20.10"))
                .noneMatch(t -> t.contains("uid 0"));
    }

    @Test
    void fpmBehindNginxKeepsNginxNamedByTheStartScriptAndRunsBothAsWwwData() {
        RewriteTester tester = app()
                .file("docker/start.sh", "#!/bin/sh\nphp-fpm -D\nexec nginx -g 'daemon off;'\n")
                .file("docker/nginx.conf", "server { listen 80; }\n");
        tester.rewriteRun("""
                FROM php:8.2-fpm
                RUN apt-get update && apt-get install -y \\
                    nginx \\
                    git \\
                    curl \\
                    libzip-dev
                COPY docker/nginx.conf /etc/nginx/sites-available/default
                COPY docker/start.sh /usr/local/bin/
                WORKDIR /var/www/html
                COPY . /var/www/html
                EXPOSE 80
                CMD ["/usr/local/bin/start.sh"]
                """, """
                FROM php:8.2-fpm
                RUN apt-get update && apt-get install -y --no-install-recommends nginx && rm -rf /var/lib/apt/lists/*
                COPY docker/nginx.conf /etc/nginx/sites-available/default
                COPY docker/start.sh /usr/local/bin/
                WORKDIR /var/www/html
                COPY . /var/www/html
                RUN mkdir -p /run/php /var/lib/nginx /var/log/nginx && touch /run/nginx.pid && chown -R 33:33 /run/php /var/lib/nginx /var/log/nginx /run/nginx.pid
                EXPOSE 80
                USER 33:33
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["php", "-r", "exit(@file_get_contents('http://127.0.0.1:80/health') === false ? 1 : 0);"]
                CMD ["/usr/local/bin/start.sh"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anyMatch(t -> t.startsWith("start user www-data (33:33) instead of root: nginx (with php-fpm)"))
                .anyMatch(t -> t.startsWith("port 80 is below 1024"))
                .anyMatch(t -> t.startsWith("not installed any more: git, curl, libzip-dev"));
    }

    /**
     * php-fpm alone listens on 9000: www-data needs only its pid directory, and no low-port note is due (its own
     * HEALTHCHECK: FastCGI answers no HTTP probe).
     */
    @Test
    void fpmAloneRunsAsWwwDataWithoutALowPortNote() {
        RewriteTester tester = app();
        tester.rewriteRun("""
                FROM php:8.2-fpm
                COPY . /var/www/html
                EXPOSE 9000
                HEALTHCHECK CMD php-fpm -t
                CMD ["php-fpm"]
                """, """
                FROM php:8.2-fpm
                COPY . /var/www/html
                RUN mkdir -p /run/php && chown -R 33:33 /run/php
                EXPOSE 9000
                USER 33:33
                HEALTHCHECK CMD php-fpm -t
                CMD ["php-fpm"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anyMatch(t -> t.startsWith("start user www-data (33:33) instead of root: php-fpm"))
                .noneMatch(t -> t.contains("below 1024"));
    }

    @Test
    void theOriginalsUserAndHealthcheckAreKept() {
        app().rewriteRun("""
                FROM php:8.2-cli
                RUN apt-get update && apt-get install -y curl git
                RUN useradd --uid 2000 web
                COPY --chown=web . /app
                WORKDIR /app
                USER web
                HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
                CMD ["php", "-S", "0.0.0.0:8000", "-t", "public"]
                """, """
                FROM php:8.2-cli
                RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
                RUN useradd --uid 2000 web
                COPY --chown=web . /app
                WORKDIR /app
                USER web
                HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
                CMD ["php", "-S", "0.0.0.0:8000", "-t", "public"]
                """);
    }

    @Test
    void composerInstallInTheImageIsRefusedWithTheReason() {
        RewriteTester tester = app();
        tester.rewriteRun("""
                FROM php:8.2-cli
                WORKDIR /app
                COPY . .
                RUN composer install --no-dev
                USER www-data
                CMD ["php", "-S", "0.0.0.0:8000", "-t", "public"]
                """);
        assertThat(tester.last().note()).hasValue("php template not used: composer runs in the image: only a committed"
                + " vendor/ and the image's own extensions are handled; safe recipes only");
    }
}
