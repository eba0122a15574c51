package dev.slimline.engine;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs real programs with {@link ProcessBuilder}; output is drained on virtual threads so pipes never block. */
public final class SystemProcessRunner implements ProcessRunner {

    @Override
    public ProcessResult run(ProcessSpec spec) {
        Process process = launch(spec);
        OutputTail out = new OutputTail(OutputTail.DEFAULT_LIMIT);
        OutputTail err = new OutputTail(OutputTail.DEFAULT_LIMIT);
        Thread outReader = drain(process.getInputStream(), out);
        Thread errReader = drain(process.getErrorStream(), err);
        try {
            boolean finished = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(process);
            }
            // The pipes close when the program (and anything holding them) is gone; bounded anyway.
            outReader.join(Duration.ofSeconds(10));
            errReader.join(Duration.ofSeconds(10));
            return new ProcessResult(finished ? process.exitValue() : -1, out.text(), err.text(), !finished);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + spec.argv().get(0), e);
        }
    }

    @Override
    public StreamingProcess start(ProcessSpec spec) {
        Process process = launch(spec);
        OutputTail err = new OutputTail(64 * 1024);
        return new StreamedOutput(process, err, drain(process.getErrorStream(), err), spec);
    }

    private static Process launch(ProcessSpec spec) {
        ProcessBuilder builder = new ProcessBuilder(spec.argv());
        builder.environment().putAll(spec.env());
        if (spec.stdin() == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        try {
            Process process = builder.start();
            if (spec.stdin() != null) {
                feed(spec.stdin(), process.getOutputStream());
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + spec.argv().get(0) + ": " + e.getMessage(), e);
        }
    }

    private static void feed(InputStream source, OutputStream stdin) {
        Thread.ofVirtual().start(() -> {
            try (source; stdin) {
                source.transferTo(stdin);
            } catch (IOException e) {
                // The program stopped reading (it failed or was killed); its exit code tells why.
            }
        });
    }

    private static Thread drain(InputStream stream, OutputTail tail) {
        return Thread.ofVirtual().start(() -> {
            byte[] chunk = new byte[8192];
            try (stream) {
                for (int n; (n = stream.read(chunk)) >= 0; ) {
                    tail.append(chunk, 0, n);
                }
            } catch (IOException e) {
                // Stream closed because the program was killed; what was read so far is kept.
            }
        });
    }

    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
