package dev.slimline.verify;

import java.util.List;
import java.util.Map;

/** How verify decides that a running service is healthy. */
public sealed interface HealthProbe {

    /**
     * HTTP GET on a published port; the first route answering 2xx wins. {@code originalAnswers} are the statuses the
     * original settled on when none of its routes answered 2xx (empty when it answered one, or for the original
     * itself): a candidate settling on the very same answers ends its probe early, as the original's did.
     */
    record Http(int containerPort, List<String> paths, Map<String, Integer> originalAnswers) implements HealthProbe {
        public Http {
            paths = List.copyOf(paths);
            originalAnswers = Map.copyOf(originalAnswers);
        }

        public Http(int containerPort, List<String> paths) {
            this(containerPort, paths, Map.of());
        }

        /** This probe for a candidate whose original settled on {@code answers}. */
        public Http answeringAs(Map<String, Integer> answers) {
            return new Http(containerPort, paths, answers);
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
