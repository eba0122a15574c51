package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cargo project read from its manifests (never built or executed): the packages (one, or a workspace's members),
 * their binary names, whether each has a library and a build script, and what Cargo.lock says the binary links.
 * Cargo.toml is read line by line for the few keys needed; a manifest this cannot follow makes the template refuse.
 */
record CargoProject(List<Member> members, boolean vendored, List<String> linkedCrates) {

    /** Crates that link a system C library unless told to bundle it: the binary needs that library at run time. */
    private static final Pattern SYS_CRATE = Pattern.compile("(?m)^name = \"([\\w-]+-sys)\"");
    private static final Pattern MEMBERS = Pattern.compile("(?s)members\\s*=\\s*\\[(.*?)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /**
     * One package: its directory relative to the context ("." for a single-package project), its name, the binary
     * targets, whether src/lib.rs exists, and whether it has a build script or declares target paths (both defeat
     * the placeholder-sources dependency cache).
     */
    record Member(String dir, String name, List<String> binaries, boolean library, boolean customTargets) {

        /** The path of a file of this package relative to the context. */
        String path(String file) {
            return dir.equals(".") ? file : dir + "/" + file;
        }
    }

    /** The project of the context, or empty when there is no Cargo.toml or no package in it (a virtual manifest). */
    static Optional<CargoProject> read(TemplateInput input) {
        Optional<String> root = input.read("Cargo.toml");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<Member> members = new ArrayList<>();
        Optional<String> workspace = section(root.get(), "workspace");
        if (workspace.isPresent()) {
            Matcher list = MEMBERS.matcher(workspace.get());
            if (list.find()) {
                Matcher quoted = QUOTED.matcher(list.group(1));
                while (quoted.find()) {
                    String dir = quoted.group(1).replaceFirst("/$", "");
                    if (dir.contains("*")) {
                        return Optional.empty(); // a glob of members: not resolved here
                    }
                    input.read(dir + "/Cargo.toml").flatMap(text -> member(input, dir, text)).ifPresent(members::add);
                }
            }
        }
        member(input, ".", root.get()).ifPresent(members::add);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        String lock = input.read("Cargo.lock").orElse("");
        List<String> sys = new ArrayList<>();
        Matcher matcher = SYS_CRATE.matcher(lock);
        while (matcher.find()) {
            sys.add(matcher.group(1));
        }
        boolean vendored = input.has("vendor") && (input.has(".cargo/config.toml") || input.has(".cargo/config"));
        return Optional.of(new CargoProject(List.copyOf(members), vendored, List.copyOf(sys)));
    }

    private static Optional<Member> member(TemplateInput input, String dir, String manifest) {
        Optional<String> pkg = section(manifest, "package");
        if (pkg.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = value(pkg.get(), "name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String prefix = dir.equals(".") ? "" : dir + "/";
        List<String> binaries = new ArrayList<>();
        boolean customTargets = input.has(prefix + "build.rs") || value(pkg.get(), "build").isPresent()
                || section(manifest, "lib").map(lib -> value(lib, "path").isPresent()).orElse(false);
        String[] binTables = manifest.split("(?m)^\\[\\[bin]]");
        for (int i = 1; i < binTables.length; i++) {
            String body = binTables[i].split("(?m)^\\[")[0];
            value(body, "name").ifPresent(binaries::add);
            customTargets |= value(body, "path").isPresent();
        }
        if (binaries.isEmpty() && input.has(prefix + "src/main.rs")) {
            binaries.add(name.get());
        }
        return Optional.of(new Member(dir, name.get(), List.copyOf(binaries), input.has(prefix + "src/lib.rs"),
                customTargets));
    }

    /** The body of a [name] table, up to the next table header. */
    private static Optional<String> section(String manifest, String name) {
        Matcher header = Pattern.compile("(?m)^\\[" + Pattern.quote(name) + "]\\s*$").matcher(manifest);
        if (!header.find()) {
            return Optional.empty();
        }
        String rest = manifest.substring(header.end());
        Matcher next = Pattern.compile("(?m)^\\[").matcher(rest);
        return Optional.of(next.find() ? rest.substring(0, next.start()) : rest);
    }

    private static Optional<String> value(String table, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=\\s*\"([^\"]*)\"").matcher(table);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    boolean workspace() {
        return members.size() > 1 || !members.get(0).dir().equals(".");
    }

    /** The package that builds this binary, if any. */
    Optional<Member> owner(String binary) {
        return members.stream().filter(m -> m.binaries().contains(binary)).findFirst();
    }

    /** Every binary target of the project. */
    List<String> binaries() {
        return members.stream().flatMap(m -> m.binaries().stream()).toList();
    }

    /** Whether every package can be stood in for by placeholder sources (no build scripts, no declared paths). */
    boolean placeholdersWork() {
        return members.stream().noneMatch(Member::customTargets);
    }

    /** The manifests copied before the dependency build: the root ones and each member's Cargo.toml. */
    List<String> manifests(boolean lockfile) {
        List<String> files = new ArrayList<>(List.of("Cargo.toml"));
        if (lockfile) {
            files.add("Cargo.lock");
        }
        members.stream().filter(m -> !m.dir().equals(".")).forEach(m -> files.add(m.path("Cargo.toml")));
        return files;
    }

    /** The source files a placeholder build writes: an empty main per binary package, an empty lib per library. */
    List<String> placeholderSources() {
        List<String> files = new ArrayList<>();
        for (Member m : members) {
            if (!m.binaries().isEmpty()) {
                files.add(m.path("src/main.rs"));
            }
            if (m.library()) {
                files.add(m.path("src/lib.rs"));
            }
        }
        return files;
    }
}
