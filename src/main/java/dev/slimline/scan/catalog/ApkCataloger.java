package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Alpine packages from apk's database {@code lib/apk/db/installed} ({@code P:} name, {@code V:} version, {@code o:} origin). */
final class ApkCataloger {

    static final String INSTALLED = "lib/apk/db/installed";

    private ApkCataloger() {
    }

    static List<CatalogedPackage> parse(String location, byte[] content, OsRelease os) {
        List<CatalogedPackage> packages = new ArrayList<>();
        Map<Character, String> fields = new LinkedHashMap<>();
        for (String line : (new String(content, StandardCharsets.UTF_8) + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                add(fields, location, os, packages);
                fields.clear();
            } else if (line.length() >= 2 && line.charAt(1) == ':') {
                fields.putIfAbsent(line.charAt(0), line.substring(2).strip());
            }
        }
        return packages;
    }

    private static void add(Map<Character, String> fields, String location, OsRelease os,
            List<CatalogedPackage> packages) {
        String name = fields.get('P');
        String version = fields.get('V');
        if (name == null || version == null) {
            return;
        }
        String origin = fields.get('o');
        String arch = fields.get('A');
        Map<String, String> qualifiers = new LinkedHashMap<>();
        qualifiers.put("arch", arch);
        qualifiers.put("distro", os.distroQualifier());
        if (origin != null && !origin.equals(name)) {
            qualifiers.put("upstream", origin);
        }
        packages.add(new CatalogedPackage(PackageType.APK, null, name, version, origin == null ? name : origin, null,
                arch, location, Purl.of("apk", os.id().isEmpty() ? "alpine" : os.id(), name, version, qualifiers)));
    }
}
