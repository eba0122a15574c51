package dev.slimline.cli;

import dev.slimline.verify.Progress;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code -q, --quiet} on commands that report progress during long work: no progress lines; errors and the final
 * result are still printed.
 */
public final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "No progress lines; errors and the result are still printed.")
    private boolean quiet;

    boolean quiet() {
        return quiet;
    }

    /** Progress on {@code err} (rewritten in place on a terminal), or none when quiet. */
    Progress progress(PrintWriter err, boolean terminal) {
        return quiet ? Progress.silent() : Progress.to(err, terminal);
    }

    /** Each progress line printed to {@code stream} after {@code prefix} as it comes, or dropped when quiet. */
    Consumer<String> lines(PrintWriter stream, String prefix) {
        if (quiet) {
            return line -> { };
        }
        return line -> {
            stream.println(prefix + line);
            stream.flush();
        };
    }
}
