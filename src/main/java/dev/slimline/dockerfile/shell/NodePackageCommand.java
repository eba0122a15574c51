package dev.slimline.dockerfile.shell;

import java.util.List;

/**
 * npm, yarn or pnpm. {@code action} is the subcommand ({@code install}, {@code ci}, {@code add}, {@code cache},
 * {@code store}, ...; a bare {@code yarn} is {@code install}); {@code operands} follow it.
 */
public record NodePackageCommand(ShellCommand source, String tool, String action, List<String> operands,
                                 boolean productionOnly, boolean frozenLockfile) implements ToolCommand {

    public NodePackageCommand {
        operands = List.copyOf(operands);
    }

    /** Installs the dependencies of a package.json (not one named package). */
    public boolean installsProject() {
        return switch (action) {
            case "install", "i" -> operands.isEmpty();
            case "ci" -> true;
            default -> false;
        };
    }

    /** Adds named packages ({@code npm install x}, {@code yarn add x}, {@code pnpm add x}). */
    public boolean installsPackages() {
        return switch (action) {
            case "install", "i" -> !operands.isEmpty();
            case "add" -> true;
            default -> false;
        };
    }

    /** Empties the download cache: {@code npm cache clean}, {@code yarn cache clean}, {@code pnpm store prune}. */
    public boolean cleansCache() {
        return action.equals("cache") && !operands.isEmpty() && operands.get(0).equals("clean")
                || action.equals("store") && !operands.isEmpty() && operands.get(0).equals("prune");
    }
}
