package dev.slimline.verify;

import java.util.Objects;

/**
 * One check of one service's image.
 *
 * @param service the service
 * @param variant the image it is about
 * @param category the report section
 * @param name a short stable id, e.g. {@code health}, {@code user}, {@code build-tools}
 * @param status pass, fail or warn
 * @param summary one line, e.g. {@code GET /health → 200 OK (12ms)} or {@code running as uid=1001 (appuser)}
 * @param evidence what the check saw when it failed or warned (log tail, probe response), empty otherwise
 */
public record Check(String service, Variant variant, CheckCategory category, String name, CheckStatus status,
        String summary, String evidence) {

    public Check {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? "" : evidence;
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }
}
