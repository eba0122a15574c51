package dev.slimline.scan.osv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The index written next to an ecosystem's archive: which zip entries hold advisories for which package, keyed by
 * OSV ecosystem string ({@code Debian:12}) then package name (normalised as {@link PackageCoordinate#normalizeName}).
 * It also records when the archive was fetched and from where. Writing it is the commit point of an update: the
 * archive it names is complete before it is renamed into place. {@code updatedAt} is kept as ISO-8601 text so the
 * file needs no date module to read.
 */
public record OsvIndex(
        int format,
        String ecosystem,
        String updatedAt,
        String source,
        String archive,
        int advisories,
        Map<String, Map<String, List<String>>> packages) {

    public static final int FORMAT = 1;
    public static final String FILE_NAME = "index.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public OsvIndex {
        packages = Map.copyOf(packages);
    }

    /** When the archive was fetched. */
    public Instant updated() {
        return Instant.parse(updatedAt);
    }

    /**
     * Zip entry names of the advisories naming this package in this ecosystem or one of its repositories, empty
     * when there are none.
     */
    public List<String> entriesFor(String osvEcosystem, String normalizedName) {
        return packages.entrySet().stream().filter(e -> OsEcosystems.covers(osvEcosystem, e.getKey()))
                .flatMap(e -> e.getValue().getOrDefault(normalizedName, List.of()).stream()).distinct().toList();
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static OsvIndex read(Path file) {
        OsvIndex index;
        try {
            index = JSON.readValue(file.toFile(), OsvIndex.class);
        } catch (JacksonException e) {
            throw new SlimlineException(SlimlineException.Kind.BAD_INPUT,
                    new SourceLocation(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr()),
                    "corrupt OSV index (run `slimline db update`): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SlimlineException(SlimlineException.Kind.UNAVAILABLE, SourceLocation.of(file),
                    "cannot read OSV index: " + e.getMessage(), e);
        }
        if (index.format() != FORMAT || index.updatedAt() == null || index.archive() == null
                || index.packages() == null || !isInstant(index.updatedAt())) {
            throw SlimlineException.badInput(SourceLocation.of(file), "not an OSV index of format " + FORMAT
                    + " (run `slimline db update`)");
        }
        return index;
    }

    /** Writes to a temporary file in the same folder, then renames it over {@code file} atomically. */
    public void writeAtomically(Path file) throws IOException {
        AtomicWriter.write(file, JSON.writeValueAsString(this));
    }
}
