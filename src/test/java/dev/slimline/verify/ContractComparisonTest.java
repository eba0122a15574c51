package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.slimline.engine.HealthCheck;
import dev.slimline.engine.RuntimeConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractComparisonTest {

    private static RuntimeConfig config(String user, List<String> env, List<String> cmd, Set<String> ports, String workdir,
            boolean healthcheck) {
        Optional<HealthCheck> check = healthcheck
                ? Optional.of(new HealthCheck(List.of("CMD", "node", "health.js"), Duration.ZERO, Duration.ZERO,
                        Duration.ZERO, 0))
                : Optional.empty();
        return new RuntimeConfig(user, check, env, cmd, List.of(), ports, workdir, Map.of(), "", Set.of());
    }

    @Test
    void sameConfigHasNoDifferences() {
        RuntimeConfig a = config("", List.of("PORT=8080"), List.of("node", "a.js"), Set.of("8080/tcp"), "/app", false);
        assertThat(ContractComparison.compare(a, a)).isEmpty();
    }

    @Test
    void rootToNamedUserAndAddedHealthcheckAreIntended() {
        RuntimeConfig before = config("", List.of(), List.of("node", "a.js"), Set.of(), "/app", false);
        RuntimeConfig after = config("node", List.of(), List.of("node", "a.js"), Set.of(), "/app", true);
        assertThat(ContractComparison.compare(before, after))
                .extracting(ContractDifference::field, ContractDifference::before, ContractDifference::after,
                        ContractDifference::kind)
                .containsExactly(tuple("user", "root (unset)", "node", ContractDifference.Kind.INTENDED),
                        tuple("healthcheck", "", "CMD node health.js", ContractDifference.Kind.INTENDED));
    }

    @Test
    void removedPortAndEnvAreBreakingButChangedCommandIsNot() {
        RuntimeConfig before = config("", List.of("CELERY_BROKER_URL=redis://redis", "PATH=/usr/bin"),
                List.of("/bin/sh", "-c", "npm start"), Set.of("8080/tcp"), "/usr/src/app", false);
        RuntimeConfig after = config("", List.of("NODE_ENV=production"), List.of("node", "dist/server.js"), Set.of(),
                "/app", false);
        assertThat(ContractComparison.compare(before, after))
                .extracting(ContractDifference::field, ContractDifference::kind)
                .containsExactly(
                        tuple("entrypoint/cmd", ContractDifference.Kind.CHANGED),
                        tuple("exposed port 8080/tcp", ContractDifference.Kind.BREAKING),
                        tuple("env CELERY_BROKER_URL", ContractDifference.Kind.BREAKING),
                        tuple("env PATH", ContractDifference.Kind.CHANGED),
                        tuple("env NODE_ENV", ContractDifference.Kind.CHANGED),
                        tuple("workdir", ContractDifference.Kind.CHANGED));
    }

    @Test
    void userToRootIsNotIntended() {
        RuntimeConfig before = config("app", List.of(), List.of(), Set.of(), "", false);
        RuntimeConfig after = config("0", List.of(), List.of(), Set.of(), "", false);
        assertThat(ContractComparison.compare(before, after)).singleElement()
                .extracting(ContractDifference::kind).isEqualTo(ContractDifference.Kind.CHANGED);
    }

    @Test
    void contractCheckFailsOnlyOnBreakingDifferences() {
        Check ok = Verifier.contractCheck("s", List.of(
                new ContractDifference("user", "", "app", ContractDifference.Kind.INTENDED),
                new ContractDifference("env X", "", "1", ContractDifference.Kind.CHANGED)));
        assertThat(ok.status()).isEqualTo(CheckStatus.PASS);
        assertThat(ok.summary()).isEqualTo("runtime contract: 1 intended, 1 changed, 0 breaking");
        Check bad = Verifier.contractCheck("s", List.of(
                new ContractDifference("exposed port 80/tcp", "80/tcp", "", ContractDifference.Kind.BREAKING)));
        assertThat(bad.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(bad.evidence()).isEqualTo("exposed port 80/tcp: '80/tcp' → ''");
    }

    @Test
    void goToolchainEnvDroppedWithTheToolchainIsNotBreaking() {
        RuntimeConfig before = config("", List.of("GOPATH=/go", "GOLANG_VERSION=1.19.13", "PORT=5000"),
                List.of("go", "run", "main.go"), Set.of(), "/go/src/app", false);
        RuntimeConfig after = config("", List.of("PORT=5000"), List.of("go", "run", "main.go"), Set.of(), "/go/src/app",
                false);
        assertThat(ContractComparison.compare(before, after))
                .extracting(ContractDifference::field, ContractDifference::kind)
                .containsExactlyInAnyOrder(tuple("env GOPATH", ContractDifference.Kind.CHANGED),
                        tuple("env GOLANG_VERSION", ContractDifference.Kind.CHANGED));
    }
}
