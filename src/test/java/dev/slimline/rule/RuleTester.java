package dev.slimline.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.Comment;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks rules against expectations written in the Dockerfile itself: a {@code # expect: SL1001[, SL2001]}
 * comment line says the next instruction gets exactly those findings from the rules under test. Checked both
 * ways: a missing finding fails, and so does a finding nobody expected.
 */
public final class RuleTester {

    private static final Pattern EXPECT = Pattern.compile("\\s*expect:\\s*(.*)");

    private RuleTester() {
    }

    /** Runs {@code rules} only and compares with the expectations naming them. */
    public static List<Finding> check(String text, LintOptions options, Rule... rules) {
        return check(DockerfileParser.parse(text, Path.of("Dockerfile")), options, List.of(rules));
    }

    public static List<Finding> check(String text, Rule... rules) {
        return check(text, LintOptions.defaults(), rules);
    }

    public static List<Finding> check(Dockerfile dockerfile, LintOptions options, List<Rule> rules) {
        Set<String> underTest = rules.stream().map(r -> r.info().id()).collect(Collectors.toSet());
        List<Finding> findings = new RuleEngine(rules).run(dockerfile, options);
        List<String> expected = expectations(dockerfile, underTest);
        List<String> actual = findings.stream().map(f -> f.line() + ":" + f.ruleId()).sorted().toList();
        assertThat(actual)
                .as("findings (line:rule) of %s in%n%s%nfound: %s", underTest, dockerfile.text(),
                        findings.stream().map(f -> f.line() + ":" + f.ruleId() + " " + f.message()).toList())
                .isEqualTo(expected);
        return findings;
    }

    private static List<String> expectations(Dockerfile dockerfile, Set<String> underTest) {
        List<String> expected = new ArrayList<>();
        for (Comment comment : dockerfile.comments()) {
            Matcher matcher = EXPECT.matcher(comment.text());
            if (!matcher.matches()) {
                continue;
            }
            int line = nextInstructionLine(dockerfile, comment.span().startLine());
            for (String id : matcher.group(1).split("[,\\s]+")) {
                if (id.isBlank()) {
                    continue;
                }
                assertThat(underTest).as("line %d expects %s, which is not under test", comment.span().startLine(), id).contains(id);
                expected.add(line + ":" + id);
            }
        }
        expected.sort(null);
        return expected;
    }

    private static int nextInstructionLine(Dockerfile dockerfile, int commentLine) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.span().startLine() > commentLine) {
                return instruction.span().startLine();
            }
        }
        throw new AssertionError("# expect on line " + commentLine + " has no instruction after it");
    }
}
