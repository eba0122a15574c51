package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code npm install} / {@code yarn install} / {@code pnpm install} of the whole project when a lock file is in
 * the context: install exactly the locked versions ({@code npm ci}, {@code --frozen-lockfile}) so the image is
 * reproducible and no lock file rewrite happens in the build.
 */
final class LockfileInstallRecipe implements Recipe {

    /** The project install: no package operands after it (only the end of the command or more flags). */
    private static final Pattern NPM = Pattern.compile("\\bnpm\\s+(install|i)(?=\\s*(?:$|&&|;|\\|\\||\\\\\\s*$|--?[a-z]))",
            Pattern.MULTILINE);
    private static final Pattern YARN = Pattern.compile("\\byarn(\\s+install)?(?=\\s*(?:$|&&|;|\\|\\|))(?!.*--frozen-lockfile)",
            Pattern.MULTILINE);
    private static final Pattern PNPM = Pattern.compile("\\bpnpm\\s+(install|i)(?=\\s*(?:$|&&|;|\\|\\|))(?!.*--frozen-lockfile)",
            Pattern.MULTILINE);

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        List<ProposedEdit> proposals = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (!(instruction instanceof Instruction.Run run) || !run.heredocs().isEmpty()) {
                continue;
            }
            List<NodePackageCommand> node = ShellAnalysis.of(run).tools(NodePackageCommand.class);
            if (node.stream().noneMatch(NodePackageCommand::installsProject) || node.stream().anyMatch(NodePackageCommand::installsPackages)) {
                continue;
            }
            String text = run.text();
            String rewritten = text;
            if (context.contextHas("package-lock.json") || context.contextHas("npm-shrinkwrap.json")) {
                rewritten = replaceSingle(NPM, rewritten, "npm ci");
            }
            if (context.contextHas("yarn.lock")) {
                rewritten = replaceSingle(YARN, rewritten, "yarn install --frozen-lockfile");
            }
            if (context.contextHas("pnpm-lock.yaml")) {
                rewritten = replaceSingle(PNPM, rewritten, "pnpm install --frozen-lockfile");
            }
            if (!rewritten.equals(text)) {
                proposals.add(new ProposedEdit(List.of(Edits.replace(run, rewritten)),
                        new Change("clean install from the lock file (npm ci / --frozen-lockfile): reproducible dependencies")));
            }
        }
        return proposals;
    }

    private static String replaceSingle(Pattern pattern, String text, String replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        int start = matcher.start();
        int end = matcher.end();
        if (matcher.find()) {
            return text; // several installs in one RUN: no single obvious edit
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
