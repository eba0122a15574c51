package dev.slimline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.Span;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopIssueTest {

    private static Finding finding(String id, Severity severity, int line, String message) {
        return new Finding(id, severity, Category.SIZE, message, null, new Span(line, 1, line, 5, 0, 4), Optional.empty());
    }

    private static Optional<String> top(String base, Finding... findings) {
        return TopIssue.of(List.of(findings), KnowledgeCatalog.bundled().lookup(base).map(m -> m.image()));
    }

    @Test
    void singleStageOnAFullImageReadsLikeTheStory() {
        assertThat(top("node:18", finding("SL1009", Severity.HIGH, 1, "x"))).hasValue("No multi-stage, full node");
        assertThat(top("node:18-slim", finding("SL1009", Severity.HIGH, 1, "x"))).hasValue("No multi-stage build");
    }

    @Test
    void severityFirstThenTheFixWithTheBiggestSaving() {
        Finding singleStage = finding("SL1009", Severity.HIGH, 1, "single stage");
        Finding buildTools = finding("SL1008", Severity.HIGH, 5, "gcc installed");
        Finding critical = finding("SL2001", Severity.CRITICAL, 9, "Secret in ENV: AWS_SECRET_ACCESS_KEY is baked into the image");

        assertThat(top("python:3.11", singleStage, buildTools)).hasValue("Build tools in final image");
        assertThat(top("python:3.11", singleStage, buildTools, critical)).hasValue("Secret in ENV");
    }

    @Test
    void longMessagesAreCutAtAWord() {
        assertThat(TopIssue.shorten("The final image runs as root because no USER instruction is given anywhere"))
                .isEqualTo("The final image runs as root…").hasSizeLessThanOrEqualTo(32);
        assertThat(top("python:3.11")).isEmpty();
    }
}
