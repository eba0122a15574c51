package dev.slimline.scan.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python version ordering, PEP 440 (the packaging specification "Version specifiers"): parses with the spec's
 * normalisation rules ({@code 1.0RC1 == 1.0rc1 == 1.0c1}, {@code 1.0-1 == 1.0.post1}, {@code 1.0 == 1.0.0}) and orders
 * {@code epoch, release, dev < pre < (final) < post, local}. Legacy non-PEP 440 versions are rejected.
 */
final class Pep440VersionComparator implements VersionComparator {

    private static final Pattern VERSION = Pattern.compile(
            "v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
                    + "(?<pre>[-_.]?(?<preLabel>alpha|a|beta|b|preview|pre|rc|c)[-_.]?(?<preNumber>[0-9]+)?)?"
                    + "(?<post>-(?<postImplicit>[0-9]+)|[-_.]?(?<postLabel>post|rev|r)[-_.]?(?<postNumber>[0-9]+)?)?"
                    + "(?<dev>[-_.]?dev[-_.]?(?<devNumber>[0-9]+)?)?"
                    + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);

    /** Pre-release phases in order; the normalised spellings map onto these. */
    private enum Phase { A, B, RC }

    private record Parsed(BigInteger epoch, List<BigInteger> release, Phase prePhase, BigInteger preNumber,
                          BigInteger post, BigInteger dev, List<String> local) {
    }

    @Override
    public int compare(String a, String b) {
        Parsed x = parse(a);
        Parsed y = parse(b);
        int result = x.epoch.compareTo(y.epoch);
        if (result == 0) {
            result = compareRelease(x.release, y.release);
        }
        if (result == 0) {
            result = comparePre(x, y);
        }
        if (result == 0) {
            result = compareAbsentFirst(x.post, y.post);
        }
        if (result == 0) {
            result = compareAbsentLast(x.dev, y.dev);
        }
        return result != 0 ? result : compareLocal(x.local, y.local);
    }

    @Override
    public void validate(String version) {
        parse(version);
    }

    private static Parsed parse(String version) {
        Matcher m = VersionText.match(VERSION, Ecosystem.PYPI, version, "not a PEP 440 version");
        BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
        List<BigInteger> release = new ArrayList<>();
        for (String part : m.group("release").split("\\.")) {
            release.add(new BigInteger(part));
        }
        Phase prePhase = m.group("pre") == null ? null : phase(m.group("preLabel"));
        BigInteger preNumber = prePhase == null ? null : numberOrZero(m.group("preNumber"));
        BigInteger post = null;
        if (m.group("postImplicit") != null) {
            post = new BigInteger(m.group("postImplicit"));
        } else if (m.group("postLabel") != null) {
            post = numberOrZero(m.group("postNumber"));
        }
        BigInteger dev = m.group("dev") == null ? null : numberOrZero(m.group("devNumber"));
        List<String> local = m.group("local") == null
                ? List.of()
                : List.of(m.group("local").toLowerCase(Locale.ROOT).split("[-_.]"));
        return new Parsed(epoch, release, prePhase, preNumber, post, dev, local);
    }

    private static Phase phase(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> Phase.A;
            case "b", "beta" -> Phase.B;
            default -> Phase.RC; // rc, c, pre, preview
        };
    }

    private static BigInteger numberOrZero(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    /** Release segments compare as if padded with zeros: 1.0 == 1.0.0. */
    private static int compareRelease(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int result = x.compareTo(y);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    /**
     * A release that is only a dev release ({@code 1.0.dev1}) sorts before its pre-releases; a release without a
     * pre-release sorts after them.
     */
    private static int comparePre(Parsed x, Parsed y) {
        int rankX = preRank(x);
        int rankY = preRank(y);
        if (rankX != rankY) {
            return Integer.compare(rankX, rankY);
        }
        return x.prePhase == null ? 0 : x.preNumber.compareTo(y.preNumber);
    }

    /** -1 for a bare dev release, the phase ordinal for a pre-release, Phase count for none. */
    private static int preRank(Parsed v) {
        if (v.prePhase != null) {
            return v.prePhase.ordinal();
        }
        return v.post == null && v.dev != null ? -1 : Phase.values().length;
    }

    private static int compareAbsentFirst(BigInteger a, BigInteger b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        return a.compareTo(b);
    }

    private static int compareAbsentLast(BigInteger a, BigInteger b) {
        if (a == null || b == null) {
            return Boolean.compare(a == null, b == null);
        }
        return a.compareTo(b);
    }

    /**
     * Local labels: no label sorts first; segments compare numerically when both are numbers, a number sorts after
     * a string, strings compare lexically, and a longer label that extends a shorter one sorts after it.
     */
    private static int compareLocal(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xNumeric = x.chars().allMatch(Character::isDigit);
            boolean yNumeric = y.chars().allMatch(Character::isDigit);
            int result;
            if (xNumeric && yNumeric) {
                result = new BigInteger(x).compareTo(new BigInteger(y));
            } else if (xNumeric != yNumeric) {
                result = xNumeric ? 1 : -1;
            } else {
                result = Integer.signum(x.compareTo(y));
            }
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
