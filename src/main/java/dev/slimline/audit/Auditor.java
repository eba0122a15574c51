package dev.slimline.audit;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.CatalogMatch;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.project.ServiceModel;
import dev.slimline.project.DockerfileService;
import dev.slimline.report.AuditReport;
import dev.slimline.report.Measurement;
import dev.slimline.report.SizeText;
import dev.slimline.report.ServiceReport;
import dev.slimline.rule.Finding;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.LintResult;
import dev.slimline.rule.Category;
import dev.slimline.rule.Linter;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code slimline audit} without the command line: discover, parse, lint and estimate every service under a
 * root. A Dockerfile that does not parse becomes a parse error in the report and the others go on.
 */
public final class Auditor {

    private final KnowledgeCatalog catalog;
    private final ImageSizeEstimator sizes;
    private final OptimizedEstimator optimized;
    private final OptimizerForecast forecast;

    /** Expects a rewrite for every Dockerfile (no optimizer at hand); the command line passes the optimizer's. */
    public Auditor(KnowledgeCatalog catalog) {
        this(catalog, OptimizerForecast.rewriteAlways());
    }

    /** With the optimizer's decision per Dockerfile, so "after" is what {@code optimize} would deliver. */
    public Auditor(KnowledgeCatalog catalog, OptimizerForecast forecast) {
        this.catalog = catalog;
        this.sizes = new ImageSizeEstimator(catalog);
        this.optimized = new OptimizedEstimator(new BaseImageChoice(catalog), sizes);
        this.forecast = forecast;
    }

    /**
     * Audits the Dockerfiles under {@code root} (a directory, or one Dockerfile).
     *
     * @throws SlimlineException BAD_INPUT when {@code root} does not exist
     */
    public AuditOutcome audit(Path root, LintOptions options) {
        return audit(root, options, ImageMeasurer.none());
    }

    /**
     * Audits as {@link #audit(Path, LintOptions)} and then measures each service's real image with
     * {@code measurer}, one service at a time; measured figures replace the estimates, a failed measurement keeps
     * the estimate and is recorded on that service.
     */
    public AuditOutcome audit(Path root, LintOptions options, ImageMeasurer measurer) {
        return audit(root, ServiceModel.read(root), options, measurer);
    }

    /** Audits the services of {@code model} (read from {@code root} as the command line chose). */
    public AuditOutcome audit(Path root, ServiceModel model, LintOptions options, ImageMeasurer measurer) {
        List<DockerfileService> services = model.services();
        // Services are independent: parse, lint and estimate them in parallel, keeping discovery order.
        List<Audited> audited = services.parallelStream().map(service -> auditOne(root, service, options)).toList();
        List<ServiceReport> reports = new ArrayList<>();
        List<AuditReport.ParseError> errors = new ArrayList<>();
        Optional<Severity> highest = Optional.empty();
        long before = 0;
        long after = 0;
        int measured = 0;
        int afterMeasured = 0;
        for (Audited one : audited) {
            switch (one) {
                case Audited.Service service -> {
                    ServiceReport report = measurer.measure(service.service())
                            .map(m -> service.report().withMeasurement(m.measurement(), m.sizeBytes(), m.layers()))
                            .orElse(service.report());
                    reports.add(report);
                    before += report.sizeBytes();
                    after += report.optimizedBytes();
                    measured += report.measurement().measured() ? 1 : 0;
                    afterMeasured += report.optimizedMeasured() ? 1 : 0;
                    if (service.highest().isPresent()
                            && (highest.isEmpty() || service.highest().get().compareTo(highest.get()) > 0)) {
                        highest = service.highest();
                    }
                }
                case Audited.Failed failed -> errors.add(failed.error());
            }
        }
        AuditReport report = new AuditReport(root.toString(), reports, errors,
                new AuditReport.Savings(before, after, AuditReport.Savings.basis(measured, reports.size()),
                        AuditReport.Savings.basis(afterMeasured, reports.size())), ruleDescriptions());
        return new AuditOutcome(report, highest);
    }

    /** One service's outcome: a report, or the reason its Dockerfile could not be read. */
    private sealed interface Audited {
        record Service(DockerfileService service, ServiceReport report, Optional<Severity> highest)
                implements Audited {
        }

        record Failed(AuditReport.ParseError error) implements Audited {
        }
    }

