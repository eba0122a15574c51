package dev.slimline.verify;

import dev.slimline.engine.RuntimeConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the health probe of a service from what it is: an HTTP service (a published or exposed port) gets a GET on
 * its health route, a Celery worker {@code celery -A APP inspect ping}, anything else its HEALTHCHECK or, lacking
 * that, the check that it stays up.
 */
public final class ProbeChooser {

    /** Routes tried in order when none is given: the common health routes, then the root page. */
    public static final List<String> DEFAULT_PATHS = List.of("/health", "/healthz", "/api/health", "/");

    private static final Pattern HEALTHCHECK_URL =
            Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1)(?::\\d+)?(/[^'\"\\s|;)]*)");
    /** How long one {@code celery inspect ping} collects answers. */
    static final String CELERY_PING_SECONDS = "3";
    private static final Pattern CELERY_APP = Pattern.compile("(?:^|\\s)celery\\s+(?:-A|--app)[ =](\\S+)");

    private ProbeChooser() {
    }

    public static HealthProbe choose(ServiceUnderTest service, RuntimeConfig config) {
        return choose(service, config, config);
    }

    /**
     * The probe of one variant ({@code config}); an HTTP probe also tries the route the other variant's HEALTHCHECK
     * requests, so both variants are asked the same routes: an original without a HEALTHCHECK is asked the route
     * the optimizer's HEALTHCHECK found in its sources, not only the usual guesses.
     */
    public static HealthProbe choose(ServiceUnderTest service, RuntimeConfig config, RuntimeConfig other) {
        List<Integer> ports = ports(service.runtime(), config);
        if (!ports.isEmpty()) {
            return new HealthProbe.Http(ports.get(0),
                    service.healthPath() != null ? List.of(service.healthPath()) : paths(config, other));
        }
        Matcher celery = CELERY_APP.matcher(ContractComparison.command(config));
        if (celery.find()) {
            // a broadcast ping waits its whole --timeout for more workers after the first pong; a worker answers in
            // milliseconds once up, and a missed pong is asked again by the probe's loop
            return new HealthProbe.Command(List.of("celery", "-A", celery.group(1), "inspect", "ping", "--timeout",
                    CELERY_PING_SECONDS), "pong");
        }
        if (config.healthcheck().filter(check -> !check.disabled()).isPresent()) {
            return new HealthProbe.ImageHealthcheck();
        }
        return new HealthProbe.StaysUp();
    }

    /** The routes the images' own HEALTHCHECKs request first (they are known to be cheap), then the usual ones. */
    static List<String> paths(RuntimeConfig... configs) {
        Set<String> paths = new LinkedHashSet<>();
        for (RuntimeConfig config : configs) {
            healthcheckRoute(config).ifPresent(paths::add);
        }
        paths.addAll(DEFAULT_PATHS);
        return List.copyOf(paths);
    }

    /** The route on this host the image's HEALTHCHECK requests, when it names a URL. */
    static Optional<String> healthcheckRoute(RuntimeConfig config) {
        return config.healthcheck().map(check -> HEALTHCHECK_URL.matcher(String.join(" ", check.test())))
                .filter(Matcher::find).map(url -> url.group(1));
    }

    /** The compose file's published ports first, then the image's exposed TCP ports. */
    public static List<Integer> ports(ServiceRuntime runtime, RuntimeConfig config) {
        Set<Integer> ports = new LinkedHashSet<>(runtime.containerPorts());
        config.exposedPorts().stream().filter(port -> port.endsWith("/tcp") || !port.contains("/")).sorted()
                .forEach(port -> ports.add(Integer.parseInt(port.contains("/") ? port.substring(0, port.indexOf('/'))
                        : port)));
        return new ArrayList<>(ports);
    }
}
