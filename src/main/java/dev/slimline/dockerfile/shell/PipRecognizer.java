package dev.slimline.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** pip, pip3, pip3.11 and {@code python[3[.x]] -m pip}. */
public final class PipRecognizer implements ToolRecognizer {

    private static final Pattern PIP = Pattern.compile("pip(\\d+(\\.\\d+)?)?");
    private static final Pattern PYTHON = Pattern.compile("python(\\d+(\\.\\d+)?)?");
    private static final Set<String> WITH_VALUE = Set.of("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
            "--extra-index-url", "-t", "--target", "--prefix", "--root", "-f", "--find-links", "--trusted-host",
            "--cache-dir", "-e", "--editable", "--platform", "--python-version", "--src", "--progress-bar");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        int argsFrom;
        if (!argv.isEmpty() && PIP.matcher(argv.get(0)).matches()) {
            argsFrom = 1;
        } else if (argv.size() >= 3 && PYTHON.matcher(argv.get(0)).matches() && argv.get(1).equals("-m")
                && argv.get(2).equals("pip")) {
            argsFrom = 3;
        } else {
            return Optional.empty();
        }
        ParsedArgs args = ParsedArgs.parse(argv.subList(argsFrom, argv.size()), WITH_VALUE);
        List<String> packages = new ArrayList<>(args.rest());
        packages.addAll(args.values("-e", "--editable"));
        return Optional.of(new PipCommand(command, args.action(), packages, args.values("-r", "--requirement"),
                args.has("--no-cache-dir")));
    }
}
