package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby gems from the specifications RubyGems installs ({@code .../specifications/NAME-VERSION.gemspec}, under
 * {@code usr/local/bundle}, {@code usr/lib/ruby/gems/*} or {@code var/lib/gems/*}). The file is Ruby written by
 * {@code Gem::Specification#to_ruby}, so its {@code s.name = "rack".freeze} lines are read as data, never run.
 */
final class GemspecCataloger {

    private static final Pattern SPEC = Pattern.compile("(?:.*/)?specifications/[^/]+\\.gemspec");
    private static final Pattern NAME = Pattern.compile("(?m)^\\s*s\\.name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("(?m)^\\s*s\\.version\\s*=\\s*\"([^\"]+)\"");
    /** {@code s.licenses = ["MIT".freeze, "Ruby".freeze]} or {@code s.license = "MIT".freeze}. */
    private static final Pattern LICENSES = Pattern.compile("(?m)^\\s*s\\.licenses?\\s*=(.*)$");
    private static final Pattern STRING = Pattern.compile("\"([^\"]+)\"");

    private GemspecCataloger() {
    }

    static boolean isSpecification(String path) {
        return SPEC.matcher(path).matches();
    }

    static Optional<CatalogedPackage> parse(String location, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher name = NAME.matcher(text);
        Matcher version = VERSION.matcher(text);
        if (!name.find() || !version.find()) {
            return Optional.empty();
        }
        List<String> licenses = new ArrayList<>();
        Matcher declared = LICENSES.matcher(text);
        if (declared.find()) {
            STRING.matcher(declared.group(1)).results().forEach(r -> licenses.add(r.group(1)));
        }
        return Optional.of(new CatalogedPackage(PackageType.GEM, null, name.group(1), version.group(1), null, null,
                null, location, Purl.of("gem", null, name.group(1), version.group(1), Map.of()),
                CatalogedPackage.Details.licenses(licenses)));
    }
}
