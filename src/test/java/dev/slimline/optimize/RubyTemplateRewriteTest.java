package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ruby with Bundler: gems installed (native ones compiled) in a build stage on the full image after copying only the
 * Gemfile, its lock and local gem sources; the slim runtime gets GEM_HOME, the app and the libraries native gems link
 * against, non-root, with a Ruby HEALTHCHECK. Round trip, idempotence and git apply via RewriteTester.
 */
class RubyTemplateRewriteTest {

    private static final String LOCK = """
            GEM
              specs:
                fast_slug (1.0.1)
                tiny_router (0.2.0)

            PLATFORMS
              x86_64-linux

            DEPENDENCIES
              fast_slug (~> 1.0)
              tiny_router (~> 0.2)
            """;

    @Test
    void sinatraWithVendoredGemsInstallsThemBeforeTheSourcesAndRunsOnSlim() {
        RewriteTester tester = optimizer()
                .file("Gemfile", "gem \"sinatra\"\ngem \"fast_slug\", \"~> 1.0\"\n")
                .file("Gemfile.lock", LOCK)
                .file("vendor/cache/fast_slug-1.0.1.gem", "")
                .file("app.rb", "get \"/health\" do\n  \"ok\"\nend\n");
        tester.rewriteRun("""
                FROM ruby:3.1

                RUN apt-get update -qq && apt-get install -y build-essential nodejs vim

                WORKDIR /myapp
                COPY . /myapp
                RUN bundle install --local

                ENV PORT=4567
                EXPOSE 4567
                CMD ["bundle", "exec", "ruby", "app.rb"]
                """, """
                FROM ruby:3.1 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends build-essential nodejs vim && rm -rf /var/lib/apt/lists/*
                WORKDIR /myapp
                COPY Gemfile Gemfile.lock ./
                COPY vendor/cache ./vendor/cache
                RUN bundle install --local && rm -rf /usr/local/bundle/cache vendor/bundle/ruby/*/cache
                COPY . .

                FROM ruby:3.1-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /myapp
                ENV PORT=4567
                COPY --from=build /usr/local/bundle /usr/local/bundle
                COPY --from=build --chown=1001:1001 /myapp /myapp
                EXPOSE 4567
                USER 1001:1001
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["ruby", "-rnet/http", "-e", "exit Net::HTTP.get_response(URI('http://127.0.0.1:4567/health')).code.to_i < 400 ? 0 : 1"]
                CMD ["bundle", "exec", "ruby", "app.rb"]
                """);
        assertThat(tester.last().template()).hasValue("ruby");
        assertThat(tester.last().changes()).extracting(Change::summary)
                .anyMatch(t -> t.startsWith("only in the build stage: build-essential, nodejs, vim"))
                .anyMatch(t -> t.contains("copied before bundle install"));
    }

    @Test
    void railsWithPgKeepsLibpqAndPrecompilesAssetsAfterTheSources() {
        optimizer()
                .file("Gemfile", "source \"https://gems.example.test\"\ngem \"rails\", \"~> 7.1\"\ngem \"pg\"\ngem \"puma\"\n")
                .file("Gemfile.lock", "GEM\n  specs:\n    pg (1.5.4)\n    rails (7.1.3)\n")
                .rewriteRun("""
                        FROM ruby:3.1
                        RUN apt-get update && apt-get install -y build-essential libpq-dev
                        WORKDIR /rails
                        COPY . .
                        RUN bundle config set --local without 'development test' && bundle install
                        RUN bundle exec rails assets:precompile
                        ENV RAILS_ENV=production
                        EXPOSE 3000
                        CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
                        """, """
                        FROM ruby:3.1 AS build
                        RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
                        WORKDIR /rails
                        COPY Gemfile Gemfile.lock ./
                        RUN bundle config set --local without 'development test' && bundle install && rm -rf /usr/local/bundle/cache vendor/bundle/ruby/*/cache
                        COPY . .
                        RUN bundle exec rails assets:precompile

                        FROM ruby:3.1-slim
                        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
                        RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                        WORKDIR /rails
                        ENV RAILS_ENV=production
                        COPY --from=build /usr/local/bundle /usr/local/bundle
                        COPY --from=build --chown=1001:1001 /rails /rails
                        EXPOSE 3000
                        USER 1001:1001
                        HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["ruby", "-rnet/http", "-e", "exit Net::HTTP.get_response(URI('http://127.0.0.1:3000/')).code.to_i < 400 ? 0 : 1"]
                        CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
                        """);
    }

    @Test
    void aNativeGemBuiltAgainstTheFullImagesHeadersGetsItsLibraryOnSlim() {
        // ruby:3.1 carries libpq-dev (buildpack-deps): pg builds with no apt line, and needs libpq5 to load on slim
        optimizer()
                .file("Gemfile", "gem \"pg\"\ngem \"sinatra\"\n")
                .file("Gemfile.lock", "GEM\n  specs:\n    pg (1.5.4)\n    pg_search (2.3.6)\n    sinatra (4.0.0)\n")
                .rewriteRun("""
                        FROM ruby:3.1
                        WORKDIR /app
                        COPY . .
                        RUN bundle install
                        CMD ["ruby", "app.rb"]
                        """, """
                        FROM ruby:3.1 AS build
                        WORKDIR /app
                        COPY Gemfile Gemfile.lock ./
                        RUN bundle install && rm -rf /usr/local/bundle/cache vendor/bundle/ruby/*/cache
                        COPY . .

                        FROM ruby:3.1-slim
                        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
                        RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                        WORKDIR /app
                        COPY --from=build /usr/local/bundle /usr/local/bundle
                        COPY --from=build --chown=1001:1001 /app /app
                        USER 1001:1001
                        CMD ["ruby", "app.rb"]
                        """);
    }

