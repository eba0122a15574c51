package dev.slimline.verify;

import dev.slimline.project.BuildSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One service to verify: where its build context and two Dockerfiles are, and what it needs to run.
 *
 * @param name the service's name in reports, e.g. {@code services/api}
 * @param context the build context
 * @param originalDockerfile the Dockerfile as it is
 * @param optimizedDockerfile the optimized Dockerfile
 * @param runtime what it needs to run
 * @param healthPath the HTTP route to probe, or null to try the usual ones
 * @param optimizedContext the build context of the optimized image: {@code context}, or a copy with the
 *     optimizer's edits to context files applied
 * @param build how the service's build definition builds it (args, target, secrets, platform)
 */
public record ServiceUnderTest(String name, Path context, Path originalDockerfile, Path optimizedDockerfile,
        ServiceRuntime runtime, String healthPath, Path optimizedContext, BuildSettings build) {

    public ServiceUnderTest(String name, Path context, Path originalDockerfile, Path optimizedDockerfile,
            ServiceRuntime runtime, String healthPath) {
        this(name, context, originalDockerfile, optimizedDockerfile, runtime, healthPath, context,
                BuildSettings.none());
    }

    public ServiceUnderTest withOptimizedContext(Path copy) {
        return new ServiceUnderTest(name, context, originalDockerfile, optimizedDockerfile, runtime, healthPath, copy,
                build);
    }

    public ServiceUnderTest withBuild(BuildSettings settings) {
        return new ServiceUnderTest(name, context, originalDockerfile, optimizedDockerfile, runtime, healthPath,
                optimizedContext, settings);
    }

    public ServiceUnderTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(originalDockerfile, "originalDockerfile");
        Objects.requireNonNull(optimizedDockerfile, "optimizedDockerfile");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(optimizedContext, "optimizedContext");
        Objects.requireNonNull(build, "build");
    }

    /** The short name the story prints ({@code api} for {@code services/api}). */
    public String shortName() {
        return name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
    }
}
