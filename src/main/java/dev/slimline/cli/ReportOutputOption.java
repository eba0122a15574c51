package dev.slimline.cli;

import dev.slimline.io.AtomicWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code -o, --output FILE}, one meaning on every command that writes a report: the report, in {@code --format}, goes
 * to FILE (replaced atomically) instead of standard output.
 */
public final class ReportOutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report (in --format) to FILE, replaced atomically, instead of standard output.")
    private Path file;

    /** The file given, or null for standard output. */
    Path file() {
        return file;
    }

    /** Writes the rendered report to the file given, else to {@code out}. */
    void write(PrintWriter out, String rendered) {
        write(file, out, rendered);
    }

    /** Writes {@code rendered} to {@code file} atomically, or to {@code out} when {@code file} is null. */
    static void write(Path file, PrintWriter out, String rendered) {
        if (file == null) {
            out.print(rendered);
            out.flush();
            return;
        }
        AtomicWriter.write(file, rendered); // a full disk keeps the previous report whole
    }
}
