package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One parse: walks the physical lines once, as BuildKit's parser does (directives at the top, comments, blank
 * lines, instructions with continuations and heredoc bodies), recording a {@link Segment} for every line so the
 * text can be printed back, then groups the instructions into stages.
 */
final class DockerfileReader {

    private static final Set<String> DIRECTIVE_NAMES = Set.of("syntax", "escape", "check");

    private final SourceText source;
    private final String text;
    private char escape = '\\';
    private boolean directivesDone;
    private final Set<String> seenDirectives = new HashSet<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();

    DockerfileReader(SourceText source) {
        this.source = source;
        this.text = source.text;
    }

    Dockerfile read() {
        if (source.bomLength > 0) {
            segments.add(new Segment(Segment.Kind.BYTE_ORDER_MARK, text.substring(0, source.bomLength),
                    source.span(0, source.bomLength)));
        }
        int line = 0;
        while (line < source.lineCount) {
            line = readLine(line);
        }
        if (instructions.isEmpty()) {
            throw new ParseException(source.file, 1, 1, "file with no instructions");
        }
        return assemble();
    }

    /** Reads the construct starting at physical line {@code line}; returns the next unread line. */
    private int readLine(int line) {
        int start = source.lineStart[line];
        int end = source.contentEnd[line];
        int first = GoText.skipSpace(text, start, end);
        if (!directivesDone) {
            Directive directive = directive(first, end);
            if (directive != null) {
                directives.add(directive);
                addLineSegment(Segment.Kind.DIRECTIVE, line);
                return line + 1;
            }
            directivesDone = true;
        }
        if (first == end) {
            addLineSegment(Segment.Kind.BLANK, line);
            return line + 1;
        }
        if (text.charAt(first) == '#') {
            comments.add(new Comment(text.substring(first + 1, end), source.span(first, end)));
            addLineSegment(Segment.Kind.COMMENT, line);
            return line + 1;
        }
        return readInstruction(line, first);
    }

    private void addLineSegment(Segment.Kind kind, int line) {
        int start = source.lineStart[line];
        int end = source.lineEnd[line];
        segments.add(new Segment(kind, text.substring(start, end), source.span(start, end)));
    }

