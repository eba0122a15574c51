package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class VerifyRenderersTest {

    @Test
    void textFollowsTheStorysSections() {
        String text = new TextVerifyRenderer().render(VerifyReports.report(VerifyReports.api()));
        assertThat(text).contains("Building optimized images...\n  ✓ services/api built in 45.0s (165 MB)\n");
        assertThat(text).contains("Health checks:\n  ✓ api: GET /health → 200 OK (12ms)\n");
        assertThat(text).contains("Security checks:\n  ✓ api: running as uid=1001 (appuser)\n");
        assertThat(text).contains("      api user: 'root (unset)' → 'appuser' (intended)\n");
        assertThat(text).contains("  Total before: 1.4 GB\n  Total after:  165 MB\n  Saved: 1.2 GB (88%)\n");
        // 1.4 GB at 100 Mbit/s = 112 s; 165 MB = 13.2 s; storage 1.4 GB x 0.10 = 0.14
        assertThat(text).contains("Impact (100 Mbit/s, USD 0.10 per GB-month; uncompressed sizes):\n"
                + "  Pull time:        1m52s → 13.2s\n  Registry storage: USD 0.14 → USD 0.02 per month\n");
        assertThat(text).contains("✓ all 3 checks passed in 5m00s");
        assertThat(text).doesNotContain("Failures:");
    }

    @Test
    void textListsFailuresWithEvidence() {
        String text = new TextVerifyRenderer().render(VerifyReports.report(VerifyReports.api(), VerifyReports.brokenWorker()));
        assertThat(text).contains("  ✗ worker: HEALTHCHECK unhealthy after 9.0s\n");
        assertThat(text).contains("Failures:\n  ✗ services/worker (optimized) healthcheck: HEALTHCHECK unhealthy after 9.0s\n"
                + "      $ /bin/sh -c curl -f http://localhost/ <x>\n      exit 127\n      /bin/sh: 1: curl: not found\n");
        assertThat(text).contains("✗ 1 of 4 checks failed");
    }

    @Test
    void jsonCarriesEveryFigureAndCheck() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonVerifyRenderer()
                .render(VerifyReports.report(VerifyReports.api(), VerifyReports.brokenWorker())));
        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.get("failedChecks").asInt()).isEqualTo(1);
        JsonNode api = json.get("services").get(0);
        assertThat(api.get("service").asText()).isEqualTo("services/api");
        assertThat(api.get("passed").asBoolean()).isTrue();
        assertThat(api.get("original").get("sizeBytes").asLong()).isEqualTo(1_400_000_000L);
        assertThat(api.get("optimized").get("layers").asInt()).isEqualTo(9);
        assertThat(api.get("savedBytes").asLong()).isEqualTo(1_235_000_000L);
        assertThat(api.get("checks").get(1).get("summary").asText()).isEqualTo("GET /health → 200 OK (12ms)");
        assertThat(api.get("contract").get(0).get("kind").asText()).isEqualTo("intended");
        JsonNode worker = json.get("services").get(1);
        assertThat(worker.get("checks").get(0).get("status").asText()).isEqualTo("fail");
        assertThat(worker.get("checks").get(0).get("evidence").asText()).contains("curl: not found");
        JsonNode impact = json.get("impact");
        assertThat(impact.get("beforeBytes").asLong()).isEqualTo(3_200_000_000L);
        assertThat(impact.get("afterBytes").asLong()).isEqualTo(505_000_000L);
        assertThat(impact.get("savedPercent").asDouble()).isEqualTo(84.2);
        assertThat(impact.get("pullSecondsBefore").asDouble()).isEqualTo(256.0);
    }

    @Test
    void markdownHasTableTotalsAndFailureEvidence() {
        String md = new MarkdownVerifyRenderer().render(VerifyReports.report(VerifyReports.api(), VerifyReports.brokenWorker()));
        assertThat(md).startsWith("# slimline verify: ❌ 1 of 4 checks failed\n");
        assertThat(md).contains("| services/api | 1.4 GB | 165 MB | 88% | 45.0s |");
        assertThat(md).contains("| **Total** | **3.2 GB** | **505 MB** | **84%** | |");
        assertThat(md).contains("### services/worker (optimized) healthcheck: HEALTHCHECK unhealthy after 9.0s\n\n```\n$ /bin/sh");
    }

    @Test
    void htmlIsSelfContainedWithAnSvgChartAndEscapedEvidence() {
        String html = new HtmlVerifyRenderer().render(VerifyReports.report(VerifyReports.api(), VerifyReports.brokenWorker()));
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        // one bar per image: 2 services x 2 images, plus 2 legend swatches
        assertThat(html.split("<rect ", -1)).hasSize(1 + 4 + 2);
        assertThat(html).contains("fill=\"" + BarChartSvg.BEFORE_COLOUR + "\"").contains("fill=\"" + BarChartSvg.AFTER_COLOUR + "\"");
        assertThat(html).contains("curl -f http://localhost/ &lt;x&gt;");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("<link");
        assertThat(html).contains("✗ 1 of 4 checks failed");
    }

    @Test
    void chartBarsAreProportionalToSize() {
        String svg = BarChartSvg.render(java.util.List.of(VerifyReports.api()));
        // the largest image gets the full 520px bar, 165 MB of 1.4 GB gets 61px
        assertThat(svg).contains("width=\"520\" height=\"18\" fill=\"" + BarChartSvg.BEFORE_COLOUR);
        assertThat(svg).contains("width=\"61\" height=\"18\" fill=\"" + BarChartSvg.AFTER_COLOUR);
    }
}
