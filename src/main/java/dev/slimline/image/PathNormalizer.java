package dev.slimline.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Turns a tar entry name into a root-relative path the way Docker's layer applier does (clean it, read an
 * absolute name as relative to the root), and reports names no honest layer has. Nothing is ever resolved
 * against a real file system.
 */
final class PathNormalizer {
    private final ReadLimits limits;
    private final List<ArchiveFinding> findings;

    PathNormalizer(ReadLimits limits, List<ArchiveFinding> findings) {
        this.limits = limits;
        this.findings = findings;
    }

    /** The cleaned path ("" for the root), or empty when the entry must be left out. */
    Optional<String> normalize(String raw, String where) {
        // at most 3 UTF-8 bytes per char: most names need no encoding to be known short enough
        if (raw.length() * 3L > limits.maxPathBytes() && raw.getBytes(StandardCharsets.UTF_8).length > limits.maxPathBytes()) {
            findings.add(new ArchiveFinding(ArchiveFinding.Kind.PATH_TOO_LONG, where + ": " + abbreviate(raw),
                    "path longer than " + limits.maxPathBytes() + " bytes; left out"));
            return Optional.empty();
        }
        if (raw.startsWith("/")) {
            findings.add(new ArchiveFinding(ArchiveFinding.Kind.ABSOLUTE_PATH, where + ": " + abbreviate(raw),
                    "absolute name; read as relative to the image root"));
        }
        // An absolute name cannot climb above "/" (Go's filepath.Clean); a relative one can, and is hostile.
        Optional<String> cleaned = raw.startsWith("/") ? Optional.of(clamped(raw)) : clean("", raw);
        if (cleaned.isEmpty()) {
            findings.add(new ArchiveFinding(ArchiveFinding.Kind.PATH_TRAVERSAL, where + ": " + abbreviate(raw),
                    "name climbs above the image root; left out (Docker refuses such a layer)"));
            return Optional.empty();
        }
        String path = cleaned.get();
        if (depth(path) > limits.maxPathDepth()) {
            findings.add(new ArchiveFinding(ArchiveFinding.Kind.PATH_TOO_LONG, where + ": " + abbreviate(raw),
                    "path deeper than " + limits.maxPathDepth() + " components; left out"));
            return Optional.empty();
        }
        return cleaned;
    }

    /** Whether a symlink at {@code path} with a relative {@code target} resolves above the root. */
    static boolean symlinkEscapes(String path, String target) {
        if (target.startsWith("/")) {
            return false;
        }
        int slash = path.lastIndexOf('/');
        return clean(slash < 0 ? "" : path.substring(0, slash), target).isEmpty();
    }

    /** Joins {@code base} and {@code name}, resolving {@code .} and {@code ..}; empty if it climbs above the root. */
    static Optional<String> clean(String base, String name) {
        String plain = alreadyClean(base.isEmpty() ? name : base + "/" + name);
        if (plain != null) {
            return Optional.of(plain);
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + "/" + name).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /**
     * The name itself (without one trailing slash) when cleaning would not change it, as for nearly every entry a
     * layer holds ({@code usr/bin/env}, {@code usr/bin/}); null when it has an empty, {@code .} or {@code ..}
     * component or starts with a slash.
     */
    private static String alreadyClean(String name) {
        int end = name.endsWith("/") ? name.length() - 1 : name.length();
        int start = 0;
        while (start < end) {
            int slash = name.indexOf('/', start);
            int stop = slash < 0 || slash > end ? end : slash;
            int length = stop - start;
            if (length == 0 || (name.charAt(start) == '.' && (length == 1 || (length == 2 && name.charAt(start + 1) == '.')))) {
                return null;
            }
            start = stop + 1;
        }
        return start == end + 1 || end == 0 ? name.substring(0, end) : null;
    }

    private static String clamped(String absolute) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : absolute.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static int depth(String path) {
        int depth = path.isEmpty() ? 0 : 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    static String abbreviate(String raw) {
        return raw.length() <= 120 ? raw : raw.substring(0, 60) + "…(" + raw.length() + " chars)";
    }
}
