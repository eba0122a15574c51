package dev.slimline.optimize;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one printer of generated Dockerfiles: one instruction a line (a RUN script keeps its own continuations),
 * stages separated by a blank line. It never writes heredocs or a {@code # syntax} directive: the engines slimline
 * targets (BuildKit of Docker 20.10, offline) build neither.
 */
final class GeneratedDockerfilePrinter {

    private GeneratedDockerfilePrinter() {
    }

    static String print(GeneratedDockerfile dockerfile) {
        StringBuilder out = new StringBuilder();
        for (GeneratedStage stage : dockerfile.stages()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("FROM ").append(stage.base()).append(stage.name().map(n -> " AS " + n).orElse("")).append('\n');
            stage.instructions().forEach(i -> out.append(line(i)).append('\n'));
        }
        return out.toString();
    }

    /** One instruction as a Dockerfile line. */
    static String line(GeneratedInstruction instruction) {
        return switch (instruction) {
            case GeneratedInstruction.Run run -> "RUN " + run.cacheMounts().stream()
                    .map(target -> "--mount=type=cache,target=" + target + " ").collect(Collectors.joining()) + run.script();
            case GeneratedInstruction.Copy copy -> "COPY " + copy.fromStage().map(s -> "--from=" + s + " ").orElse("")
                    + copy.chown().map(o -> "--chown=" + o + " ").orElse("")
                    + String.join(" ", copy.sources()) + " " + copy.destination();
            case GeneratedInstruction.Workdir workdir -> "WORKDIR " + workdir.path();
            case GeneratedInstruction.Env env -> "ENV " + String.join(" ", env.assignments());
            case GeneratedInstruction.User user -> "USER " + user.user();
            case GeneratedInstruction.Healthcheck health -> "HEALTHCHECK " + GeneratedInstruction.Healthcheck.TIMING
                    + " CMD " + form(health.test());
            case GeneratedInstruction.Command command -> command.kind().name() + " " + form(command.form());
            case GeneratedInstruction.Carried carried -> carried.text();
        };
    }

    private static String form(GeneratedInstruction.Form form) {
        return switch (form) {
            case GeneratedInstruction.Exec exec -> json(exec.argv());
            case GeneratedInstruction.Shell shell -> shell.script();
        };
    }

    /** A JSON string array, as exec-form instructions take it. */
    static String json(List<String> argv) {
        return argv.stream().map(GeneratedDockerfilePrinter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
