package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Fills and refreshes an {@link OsvDatabase}: fetches {@code <base-url>/<Ecosystem>/all.zip} for each ecosystem,
 * verifies and indexes the download, and only then swaps it in. The swap is atomic per ecosystem: the new archive
 * gets a fresh name, the index naming it is renamed over the old index (the commit point), and only then is the old
 * archive removed. A failed download leaves the previous database as it was.
 */
public final class OsvDownloader {

    /** The public OSV bucket's HTTP address, as OSV documents for bulk downloads. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://osv-vulnerabilities.storage.googleapis.com/");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Until the response starts; large archives then stream for as long as they take. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofMinutes(2);

    private static final String ARCHIVE_PREFIX = "all-";

    /** The response validators of the archive in use, kept beside its index to ask next time "only if changed". */
    static final String VALIDATORS_FILE = "validators.properties";

    /** What one ecosystem's update brought; {@code unchanged} when the server said 304 and nothing was downloaded. */
    public record EcosystemUpdate(Ecosystem ecosystem, int advisories, long bytes, List<String> skipped,
            boolean unchanged) {
        public EcosystemUpdate {
            skipped = List.copyOf(skipped);
        }
    }

    private final URI baseUrl;
    private final Duration responseTimeout;
    private final Clock clock;
    private final HttpClient http;

    public OsvDownloader() {
        this(DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, Clock.systemUTC());
    }

    public OsvDownloader(URI baseUrl, Duration connectTimeout, Duration responseTimeout, Clock clock) {
        String text = baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text : text + "/");
        this.responseTimeout = responseTimeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The address of one ecosystem's archive. */
    public URI archiveUrl(Ecosystem ecosystem) {
        // "Red Hat" and "Rocky Linux" hold a space, which a URI path must carry encoded.
        return baseUrl.resolve(ecosystem.osvName().replace(" ", "%20") + "/all.zip");
    }

    /**
     * Updates the given ecosystems in order, stopping at the first failure with one clear line; ecosystems
     * updated before it keep their new data, the failed one keeps its old data.
     */
    public List<EcosystemUpdate> update(Path dir, List<Ecosystem> ecosystems) {
        List<EcosystemUpdate> updates = new ArrayList<>();
        for (Ecosystem ecosystem : ecosystems) {
            updates.add(update(dir, ecosystem));
        }
        return updates;
    }

    public EcosystemUpdate update(Path dir, Ecosystem ecosystem) {
        Path target = OsvDatabase.ecosystemDir(dir, ecosystem);
        URI url = archiveUrl(ecosystem);
        Path download = null;
        try {
            Files.createDirectories(target);
            download = Files.createTempFile(target, "download-", ".zip.part");
            Optional<OsvIndex> current = currentIndex(target);
            Properties validators = current.isPresent() ? readValidators(target) : new Properties();
            HttpResponse<Path> response = fetch(url, download, validators);
            Instant now = clock.instant();
            if (response.statusCode() == 304) {
                // Same archive as last time: only the fetch time moves, so the database counts as fresh again.
                OsvIndex index = current.get();
                new OsvIndex(index.format(), index.ecosystem(), now.toString(), index.source(), index.archive(),
                        index.advisories(), index.packages()).writeAtomically(target.resolve(OsvIndex.FILE_NAME));
                return new EcosystemUpdate(ecosystem, index.advisories(), 0, List.of(), true);
            }
            // Unique even for two updates in one millisecond, so a new archive never overwrites one in use.
            String archiveName = ARCHIVE_PREFIX + now.toEpochMilli() + "-"
                    + java.util.UUID.randomUUID().toString().substring(0, 8) + ".zip";
            OsvArchiveIndexer.Result indexed = OsvArchiveIndexer.index(download, ecosystem, archiveName, url.toString(), now);
            long bytes = Files.size(download);
            Files.move(download, target.resolve(archiveName), StandardCopyOption.ATOMIC_MOVE);
            indexed.index().writeAtomically(target.resolve(OsvIndex.FILE_NAME));
            writeValidators(target, response);
            removeArchivesOtherThan(target, archiveName);
            return new EcosystemUpdate(ecosystem, indexed.index().advisories(), bytes, indexed.skipped(), false);
        } catch (IOException e) {
            throw SlimlineException.unavailable("OSV update of " + ecosystem.osvName() + " failed: cannot write "
                    + target + ": " + e.getMessage());
        } finally {
            deleteQuietly(download);
        }
    }

    /** The index in use and its archive, when both are there to fall back on after a 304. */
    private static Optional<OsvIndex> currentIndex(Path target) {
        Path file = target.resolve(OsvIndex.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            OsvIndex index = OsvIndex.read(file);
            return Files.isRegularFile(target.resolve(index.archive())) ? Optional.of(index) : Optional.empty();
        } catch (SlimlineException e) {
            return Optional.empty(); // a corrupt index is replaced by a full download
        }
    }

    private static Properties readValidators(Path target) {
        Properties validators = new Properties();
        Path file = target.resolve(VALIDATORS_FILE);
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file)) {
                validators.load(in);
            } catch (IOException e) {
                return new Properties(); // unreadable: ask unconditionally
            }
        }
        return validators;
    }

    private static void writeValidators(Path target, HttpResponse<?> response) throws IOException {
        Properties validators = new Properties();
        response.headers().firstValue("ETag").ifPresent(v -> validators.setProperty("etag", v));
        response.headers().firstValue("Last-Modified").ifPresent(v -> validators.setProperty("last-modified", v));
        Path file = target.resolve(VALIDATORS_FILE);
        if (validators.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        try (var out = Files.newBufferedWriter(file)) {
            validators.store(out, "HTTP validators of the archive the index names");
        }
    }

    private HttpResponse<Path> fetch(URI url, Path file, Properties validators) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(responseTimeout).GET();
        Optional.ofNullable(validators.getProperty("etag")).ifPresent(v -> builder.header("If-None-Match", v));
        Optional.ofNullable(validators.getProperty("last-modified"))
                .ifPresent(v -> builder.header("If-Modified-Since", v));
        HttpRequest request = builder.build();
        HttpResponse<Path> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(file));
        } catch (HttpTimeoutException e) {
            throw downloadFailed(url, "no response within " + responseTimeout.toMillis() + " ms");
        } catch (ConnectException e) {
            throw downloadFailed(url, "cannot connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw downloadFailed(url, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw downloadFailed(url, "interrupted");
        }
        if (response.statusCode() != 200 && !(response.statusCode() == 304 && !validators.isEmpty())) {
            throw downloadFailed(url, "HTTP " + response.statusCode());
        }
        return response;
    }

    private static SlimlineException downloadFailed(URI url, String why) {
        return SlimlineException.unavailable("OSV download failed: GET " + url + ": " + why);
    }

    private static void removeArchivesOtherThan(Path target, String keep) throws IOException {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(target, ARCHIVE_PREFIX + "*.zip")) {
            for (Path archive : archives) {
                if (!archive.getFileName().toString().equals(keep)) {
                    Files.deleteIfExists(archive);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover .part file is harmless: it is never read, and the next update makes a new one.
        }
    }
}
