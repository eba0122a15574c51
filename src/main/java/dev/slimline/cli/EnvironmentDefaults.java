package dev.slimline.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for every option from the environment, so CI can set them once: {@code SLIMLINE_<COMMAND>_<OPTION>} for one
 * command ({@code SLIMLINE_AUDIT_FAIL_ON=high}), else {@code SLIMLINE_<OPTION>} for all ({@code SLIMLINE_FORMAT=json},
 * {@code SLIMLINE_DOCKER=/usr/bin/docker}). The option's longest name, upper-cased, dashes as underscores; the command
 * path joined the same way ({@code SLIMLINE_DB_UPDATE_URL}). Options given on the command line win; help options and
 * positional parameters take no default.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String name = key(option.longestName());
        CommandSpec command = option.command();
        String path = command == null ? "" : key(command.qualifiedName(" ").replaceFirst("^\\S+\\s*", ""));
        if (!path.isEmpty()) {
            String specific = environment.get("SLIMLINE_" + path + "_" + name);
            if (specific != null) {
                return specific;
            }
        }
        return environment.get("SLIMLINE_" + name);
    }

    /** {@code --fail-on} → {@code FAIL_ON}, {@code db update} → {@code DB_UPDATE}. */
    static String key(String name) {
        return name.replaceFirst("^-+", "").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    }
}
