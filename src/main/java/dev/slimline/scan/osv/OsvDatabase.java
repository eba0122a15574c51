package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A local, offline copy of OSV: one folder per ecosystem ({@code <dir>/Debian/}) holding the archive OSV publishes
 * and its {@link OsvIndex}. {@link #open} reads only the indexes; advisories are read from the archives on demand.
 * Filled and refreshed by {@link OsvDownloader}.
 */
public final class OsvDatabase implements AutoCloseable {

    private final Path dir;
    private final Map<Ecosystem, OsvIndex> indexes;
    private final Map<Ecosystem, ZipFile> archives = new EnumMap<>(Ecosystem.class);
    private final AffectedRangeMatcher matcher = new AffectedRangeMatcher();

    private OsvDatabase(Path dir, Map<Ecosystem, OsvIndex> indexes) {
        this.dir = dir;
        this.indexes = indexes;
    }

    /** Opens the database in {@code dir}; fails with one line when there is none. */
    public static OsvDatabase open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw SlimlineException.unavailable("no OSV database at " + dir + " (run `slimline db update`)");
        }
        Map<Ecosystem, OsvIndex> indexes = new EnumMap<>(Ecosystem.class);
        for (Ecosystem ecosystem : Ecosystem.values()) {
            Path index = ecosystemDir(dir, ecosystem).resolve(OsvIndex.FILE_NAME);
            if (Files.isRegularFile(index)) {
                indexes.put(ecosystem, OsvIndex.read(index));
            }
        }
        if (indexes.isEmpty()) {
            throw SlimlineException.unavailable("no OSV database at " + dir + " (run `slimline db update`)");
        }
        return new OsvDatabase(dir, indexes);
    }

    static Path ecosystemDir(Path dir, Ecosystem ecosystem) {
        return dir.resolve(ecosystem.osvName());
    }

    public Path directory() {
        return dir;
    }

    public Set<Ecosystem> ecosystems() {
        return Collections.unmodifiableSet(indexes.keySet());
    }

    public Optional<Instant> updatedAt(Ecosystem ecosystem) {
        return Optional.ofNullable(indexes.get(ecosystem)).map(OsvIndex::updated);
    }

    /** The least recently updated ecosystem's time: the database is as fresh as its stalest part. */
    public Instant oldestUpdate() {
        return indexes.values().stream().map(OsvIndex::updated).min(Instant::compareTo).orElseThrow();
    }

    public boolean isStale(Duration maxAge) {
        return isStale(maxAge, Clock.systemUTC());
    }

    public boolean isStale(Duration maxAge, Clock clock) {
        return oldestUpdate().plus(maxAge).isBefore(clock.instant());
    }

    /** Advisories naming this package (by source package for distributions), read from the archive. */
    public List<Advisory> advisoriesFor(PackageCoordinate pkg) {
        Optional<Ecosystem> ecosystem = pkg.baseEcosystem();
        OsvIndex index = ecosystem.map(indexes::get).orElse(null);
        if (index == null) {
            return List.of();
        }
        List<String> entries = pkg.advisoryNames().stream()
                .flatMap(name -> index.entriesFor(pkg.ecosystem(), name).stream()).distinct().toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        ZipFile archive = archive(ecosystem.get(), index);
        List<Advisory> advisories = new ArrayList<>(entries.size());
        for (String name : entries) {
            ZipEntry entry = archive.getEntry(name);
            if (entry == null) {
                throw SlimlineException.badInput(SourceLocation.of(archivePath(ecosystem.get(), index)),
                        "OSV archive lacks indexed record " + name + " (run `slimline db update`)");
            }
            try (InputStream in = archive.getInputStream(entry)) {
                advisories.add(OsvParser.parse(in, index.archive() + "!" + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return advisories;
    }

    /**
     * The advisories that affect this package or cannot be decided for it; not-affected ones are left out. Throws
     * {@link dev.slimline.scan.version.InvalidVersionException} when the package's own version is invalid in its
     * ecosystem and some advisory names the package, so the caller can report that package as unscanned.
     */
    public List<MatchResult> match(PackageCoordinate pkg) {
        List<MatchResult> results = new ArrayList<>();
        for (Advisory advisory : advisoriesFor(pkg)) {
            MatchResult result = matcher.match(advisory, pkg);
            if (!(result instanceof MatchResult.NotVulnerable)) {
                results.add(result);
            }
        }
        return results;
    }

    private synchronized ZipFile archive(Ecosystem ecosystem, OsvIndex index) {
        ZipFile open = archives.get(ecosystem);
        if (open == null) {
            Path path = archivePath(ecosystem, index);
            try {
                open = new ZipFile(path.toFile());
            } catch (IOException e) {
                throw SlimlineException.unavailable("cannot open OSV archive " + path + ": " + e.getMessage()
                        + " (run `slimline db update`)");
            }
            archives.put(ecosystem, open);
        }
        return open;
    }

    private Path archivePath(Ecosystem ecosystem, OsvIndex index) {
        return ecosystemDir(dir, ecosystem).resolve(index.archive());
    }

    @Override
    public synchronized void close() {
        for (ZipFile archive : archives.values()) {
            try {
                archive.close();
            } catch (IOException e) {
                // Closing a read-only archive cannot lose data; nothing to report.
            }
        }
        archives.clear();
    }
}
