package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads every advisory of an OSV {@code all.zip} (one JSON record per entry) and builds its {@link OsvIndex}.
 * Reading each record is also the archive's verification: a file that is not a zip, or holds no record, is
 * rejected. Single malformed records are skipped and listed, so one bad record does not block an update.
 */
public final class OsvArchiveIndexer {

    /** The index plus what had to be skipped, one line per skipped record. */
    public record Result(OsvIndex index, List<String> skipped) {
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    /** Far above any real OSV record (the largest are a few hundred KiB). */
    static final long MAX_RECORD_BYTES = 16L << 20;

    private OsvArchiveIndexer() {
    }

    public static Result index(Path zip, Ecosystem ecosystem, String archiveName, String source, Instant updatedAt) {
        Map<String, Map<String, List<String>>> packages = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        int advisories = 0;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".json")) {
                    continue;
                }
                Advisory advisory;
                try (InputStream in = new SizeLimitedInputStream(archive.getInputStream(entry), MAX_RECORD_BYTES)) {
                    advisory = OsvParser.parse(in, source + "!" + entry.getName());
                } catch (SlimlineException e) {
                    skipped.add(e.oneLine());
                    continue;
                }
                advisories++;
                for (String key : packageKeys(advisory)) {
                    int tab = key.indexOf('\t');
                    packages.computeIfAbsent(key.substring(0, tab), k -> new TreeMap<>())
                            .computeIfAbsent(key.substring(tab + 1), k -> new ArrayList<>())
                            .add(entry.getName());
                }
            }
        } catch (ZipException e) {
            throw SlimlineException.badInput(source + " is not a valid zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw SlimlineException.unavailable("cannot read " + zip + ": " + e.getMessage());
        }
        if (advisories == 0) {
            throw SlimlineException.badInput(source + " holds no readable OSV record"
                    + (skipped.isEmpty() ? "" : " (first problem: " + skipped.get(0) + ")"));
        }
        OsvIndex index = new OsvIndex(OsvIndex.FORMAT, ecosystem.osvName(), updatedAt.toString(), source, archiveName,
                advisories, packages);
        return new Result(index, skipped);
    }

    /** Distinct "ecosystem TAB name" pairs an advisory names, so one record is listed once per package. */
    private static Set<String> packageKeys(Advisory advisory) {
        Set<String> keys = new LinkedHashSet<>();
        for (Affected affected : advisory.affected()) {
            String ecosystem = affected.pkg().ecosystem();
            keys.add(ecosystem + "\t" + PackageCoordinate.normalizeName(ecosystem, affected.pkg().name()));
        }
        return keys;
    }
}
