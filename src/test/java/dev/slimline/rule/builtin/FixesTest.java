package dev.slimline.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.rule.Finding;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every proposed fix, applied alone, still parses and removes the finding it was proposed for. */
class FixesTest {

    private static final String BLOATED = """
            FROM node:18
            MAINTAINER Jo Doe <jo@example.test>
            RUN apt-get update && apt-get install -y curl
            RUN apk add curl
            RUN pip install flask==3.0.3
            RUN gem install bundler -v 2.5.0
            RUN npm ci --omit=dev
            RUN yarn install --production
            RUN dnf install -y nginx
            ADD app.js /app/
            ENTRYPOINT node /app/app.js
            """;

    @Test
    void eachFixParsesAndRemovesItsFinding() {
        Dockerfile original = DockerfileParser.parse(BLOATED, null);
        List<Finding> fixable = Linter.lint(original, LintOptions.defaults()).findings().stream()
                .filter(f -> f.fix().isPresent()).toList();
        assertThat(fixable).extracting(Finding::ruleId).contains("SL1001", "SL1002", "SL1003", "SL1004", "SL1005",
                "SL1006", "SL1007", "SL1013", "SL2002", "SL3002", "SL3010");
        for (Finding finding : fixable) {
            String fixed = finding.fix().orElseThrow().applyTo(BLOATED);
            Dockerfile reparsed = DockerfileParser.parse(fixed, null);
            long before = count(original, finding.ruleId());
            long after = count(reparsed, finding.ruleId());
            assertThat(after).as(finding.ruleId() + " fix: " + finding.fix().get().description() + "\n" + fixed).isEqualTo(before - 1);
        }
    }

    private static long count(Dockerfile dockerfile, String ruleId) {
        return Linter.lint(dockerfile, LintOptions.defaults()).findings().stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }
}
