package dev.slimline.scan.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import us.springett.cvss.Cvss;

/**
 * v2, v3.1 and v4.0 scores against FIRST's published examples (vendored with their source), and, over every base
 * vector there is, against Dependency-Track's cvss-calculator as a second implementation: no drift at x.x5.
 */
class CvssReferenceTest {

    @Test
    void firstsPublishedExamplesScoreExactly() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/cvss/first-example-vectors.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines::add);
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(19);
        for (String line : lines) {
            String[] parts = line.split(" ");
            assertThat(score(parts[0])).as(parts[0]).isEqualTo(Double.parseDouble(parts[1]));
        }
    }

    @Test
    void everyV31AndV2BaseVectorAgreesWithTheSecondImplementation() {
        forEachVector("CVSS:3.1", List.of(List.of("AV", "N", "A", "L", "P"), List.of("AC", "L", "H"),
                List.of("PR", "N", "L", "H"), List.of("UI", "N", "R"), List.of("S", "U", "C"), List.of("C", "H", "L", "N"),
                List.of("I", "H", "L", "N"), List.of("A", "H", "L", "N")), this::assertAgrees);
        forEachVector("", List.of(List.of("AV", "L", "A", "N"), List.of("AC", "H", "M", "L"), List.of("Au", "M", "S", "N"),
                List.of("C", "N", "P", "C"), List.of("I", "N", "P", "C"), List.of("A", "N", "P", "C")), this::assertAgrees);
    }

    @Test
    void everyV4BaseVectorAgreesWithTheSecondImplementation() {
        int[] count = {0};
        forEachVector("CVSS:4.0", List.of(List.of("AV", "N", "A", "L", "P"), List.of("AC", "L", "H"),
                List.of("AT", "N", "P"), List.of("PR", "N", "L", "H"), List.of("UI", "N", "P", "A"),
                List.of("VC", "H", "L", "N"), List.of("VI", "H", "L", "N"), List.of("VA", "H", "L", "N"),
                List.of("SC", "H", "L", "N"), List.of("SI", "H", "L", "N"), List.of("SA", "H", "L", "N")), vector -> {
                    assertAgrees(vector);
                    count[0]++;
                });
        assertThat(count[0]).isEqualTo(104_976);
    }

    @Test
    void v2VectorsAreReadWithTheirFeedDecorationsAndMalformedOnesRejected() {
        assertThat(Cvss2Vector.parse("(AV:N/AC:L/Au:N/C:C/I:C/A:C)").baseScore()).isEqualTo(10.0);
        assertThat(Cvss2Vector.parse("CVSS:2.0/AV:N/AC:L/Au:N/C:N/I:N/A:C").severity()).isEqualTo(CvssSeverity.HIGH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cvss2Vector.parse("AV:X/AC:L/Au:N/C:N/I:N/A:C"))
                .isInstanceOf(dev.slimline.SlimlineException.class).hasMessageStartingWith("invalid CVSS v2 vector");
    }

    private void assertAgrees(String vector) {
        double theirs = Cvss.fromVector(vector).calculateScore().getBaseScore();
        double ours = score(vector);
        if (ours != theirs) {
            throw new AssertionError(vector + ": slimline " + ours + ", cvss-calculator " + theirs);
        }
    }

    private static double score(String vector) {
        if (vector.startsWith("CVSS:4.0/")) {
            return Cvss4Vector.parse(vector).score();
        }
        return vector.startsWith("CVSS:3") ? Cvss3Vector.parse(vector).baseScore() : Cvss2Vector.parse(vector).baseScore();
    }

    /** Every combination of the metric values, in vector order. */
    private static void forEachVector(String prefix, List<List<String>> metrics, Consumer<String> each) {
        List<String> vectors = List.of(prefix);
        for (List<String> metric : metrics) {
            List<String> next = new ArrayList<>();
            for (String v : vectors) {
                for (String value : metric.subList(1, metric.size())) {
                    next.add((v.isEmpty() ? "" : v + "/") + metric.get(0) + ":" + value);
                }
            }
            vectors = next;
        }
        vectors.forEach(each);
    }
}
