package dev.slimline.dockerfile.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line's arguments sorted into options and operands, GNU style: {@code --name=value},
 * {@code --name value} for options known to take a value, bundled short flags ({@code -qy}), and
 * {@code --} ending the options.
 */
public record ParsedArgs(List<String> operands, Map<String, List<String>> options) {

    public ParsedArgs {
        operands = List.copyOf(operands);
        options = Map.copyOf(options);
    }

    /** Parses {@code args} (without the program name); {@code withValue} lists the options that take one. */
    public static ParsedArgs parse(List<String> args, Set<String> withValue) {
        List<String> operands = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int k = 0; k < args.size(); k++) {
            String arg = args.get(k);
            if (arg.equals("--")) {
                operands.addAll(args.subList(k + 1, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    put(options, arg.substring(0, eq), arg.substring(eq + 1));
                } else if (withValue.contains(arg) && k + 1 < args.size()) {
                    put(options, arg, args.get(++k));
                } else {
                    put(options, arg, "");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int c = 1; c < arg.length(); c++) {
                    String flag = "-" + arg.charAt(c);
                    if (withValue.contains(flag)) {
                        String rest = arg.substring(c + 1);
                        if (!rest.isEmpty()) {
                            put(options, flag, rest);
                        } else if (k + 1 < args.size()) {
                            put(options, flag, args.get(++k));
                        } else {
                            put(options, flag, "");
                        }
                        break;
                    }
                    put(options, flag, "");
                }
            } else {
                operands.add(arg);
            }
        }
        return new ParsedArgs(operands, options);
    }

    /** True if any of the given options is present. */
    public boolean has(String... names) {
        for (String name : names) {
            if (options.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every value given to any of the named options, in order per name. */
    public List<String> values(String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            values.addAll(options.getOrDefault(name, List.of()));
        }
        return values;
    }

    /** The first operand (usually the subcommand), or empty. */
    public String action() {
        return operands.isEmpty() ? "" : operands.get(0);
    }

    /** Operands after the first. */
    public List<String> rest() {
        return operands.size() <= 1 ? List.of() : operands.subList(1, operands.size());
    }

    private static void put(Map<String, List<String>> options, String name, String value) {
        options.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
}
