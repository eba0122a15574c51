package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.PackageManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The paths each server writes at start go to www-data, whose ids follow the base's distribution. */
class PhpServerTest {

    @Test
    void wwwDataIsDebians33AndAlpines82() {
        assertThat(PhpServer.wwwData(base(PackageManager.APT))).isEqualTo("33:33");
        assertThat(PhpServer.wwwData(base(PackageManager.APK))).isEqualTo("82:82");
    }

    @Test
    void apacheOwnsItsRunLockAndLogDirectoriesWithoutTouchingFiles() {
        assertThat(PhpServer.APACHE.ownPaths("33:33").script()).isEqualTo("mkdir -p /var/run/apache2 /var/lock/apache2"
                + " /var/log/apache2 && chown -R 33:33 /var/run/apache2 /var/lock/apache2 /var/log/apache2");
    }

    @Test
    void nginxGetsItsPidFileCreatedBeforeTheChown() {
        String script = PhpServer.NGINX_WITH_FPM.ownPaths("82:82").script();
        assertThat(script).contains("touch /run/nginx.pid").endsWith("chown -R 82:82 /run/php /var/lib/nginx"
                + " /var/log/nginx /run/nginx.pid");
        assertThat(script.indexOf("touch")).isLessThan(script.indexOf("chown"));
    }

    private static BaseImage base(PackageManager manager) {
        return new BaseImage("php", "8.2-fpm", null, null, "php", "8.2", BaseImage.Role.RUN, BaseImage.Libc.GLIBC, true,
                manager, null, 0, 0, null, null, true, null);
    }
}
