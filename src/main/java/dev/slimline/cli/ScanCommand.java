package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.ToolVersion;
import dev.slimline.engine.ExecutableLocator;
import dev.slimline.engine.SystemProcessRunner;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.io.ColourChoice;
import dev.slimline.image.ReadLimits;
import dev.slimline.report.GitLabContainerScanningReport;
import dev.slimline.report.ScanJson;
import dev.slimline.report.ScanSarif;
import dev.slimline.report.ScanTable;
import dev.slimline.scan.catalog.CatalogCapture;
import dev.slimline.Severity;
import dev.slimline.scan.external.ExternalScanner;
import dev.slimline.scan.external.ScannerOutputMapper;
import dev.slimline.scan.ignore.IgnoreFileLoader;
import dev.slimline.scan.ignore.IgnoreEntry;
import dev.slimline.scan.ignore.TrivyIgnoreLoader;
import dev.slimline.scan.ignore.IgnoreList;
import dev.slimline.scan.ignore.VexLoader;
import dev.slimline.scan.osv.OsvDatabase;
import dev.slimline.scan.sbom.SbomReader;
import dev.slimline.scan.vuln.FindingFilter;
import dev.slimline.scan.vuln.ImageScanner;
import dev.slimline.scan.vuln.OsvScanner;
import dev.slimline.scan.vuln.ScanComparison;
import dev.slimline.scan.vuln.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline scan IMAGE} and {@code slimline scan --compare OLD NEW}. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Finds known vulnerabilities in an image's packages using the offline OSV database",
            "(`slimline db update`), and secrets left in its layers (locations only, never values).",
            "OS packages are matched by source package against the distribution's own advisories.",
            "--compare OLD NEW lists packages and vulnerabilities added and removed; it exits 1 when NEW",
            "introduces a vulnerability (at or above --fail-on when given)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no active finding at or above --fail-on", "1:a finding at or above --fail-on",
            "3:bad input", "4:no database, engine or scanner"})
