package dev.slimline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourChoiceTest {

    @Test
    void colourOnlyOnATerminalThatAllowsIt() {
        assertThat(ColourChoice.enabled(Map.of(), true)).isTrue();
        assertThat(ColourChoice.enabled(Map.of("TERM", "xterm-256color"), true)).isTrue();
        assertThat(ColourChoice.enabled(Map.of(), false)).isFalse();
        assertThat(ColourChoice.enabled(Map.of("TERM", "xterm-256color", "CLICOLOR_FORCE", "1"), false)).isFalse();
    }

    @Test
    void noColorOfAnyValueAndADumbTerminalTurnItOff() {
        assertThat(ColourChoice.enabled(Map.of("NO_COLOR", "1"), true)).isFalse();
        assertThat(ColourChoice.enabled(Map.of("NO_COLOR", ""), true)).isFalse();
        assertThat(ColourChoice.enabled(Map.of("NO_COLOR", "0"), true)).isFalse();
        assertThat(ColourChoice.enabled(Map.of("TERM", "dumb"), true)).isFalse();
    }
}
