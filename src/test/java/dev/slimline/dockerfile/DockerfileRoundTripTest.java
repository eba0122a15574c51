package dev.slimline.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Dockerfile in the test resources parses and prints back byte for byte, and its spans are consistent
 * with the text they claim to cover.
 */
class DockerfileRoundTripTest {

    static List<Path> dockerfiles() {
        return TestDockerfiles.all();
    }

    @Test
    void corpusHasAtLeastSixtyHandWrittenDockerfiles() {
        assertThat(TestDockerfiles.corpus()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(dockerfiles()).containsAll(TestDockerfiles.corpus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerfiles")
    void parsesAndPrintsBackByteForByte(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        if (TestDockerfiles.expectedInvalid(file)) {
            assertThatThrownBy(() -> DockerfileParser.parse(file)).isInstanceOf(ParseException.class);
            return;
        }
        Dockerfile dockerfile = DockerfileParser.parse(file);

        assertThat(dockerfile.print().getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
        assertThat(dockerfile.path()).isEqualTo(file);
        assertSegmentsTileTheText(dockerfile);
        assertSpansMatchText(dockerfile);
    }

    /** Segments follow each other without gap or overlap, from offset 0 to the end. */
    static void assertSegmentsTileTheText(Dockerfile dockerfile) {
        int offset = 0;
        for (Segment segment : dockerfile.segments()) {
            assertThat(segment.span().startOffset()).as("segment %s", segment).isEqualTo(offset);
            assertThat(dockerfile.text().substring(segment.span().startOffset(), segment.span().endOffset()))
                    .isEqualTo(segment.text());
            offset = segment.span().endOffset();
        }
        assertThat(offset).isEqualTo(dockerfile.text().length());
    }

    /** Each node's text is what its span covers; line/column agree with offsets. */
    static void assertSpansMatchText(Dockerfile dockerfile) {
        String text = dockerfile.text();
        List<Instruction> all = new ArrayList<>(dockerfile.instructions());
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.OnBuild onBuild) {
                all.add(onBuild.trigger());
            }
        }
        for (Instruction instruction : all) {
            Span span = instruction.span();
            assertThat(text.substring(span.startOffset(), span.endOffset())).isEqualTo(instruction.text());
            // A line continuation may split the keyword itself, so only its first char is where it starts.
            assertThat(instruction.keyword()).isEqualTo(instruction.raw().keywordAsWritten().toUpperCase(Locale.ROOT));
            assertThat(instruction.text().charAt(0)).isEqualTo(instruction.raw().keywordAsWritten().charAt(0));
            assertLineColumn(text, span);
            for (Flag flag : instruction.flags()) {
                // "--" itself may be split by a line continuation, so only the first dash is certain.
                assertThat(text.substring(flag.span().startOffset(), flag.span().endOffset())).startsWith("-");
                assertThat(flag.span().startOffset()).isGreaterThanOrEqualTo(span.startOffset());
                assertLineColumn(text, flag.span());
            }
            for (Heredoc heredoc : instruction.raw().heredocs()) {
                String covered = text.substring(heredoc.span().startOffset(), heredoc.span().endOffset());
                assertThat(covered).startsWith(heredoc.body()).endsWith(heredoc.delimiter());
                assertThat(heredoc.span().endOffset()).isLessThanOrEqualTo(span.endOffset());
            }
        }
        for (Comment comment : dockerfile.comments()) {
            assertThat(text.substring(comment.span().startOffset(), comment.span().endOffset()))
                    .isEqualTo("#" + comment.text());
            assertLineColumn(text, comment.span());
        }
    }

    /** Recomputes line and column of the span start from the text itself. */
    private static void assertLineColumn(String text, Span span) {
        int line = 1;
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < span.startOffset(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        assertThat(span.startLine()).as("line of %s", span).isEqualTo(line);
        assertThat(span.startColumn()).as("column of %s", span).isEqualTo(span.startOffset() - lineStart + 1);
    }
}
