package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
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
        return Optional.of(new CatalogedPackage(PackageType.GEM, null, name.group(1), version.group(1), null, null,
                null, location, Purl.of("gem", null, name.group(1), version.group(1), Map.of())));
    }
}