    @Test
    void pathGemsFromTheLockAreCopiedWithTheManifestsAndAGemspecGemfileWaitsForTheSources() {
        optimizer()
                .file("Gemfile", "gem \"tiny_router\", path: \"gems/tiny_router\"\n")
                .file("Gemfile.lock", "PATH\n  remote: gems/tiny_router\n  specs:\n    tiny_router (0.2.0)\n")
                .file("gems/tiny_router/tiny_router.gemspec", "")
                .rewriteRun("""
                        FROM ruby:3.1
                        WORKDIR /app
                        COPY . .
                        RUN bundle install
                        CMD ["ruby", "server.rb"]
                        """, """
                        FROM ruby:3.1 AS build
                        WORKDIR /app
                        COPY Gemfile Gemfile.lock ./
                        COPY gems/tiny_router ./gems/tiny_router
                        RUN bundle install && rm -rf /usr/local/bundle/cache vendor/bundle/ruby/*/cache
                        COPY . .

                        FROM ruby:3.1-slim
                        RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                        WORKDIR /app
                        COPY --from=build /usr/local/bundle /usr/local/bundle
                        COPY --from=build --chown=1001:1001 /app /app
                        USER 1001:1001
                        CMD ["ruby", "server.rb"]
                        """);
        optimizer()
                .file("Gemfile", "source \"https://gems.example.test\"\ngemspec\n")
                .rewriteRun("""
                        FROM ruby:3.1
                        WORKDIR /gem
                        COPY . .
                        RUN bundle install
                        CMD ["bundle", "exec", "rackup"]
                        """, """
                        FROM ruby:3.1 AS build
                        WORKDIR /gem
                        COPY . .
                        RUN bundle install && rm -rf /usr/local/bundle/cache vendor/bundle/ruby/*/cache

                        FROM ruby:3.1-slim
                        RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                        WORKDIR /gem
                        COPY --from=build /usr/local/bundle /usr/local/bundle
                        COPY --from=build --chown=1001:1001 /gem /gem
                        USER 1001:1001
                        CMD ["bundle", "exec", "rackup"]
                        """);
    }

    @Test
    void withoutACommandTheTemplateRefusesAsTheImageWouldRunIrb() {
        RewriteTester tester = optimizer().file("Gemfile", "gem \"rack\"\n");
        tester.rewriteRun("""
                FROM ruby:3.1
                WORKDIR /app
                COPY . .
                RUN bundle install
                """, """
                FROM ruby:3.1
                WORKDIR /app
                COPY --chown=1001:1001 . .
                RUN bundle install
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                USER 1001:1001
                """);
        assertThat(tester.last().note()).hasValueSatisfying(n -> assertThat(n).startsWith("ruby template not used: no CMD"));
    }

    @Test
    void aMultiStageBuildOnTheFullImageIsRebasedOnSlimAsBundleConfigOnlyWritesSettings() {
        optimizer()
                .file("Gemfile", "gem \"rack\"\n")
                .file("server.rb", "get \"/up\" do\nend\n")
                .rewriteRun("""
                        FROM ruby:3.1 AS builder
                        WORKDIR /app
                        COPY Gemfile Gemfile.lock ./
                        RUN bundle config set --local path vendor/bundle && bundle install
                        COPY . .

                        FROM ruby:3.1
                        WORKDIR /app
                        COPY --from=builder /app /app
                        RUN bundle config set --local path vendor/bundle
                        EXPOSE 9292
                        CMD ["bin/start"]
                        """, """
                        FROM ruby:3.1 AS builder
                        WORKDIR /app
                        COPY Gemfile Gemfile.lock ./
                        RUN bundle config set --local path vendor/bundle && bundle install
                        COPY . .

                        FROM ruby:3.1-slim
                        WORKDIR /app
                        COPY --chown=1001:1001 --from=builder /app /app
                        RUN bundle config set --local path vendor/bundle
                        EXPOSE 9292
                        RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                        USER 1001:1001
                        HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["ruby", "-rnet/http", "-e", "exit Net::HTTP.get_response(URI('http://127.0.0.1:9292/up')).code.to_i < 400 ? 0 : 1"]
                        CMD ["bin/start"]
                        """);
    }

    @Test
    void aRuntimeStageThatInstallsGemsIsNotRebased() {
        optimizer().file("Gemfile", "gem \"rack\"\n").rewriteRun("""
                FROM ruby:3.1 AS builder
                WORKDIR /app
                COPY . .

                FROM ruby:3.1
                WORKDIR /app
                COPY --from=builder /app /app
                RUN bundle install
                USER 1001:1001
                HEALTHCHECK CMD ["ruby", "-e", "exit 0"]
                CMD ["bin/start"]
                """);
    }
}
