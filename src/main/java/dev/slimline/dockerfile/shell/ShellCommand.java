package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Set;

/**
 * One simple command of a shell script: its words with quotes and escapes removed, the variable
 * assignments in front of it, where it sits in the script ({@code start} inclusive, {@code end}
 * exclusive, as offsets into the script text) and the operator that follows it.
 */
public record ShellCommand(List<String> assignments, List<String> argv, int start, int end, Operator next) {

    /** Wrappers that run the rest of the line as a command; looked through by {@link #effectiveArgv()}. */
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "nohup", "time", "exec", "command", "doas");

    public ShellCommand {
        assignments = List.copyOf(assignments);
        argv = List.copyOf(argv);
    }

    /** The program as written, without its directory ({@code /usr/bin/apt-get} gives {@code apt-get}); empty if none. */
    public String name() {
        return argv.isEmpty() ? "" : baseName(argv.get(0));
    }

    /** True when the command runs through {@code sudo} (or {@code doas}). */
    public boolean usesSudo() {
        String name = name();
        return name.equals("sudo") || name.equals("doas");
    }

    /**
     * The argv of the program that really runs, after {@code sudo -u x}, {@code env A=b}, {@code nohup},
     * {@code time}, {@code exec} and {@code command}; the first word is reduced to its base name.
     */
    public List<String> effectiveArgv() {
        int i = 0;
        while (i < argv.size() && WRAPPERS.contains(baseName(argv.get(i)))) {
            String wrapper = baseName(argv.get(i));
            i++;
            while (i < argv.size() && (argv.get(i).startsWith("-") || wrapper.equals("env") && argv.get(i).contains("="))) {
                boolean takesValue = wrapper.equals("sudo") && Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U").contains(argv.get(i));
                i += takesValue ? 2 : 1;
            }
        }
        if (i >= argv.size()) {
            return List.of();
        }
        List<String> rest = new java.util.ArrayList<>(argv.subList(i, argv.size()));
        rest.set(0, baseName(rest.get(0)));
        return List.copyOf(rest);
    }

    /** The program that really runs (see {@link #effectiveArgv()}), or empty. */
    public String program() {
        List<String> effective = effectiveArgv();
        return effective.isEmpty() ? "" : effective.get(0);
    }

    private static String baseName(String word) {
        int slash = word.lastIndexOf('/');
        return slash >= 0 && slash < word.length() - 1 ? word.substring(slash + 1) : word;
    }
}
