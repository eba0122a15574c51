package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.shell.NodePackageCommand;
import java.util.List;

/** The cache check of one Node package manager: installs fill its cache, its own clean command empties it. */
final class NodeCaches {

    private NodeCaches() {
    }

    static CacheLeftInLayer check(String tool, String cacheDir, String cleanCommand) {
        return new CacheLeftInLayer(
                run -> commands(run, tool).stream().anyMatch(c -> c.installsProject() || c.installsPackages()),
                run -> commands(run, tool).stream().anyMatch(NodePackageCommand::cleansCache),
                List.of(cacheDir),
                run -> "the " + tool + " cache (" + cacheDir + ") stays in this layer; add && " + cleanCommand,
                run -> Fixes.appendToRun(run.run(), cleanCommand, "clean the " + tool + " cache in the same layer"));
    }

    private static List<NodePackageCommand> commands(RunInStage run, String tool) {
        return run.shell().tools(NodePackageCommand.class).stream().filter(c -> c.tool().equals(tool)).toList();
    }
}
