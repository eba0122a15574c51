package dev.slimline.report;

import dev.slimline.Severity;

/** Severity text in its terminal colour (ANSI SGR): critical bold red, high red, medium yellow, low cyan, info plain. */
final class SeverityColour {

    private static final String RESET = "\033[0m";

    private SeverityColour() {
    }

    /** {@code text} wrapped in the colour of {@code severity}; info stays plain. */
    static String paint(Severity severity, String text) {
        String start = switch (severity) {
            case CRITICAL -> "\033[1;31m";
            case HIGH -> "\033[31m";
            case MEDIUM -> "\033[33m";
            case LOW -> "\033[36m";
            case INFO -> "";
        };
        return start.isEmpty() ? text : start + text + RESET;
    }
}
