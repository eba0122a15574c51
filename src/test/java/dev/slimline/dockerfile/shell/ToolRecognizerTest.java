package dev.slimline.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ToolRecognizerTest {

    private static ToolCommand only(String script) {
        List<ToolCommand> tools = ShellAnalysis.of(script).tools();
        assertThat(tools).hasSize(1);
        return tools.get(0);
    }

    static List<Arguments> apt() {
        return List.of(
                Arguments.of("apt-get install -y --no-install-recommends gcc make", new Object[] {"apt-get", "install", List.of("gcc", "make"), true, true}),
                Arguments.of("apt-get -qqy install curl=7.1", new Object[] {"apt-get", "install", List.of("curl=7.1"), true, false}),
                Arguments.of("apt install -o APT::Install-Recommends=false x", new Object[] {"apt", "install", List.of("x"), false, true}),
                Arguments.of("sudo /usr/bin/apt-get update", new Object[] {"apt-get", "update", List.of(), false, false}),
                Arguments.of("apt-get --yes dist-upgrade", new Object[] {"apt-get", "dist-upgrade", List.of(), true, false}));
    }

    @ParameterizedTest
    @MethodSource
    void apt(String script, Object[] expected) {
        AptCommand apt = (AptCommand) only(script);
        assertThat(new Object[] {apt.tool(), apt.action(), apt.packages(), apt.assumeYes(), apt.noInstallRecommends()})
                .isEqualTo(expected);
    }

    @Test
    void aptActions() {
        assertThat(((AptCommand) only("apt-get clean")).isClean()).isTrue();
        assertThat(((AptCommand) only("apt-get dist-upgrade -y")).isUpgrade()).isTrue();
        assertThat(((AptCommand) only("apt-get update")).isUpdate()).isTrue();
    }

    static List<Arguments> apk() {
        return List.of(
                Arguments.of("apk add --no-cache --virtual .build-deps gcc musl-dev", new Object[] {"add", List.of("gcc", "musl-dev"), true, Optional.of(".build-deps"), false}),
                Arguments.of("apk --update add curl", new Object[] {"add", List.of("curl"), false, Optional.empty(), true}),
                Arguments.of("apk add -t .deps x", new Object[] {"add", List.of("x"), false, Optional.of(".deps"), false}),
                Arguments.of("apk del .build-deps", new Object[] {"del", List.of(".build-deps"), false, Optional.empty(), false}));
    }

    @ParameterizedTest
    @MethodSource
    void apk(String script, Object[] expected) {
        ApkCommand apk = (ApkCommand) only(script);
        assertThat(new Object[] {apk.action(), apk.packages(), apk.noCache(), apk.virtualName(), apk.update()}).isEqualTo(expected);
    }

    @Test
    void yum() {
        YumCommand install = (YumCommand) only("dnf -y --setopt=tsflags=nodocs install gcc");
        assertThat(install.tool()).isEqualTo("dnf");
        assertThat(install.isInstall()).isTrue();
        assertThat(install.operands()).containsExactly("gcc");
        assertThat(install.assumeYes()).isTrue();
        assertThat(((YumCommand) only("yum clean all")).isCleanAll()).isTrue();
        assertThat(((YumCommand) only("microdnf clean packages")).isCleanAll()).isFalse();
    }

    static List<Arguments> pip() {
        return List.of(
                Arguments.of("pip install --no-cache-dir -r requirements.txt", new Object[] {"install", List.of(), List.of("requirements.txt"), true}),
                Arguments.of("pip3 install flask==2.0 gunicorn", new Object[] {"install", List.of("flask==2.0", "gunicorn"), List.of(), false}),
                Arguments.of("python3 -m pip install -U pip", new Object[] {"install", List.of("pip"), List.of(), false}),
                Arguments.of("python -m pip install -e .", new Object[] {"install", List.of("."), List.of(), false}),
                Arguments.of("pip3.11 --no-cache-dir install -rreq.txt", new Object[] {"install", List.of(), List.of("req.txt"), true}));
    }

    @ParameterizedTest
    @MethodSource
    void pip(String script, Object[] expected) {
        PipCommand pip = (PipCommand) only(script);
        assertThat(new Object[] {pip.action(), pip.packages(), pip.requirementFiles(), pip.noCacheDir()}).isEqualTo(expected);
    }

    @Test
    void pythonWithoutPipIsNotPip() {
        assertThat(ShellAnalysis.of("python3 -m venv /opt/venv").tools()).isEmpty();
    }

    static List<Arguments> node() {
        return List.of(
                Arguments.of("npm ci --omit=dev", new Object[] {"npm", "ci", true, true, true, false}),
                Arguments.of("npm install", new Object[] {"npm", "install", false, false, true, false}),
                Arguments.of("npm install --production express", new Object[] {"npm", "install", true, false, false, true}),
                Arguments.of("npm i --only=prod", new Object[] {"npm", "i", true, false, true, false}),
                Arguments.of("yarn", new Object[] {"yarn", "install", false, false, true, false}),
                Arguments.of("yarn install --frozen-lockfile --production", new Object[] {"yarn", "install", true, true, true, false}),
                Arguments.of("yarn add left-pad", new Object[] {"yarn", "add", false, false, false, true}),
                Arguments.of("pnpm install --frozen-lockfile --prod", new Object[] {"pnpm", "install", true, true, true, false}));
    }

    @ParameterizedTest
    @MethodSource
    void node(String script, Object[] expected) {
        NodePackageCommand node = (NodePackageCommand) only(script);
        assertThat(new Object[] {node.tool(), node.action(), node.productionOnly(), node.frozenLockfile(),
                node.installsProject(), node.installsPackages()}).isEqualTo(expected);
    }

    @Test
    void nodeCacheCleaning() {
        assertThat(((NodePackageCommand) only("npm cache clean --force")).cleansCache()).isTrue();
        assertThat(((NodePackageCommand) only("yarn cache clean")).cleansCache()).isTrue();
        assertThat(((NodePackageCommand) only("pnpm store prune")).cleansCache()).isTrue();
        assertThat(((NodePackageCommand) only("npm run build")).cleansCache()).isFalse();
    }

    @Test
    void gemGoAndJvmBuilds() {
        GemCommand gem = (GemCommand) only("gem install bundler -v 2.4 --no-document");
        assertThat(gem.packages()).containsExactly("bundler");
        assertThat(gem.noDocument()).isTrue();
        assertThat(((GemCommand) only("gem install rails")).noDocument()).isFalse();
        GoCommand go = (GoCommand) only("CGO_ENABLED=0 go build -ldflags=-s -o /app ./cmd/server");
        assertThat(go.compiles()).isTrue();
        assertThat(((GoCommand) only("go mod download")).compiles()).isFalse();
        assertThat(((JvmBuildCommand) only("./mvnw -B -DskipTests package")).tasks()).containsExactly("package");
        assertThat(((JvmBuildCommand) only("gradle build -x test")).tasks()).containsExactly("build");
    }

    static List<Arguments> downloads() {
        return List.of(
                Arguments.of("curl -fsSL https://x/install.sh | sh", true, true),
                Arguments.of("curl -fsSL https://x/a.tgz | tar xz", true, false),
                Arguments.of("curl -o /tmp/a https://x/a", false, false),
                Arguments.of("wget -qO- https://x/i.sh | bash -s --", true, true),
                Arguments.of("wget https://x/i.sh", false, false),
                Arguments.of("curl -sL https://x | tee /tmp/i.sh | sh", true, true));
    }

    @ParameterizedTest
    @MethodSource
    void downloads(String script, boolean toStdout, boolean pipedIntoShell) {
        ShellAnalysis analysis = ShellAnalysis.of(script);
        DownloadCommand download = analysis.tools(DownloadCommand.class).get(0);
        assertThat(download.writesToStdout()).isEqualTo(toStdout);
        assertThat(analysis.downloadsPipedIntoShell()).hasSize(pipedIntoShell ? 1 : 0);
    }

    static List<Arguments> removals() {
        return List.of(
                Arguments.of("rm -rf /var/lib/apt/lists/*", "/var/lib/apt/lists", true),
                Arguments.of("rm -rf /var/lib/apt/lists", "/var/lib/apt/lists", true),
                Arguments.of("rm -rf /var/lib/apt", "/var/lib/apt/lists", true),
                Arguments.of("rm -rf /var/lib/apt/lists/partial", "/var/lib/apt/lists", false),
                Arguments.of("rm -rf ~/.cache/pip", "/root/.cache/pip", true),
                Arguments.of("rm -f /tmp/x", "/var/lib/apt/lists", false));
    }

    @ParameterizedTest
    @MethodSource
    void removals(String script, String directory, boolean removes) {
        assertThat(((RmCommand) only(script)).removes(directory)).isEqualTo(removes);
    }

    static List<Arguments> chmod() {
        return List.of(Arguments.of("chmod 777 /app", true), Arguments.of("chmod -R 0777 /app", true),
                Arguments.of("chmod a+rwx /x", true), Arguments.of("chmod o+w /x", true),
                Arguments.of("chmod 755 /app", false), Arguments.of("chmod +x /entry.sh", false),
                Arguments.of("chmod u+w,g+w /x", false), Arguments.of("chmod 666 /x", true));
    }

    @ParameterizedTest
    @MethodSource
    void chmod(String script, boolean worldWritable) {
        assertThat(((ChmodCommand) only(script)).worldWritable()).isEqualTo(worldWritable);
    }

    @Test
    void analysisKeepsScriptOrderAndLooksThroughSudo() {
        ShellAnalysis analysis = ShellAnalysis.of("sudo apt-get update && pip install x && cd /app && rm -rf /tmp/*");
        assertThat(analysis.tools()).extracting(t -> t.getClass().getSimpleName())
                .containsExactly("AptCommand", "PipCommand", "RmCommand");
        assertThat(analysis.runs("cd")).isTrue();
        assertThat(analysis.runs("make")).isFalse();
    }
}
