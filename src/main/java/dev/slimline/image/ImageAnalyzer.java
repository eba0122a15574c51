package dev.slimline.image;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a read image into the figures and findings of an {@link ImageReport}. */
public final class ImageAnalyzer {
    private static final Pattern SECRET_ENV_NAME =
            Pattern.compile("(?i).*(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS).*");

    private final ImageKnowledge knowledge;
    private final int top;

    public ImageAnalyzer(ImageKnowledge knowledge, int top) {
        this.knowledge = knowledge;
        this.top = top;
    }

    public ImageReport analyze(ImageArchive image) {
        ComposedImage composed = LayerStack.compose(image.layers());
        List<String> instructions = image.config().layerInstructions(image.layers().size());
        List<ImageReport.Layer> layers = new ArrayList<>();
        long total = 0;
        long compressed = 0;
        for (int i = 0; i < image.layers().size(); i++) {
            ScannedLayer layer = image.layers().get(i);
            LayerChanges changes = composed.changes().get(i);
            layers.add(new ImageReport.Layer(i, layer.blob(), instructions.get(i), layer.size(),
                    layer.compressedSize(), changes.added().size(), changes.changed().size(),
                    changes.deleted().size()));
            total += layer.size();
            compressed = compressed < 0 || layer.compressedSize() < 0 ? -1 : compressed + layer.compressedSize();
        }
        long visible = composed.finalTree().values().stream().mapToLong(ComposedImage.Node::size).sum();
        ImageReport.Waste waste = new ImageReport.Waste(composed.overwrittenBytes(),
                total == 0 ? 1.0 : 1.0 - (double) composed.overwrittenBytes() / total, composed.diveWastedBytes(),
                composed.diveEfficiency(), visible);
        return new ImageReport(image.source(), image.format(), image.repoTags(), List.copyOf(layers), total, compressed,
                waste, TreeStatistics.largestFiles(composed.finalTree(), top),
                TreeStatistics.largestDirectories(composed.finalTree(), top),
                PathRuleMatcher.match(composed.finalTree(), knowledge.buildTools(), false),
                PathRuleMatcher.match(composed.finalTree(), knowledge.packageCaches(), true),
                UserResolver.resolve(image.config().user(), passwd(image, composed)), healthcheck(image.config()),
                composed.secrets(), secretEnv(image.config()), image.findings());
    }

    /** The /etc/passwd the running image sees: the one from the layer that last wrote it. */
    private static byte[] passwd(ImageArchive image, ComposedImage composed) {
        ComposedImage.Node node = composed.finalTree().get("etc/passwd");
        return node == null ? null : image.layers().get(node.layer()).capturedFiles().get("etc/passwd");
    }

    private static ImageReport.Healthcheck healthcheck(ImageConfig config) {
        List<String> test = config.healthcheck();
        boolean present = !test.isEmpty() && !test.get(0).equals("NONE");
        return new ImageReport.Healthcheck(present, test);
    }

    private static List<String> secretEnv(ImageConfig config) {
        List<String> names = new ArrayList<>();
        for (String variable : config.env()) {
            int eq = variable.indexOf('=');
            String name = eq < 0 ? variable : variable.substring(0, eq);
            boolean hasValue = eq >= 0 && eq < variable.length() - 1;
            if (hasValue && SECRET_ENV_NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
