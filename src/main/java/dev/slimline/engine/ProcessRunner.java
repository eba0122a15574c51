package dev.slimline.engine;

import java.io.Closeable;
import java.io.InputStream;

/**
 * Runs programs. {@link CliDockerEngine} runs every {@code docker} command through one, so unit tests can give it
 * a fake that records the exact command lines and answers them.
 */
public interface ProcessRunner {

    /**
     * Runs a program to its end (or its timeout) and collects its output.
     *
     * @throws java.io.UncheckedIOException when the program cannot be started at all
     */
    ProcessResult run(ProcessSpec spec);

    /**
     * Starts a program whose standard output is read as a stream, for output too big to hold ({@code docker save}).
     *
     * @throws java.io.UncheckedIOException when the program cannot be started at all
     */
    StreamingProcess start(ProcessSpec spec);

    /** A running program's output stream. Closing it ends the program if it is still running. */
    interface StreamingProcess extends Closeable {

        /**
         * Its standard output. At the end of the stream, a program that failed or timed out raises an
         * {@link java.io.IOException} naming the reason, so a truncated stream is never taken for a whole one.
         */
        InputStream stdout();

        @Override
        void close();
    }
}
