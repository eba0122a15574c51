package dev.slimline.io;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, the form release checksums (SHA256SUMS) and {@code sha256sum} print. */
public final class Sha256 {

    private Sha256() {
    }

    /** Of a text's UTF-8 bytes: fingerprints and the hashes records keep of Dockerfiles. */
    public static String of(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Reads {@code in} to its end, streaming: a release jar or image tarball is never held in memory. */
    public static String of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
