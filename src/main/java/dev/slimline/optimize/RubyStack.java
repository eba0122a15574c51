package dev.slimline.optimize;

import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Ruby with Bundler: Rails-, Sinatra- and Rack-shaped apps ({@link RubyTemplate}). */
public final class RubyStack implements Stack {

    static final Language LANGUAGE = new Language("ruby");
    static final AppPackageManager BUNDLER = new AppPackageManager("bundler");

    private static final RubyTemplate TEMPLATE = new RubyTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        if (!files.anyPresent("Gemfile", "Gemfile.lock", "config.ru")) {
            return Optional.empty();
        }
        String gems = (files.read("Gemfile") + "\n" + files.read("Gemfile.lock")).toLowerCase(Locale.ROOT);
        String framework = mentionsGem(gems, "rails") ? "rails" : mentionsGem(gems, "sinatra") ? "sinatra"
                : mentionsGem(gems, "rack") || files.present("config.ru") ? "rack" : null;
        return Optional.of(files.facts(LANGUAGE, framework, BUNDLER, false));
    }

    /** {@code gem "rails"} in the Gemfile or {@code rails (7.1.3)} among the lock file's specs. */
    private static boolean mentionsGem(String gems, String name) {
        return gems.lines().map(String::strip).anyMatch(line -> line.matches("gem\\s+[\"']" + name + "[\"'].*")
                || line.startsWith(name + " ("));
    }

    @Override
    public List<String> manifestNames() {
        return List.of("Gemfile");
    }

    @Override
    public Set<String> runtimeImages() {
        return Set.of("ruby");
    }

    @Override
    public List<String> dependencyManifests() {
        return List.of("Gemfile", "Gemfile.lock");
    }

    /** Gems a developer installed locally (another platform) and their local Bundler settings stay out. */
    @Override
    public List<String> ignoreEntries() {
        return List.of(".bundle", "vendor/bundle", "log/*.log", "tmp/cache", "coverage", "node_modules");
    }

    @Override
    public List<String> sourceSuffixes() {
        return List.of(".rb", ".ru");
    }

    /** {@code bundle config} only writes settings: the slim image's Bundler does it as well. */
    @Override
    public boolean runsOnSlimImage(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        return argv.size() > 1 && argv.get(0).equals("bundle") && argv.get(1).equals("config");
    }

    @Override
    public Optional<Healthcheck> runtimeProbe(BaseImage runtime, int port, String path) {
        return Optional.of(httpWithRuby(port, path));
    }

    /** An HTTP probe with Ruby's own net/http (every ruby image has it; slim ones have no curl). */
    static Healthcheck httpWithRuby(int port, String path) {
        return Healthcheck.exec(List.of("ruby", "-rnet/http", "-e", "exit Net::HTTP.get_response(URI('http://127.0.0.1:"
                + port + path + "')).code.to_i < 400 ? 0 : 1"));
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
