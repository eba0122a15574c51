package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactTest {

    @Test
    void pullTimeIsBitsOverBandwidth() {
        // 1.25 GB = 10 Gbit; at 100 Mbit/s that is 100 s
        assertThat(Impact.pullSeconds(1_250_000_000L, new ImpactSettings(100, 0.1))).isCloseTo(100.0, within(1e-9));
        assertThat(Impact.pullSeconds(1_250_000_000L, new ImpactSettings(1000, 0.1))).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void storageCostIsGigabytesTimesPrice() {
        assertThat(Impact.storageCost(3_000_000_000L, new ImpactSettings(100, 0.10))).isCloseTo(0.30, within(1e-9));
        assertThat(Impact.storageCost(500_000_000L, new ImpactSettings(100, 0.026))).isCloseTo(0.013, within(1e-9));
    }

    @Test
    void totalsAndPercentOverServicesWithBothImages() {
        ServiceResult unbuilt = new ServiceResult("services/web-app", null,
                new BuiltImage("t", "i", 999_000_000L, 1, 1), List.of(), List.of());
        Impact impact = Impact.of(List.of(VerifyReports.api(), VerifyReports.brokenWorker(), unbuilt),
                new ImpactSettings(100, 0.10));
        assertThat(impact.beforeBytes()).isEqualTo(3_200_000_000L);
        assertThat(impact.afterBytes()).isEqualTo(505_000_000L);
        assertThat(impact.savedBytes()).isEqualTo(2_695_000_000L);
        assertThat(impact.savedPercent()).isCloseTo(84.21875, within(1e-9));
        assertThat(impact.pullSecondsBefore()).isCloseTo(256.0, within(1e-9));
        assertThat(impact.pullSecondsAfter()).isCloseTo(40.4, within(1e-9));
        assertThat(impact.storageCostBefore()).isCloseTo(0.32, within(1e-9));
        assertThat(impact.storageCostAfter()).isCloseTo(0.0505, within(1e-9));
    }

    @Test
    void nothingBuiltMeansZeroPercentNotADivisionByZero() {
        Impact impact = Impact.of(List.of(), ImpactSettings.defaults());
        assertThat(impact.savedPercent()).isZero();
    }

    @Test
    void bandwidthMustBePositive() {
        assertThatThrownBy(() -> new ImpactSettings(0, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImpactSettings(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
