package dev.slimline.audit;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.rule.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one issue a summary table shows per service, phrased short as in the product story: the most severe
 * finding, ties broken by how much the rule's fix saves, then by position.
 */
final class TopIssue {

    /** Rules in order of the size a fix typically saves; earlier wins among findings of equal severity. */
    private static final List<String> IMPACT_ORDER = List.of("SL1008", "SL1009", "SL1011", "SL1010");

    private static final Map<String, String> PHRASES = Map.of(
            "SL1008", "Build tools in final image",
            "SL1011", "Dev dependencies included");

    private static final int MAX_LENGTH = 32;

    private TopIssue() {
    }

    static Optional<String> of(List<Finding> findings, Optional<BaseImage> base) {
        return findings.stream().max(Comparator.comparing(Finding::severity)
                        .thenComparing(f -> impactRank(f.ruleId()))
                        .thenComparing(Finding.BY_POSITION.reversed()))
                .map(top -> phrase(top, base));
    }

    private static int impactRank(String ruleId) {
        int index = IMPACT_ORDER.indexOf(ruleId);
        return index < 0 ? 0 : IMPACT_ORDER.size() - index;
    }

    private static String phrase(Finding finding, Optional<BaseImage> base) {
        if (finding.ruleId().equals("SL1009")) {
            return base.filter(b -> b.family() == ImageFamily.FULL)
                    .map(b -> "No multi-stage, full " + b.image()).orElse("No multi-stage build");
        }
        String phrase = PHRASES.get(finding.ruleId());
        return phrase != null ? phrase : shorten(finding.message());
    }

    /** The message's first clause, cut at a word boundary so the table stays narrow. */
    static String shorten(String message) {
        String clause = message.split("[:;(]|\\. ", 2)[0].strip();
        if (clause.length() <= MAX_LENGTH) {
            return clause;
        }
        int cut = clause.lastIndexOf(' ', MAX_LENGTH - 1);
        return clause.substring(0, cut > 10 ? cut : MAX_LENGTH - 1) + "…";
    }

}
