package dev.slimline.rule.builtin;

import java.util.regex.Pattern;

/** Whether a package argument pins a version, per package manager. */
final class PackageVersionPins {

    private static final Pattern PIP_PINNED = Pattern.compile(".*(==|>=|<=|~=|===|!=|<|>|@).*");

    private PackageVersionPins() {
    }

    /** apt: {@code name=version}; local .deb files and paths are pinned by nature. */
    static boolean aptPinned(String spec) {
        return spec.contains("=") || spec.endsWith(".deb") || spec.startsWith("/") || spec.startsWith("./") || spec.contains("$");
    }

    /** apk: {@code name=1.2}, {@code name~1.2}, {@code name>1}. */
    static boolean apkPinned(String spec) {
        return spec.matches(".*[=~<>].*") || spec.startsWith(".") || spec.startsWith("/") || spec.contains("$");
    }

    /** pip: any version specifier, a URL, a path or a wheel/sdist file. */
    static boolean pipPinned(String spec) {
        return PIP_PINNED.matcher(spec).matches() || spec.startsWith(".") || spec.startsWith("/") || spec.contains("://")
                || spec.endsWith(".whl") || spec.endsWith(".tar.gz") || spec.endsWith(".zip") || spec.contains("$");
    }

    /** npm: {@code name@version} (scoped: {@code @scope/name@version}), paths, URLs and tarballs. */
    static boolean npmPinned(String spec) {
        String name = spec.startsWith("@") ? spec.substring(1) : spec;
        return name.contains("@") || spec.startsWith(".") || spec.startsWith("/") || spec.contains("://")
                || spec.endsWith(".tgz") || spec.contains("$") || spec.startsWith("git+") || spec.startsWith("file:");
    }
}
