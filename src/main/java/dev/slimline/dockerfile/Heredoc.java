package dev.slimline.dockerfile;

/**
 * A here-document of RUN, COPY or ADD ({@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}).
 * {@code quoted} means the delimiter was quoted, so BuildKit does not expand variables in the body;
 * {@code stripTabs} is the {@code <<-} form. {@code body} is the raw text between the instruction line and the
 * terminator line (each line with its line ending). {@code span} covers the body and the terminator line.
 */
public record Heredoc(String delimiter, boolean quoted, boolean stripTabs, String body, Span span) {

    /** The body as the build sees it: leading tabs removed from each line for {@code <<-}, CRLF as LF. */
    public String content() {
        String text = body.replace("\r\n", "\n");
        if (!stripTabs) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }
}
