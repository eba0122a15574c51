package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.ToolVersion;
import dev.slimline.io.AtomicWriter;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.ReadLimits;
import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.CatalogCapture;
import dev.slimline.scan.catalog.ImageCataloger;
import dev.slimline.scan.osv.OsvDatabase;
import dev.slimline.scan.sbom.CycloneDxWriter;
import dev.slimline.scan.sbom.SpdxWriter;
import dev.slimline.scan.vuln.OsvScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline sbom IMAGE|ARCHIVE [--format cyclonedx|spdx-json] [-o FILE]}: the image's packages as an SBOM. */
@Command(name = "sbom", mixinStandardHelpOptions = true,
        description = {"Lists the packages inside an image (dpkg, apk, Python, npm, Java jars, Go binaries) as a",
            "CycloneDX " + CycloneDxWriter.SPEC_VERSION + " or SPDX 2.3 JSON SBOM, each with its purl. Nothing is extracted."})
public final class SbomCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE|ARCHIVE", description = "Image reference, docker-save tar or OCI layout.")
    private String target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the SBOM to FILE (replaced atomically) instead of standard output.")
    private Path output;

    @Option(names = "--format", defaultValue = "cyclonedx", paramLabel = "FORMAT",
            description = "cyclonedx (CycloneDX " + CycloneDxWriter.SPEC_VERSION + " JSON) or spdx-json (SPDX 2.3 JSON) (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--with-vulnerabilities",
            description = "Add a CycloneDX VEX vulnerabilities array from the offline OSV database (see --db).")
    private boolean withVulnerabilities;

    @Mixin
    private DbOptions db;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private ImagePlatformOption platformOption;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("cyclonedx") && !format.equals("spdx-json")) {
            throw SlimlineException.badInput("--format must be cyclonedx or spdx-json, not '" + format + "'");
        }
        if (withVulnerabilities && format.equals("spdx-json")) {
            throw SlimlineException.badInput("--with-vulnerabilities writes CycloneDX; drop --format spdx-json");
        }
        Catalog catalog = catalog(target, engineOptions, platformOption);
        String json;
        if (format.equals("spdx-json")) {
            json = new SpdxWriter(ToolVersion.current()).write(catalog, Instant.now());
        } else if (withVulnerabilities) {
            try (OsvDatabase database = OsvDatabase.open(db.directory())) {
                json = new CycloneDxWriter(ToolVersion.current()).write(catalog, Instant.now(),
                        new OsvScanner(database).match(catalog).findings());
            }
        } else {
            json = new CycloneDxWriter(ToolVersion.current()).write(catalog, Instant.now());
        }
        if (output != null) {
            AtomicWriter.write(output, json + "\n");
            spec.commandLine().getErr().println("wrote " + catalog.packages().size() + " packages to " + output);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.println(json);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Reads an image with the catalogers' capture and catalogs it. */
    static Catalog catalog(String target, EngineOptions engineOptions, ImagePlatformOption platformOption) throws IOException {
        ImageArchiveReader reader = new ImageArchiveReader(ReadLimits.defaults(), false, new CatalogCapture());
        return ImageCataloger.catalog(ImageTarget.read(target, reader, engineOptions, platformOption));
    }

}
