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

/** Python: pip requirement files, pyproject (Poetry, uv), Pipfile; Celery, Django, FastAPI and Flask recognised. */
final class PythonStack implements Stack {

    private static final PythonTemplate TEMPLATE = new PythonTemplate();

    @Override
    public Language language() {
        return Language.PYTHON;
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
        AppPackageManager manager = files.present("Pipfile") ? AppPackageManager.PIPENV
                : files.present("poetry.lock") || pyproject.contains("[tool.poetry]") ? AppPackageManager.POETRY
                : files.present("uv.lock") ? AppPackageManager.UV : AppPackageManager.PIP;
        return Optional.of(files.facts(Language.PYTHON, framework, manager, false));
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
        return Optional.of(HealthcheckWriter.httpWithPython(runtime.shell() ? "python" : "/usr/bin/python3.11", port, path));
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
