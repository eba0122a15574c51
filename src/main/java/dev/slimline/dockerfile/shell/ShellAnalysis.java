package dev.slimline.dockerfile.shell;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Heredoc;
import dev.slimline.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A RUN script read once: its commands and the tool commands recognised in them. Rules share one
 * analysis per RUN instead of re-splitting the script each.
 */
public final class ShellAnalysis {

    private static final List<ToolRecognizer> RECOGNIZERS = List.of(new AptRecognizer(), new ApkRecognizer(),
            new YumRecognizer(), new PipRecognizer(), new NodePackageRecognizer(), new GemRecognizer(),
            new GoRecognizer(), new JvmBuildRecognizer(), new DownloadRecognizer(), new FileToolRecognizer());

    /** Programs that run a script read from stdin when piped into. */
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh", "python", "python3", "perl", "ruby", "node");

    /** Distinct scripts kept at most, so that a huge audit does not keep every analysis it made. */
    private static final int MAX_ANALYSED = 8192;
    private static final Map<String, ShellAnalysis> ANALYSED = new ConcurrentHashMap<>();

    private final ShellScript script;
    private final List<ToolCommand> tools;
    /** The tools grouped by record class, so that rules asking for one kind do not filter every time. */
    private final Map<Class<?>, List<ToolCommand>> toolsByKind = new HashMap<>();

    private ShellAnalysis(ShellScript script, List<ToolCommand> tools) {
        this.script = script;
        this.tools = List.copyOf(tools);
        for (ToolCommand tool : this.tools) {
            toolsByKind.computeIfAbsent(tool.getClass(), kind -> new ArrayList<>()).add(tool);
        }
    }

    /**
     * The analysis of a RUN: a shell-form script as BuildKit runs it; an exec form that runs a shell with
     * {@code -c} through that script, other exec forms as one command; here-documents fed to the shell
     * ({@code RUN <<EOF}, {@code RUN bash <<EOF}) are read as the script, other here-documents are data.
     */
    public static ShellAnalysis of(Instruction.Run run) {
        String script = switch (run.command()) {
            case Command.ShellForm shell -> shell.script();
            case Command.ExecForm exec -> execScript(exec.arguments());
        };
        if (!run.heredocs().isEmpty() && heredocIsScript(script)) {
            StringBuilder bodies = new StringBuilder();
            for (Heredoc heredoc : run.heredocs()) {
                bodies.append(heredoc.content()).append('\n');
            }
            return of(bodies.toString());
        }
        return of(script);
    }

    private static boolean heredocIsScript(String script) {
        String trimmed = script.strip();
        if (trimmed.startsWith("<<")) {
            return true;
        }
        List<ShellCommand> commands = ShellSplitter.split(trimmed).commands();
        return commands.size() == 1 && SHELLS.contains(commands.get(0).program())
                && !commands.get(0).program().startsWith("python") && !commands.get(0).program().equals("node");
    }

    private static String execScript(List<String> arguments) {
        if (arguments.size() >= 3 && SHELLS.contains(baseName(arguments.get(0))) && arguments.get(1).equals("-c")) {
            return arguments.get(2);
        }
        StringBuilder script = new StringBuilder();
        for (String argument : arguments) {
            script.append(script.isEmpty() ? "" : " ").append('\'').append(argument.replace("'", "'\\''")).append('\'');
        }
        return script.toString();
    }

    private static String baseName(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    /**
     * The analysis of a script. A pure function of the text, and the analysis is immutable: one process analyses
     * each distinct script once, however many RUNs, rules, recipe rounds and size estimates (and Dockerfiles of one
     * audit) read it.
     */
    public static ShellAnalysis of(String script) {
        ShellAnalysis known = ANALYSED.get(script);
        if (known != null) {
            return known;
        }
        ShellAnalysis analysis = analyse(script);
        if (ANALYSED.size() >= MAX_ANALYSED) {
            ANALYSED.clear(); // a bound, not an eviction policy: a process seldom sees this many distinct scripts
        }
        ANALYSED.put(script, analysis);
        return analysis;
    }

    private static ShellAnalysis analyse(String script) {
        ShellScript split = ShellSplitter.split(script);
        List<ToolCommand> tools = new ArrayList<>();
        for (ShellCommand command : split.commands()) {
            for (ToolRecognizer recognizer : RECOGNIZERS) {
                Optional<ToolCommand> tool = recognizer.recognize(command);
                if (tool.isPresent()) {
                    tools.add(tool.get());
                    break;
                }
            }
        }
        return new ShellAnalysis(split, tools);
    }

    public ShellScript script() {
        return script;
    }

    public List<ShellCommand> commands() {
        return script.commands();
    }

    /** Every recognised tool command, in script order. */
    public List<ToolCommand> tools() {
        return tools;
    }

    /** The recognised commands of one kind, in script order. */
    @SuppressWarnings("unchecked") // the map is keyed by the exact record class of its values
    public <T extends ToolCommand> List<T> tools(Class<T> kind) {
        List<ToolCommand> matching = toolsByKind.get(kind);
        return matching == null ? List.of() : (List<T>) Collections.unmodifiableList(matching);
    }

    /** True if some command runs {@code program} (looking through sudo, env and the like). */
    public boolean runs(String program) {
        return script.commands().stream().anyMatch(c -> c.program().equals(program));
    }

    /** Downloads whose output is piped straight into a shell or interpreter ({@code curl ... | sh}). */
    public List<DownloadCommand> downloadsPipedIntoShell() {
        List<DownloadCommand> piped = new ArrayList<>();
        List<ShellCommand> commands = script.commands();
        for (DownloadCommand download : tools(DownloadCommand.class)) {
            if (!download.writesToStdout()) {
                continue;
            }
            int index = commands.indexOf(download.source());
            // the pipeline may pass through filters (tar, tee) before reaching the shell
            for (int k = index; k >= 0; k++) {
                Optional<ShellCommand> next = script.pipedInto(k);
                if (next.isEmpty()) {
                    break;
                }
                if (SHELLS.contains(next.get().program())) {
                    piped.add(download);
                    break;
                }
            }
        }
        return piped;
    }
}
