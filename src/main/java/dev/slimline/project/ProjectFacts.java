package dev.slimline.project;

import java.util.List;
import java.util.Optional;

/**
 * What a build context is, read from its manifests: the language, framework and package manager, and the
 * files that said so. The optimizer picks its stack from these facts.
 *
 * @param language       the language, or empty when unknown
 * @param framework      {@code nextjs}, {@code express}, {@code celery}, {@code django}, {@code flask},
 *                       {@code fastapi}, {@code spring-boot}, or empty
 * @param packageManager the dependency manager, or empty
 * @param typescript     whether a {@code tsconfig.json} is present
 * @param evidence       the manifest files the facts came from, relative to the context
 */
public record ProjectFacts(Optional<Language> language, Optional<String> framework,
                           Optional<AppPackageManager> packageManager, boolean typescript, List<String> evidence) {

    public ProjectFacts {
        evidence = List.copyOf(evidence);
    }

    public static ProjectFacts unknown() {
        return new ProjectFacts(Optional.empty(), Optional.empty(), Optional.empty(), false, List.of());
    }
}
