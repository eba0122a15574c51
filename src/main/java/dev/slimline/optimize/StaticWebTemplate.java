package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A static site: the npm build in the original node image, only its output on nginx-unprivileged (uid 101, no node,
 * no node_modules), with an SPA fallback (unknown paths answer index.html) and gzip, listening on the original's port.
 */
final class StaticWebTemplate implements Template {

    /** The non-root nginx image (uid 101, config writable by it); its tag is the catalog's newest. */
    private static final String RUNTIME_IMAGE = "nginxinc/nginx-unprivileged";
    private static final String NGINX_UID = "101";
    private static final String HTML = "/usr/share/nginx/html";
    private static final String CONFIG = "/etc/nginx/conf.d/default.conf";
    /** Static servers the original may run its build output with, and their flags that take a value. */
    private static final List<String> SERVERS = List.of("serve", "http-server", "sirv", "live-server");
    private static final List<String> VALUE_FLAGS = List.of("-l", "--listen", "-p", "--port", "-a", "--address", "-c",
            "--config");

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("package.json") && input.facts().language().filter(StaticWebStack.LANGUAGE::equals).isPresent();
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        String manifest = input.read("package.json").orElse("");
        if (!manifest.matches("(?s).*\"build\"\\s*:.*")) {
            return new Refused("package.json has no build script: the site's files are not known");
        }
        String output = outputDirectory(input.contract().commandWords(), manifest);
        String workdir = input.workdir("/app");
        String port = input.contract().ports().stream().map(p -> p.replaceFirst("/.*", "")).filter(p -> p.matches("\\d+"))
                .findFirst().orElse("8080");
        BaseImage base = runtimeBase(input);
        String runtime = TemplateInput.reference(base);
        List<String> manifests = Stacks.of(StaticWebStack.LANGUAGE).dependencyManifests().stream().filter(input::has).toList();

        GeneratedDockerfile out = new GeneratedDockerfile();
        out.stage(input.baseImage(), "build")
                .add(new Workdir(workdir))
                .add(Copy.context(manifests, "./"))
                .add(Run.of(install(input)))
                .add(Copy.context(List.of("."), "."))
                .add(Run.of(run(input) + " build"));
        GeneratedStage site = out.stage(runtime)
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .add(serverConfig(port))
                .add(Copy.fromStage("build", absolute(workdir, output), HTML));
        if (input.contract().exposeLines().isEmpty()) {
            site.add(new GeneratedInstruction.Carried("EXPOSE " + port));
        }
        // nginx's own CMD runs it in the foreground; the original's node command has nothing to run here
        HealthcheckWriter.Decision health = HealthcheckWriter.userChoice(input.options(), "no HEALTHCHECK (--no-healthcheck)",
                        "HEALTHCHECK runs the given command")
                .orElseGet(() -> HealthcheckWriter.Decision.of(Stacks.of(StaticWebStack.LANGUAGE)
                        .runtimeProbe(base, Integer.parseInt(port), "/").orElseThrow(),
                        "HEALTHCHECK GET / with the curl nginx images ship (nothing added)"));
        input.contract().closeRuntimeStage(site, GeneratedInstruction.User.numeric(Integer.parseInt(NGINX_UID)),
                health.healthcheck(), List.of());
        List<Change> changes = new ArrayList<>(List.of(
                new Change("Multi-stage build: node, node_modules and the sources stay in the build stage"),
                new Change("runtime " + runtime + ": only the built files (" + output + "/), served by nginx"),
                new Change("SPA fallback (try_files ... /index.html) and gzip for text assets, on port " + port),
                new Change("Non-root uid " + NGINX_UID + " (nginx-unprivileged)"), health.change()));
        input.contract().privilegedPortNote().ifPresent(changes::add);
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /** The directory the original serves (serve -s dist), else the framework's default output directory. */
    static String outputDirectory(List<String> command, String manifest) {
        List<String> words = new ArrayList<>(command);
        scriptOf(manifest, "start").ifPresent(script -> words.addAll(List.of(script.trim().split("\\s+"))));
        for (int i = 0; i < words.size(); i++) {
            if (!SERVERS.contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j < words.size(); j++) {
                String word = words.get(j);
                if (VALUE_FLAGS.contains(word)) {
                    j++;
                } else if (!word.startsWith("-")) {
                    return trimSlashes(word);
                }
            }
        }
        return manifest.contains("\"react-scripts\"") ? "build" : "dist";
    }

    private static Optional<String> scriptOf(String manifest, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(manifest);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String trimSlashes(String path) {
        return path.replaceFirst("^\\./", "").replaceFirst("/+$", "");
    }

    private static String absolute(String workdir, String path) {
        return path.startsWith("/") ? path : (workdir.endsWith("/") ? workdir : workdir + "/") + path;
    }

    private static String install(TemplateInput input) {
        if (input.has("pnpm-lock.yaml")) {
            return "corepack enable && pnpm install --frozen-lockfile";
        }
        if (input.has("yarn.lock")) {
            return "yarn install --frozen-lockfile && yarn cache clean";
        }
        return input.has("package-lock.json") || input.has("npm-shrinkwrap.json") ? "npm ci" : "npm install";
    }

    private static String run(TemplateInput input) {
        return input.has("pnpm-lock.yaml") ? "pnpm run" : input.has("yarn.lock") ? "yarn run" : "npm run";
    }

    /** One RUN, as nginx's uid: printf writes the server block line by line (no heredoc: older BuildKit frontends). */
    private static Run serverConfig(String port) {
        List<String> lines = List.of(
                "server {",
                "    listen " + port + ";",
                "    root " + HTML + ";",
                "    gzip on;",
                "    gzip_types text/css application/javascript application/json image/svg+xml;",
                "    location / {",
                "        try_files $uri $uri/ /index.html;",
                "    }",
                "}");
        List<String> words = new ArrayList<>();
        words.add("printf '%s\\n'");
        lines.forEach(line -> words.add("    '" + line + "'"));
        words.add("    > " + CONFIG);
        return new Run(String.join(" \\\n", words));
    }

    /** The catalog's nginx-unprivileged image, the smallest when several tags are listed. */
    private static BaseImage runtimeBase(TemplateInput input) {
        return input.catalog().images().stream().filter(i -> i.image().equals(RUNTIME_IMAGE))
                .min(Comparator.comparingLong(BaseImage::sizeBytes))
                .orElseThrow(() -> new IllegalStateException("the catalog has no " + RUNTIME_IMAGE + " image"));
    }
}
