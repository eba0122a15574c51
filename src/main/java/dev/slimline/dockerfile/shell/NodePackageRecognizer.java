package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** npm, yarn and pnpm: one family, small differences in how "production only" and "frozen lockfile" are spelled. */
public final class NodePackageRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("npm", "yarn", "pnpm");
    private static final Set<String> WITH_VALUE = Set.of("--omit", "--only", "--registry", "--prefix", "-C", "--cwd",
            "--cache-folder", "--modules-folder", "--filter", "-w", "--workspace", "--loglevel");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !TOOLS.contains(argv.get(0))) {
            return Optional.empty();
        }
        String tool = argv.get(0);
        ParsedArgs args = ParsedArgs.parse(argv.subList(1, argv.size()), WITH_VALUE);
        String action = args.operands().isEmpty() && tool.equals("yarn") ? "install" : args.action();
        boolean production = args.has("--production", "--prod", "-P")
                || args.values("--omit").contains("dev")
                || args.values("--only").stream().anyMatch(v -> v.startsWith("prod"));
        boolean frozen = tool.equals("npm") ? action.equals("ci")
                : args.has("--frozen-lockfile", "--immutable");
        return Optional.of(new NodePackageCommand(command, tool, action, args.rest(), production, frozen));
    }
}
