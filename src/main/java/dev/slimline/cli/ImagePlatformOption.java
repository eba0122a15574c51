package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.engine.EngineInfo;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.Platform;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --platform OS/ARCH} for commands that read an image or archive ({@code @Mixin ImagePlatformOption}):
 * which image of a multi-platform OCI index to read. Without it, the engine's own platform, as
 * {@code docker run} would choose; the engine is asked only when an index offers a choice.
 */
public final class ImagePlatformOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--platform", paramLabel = "OS/ARCH",
            description = "Image to read from a multi-platform index, e.g. linux/arm64 (default: the engine's platform).")
    private String platform;

    /** {@code reader}, choosing the image of a multi-platform index as this option says. */
    ImageArchiveReader apply(ImageArchiveReader reader, EngineOptions engineOptions) {
        return reader.forPlatform(platform(engineOptions));
    }

    /** The platform given, checked now; else the engine's, asked when first needed. */
    Supplier<Platform> platform(EngineOptions engineOptions) {
        if (platform == null) {
            return enginePlatform(engineOptions);
        }
        try {
            Platform chosen = Platform.parse(platform);
            return () -> chosen;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--platform " + e.getMessage());
        }
    }

    private static Supplier<Platform> enginePlatform(EngineOptions engineOptions) {
        return () -> {
            EngineInfo info;
            try {
                info = engineOptions.connect().info();
            } catch (SlimlineException e) {
                throw SlimlineException.badInput("the image index holds several platforms and no engine answered to"
                        + " say its own; choose one with --platform (" + e.getMessage() + ")");
            }
            if (info.osType().isEmpty() || info.architecture().isEmpty()) {
                throw SlimlineException.badInput("the image index holds several platforms and the engine did not say"
                        + " its own; choose one with --platform");
            }
            return Platform.ofEngine(info.osType(), info.architecture());
        };
    }
}
