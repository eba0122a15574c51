package dev.slimline.engine;

/**
 * A container port published on 127.0.0.1.
 *
 * @param hostPort the loopback port, or 0 to let the engine pick a free one (read it back from
 *     {@link ContainerDetails#publishedPorts()})
 * @param containerPort the port inside the container
 * @param protocol {@code tcp} or {@code udp}
 */
public record PortMapping(int hostPort, int containerPort, String protocol) {

    public PortMapping {
        if (hostPort < 0 || hostPort > 65535 || containerPort < 1 || containerPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + hostPort + ":" + containerPort);
        }
        protocol = protocol == null ? "tcp" : protocol;
    }

    /** A TCP port on a free loopback port. */
    public static PortMapping anyLoopbackPort(int containerPort) {
        return new PortMapping(0, containerPort, "tcp");
    }

    /** The {@code --publish} value: always bound to 127.0.0.1. */
    String publishArgument() {
        return "127.0.0.1:" + (hostPort == 0 ? "" : hostPort) + ":" + containerPort + "/" + protocol;
    }
}
