package dev.slimline.report;

import dev.slimline.io.TerminalText;

/** The one Markdown escaper of every report (audit, gate, verify). */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * Text safe inside a table cell or a list item: pipes escaped so they do not split the cell, control characters
     * (newlines too) made visible so a message cannot end the row or inject lines.
     */
    public static String cell(String text) {
        return TerminalText.escape(text).replace("|", "\\|");
    }
}
