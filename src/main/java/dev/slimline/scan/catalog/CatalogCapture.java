package dev.slimline.scan.catalog;

import dev.slimline.SlimlineException;
import dev.slimline.image.ContentCapture;
import java.io.IOException;
import java.io.InputStream;

/**
 * Chooses, while layers stream by, the files the catalogers need and keeps only what they need of them: package
 * databases and metadata files whole (each bounded), jars and Go binaries reduced to their artifact lists.
 */
public final class CatalogCapture implements ContentCapture {

    private final long maxTotalBytes;
    private long capturedBytes;

    public CatalogCapture() {
        this(MAX_TOTAL_BYTES);
    }

    CatalogCapture(long maxTotalBytes) {
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * A dpkg status file of a very large image is a few MB, an rpmdb.sqlite tens of MB; anything past this is not a
     * package database.
     */
    static final int MAX_DATABASE_BYTES = 64 << 20;
    /** METADATA, PKG-INFO, package.json, gemspec, deps.json, installed.json, Cargo.lock, os-release. */
    static final int MAX_METADATA_BYTES = 1 << 20;

    /**
     * Everything captured from one image together (kept in memory until cataloged): a hostile archive of many
     * 64 MB status files, each compressing to almost nothing, would otherwise need gigabytes.
     */
    static final long MAX_TOTAL_BYTES = 256L << 20;

    static final String OS_RELEASE = "etc/os-release";
    static final String OS_RELEASE_FALLBACK = "usr/lib/os-release";

    @Override
    public boolean wants(String path, long size) {
        return switch (kind(path, size)) {
            case DATABASE -> size <= MAX_DATABASE_BYTES;
            case METADATA -> size <= MAX_METADATA_BYTES;
            case JAR, GO_CANDIDATE -> true;
            case NONE -> false;
        };
    }

    @Override
    public byte[] capture(String path, long size, InputStream content) throws IOException {
        return switch (kind(path, size)) {
            case DATABASE, METADATA -> {
                capturedBytes += size;
                if (capturedBytes > maxTotalBytes) {
                    throw SlimlineException.badInput(path + ": package databases and metadata of this image exceed "
                            + (maxTotalBytes >> 20) + " MiB together; not a real image");
                }
                yield content.readNBytes((int) size);
            }
            case JAR -> JarCataloger.encode(JarCataloger.read(path, content));
            case GO_CANDIDATE -> GoBuildInfo.read(content).map(GoBuildInfo::encode).orElse(null);
            case NONE -> null;
        };
    }

    enum Kind { DATABASE, METADATA, JAR, GO_CANDIDATE, NONE }

    static Kind kind(String path, long size) {
        if (DpkgCataloger.isDatabase(path) || path.equals(ApkCataloger.INSTALLED) || RpmCataloger.isDatabase(path)) {
            return Kind.DATABASE;
        }
        if (path.equals(OS_RELEASE) || path.equals(OS_RELEASE_FALLBACK) || PythonCataloger.isMetadata(path)
                || NpmCataloger.isManifest(path) || GemspecCataloger.isSpecification(path)
                || DotnetDepsCataloger.isDepsFile(path) || ComposerCataloger.isInstalledJson(path)
                || CargoLockCataloger.isLockfile(path)) {
            return Kind.METADATA;
        }
        if (JarCataloger.isArchive(path)) {
            return Kind.JAR;
        }
        return GoBuildInfo.isCandidate(path, size) ? Kind.GO_CANDIDATE : Kind.NONE;
    }
}
