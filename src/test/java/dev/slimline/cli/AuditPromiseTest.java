package dev.slimline.cli;

import dev.slimline.io.Sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.audit.MeasuredOptimization;
import dev.slimline.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit promises only what optimize delivers: its "after" comes from the optimizer's own decision for the file,
 * and the sizes optimize measured replace the estimate while the Dockerfile is the one they were measured for.
 */
class AuditPromiseTest {

    /** Already multi-stage on a JRE: the optimizer keeps it (safe recipes only), so no rewrite may be promised. */
    private static final String MULTI_STAGE_JRE = """
            FROM maven:3-eclipse-temurin-17 AS build
            WORKDIR /src
            COPY pom.xml .
            RUN mvn -B dependency:go-offline
            COPY src src
            RUN mvn -B package -DskipTests
            FROM eclipse-temurin:17-jre
            WORKDIR /app
            COPY --from=build /src/target/app.jar app.jar
            USER 1001
            EXPOSE 8080
            CMD ["java", "-jar", "app.jar"]
            """;

    private static final String NODE = """
            FROM node:18
            WORKDIR /app
            COPY package*.json ./
            RUN npm install
            COPY . .
            CMD ["node", "server.js"]
            """;

    private static JsonNode auditJson(Path dir) throws IOException {
        CliHarness.Result result = CliHarness.run("audit", dir.toString(), "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void aFileTheOptimizerKeepsIsPromisedOnlyTheRecipesSaving(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), MULTI_STAGE_JRE);
        Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId>"
                + "<artifactId>app</artifactId><version>1</version></project>\n");

        JsonNode service = auditJson(dir).path("services").get(0);

        long before = service.path("size").path("bytes").asLong();
        long after = service.path("optimized").path("bytes").asLong();
        assertThat(service.path("optimized").path("reason").asText()).contains("already a multi-stage build");
        assertThat(service.path("optimized").path("baseImage").asText()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(after).as("no more than a few percent: the optimizer does not rewrite it")
                .isGreaterThan(before * 95 / 100);
        assertThat(CliHarness.run("optimize", dir.toString(), "--no-diff").out())
                .contains("already a multi-stage build");
    }

    @Test
    void measuredSizesReplaceTheEstimateWhileTheDockerfileIsTheOneMeasured(@TempDir Path dir) throws IOException {
        Path dockerfile = dir.resolve("Dockerfile");
        String written = NODE.replace("FROM node:18", "FROM node:18-slim");
        Files.writeString(dockerfile, written);
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"shop\", \"version\": \"1.0.0\"}\n");
        AtomicWriter.write(MeasuredOptimization.fileFor(dockerfile), new MeasuredOptimization("Dockerfile",
                "slim (node:18-slim)", "node:18-slim", Sha256.of(NODE),
                Sha256.of(written), 993_667_516L, 193_783_681L, "2026-12-03T08:59:33Z",
                List.of("optimized health: GET /health → 200 OK (5ms)")).toJson());

        JsonNode report = auditJson(dir);
        JsonNode service = report.path("services").get(0);
        assertThat(service.path("size").path("bytes").asLong()).isEqualTo(193_783_681L);
        assertThat(service.path("measurement").path("source").asText()).isEqualTo("optimize");
        assertThat(service.path("optimized").path("estimated").asBoolean()).isFalse();
        assertThat(service.path("optimized").path("reason").asText())
                .isEqualTo("measured by slimline optimize 2026-12-03: 994 MB → 194 MB with slim (node:18-slim)"
                        + " (this Dockerfile)");
        assertThat(report.path("services")).hasSize(1); // the record is not taken for a Dockerfile
        assertThat(CliHarness.run("audit", dir.toString()).out())
                .contains("  .: measured by slimline optimize 2026-12-03: 994 MB → 194 MB with slim (node:18-slim)"
                        + " (this Dockerfile)");

        Files.writeString(dockerfile, NODE); // back to the original: the figures are what optimizing it delivers
        service = auditJson(dir).path("services").get(0);
        assertThat(service.path("size").path("bytes").asLong()).isEqualTo(993_667_516L);
        assertThat(service.path("optimized").path("bytes").asLong()).isEqualTo(193_783_681L);
        assertThat(CliHarness.run("audit", dir.toString()).out())
                .contains("Measured total savings with optimization: 994 MB measured → 194 MB measured (80% reduction)");

        Files.writeString(dockerfile, NODE + "ENV EDITED=1\n"); // edited since: the figures are stale
        service = auditJson(dir).path("services").get(0);
        assertThat(service.path("measurement").isMissingNode()).isTrue();
        assertThat(service.path("optimized").path("estimated").asBoolean()).isTrue();
    }
}
