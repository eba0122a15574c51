package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Env;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby with Bundler: the build stage on the original (full) image installs the gems, compiling native ones with the
 * original's compilers and headers, after copying only the Gemfile, its lock and the local gem sources (vendor/cache,
 * path gems) so the install stays cached; the runtime stage on the slim sibling gets the installed gems
 * ({@code GEM_HOME}), the app and the shared libraries the native gems link against.
 */
final class RubyTemplate implements Template {

    /** GEM_HOME (and BUNDLE_APP_CONFIG) of the official ruby images: where bundle install puts gems and settings. */
    private static final String GEM_HOME = "/usr/local/bundle";
    private static final Pattern PATH_GEM = Pattern.compile("(?m)^PATH\\n\\s+remote:\\s*(\\S+)");
    private static final Set<String> SETUP = Set.of("apt-get", "apt", "rm", "useradd", "groupadd", "adduser",
            "addgroup", "mkdir", "chown", "gem");

    @Override
    public boolean matches(TemplateInput input) {
        return input.isFor(RubyStack.LANGUAGE);
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        if (input.contract().commandWords().isEmpty()) {
            return new Refused("no CMD or ENTRYPOINT: the runtime command is not known (the ruby image's own is irb)");
        }
        StackNeeds needs = StackNeeds.NONE.withGlibc("gems are installed in a build stage on the original's Debian"
                + " image, native ones linked against its glibc");
        if (input.contract().commandNeedsShell()) {
            needs = needs.withShell("the command uses shell features");
        }
        TemplateInput.RuntimeBase base = input.runtimeBase(needs);
        BaseImage runtime = base.image();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("Multi-stage build: gems are installed (and native ones compiled) in a build stage"));
        changes.add(new Change(base.why()));
        List<String> apt = input.aptPackages();
        RuntimeLibraries libraries = RuntimeLibraries.bundled();
        String workdir = input.workdir("/app");
        int uid = input.options().uid().orElse(1001);
        String user = input.options().user().orElse("appuser");

        GeneratedDockerfile out = new GeneratedDockerfile();
        GeneratedStage build = out.stage(input.buildImageFor(runtime), "build");
        if (!apt.isEmpty()) {
            build.add(Run.of(PackageManager.APT.installCommands(apt)));
        }
        build.add(new Workdir(workdir));
        Installs installs = installs(input);
        if (!installs.manifests().isEmpty()) {
            build.add(Copy.context(installs.manifests(), "./"));
            installs.localSources().forEach(path -> build.add(Copy.context(List.of(path), "./" + path)));
        }
        build.addAll(installs.beforeSources()).add(Copy.context(List.of("."), ".")).addAll(installs.afterSources());

        GeneratedStage run = out.stage(TemplateInput.reference(runtime))
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .addAll(RuntimeContract.carried(input.contract().args()));
        List<String> runs = RuntimePackages.of(input, false);
        List<String> packages = new ArrayList<>(runs);
        java.util.stream.Stream.concat(libraries.debianRuntime(apt).stream(),
                NativeGemLibraries.of(input.read("Gemfile.lock").orElse("")).stream())
                .filter(l -> !packages.contains(l)).forEach(packages::add);
        if (!packages.isEmpty()) {
            run.add(Run.of(runtime.packageManager().installCommands(packages)));
            changes.add(new Change("runtime keeps only " + String.join(", ", packages)
                    + ": what the command runs and the shared libraries native gems link against"));
        }
        run.add(NonRootUser.create(runtime, user, uid, true))
                .add(new Workdir(workdir))
                .addAll(RuntimeContract.carried(input.contract().env()))
                .add(Copy.fromStage("build", GEM_HOME, GEM_HOME))
                .add(Copy.fromStage("build", workdir, workdir).ownedBy(uid + ":" + uid));
        HealthcheckWriter.Decision health = HealthcheckWriter.http(input, RubyStack::httpWithRuby,
                "HEALTHCHECK probes the app with Ruby's net/http (no curl in the image)");
        input.contract().closeRuntimeStage(run, GeneratedInstruction.User.numeric(uid), health.healthcheck(),
                input.contract().commandInstructions());

