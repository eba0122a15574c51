package dev.slimline.verify;

/** Labels verify puts on its containers besides the run label, to find each one and know what it runs. */
final class ContainerLabels {

    /** {@code <variant>/<compose service>}: finds one container of a run. */
    static final String SERVICE = "dev.slimline.verify.service";

    /** The image tag the container runs (the engine's container details do not carry it). */
    static final String IMAGE = "dev.slimline.verify.image";

    private ContainerLabels() {
    }
}
