package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Go modules: a static binary on a static base ({@link GoTemplate}, {@link GoHealthProbe}). */
public final class GoStack implements Stack {

    static final Language LANGUAGE = new Language("go");
    static final AppPackageManager GO_MODULES = new AppPackageManager("go");

    private static final GoTemplate TEMPLATE = new GoTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        return files.present("go.mod") ? Optional.of(files.facts(LANGUAGE, null, GO_MODULES, false))
                : Optional.empty();
    }

    @Override
    public List<String> manifestNames() {
        return List.of("go.mod");
    }

    /** golang images only build; the binary runs on a static image. */
    @Override
    public Set<String> runtimeImages() {
        return Set.of("static");
    }

    @Override
    public List<String> ignoreEntries() {
        return List.of("bin");
    }

    /** A binary built with CGO_ENABLED=0 runs on distroless static, any other (cgo links glibc) on distroless base. */
    @Override
    public Optional<ToolchainRuntime> toolchainRuntime(Dockerfile dockerfile, RecipeContext context) {
        boolean staticBinary = dockerfile.stages().stream().flatMap(stage -> stage.instructions().stream())
                .anyMatch(i -> i.text().matches("(?s).*\\bCGO_ENABLED=\"?0\\b.*"));
        return Optional.of(staticBinary
                ? new ToolchainRuntime("gcr.io/distroless/static-debian12:nonroot", "the Go toolchain is not needed to run a static binary")
                : new ToolchainRuntime("gcr.io/distroless/base-debian12:nonroot", "the Go toolchain is not needed to run a cgo-enabled binary: glibc kept"));
    }

    @Override
    public List<String> sourceSuffixes() {
        return List.of(".go");
    }

    @Override
    public boolean isTestSource(String fileName) {
        return fileName.endsWith("_test.go");
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
