package dev.slimline.gate.report;

import dev.slimline.gate.GateResult;
import java.util.function.Function;

/** The gate's output formats, each one renderer. */
public enum GateFormat {
    TABLE(GateTable::render),
    JSON(GateJson::render),
    JUNIT(GateJunit::render),
    SARIF(GateSarif::render),
    GITHUB(GateGithub::render),
    MARKDOWN(GateMarkdown::render),
    HTML(GateHtml::render);

    private final Function<GateResult, String> renderer;

    GateFormat(Function<GateResult, String> renderer) {
        this.renderer = renderer;
    }

    public String render(GateResult result) {
        return renderer.apply(result);
    }
}
