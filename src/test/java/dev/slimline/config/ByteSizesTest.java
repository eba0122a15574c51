package dev.slimline.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void decimalUnitsAsDockerPrintsThemAndBinaryWithI() {
        assertThat(ByteSizes.parse("200MB")).contains(200_000_000L);
        assertThat(ByteSizes.parse("1.5 GB")).contains(1_500_000_000L);
        assertThat(ByteSizes.parse("512MiB")).contains(512L * 1024 * 1024);
        assertThat(ByteSizes.parse("10kb")).contains(10_000L);
        assertThat(ByteSizes.parse("1048576")).contains(1_048_576L);
        assertThat(ByteSizes.parse("2 GiB")).contains(2L * 1024 * 1024 * 1024);
    }

    @Test
    void notASize() {
        assertThat(ByteSizes.parse("huge")).isEmpty();
        assertThat(ByteSizes.parse("-5MB")).isEmpty();
        assertThat(ByteSizes.parse("5 parsecs")).isEmpty();
        assertThat(ByteSizes.parse("")).isEmpty();
    }
}
