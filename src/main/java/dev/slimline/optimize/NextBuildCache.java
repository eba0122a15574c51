package dev.slimline.optimize;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Next.js's build cache ({@code .next/cache}: webpack's compiled modules, ESLint's results) in a BuildKit cache mount
 * on the RUN that runs {@code next build}, kept between builds as Next's CI documentation advises: after a one-file
 * change the build recompiles that file, not the app (bench/README.md, "Rebuild cost"). The mount is in no layer,
 * and the runtime stage copies .next/standalone and .next/static only, so the image does not change.
 */
final class NextBuildCache {

    private static final Pattern NEXT_BUILD = Pattern.compile("(^|[\\s;&|(/])next\\s+build\\b");

    private NextBuildCache() {
    }

    /**
     * The directory to mount for a build in {@code workdir}: none when the WORKDIR holds a variable (a mount's
     * target is not expanded by every BuildKit version) or is not absolute.
     */
    static Optional<String> directory(String workdir) {
        return workdir.startsWith("/") && !workdir.contains("$")
                ? Optional.of((workdir.endsWith("/") ? workdir : workdir + "/") + ".next/cache")
                : Optional.empty();
    }

    /**
     * The original's build RUN: with the cache mounted when it is a plain shell-form RUN (no flags of its own, no
     * heredoc) that runs {@code next build}, directly or through a package.json script; as written otherwise.
     */
    static GeneratedInstruction buildStep(Instruction.Run run, NodeProject project, Optional<String> cache) {
        if (cache.isPresent() && run.flags().isEmpty() && run.heredocs().isEmpty()
                && run.command() instanceof Command.ShellForm shell && runsNextBuild(shell.script(), project)) {
            return new GeneratedInstruction.Run(List.of(cache.get()), shell.script());
        }
        return new GeneratedInstruction.Carried(run.text());
    }

    /** The build RUN the template writes itself ({@code npm run build}), with the cache mounted when it runs next build. */
    static GeneratedInstruction.Run buildStep(String script, NodeProject project, Optional<String> cache) {
        GeneratedInstruction.Run run = GeneratedInstruction.Run.of(script);
        return cache.isPresent() && runsNextBuild(script, project) ? run.withCacheMount(cache.get()) : run;
    }

    /** {@code next build} itself, or a package manager running a script that does ({@code npm run build}, {@code yarn build}). */
    static boolean runsNextBuild(String script, NodeProject project) {
        if (NEXT_BUILD.matcher(script).find()) {
            return true;
        }
        return ShellAnalysis.of(script).tools(NodePackageCommand.class).stream()
                .map(NextBuildCache::scriptName)
                .flatMap(Optional::stream)
                .flatMap(name -> project.script(name).stream())
                .anyMatch(body -> NEXT_BUILD.matcher(body).find());
    }

    /** The package.json script a package manager command runs: {@code npm run x}, {@code yarn x}, {@code pnpm x}. */
    private static Optional<String> scriptName(NodePackageCommand command) {
        if (command.action().equals("run") || command.action().equals("run-script")) {
            return command.operands().stream().filter(o -> !o.startsWith("-")).findFirst();
        }
        return command.tool().equals("npm") ? Optional.empty() : Optional.of(command.action());
    }
}
