package dev.slimline.optimize;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HEALTHCHECK lines written with the runtime the image already has (node or python), never curl: slim and
 * distroless images do not carry curl, and installing it costs more than the probe is worth.
 */
final class HealthProbe {

    static final String TIMING = "--interval=30s --timeout=10s --start-period=30s --retries=3";

    private HealthProbe() {
    }

    static String httpWithNode(String node, int port, String path) {
        String script = "require('http').get('http://127.0.0.1:" + port + path
                + "',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))";
        return exec(List.of(node, "-e", script));
    }

    static String httpWithPython(String python, int port, String path) {
        String script = "import sys,urllib.request; urllib.request.urlopen('http://127.0.0.1:" + port + path
                + "', timeout=8); sys.exit(0)";
        return exec(List.of(python, "-c", script));
    }

    /** Pings this container's own worker node (celery names it celery@hostname; docker sets HOSTNAME). */
    static String celeryPing(String app) {
        return "HEALTHCHECK " + TIMING + " CMD celery -A " + app + " inspect ping -d celery@$HOSTNAME";
    }

    static String userCommand(String command) {
        return "HEALTHCHECK " + TIMING + " CMD " + command;
    }

    static String exec(List<String> argv) {
        return "HEALTHCHECK " + TIMING + " CMD " + json(argv);
    }

    /** A JSON string array, as exec-form instructions take it. */
    static String json(List<String> argv) {
        return argv.stream().map(HealthProbe::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String value) {
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
