package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.GoCommand;
import dev.slimline.dockerfile.shell.JvmBuildCommand;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.YumCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One stage that both builds (compiles, installs build tools, runs a bundler) and runs: everything the build
 * needed ships. A multi-stage build typically cuts such images by 60-90%.
 */
@RuleInfo(id = "SL1009", summary = "Build and runtime share one stage; use a multi-stage build",
        severity = Severity.HIGH, category = Category.SIZE)
public final class SingleStageBuild implements Rule {

    private static final Set<String> COMPILERS = Set.of("gcc", "g++", "cc", "make", "cmake", "tsc", "cargo", "javac", "dotnet");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        if (context.shippedStages().size() != 1 || dockerfile.stages().size() != 1) {
            return List.of();
        }
        for (RunInStage run : RunInStage.shipped(context)) {
            Optional<String> why = buildStep(run);
            if (why.isPresent()) {
                return List.of(finding(dockerfile, context.targetStage().from(),
                        "single-stage build: " + why.get() + ", so everything the build needed ships in the image; "
                                + "build in one stage and copy the result into a slim runtime stage"));
            }
        }
        return List.of();
    }

    private static Optional<String> buildStep(RunInStage run) {
        boolean tools = run.shell().tools(AptCommand.class).stream().filter(AptCommand::isInstall)
                .anyMatch(a -> a.packages().stream().anyMatch(BuildToolPackages::isBuildTool))
                || run.shell().tools(ApkCommand.class).stream().filter(ApkCommand::isAdd)
                .anyMatch(a -> a.packages().stream().anyMatch(BuildToolPackages::isBuildTool))
                || run.shell().tools(YumCommand.class).stream().filter(YumCommand::isInstall)
                .anyMatch(a -> a.operands().stream().anyMatch(BuildToolPackages::isBuildTool));
        if (tools) {
            return Optional.of("build tools are installed");
        }
        if (run.shell().tools(GoCommand.class).stream().anyMatch(GoCommand::compiles)
                || !run.shell().tools(JvmBuildCommand.class).isEmpty()) {
            return Optional.of("the code is compiled here");
        }
        if (run.shell().tools(NodePackageCommand.class).stream()
                .anyMatch(c -> c.action().equals("run") && !c.operands().isEmpty() && c.operands().get(0).startsWith("build")
                        || c.tool().equals("yarn") && c.action().equals("build"))) {
            return Optional.of("the app is bundled here");
        }
        for (ShellCommand command : run.shell().commands()) {
            if (COMPILERS.contains(command.program())) {
                return Optional.of("the code is compiled here");
            }
        }
        return Optional.empty();
    }
}
