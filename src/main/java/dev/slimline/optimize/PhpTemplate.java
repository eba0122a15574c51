package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PHP with a committed Composer {@code vendor/}: nothing is built, so the rewrite is the original's stage on the
 * matching php image (cli, fpm, apache: the extensions and server come with it) with the original's apt installs
 * cut down to what runs needs (compilers, headers, git, composer's zip tools go), its other steps kept in order,
 * a HEALTHCHECK with php itself, and a non-root user: a user of its own for the built-in server, www-data when
 * Apache or nginx/php-fpm serve (their masters would start as root only to drop to www-data: {@link PhpServer}).
 */
final class PhpTemplate implements Template {

    /** Commands that compile or fetch: the template handles a committed vendor/ and the image's own extensions. */
    private static final Set<String> BUILDS = Set.of("composer", "docker-php-ext-install", "docker-php-ext-configure",
            "pecl", "phpize");

    @Override
    public boolean matches(TemplateInput input) {
        return input.isFor(PhpStack.LANGUAGE);
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        Optional<String> build = input.stage().instructionsOf(Instruction.Run.class).stream()
                .flatMap(r -> ShellAnalysis.of(r).commands().stream()).map(ShellCommand::program)
                .filter(BUILDS::contains).findFirst();
        if (build.isPresent()) {
            return new Refused(build.get() + " runs in the image: only a committed vendor/ and the image's own"
                    + " extensions are handled");
        }
        StackNeeds needs = StackNeeds.NONE.withGlibc("the php image's extensions are kept as built")
                .withShell("the original's configuration steps run in a shell");
        TemplateInput.RuntimeBase base = input.runtimeBase(needs);
        BaseImage runtime = base.image();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(base.why()));
        boolean healthcheckKept = !input.stage().instructionsOf(Instruction.Healthcheck.class).isEmpty();
        List<String> kept = RuntimePackages.of(input, healthcheckKept);
        Optional<PhpServer> server = server(input);
        int uid = input.options().uid().orElse(1001);
        String user = input.options().user().orElse("appuser");
        // a USER of the original is its choice (also what a second run finds): kept, with the files as they are
        Optional<Instruction.User> originalUser = input.stage().instructionsOf(Instruction.User.class).stream()
                .reduce((a, b) -> b);
        Optional<String> owner = server.isPresent() || originalUser.isPresent() ? Optional.empty()
                : Optional.of(uid + ":" + uid);
        // the server runs as the www-data its image and the original's chown lines already give the files to
        Optional<String> wwwData = originalUser.isPresent() ? Optional.empty() : server.map(s -> PhpServer.wwwData(runtime));

        GeneratedDockerfile out = new GeneratedDockerfile();
        GeneratedStage stage = out.stage(TemplateInput.reference(runtime));
        if (owner.isPresent()) {
            stage.add(NonRootUser.create(runtime, user, uid, true));
        }
        boolean installed = false;
        for (Instruction instruction : input.stage().instructions()) {
            switch (instruction) {
                case Instruction.Run run -> {
                    boolean installs = ShellAnalysis.of(run).tools(AptCommand.class).stream().anyMatch(AptCommand::isInstall);
                    if (installs && !installed && !kept.isEmpty()) {
                        stage.add(Run.of(runtime.packageManager().installCommands(kept)));
                    }
                    installed |= installs;
                    stage.add(installs ? withoutApt(run) : Optional.<GeneratedInstruction>of(new GeneratedInstruction.Carried(run.text())));
                }
                case Instruction.Copy copy when owner.isPresent() && copy.from().isEmpty() && copy.chown().isEmpty()
                        && copy.heredocs().isEmpty() && copy.flags().isEmpty() ->
                        stage.add(Copy.context(copy.sources(), copy.destination()).ownedBy(owner.get()));
                case Instruction.Copy copy -> stage.add(new GeneratedInstruction.Carried(copy.text()));
                case Instruction.Add add -> stage.add(new GeneratedInstruction.Carried(add.text()));
                case Instruction.Workdir w -> stage.add(new GeneratedInstruction.Carried(w.text()));
                case Instruction.Env e -> stage.add(new GeneratedInstruction.Carried(e.text()));
                case Instruction.Arg a -> stage.add(new GeneratedInstruction.Carried(a.text()));
                case Instruction.Label l -> stage.add(new GeneratedInstruction.Carried(l.text()));
                default -> {
                    // FROM, USER, EXPOSE, VOLUME, STOPSIGNAL, HEALTHCHECK and the command: the runtime tail below
                }
            }
        }
        HealthcheckWriter.Decision health = healthcheckKept ? HealthcheckWriter.Decision.none("the original HEALTHCHECK is kept")
                : HealthcheckWriter.http(input, PhpStack::httpWithPhp,
                "HEALTHCHECK probes the app with php's own HTTP stream (no curl in the image)");
        wwwData.ifPresent(w -> stage.add(server.get().ownPaths(w)));
        GeneratedInstruction.User startUser = originalUser
                .map(u -> new GeneratedInstruction.User(u.user() + u.group().map(g -> ":" + g).orElse("")))
                .or(() -> owner.or(() -> wwwData).map(GeneratedInstruction.User::new))
                .orElseThrow(); // no original USER: either the app's own user or www-data
        input.contract().closeRuntimeStage(stage, startUser, health.healthcheck(), List.of());
        // the original's own HEALTHCHECK is kept as written (with what it runs, above), where the tail puts one
        input.stage().instructionsOf(Instruction.Healthcheck.class).stream().reduce((a, b) -> b)
                .ifPresent(h -> stage.add(new GeneratedInstruction.Carried(h.text())));
        stage.addAll(input.contract().commandInstructions());

        List<String> dropped = input.aptPackages().stream().filter(p -> !kept.contains(p)).distinct().toList();
        if (!dropped.isEmpty()) {
            changes.add(new Change("not installed any more: " + String.join(", ", dropped) + " (vendor/ is committed,"
                    + " nothing is compiled, and nothing that runs names them)"));
        }
        if (!kept.isEmpty()) {
            changes.add(new Change("runtime keeps " + String.join(", ", kept) + ": what runs names it"));
        }
        changes.add(originalUser.map(u -> new Change("start user kept as the original chose it: " + u.text()))
                .or(() -> wwwData.map(w -> new Change("start user www-data (" + w + ") instead of root: "
                        + server.get().label() + " runs as it and its workers with it; the paths it writes at start"
                        + " are www-data's, its user directives are ignored with a notice")))
                .orElse(new Change("Non-root user '" + user + "' (uid " + uid + ") owns the app files")));
        health.healthcheck().ifPresent(h -> changes.add(health.change()));
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /** The server whose master would start as root: Apache of the apache image, nginx with php-fpm, or php-fpm. */
    private static Optional<PhpServer> server(TemplateInput input) {
        Set<String> runs = RuntimePackages.executables(input, false);
        if (runs.contains("nginx")) {
            return Optional.of(PhpServer.NGINX_WITH_FPM);
        }
        if (runs.contains("apache2-foreground") || runs.contains("apache2ctl") || runs.contains("httpd")
                || input.contract().commandWords().isEmpty() && input.baseImage().contains("apache")) {
            return Optional.of(PhpServer.APACHE);
        }
        return runs.contains("php-fpm") ? Optional.of(PhpServer.FPM) : Optional.empty();
    }

    /** The RUN without its apt commands (update, install, cleanup of the lists), if anything else is left. */
    private static Optional<GeneratedInstruction> withoutApt(Instruction.Run run) {
        ShellAnalysis shell = ShellAnalysis.of(run);
        Set<ShellCommand> apt = new java.util.HashSet<>();
        shell.tools(AptCommand.class).forEach(a -> apt.add(a.source()));
        List<String> rest = shell.commands().stream().filter(c -> !apt.contains(c))
                .filter(c -> !(c.program().equals("rm") && String.join(" ", c.argv()).contains("/var/lib/apt/lists")))
                .map(c -> shell.script().text().substring(c.start(), c.end()).strip()).toList();
        return rest.isEmpty() ? Optional.empty() : Optional.<GeneratedInstruction>of(Run.of(rest));
    }
}
