package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** RubyGems and Bundler. */
public final class GemRecognizer implements ToolRecognizer {

    private static final Set<String> WITH_VALUE = Set.of("-v", "--version", "-i", "--install-dir", "--source",
            "--jobs", "-j", "--path", "--without", "--with", "--retry");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !(argv.get(0).equals("gem") || argv.get(0).equals("bundle"))) {
            return Optional.empty();
        }
        ParsedArgs args = ParsedArgs.parse(argv.subList(1, argv.size()), WITH_VALUE);
        boolean noDocument = args.has("--no-document", "-N") || args.has("--no-ri") && args.has("--no-rdoc");
        return Optional.of(new GemCommand(command, argv.get(0), args.action(), args.rest(), noDocument));
    }
}
