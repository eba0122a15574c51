package dev.slimline.optimize;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts in the form {@code git apply} and {@code patch} accept: the edit script from
 * java-diff-utils (Myers, O(ND) rather than an n·m table), hunks with three lines of context, zero-length ranges
 * numbered as diff(1) does ({@code @@ -0,0 +1,2 @@} against an empty file) and a missing final newline marked
 * with {@code \ No newline at end of file}, so a change of only that newline is a hunk too.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Appended to a last line that has no newline: it then differs from the same line with one, and prints right. */
    private static final String NO_NEWLINE = "\n\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /** A line of the edit script; {@code oldNo}/{@code newNo} count the lines of each side read so far. */
    private record Line(char kind, String text, int oldNo, int newNo) {
    }

    public static String diff(String oldName, String newName, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<Line> script = script(lines(before), lines(after));
        StringBuilder out = new StringBuilder("--- " + oldName + "\n+++ " + newName + "\n");
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int quiet = 0;
            while (end < script.size() && quiet <= 2 * CONTEXT) {
                quiet = script.get(end).kind() == ' ' ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(script.size(), end - Math.max(0, quiet - CONTEXT));
            hunk(out, script.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Line> hunk) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Line line : hunk) {
            if (line.kind() != '+') {
                oldStart = oldStart < 0 ? line.oldNo() : oldStart;
                oldCount++;
            }
            if (line.kind() != '-') {
                newStart = newStart < 0 ? line.newNo() : newStart;
                newCount++;
            }
        }
        // An empty range names the line after which it sits (0 before the first), as diff -u and git print it.
        if (oldCount == 0) {
            oldStart = hunk.get(0).oldNo();
        }
        if (newCount == 0) {
            newStart = hunk.get(0).newNo();
        }
        out.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart).append(',')
                .append(newCount).append(" @@\n");
        for (Line line : hunk) {
            out.append(line.kind()).append(line.text()).append('\n');
        }
    }

    private static List<Line> script(List<String> a, List<String> b) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                out.add(new Line(' ', a.get(i), ++i, ++j));
            }
            for (String removed : delta.getSource().getLines()) {
                out.add(new Line('-', removed, ++i, j));
            }
            for (String added : delta.getTarget().getLines()) {
                out.add(new Line('+', added, i, ++j));
            }
        }
        while (i < a.size()) {
            out.add(new Line(' ', a.get(i), ++i, ++j));
        }
        return out;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String last = lines.remove(lines.size() - 1);
        if (!last.isEmpty()) {
            lines.add(last + NO_NEWLINE);
        }
        return lines;
    }
}
