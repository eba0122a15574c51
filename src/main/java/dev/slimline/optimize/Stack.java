package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One application stack, everything the optimizer knows about it in one place: how a build context is recognised
 * (manifests, lock files), the manifests copied before the dependency install, the .dockerignore entries, the
 * health probe written with the image's own runtime, and the multi-stage rewrite (build and runtime plan). A new
 * stack is a public class implementing this (the JDK service loader instantiates it), a line in the service file
 * {@code META-INF/services/dev.slimline.optimize.Stack} (read by {@link Stacks}), its knowledge data and its tests;
 * it declares its own {@link Language} and package managers, and no other class names them.
 */
interface Stack {

    Language language();

    /** The facts when the context's manifests are this stack's. */
    Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript);

    /** The manifests whose presence says "this stack", for the note when no stack is recognised. */
    List<String> manifestNames();

    /** What {@link BaseImage#runtime()} an image has when it runs this stack's apps (distroless and slim alike). */
    Set<String> runtimeImages();

    /** Files the dependency install reads, copied before it so its layer stays cached (lock files included). */
    default List<String> dependencyManifests() {
        return List.of();
    }

    /** .dockerignore entries for this stack's caches, local environments and build outputs. */
    List<String> ignoreEntries();

    /** An HTTP probe run by the image's own runtime (no curl needed), when the stack has one. */
    default Optional<Healthcheck> runtimeProbe(BaseImage runtime, int port, String path) {
        return Optional.empty();
    }

    /** Where a binary copied into a runtime stage that still starts from this stack's toolchain image runs, and why. */
    record ToolchainRuntime(String image, String why) {
    }

    /**
     * For a toolchain stack (role build in the catalog), the image a runtime stage that only copies the built binary
     * in moves to, judged from the whole build; empty when it cannot be told safely.
     */
    default Optional<ToolchainRuntime> toolchainRuntime(Dockerfile dockerfile, RecipeContext context) {
        return Optional.empty();
    }

    /** Source file suffixes ({@code .rb}) read for a declared health route. */
    default List<String> sourceSuffixes() {
        return List.of();
    }

    /** A test source by this stack's naming ({@code _test.go}), not read for routes. */
    default boolean isTestSource(String fileName) {
        return false;
    }

    /**
     * Whether this runtime-stage command works on the slim sibling of this stack's full image, so a multi-stage
     * build's runtime stage can be rebased while running it ({@code bundle config} writes settings, builds nothing).
     */
    default boolean runsOnSlimImage(ShellCommand command) {
        return false;
    }

    /**
     * Whether a stage on this stack's build image (role build: a JDK) only starts the runtime (java), so the run image
     * of the same version (the JRE) serves it without the compiler and tools.
     */
    default boolean onlyStartsRuntime(Stage stage) {
        return false;
    }

    /** The uid of a non-root user this stack's runtime image already carries (the node images' node), used as is. */
    default OptionalInt imageUser(BaseImage runtime) {
        return OptionalInt.empty();
    }

    /**
     * The user a server of this stack's runtime image starts as root only to drop to, and the paths it writes at
     * start (nginx's master and uid 101): a final stage without USER starts as that user instead of root.
     */
    default Optional<ServerUser> serverUser(BaseImage runtime) {
        return Optional.empty();
    }

    /** Programs that install this stack's dependencies ({@code npm}, {@code pip}): a RUN of them and rm only installs. */
    default Set<String> installPrograms() {
        return Set.of();
    }

    /** Whether the command installs named packages of this stack ({@code pip install gunicorn}), reading no project file. */
    default boolean installsNamedPackages(ShellCommand command) {
        return false;
    }

    /**
     * The manifests this RUN's install of the project's dependencies reads: an empty list when it installs none of this
     * stack's, empty when the install also reads the sources (install scripts, local paths), so they must come first.
     */
    default Optional<List<String>> manifestsInstalled(ShellAnalysis shell, RecipeContext context) {
        return Optional.of(List.of());
    }

    /** Safe edits only this stack's Dockerfiles want ({@code npm ci} from the lock file), run with the shared ones. */
    default List<Recipe> recipes() {
        return List.of();
    }

    /** The multi-stage rewrite: build plan and runtime plan. */
    Template template();
}
