package dev.slimline.cli;

import dev.slimline.report.JsonSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slimline.image.ImageAnalyzer;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.ImageKnowledge;
import dev.slimline.image.ImageReport;
import dev.slimline.image.ReadLimits;
import dev.slimline.report.InspectTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline inspect IMAGE|ARCHIVE}: layers, sizes, waste and findings of one image. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Looks inside an image without extracting it: layer sizes and the instructions that made them,",
            "total and compressed size, wasted bytes and efficiency, the largest paths, and findings (build tools,",
            "package caches, root user, no HEALTHCHECK, secret-looking files).",
            "An existing file or directory is read as a `docker save` archive or OCI layout;",
            "anything else is an image reference streamed from the Docker engine."})
public final class InspectCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { TABLE, JSON }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE|ARCHIVE", description = "Image reference, docker-save tar or OCI layout.")
    private String target;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--top", defaultValue = "10", description = "How many largest files and directories to list.")
    private int top;

    @Option(names = "--no-compressed-size", description = "Skip gzipping each layer to measure the compressed size"
            + " (faster on big images).")
    private boolean skipCompressed;

    @Mixin
    private ReportOutputOption output;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private ImagePlatformOption platformOption;

    @Override
    public Integer call() throws IOException {
        if (top < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must not be negative");
        }
        ImageArchiveReader reader = new ImageArchiveReader(ReadLimits.defaults(), !skipCompressed);
        ImageArchive image = ImageTarget.read(target, reader, engineOptions, platformOption);
        ImageReport report = new ImageAnalyzer(ImageKnowledge.load(), top).analyze(image);
        StringWriter rendered = new StringWriter();
        PrintWriter text = new PrintWriter(rendered);
        if (format == Format.JSON) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            text.println(json.writeValueAsString(JsonSchema.root(json, report)));
        } else {
            new InspectTable(text).print(report);
        }
        text.flush();
        output.write(spec.commandLine().getOut(), rendered.toString());
        return ExitCodes.OK;
    }
}
