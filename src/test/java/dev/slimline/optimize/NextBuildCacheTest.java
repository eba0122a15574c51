package dev.slimline.optimize;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which RUN runs Next's build (and so gets .next/cache mounted), and where the cache lives. */
class NextBuildCacheTest {

    private static NodeProject project(String manager, String scripts) throws Exception {
        return new NodeProject(manager, List.of("package.json"),
                Optional.of(new ObjectMapper().readTree("{\"dependencies\":{\"next\":\"14\"},\"scripts\":" + scripts + "}")),
                false, Optional.empty(), true, Optional.empty());
    }

    @Test
    void nextBuildItselfOrThroughAScriptIsTheBuild() throws Exception {
        NodeProject npm = project("npm", "{\"build\":\"next build\",\"lint\":\"next lint\",\"build:ci\":\"prisma generate && next build\"}");
        assertThat(NextBuildCache.runsNextBuild("npx next build", npm)).isTrue();
        assertThat(NextBuildCache.runsNextBuild("./node_modules/.bin/next build", npm)).isTrue();
        assertThat(NextBuildCache.runsNextBuild("npm run build", npm)).isTrue();
        assertThat(NextBuildCache.runsNextBuild("npm run-script build:ci", npm)).isTrue();
        assertThat(NextBuildCache.runsNextBuild("npm run lint", npm)).isFalse();
        assertThat(NextBuildCache.runsNextBuild("npm run --silent build", npm)).isTrue();
        assertThat(NextBuildCache.runsNextBuild("yarn build", project("yarn", "{\"build\":\"next build\"}"))).isTrue();
        assertThat(NextBuildCache.runsNextBuild("pnpm build", project("pnpm", "{\"build\":\"next build\"}"))).isTrue();
    }

    @Test
    void aBuildScriptThatIsNotNextsIsNot() throws Exception {
        NodeProject vite = project("npm", "{\"build\":\"vite build\"}");
        assertThat(NextBuildCache.runsNextBuild("npm run build", vite)).isFalse();
        assertThat(NextBuildCache.runsNextBuild("npm build", vite)).isFalse();
        assertThat(NextBuildCache.runsNextBuild("echo nextbuild", vite)).isFalse();
    }

    @Test
    void theCacheLivesUnderAnAbsoluteWorkdirWithoutVariables() {
        assertThat(NextBuildCache.directory("/app")).contains("/app/.next/cache");
        assertThat(NextBuildCache.directory("/srv/web/")).contains("/srv/web/.next/cache");
        assertThat(NextBuildCache.directory("$APP_HOME")).isEmpty();
        assertThat(NextBuildCache.directory("/home/${USER}/app")).isEmpty();
        assertThat(NextBuildCache.directory("app")).isEmpty();
    }
}
