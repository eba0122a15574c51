package dev.slimline.optimize;

import java.util.List;
import java.util.stream.Collectors;

/** Joins argv back into shell text, quoting only words that need it. */
final class ShellWords {

    private ShellWords() {
    }

    static String join(List<String> argv) {
        return argv.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }

    static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./*-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
