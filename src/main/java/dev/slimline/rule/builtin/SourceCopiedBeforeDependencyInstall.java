package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.GemCommand;
import dev.slimline.dockerfile.shell.GoCommand;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code COPY . .} before the dependency install: any source change invalidates the cached install layer, so
 * every build downloads all dependencies again. Copy the manifest and lockfile first, install, then the rest.
 */
@RuleInfo(id = "SL3005", summary = "Copy dependency manifests and install before copying the whole context",
        severity = Severity.LOW, category = Category.MAINTAINABILITY)
public final class SourceCopiedBeforeDependencyInstall implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            Optional<Instruction.Copy> wholeContext = Optional.empty();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Copy copy && wholeContext.isEmpty() && copy.from().isEmpty()
                        && copy.sources().stream().anyMatch(s -> s.equals(".") || s.equals("./"))) {
                    wholeContext = Optional.of(copy);
                } else if (instruction instanceof Instruction.Run run && wholeContext.isPresent()) {
                    Optional<String> install = dependencyInstall(context.shell(run));
                    if (install.isPresent()) {
                        findings.add(finding(dockerfile, wholeContext.get(), "the whole build context is copied before " + install.get()
                                + " (line " + run.line() + "); any source change reinstalls every dependency. Copy the manifests first"));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    private static Optional<String> dependencyInstall(ShellAnalysis shell) {
        for (NodePackageCommand node : shell.tools(NodePackageCommand.class)) {
            if (node.installsProject()) {
                return Optional.of(node.tool() + " " + node.action());
            }
        }
        for (PipCommand pip : shell.tools(PipCommand.class)) {
            if (pip.isInstall() && !pip.requirementFiles().isEmpty()) {
                return Optional.of("pip install -r");
            }
        }
        for (GoCommand go : shell.tools(GoCommand.class)) {
            if (go.action().equals("mod") && go.operands().contains("download")) {
                return Optional.of("go mod download");
            }
        }
        for (GemCommand gem : shell.tools(GemCommand.class)) {
            if (gem.tool().equals("bundle") && (gem.action().equals("install") || gem.action().isEmpty())) {
                return Optional.of("bundle install");
            }
        }
        return Optional.empty();
    }
}
