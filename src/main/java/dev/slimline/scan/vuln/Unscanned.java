package dev.slimline.scan.vuln;

/** A package that could not be checked (a version its ecosystem's rules reject), reported instead of guessed. */
public record Unscanned(String packageType, String packageName, String version, String location, String reason) {
}
