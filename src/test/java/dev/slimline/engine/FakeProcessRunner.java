package dev.slimline.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link ProcessRunner} for unit tests of command lines: records every program it is asked to run and answers
 * from a script keyed by the start of the command line. Unscripted commands succeed with no output. Only for
 * argv and parsing tests: tests whose claim is about Docker use the real engine.
 */
public final class FakeProcessRunner implements ProcessRunner {

    private final Map<String, Function<ProcessSpec, ProcessResult>> answers = new LinkedHashMap<>();
    private final Map<String, byte[]> streams = new LinkedHashMap<>();
    private final List<ProcessSpec> calls = new ArrayList<>();
    private final List<byte[]> stdins = new ArrayList<>();
    private Set<String> missingPrograms = Set.of();

    /** Answers commands whose words, joined by spaces, start with {@code commandPrefix}; later answers win. */
    public FakeProcessRunner answer(String commandPrefix, ProcessResult result) {
        answers.put(commandPrefix, spec -> result);
        return this;
    }

    /** Answers depending on the command's environment, e.g. DOCKER_BUILDKIT. */
    public FakeProcessRunner answer(String commandPrefix, Function<ProcessSpec, ProcessResult> result) {
        answers.put(commandPrefix, result);
        return this;
    }

    /** {@link #start} of a command with this prefix streams these bytes. */
    public FakeProcessRunner stream(String commandPrefix, byte[] bytes) {
        streams.put(commandPrefix, bytes);
        return this;
    }

    /** Programs that cannot be started, as if not installed. */
    public FakeProcessRunner missing(String... programs) {
        missingPrograms = Set.of(programs);
        return this;
    }

    public List<ProcessSpec> calls() {
        return calls;
    }

    public List<List<String>> argvs() {
        return calls.stream().map(ProcessSpec::argv).toList();
    }

    /** What was fed to the standard input of each call that had one. */
    public List<byte[]> stdins() {
        return stdins;
    }

    @Override
    public ProcessResult run(ProcessSpec spec) {
        record(spec);
        String command = String.join(" ", spec.argv());
        ProcessResult result = ProcessResult.ok("");
        for (Map.Entry<String, Function<ProcessSpec, ProcessResult>> answer : answers.entrySet()) {
            if (command.startsWith(answer.getKey())) {
                result = answer.getValue().apply(spec);
            }
        }
        return result;
    }

    @Override
    public StreamingProcess start(ProcessSpec spec) {
        record(spec);
        String command = String.join(" ", spec.argv());
        byte[] bytes = streams.entrySet().stream().filter(entry -> command.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).reduce((first, second) -> second).orElse(new byte[0]);
        InputStream stdout = new ByteArrayInputStream(bytes);
        return new StreamingProcess() {
            @Override
            public InputStream stdout() {
                return stdout;
            }

            @Override
            public void close() {
            }
        };
    }

    private void record(ProcessSpec spec) {
        if (missingPrograms.contains(spec.argv().get(0))) {
            throw new UncheckedIOException(new IOException("Cannot run program \"" + spec.argv().get(0)
                    + "\": error=2, No such file or directory"));
        }
        calls.add(spec);
        if (spec.stdin() != null) {
            try {
                stdins.add(spec.stdin().readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
