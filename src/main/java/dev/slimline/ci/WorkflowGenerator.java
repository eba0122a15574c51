package dev.slimline.ci;

import dev.slimline.project.DockerfileService;
import java.nio.file.Path;
import java.util.List;

/** Builds the gate plan of a project and renders it for a CI provider. */
public final class WorkflowGenerator {

    private WorkflowGenerator() {
    }

    /**
     * @param repoRoot    the repository root (paths in the workflow are relative to it)
     * @param projectRoot the directory the gate runs on
     * @param install     how the workflow installs slimline
     */
    public static GatePlan plan(Path repoRoot, Path projectRoot, List<DockerfileService> services,
            SlimlineInstall install) {
        Path repo = repoRoot.toAbsolutePath().normalize();
        String root = relative(repo, projectRoot);
        List<GatePlan.Service> planned = services.stream()
                .map(s -> new GatePlan.Service(s.name(), relative(repo, s.context()))).toList();
        return new GatePlan(root, install, planned);
    }

    public static String render(CiProvider provider, GatePlan plan) {
        return switch (provider) {
            case GITHUB -> GithubWorkflow.render(plan);
            case GITLAB -> GitlabPipeline.render(plan);
        };
    }

    private static String relative(Path repo, Path path) {
        String text = repo.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
