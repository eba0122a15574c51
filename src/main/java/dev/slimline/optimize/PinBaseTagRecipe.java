package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Stage;
import dev.slimline.knowledge.CatalogMatch;
import dev.slimline.dockerfile.ImageReference;
import dev.slimline.rule.TextEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An untagged or {@code :latest} base changes under the build without notice. Pin it to the concrete tag the
 * catalog says {@code latest} currently is (same content today, but stable tomorrow).
 */
final class PinBaseTagRecipe implements Recipe {

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        List<ProposedEdit> proposals = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            String image = stage.from().image();
            if (image.contains("$") || image.contains("@") || isEarlierStage(dockerfile, stage, image)
                    || image.equalsIgnoreCase("scratch")) {
                continue;
            }
            ImageReference reference = ImageReference.parse(image);
            String tag = reference.tag();
            if (tag != null && !tag.isEmpty() && !tag.equals("latest")) {
                continue;
            }
            Optional<CatalogMatch> match = context.catalog().lookup(reference.repository() + ":latest");
            match.filter(m -> m.image().answersTo("latest") && !m.image().tag().equals("latest")).ifPresent(m -> {
                String repository = tag == null || tag.isEmpty() ? image : image.substring(0, image.length() - tag.length() - 1);
                String pinned = repository + ":" + m.image().tag();
                proposals.add(new ProposedEdit(List.of(new TextEdit(stage.from().imageSpan(), pinned)),
                        new Change("base image pinned: " + image + " -> " + pinned + " (what latest is today)")));
            });
        }
        return proposals;
    }

    private static boolean isEarlierStage(Dockerfile dockerfile, Stage stage, String image) {
        return dockerfile.stageNamedBefore(image, stage.index()).isPresent();
    }
}
