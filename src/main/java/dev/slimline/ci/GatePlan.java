package dev.slimline.ci;

import dev.slimline.gate.GateRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * What a generated workflow gates: the project directory (relative to the repository root), its services and the
 * paths whose change should trigger each one's gate (its build context and the budget files).
 *
 * @param root    the directory {@code slimline gate} runs on, relative to the repository root ({@code .})
 * @param install how the workflow installs slimline and then calls it
 */
public record GatePlan(String root, SlimlineInstall install, List<Service> services) {

    public static final String SARIF = "slimline-gate.sarif";
    public static final String HTML = "slimline-gate.html";
    public static final String JUNIT = "slimline-gate.junit.xml";
    public static final String MARKDOWN = "slimline-gate.md";
    public static final String JSON = "slimline-gate.json";

    /** @param context the build context relative to the repository root */
    public record Service(String name, String context) {

        /** The image the gate builds for this service (what an optional Docker Scout step scans). */
        public String image() {
            return GateRunner.tagFor(name);
        }
    }

    public GatePlan {
        services = List.copyOf(services);
    }

    /** Paths whose change triggers this service's gate. */
    public List<String> pathsFor(Service service) {
        List<String> paths = new ArrayList<>();
        paths.add(join(service.context(), "**"));
        paths.addAll(budgetFiles());
        return paths;
    }

    public List<String> budgetFiles() {
        return List.of(join(root, ".slimline.yaml"), join(root, ".slimline-baseline.json"));
    }

    /** How every slimline step calls it. */
    public String command() {
        return install.invocation();
    }

    /**
     * For a slimline the team provides ({@link InstallMethod#COMMAND}): fails the job first, with a message naming
     * what is missing, when the runner cannot run it.
     */
    public String preflightCommand() {
        return command() + " --version || { echo \"slimline is not available on this runner: see the comment at the"
                + " top of this file\" >&2; exit 1; }";
    }

    /** The gate command for one service, writing every report the workflow uploads. */
    public String gateCommand(String service, String dbExpression, String annotations) {
        return command() + " gate " + gateArguments(service, dbExpression, annotations);
    }

    /** What follows {@code gate}: the project, the service, the database and every report the workflow uploads. */
    public String gateArguments(String service, String dbExpression, String annotations) {
        return root + " --service " + service + " --db " + dbExpression + " --format " + annotations
                + " --report sarif=" + SARIF + " --report html=" + HTML + " --report junit=" + JUNIT
                + " --report markdown=" + MARKDOWN + " --report json=" + JSON;
    }

    static String join(String dir, String rest) {
        return dir.equals(".") || dir.isEmpty() ? rest : dir + "/" + rest;
    }
}
