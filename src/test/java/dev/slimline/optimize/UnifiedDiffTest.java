package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", "x\n", "x\n")).isEmpty();
    }

    @Test
    void oneChangedLineWithContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assertThat(UnifiedDiff.diff("a/f", "b/f", before, after)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void distantChangesGetTwoHunksAndInsertionsCount() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String after = "A\na\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
        String diff = UnifiedDiff.diff("x", "y", before, after);
        assertThat(diff).contains("@@ -1,3 +1,4 @@\n+A\n a\n b\n c\n").contains("@@ -9,4 +10,3 @@\n i\n j\n k\n-l\n");
    }

    @Test
    void anEmptyFileGetsDiffsZeroRangeAndAppliesWithGitAndPatch() {
        assertThat(UnifiedDiff.diff("a/f", "b/f", "", "FROM scratch\n"))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+FROM scratch\n");
        assertThat(UnifiedDiff.diff("a/f", "b/f", "FROM scratch\n", "")).contains("@@ -1,1 +0,0 @@\n-FROM scratch\n");
        PatchToolsCheck.assertApplies("f", "", "FROM scratch\n");
        PatchToolsCheck.assertApplies("f", "FROM scratch\n", "");
    }

    @Test
    void aChangeOfOnlyTheFinalNewlineIsAHunk() {
        assertThat(UnifiedDiff.diff("a/f", "b/f", "a\nb", "a\nb\n"))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
        PatchToolsCheck.assertApplies("f", "a\nb", "a\nb\n");
        PatchToolsCheck.assertApplies("f", "a\nb\n", "a\nb");
        PatchToolsCheck.assertApplies("f", "x\ny", "x\nz");
    }

    @Test
    void largeInputsDiffWithoutAQuadraticTable() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            before.append("RUN step ").append(i).append('\n');
            after.append("RUN step ").append(i == 25_000 ? "changed" : String.valueOf(i)).append('\n');
        }
        // An n*m int table for 50,000 lines each would need 10 GB; Myers needs a few diagonals here.
        String diff = UnifiedDiff.diff("a/f", "b/f", before.toString(), after.toString());
        assertThat(diff).contains("@@ -24998,7 +24998,7 @@\n").contains("-RUN step 25000\n+RUN step changed\n");
    }
}
