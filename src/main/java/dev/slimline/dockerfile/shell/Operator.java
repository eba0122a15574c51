package dev.slimline.dockerfile.shell;

/** What follows a command in a script: how the shell chains it to the next one. */
public enum Operator {
    AND("&&"),
    OR("||"),
    SEMICOLON(";"),
    PIPE("|"),
    BACKGROUND("&"),
    NEWLINE("\n"),
    /** The command closes a group {@code )} or {@code }}, or the script ends. */
    END("");

    private final String text;

    Operator(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
