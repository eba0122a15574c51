package dev.slimline.verify;

import dev.slimline.engine.RuntimeConfig;
import dev.slimline.knowledge.BaseImageEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the runtime contract of two images: what a caller of the container relies on. Going from root to a
 * named user and adding a HEALTHCHECK are what the optimization is for (intended); a removed exposed port or ENV
 * variable breaks callers; anything else is reported as a change for a reviewer.
 */
public final class ContractComparison {

    private ContractComparison() {
    }

    public static List<ContractDifference> compare(RuntimeConfig original, RuntimeConfig optimized) {
        List<ContractDifference> differences = new ArrayList<>();
        compareUser(original, optimized, differences);
        String commandBefore = command(original);
        String commandAfter = command(optimized);
        if (!commandBefore.equals(commandAfter)) {
            differences.add(new ContractDifference("entrypoint/cmd", commandBefore, commandAfter,
                    ContractDifference.Kind.CHANGED));
        }
        comparePorts(original.exposedPorts(), optimized.exposedPorts(), differences);
        compareEnv(env(original.env()), env(optimized.env()), differences);
        if (!original.workdir().equals(optimized.workdir())) {
            differences.add(new ContractDifference("workdir", original.workdir(), optimized.workdir(),
                    ContractDifference.Kind.CHANGED));
        }
        boolean hadCheck = original.healthcheck().filter(check -> !check.disabled()).isPresent();
        boolean hasCheck = optimized.healthcheck().filter(check -> !check.disabled()).isPresent();
        if (hadCheck != hasCheck) {
            differences.add(new ContractDifference("healthcheck", hadCheck ? "present" : "",
                    hasCheck ? SecurityInspector.abbreviate(String.join(" ", optimized.healthcheck().get().test()), 60) : "",
                    hasCheck ? ContractDifference.Kind.INTENDED : ContractDifference.Kind.BREAKING));
        }
        return List.copyOf(differences);
    }

    private static void compareUser(RuntimeConfig original, RuntimeConfig optimized, List<ContractDifference> out) {
        if (original.user().equals(optimized.user())) {
            return;
        }
        ContractDifference.Kind kind = original.runsAsRoot() && !optimized.runsAsRoot()
                ? ContractDifference.Kind.INTENDED
                : ContractDifference.Kind.CHANGED;
        out.add(new ContractDifference("user", userText(original.user()), userText(optimized.user()), kind));
    }

    private static String userText(String user) {
        return user.isEmpty() ? "root (unset)" : user;
    }

    /** ENTRYPOINT and CMD as one command line, the way the container starts. */
    static String command(RuntimeConfig config) {
        List<String> words = new ArrayList<>(config.entrypoint());
        words.addAll(config.cmd());
        return String.join(" ", words);
    }

    private static void comparePorts(Set<String> before, Set<String> after, List<ContractDifference> out) {
        for (String port : new TreeSet<>(before)) {
            if (!after.contains(port)) {
                out.add(new ContractDifference("exposed port " + port, port, "", ContractDifference.Kind.BREAKING));
            }
        }
        for (String port : new TreeSet<>(after)) {
            if (!before.contains(port)) {
                out.add(new ContractDifference("exposed port " + port, "", port, ContractDifference.Kind.CHANGED));
            }
        }
    }

    private static void compareEnv(Map<String, String> before, Map<String, String> after,
            List<ContractDifference> out) {
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String name = entry.getKey();
            String value = after.get(name);
            if (value == null) {
                out.add(new ContractDifference("env " + name, entry.getValue(), "",
                        BaseImageEnv.setByBaseImage(name) ? ContractDifference.Kind.CHANGED : ContractDifference.Kind.BREAKING));
            } else if (!value.equals(entry.getValue())) {
                out.add(new ContractDifference("env " + name, entry.getValue(), value, ContractDifference.Kind.CHANGED));
            }
        }
        for (Map.Entry<String, String> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                out.add(new ContractDifference("env " + entry.getKey(), "", entry.getValue(),
                        ContractDifference.Kind.CHANGED));
            }
        }
    }

    private static Map<String, String> env(List<String> variables) {
        Map<String, String> map = new TreeMap<>();
        for (String variable : variables) {
            int eq = variable.indexOf('=');
            map.put(eq < 0 ? variable : variable.substring(0, eq), eq < 0 ? "" : variable.substring(eq + 1));
        }
        return map;
    }
}
