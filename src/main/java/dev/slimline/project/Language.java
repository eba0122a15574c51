package dev.slimline.project;

import java.util.Locale;

/** The language of a build context, as its manifests say. */
public enum Language {
    NODE, PYTHON, GO, JAVA, STATIC,
    RUST, DOTNET, RUBY, PHP;

    /** Lower-case name, as reports and BaseImage.runtime() spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
