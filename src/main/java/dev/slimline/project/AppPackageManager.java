package dev.slimline.project;

import java.util.Locale;

/** The application's dependency manager (not the OS one), read from manifests and lock files. */
public enum AppPackageManager {
    NPM, YARN, PNPM, PIP, POETRY, PIPENV, UV, GO, MAVEN, GRADLE,
    CARGO, NUGET, BUNDLER, COMPOSER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
