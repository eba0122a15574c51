package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by longest common subsequence of lines. Dockerfiles are a few hundred lines at
 * most, so the quadratic table is small; no dependency is worth adding for this.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

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
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (Line line : hunk) {
            if (line.kind() != '+') {
                oldStart = oldStart == 0 ? line.oldNo() : oldStart;
                oldCount++;
            }
            if (line.kind() != '-') {
                newStart = newStart == 0 ? line.newNo() : newStart;
                newCount++;
            }
        }
        if (oldCount == 0) {
            oldStart = hunk.get(0).oldNo() - 1 + 0;
        }
        if (newCount == 0) {
            newStart = hunk.get(0).newNo() - 1;
        }
        out.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart).append(',')
                .append(newCount).append(" @@\n");
        for (Line line : hunk) {
            out.append(line.kind()).append(line.text()).append('\n');
        }
    }

    private static List<Line> script(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', a.get(i), ++i, ++j));
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line('-', a.get(i), ++i, j));
            } else {
                out.add(new Line('+', b.get(j), i, ++j));
            }
        }
        return out;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
