package dev.slimline.rule.builtin;

import dev.slimline.knowledge.BuildOnlyPackages;

/** Package names that only building needs: compilers, make, headers (knowledge/build-only-packages.yaml). */
final class BuildToolPackages {

    private BuildToolPackages() {
    }

    static boolean isBuildTool(String packageSpec) {
        return BuildOnlyPackages.bundled().isCompilerOrHeaders(packageSpec);
    }
}
