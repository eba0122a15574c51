package dev.slimline.gate;

import dev.slimline.config.BudgetSpec.VulnerabilityPolicy;
import dev.slimline.engine.DockerEngine;
import dev.slimline.image.ImageAnalyzer;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.ImageKnowledge;
import dev.slimline.image.ImageReport;
import dev.slimline.image.ReadLimits;
import dev.slimline.scan.catalog.CatalogCapture;
import dev.slimline.scan.ignore.IgnoreList;
import dev.slimline.scan.osv.OsvDatabase;
import dev.slimline.scan.vuln.FindingFilter;
import dev.slimline.scan.vuln.ImageScanner;
import dev.slimline.scan.vuln.OsvScanner;
import dev.slimline.scan.vuln.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Measures an image in the engine for the gate: size as the engine reports it, then one {@code docker save}
 * stream read once for both dive's waste figures and the package catalog the vulnerability scan needs.
 */
public final class ImageFiguresMeasurer {

    private final DockerEngine engine;
    private final Optional<OsvDatabase> database;
    private final LocalDate today;

    /** @param database the OSV database; empty when no budget asks for a vulnerability check */
    public ImageFiguresMeasurer(DockerEngine engine, Optional<OsvDatabase> database, LocalDate today) {
        this.engine = engine;
        this.database = database;
        this.today = today;
    }

    /** @param policy scanned only when it sets {@code failOn} */
    public ImageFigures measure(String ref, VulnerabilityPolicy policy) {
        long size = engine.imageInspect(ref).sizeBytes();
        ImageArchive archive;
        try (InputStream save = engine.save(ref)) {
            archive = new ImageArchiveReader(ReadLimits.defaults(), false, new CatalogCapture()).read(save, ref);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + ref + " from the engine", e);
        }
        ImageReport.Waste waste = new ImageAnalyzer(ImageKnowledge.load(), 0).analyze(archive).waste();
        Optional<ScanResult> scan = Optional.empty();
        if (policy.failOn().isPresent()) {
            OsvDatabase db = database.orElseThrow(() -> new IllegalStateException("no OSV database opened"));
            FindingFilter filter = new FindingFilter(policy.fixableOnly().orElse(false),
                    new IgnoreList(policy.ignore()), today);
            scan = Optional.of(new ImageScanner(new OsvScanner(db), filter).scan(archive, List.of()));
        }
        return new ImageFigures(ref, size, waste.diveWastedBytes(), waste.diveEfficiency(), scan);
    }
}
