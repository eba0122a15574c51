package dev.slimline.gate;

/** The checks a budget can ask for, named by the {@code .slimline.yaml} key that sets each. */
public enum CheckKind {
    SIZE("maxSize", "SLG001", "Image size over budget"),
    GROWTH("maxGrowth", "SLG002", "Image grew more than allowed against the baseline"),
    EFFICIENCY("minEfficiency", "SLG003", "Image efficiency below the minimum"),
    WASTED_BYTES("maxWastedBytes", "SLG004", "Wasted bytes over the maximum"),
    VULNERABILITIES("vulnerabilities", "SLG005", "Vulnerabilities at or above the threshold");

    private final String key;
    private final String ruleId;
    private final String summary;

    CheckKind(String key, String ruleId, String summary) {
        this.key = key;
        this.ruleId = ruleId;
        this.summary = summary;
    }

    /** The config key, also the check's name in every report. */
    public String key() {
        return key;
    }

    /** Stable id for SARIF rules and JUnit test names; never renumbered. */
    public String ruleId() {
        return ruleId;
    }

    public String summary() {
        return summary;
    }
}
