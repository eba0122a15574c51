package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Build tools, caches, user, healthcheck and secrets found in hand-made images. */
class ImageFindingsTest {
    static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\napp:x:1000:1000::/home/app:/bin/sh\n";
    static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----\n";

    static byte[] archive(String user, List<String> healthcheck) {
        byte[] base = new TestLayers.Layer().file("etc/passwd", PASSWD).file("usr/bin/gcc-12", 700)
                .symlink("usr/bin/gcc", "gcc-12").file("usr/bin/make", 200).file("usr/include/stdio.h", 30)
                .file("var/lib/dpkg/info/libssl-dev:amd64.list", 10).file("var/lib/apt/lists/lock", 0)
                .file("var/lib/apt/lists/deb_dists_bookworm_InRelease", 1234).bytes();
        byte[] secrets = new TestLayers.Layer().file("root/.ssh/id_rsa", KEY).file("app/.env", "DB_PASSWORD=hunter2\n")
                .file("app/.env.example", "DB_PASSWORD=\n").file("root/.npmrc", "//registry/:_authToken=abc\n")
                .file("home/app/.npmrc", "save-exact=true\n").file("root/.cache/pip/http/1/2/abc", 500)
                .file("home/app/.cache/pip/wheels/x.whl", 250).bytes();
        byte[] cleanup = new TestLayers.Layer().whiteout("root/.ssh/id_rsa").bytes();
        byte[] config = TestLayers.config(List.of("FROM", "COPY . /", "RUN rm /root/.ssh/id_rsa"), user, healthcheck);
        return TestLayers.dockerArchive(List.of(base, secrets, cleanup), config);
    }

    static ImageReport inspect(String user, List<String> healthcheck) throws IOException {
        ImageArchive image = ImageArchiveReader.withDefaults()
                .read(new ByteArrayInputStream(archive(user, healthcheck)), "findings.tar");
        return new ImageAnalyzer(ImageKnowledge.load(), 3).analyze(image);
    }

    @Test
    void buildToolsAreFoundByPath() throws IOException {
        ImageReport report = inspect("", List.of());

        assertThat(report.buildTools()).extracting(ImageReport.Match::name)
                .containsExactly("gcc", "make", "-dev packages", "C headers in /usr/include");
        assertThat(report.buildTools().get(0).locations()).containsExactly("/usr/bin/gcc", "/usr/bin/gcc-12");
        assertThat(report.buildTools().get(0).bytes()).isEqualTo(700 + "gcc-12".length());
    }

    @Test
    void cachesAreReportedWithTheirBytesAndDirectories() throws IOException {
        ImageReport report = inspect("", List.of());

        assertThat(report.packageCaches()).containsExactly(
                new ImageReport.Match("pip", List.of("/home/app/.cache/pip", "/root/.cache/pip"), 2, 750),
                new ImageReport.Match("apt lists", List.of("/var/lib/apt/lists"), 2, 1234));
    }

    @Test
    void secretsAreFoundEvenWhenALaterLayerDeletedThem() throws IOException {
        ImageReport report = inspect("", List.of());

        assertThat(report.secretFiles()).containsExactlyInAnyOrder(
                new SecretFile("root/.ssh/id_rsa", SecretFile.Kind.PRIVATE_KEY, 1, true),
                new SecretFile("app/.env", SecretFile.Kind.DOTENV, 1, false),
                new SecretFile("root/.npmrc", SecretFile.Kind.NPM_TOKEN, 1, false));
        assertThat(report.secretEnv()).containsExactly("API_TOKEN");
    }

    @Test
    void noUserMeansRoot() throws IOException {
        ImageReport.User user = inspect("", List.of()).user();

        assertThat(user).isEqualTo(new ImageReport.User("", "root", 0));
        assertThat(user.isRoot()).isTrue();
    }

    @Test
    void userNamesAndUidsResolveThroughTheImagesPasswd() throws IOException {
        assertThat(inspect("app", List.of()).user()).isEqualTo(new ImageReport.User("app", "app", 1000));
        assertThat(inspect("1000:1000", List.of()).user()).isEqualTo(new ImageReport.User("1000:1000", "app", 1000));
        assertThat(inspect("ghost", List.of()).user()).isEqualTo(new ImageReport.User("ghost", "ghost", null));
        assertThat(inspect("4242", List.of()).user().isRoot()).isFalse();
    }

    @Test
    void healthcheckPresentUnlessNone() throws IOException {
        assertThat(inspect("", List.of("CMD", "curl", "-f", "http://localhost/")).healthcheck().present()).isTrue();
        assertThat(inspect("", List.of("NONE")).healthcheck().present()).isFalse();
        assertThat(inspect("", List.of()).healthcheck().present()).isFalse();
    }

    @Test
    void largestPathsAreTopNBySize() throws IOException {
        ImageReport report = inspect("", List.of());

        assertThat(report.largestFiles()).containsExactly(new ImageReport.PathSize("/var/lib/apt/lists/deb_dists_bookworm_InRelease", 1234),
                new ImageReport.PathSize("/usr/bin/gcc-12", 700), new ImageReport.PathSize("/root/.cache/pip/http/1/2/abc", 500));
        assertThat(report.largestDirectories().get(0)).isEqualTo(new ImageReport.PathSize("/var", 1244));
    }
}
