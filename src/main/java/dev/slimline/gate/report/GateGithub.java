package dev.slimline.gate.report;

import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;

/**
 * GitHub Actions workflow commands: an {@code ::error} annotation on the service's Dockerfile per failed check, a
 * {@code ::notice} per passing service. Data and property values are escaped as the runner expects
 * ({@code %}, CR, LF; and {@code :} {@code ,} in properties).
 */
final class GateGithub {

    private GateGithub() {
    }

    static String render(GateResult result) {
        StringBuilder out = new StringBuilder();
        for (ServiceVerdict service : result.services()) {
            for (CheckResult failure : service.failures()) {
                out.append("::error file=").append(property(service.dockerfile())).append(",line=1,title=")
                        .append(property("slimline gate: " + service.service() + " " + failure.kind().key()))
                        .append("::").append(data(failure.message() + " (limit " + failure.limit() + ")"))
                        .append('\n');
            }
            if (service.passed()) {
                out.append("::notice file=").append(property(service.dockerfile())).append(",line=1,title=")
                        .append(property("slimline gate: " + service.service())).append("::")
                        .append(data("all " + service.checks().size() + " checks passed")).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
