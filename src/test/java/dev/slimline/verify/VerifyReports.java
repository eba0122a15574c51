package dev.slimline.verify;

import java.util.List;

/** Plain report data for renderer tests: two services, one of them with a failed HEALTHCHECK. */
final class VerifyReports {

    private VerifyReports() {
    }

    static ServiceResult api() {
        return new ServiceResult("services/api",
                new BuiltImage("slimline-verify/services-api:original-x", "sha256:a", 1_400_000_000L, 22, 180_000),
                new BuiltImage("slimline-verify/services-api:optimized-x", "sha256:b", 165_000_000L, 9, 45_000),
                List.of(new Check("services/api", Variant.OPTIMIZED, CheckCategory.BUILD, "build", CheckStatus.PASS,
                                "built in 45.0s (165 MB)", ""),
                        new Check("services/api", Variant.OPTIMIZED, CheckCategory.HEALTH, "health", CheckStatus.PASS,
                                "GET /health → 200 OK (12ms)", ""),
                        new Check("services/api", Variant.OPTIMIZED, CheckCategory.SECURITY, "user", CheckStatus.PASS,
                                "running as uid=1001 (appuser)", "")),
                List.of(new ContractDifference("user", "root (unset)", "appuser", ContractDifference.Kind.INTENDED)));
    }

    static ServiceResult brokenWorker() {
        return new ServiceResult("services/worker",
                new BuiltImage("w:original", "sha256:c", 1_800_000_000L, 18, 200_000),
                new BuiltImage("w:optimized", "sha256:d", 340_000_000L, 9, 62_000),
                List.of(new Check("services/worker", Variant.OPTIMIZED, CheckCategory.HEALTH, "healthcheck",
                        CheckStatus.FAIL, "HEALTHCHECK unhealthy after 9.0s",
                        "$ /bin/sh -c curl -f http://localhost/ <x>\nexit 127\n/bin/sh: 1: curl: not found")),
                List.of(new ContractDifference("exposed port 8080/tcp", "8080/tcp", "", ContractDifference.Kind.BREAKING)));
    }

    static VerifyReport report(ServiceResult... services) {
        List<ServiceResult> list = List.of(services);
        return new VerifyReport("examples/monorepo", list, Impact.of(list, ImpactSettings.defaults()), 300_000);
    }
}