public final class ScanCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { TABLE, JSON, SARIF, GITLAB }

    /** Where findings come from. */
    public enum Scanner { SLIMLINE, TRIVY, GRYPE, SCOUT }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "IMAGE|ARCHIVE", description = "Image reference, docker-save tar, OCI layout, or a CycloneDX/SPDX JSON SBOM (two with --compare).")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--compare", description = "Compare two images: OLD NEW.")
    private boolean compare;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 on a finding at or above info|low|medium|high|critical (CVSS none and unrated count as info).")
    private String failOn;

    @Option(names = "--ignore-unfixed", description = "Leave out vulnerabilities with no fixed version published.")
    private boolean ignoreUnfixed;

    @Option(names = "--ignore-file", paramLabel = "FILE",
            description = "Accepted vulnerabilities (id, reason, expires), or a trivy " + TrivyIgnoreLoader.FILE_NAME
                    + "; default ./" + IgnoreFileLoader.FILE_NAME + " and ./" + TrivyIgnoreLoader.FILE_NAME + " when present.")
    private Path ignoreFile;

    @Option(names = "--vex", paramLabel = "FILE",
            description = "CycloneDX VEX document: vulnerabilities it marks not_affected or false_positive are suppressed.")
    private List<Path> vexFiles = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json, sarif or gitlab (container scanning report) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--scanner", defaultValue = "slimline",
            description = "slimline (offline OSV database), trivy, grype or scout (run if installed).")
    private Scanner scanner;

    @Option(names = "--max-db-age", paramLabel = "DAYS", defaultValue = "7",
            description = "Warn when the database is older than this (default: ${DEFAULT-VALUE} days).")
    private int maxDbAgeDays;

    @Mixin
    private ReportOutputOption output;

    @Mixin
    private DbOptions db;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private ImagePlatformOption platformOption;

    @Override
    public Integer call() throws IOException {
        Severity threshold = failOn == null ? null : Severity.parse(failOn)
                .orElseThrow(() -> SlimlineException.badInput("--fail-on must be one of " + Severity.labels() + ", not '"
                        + failOn + "'"));
        if (compare != (targets.size() == 2)) {
            throw SlimlineException.badInput(compare ? "--compare needs two images: OLD NEW"
                    : "scan takes one image (use --compare OLD NEW for two)");
        }
        if (compare && (format == Format.SARIF || format == Format.GITLAB)) {
            throw SlimlineException.badInput("--compare prints table or json, not " + format.name().toLowerCase(Locale.ROOT));
        }
        FindingFilter filter = new FindingFilter(ignoreUnfixed, ignores(), LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        int exit;
        if (compare) {
            ScanComparison comparison = ScanComparison.of(scan(targets.get(0), filter), scan(targets.get(1), filter));
            warn(comparison.after());
            report(out, format == Format.JSON ? ScanJson.write(comparison) : render(comparison));
            boolean introduced = comparison.findingsAdded().stream()
                    .anyMatch(f -> threshold == null || f.reaches(threshold));
            exit = introduced ? ExitCodes.FINDINGS : ExitCodes.OK;
        } else {
            Instant start = Instant.now();
            ScanResult result = scan(targets.get(0), filter);
            warn(result);
            report(out, switch (format) {
                case JSON -> ScanJson.write(result);
                case SARIF -> ScanSarif.write(result);
                case GITLAB -> GitLabContainerScanningReport.write(result, ToolVersion.current(), start,
                        Instant.now());
                case TABLE -> render(result);
            });
            exit = threshold != null && !result.atOrAbove(threshold).isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
        out.flush();
        return exit;
    }

    /** The report and its line end, where {@code --output} sends it. */
    private void report(PrintWriter out, String rendered) {
        output.write(out, rendered + System.lineSeparator());
    }

    private ScanResult scan(String target, FindingFilter filter) throws IOException {
        if (scanner != Scanner.SLIMLINE) {
            ExternalScanner external = ExternalScanner.valueOf(scanner.name());
            boolean archive = Files.exists(Path.of(target));
            ScannerOutputMapper.Mapped mapped = external.mapper().map(external.run(new SystemProcessRunner(),
                    ExecutableLocator.onPath(System.getenv()), target, archive));
            return ImageScanner.external(target, external.displayName(), mapped.distro(), mapped.packages(),
                    mapped.findings(), filter);
        }
        try (OsvDatabase database = OsvDatabase.open(db.directory())) {
            List<String> warnings = new ArrayList<>();
            if (database.isStale(Duration.ofDays(maxDbAgeDays))) {
                warnings.add(String.format(Locale.ROOT, "the OSV database at %s is %d days old (updated %s); run `slimline db update`",
                        database.directory(), ChronoUnit.DAYS.between(database.oldestUpdate(), java.time.Instant.now()),
                        database.oldestUpdate()));
            }
            ImageScanner scanner = new ImageScanner(new OsvScanner(database), filter);
            Path file = Path.of(target);
            if (Files.isRegularFile(file) && SbomReader.isJsonFile(file)) {
                SbomReader.Result sbom = SbomReader.read(file);
                if (sbom.skippedPurls() > 0) {
                    warnings.add(sbom.skippedPurls() + " packages in " + target + " skipped: no advisories for their purl type");
                }
                return scanner.scan(sbom.catalog(), warnings);
            }
            ImageArchiveReader reader = new ImageArchiveReader(ReadLimits.defaults(), false, new CatalogCapture());
            return scanner.scan(ImageTarget.read(target, reader, engineOptions, platformOption), warnings);
        }
    }

    private IgnoreList ignores() {
        List<IgnoreEntry> entries = new ArrayList<>();
        for (Path vex : vexFiles) {
            if (!Files.isRegularFile(vex)) {
                throw SlimlineException.badInput(vex + ": no such file");
            }
            entries.addAll(VexLoader.load(vex).entries());
        }
        entries.addAll(ignoreFileEntries());
        return new IgnoreList(entries);
    }

    private List<IgnoreEntry> ignoreFileEntries() {
        if (ignoreFile != null) {
            if (!Files.isRegularFile(ignoreFile)) {
                throw SlimlineException.badInput(ignoreFile + ": no such file");
            }
            return (ignoreFile.getFileName().toString().equals(TrivyIgnoreLoader.FILE_NAME)
                    ? TrivyIgnoreLoader.load(ignoreFile) : IgnoreFileLoader.load(ignoreFile)).entries();
        }
        // Both defaults count when both are there: slimline's own list and a .trivyignore kept from trivy.
        List<IgnoreEntry> entries = new ArrayList<>();
        Path local = Path.of(IgnoreFileLoader.FILE_NAME);
        if (Files.isRegularFile(local)) {
            entries.addAll(IgnoreFileLoader.load(local).entries());
        }
        Path trivy = Path.of(TrivyIgnoreLoader.FILE_NAME);
        if (Files.isRegularFile(trivy)) {
            entries.addAll(TrivyIgnoreLoader.load(trivy).entries());
        }
        return entries;
    }

    private void warn(ScanResult result) {
        PrintWriter err = spec.commandLine().getErr();
        result.warnings().stream().distinct().forEach(w -> err.println("warning: " + w));
        err.flush();
    }

    private String render(ScanResult result) {
        java.io.StringWriter text = new java.io.StringWriter();
        new ScanTable(new PrintWriter(text), colour()).print(result);
        return text.toString().stripTrailing();
    }

    private String render(ScanComparison comparison) {
        java.io.StringWriter text = new java.io.StringWriter();
        new ScanTable(new PrintWriter(text), colour()).print(comparison);
        return text.toString().stripTrailing();
    }

    /** Severities in colour only on a terminal that allows it, never into a file. */
    private boolean colour() {
        return output.file() == null && ColourChoice.forStandardOutput();
    }
}
