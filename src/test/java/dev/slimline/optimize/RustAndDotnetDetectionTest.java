package dev.slimline.optimize;

import dev.slimline.project.ProjectFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Rust and .NET stacks recognise their contexts from manifests (Stacks.detect). */
class RustAndDotnetDetectionTest {

    @TempDir
    Path dir;

    @Test
    void cargoManifestWithLockAndVendorConfigIsRust() throws IOException {
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"relay\"\nversion = \"0.1.0\"\n");
        Files.writeString(dir.resolve("Cargo.lock"), "version = 3\n");
        Files.createDirectories(dir.resolve(".cargo"));
        Files.writeString(dir.resolve(".cargo/config.toml"), "[source.vendored]\ndirectory = \"vendor\"\n");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(RustStack.LANGUAGE);
        assertThat(facts.packageManager()).hasValue(RustStack.CARGO);
        assertThat(facts.evidence()).containsExactly("Cargo.toml", "Cargo.lock", ".cargo/config.toml");
    }

    @Test
    void aCargoLockAloneIsNotAProject() throws IOException {
        Files.writeString(dir.resolve("Cargo.lock"), "version = 3\n");

        assertThat(Stacks.detect(dir).language()).isEmpty();
    }

    @Test
    void aWebSdkCsprojIsAspNetCore() throws IOException {
        Files.writeString(dir.resolve("Orders.Api.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n</Project>\n");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(DotnetStack.LANGUAGE);
        assertThat(facts.framework()).hasValue("aspnetcore");
        assertThat(facts.packageManager()).hasValue(DotnetStack.NUGET);
        assertThat(facts.evidence()).containsExactly("Orders.Api.csproj");
    }

    @Test
    void aSolutionWithoutTopLevelProjectsIsDotnetWithoutFramework() throws IOException {
        Files.writeString(dir.resolve("Billing.sln"), "Microsoft Visual Studio Solution File, Format Version 12.00\n");
        Files.createDirectories(dir.resolve("src/Billing"));
        Files.writeString(dir.resolve("src/Billing/Billing.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n</Project>\n");

        ProjectFacts facts = Stacks.detect(dir);

        assertThat(facts.language()).hasValue(DotnetStack.LANGUAGE);
        assertThat(facts.framework()).isEmpty();
        assertThat(facts.evidence()).containsExactly("Billing.sln");
    }

    @Test
    void theNoStackNoteNamesTheNewManifests() {
        assertThat(Stacks.manifestNames()).contains("Cargo.toml", "*.csproj", "*.sln");
    }
}
