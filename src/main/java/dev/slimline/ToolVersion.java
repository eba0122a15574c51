package dev.slimline;

/** slimline's own version, the one home for it: what Maven writes into the jar manifest, or "development". */
public final class ToolVersion {

    /** The version when slimline runs from classes, not from the packaged jar (tests, IDE). */
    public static final String DEVELOPMENT = "development";

    private static final String CURRENT = read();

    private ToolVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }
}
