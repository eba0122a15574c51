package dev.slimline.optimize;

import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.dockerfile.shell.PipRecognizer;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.optimize.GeneratedInstruction.Shell;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Python: pip requirement files, pyproject (Poetry, uv), Pipfile; Celery, Django, FastAPI and Flask recognised. */
public final class PythonStack implements Stack {

    static final Language LANGUAGE = new Language("python");
    static final AppPackageManager PIP = new AppPackageManager("pip");
    static final AppPackageManager POETRY = new AppPackageManager("poetry");
    static final AppPackageManager PIPENV = new AppPackageManager("pipenv");
    static final AppPackageManager UV = new AppPackageManager("uv");

    private static final PythonTemplate TEMPLATE = new PythonTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        if (!files.anyPresent("requirements.txt", "pyproject.toml", "Pipfile", "setup.py")) {
            return Optional.empty();
        }
        String pyproject = files.read("pyproject.toml");
        String dependencies = (files.read("requirements.txt") + pyproject + files.read("Pipfile")).toLowerCase(Locale.ROOT);
        String framework = ProjectFactsDetector.mentions(dependencies, "celery") ? "celery"
                : ProjectFactsDetector.mentions(dependencies, "django") ? "django"
                : ProjectFactsDetector.mentions(dependencies, "fastapi") ? "fastapi"
                : ProjectFactsDetector.mentions(dependencies, "flask") ? "flask" : null;
        AppPackageManager manager = files.present("Pipfile") ? PIPENV
                : files.present("poetry.lock") || pyproject.contains("[tool.poetry]") ? POETRY
                : files.present("uv.lock") ? UV : PIP;
        return Optional.of(files.facts(LANGUAGE, framework, manager, false));
    }

    @Override
    public List<String> manifestNames() {
        return List.of("requirements.txt", "pyproject.toml", "Pipfile", "setup.py");
    }

    @Override
    public Set<String> runtimeImages() {
        return Set.of("python");
    }

    @Override
    public List<String> ignoreEntries() {
        return List.of("__pycache__", "**/__pycache__", "*.py[cod]", ".venv", "venv", "env", ".pytest_cache",
                ".mypy_cache", ".ruff_cache", ".tox", "*.egg-info", "build", "dist", "htmlcov");
    }

    /** distroless python has no PATH lookup through a shell: the interpreter's full path. */
    @Override
    public Optional<Healthcheck> runtimeProbe(BaseImage runtime, int port, String path) {
        return Optional.of(httpWithPython(runtime.shell() ? "python" : "/usr/bin/python3.11", port, path));
    }

    /**
     * {@code pip install /wheels/*} of wheels an earlier stage built (the wheel-builder pattern): nothing compiles,
     * so the slim image's pip serves. Only wheel files or a glob of a directory, never requirement files or names.
     */
    @Override
    public boolean runsOnSlimImage(ShellCommand command) {
        return pip(command).filter(pip -> pip.isInstall() && pip.requirementFiles().isEmpty() && !pip.packages().isEmpty()
                && pip.packages().stream().allMatch(p -> p.startsWith("/") && (p.endsWith(".whl") || p.endsWith("/*"))))
                .isPresent();
    }

    private static Optional<PipCommand> pip(ShellCommand command) {
        return new PipRecognizer().recognize(command).filter(PipCommand.class::isInstance).map(PipCommand.class::cast);
    }

    /** An HTTP probe with Python's own urllib (slim and distroless python images have no curl). */
    static Healthcheck httpWithPython(String python, int port, String path) {
        String script = "import sys,urllib.request; urllib.request.urlopen('http://127.0.0.1:" + port + path
                + "', timeout=8); sys.exit(0)";
        return Healthcheck.exec(List.of(python, "-c", script));
    }

    /** Pings this container's own worker node (celery names it celery@hostname; docker sets HOSTNAME). */
    static Healthcheck celeryPing(String app) {
        return new Healthcheck(new Shell("celery -A " + app + " inspect ping -d celery@$HOSTNAME"));
    }

    @Override
    public Set<String> installPrograms() {
        return Set.of("pip", "pip3", "python", "python3");
    }

    /** {@code pip install gunicorn}: named distributions, no requirement file, local path or editable install. */
    @Override
    public boolean installsNamedPackages(ShellCommand command) {
        return pip(command).filter(pip -> pip.isInstall() && pip.requirementFiles().isEmpty() && !pip.packages().isEmpty()
                && pip.packages().stream().noneMatch(p -> p.startsWith(".") || p.startsWith("/"))).isPresent();
    }

    /** The requirement files {@code pip install -r} reads, when each names no local path, include or editable install. */
    @Override
    public Optional<List<String>> manifestsInstalled(ShellAnalysis shell, RecipeContext context) {
        List<String> manifests = new ArrayList<>();
        for (PipCommand pip : shell.tools(PipCommand.class)) {
            if (pip.isInstall() && pip.packages().isEmpty() && !pip.requirementFiles().isEmpty()) {
                for (String file : pip.requirementFiles()) {
                    if (!selfContained(file, context)) {
                        return Optional.empty();
                    }
                    manifests.add(file);
                }
            }
        }
        return Optional.of(manifests);
    }

    private static boolean selfContained(String file, RecipeContext context) {
        if (context.buildContext().isEmpty() || file.contains("..")) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(context.buildContext().get().resolve(file))) {
                String trimmed = line.trim();
                if (trimmed.startsWith("-e") || trimmed.startsWith("-r") || trimmed.startsWith("-c")
                        || trimmed.startsWith(".") || trimmed.startsWith("/") || trimmed.startsWith("file:")) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public List<String> sourceSuffixes() {
        return List.of(".py");
    }

    @Override
    public boolean isTestSource(String fileName) {
        return fileName.startsWith("test_");
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
