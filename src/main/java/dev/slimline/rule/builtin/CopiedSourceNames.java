package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The local files COPY and ADD take from the build context, matched by file name. */
final class CopiedSourceNames {

    /** A COPY or ADD and the first of its sources whose file name matched. */
    record Match(Instruction instruction, String source) {
    }

    private CopiedSourceNames() {
    }

    /** For every COPY/ADD from the build context, the first source whose file name matches {@code name}. */
    static List<Match> matching(Dockerfile dockerfile, Pattern name) {
        List<Match> matches = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.FileTransfer transfer && transfer.from().isEmpty()) {
                transfer.sources().stream().filter(s -> !s.startsWith("<<"))
                        .filter(s -> name.matcher(fileName(s)).matches()).findFirst()
                        .ifPresent(source -> matches.add(new Match(instruction, source)));
            }
        }
        return matches;
    }

    static String fileName(String source) {
        String s = source;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
