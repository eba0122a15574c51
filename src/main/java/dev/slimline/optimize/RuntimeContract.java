package dev.slimline.optimize;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the original final image promises at run time and a rewrite must keep: the command, ports, environment,
 * working directory, volumes, labels, stop signal. Instructions are kept as the author wrote them.
 */
record RuntimeContract(Optional<String> workdir, List<String> args, List<String> env, List<String> labels,
                       List<String> exposeLines, List<String> ports, List<String> volumes, Optional<String> stopSignal,
                       Optional<Instruction.Entrypoint> entrypoint, Optional<Instruction.Cmd> cmd) {

    static RuntimeContract of(Stage stage) {
        Optional<String> workdir = Optional.empty();
        List<String> args = new ArrayList<>();
        List<String> env = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> expose = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        Optional<String> stop = Optional.empty();
        Optional<Instruction.Entrypoint> entrypoint = Optional.empty();
        Optional<Instruction.Cmd> cmd = Optional.empty();
        for (Instruction instruction : stage.instructions()) {
            switch (instruction) {
                case Instruction.Workdir w -> workdir = Optional.of(w.path());
                case Instruction.Arg a -> args.add(a.text());
                case Instruction.Env e -> env.add(e.text());
                case Instruction.Label l -> labels.add(l.text());
                case Instruction.Expose e -> {
                    expose.add(e.text());
                    ports.addAll(e.ports());
                }
                case Instruction.Volume v -> volumes.add(v.text());
                case Instruction.StopSignal s -> stop = Optional.of(s.text());
                case Instruction.Entrypoint e -> entrypoint = Optional.of(e);
                case Instruction.Cmd c -> cmd = Optional.of(c);
                default -> {
                }
            }
        }
        return new RuntimeContract(workdir, args, env, labels, expose, ports, volumes, stop, entrypoint, cmd);
    }

    /** The command words, CMD after ENTRYPOINT; a shell-form command as one {@code sh -c} script. */
    List<String> commandWords() {
        List<String> words = new ArrayList<>();
        entrypoint.ifPresent(e -> words.addAll(words(e.command())));
        cmd.ifPresent(c -> words.addAll(words(c.command())));
        return words;
    }

    static List<String> words(Command command) {
        return switch (command) {
            case Command.ExecForm exec -> exec.arguments();
            case Command.ShellForm shell -> List.of(shell.script().trim().split("\\s+"));
        };
    }

    /** Whether a shell-form command uses shell features, so splitting it on spaces would change its meaning. */
    static boolean needsShell(Command command) {
        return command instanceof Command.ShellForm shell && shell.script().matches("(?s).*[$&|;<>`'\"\\\\*?(){}].*");
    }

    boolean commandNeedsShell() {
        return entrypoint.map(e -> needsShell(e.command())).orElse(false) || cmd.map(c -> needsShell(c.command())).orElse(false);
    }

    /** Why this command cannot start a binary on {@code image} (no shell there), if it cannot. */
    Optional<String> binaryCommandProblem(String image) {
        if (commandWords().isEmpty()) {
            return Optional.of("no CMD or ENTRYPOINT: the binary to run is not known");
        }
        return commandNeedsShell() ? Optional.of("the command needs a shell, which " + image + " does not have")
                : Optional.empty();
    }

    /**
     * ENTRYPOINT/CMD in exec form with the same meaning; a shell-form command with shell features is kept as
     * written (it needs its shell).
     */
    List<GeneratedInstruction> commandInstructions() {
        List<GeneratedInstruction> out = new ArrayList<>();
        entrypoint.ifPresent(e -> out.add(command(GeneratedInstruction.CommandKind.ENTRYPOINT, e.command(), e.text())));
        cmd.ifPresent(c -> out.add(command(GeneratedInstruction.CommandKind.CMD, c.command(), c.text())));
        return out;
    }

    private static GeneratedInstruction command(GeneratedInstruction.CommandKind kind, Command command, String original) {
        if (command instanceof Command.ShellForm && !needsShell(command)) {
            return new GeneratedInstruction.Command(kind, new GeneratedInstruction.Exec(words(command)));
        }
        return new GeneratedInstruction.Carried(original);
    }

    /** Instructions of the original carried into a generated stage as written. */
    static List<GeneratedInstruction> carried(List<String> lines) {
        return lines.stream().<GeneratedInstruction>map(GeneratedInstruction.Carried::new).toList();
    }

    /**
     * The end every generated runtime stage shares: the original's VOLUME, EXPOSE and STOPSIGNAL, the (numeric)
     * user, the health check, then the command.
     */
    void closeRuntimeStage(GeneratedStage stage, GeneratedInstruction.User user,
                           Optional<GeneratedInstruction.Healthcheck> healthcheck, List<GeneratedInstruction> command) {
        stage.addAll(carried(volumes));
        stage.addAll(carried(exposeLines));
        stopSignal.ifPresent(s -> stage.add(new GeneratedInstruction.Carried(s)));
        stage.add(user);
        stage.add(healthcheck);
        stage.addAll(command);
    }

    /**
     * A note when the image listens below 1024 and the rewrite runs it as a non-root uid: Docker 20.10 and later
     * set net.ipv4.ip_unprivileged_port_start=0 in the container, so it binds; Kubernetes does not.
     */
    Optional<Change> privilegedPortNote() {
        return privilegedPortNote(ports);
    }

    /** The same note for these EXPOSE ports ({@code 80}, {@code 443/tcp}). */
    static Optional<Change> privilegedPortNote(List<String> ports) {
        List<String> low = privilegedPorts(ports);
        if (low.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change("port " + String.join(", ", low) + " is below 1024 and the rewrite runs non-root:"
                + " fine on Docker >= 20.10 (unprivileged port start is 0 in containers); on Kubernetes add the"
                + " NET_BIND_SERVICE capability or the net.ipv4.ip_unprivileged_port_start=0 sysctl, or move the port"));
    }

    /** The EXPOSE ports ({@code 80}, {@code 443/tcp}) below 1024, as numbers; a longer word is not such a port. */
    static List<String> privilegedPorts(List<String> ports) {
        return ports.stream().map(p -> p.replaceFirst("/.*", "")).filter(p -> p.matches("\\d{1,4}"))
                .filter(p -> Integer.parseInt(p) < 1024).toList();
    }

    /** The ports the stage's EXPOSE lines name, as written. */
    static List<String> exposedPorts(Stage stage) {
        return stage.instructionsOf(Instruction.Expose.class).stream().flatMap(e -> e.ports().stream()).toList();
    }
}
