package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.ProjectFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ruby stack recognises Bundler apps (Rails, Sinatra, Rack) and probes with Ruby's own net/http. */
class RubyStackTest {

    @TempDir
    Path dir;

    @Test
    void sinatraFromTheGemfileAndRailsFromTheLockWithBundler() throws IOException {
        Files.writeString(dir.resolve("Gemfile"), "source \"https://gems.example.test\"\ngem 'sinatra', '~> 4.0'\n");
        ProjectFacts sinatra = Stacks.detect(dir);
        assertThat(sinatra.language()).hasValue(RubyStack.LANGUAGE);
        assertThat(sinatra.framework()).hasValue("sinatra");
        assertThat(sinatra.packageManager()).hasValue(RubyStack.BUNDLER);
        assertThat(sinatra.evidence()).contains("Gemfile");

        Files.writeString(dir.resolve("Gemfile"), "gem \"rails-html-sanitizer\"\ngem \"railties\"\n");
        assertThat(Stacks.detect(dir).framework()).as("a gem whose name starts with rails is not rails").isEmpty();
        Files.writeString(dir.resolve("Gemfile.lock"), "GEM\n  specs:\n    rails (7.1.3)\n      actionpack (= 7.1.3)\n");
        assertThat(Stacks.detect(dir).framework()).hasValue("rails");
        assertThat(Stacks.manifestNames()).contains("Gemfile");
    }

    @Test
    void aRackupFileAloneIsARackApp() throws IOException {
        Files.writeString(dir.resolve("config.ru"), "run ->(env) { [200, {}, ['ok']] }\n");
        ProjectFacts facts = Stacks.detect(dir);
        assertThat(facts.language()).hasValue(RubyStack.LANGUAGE);
        assertThat(facts.framework()).hasValue("rack");
    }

    @Test
    void aRailsAppWithAPackageJsonForItsAssetsStaysRuby() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": {\"build\": \"vite build\"}, \"dependencies\": {\"vue\": \"3\"}}");
        Files.writeString(dir.resolve("Gemfile"), "gem \"rails\"\n");
        assertThat(Stacks.detect(dir).language()).hasValue(RubyStack.LANGUAGE);
    }

    @Test
    void probesWithRubysOwnNetHttp() {
        assertThat(Stacks.of(RubyStack.LANGUAGE).runtimeProbe(null, 4567, "/health").orElseThrow().test())
                .isEqualTo(new GeneratedInstruction.Exec(List.of("ruby", "-rnet/http", "-e",
                        "exit Net::HTTP.get_response(URI('http://127.0.0.1:4567/health')).code.to_i < 400 ? 0 : 1")));
    }
}
