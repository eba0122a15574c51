package dev.slimline.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The standard output of a running program as a stream. At its end the program's exit code is checked, so a save
 * cut short by an error or a timeout is reported instead of looking like a complete (but short) tar.
 */
final class StreamedOutput implements ProcessRunner.StreamingProcess {

    private final Process process;
    private final OutputTail stderr;
    private final Thread stderrReader;
    private final ProcessSpec spec;
    private final InputStream stdout;

    private volatile boolean timedOut;

    StreamedOutput(Process process, OutputTail stderr, Thread stderrReader, ProcessSpec spec) {
        this.process = process;
        this.stderr = stderr;
        this.stderrReader = stderrReader;
        this.spec = spec;
        this.stdout = new CheckedAtEnd(process.getInputStream());
        CompletableFuture.delayedExecutor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (process.isAlive()) {
                timedOut = true;
                SystemProcessRunner.kill(process);
            }
        });
    }

    @Override
    public InputStream stdout() {
        return stdout;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            SystemProcessRunner.kill(process);
        }
        try {
            process.getInputStream().close();
        } catch (IOException e) {
            // Nothing left to release.
        }
    }

    private void checkExit() throws IOException {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException(spec.argv().get(0) + " did not exit after closing its output");
            }
            // the program has exited, but the reader may not have taken its last stderr line yet: that line is the reason
            stderrReader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String command = String.join(" ", spec.argv());
        if (timedOut) {
            throw new IOException(command + " timed out after " + spec.timeout().toSeconds() + "s");
        }
        int code = process.exitValue();
        if (code != 0) {
            String reason = OutputTail.lastLines(stderr.text(), 1);
            throw new IOException(command + " failed (exit " + code + ")" + (reason.isEmpty() ? "" : ": " + reason));
        }
    }

    /** Checks the exit code once, when the stream ends. */
    private final class CheckedAtEnd extends FilterInputStream {
        private boolean checked;

        CheckedAtEnd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b < 0 ? atEnd() : b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            return n < 0 ? atEnd() : n;
        }

        private int atEnd() throws IOException {
            if (!checked) {
                checked = true;
                checkExit();
            }
            return -1;
        }

        @Override
        public void close() {
            StreamedOutput.this.close();
        }
    }
}
