package dev.slimline.rule.builtin;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Package names that only building needs: compilers, make, headers. Names are compared without version pins
 * ({@code gcc=12.2}, {@code make~4}) or architecture ({@code :amd64}).
 */
final class BuildToolPackages {

    private static final Set<String> NAMES = Set.of("gcc", "g++", "cpp", "make", "cmake", "build-essential",
            "build-base", "alpine-sdk", "autoconf", "automake", "libtool", "pkg-config", "pkgconf", "clang", "llvm",
            "gfortran", "bison", "flex", "linux-headers", "musl-dev", "ninja-build", "meson", "gcc-c++",
            "@development-tools", "cargo", "rust");
    private static final Pattern VERSIONED_COMPILER = Pattern.compile("(gcc|g\\+\\+|clang|llvm)-\\d+");
    private static final Pattern PIN = Pattern.compile("[=~<>:].*$");

    private BuildToolPackages() {
    }

    static boolean isBuildTool(String packageSpec) {
        String name = PIN.matcher(packageSpec).replaceFirst("");
        return NAMES.contains(name) || VERSIONED_COMPILER.matcher(name).matches()
                || name.endsWith("-dev") || name.endsWith("-devel");
    }
}
