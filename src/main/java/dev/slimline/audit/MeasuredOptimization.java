package dev.slimline.audit;

import dev.slimline.io.Sha256;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code slimline optimize} measured when it proved the Dockerfile it wrote, kept beside that Dockerfile in
 * {@code .slimline/optimize-<Dockerfile name>.json} so a later {@code audit} shows measured sizes instead of an
 * estimate. The file name never matches a Dockerfile name, so discovery does not take it for one. The hashes tie
 * the figures to the texts they were measured for: an edited Dockerfile makes them stale and they are ignored.
 *
 * @param dockerfile the Dockerfile's file name
 * @param candidate the candidate that passed, e.g. {@code slim (node:18-slim)}
 * @param base the final stage's base image of the written Dockerfile
 * @param originalSha256 SHA-256 of the original Dockerfile's text
 * @param writtenSha256 SHA-256 of the text written
 * @param originalBytes the original image's size as the engine reports it
 * @param optimizedBytes the written Dockerfile's image size
 * @param measuredAt when, ISO-8601
 * @param checks one line per check that passed or was waived
 */
public record MeasuredOptimization(String dockerfile, String candidate, String base, String originalSha256,
        String writtenSha256, long originalBytes, long optimizedBytes, String measuredAt, List<String> checks) {

    /** The directory, beside the Dockerfile, that holds slimline's records. */
    public static final String DIRECTORY = ".slimline";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public MeasuredOptimization {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Where the record of {@code dockerfile} lives. */
    public static Path fileFor(Path dockerfile) {
        Path dir = dockerfile.toAbsolutePath().getParent();
        return dir.resolve(DIRECTORY).resolve("optimize-" + dockerfile.getFileName() + ".json");
    }

    /** The record of {@code dockerfile}, if one exists and is readable. */
    public static Optional<MeasuredOptimization> read(Path dockerfile) {
        Path file = fileFor(dockerfile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), MeasuredOptimization.class));
        } catch (IOException e) {
            return Optional.empty(); // a damaged record only costs the measured figures
        }
    }

    /**
     * The record for {@code dockerfile} when its current text is the one measured: as written (the figures are
     * this image's) or as the original (the figures are what optimizing it delivers).
     */
    public static Optional<MeasuredOptimization> current(Path dockerfile) {
        Optional<MeasuredOptimization> record = read(dockerfile);
        if (record.isEmpty()) {
            return record;
        }
        String text;
        try {
            text = Files.readString(dockerfile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String hash = Sha256.of(text);
        return record.filter(r -> r.writtenSha256().equals(hash) || r.originalSha256().equals(hash));
    }

    /** True when {@code text} is the Dockerfile this record measured as written. */
    public boolean describesWritten(String text) {
        return writtenSha256.equals(Sha256.of(text));
    }

    /** The record as written to {@link #fileFor} (callers write it atomically with the Dockerfile). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a record of strings and numbers always serializes", e);
        }
    }
}
