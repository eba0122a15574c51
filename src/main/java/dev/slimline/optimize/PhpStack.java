package dev.slimline.optimize;

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

/** PHP with Composer: the built-in server, Apache mod_php and php-fpm (behind nginx) shapes ({@link PhpTemplate}). */
public final class PhpStack implements Stack {

    static final Language LANGUAGE = new Language("php");
    static final AppPackageManager COMPOSER = new AppPackageManager("composer");

    private static final PhpTemplate TEMPLATE = new PhpTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        if (!files.anyPresent("composer.json", "composer.lock")) {
            return Optional.empty();
        }
        String composer = files.read("composer.json").toLowerCase(Locale.ROOT);
        String framework = ProjectFactsDetector.mentions(composer, "laravel/framework") ? "laravel"
                : ProjectFactsDetector.mentions(composer, "symfony/framework-bundle") ? "symfony"
                : ProjectFactsDetector.mentions(composer, "slim/slim") ? "slim" : null;
        return Optional.of(files.facts(LANGUAGE, framework, COMPOSER, false));
    }

    @Override
    public List<String> manifestNames() {
        return List.of("composer.json");
    }

    @Override
    public Set<String> runtimeImages() {
        return Set.of("php");
    }

    @Override
    public List<String> dependencyManifests() {
        return List.of("composer.json", "composer.lock");
    }

    /** vendor/ is not ignored: teams that commit it deploy it as is. */
    @Override
    public List<String> ignoreEntries() {
        return List.of(".phpunit.result.cache", ".phpunit.cache", ".php-cs-fixer.cache", "node_modules", "storage/logs/*.log");
    }

    @Override
    public List<String> sourceSuffixes() {
        return List.of(".php");
    }

    @Override
    public Optional<Healthcheck> runtimeProbe(BaseImage runtime, int port, String path) {
        return Optional.of(httpWithPhp(port, path));
    }

    /** An HTTP probe with PHP's own stream wrapper (php is on every php image's PATH; curl is not). */
    static Healthcheck httpWithPhp(int port, String path) {
        return Healthcheck.exec(List.of("php", "-r", "exit(@file_get_contents('http://127.0.0.1:" + port + path
                + "') === false ? 1 : 0);"));
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
