package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.GoCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Go: a static, stripped build ({@code CGO_ENABLED=0 -trimpath -ldflags "-s -w"}) on the original golang image,
 * the binary alone on distroless static (CA certificates, /etc/passwd, nonroot uid 65532, no shell), with a
 * compiled health probe when the port and health route are known ({@link GoHealthProbe}).
 */
final class GoTemplate implements Template {

    private static final String BINARY = "/app/server";
    /** go build flags that take a value (so the word after them is not the package). */
    private static final List<String> VALUE_FLAGS = List.of("-o", "-ldflags", "-tags", "-gcflags", "-asmflags", "-mod",
            "-modfile", "-buildmode", "-p", "-pkgdir", "-installsuffix", "-overlay", "-pgo", "-toolexec", "-compiler",
            "-gccgoflags");

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("go.mod") || input.baseImage().startsWith("golang");
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        List<String> command = input.contract().commandWords();
        if (command.isEmpty()) {
            return new Refused("no CMD or ENTRYPOINT: the binary to run is not known");
        }
        if (input.contract().commandNeedsShell()) {
            return new Refused("the command needs a shell, which distroless static does not have");
        }
        Optional<GoBuild> build = goBuild(input);
        if (build.isEmpty()) {
            return new Refused("no 'go build' in the Dockerfile: the binary and package are not known");
        }
        String workdir = input.workdir("/src");
        String binary = build.get().output();
        List<String> runArgs = new ArrayList<>(command);
        String first = runArgs.get(0);
        if (!(first.equals(binary) || !first.startsWith("/") && binary.endsWith("/" + stripDot(first)))) {
            return new Refused("CMD runs " + first + ", not the binary built by go build (" + binary + ")");
        }
        runArgs.set(0, BINARY);
        String runtime = input.options().family() == dev.slimline.knowledge.BaseImageChoice.Family.ALPINE
                ? "alpine:3.20" : "gcr.io/distroless/static-debian12:nonroot";
        int uid = input.options().uid().orElse(65532);
        GoHealthProbe.Plan health = GoHealthProbe.plan(input, runtime);
        DockerfileText out = new DockerfileText();
        out.stage(input.baseImage() + " AS build");
        out.line("WORKDIR " + workdir);
        health.buildLine().ifPresent(out::line);
        out.line("COPY go.* ./");
        out.line("RUN go mod download");
        out.line("COPY . .");
        out.line("RUN CGO_ENABLED=0 go build -trimpath " + build.get().flags() + "-o " + BINARY + " " + build.get().packagePath());
        out.stage(runtime);
        out.lines(input.contract().labels());
        out.lines(input.contract().env());
        out.line("COPY --from=build " + BINARY + " " + BINARY);
        health.copyLine().ifPresent(out::line);
        out.lines(input.contract().volumes());
        out.lines(input.contract().exposeLines());
        input.contract().stopSignal().ifPresent(out::line);
        out.line("USER " + uid + ":" + uid);
        health.healthcheck().ifPresent(out::line);
        out.line("ENTRYPOINT " + HealthProbe.json(runArgs));
        List<Change> changes = List.of(
                new Change("Multi-stage build: the Go toolchain stays in the build stage"),
                new Change("static, stripped binary (CGO_ENABLED=0, -trimpath, -ldflags \"-s -w\")"),
                new Change("runtime " + runtime + ": CA certificates and /etc/passwd, no shell"),
                new Change("Non-root uid " + uid),
                health.change());
        return new Rewritten(new TemplateResult(out.toString(), changes, List.of()));
    }

    private static String stripDot(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    /** The original's go build: where it wrote the binary, which package, and the -ldflags/-tags it set. */
    record GoBuild(String output, String packagePath, List<String> ldflags, Optional<String> tags) {

        /**
         * -ldflags with -s -w added to the author's own (a version stamped with -X stays), then the author's -tags
         * (netgo, osusergo... change what is compiled in).
         */
        String flags() {
            List<String> linker = new ArrayList<>(List.of("-s", "-w"));
            ldflags.stream().filter(flag -> !linker.contains(flag)).forEach(linker::add);
            return "-ldflags=" + doubleQuoted(String.join(" ", linker)) + " "
                    + tags.map(t -> "-tags=" + (t.matches("[\\w.,-]+") ? t : doubleQuoted(t)) + " ").orElse("");
        }

        /** Quoted for sh; $ is left alone so a build ARG still expands as it did in the original. */
        private static String doubleQuoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`") + "\"";
        }
    }

    private static Optional<GoBuild> goBuild(TemplateInput input) {
        String workdir = input.workdir("/go");
        for (Instruction.Run run : input.stage().instructionsOf(Instruction.Run.class)) {
            for (GoCommand go : ShellAnalysis.of(run).tools(GoCommand.class)) {
                if (!go.action().equals("build")) {
                    continue;
                }
                List<String> argv = go.source().effectiveArgv();
                String output = null;
                String pkg = ".";
                List<String> ldflags = List.of();
                Optional<String> tags = Optional.empty();
                for (int i = 2; i < argv.size(); i++) {
                    String word = argv.get(i).replaceFirst("^--", "-");
                    String flag = word.replaceFirst("=.*", "");
                    boolean separate = !word.contains("=") && i + 1 < argv.size();
                    if (VALUE_FLAGS.contains(flag)) {
                        String value = separate ? argv.get(++i) : word.substring(Math.min(word.length(), flag.length() + 1));
                        switch (flag) {
                            case "-o" -> output = value.isEmpty() ? output : value;
                            case "-ldflags" -> ldflags = Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                            case "-tags" -> tags = Optional.of(value).filter(t -> !t.isBlank());
                            default -> {
                            }
                        }
                    } else if (!word.startsWith("-")) {
                        pkg = word;
                    }
                }
                if (output == null) {
                    String module = input.read("go.mod").flatMap(GoTemplate::moduleName).orElse("app");
                    output = module.substring(module.lastIndexOf('/') + 1);
                }
                if (!output.startsWith("/")) {
                    output = workdir.endsWith("/") ? workdir + stripDot(output) : workdir + "/" + stripDot(output);
                }
                return Optional.of(new GoBuild(output, pkg, ldflags, tags));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> moduleName(String goMod) {
        for (String line : goMod.split("\n")) {
            if (line.startsWith("module ")) {
                return Optional.of(line.substring(7).trim());
            }
        }
        return Optional.empty();
    }
}
