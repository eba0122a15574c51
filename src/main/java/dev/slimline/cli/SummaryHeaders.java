package dev.slimline.cli;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Gives every command a one-sentence header, the whole first sentence of its description, when the model is built
 * from the annotations: picocli's man page generator takes a command's NAME line from the header, else from the
 * description's first line, which cuts the sentence ("… estimated size (~),"). The text has one home, the description.
 */
public final class SummaryHeaders implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        if (spec.usageMessage().header().length == 0 && spec.usageMessage().description().length > 0) {
            spec.usageMessage().header(CommandSummaries.summary(spec.usageMessage()));
        }
        spec.subcommands().values().forEach(sub -> transform(sub.getCommandSpec()));
        return spec;
    }
}
