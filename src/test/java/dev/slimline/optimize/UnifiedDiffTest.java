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
}