    /**
     * A parser directive line ({@code # name = value}, BuildKit's pattern), or {@code null} when the line is not
     * one, which ends the directive block. Unknown names end it too and stay plain comments.
     */
    private Directive directive(int first, int end) {
        if (first >= end || text.charAt(first) != '#') {
            return null;
        }
        int pos = skipRegexSpace(first + 1, end);
        int nameStart = pos;
        if (pos >= end || !isAsciiLetter(text.charAt(pos))) {
            return null;
        }
        while (pos < end && (isAsciiLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos))
                && text.charAt(pos) < 128)) {
            pos++;
        }
        String name = text.substring(nameStart, pos).toLowerCase(Locale.ROOT);
        pos = skipRegexSpace(pos, end);
        if (pos >= end || text.charAt(pos) != '=') {
            return null;
        }
        int rest = pos + 1;
        if (rest >= end) {
            return null;
        }
        int valueStart = skipRegexSpace(rest, end);
        String value;
        if (valueStart < end) {
            int valueEnd = end;
            while (valueEnd > valueStart && isRegexSpace(text.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            value = text.substring(valueStart, valueEnd);
        } else {
            valueStart = end - 1; // only blanks after '=': the pattern's lazy value takes the last one
            value = text.substring(valueStart, end);
        }
        if (!DIRECTIVE_NAMES.contains(name)) {
            return null;
        }
        if (!seenDirectives.add(name)) {
            throw source.error(first, "only one " + name + " parser directive can be used");
        }
        if (name.equals("escape")) {
            if (!value.equals("`") && !value.equals("\\")) {
                throw source.error(valueStart, "invalid escape token '" + value + "' does not match ` or \\");
            }
            escape = value.charAt(0);
        }
        return new Directive(name, value, source.span(first, end));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** RE2's {@code \s}: {@code [\t\n\f\r ]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private int skipRegexSpace(int pos, int end) {
        while (pos < end && isRegexSpace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** Where the escape char ending a line starts, or -1 when the line does not continue. */
    private int continuationAt(int start, int end) {
        int pos = end;
        while (pos > start && (text.charAt(pos - 1) == ' ' || text.charAt(pos - 1) == '\t')) {
            pos--;
        }
        if (pos > start && text.charAt(pos - 1) == escape && (pos - 1 == start || text.charAt(pos - 2) != escape)) {
            return pos - 1;
        }
        return -1;
    }

    private int readInstruction(int firstLine, int first) {
        LogicalLine logical = new LogicalLine(source, first);
        List<Comment> inner = new ArrayList<>();
        int last = firstLine;
        int cut = continuationAt(first, source.contentEnd[firstLine]);
        logical.append(first, cut < 0 ? source.contentEnd[firstLine] : cut);
        boolean continues = cut >= 0;
        int next = firstLine + 1;
        while (continues && next < source.lineCount) {
            int start = source.lineStart[next];
            int end = source.contentEnd[next];
            int nonBlank = GoText.skipSpace(text, start, end);
            last = next++;
            if (nonBlank < end && text.charAt(nonBlank) == '#') {
                Comment comment = new Comment(text.substring(nonBlank + 1, end), source.span(nonBlank, end));
                inner.add(comment);
                comments.add(comment);
                continue;
            }
            if (nonBlank == end) {
                continue; // BuildKit skips empty continuation lines (with a warning)
            }
            cut = continuationAt(start, end);
            logical.append(start, cut < 0 ? end : cut);
            continues = cut >= 0;
        }
        String line = logical.text();
        if (GoText.skipSpace(line, 0, line.length()) == line.length()) {
            throw source.error(first, "line continuation without an instruction");
        }
        InstructionHeader header = InstructionHeader.split(line, 0, line.length());
        if (instructions.isEmpty() && !InstructionParser.looksLikeInstruction(header.keyword())) {
            throw source.error(first, "not a Dockerfile: the first line is no instruction (its text is not shown)");
        }
        InstructionParser parser = new InstructionParser(logical, escape);
        List<Heredoc> heredocs = new ArrayList<>();
        if (canContainHeredoc(header, parser, line)) {
            for (HeredocMarker marker : HeredocMarker.fromLine(line)) {
                last = readHeredoc(marker, last, header, logical, heredocs);
            }
        }
        int spanEnd = Math.max(source.contentEnd[last], logical.offset(header.keywordStart()));
        Instruction instruction = parser.build(header, spanEnd, inner, heredocs);
        instructions.add(instruction);
        int segmentStart = source.lineStart[firstLine];
        int segmentEnd = source.lineEnd[last];
        segments.add(new Segment(Segment.Kind.INSTRUCTION, text.substring(segmentStart, segmentEnd),
                source.span(segmentStart, segmentEnd)));
        return last + 1;
    }

    private static boolean canContainHeredoc(InstructionHeader header, InstructionParser parser, String line) {
        InstructionHeader target = header;
        if (header.keywordUpper().equals("ONBUILD") && header.argsStart() < header.argsEnd()) {
            target = InstructionHeader.split(line, header.argsStart(), header.argsEnd());
        }
        return InstructionParser.HEREDOC_KEYWORDS.contains(target.keywordUpper()) && !parser.isJson(target);
    }

    /** Consumes the body and terminator of one heredoc after line {@code last}; returns the terminator line. */
    private int readHeredoc(HeredocMarker marker, int last, InstructionHeader header, LogicalLine logical,
                            List<Heredoc> heredocs) {
        int bodyStart = last + 1 < source.lineCount ? source.lineStart[last + 1] : text.length();
        for (int line = last + 1; line < source.lineCount; line++) {
            int start = source.lineStart[line];
            int end = source.contentEnd[line];
            if (marker.stripTabs()) {
                while (start < end && text.charAt(start) == '\t') {
                    start++;
                }
            }
            if (end - start == marker.name().length() && text.startsWith(marker.name(), start)) {
                heredocs.add(new Heredoc(marker.name(), marker.quoted(), marker.stripTabs(),
                        text.substring(bodyStart, source.lineStart[line]),
                        source.span(bodyStart, source.contentEnd[line])));
                return line;
            }
        }
        throw logical.error(header.keywordStart(), "unterminated heredoc " + marker.name());
    }

    private Dockerfile assemble() {
        List<Instruction.Arg> globalArgs = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        Instruction.From from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.From next) {
                if (from != null) {
                    stages.add(stage(stages.size(), from, body));
                    body = new ArrayList<>();
                }
                from = next;
            } else if (from != null) {
                body.add(instruction);
            } else if (instruction instanceof Instruction.Arg arg) {
                globalArgs.add(arg);
            } else {
                Span at = instruction.span();
                throw new ParseException(source.file, at.startLine(), at.startColumn(),
                        "no build stage in current context");
            }
        }
        if (from == null) {
            Span at = instructions.get(0).span();
            throw new ParseException(source.file, at.startLine(), at.startColumn(),
                    "dockerfile contains no stages to build");
        }
        stages.add(stage(stages.size(), from, body));
        return new Dockerfile(source.file, text, escape, directives, comments, instructions, stages, globalArgs,
                segments);
    }

    private static Stage stage(int index, Instruction.From from, List<Instruction> body) {
        Optional<String> name = from.stageName();
        return new Stage(index, name, from, body);
    }
}
