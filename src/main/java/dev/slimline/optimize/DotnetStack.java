package dev.slimline.optimize;

import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * .NET projects (a *.csproj, *.fsproj or *.sln at the top of the context): detected and audited; the rewrite
 * ({@link DotnetTemplate}) follows the official images' layout but is not verified on an engine here (no SDK image
 * can be had on the testbed).
 */
public final class DotnetStack implements Stack {

    static final Language LANGUAGE = new Language("dotnet");
    static final AppPackageManager NUGET = new AppPackageManager("nuget");

    private static final DotnetTemplate TEMPLATE = new DotnetTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        List<String> csproj = files.presentEndingWith(".csproj");
        boolean other = !files.presentEndingWith(".fsproj").isEmpty() | !files.presentEndingWith(".sln").isEmpty();
        if (csproj.isEmpty() && !other) {
            return Optional.empty();
        }
        String framework = csproj.stream().anyMatch(file -> files.read(file).contains("Microsoft.NET.Sdk.Web"))
                ? "aspnetcore" : null;
        return Optional.of(files.facts(LANGUAGE, framework, NUGET, false));
    }

    @Override
    public List<String> manifestNames() {
        return List.of("*.csproj", "*.sln");
    }

    /** The sdk image only builds; apps run on aspnet, runtime or (self-contained) runtime-deps. */
    @Override
    public Set<String> runtimeImages() {
        return Set.of("aspnet", "dotnet", "dotnet-deps");
    }

    @Override
    public List<String> ignoreEntries() {
        return List.of("bin", "obj", "*.user", ".vs");
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
