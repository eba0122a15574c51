package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.io.InputFiles;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Cargo projects (one package or a workspace): the binary alone on distroless cc, static or slim ({@link RustTemplate}). */
public final class RustStack implements Stack {

    static final Language LANGUAGE = new Language("rust");
    static final AppPackageManager CARGO = new AppPackageManager("cargo");

    private static final RustTemplate TEMPLATE = new RustTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        if (!files.present("Cargo.toml")) {
            return Optional.empty();
        }
        files.present("Cargo.lock");
        files.present(".cargo/config.toml");
        return Optional.of(files.facts(LANGUAGE, null, CARGO, false));
    }

    @Override
    public List<String> manifestNames() {
        return List.of("Cargo.toml");
    }

    /** rust images only build; a glibc binary runs on distroless cc (glibc and libgcc_s). */
    @Override
    public Set<String> runtimeImages() {
        return Set.of("cc");
    }

    @Override
    public List<String> ignoreEntries() {
        return List.of("target");
    }

    /**
     * A runtime stage still on the rust image that only copies a binary in and runs it: distroless cc runs a glibc
     * binary, distroless static a musl one. Not when a -sys crate in Cargo.lock links a system library (unknown
     * here which) or the build is not visible.
     */
    @Override
    public Optional<ToolchainRuntime> toolchainRuntime(Dockerfile dockerfile, RecipeContext context) {
        String all = String.join("\n", dockerfile.stages().stream().flatMap(s -> s.instructions().stream())
                .map(i -> i.text()).toList());
        if (!all.contains("cargo build") && !all.contains("cargo install")) {
            return Optional.empty();
        }
        boolean linksSystemLibraries = context.buildContext().map(dir -> dir.resolve("Cargo.lock")).filter(java.nio.file.Files::isRegularFile)
                .map(lock -> InputFiles.readUtf8(lock, InputFiles.MAX_PROJECT_FILE_BYTES))
                .map(lock -> lock.matches("(?s).*\\nname = \"[\\w-]+-sys\".*")).orElse(false);
        if (linksSystemLibraries) {
            return Optional.empty();
        }
        boolean musl = all.matches("(?s).*--target[= ]\\S*musl.*");
        return Optional.of(musl
                ? new ToolchainRuntime("gcr.io/distroless/static-debian12:nonroot", "the Rust toolchain is not needed to run a static musl binary")
                : new ToolchainRuntime("gcr.io/distroless/cc-debian12:nonroot",
                        "the Rust toolchain is not needed to run a glibc binary: glibc and libgcc_s kept"));
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
