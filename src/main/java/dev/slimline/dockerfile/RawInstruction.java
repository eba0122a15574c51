package dev.slimline.dockerfile;

import java.util.List;

/**
 * What every instruction has in common, as written.
 *
 * @param keyword          upper-cased keyword, e.g. {@code RUN}
 * @param keywordAsWritten the keyword as in the file, e.g. {@code run}
 * @param span             the whole instruction: keyword to end of its last continuation line, or to the end of
 *                         the last heredoc terminator; the final line break is not included
 * @param text             exactly the source text of {@code span}
 * @param flags            the {@code --name[=value]} options after the keyword, in order
 * @param arguments        the arguments after the flags as BuildKit sees them: continuation lines joined, comment
 *                         and blank lines inside the continuation dropped, surrounding whitespace trimmed
 * @param argumentsSpan    where the arguments start and end in the source (may cross lines)
 * @param comments         comment lines inside a continued instruction (BuildKit ignores them)
 * @param heredocs         the here-documents opened on the instruction line, in order
 */
public record RawInstruction(String keyword, String keywordAsWritten, Span span, String text, List<Flag> flags,
                             String arguments, Span argumentsSpan, List<Comment> comments, List<Heredoc> heredocs) {

    public RawInstruction {
        flags = List.copyOf(flags);
        comments = List.copyOf(comments);
        heredocs = List.copyOf(heredocs);
    }
}
