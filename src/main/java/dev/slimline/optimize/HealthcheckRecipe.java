package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.knowledge.BaseImage;

import java.util.List;
import java.util.Optional;

/**
 * A final stage without HEALTHCHECK: add the user's command, or an HTTP probe written in the image's own runtime
 * (the stack's probe) on the exposed port. Nothing when no probe is known (the report says why).
 */
final class HealthcheckRecipe implements Recipe {

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        Stage stage = dockerfile.finalStage();
        if (context.options().noHealthcheck() || !stage.instructionsOf(Instruction.Healthcheck.class).isEmpty()) {
            return List.of();
        }
        Optional<GeneratedInstruction.Healthcheck> line = probe(dockerfile, stage, context);
        if (line.isEmpty()) {
            return List.of();
        }
        Optional<Instruction> command = stage.instructions().stream()
                .filter(i -> i instanceof Instruction.Cmd || i instanceof Instruction.Entrypoint).findFirst();
        String text = dockerfile.text();
        int at = command.map(c -> Edits.lineStart(c, text)).orElse(text.length());
        String prefix = command.isEmpty() && !text.isEmpty() && !text.endsWith("\n") ? "\n" : "";
        return List.of(new ProposedEdit(List.of(Edits.insert(at, prefix + GeneratedDockerfilePrinter.line(line.get()) + "\n")),
                new Change("HEALTHCHECK added so the orchestrator can tell a hung container from a healthy one")));
    }

    private static Optional<GeneratedInstruction.Healthcheck> probe(Dockerfile dockerfile, Stage stage, RecipeContext context) {
        if (context.options().healthCmd().isPresent()) {
            return Optional.of(HealthcheckWriter.userCommand(context.options().healthCmd().get()));
        }
        Optional<Integer> port = HealthcheckWriter.port(RuntimeContract.exposedPorts(stage));
        Optional<BaseImage> base = context.catalog().lookup(dockerfile.resolvedBaseImage(stage)).map(m -> m.image());
        if (port.isEmpty() || base.isEmpty()) {
            return Optional.empty();
        }
        String path = context.options().healthPath().or(() -> RouteScanner.healthRoute(context.buildContext())).orElse("/");
        return Stacks.runningOn(base.get()).flatMap(stack -> stack.runtimeProbe(base.get(), port.get(), path));
    }
}
