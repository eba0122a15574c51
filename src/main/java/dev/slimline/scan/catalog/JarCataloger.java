package dev.slimline.scan.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Manifest;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Maven artifacts inside Java archives, read as a stream (no random access, nothing spooled): every
 * {@code META-INF/maven/G/A/pom.properties}, else the {@code MANIFEST.MF} title and version, and the same for jars
 * nested in Spring Boot fat jars ({@code BOOT-INF/lib/*.jar}) and wars ({@code WEB-INF/lib/*.jar}), each read from
 * the outer stream as it passes. Memory stays bounded: only metadata entries are read into memory, each capped.
 */
final class JarCataloger {

    /** A metadata entry larger than this is not read (pom.properties and manifests are a few hundred bytes). */
    static final int MAX_METADATA_BYTES = 256 * 1024;
    /** Jars inside jars inside jars are not followed further. */
    static final int MAX_DEPTH = 2;
    /** Artifacts recorded per archive, against hostile archives with millions of entries. */
    static final int MAX_ARTIFACTS = 20_000;

    /** One artifact found: {@code location} is {@code outer.jar} or {@code outer.jar!BOOT-INF/lib/inner.jar}. */
    record Artifact(String groupId, String artifactId, String version, String location) {
    }

    private JarCataloger() {
    }

    static boolean isArchive(String path) {
        return path.endsWith(".jar") || path.endsWith(".war") || path.endsWith(".ear");
    }

    /** Reads the archive's artifacts from its stream; a corrupt archive gives what was read before the damage. */
    static List<Artifact> read(String location, InputStream content) {
        List<Artifact> found = new ArrayList<>();
        read(location, content, 0, found);
        return found;
    }

    private static void read(String location, InputStream content, int depth, List<Artifact> found) {
        List<Artifact> fromPoms = new ArrayList<>();
        Manifest manifest = null;
        ZipArchiveInputStream zip = new ZipArchiveInputStream(content, "UTF-8", true, true);
        try {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (found.size() + fromPoms.size() >= MAX_ARTIFACTS) {
                    break;
                }
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    pomArtifact(location, zip).ifPresent(fromPoms::add);
                } else if (name.equals("META-INF/MANIFEST.MF")) {
                    manifest = new Manifest(new ByteArrayInputStream(zip.readNBytes(MAX_METADATA_BYTES)));
                } else if (depth < MAX_DEPTH && isArchive(name) && (name.startsWith("BOOT-INF/lib/")
                        || name.startsWith("WEB-INF/lib/") || name.startsWith("lib/"))) {
                    // The nested stream ends with the entry; reading it consumes the entry from the outer stream.
                    read(location + "!" + name, new NonClosing(zip), depth + 1, found);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged or unsupported archive (encrypted, truncated): keep what was read before.
        }
        if (!fromPoms.isEmpty()) {
            found.addAll(fromPoms);
        } else if (manifest != null) {
            fromManifest(location, manifest).ifPresent(found::add);
        }
    }

    private static java.util.Optional<Artifact> pomArtifact(String location, InputStream entry) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(
                new String(entry.readNBytes(MAX_METADATA_BYTES), StandardCharsets.ISO_8859_1)));
        String group = properties.getProperty("groupId");
        String artifact = properties.getProperty("artifactId");
        String version = properties.getProperty("version");
        if (blank(group) || blank(artifact) || blank(version)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Artifact(group.strip(), artifact.strip(), version.strip(), location));
    }

    private static java.util.Optional<Artifact> fromManifest(String location, Manifest manifest) {
        var main = manifest.getMainAttributes();
        String title = main.getValue("Implementation-Title");
        String version = main.getValue("Implementation-Version");
        if (blank(title)) {
            title = main.getValue("Bundle-SymbolicName");
            version = blank(version) ? main.getValue("Bundle-Version") : version;
        }
        if (blank(title) || blank(version)) {
            return java.util.Optional.empty();
        }
        String group = main.getValue("Implementation-Vendor-Id");
        return java.util.Optional.of(new Artifact(blank(group) ? null : group.strip(), title.strip(), version.strip(),
                location));
    }

    static List<CatalogedPackage> toPackages(List<Artifact> artifacts) {
        List<CatalogedPackage> packages = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Artifact a : artifacts) {
            if (seen.putIfAbsent(a.location() + "|" + a.groupId() + ":" + a.artifactId() + "@" + a.version(), true)
                    != null) {
                continue;
            }
            packages.add(new CatalogedPackage(PackageType.MAVEN, a.groupId(), a.artifactId(), a.version(), null, null,
                    null, a.location(), Purl.of("maven", a.groupId(), a.artifactId(), a.version(), Map.of())));
        }
        return packages;
    }

    /** Serialised as tab-separated lines, so the capture keeps a few bytes per jar instead of the jar. */
    static byte[] encode(List<Artifact> artifacts) {
        StringBuilder out = new StringBuilder();
        for (Artifact a : artifacts) {
            out.append(a.groupId() == null ? "" : a.groupId()).append('\t').append(a.artifactId()).append('\t')
                    .append(a.version()).append('\t').append(a.location()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Artifact> decode(byte[] encoded) {
        List<Artifact> artifacts = new ArrayList<>();
        for (String line : new String(encoded, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                artifacts.add(new Artifact(f[0].isEmpty() ? null : f[0], f[1], f[2], f[3]));
            }
        }
        return artifacts;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Lets a nested reader consume an entry without closing the outer stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the outer zip stream stays open
        }
    }
}
