package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** rm and chmod: the file tools whose arguments the rules read. */
public final class FileToolRecognizer implements ToolRecognizer {

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty()) {
            return Optional.empty();
        }
        List<String> rest = argv.subList(1, argv.size());
        if (argv.get(0).equals("rm")) {
            ParsedArgs args = ParsedArgs.parse(rest, Set.of());
            return Optional.of(new RmCommand(command, args.operands(), args.has("-r", "-R", "--recursive"),
                    args.has("-f", "--force")));
        }
        if (argv.get(0).equals("chmod")) {
            // a symbolic mode like "-w" looks like a flag; chmod's only flags are -R -v -c -f and long ones
            boolean recursive = false;
            List<String> operands = new java.util.ArrayList<>();
            for (String arg : rest) {
                if (arg.equals("-R") || arg.equals("--recursive")) {
                    recursive = true;
                } else if (!arg.matches("-[vcf]+|--.*")) {
                    operands.add(arg);
                }
            }
            if (operands.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ChmodCommand(command, operands.get(0), operands.subList(1, operands.size()), recursive));
        }
        return Optional.empty();
    }
}
