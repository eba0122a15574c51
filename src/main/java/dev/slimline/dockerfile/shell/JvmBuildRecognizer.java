package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** mvn, mvnw, gradle and gradlew. */
public final class JvmBuildRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("mvn", "mvnw", "gradle", "gradlew");
    private static final Set<String> WITH_VALUE = Set.of("-f", "--file", "-s", "--settings", "-pl", "--projects",
            "-p", "--project-dir", "-x", "--exclude-task", "-b", "--build-file");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !TOOLS.contains(argv.get(0))) {
            return Optional.empty();
        }
        List<String> tasks = ParsedArgs.parse(argv.subList(1, argv.size()), WITH_VALUE).operands();
        return Optional.of(new JvmBuildCommand(command, argv.get(0), tasks));
    }
}
