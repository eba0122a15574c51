package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.rule.TextEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A final stage without USER runs as root. Add a user with a numeric uid (what Kubernetes' runAsNonRoot can
 * check), give it the copied files with {@code COPY --chown}, and switch to it before the command. Skipped when the
 * image binds a port below 1024 or the base image is unknown (no way to know how to add a user) or a
 * plain OS image (its daemons often need root to start). A server the stack's image starts as root only to drop to
 * its own user (nginx) starts as that user instead, with the paths it writes at start given to it; its files stay
 * root's (it only reads them), and a port below 1024 is kept (the optimizer prints what that needs outside Docker).
 */
final class NonRootUserRecipe implements Recipe {

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        Stage stage = dockerfile.finalStage();
        if (!stage.instructionsOf(Instruction.User.class).isEmpty()) {
            return List.of();
        }
        Optional<BaseImage> base = context.catalog().lookup(dockerfile.resolvedBaseImage(stage)).map(m -> m.image());
        Optional<Stack> stack = base.flatMap(Stacks::runningOn);
        Optional<ServerUser> server = stack.flatMap(s -> s.serverUser(base.get()));
        if (server.isPresent()) {
            return List.of(startAsServerUser(dockerfile, stage, server.get()));
        }
        if (stack.isEmpty() || !RuntimeContract.privilegedPorts(RuntimeContract.exposedPorts(stage)).isEmpty()) {
            return List.of(); // OS images run daemons (sshd) that often need root to start: not a safe edit
        }
        // a user the stack's image already carries (the node images' node) is used, not created again
        OptionalInt carried = stack.get().imageUser(base.get());
        int uid = context.options().uid().orElse(carried.isPresent() ? carried.getAsInt()
                : base.get().packageManager() == PackageManager.NONE ? 65532 : 1001);
        String user = context.options().user().orElse("appuser");
        String create = carried.isPresent() && carried.getAsInt() == uid ? "" : NonRootUser.create(base.get(), user, uid, true)
                .map(run -> GeneratedDockerfilePrinter.line(run) + "\n").orElse("");
        List<TextEdit> edits = new ArrayList<>();
        for (Instruction.Copy copy : stage.instructionsOf(Instruction.Copy.class)) {
            if (copy.chown().isEmpty() && copy.heredocs().isEmpty()) {
                String written = copy.raw().keywordAsWritten();
                edits.add(Edits.insert(copy.span().startOffset() + written.length(), " --chown=" + uid + ":" + uid));
            }
        }
        edits.add(beforeCommand(dockerfile, stage, create + "USER " + uid + ":" + uid + "\n"));
        return List.of(new ProposedEdit(edits, new Change("Non-root user uid " + uid + " owns the copied files (COPY --chown)")));
    }

    private static ProposedEdit startAsServerUser(Dockerfile dockerfile, Stage stage, ServerUser server) {
        String insert = GeneratedDockerfilePrinter.line(server.paths().ownedBy(server.owner())) + "\n"
                + GeneratedDockerfilePrinter.line(new GeneratedInstruction.User(server.owner())) + "\n";
        String note = RuntimeContract.privilegedPortNote(RuntimeContract.exposedPorts(stage))
                .map(c -> "; " + c.summary()).orElse("");
        return new ProposedEdit(List.of(beforeCommand(dockerfile, stage, insert)), new Change("start user "
                + server.owner() + " instead of root: " + server.server() + " runs as it from the start, the paths it"
                + " writes at start are its own, its user directive is ignored with a notice" + note));
    }

    /** Inserts before the first CMD, ENTRYPOINT or HEALTHCHECK of the stage, else at the end of the file. */
    private static TextEdit beforeCommand(Dockerfile dockerfile, Stage stage, String insert) {
        Optional<Instruction> command = stage.instructions().stream()
                .filter(i -> i instanceof Instruction.Cmd || i instanceof Instruction.Entrypoint || i instanceof Instruction.Healthcheck)
                .findFirst();
        if (command.isPresent()) {
            return Edits.insert(Edits.lineStart(command.get(), dockerfile.text()), insert);
        }
        String text = dockerfile.text();
        return Edits.insert(text.length(), (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + insert);
    }
}
