package dev.slimline.dockerfile.shell;

import java.util.Optional;
import java.util.Set;

/** mvn, mvnw, gradle and gradlew. */
public final class JvmBuildRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("mvn", "mvnw", "gradle", "gradlew");
    private static final Set<String> WITH_VALUE = Set.of("-f", "--file", "-s", "--settings", "-pl", "--projects",
            "-p", "--project-dir", "-x", "--exclude-task", "-b", "--build-file");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        return ToolRecognizer.argumentsOf(command, TOOLS, WITH_VALUE)
                .map(args -> new JvmBuildCommand(command, command.program(), args.operands()));
    }
}
