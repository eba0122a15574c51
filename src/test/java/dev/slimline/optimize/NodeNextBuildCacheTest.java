package dev.slimline.optimize;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which RUN runs Next's build (and so gets .next/cache mounted), and where the cache lives. */
class NodeNextBuildCacheTest {

    private static NodeProject project(String manager, String scripts) throws Exception {
        return new NodeProject(manager, List.of("package.json"),
                Optional.of(new ObjectMapper().readTree("{\"dependencies\":{\"next\":\"14\"},\"scripts\":" + scripts + "}")),
                false, Optional.empty(), true, Optional.empty());
    }

    @Test
    void nextBuildItselfOrThroughAScriptIsTheBuild() throws Exception {
        NodeProject npm = project("npm", "{\"build\":\"next build\",\"lint\":\"next lint\",\"build:ci\":\"prisma generate && next build\"}");
        assertThat(NodeNextBuildCache.runsNextBuild("npx next build", npm)).isTrue();
        assertThat(NodeNextBuildCache.runsNextBuild("./node_modules/.bin/next build", npm)).isTrue();
        assertThat(NodeNextBuildCache.runsNextBuild("npm run build", npm)).isTrue();
        assertThat(NodeNextBuildCache.runsNextBuild("npm run-script build:ci", npm)).isTrue();
        assertThat(NodeNextBuildCache.runsNextBuild("npm run lint", npm)).isFalse();
        assertThat(NodeNextBuildCache.runsNextBuild("npm run --silent build", npm)).isTrue();
        assertThat(NodeNextBuildCache.runsNextBuild("yarn build", project("yarn", "{\"build\":\"next build\"}"))).isTrue();
        assertThat(NodeNextBuildCache.runsNextBuild("pnpm build", project("pnpm", "{\"build\":\"next build\"}"))).isTrue();
    }

    @Test
    void aBuildScriptThatIsNotNextsIsNot() throws Exception {
        NodeProject vite = project("npm", "{\"build\":\"vite build\"}");
        assertThat(NodeNextBuildCache.runsNextBuild("npm run build", vite)).isFalse();
        assertThat(NodeNextBuildCache.runsNextBuild("npm build", vite)).isFalse();
        assertThat(NodeNextBuildCache.runsNextBuild("echo nextbuild", vite)).isFalse();
    }

    @Test
    void theCacheLivesUnderAnAbsoluteWorkdirWithoutVariables() {
        assertThat(NodeNextBuildCache.directory("/app")).contains("/app/.next/cache");
        assertThat(NodeNextBuildCache.directory("/srv/web/")).contains("/srv/web/.next/cache");
        assertThat(NodeNextBuildCache.directory("$APP_HOME")).isEmpty();
        assertThat(NodeNextBuildCache.directory("/home/${USER}/app")).isEmpty();
        assertThat(NodeNextBuildCache.directory("app")).isEmpty();
    }
}
