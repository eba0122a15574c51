package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Alpine's apk. */
public final class ApkRecognizer implements ToolRecognizer {

    private static final Set<String> WITH_VALUE =
            Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root", "--cache-dir", "--arch", "--keys-dir");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !argv.get(0).equals("apk")) {
            return Optional.empty();
        }
        ParsedArgs args = ParsedArgs.parse(argv.subList(1, argv.size()), WITH_VALUE);
        Optional<String> virtual = args.values("-t", "--virtual").stream().findFirst();
        return Optional.of(new ApkCommand(command, args.action(), args.rest(), args.has("--no-cache"), virtual,
                args.has("-U", "--update", "--update-cache")));
    }
}
