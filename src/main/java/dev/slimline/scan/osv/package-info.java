/**
 * OSV vulnerability data: the record model and parser ({@link dev.slimline.scan.osv.OsvParser}), the range
 * evaluation of the OSV schema ({@link dev.slimline.scan.osv.AffectedRangeMatcher}), severity selection
 * ({@link dev.slimline.scan.osv.SeverityResolver}), and the offline database
 * ({@link dev.slimline.scan.osv.OsvDatabase}) that {@link dev.slimline.scan.osv.OsvDownloader} fills from the
 * per-ecosystem {@code all.zip} archives OSV publishes.
 */
package dev.slimline.scan.osv;
