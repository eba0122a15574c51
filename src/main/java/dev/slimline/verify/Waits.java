package dev.slimline.verify;

import java.time.Duration;

/** The one pause every bounded wait loop in verify uses. */
final class Waits {

    private Waits() {
    }

    /** Sleeps a little; an interrupt (Ctrl-C during a wait) ends the wait early and keeps the flag set. */
    static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
