package dev.slimline.scan.catalog;

import dev.slimline.image.TestImageArchives.LayerTar;
import java.io.IOException;
import java.io.InputStream;

/** The RPM database rpm itself wrote (src/test/resources/rpmdb/make-rpmdb.sh) and images holding it. */
public final class RpmFixtures {

    public static final String UBI9_OS_RELEASE = """
            NAME="Red Hat Enterprise Linux"
            VERSION="9.2 (Plow)"
            ID="rhel"
            ID_LIKE="fedora"
            VERSION_ID="9.2"
            PRETTY_NAME="Red Hat Enterprise Linux 9.2 (Plow)"
            """;

    private RpmFixtures() {
    }

    /**
     * {@code rpmdb.sqlite} (openssl-libs 1:3.0.7-24.el9, tzdata, zlib), {@code Packages} (the same headers in
     * Berkeley DB) or {@code many-rows.sqlite}.
     */
    public static byte[] resource(String name) throws IOException {
        try (InputStream in = RpmFixtures.class.getResourceAsStream("/rpmdb/" + name)) {
            return in.readAllBytes();
        }
    }

    /** An image of the fixture database at {@code var/lib/rpm} under this os-release. */
    public static Catalog catalog(String osRelease) throws IOException {
        return CatalogFixtures.catalog(new LayerTar().file("etc/os-release", osRelease)
                .file("var/lib/rpm/rpmdb.sqlite", resource("rpmdb.sqlite")));
    }
}
