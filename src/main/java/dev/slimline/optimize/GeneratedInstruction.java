package dev.slimline.optimize;

import java.util.List;
import java.util.Optional;

/**
 * One instruction of a Dockerfile the optimizer generates (the typed tree {@link GeneratedDockerfilePrinter} prints).
 * Templates build these instead of writing Dockerfile text; an instruction of the original that is carried over
 * unchanged (a LABEL, an ENV, an EXPOSE, a build RUN) stays as the author wrote it ({@link Carried}).
 */
sealed interface GeneratedInstruction {

    /** The command of a HEALTHCHECK, ENTRYPOINT or CMD: exec form (a JSON array) or a shell script. */
    sealed interface Form {
    }

    record Exec(List<String> argv) implements Form {
        public Exec {
            argv = List.copyOf(argv);
        }
    }

    record Shell(String script) implements Form {
    }

    /**
     * A RUN: a shell script, with BuildKit cache mounts (a cache that stays out of every layer); {@link #of} joins
     * commands with {@code &&} so one layer does them all.
     */
    record Run(List<String> cacheMounts, String script) implements GeneratedInstruction {
        public Run {
            cacheMounts = List.copyOf(cacheMounts);
        }

        Run(String script) {
            this(List.of(), script);
        }

        Run withCacheMount(String target) {
            List<String> mounts = new java.util.ArrayList<>(cacheMounts);
            mounts.add(target);
            return new Run(mounts, script);
        }

        static Run of(String... commands) {
            return of(List.of(commands));
        }

        static Run of(List<String> commands) {
            return new Run(String.join(" && ", commands));
        }
    }

    record Copy(Optional<String> fromStage, Optional<String> chown, List<String> sources, String destination)
            implements GeneratedInstruction {
        public Copy {
            sources = List.copyOf(sources);
        }

        /** COPY of the build context. */
        static Copy context(List<String> sources, String destination) {
            return new Copy(Optional.empty(), Optional.empty(), sources, destination);
        }

        static Copy fromStage(String stage, String source, String destination) {
            return new Copy(Optional.of(stage), Optional.empty(), List.of(source), destination);
        }

        Copy ownedBy(String owner) {
            return new Copy(fromStage, Optional.of(owner), sources, destination);
        }
    }

    record Workdir(String path) implements GeneratedInstruction {
    }

    /** ENV with one or more {@code KEY=value} assignments (values already quoted where they need it). */
    record Env(List<String> assignments) implements GeneratedInstruction {
        public Env {
            assignments = List.copyOf(assignments);
        }

        static Env of(String... assignments) {
            return new Env(List.of(assignments));
        }
    }

    record User(String user) implements GeneratedInstruction {
        static User numeric(int uid) {
            return new User(uid + ":" + uid);
        }
    }

    /** HEALTHCHECK with the timing every generated probe uses. */
    record Healthcheck(Form test) implements GeneratedInstruction {
        static final String TIMING = "--interval=30s --timeout=10s --start-period=30s --retries=3";

        static Healthcheck exec(List<String> argv) {
            return new Healthcheck(new Exec(argv));
        }
    }

    enum CommandKind { ENTRYPOINT, CMD }

    record Command(CommandKind kind, Form form) implements GeneratedInstruction {
        static Command cmd(List<String> argv) {
            return new Command(CommandKind.CMD, new Exec(argv));
        }

        static Command entrypoint(List<String> argv) {
            return new Command(CommandKind.ENTRYPOINT, new Exec(argv));
        }
    }

    /** An instruction of the original, kept as written. */
    record Carried(String text) implements GeneratedInstruction {
    }
}
