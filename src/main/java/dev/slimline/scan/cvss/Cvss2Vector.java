package dev.slimline.scan.cvss;

import dev.slimline.SlimlineException;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;
import us.springett.cvss.MalformedVectorException;

/**
 * A CVSS v2 vector ({@code AV:N/AC:L/Au:N/C:P/I:P/A:P}, as old NVD and OSV {@code CVSS_V2} entries carry it) and its
 * base score, computed by Dependency-Track's cvss-calculator per the v2 guide §3.2.1. Older advisories often have
 * nothing newer, so without this their severity fell back to words or UNKNOWN.
 */
public record Cvss2Vector(String vector, double baseScore) {

    /** Accepts the vector with or without the parentheses and {@code CVSS:2.0/} prefix some feeds add. */
    public static Cvss2Vector parse(String vector) {
        String text = vector == null ? "" : vector.strip();
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("CVSS:2.0/")) {
            text = text.substring("CVSS:2.0/".length());
        }
        try {
            if (Cvss.fromVector(text) instanceof CvssV2 v2) {
                return new Cvss2Vector(text, v2.calculateScore().getBaseScore());
            }
        } catch (MalformedVectorException e) {
            throw SlimlineException.badInput("invalid CVSS v2 vector '" + vector + "': " + e.getMessage());
        }
        throw SlimlineException.badInput("invalid CVSS v2 vector '" + vector + "': expected AV:_/AC:_/Au:_/C:_/I:_/A:_");
    }

    public CvssSeverity severity() {
        return CvssSeverity.fromScore(baseScore);
    }
}
