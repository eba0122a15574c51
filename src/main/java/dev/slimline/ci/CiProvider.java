package dev.slimline.ci;

/** The CI systems {@code slimline ci init} writes a workflow for, and where each expects it. */
public enum CiProvider {
    GITHUB(".github/workflows/slimline-gate.yml"),
    GITLAB(".gitlab-ci.yml");

    private final String defaultPath;

    CiProvider(String defaultPath) {
        this.defaultPath = defaultPath;
    }

    public String defaultPath() {
        return defaultPath;
    }
}
