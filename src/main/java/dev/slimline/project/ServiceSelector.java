package dev.slimline.project;

import java.util.List;

/**
 * Picks a service by what a user types: its full name ({@code services/api}), its last segment ({@code api}), or
 * its compose service / bake target name. A full name always wins; a shorter name that fits several services is
 * an error naming them, never a guess.
 */
public final class ServiceSelector {

    private ServiceSelector() {
    }

    /** @throws IllegalArgumentException naming the services there are, or those the name fits */
    public static DockerfileService select(List<DockerfileService> services, String name) {
        String wanted = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (DockerfileService service : services) {
            if (service.name().equals(wanted)) {
                return service;
            }
        }
        List<DockerfileService> fits = services.stream().filter(service -> fits(service, wanted)).toList();
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.isEmpty()) {
            throw new IllegalArgumentException(name + ": no such service (have "
                    + services.stream().map(DockerfileService::name).toList() + ")");
        }
        throw new IllegalArgumentException(name + ": ambiguous, it names "
                + fits.stream().map(DockerfileService::name).toList() + "; give the full name");
    }

    /** Whether {@code name} is the service's full name, last segment, or definition name. */
    public static boolean fits(DockerfileService service, String name) {
        return service.name().equals(name) || service.shortName().equalsIgnoreCase(name)
                || service.origin().map(origin -> origin.key().equals(name)).orElse(false);
    }
}
