package dev.slimline.scan.osv;

import java.util.Optional;

/** {@code affected[].package}: the OSV ecosystem string ({@code Debian:12}), the package name and its purl. */
public record OsvPackage(String ecosystem, String name, Optional<String> purl) {
}
