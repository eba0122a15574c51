package dev.slimline.engine;

import dev.slimline.SlimlineException;

/** No engine (or no compose) to talk to; the message says what was tried and how to start one. Exit 4. */
public class EngineUnavailableException extends SlimlineException {

    /** The hint every "no engine" message ends with. */
    static final String HOW_TO_START = "start it with `dockerd &` (as root) or `bash testbed/setup.sh`";

    public EngineUnavailableException(String message) {
        super(Kind.UNAVAILABLE, message);
    }

    /** The one line for an engine that did not answer: which client, which DOCKER_HOST, why, and what to do. */
    static EngineUnavailableException noEngine(EngineSetup setup, String reason) {
        String host = setup.dockerHost().isEmpty()
                ? "DOCKER_HOST unset, so the client's context (default unix:///var/run/docker.sock)"
                : "DOCKER_HOST=" + setup.dockerHost();
        return new EngineUnavailableException("no Docker engine reachable (tried client " + setup.client() + ", "
                + host + "): " + reason + "; " + HOW_TO_START);
    }
}
