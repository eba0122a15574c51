package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.PackageManager;

import java.util.List;

/**
 * A PHP server whose master would start as root and drop to www-data itself (Apache with mod_php, nginx in front
 * of php-fpm, php-fpm alone), run as www-data from the start instead. Neither needs root once the paths it writes
 * at start are www-data's: the run, lock and log directories (Apache's pid file is in its run directory), php-fpm's
 * pid directory, nginx's temp directories, logs and pid file. Their {@code User}, pool {@code user}/{@code group}
 * and nginx {@code user} directives are then ignored with a notice. The paths are Debian's, the layout of the php
 * images and of the nginx their apps install with apt.
 */
enum PhpServer {
    APACHE("Apache (mod_php)", List.of("/var/run/apache2", "/var/lock/apache2", "/var/log/apache2"), List.of()),
    NGINX_WITH_FPM("nginx (with php-fpm)", List.of("/run/php", "/var/lib/nginx", "/var/log/nginx"),
            List.of("/run/nginx.pid")),
    FPM("php-fpm", List.of("/run/php"), List.of());

    /** www-data's uid and gid: Debian's 33, Alpine's 82. */
    private static final int DEBIAN_WWW_DATA = 33;
    private static final int ALPINE_WWW_DATA = 82;

    private final String label;
    private final ServerPaths paths;

    PhpServer(String label, List<String> directories, List<String> files) {
        this.label = label;
        this.paths = new ServerPaths(directories, files);
    }

    String label() {
        return label;
    }

    /** The numeric www-data user and group of the base, as {@code uid:gid} (USER and chown both take it). */
    static String wwwData(BaseImage base) {
        int id = base.packageManager() == PackageManager.APK ? ALPINE_WWW_DATA : DEBIAN_WWW_DATA;
        return id + ":" + id;
    }

    /** The RUN that creates the paths the server writes at start and gives them to {@code owner}. */
    GeneratedInstruction.Run ownPaths(String owner) {
        return paths.ownedBy(owner);
    }
}
