package dev.slimline.report;

import java.util.List;
import java.util.Optional;

/**
 * One service in an audit.
 *
 * @param dockerfile         the Dockerfile path relative to the audited root, with forward slashes
 * @param baseImage          the final stage's base image, build arguments resolved
 * @param sizeBytes          the image size: estimated unless measured on an engine
 * @param estimated          true when {@code sizeBytes} is an estimate (README "How audit estimates sizes")
 * @param approximate        true when the estimate rests on a neighbouring catalog entry or an unknown base
 * @param layers             base image layers plus the final stage's RUN/COPY/ADD
 * @param topIssue           the most important finding, phrased short
 * @param optimizedBase      the base image the optimizer would choose
 * @param optimizedBytes     estimated size after optimization
 * @param optimizationReason why that base
 * @param measurement        where size and layers come from; with a failed measurement they stay the estimate
 * @param optimizedMeasured  true when {@code optimizedBytes} was measured by {@code slimline optimize}'s proof
 */
public record ServiceReport(String name, String dockerfile, String baseImage, long sizeBytes, boolean estimated,
                            boolean approximate, int layers, Optional<String> topIssue, boolean hasDockerignore,
                            List<FindingRow> findings, List<StageRow> stages, String optimizedBase,
                            long optimizedBytes, String optimizationReason, Measurement measurement,
                            boolean optimizedMeasured) {

    public ServiceReport {
        findings = List.copyOf(findings);
        stages = List.copyOf(stages);
        measurement = measurement == null ? Measurement.estimate() : measurement;
    }

    /** A service whose optimized size is estimated. */
    public ServiceReport(String name, String dockerfile, String baseImage, long sizeBytes, boolean estimated,
                         boolean approximate, int layers, Optional<String> topIssue, boolean hasDockerignore,
                         List<FindingRow> findings, List<StageRow> stages, String optimizedBase,
                         long optimizedBytes, String optimizationReason, Measurement measurement) {
        this(name, dockerfile, baseImage, sizeBytes, estimated, approximate, layers, topIssue, hasDockerignore,
                findings, stages, optimizedBase, optimizedBytes, optimizationReason, measurement, false);
    }

    /** An estimated service (no engine asked). */
    public ServiceReport(String name, String dockerfile, String baseImage, long sizeBytes, boolean estimated,
                         boolean approximate, int layers, Optional<String> topIssue, boolean hasDockerignore,
                         List<FindingRow> findings, List<StageRow> stages, String optimizedBase,
                         long optimizedBytes, String optimizationReason) {
        this(name, dockerfile, baseImage, sizeBytes, estimated, approximate, layers, topIssue, hasDockerignore,
                findings, stages, optimizedBase, optimizedBytes, optimizationReason, Measurement.estimate());
    }

    /** True when size and layers were read from a real image. */
    public boolean measured() {
        return measurement.measured();
    }

    /**
     * This service with measured figures in place of the estimate, or, when {@code how} failed, the estimate kept
     * and the failure recorded.
     */
    public ServiceReport withMeasurement(Measurement how, long measuredBytes, int measuredLayers) {
        if (!how.measured()) {
            return new ServiceReport(name, dockerfile, baseImage, sizeBytes, estimated, approximate, layers, topIssue,
                    hasDockerignore, findings, stages, optimizedBase, optimizedBytes, optimizationReason, how,
                    optimizedMeasured);
        }
        return new ServiceReport(name, dockerfile, baseImage, measuredBytes, false, false, measuredLayers, topIssue,
                hasDockerignore, findings, stages, optimizedBase, optimizedBytes, optimizationReason, how,
                optimizedMeasured);
    }

    /** One lint finding. {@code level} is its SARIF level. */
    public record FindingRow(String ruleId, String severity, String level, int line, int column, String message) {
    }

    /** One build stage: its name (or index), its FROM as written, how many instructions follow it. */
    public record StageRow(String name, String from, int instructionCount) {
    }
}
