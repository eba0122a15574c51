package dev.slimline.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.rule.Category;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule catalog honest: IDs well-formed and in their category's range, one doc page per rule whose title
 * is the rule's summary and which names its mapped IDs, no orphan pages, and docs/rules/README.md equal to the
 * index generated from the annotations. Run with {@code -Dslimline.updateRuleIndex=true} to rewrite the index.
 */
class RuleCatalogTest {

    private static final Path DOCS = Path.of("docs/rules");

    private static List<RuleInfo> infos() {
        return BuiltinRules.all().stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    @Test
    void idsAreWellFormedAndMatchTheirCategory() {
        assertThat(BuiltinRules.all()).hasSizeGreaterThanOrEqualTo(40);
        for (RuleInfo info : infos()) {
            assertThat(info.id()).matches("SL[123]\\d{3}");
            char digit = info.id().charAt(2);
            char expected = info.category() == Category.SIZE ? '1' : info.category() == Category.SECURITY ? '2' : '3';
            assertThat(digit).as(info.id() + " is " + info.category()).isEqualTo(expected);
            assertThat(info.hadolint()).allMatch(id -> id.matches("DL\\d{4}"));
            assertThat(info.trivy()).allMatch(id -> id.matches("DS\\d{3}"));
        }
        assertThat(infos().stream().map(RuleInfo::id).distinct()).hasSize(infos().size());
    }

    @Test
    void registryListsRulesInIdOrder() {
        List<String> ids = BuiltinRules.all().stream().map(r -> r.info().id()).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void everyRuleHasADocPageNamingItsSummaryAndMappedIds() throws IOException {
        for (RuleInfo info : infos()) {
            Path page = DOCS.resolve(info.id() + ".md");
            assertThat(page).as("doc page of " + info.id()).exists();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(text).startsWith("# " + info.id() + ": " + info.summary() + "\n");
            for (String mapped : concat(info.hadolint(), info.trivy(), info.buildkit())) {
                assertThat(text).as(info.id() + " doc names " + mapped).contains(mapped);
            }
            assertThat(text).contains("## Why", "## How to fix", "## Example");
        }
    }

    @Test
    void noDocPageWithoutARule() throws IOException {
        List<String> ids = infos().stream().map(RuleInfo::id).toList();
        try (Stream<Path> pages = Files.list(DOCS)) {
            List<String> orphans = pages.map(p -> p.getFileName().toString()).filter(n -> n.matches("SL\\d{4}\\.md"))
                    .map(n -> n.substring(0, 6)).filter(id -> !ids.contains(id)).toList();
            assertThat(orphans).as("doc pages for rules that do not exist (IDs are never reused)").isEmpty();
        }
    }

    @Test
    void indexIsInSyncWithTheRules() throws IOException {
        String expected = index();
        Path readme = DOCS.resolve("README.md");
        if (Boolean.getBoolean("slimline.updateRuleIndex")) {
            Files.writeString(readme, expected, StandardCharsets.UTF_8);
        }
        assertThat(readme).as("run with -Dslimline.updateRuleIndex=true to regenerate").exists();
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private static String index() {
        StringBuilder out = new StringBuilder("""
                # slimline rules

                Rule IDs are a public contract: an ID is never reused or renumbered. SL1xxx rules are about image size,
                SL2xxx about security, SL3xxx about reliability and maintainability. Rules about what the image contains
                look only at the stages that end up in it (the target stage and the stages it is `FROM`), with ARGs
                resolved. Suppress with `# slimline ignore=SL1001` above an instruction, `# slimline global ignore=...`,
                `rules.ignore` in `.slimline.yaml`, or the hadolint pragma of a mapped rule.

                This index is generated from the rules' `@RuleInfo` by `RuleCatalogTest`
                (`./mvnw test -Dtest=RuleCatalogTest -Dslimline.updateRuleIndex=true`).

                | ID | Summary | Severity | Category | hadolint | Trivy | BuildKit |
                |---|---|---|---|---|---|---|
                """);
        for (RuleInfo info : infos()) {
            out.append("| [").append(info.id()).append("](").append(info.id()).append(".md) | ")
                    .append(info.summary().replace("|", "\\|")).append(" | ")
                    .append(info.severity().label()).append(" | ")
                    .append(info.category().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(String.join(", ", info.hadolint())).append(" | ")
                    .append(String.join(", ", info.trivy())).append(" | ")
                    .append(String.join(", ", info.buildkit())).append(" |\n");
        }
        return out.toString();
    }

    private static List<String> concat(String[]... arrays) {
        List<String> all = new ArrayList<>();
        for (String[] array : arrays) {
            all.addAll(List.of(array));
        }
        return all;
    }
}