        List<String> left = apt.stream().filter(p -> !packages.contains(p)).toList();
        if (!left.isEmpty()) {
            changes.add(new Change("only in the build stage: " + String.join(", ", left)
                    + " (compilers, headers and tools nothing at run time names)"));
        }
        if (!installs.manifests().isEmpty()) {
            changes.add(new Change(String.join(", ", installs.manifests()) + " copied before bundle install: the gem"
                    + " layer is rebuilt only when they change"));
        }
        changes.add(new Change("installed gems (" + GEM_HOME + ") and the app copied into " + runtime.reference()
                + " (Ruby " + runtime.runtimeVersion() + " kept); the gem download cache removed"));
        changes.add(new Change("Non-root user '" + user + "' (uid " + uid + ") owns the app files"));
        health.healthcheck().ifPresent(h -> changes.add(health.change()));
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /**
     * @param manifests   the Gemfile and its lock, copied before the install
     * @param localSources what the install reads from the context besides them: vendor/cache, path gems
     */
    private record Installs(List<String> manifests, List<String> localSources, List<GeneratedInstruction> beforeSources,
                            List<GeneratedInstruction> afterSources) {
    }

    /**
     * The original's Bundler commands in order, the install followed by removing the gem download cache; they run
     * before the sources are copied unless the Gemfile reads other files of the app ({@code gemspec},
     * {@code eval_gemfile}) or an earlier command needs the sources. Other project work (asset precompilation)
     * runs after the sources, as written.
     */
    private static Installs installs(TemplateInput input) {
        List<GeneratedInstruction> bundler = new ArrayList<>();
        List<GeneratedInstruction> other = new ArrayList<>();
        for (Instruction.Run original : input.stage().instructionsOf(Instruction.Run.class)) {
            ShellAnalysis shell = ShellAnalysis.of(original);
            List<String> bundles = new ArrayList<>();
            boolean otherWork = false;
            for (ShellCommand command : shell.commands()) {
                List<String> argv = command.effectiveArgv();
                if (command.program().equals("bundle") && argv.size() > 1 && Set.of("install", "config").contains(argv.get(1))) {
                    bundles.add(ShellWords.join(argv));
                    if (argv.get(1).equals("install")) {
                        bundles.add("rm -rf " + GEM_HOME + "/cache vendor/bundle/ruby/*/cache");
                    }
                } else if (!command.program().isEmpty() && !SETUP.contains(command.program())) {
                    otherWork = true;
                }
            }
            if (!bundles.isEmpty()) {
                bundler.add(Run.of(bundles));
            }
            if (otherWork && bundles.isEmpty()) {
                other.add(new GeneratedInstruction.Carried(original.text()));
            }
        }
        if (bundler.isEmpty()) {
            bundler.add(Run.of("bundle install", "rm -rf " + GEM_HOME + "/cache"));
        }
        String gemfile = input.read("Gemfile").orElse("");
        boolean readsSources = gemfile.lines().map(String::strip)
                .anyMatch(l -> l.startsWith("gemspec") || l.startsWith("eval_gemfile"));
        if (!input.has("Gemfile") || readsSources) {
            List<GeneratedInstruction> after = new ArrayList<>(bundler);
            after.addAll(other);
            return new Installs(List.of(), List.of(), List.of(), after);
        }
        List<String> manifests = new ArrayList<>(List.of("Gemfile"));
        if (input.has("Gemfile.lock")) {
            manifests.add("Gemfile.lock");
        }
        List<String> local = new ArrayList<>();
        if (input.has("vendor/cache")) {
            local.add("vendor/cache");
        }
        Matcher path = PATH_GEM.matcher(input.read("Gemfile.lock").orElse(""));
        while (path.find()) {
            String dir = path.group(1).replaceFirst("^\\./", "").replaceFirst("/+$", "");
            if (!dir.equals(".") && !dir.startsWith("/") && !dir.startsWith("..") && !local.contains(dir)) {
                local.add(dir);
            }
        }
        return new Installs(manifests, local, bundler, other);
    }
}
