package dev.slimline.dockerfile;

import java.util.Random;

/**
 * Generators for the Dockerfile shapes an adversarial run found slow or explosive (issue #17): long tokens, deep
 * stage chains, self-referencing ARGs. Sizes are drawn from a seeded {@link Random} so a failure replays.
 */
final class HostileShapes {

    private final Random random;

    HostileShapes(long seed) {
        this.random = new Random(seed);
    }

    /** One of the shapes, chosen at random. */
    String next() {
        return switch (random.nextInt(3)) {
            case 0 -> longToken();
            case 1 -> stageChain();
            default -> selfReferencingArgs();
        };
    }

    /** A RUN, ENV, ARG or EXPOSE with one token of up to 256 K characters (URL-like pieces included). */
    String longToken() {
        int length = 1 + random.nextInt(256 * 1024);
        String alphabet = switch (random.nextInt(4)) {
            case 0 -> "a";
            case 1 -> "abcdefghijklmnopqrstuvwxyz0123456789";
            case 2 -> "a:/@";
            default -> "9";
        };
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String instruction = switch (random.nextInt(4)) {
            case 0 -> "RUN echo " + token;
            case 1 -> "ENV X=" + token;
            case 2 -> "ARG X=" + token;
            default -> "EXPOSE " + token;
        };
        return "FROM python:3.11\n" + instruction + "\n";
    }

    /** {@code FROM s(i-1) AS s(i)}, up to 20,000 stages deep, some with COPY --from. */
    String stageChain() {
        return stageChain(1 + random.nextInt(20_000), random);
    }

    /** A chain of exactly {@code depth} stages; with {@code random}, about one stage in 1,000 copies from an earlier one. */
    static String stageChain(int depth, Random random) {
        StringBuilder text = new StringBuilder("FROM python:3.11 AS s0\n");
        for (int i = 1; i < depth; i++) {
            text.append("FROM s").append(i - 1).append(" AS s").append(i).append('\n');
            if (random != null && random.nextInt(1000) == 0) {
                text.append("COPY --from=s").append(random.nextInt(i)).append(" /a b\n");
            }
        }
        return text.toString();
    }

    /** {@code ARG A=${A}${A}} (and variants) repeated up to 64 times: doubling without bound if not capped. */
    String selfReferencingArgs() {
        int lines = 1 + random.nextInt(64);
        String[] forms = {"${A}${A}", "$A$A$A", "${A:-$A}${A}", "\"${A}\"${A}", "${A}${A}${A}${A}"};
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "ARG A=aaaaaaaaaa\nFROM python:3.11\n"
                : "FROM python:3.11\nARG A=aaaaaaaaaa\n");
        for (int i = 0; i < lines; i++) {
            text.append("ARG A=").append(forms[random.nextInt(forms.length)]).append('\n');
        }
        return text.append(random.nextBoolean() ? "FROM ${A}\n" : "RUN echo $A\n").toString();
    }
}
