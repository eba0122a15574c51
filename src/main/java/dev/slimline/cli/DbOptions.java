package dev.slimline.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --db DIR}: where the offline OSV database lives; default $SLIMLINE_DB, else ~/.cache/slimline/osv. */
public final class DbOptions {

    static final String ENV = "SLIMLINE_DB";

    @Option(names = "--db", paramLabel = "DIR",
            description = "OSV database directory (default: $" + ENV + ", else ~/.cache/slimline/osv).")
    private Path dir;

    Path directory() {
        return dir != null ? dir : defaultDirectory(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultDirectory(Map<String, String> env, String home) {
        String configured = env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(home, ".cache", "slimline", "osv");
    }
}
