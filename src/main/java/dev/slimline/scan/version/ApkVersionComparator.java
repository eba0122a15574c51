package dev.slimline.scan.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alpine (apk) version ordering, as apk-tools' {@code version.c} tokenises and compares:
 * {@code 1.2.3[letter][_suffix[N]]...[~hash][-rN]}. Numbers compare numerically, except that a component after the
 * first that starts with {@code 0} yields a weight of minus its extra leading zeros before its value, so padded
 * components sort low ({@code 1.0.05 < 1.0.4}, {@code 1.00 < 1.0}). A letter sorts after none; suffixes sort
 * {@code _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p}; a suffix number or a revision that is
 * absent sorts below an explicit 0 (apk runs out of tokens first); the {@code ~hash} commit marker takes no part.
 */
final class ApkVersionComparator implements VersionComparator {

    /** Alpine or Wolfi: same apk-tools rules, named in errors. */
    private final Ecosystem ecosystem;

    ApkVersionComparator(Ecosystem ecosystem) {
        this.ecosystem = ecosystem;
    }

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

    private record Parsed(List<BigInteger> numbers, int letter, List<Suffix> suffixes, BigInteger revision) {
    }

    /** What an absent suffix number or revision weighs: below any number written out. */
    private static final BigInteger ABSENT = BigInteger.valueOf(-1);

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

    private Parsed parse(String version) {
        Matcher m = VersionText.match(VERSION, ecosystem, version,
                "expected digits separated by '.', an optional letter, _alpha/_beta/_pre/_rc/_p suffixes and -rN");
        List<BigInteger> numbers = numberTokens(m.group("numbers").split("\\."));
        int letter = m.group("letter").isEmpty() ? 0 : m.group("letter").charAt(0);
        List<Suffix> suffixes = new ArrayList<>();
        Matcher s = SUFFIX.matcher(m.group("suffixes"));
        while (s.find()) {
            BigInteger number = s.group(2).isEmpty() ? ABSENT : new BigInteger(s.group(2));
            suffixes.add(new Suffix(SUFFIXES.indexOf(s.group(1)), number));
        }
        BigInteger revision = m.group("revision") == null ? ABSENT : new BigInteger(m.group("revision"));
        return new Parsed(numbers, letter, suffixes, revision);
    }

    /**
     * The numeric tokens apk reads: the first component as its value; a later component with leading zeros as
     * minus its zeros beyond the first, then its value; other components as their value.
     */
    private static List<BigInteger> numberTokens(String[] components) {
        List<BigInteger> tokens = new ArrayList<>();
        tokens.add(new BigInteger(components[0]));
        for (int i = 1; i < components.length; i++) {
            String component = components[i];
            if (component.startsWith("0")) {
                int zeros = 0;
                while (zeros < component.length() && component.charAt(zeros) == '0') {
                    zeros++;
                }
                tokens.add(BigInteger.valueOf(1 - zeros));
            }
            tokens.add(new BigInteger(component));
        }
        return tokens;
    }

    /** Token by token; when one runs out first, the longer (non-terminating) version is the greater. */
    private static int compareNumbers(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int result = a.get(i).compareTo(b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
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
