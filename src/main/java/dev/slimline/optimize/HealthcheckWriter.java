package dev.slimline.optimize;

import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.optimize.GeneratedInstruction.Shell;

import java.util.List;
import java.util.Optional;

/**
 * HEALTHCHECKs written with the runtime the image already has (each stack's probe), never curl: slim and distroless
 * images do not carry curl, and installing it costs more than the probe is worth. The user's own choice
 * ({@code --no-healthcheck}, {@code --health-cmd}) comes first for every stack ({@link #userChoice}).
 */
final class HealthcheckWriter {

    private HealthcheckWriter() {
    }

    /** What a stack decided about the HEALTHCHECK: the instruction, if any, and what to say about it. */
    record Decision(Optional<Healthcheck> healthcheck, Change change) {

        static Decision none(String reason) {
            return new Decision(Optional.empty(), new Change(reason));
        }

        static Decision of(Healthcheck healthcheck, String change) {
            return new Decision(Optional.of(healthcheck), new Change(change));
        }
    }

    /**
     * The decision the user already made with --no-healthcheck or --health-cmd, if any; or the proof made, when no
     * route answered on the engine (its reason replaces the --no-healthcheck text).
     */
    static Optional<Decision> userChoice(OptimizeOptions options, String noHealthcheckReason, String healthCmdChange) {
        if (options.noHealthcheck()) {
            return Optional.of(Decision.none(options.noHealthcheckBecause().map(why -> "no HEALTHCHECK: " + why)
                    .orElse(noHealthcheckReason)));
        }
        return options.healthCmd().map(cmd -> Decision.of(userCommand(cmd), healthCmdChange));
    }

    /**
     * The decision for an HTTP service: the user's choice, else the stack's probe of the first EXPOSEd port on the
     * health route the sources declare (or /), else none when nothing is exposed.
     */
    static Decision http(TemplateInput input, java.util.function.BiFunction<Integer, String, Healthcheck> probe,
                         String change) {
        Optional<Decision> chosen = userChoice(input.options(), "no HEALTHCHECK (--no-healthcheck)",
                "HEALTHCHECK runs the --health-cmd given");
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Integer> port = port(input.contract().ports());
        if (port.isEmpty()) {
            return Decision.none("no HEALTHCHECK: no EXPOSEd port to probe");
        }
        String path = input.options().healthPath().or(() -> RouteScanner.healthRoute(input.context())).orElse("/");
        return Decision.of(probe.apply(port.get(), path), change);
    }

    /** For images that ship curl themselves (the official nginx images do): nothing is installed for the probe. */
    static Healthcheck httpWithCurl(int port, String path) {
        return Healthcheck.exec(List.of("curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:" + port + path));
    }

    static Healthcheck userCommand(String command) {
        return new Healthcheck(new Shell(command));
    }

    /** A JSON string array, as exec-form instructions take it. */
    static String json(List<String> argv) {
        return GeneratedDockerfilePrinter.json(argv);
    }

    static Optional<Integer> port(List<String> exposed) {
        for (String port : exposed) {
            String digits = port.replaceFirst("/.*$", "");
            if (digits.matches("\\d{1,5}")) {
                return Optional.of(Integer.parseInt(digits));
            }
        }
        return Optional.empty();
    }
}
