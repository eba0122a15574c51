package dev.slimline.optimize;

import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Go modules: a static binary on a static base ({@link GoTemplate}, {@link GoHealthProbe}). */
final class GoStack implements Stack {

    private static final GoTemplate TEMPLATE = new GoTemplate();

    @Override
    public Language language() {
        return Language.GO;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        return files.present("go.mod") ? Optional.of(files.facts(Language.GO, null, AppPackageManager.GO, false))
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

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
