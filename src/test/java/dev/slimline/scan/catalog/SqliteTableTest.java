package dev.slimline.scan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader against databases the sqlite3 and rpm programs wrote (src/test/resources/rpmdb/make-rpmdb.sh). */
class SqliteTableTest {

    @Test
    void readsEveryRowThroughInteriorPagesAndOverflowChains() throws Exception {
        List<SqliteTable.Row> rows = SqliteTable.rows(RpmFixtures.resource("many-rows.sqlite"), "Packages");

        assertThat(rows).hasSize(600);
        for (int i = 1; i <= 600; i++) {
            SqliteTable.Row row = rows.get(i - 1);
            assertThat(row.rowid()).isEqualTo(i);
            assertThat(row.values().get(0)).as("INTEGER PRIMARY KEY is the rowid, stored as NULL").isNull();
            String blob = new String((byte[]) row.values().get(1), StandardCharsets.US_ASCII);
            assertThat(blob).hasSize(i % 100 == 0 ? 9000 : 10 + i % 30);
            assertThat(blob).matches("0*" + i);
        }
    }

    @Test
    void rpmsDatabaseHasItsPackagesTableAndNoOtherIsInvented() throws Exception {
        byte[] rpmdb = RpmFixtures.resource("rpmdb.sqlite");

        assertThat(SqliteTable.rows(rpmdb, "Packages")).extracting(SqliteTable.Row::rowid).containsExactly(1L, 2L, 3L);
        assertThat(SqliteTable.rows(rpmdb, "NoSuchTable")).isEmpty();
    }

    @Test
    void notADatabaseAndTruncatedDatabasesAreRejectedNotMisread() throws Exception {
        byte[] rpmdb = RpmFixtures.resource("rpmdb.sqlite");

        assertThatThrownBy(() -> SqliteTable.rows("Package: bash\n".repeat(20).getBytes(StandardCharsets.UTF_8), "Packages"))
                .isInstanceOf(CorruptDatabaseException.class).hasMessage("not an SQLite 3 database");
        assertThatThrownBy(() -> SqliteTable.rows(Arrays.copyOf(rpmdb, 8192), "Packages"))
                .isInstanceOf(CorruptDatabaseException.class).hasMessageContaining("outside the file");
    }
}
