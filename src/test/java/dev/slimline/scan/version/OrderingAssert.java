package dev.slimline.scan.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks a comparator against a list given in ascending order, every pair both ways. */
final class OrderingAssert {

    private OrderingAssert() {
    }

    static void assertAscending(VersionComparator comparator, List<String> ascending) {
        for (int i = 0; i < ascending.size(); i++) {
            for (int j = i + 1; j < ascending.size(); j++) {
                String low = ascending.get(i);
                String high = ascending.get(j);
                assertThat(comparator.compare(low, high)).as("%s < %s", low, high).isNegative();
                assertThat(comparator.compare(high, low)).as("%s > %s", high, low).isPositive();
            }
            assertThat(comparator.compare(ascending.get(i), ascending.get(i))).isZero();
        }
    }

    static void assertEqual(VersionComparator comparator, String a, String b) {
        assertThat(comparator.compare(a, b)).as("%s == %s", a, b).isZero();
        assertThat(comparator.compare(b, a)).as("%s == %s", b, a).isZero();
    }
}
