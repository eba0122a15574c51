package dev.slimline.dockerfile;

import java.util.List;
import java.util.Random;

/**
 * Mutates Dockerfile text the way a careless edit or a hostile input would: stray bytes, quotes, escape
 * characters, heredoc markers, keywords and flags inserted; ranges deleted or duplicated; lines swapped.
 */
final class DockerfileMutator {

    private static final String[] FRAGMENTS = {
        "\\", "`", "\"", "'", "\n", "\r\n", "\r", "\t", " ", "#", "$", "${", "}", "${A:-", "${A/", "[", "]", ",",
        "=", "--", "-", "<<", "<<EOF", "<<-EOF", "<<'EOF'", "<<\"X\"", "\nEOF\n", "\n\tEOF\n", "EOF", "\\\n",
        "`\n", "\\ \t\n", "# escape=`\n", "# escape=\\\n", "# syntax=docker/dockerfile:1\n", "# check=skip=all\n",
        "[\"a\", \"b\"]", "[\"", "\\u00", "{\"a\":[1,{}]}", "AS ", " as stage", "--mount=type=cache,target=/x ",
        "--from=0 ", "--chown=1:1 ", "--link ", "--link=maybe ", "--interval=", "--retries=", "NONE", "CMD ",
        "\uFEFF", "\u00A0", "\u2028", "\u00e9", "\uD83D\uDE00", "\0", "\u0085", "0", "9999999999999999999",
    };
    private static final String[] KEYWORDS = {
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
        "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "from", "run", "Copy", "BOGUS",
    };

    private final Random random;
    private final List<String> seeds;

    DockerfileMutator(long seed, List<String> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds;
    }

    /** A fresh mutant: a random seed file with one to three mutations applied. */
    String next() {
        StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(text);
        }
        return text.toString();
    }

    private void mutate(StringBuilder text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(9)) {
            case 0 -> text.insert(at, (char) random.nextInt(128));
            case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            case 2 -> text.insert(lineStart(text, at), KEYWORDS[random.nextInt(KEYWORDS.length)]
                    + (random.nextBoolean() ? " " : "\n"));
            case 3 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(12));
                text.delete(at, end);
            }
            case 4 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(40));
                text.insert(end, text.substring(at, end));
            }
            case 5 -> swapLines(text);
            case 6 -> text.setLength(at);
            case 7 -> text.insert(lineStart(text, at), FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            default -> {
                if (at < text.length()) {
                    text.setCharAt(at, (char) (random.nextBoolean() ? random.nextInt(128)
                            : 0x80 + random.nextInt(0x3000)));
                }
            }
        }
    }

    private static int lineStart(StringBuilder text, int at) {
        int newline = text.lastIndexOf("\n", Math.max(0, at - 1));
        return at == 0 || newline < 0 ? 0 : newline + 1;
    }

    private void swapLines(StringBuilder text) {
        String[] lines = text.toString().split("\n", -1);
        if (lines.length < 2) {
            return;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String swap = lines[a];
        lines[a] = lines[b];
        lines[b] = swap;
        text.setLength(0);
        text.append(String.join("\n", lines));
    }
}
