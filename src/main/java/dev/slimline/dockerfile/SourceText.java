package dev.slimline.dockerfile;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The source split into physical lines on {@code \n}, with offset-to-line/column lookup. A line's content ends
 * before its trailing {@code \r}/{@code \n} characters (BuildKit trims them all); a leading byte order mark is not
 * part of line 1.
 */
final class SourceText {

    final String text;
    final Path file;
    final int bomLength;
    /** Per line: offset of its first char, end of its content, end including its line break. */
    final int[] lineStart;
    final int[] contentEnd;
    final int[] lineEnd;
    final int lineCount;

    SourceText(String text, Path file) {
        this.text = text;
        this.file = file;
        this.bomLength = text.startsWith("\uFEFF") ? 1 : 0;
        int capacity = 16;
        int[] starts = new int[capacity];
        int[] contents = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int start = bomLength;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            int content = end;
            while (content > start && (text.charAt(content - 1) == '\n' || text.charAt(content - 1) == '\r')) {
                content--;
            }
            if (count == capacity) {
                capacity *= 2;
                starts = Arrays.copyOf(starts, capacity);
                contents = Arrays.copyOf(contents, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            starts[count] = start;
            contents[count] = content;
            ends[count] = end;
            count++;
            start = end;
        }
        this.lineStart = starts;
        this.contentEnd = contents;
        this.lineEnd = ends;
        this.lineCount = count;
    }

    String content(int line) {
        return text.substring(lineStart[line], contentEnd[line]);
    }

    /** 0-based line index of an offset (an offset at the very end belongs to the last line). */
    int lineOf(int offset) {
        if (lineCount == 0) {
            return 0;
        }
        int index = Arrays.binarySearch(lineStart, 0, lineCount, offset);
        if (index >= 0) {
            return index;
        }
        return Math.max(0, -index - 2);
    }

    int columnOf(int offset) {
        return lineCount == 0 ? 1 : Math.max(1, offset - lineStart[lineOf(offset)] + 1);
    }

    /** The span of {@code [start, end)}; the end line/column are those of the last char. */
    Span span(int start, int end) {
        int startLine = lineOf(start);
        int startColumn = lineCount == 0 ? 1 : Math.max(1, start - lineStart[startLine] + 1);
        if (end <= start) {
            return new Span(startLine + 1, startColumn, startLine + 1, startColumn, start, start);
        }
        int last = end - 1;
        int endLine = lineOf(last);
        int endColumn = Math.max(1, last - lineStart[endLine] + 1);
        return new Span(startLine + 1, startColumn, endLine + 1, endColumn, start, end);
    }

    ParseException error(int offset, String message) {
        int line = lineOf(offset);
        return new ParseException(file, lineCount == 0 ? 1 : line + 1, columnOf(offset), message);
    }
}
