package dev.slimline.engine;

import dev.slimline.SlimlineException;

/** The engine has no image of that name: exit 4, since only images already in the engine can be used. */
public class ImageNotFoundException extends SlimlineException {

    private final String ref;

    public ImageNotFoundException(String ref) {
        super(Kind.UNAVAILABLE, "image " + ref + " not found in the engine");
        this.ref = ref;
    }

    public String ref() {
        return ref;
    }
}
