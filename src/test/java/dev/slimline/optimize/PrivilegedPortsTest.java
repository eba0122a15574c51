package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of "an EXPOSEd port below 1024": the non-root recipe's skip and the printed note both use it. */
class PrivilegedPortsTest {

    @Test
    void portsBelow1024AreFoundWithOrWithoutAProtocolUpTo1023() {
        assertThat(RuntimeContract.privilegedPorts(List.of("80", "443/tcp", "1023", "1024", "8080", "99999", "${PORT}")))
                .containsExactly("80", "443", "1023");
    }

    @Test
    void theNoteNamesEveryLowPortAndIsAbsentWithoutOne() {
        assertThat(RuntimeContract.privilegedPortNote(List.of("1000", "8080"))).get()
                .extracting(Change::summary).asString().startsWith("port 1000 is below 1024");
        assertThat(RuntimeContract.privilegedPortNote(List.of("3000", "8080/udp"))).isEmpty();
    }
}
