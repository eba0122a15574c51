package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * .NET, written against the official images' layout and NOT verified on an engine here (no SDK image can be had on
 * the testbed): restore from the project files alone, then the original's {@code dotnet publish} on the sdk image;
 * the published output on {@code aspnet} (Web SDK), {@code runtime} (other framework-dependent apps) or
 * {@code runtime-deps} (self-contained) of the same version, as the images' own non-root {@code app} user (uid 1654
 * since .NET 8).
 */
final class DotnetTemplate implements Template {

    static final String SDK = "mcr.microsoft.com/dotnet/sdk";
    private static final String IMAGES = "mcr.microsoft.com/dotnet/";
    /** The official images' non-root user, created in the images since .NET 8 ($APP_UID). */
    private static final int APP_UID = 1654;
    /** Files restore reads: project and solution files, NuGet and MSBuild settings (bin and obj never). */
    private static final List<String> RESTORE_INPUTS = List.of(".csproj", ".fsproj", ".sln", ".props", ".targets");

    @Override
    public boolean matches(TemplateInput input) {
        return input.baseImage().startsWith(SDK + ":");
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        String version = input.baseImage().substring(SDK.length() + 1);
        if (!version.matches("\\d+\\.\\d+") || Integer.parseInt(version.replaceFirst("\\..*", "")) < 8) {
            return new Refused("the sdk tag " + version + " is not a .NET 8 or later version tag: the runtime images'"
                    + " app user (uid " + APP_UID + ") is only known from 8.0");
        }
        List<String> command = input.contract().commandWords();
        if (command.isEmpty() || input.contract().commandNeedsShell()) {
            return new Refused("no exec-form command: what runs is not known");
        }
        Optional<Publish> found = publish(input);
        if (found.isEmpty()) {
            return new Refused("no 'dotnet publish ... -o DIR' in the Dockerfile: the published output is not known");
        }
        Publish publish = found.get();
        boolean selfContained = publish.argv().stream().anyMatch(a -> a.equals("--self-contained")
                || a.equals("--self-contained=true") || a.equals("--sc"));
        String runtimeDir = input.contract().workdir().orElse(publish.output());
        if (!runtimeDir.equals(publish.output()) && !command.get(command.size() > 1 ? 1 : 0).startsWith("/")) {
            return new Refused("the command names the app relative to " + runtimeDir + ", not the publish output "
                    + publish.output());
        }
        String flavour = selfContained ? "runtime-deps" : web(input) ? "aspnet" : "runtime";
        String runtime = IMAGES + flavour + ":" + version;
        List<String> projects = restoreInputs(input);

        GeneratedDockerfile out = new GeneratedDockerfile();
        GeneratedStage build = out.stage(input.baseImage(), "build").add(new Workdir(publish.workdir()));
        projects.forEach(file -> build.add(Copy.context(List.of(file), file.contains("/")
                ? file.substring(0, file.lastIndexOf('/') + 1) : "./")));
        List<String> restore = new ArrayList<>(List.of("dotnet", "restore"));
        publish.project().ifPresent(restore::add);
        publish.runtimeIdentifier().ifPresent(rid -> restore.addAll(List.of("-r", rid)));
        build.add(Run.of(String.join(" ", restore)))
                .add(Copy.context(List.of("."), "."))
                .add(Run.of(String.join(" ", publish.argv())));

        GeneratedStage run = out.stage(runtime)
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .addAll(RuntimeContract.carried(input.contract().env()))
                .add(new Workdir(runtimeDir))
                .add(Copy.fromStage("build", publish.output(), "."));
        int uid = input.options().uid().orElse(APP_UID);
        HealthcheckWriter.Decision health = HealthcheckWriter.userChoice(input.options(), "no HEALTHCHECK (--no-healthcheck)",
                        "HEALTHCHECK runs the --health-cmd given")
                .orElseGet(() -> HealthcheckWriter.Decision.none("no HEALTHCHECK: " + runtime + " has no curl or wget;"
                        + " use orchestrator probes or --health-cmd"));
        input.contract().closeRuntimeStage(run, new GeneratedInstruction.User(String.valueOf(uid)), health.healthcheck(),
                input.contract().commandInstructions());
        List<Change> changes = List.of(
                new Change("Multi-stage build: the .NET SDK stays in the build stage (template NOT verified here:"
                        + " no .NET SDK image on this machine)"),
                new Change("restore from the project files first (" + String.join(", ", projects)
                        + "), so the package layer stays cached"),
                new Change("runtime " + runtime + ": " + (selfContained ? "a self-contained app needs only the native"
                        + " dependencies" : web(input) ? "an ASP.NET Core app (Web SDK) runs on the shared framework"
                        : "a framework-dependent app runs on the .NET runtime")),
                new Change("Non-root uid " + uid + (uid == APP_UID ? " (the images' app user)" : "")),
                health.change());
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /** The original's dotnet publish: its words, the project, -o, -r, and the WORKDIR it ran in. */
    record Publish(List<String> argv, Optional<String> project, String output, Optional<String> runtimeIdentifier,
                   String workdir) {
    }

    private static Optional<Publish> publish(TemplateInput input) {
        String workdir = "/";
        for (Instruction instruction : input.stage().instructions()) {
            if (instruction instanceof Instruction.Workdir w) {
                workdir = w.path().startsWith("/") ? w.path() : workdir + "/" + w.path();
            }
            if (!(instruction instanceof Instruction.Run run)) {
                continue;
            }
            for (ShellCommand dotnet : ShellAnalysis.of(run).commands()) {
                List<String> argv = dotnet.effectiveArgv();
                if (!dotnet.program().equals("dotnet") || argv.size() < 2 || !argv.get(1).equals("publish")) {
                    continue;
                }
                Optional<String> output = option(argv, "-o", "--output");
                if (output.isEmpty()) {
                    return Optional.empty();
                }
                String dir = output.get().startsWith("/") ? output.get() : workdir + "/" + output.get();
                Optional<String> project = argv.stream().skip(2).filter(a -> !a.startsWith("-"))
                        .filter(a -> RESTORE_INPUTS.stream().anyMatch(a::endsWith)).findFirst();
                List<String> quoted = argv.stream().map(a -> a.matches("[\\w./:=+-]+") ? a : "\"" + a + "\"").toList();
                return Optional.of(new Publish(quoted, project.map(p -> quoted.get(argv.indexOf(p))),
                        dir.replaceFirst("/$", ""), option(argv, "-r", "--runtime"), workdir));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> option(List<String> argv, String shortName, String longName) {
        for (int i = 2; i < argv.size(); i++) {
            String word = argv.get(i);
            if ((word.equals(shortName) || word.equals(longName)) && i + 1 < argv.size()) {
                return Optional.of(argv.get(i + 1));
            }
            if (word.startsWith(longName + "=")) {
                return Optional.of(word.substring(longName.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean web(TemplateInput input) {
        return restoreInputs(input).stream().filter(f -> f.endsWith(".csproj"))
                .anyMatch(f -> input.read(f).orElse("").contains("Microsoft.NET.Sdk.Web"));
    }

    /** Project, solution and MSBuild files of the context (three levels deep, bin and obj skipped), and nuget.config. */
    private static List<String> restoreInputs(TemplateInput input) {
        if (input.context().isEmpty()) {
            return List.of();
        }
        Path root = input.context().get();
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.matches("(.*/)?(bin|obj)/.*"))
                    .filter(f -> RESTORE_INPUTS.stream().anyMatch(f::endsWith) || f.equalsIgnoreCase("nuget.config"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
