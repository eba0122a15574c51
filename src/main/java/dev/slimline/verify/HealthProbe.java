package dev.slimline.verify;

import java.util.List;

/** How verify decides that a running service is healthy. */
public sealed interface HealthProbe {

    /** HTTP GET on a published port; the first route answering 2xx wins. */
    record Http(int containerPort, List<String> paths) implements HealthProbe {
        public Http {
            paths = List.copyOf(paths);
        }
    }

    /** A command run in the container that exits 0 when the service works, e.g. {@code celery inspect ping}. */
    record Command(List<String> argv, String expectedOutput) implements HealthProbe {
        public Command {
            argv = List.copyOf(argv);
        }
    }

    /** The image's own HEALTHCHECK, until the engine reports it healthy. */
    record ImageHealthcheck() implements HealthProbe {
    }

    /** No way to ask: the container must still be running after a grace period. */
    record StaysUp() implements HealthProbe {
    }
}
