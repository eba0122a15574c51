package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.audit.AuditOutcome;
import dev.slimline.audit.Auditor;
import dev.slimline.config.ConfigLoader;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.report.AuditReport;
import dev.slimline.report.JsonRenderer;
import dev.slimline.report.MarkdownRenderer;
import dev.slimline.report.ReportRenderer;
import dev.slimline.report.SarifRenderer;
import dev.slimline.report.TableRenderer;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.Linter;
import dev.slimline.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slimline audit [DIR]}: the per-service table of base image, estimated size, layers and top issue. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits every Dockerfile under DIR (or one Dockerfile): base image, estimated size (~),",
            "layers, the top issue per service, missing .dockerignore files and the estimated saving.",
            "Dockerfiles that do not parse are listed as file:line:col and the rest are audited."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:audited; no finding at or above --fail-on",
            "1:a finding at or above --fail-on",
            "2:usage error (unknown option or --format)",
            "3:bad input: missing path, malformed config; a single Dockerfile that does not parse; with --fail-on,"
                    + " any Dockerfile that does not parse"})
public final class AuditCommand implements Callable<Integer> {

    /** Output formats of {@code --format}. */
    enum Format { TABLE, JSON, SARIF, MARKDOWN }

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "Directory to audit, or one Dockerfile (default: the current directory).")
    Path target;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, sarif or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY (info, low, medium, high, critical);"
                    + " default: failOn from the config, else never.")
    Severity failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: DIR/.slimline.yaml when present).")
    Path config;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(target)) {
            throw SlimlineException.badInput(SourceLocation.of(target), "no such file or directory");
        }
        SlimlineConfig settings = loadConfig();
        LintOptions options = settings.applyTo(LintOptions.defaults());
        AuditOutcome outcome = new Auditor(KnowledgeCatalog.bundled()).audit(target, options);
        AuditReport report = outcome.report();
        PrintWriter err = spec.commandLine().getErr();
        for (AuditReport.ParseError error : report.parseErrors()) {
            err.println("slimline: " + error.oneLine());
        }
        err.flush();
        if (Files.isRegularFile(target) && !report.parseErrors().isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        write(renderer().render(report));
        Optional<Severity> threshold = Optional.ofNullable(failOn).or(settings::failOn);
        if (threshold.isPresent() && !report.parseErrors().isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        boolean failed = threshold.isPresent() && outcome.highestSeverity().map(s -> s.atLeast(threshold.get())).orElse(false);
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private SlimlineConfig loadConfig() {
        ConfigLoader loader = new ConfigLoader(Linter.builtinEngine().ruleIds());
        if (config != null) {
            return loader.load(config);
        }
        Path dir = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
        return loader.loadFromDirectory(dir);
    }

    private ReportRenderer renderer() {
        return switch (format) {
            case TABLE -> new TableRenderer();
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer(Optional.ofNullable(SlimlineCommand.class.getPackage().getImplementationVersion())
                    .orElse("development"));
            case MARKDOWN -> new MarkdownRenderer();
        };
    }

    private void write(String rendered) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
            return;
        }
        try {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(output), "cannot write report: " + e.getMessage());
        }
    }
}
