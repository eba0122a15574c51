package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Static web apps: a React/Vue/Angular/Svelte-shaped npm build whose output is files, served by nginx
 * ({@link StaticWebTemplate}). Registered before Node: a package.json with a front-end framework, a build script
 * and no server framework is a site, not a Node service.
 */
public final class StaticWebStack implements Stack {

    static final Language LANGUAGE = new Language("static");

    private static final StaticWebTemplate TEMPLATE = new StaticWebTemplate();
    private static final List<String> FRONTEND = List.of("react", "vue", "@angular/core", "svelte", "preact", "solid-js",
            "lit");
    /** A dependency that means the app runs server code (so it stays a Node service). */
    private static final List<String> SERVER = List.of("express", "koa", "fastify", "next", "nuxt", "@nestjs/core",
            "@remix-run/node", "@hapi/hapi", "@sveltejs/kit");

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        if (!files.present("package.json")) {
            return Optional.empty();
        }
        String manifest = files.read("package.json");
        boolean site = manifest.matches("(?s).*\"build\"\\s*:.*") && FRONTEND.stream().anyMatch(d -> mentions(manifest, d))
                && SERVER.stream().noneMatch(d -> mentions(manifest, d));
        if (!site) {
            return Optional.empty();
        }
        String framework = FRONTEND.stream().filter(d -> mentions(manifest, d)).findFirst().orElseThrow();
        return Optional.of(files.facts(LANGUAGE, framework, NodeStack.packageManager(files), typescript));
    }

    private static boolean mentions(String manifest, String dependency) {
        return manifest.contains("\"" + dependency + "\"");
    }

    @Override
    public List<String> manifestNames() {
        return List.of("package.json (with a front-end build)");
    }

    @Override
    public Set<String> runtimeImages() {
        return Set.of("nginx");
    }

    @Override
    public List<String> dependencyManifests() {
        return Stacks.of(NodeStack.LANGUAGE).dependencyManifests();
    }

    @Override
    public List<String> ignoreEntries() {
        return Stacks.of(NodeStack.LANGUAGE).ignoreEntries();
    }

    /**
     * The nginx image's master starts as root only to drop to its nginx user (uid 101 in the official images, Debian
     * and Alpine alike); given its temp, log and pid paths (both the official and Debian's layouts) it starts as 101.
     * nginx-unprivileged already runs as 101 ({@link #imageUser}).
     */
    @Override
    public Optional<ServerUser> serverUser(BaseImage runtime) {
        return runtime.image().equals("nginx") ? Optional.of(NGINX) : Optional.empty();
    }

    /** nginx-unprivileged carries its nginx user (101) and runs as it: that user is used, not a new one created. */
    @Override
    public OptionalInt imageUser(BaseImage runtime) {
        return runtime.image().equals("nginxinc/nginx-unprivileged") ? OptionalInt.of(101) : OptionalInt.empty();
    }

    private static final ServerUser NGINX = new ServerUser("101:101", "nginx", new ServerPaths(
            List.of("/var/cache/nginx", "/var/lib/nginx", "/var/log/nginx"), List.of("/run/nginx.pid")));

    /** nginx images carry curl (the official Debian ones install it); the site's index answers on /. */
    @Override
    public Optional<Healthcheck> runtimeProbe(BaseImage runtime, int port, String path) {
        return Optional.of(HealthcheckWriter.httpWithCurl(port, path));
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
