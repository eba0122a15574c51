package dev.slimline.scan.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alpine (apk) version ordering. apk versions follow the Gentoo scheme:
 * {@code 1.2.3[letter][_suffix[N]]...[~hash][-rN]}. Numbers compare numerically (a component with a leading zero
 * after the first compares as a decimal fraction, as Gentoo and apk do), a letter sorts after none, suffixes sort
 * {@code _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p}, and the package revision
 * {@code -rN} breaks the remaining tie. The {@code ~hash} commit marker does not take part in ordering.
 */
final class ApkVersionComparator implements VersionComparator {

    private static final List<String> SUFFIXES = List.of("alpha", "beta", "pre", "rc", "cvs", "svn", "git", "hg", "p");
    /** Index in {@link #SUFFIXES} of the first suffix that sorts after a plain release. */
    private static final int FIRST_POST_SUFFIX = 4;

    private static final Pattern VERSION = Pattern.compile(
            "(?<numbers>[0-9]+(?:\\.[0-9]+)*)(?<letter>[a-z]?)"
                    + "(?<suffixes>(?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)[0-9]*)*)"
                    + "(?:~[0-9a-f]+)?(?:-r(?<revision>[0-9]+))?");
    private static final Pattern SUFFIX = Pattern.compile("_([a-z]+)([0-9]*)");

    private record Suffix(int rank, BigInteger number) {
    }

    private record Parsed(List<String> numbers, int letter, List<Suffix> suffixes, BigInteger revision) {
    }

    @Override
    public int compare(String a, String b) {
        Parsed left = parse(a);
        Parsed right = parse(b);
        int result = compareNumbers(left.numbers, right.numbers);
        if (result == 0) {
            result = Integer.compare(left.letter, right.letter);
        }
        if (result == 0) {
            result = compareSuffixes(left.suffixes, right.suffixes);
        }
        return result != 0 ? result : left.revision.compareTo(right.revision);
    }

    @Override
    public void validate(String version) {
        parse(version);
    }

    private static Parsed parse(String version) {
        Matcher m = VersionText.match(VERSION, Ecosystem.ALPINE, version,
                "expected digits separated by '.', an optional letter, _alpha/_beta/_pre/_rc/_p suffixes and -rN");
        List<String> numbers = List.of(m.group("numbers").split("\\."));
        int letter = m.group("letter").isEmpty() ? 0 : m.group("letter").charAt(0);
        List<Suffix> suffixes = new ArrayList<>();
        Matcher s = SUFFIX.matcher(m.group("suffixes"));
        while (s.find()) {
            BigInteger number = s.group(2).isEmpty() ? BigInteger.ZERO : new BigInteger(s.group(2));
            suffixes.add(new Suffix(SUFFIXES.indexOf(s.group(1)), number));
        }
        BigInteger revision = m.group("revision") == null ? BigInteger.ZERO : new BigInteger(m.group("revision"));
        return new Parsed(numbers, letter, suffixes, revision);
    }

    private static int compareNumbers(List<String> a, List<String> b) {
        int result = new BigInteger(a.get(0)).compareTo(new BigInteger(b.get(0)));
        for (int i = 1; result == 0 && i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.startsWith("0") || y.startsWith("0")) {
                // Gentoo PMS 3.3: leading zero means compare as a fraction, i.e. as strings without trailing zeros.
                result = Integer.signum(stripTrailingZeros(x).compareTo(stripTrailingZeros(y)));
            } else {
                result = new BigInteger(x).compareTo(new BigInteger(y));
            }
        }
        return result != 0 ? result : Integer.compare(a.size(), b.size());
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static int compareSuffixes(List<Suffix> a, List<Suffix> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Suffix x = a.get(i);
            Suffix y = b.get(i);
            int result = x.rank != y.rank ? Integer.compare(x.rank, y.rank) : x.number.compareTo(y.number);
            if (result != 0) {
                return result;
            }
        }
        if (a.size() == b.size()) {
            return 0;
        }
        // The longer list wins unless its next suffix marks a pre-release (1.0_rc1 < 1.0 < 1.0_p1).
        boolean leftLonger = a.size() > b.size();
        Suffix extra = leftLonger ? a.get(b.size()) : b.get(a.size());
        int sign = extra.rank >= FIRST_POST_SUFFIX ? 1 : -1;
        return leftLonger ? sign : -sign;
    }
}
