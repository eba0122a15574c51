package dev.slimline.scan.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The module list a Go 1.18+ toolchain embeds in every binary: a 32-byte header starting {@code \xff Go buildinf:}
 * (16-byte aligned), then, with the inline-strings flag, the Go version and the module info as varint-length
 * strings. The binary is scanned as a stream; older pointer-based layouts are not read.
 */
final class GoBuildInfo {

    static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEADER = 32;
    private static final int FLAG_INLINE_STRINGS = 0x2;
    /** Bytes kept after the header: the version and module info strings. */
    private static final int MAX_TAIL = 1 << 20;
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F'};

    /** What was read: the toolchain version ({@code go1.21.5}) and the module info text. */
    record Info(String goVersion, String modInfo) {
    }

    private GoBuildInfo() {
    }

    /** Candidate binaries: no extension and big enough to be a Go program (the smallest are over 1 MB). */
    static boolean isCandidate(String path, long size) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return size >= 512 * 1024 && size <= 512L * 1024 * 1024 && name.indexOf('.') < 0;
    }

    /** Finds the build info in an ELF binary's stream; empty when it is not ELF or has none. */
    static Optional<Info> read(InputStream content) throws IOException {
        // Blocks are compared 16 bytes at a time: buffer so each is not a call down the decompression stack.
        InputStream in = new java.io.BufferedInputStream(content, 64 * 1024);
        byte[] head = in.readNBytes(4);
        if (!Arrays.equals(head, ELF)) {
            return Optional.empty();
        }
        byte[] block = new byte[16];
        // Skip to 16-byte alignment, then compare each aligned block's start with the magic.
        in.readNBytes(block, 0, 12);
        while (true) {
            int n = in.readNBytes(block, 0, 16);
            if (n < 16) {
                return Optional.empty();
            }
            if (startsWithMagic(block)) {
                return parse(block, in);
            }
        }
    }

    private static boolean startsWithMagic(byte[] block) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (block[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Info> parse(byte[] first, InputStream in) throws IOException {
        int flags = first[15] & 0xff;
        if ((flags & FLAG_INLINE_STRINGS) == 0) {
            return Optional.empty();
        }
        in.readNBytes(HEADER - 16);
        String version = readString(in);
        String mod = readString(in);
        if (version == null) {
            return Optional.empty();
        }
        // The module info is wrapped in two 16-byte sentinels.
        if (mod != null && mod.length() >= 33 && mod.charAt(mod.length() - 17) == '\n') {
            mod = mod.substring(16, mod.length() - 16);
        }
        return Optional.of(new Info(version, mod == null ? "" : mod));
    }

    private static String readString(InputStream in) throws IOException {
        long length = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            length |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (length > MAX_TAIL) {
            return null;
        }
        byte[] bytes = in.readNBytes((int) length);
        return bytes.length == length ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    static byte[] encode(Info info) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((info.goVersion() + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(info.modInfo().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The main module, its dependencies (replacements applied) and the standard library, as packages. */
    static List<CatalogedPackage> toPackages(String location, byte[] encoded) {
        String text = new String(encoded, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String goVersion = newline < 0 ? text : text.substring(0, newline);
        List<CatalogedPackage> packages = new ArrayList<>();
        if (goVersion.startsWith("go")) {
            String stdlib = goVersion.substring(2).split("[ -]")[0];
            packages.add(module("stdlib", "v" + stdlib, location));
        }
        if (newline < 0) {
            return packages;
        }
        for (String line : text.substring(newline + 1).split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 3 && (f[0].equals("mod") || f[0].equals("dep")) && !f[2].equals("(devel)")) {
                packages.add(module(f[1], f[2], location));
            } else if (f.length >= 3 && f[0].equals("=>") && !packages.isEmpty()) {
                // A replacement applies to the module on the line before it.
                packages.set(packages.size() - 1, module(f[1], f[2], location));
            }
        }
        return packages;
    }

    private static CatalogedPackage module(String path, String version, String location) {
        int slash = path.lastIndexOf('/');
        String namespace = slash < 0 ? null : path.substring(0, slash);
        String name = slash < 0 ? path : path.substring(slash + 1);
        return new CatalogedPackage(PackageType.GOLANG, namespace, name, version, null, null, null, location,
                Purl.of("golang", namespace, name, version, Map.of()));
    }
}