    private Audited auditOne(Path root, DockerfileService service, LintOptions options) {
        Dockerfile dockerfile;
        try {
            dockerfile = DockerfileParser.parse(service.dockerfile());
        } catch (SlimlineException e) {
            SourceLocation where = e.location().orElse(SourceLocation.of(service.dockerfile()));
            return new Audited.Failed(new AuditReport.ParseError(display(service.dockerfile(), root), Math.max(1, where.line()),
                    Math.max(1, where.column()), e.getMessage()));
        }
        // one shell analysis per RUN, shared by the rules and the size estimates
        Map<Instruction.Run, ShellAnalysis> analyses = new IdentityHashMap<>();
        LintResult lint = Linter.lint(dockerfile, options, analyses);
        ImageStages image = ImageStages.of(dockerfile, analyses);
        SizeEstimate size = sizes.estimate(dockerfile, image, service);
        OptimizedEstimate target = forecast.recipesOnly(service, dockerfile)
                .map(recipes -> new OptimizedEstimate(size.baseImage(),
                        Math.max(0, size.totalBytes() - recipes.savedBytes()), recipes.reason()))
                .orElseGet(() -> optimized.estimate(image, service, size));
        String dockerfilePath = display(service.dockerfile(), root);
        List<ServiceReport.FindingRow> findings = lint.findings().stream()
                .map(f -> new ServiceReport.FindingRow(f.ruleId(), f.severity().label(), f.severity().sarifLevel(),
                        f.line(), f.column(), f.message()))
                .toList();
        List<ServiceReport.StageRow> stages = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            stages.add(new ServiceReport.StageRow(stage.reference(), stage.from().image(), stage.instructions().size()));
        }
        Optional<String> topIssue = TopIssue.of(lint.findings(),
                catalog.lookup(size.baseImage()).map(CatalogMatch::image));
        ServiceReport report = new ServiceReport(service.name(), dockerfilePath, size.baseImage(), size.totalBytes(),
                true, size.approximate(), size.layers(), topIssue, service.hasDockerignore(), findings, stages,
                target.baseImage(), target.bytes(), target.reason());
        Optional<MeasuredOptimization> proven = MeasuredOptimization.current(service.dockerfile());
        if (proven.isPresent()) {
            report = measured(report, proven.get(), dockerfile.text());
        }
        return new Audited.Service(service, report,
                lint.findings().stream().map(Finding::severity).max(Comparator.naturalOrder()));
    }

    /**
     * A service with the sizes {@code slimline optimize} measured: of the Dockerfile as it is now when that is the
     * one written (nothing more is promised), else of the original and the proven rewrite.
     */
    private static ServiceReport measured(ServiceReport report, MeasuredOptimization proven, String text) {
        boolean written = proven.describesWritten(text);
        long now = written ? proven.optimizedBytes() : proven.originalBytes();
        String reason = "measured by slimline optimize " + proven.measuredAt().substring(0, 10) + ": "
                + SizeText.of(proven.originalBytes()) + " → " + SizeText.of(proven.optimizedBytes()) + " with "
                + proven.candidate() + (written ? " (this Dockerfile)" : " (not written yet)");
        return new ServiceReport(report.name(), report.dockerfile(), report.baseImage(), now, false, false,
                report.layers(), report.topIssue(), report.hasDockerignore(), report.findings(), report.stages(),
                written ? report.baseImage() : proven.base(), proven.optimizedBytes(), reason,
                new Measurement(Measurement.Source.OPTIMIZE, proven.candidate(), Optional.empty(), Optional.empty(),
                        Optional.empty()), true);
    }

    private static List<AuditReport.RuleDescription> ruleDescriptions() {
        List<AuditReport.RuleDescription> rules = new ArrayList<>();
        for (Rule rule : Linter.builtinEngine().rules()) {
            RuleInfo info = rule.info();
            rules.add(new AuditReport.RuleDescription(info.id(), info.summary(), info.severity().label(),
                    info.severity().sarifLevel(), "docs/rules/" + info.id() + ".md", info.category() == Category.SECURITY));
        }
        rules.sort(Comparator.comparing(AuditReport.RuleDescription::id));
        return rules;
    }

    /**
     * Paths as the user would type them and as SARIF needs them (relative, '/' separated): relative to the working
     * directory when under it (CI runs from the repository root), else relative to the audited directory.
     */
    static String display(Path path, Path root) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path base = absolute.startsWith(cwd) ? cwd
                : (Files.isDirectory(root) ? root : root.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        String text = base.relativize(absolute).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
