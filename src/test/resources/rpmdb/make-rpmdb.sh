#!/bin/sh
# Makes rpmdb.sqlite, the RPM database fixture of RpmCatalogerTest, with Debian's rpm tools
# (apt-get install rpm): three small packages shaped like RHEL 9's (a subpackage with an epoch, a license
# expression, a package with many files so its header spills over several SQLite pages) are built with rpmbuild
# and recorded with `rpm -i --justdb` in a fresh database, the way dnf records them in an image.
# Packages is the same three headers in the Berkeley DB hash database rpm used before 4.16 (RHEL 8), written by
# Berkeley DB's own db_load (apt-get install db5.3-util sqlite3): keys are package numbers in host byte order;
# db_load reads lowercase hex escapes only.
# Usage: sh make-rpmdb.sh OUT_DIR   (writes OUT_DIR/rpmdb.sqlite, OUT_DIR/Packages, OUT_DIR/many-rows.sqlite)
set -eu
out=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/SPECS" "$work/db"

cat > "$work/SPECS/openssl.spec" <<'SPEC'
Name: openssl
Epoch: 1
Version: 3.0.7
Release: 24.el9
Summary: Utilities from the general purpose cryptography library with TLS implementation
License: Apache-2.0
BuildArch: x86_64
%description
Fixture.
%package libs
Summary: A general purpose cryptography library with TLS implementation
%description libs
Fixture.
%install
mkdir -p %{buildroot}/usr/lib64
echo fixture > %{buildroot}/usr/lib64/libssl.so.3
%files libs
/usr/lib64/libssl.so.3
SPEC

cat > "$work/SPECS/zlib.spec" <<'SPEC'
Name: zlib
Version: 1.2.11
Release: 40.el9
Summary: Compression and decompression library
License: zlib and Boost
BuildArch: x86_64
%description
Fixture.
%install
mkdir -p %{buildroot}/usr/lib64
echo fixture > %{buildroot}/usr/lib64/libz.so.1
%files
/usr/lib64/libz.so.1
SPEC

# Many files make a header of over ten kilobytes: its blob overflows onto a chain of SQLite pages.
cat > "$work/SPECS/tzdata.spec" <<'SPEC'
Name: tzdata
Version: 2024a
Release: 1.el9
Summary: Timezone data
License: Public Domain
BuildArch: noarch
%description
Fixture.
%install
mkdir -p %{buildroot}/usr/share/zoneinfo
for i in $(seq 1 120); do echo "$i" > %{buildroot}/usr/share/zoneinfo/Zone_Number_$i; done
%files
/usr/share/zoneinfo
SPEC

for spec in "$work"/SPECS/*.spec; do
    rpmbuild --quiet --define "_topdir $work" --define '_build_id_links none' -bb "$spec" >/dev/null
done
rpm --initdb --dbpath "$work/db"
rpm -i --justdb --nodeps --noscripts --ignorearch --ignoreos --dbpath "$work/db" "$work"/RPMS/*/*.rpm
rpm -qa --dbpath "$work/db" --qf '%{NAME} %{EPOCH} %{VERSION}-%{RELEASE} %{ARCH} %{SOURCERPM} %{LICENSE}\n' | sort
cp "$work/db/rpmdb.sqlite" "$out/rpmdb.sqlite"

sqlite3 -separator ' ' "$out/rpmdb.sqlite" 'SELECT hnum, lower(hex(blob)) FROM Packages ORDER BY hnum' |
while read -r hnum hex; do
    printf '\\%02x\\%02x\\%02x\\%02x\n' $((hnum & 255)) $((hnum >> 8 & 255)) $((hnum >> 16 & 255)) $((hnum >> 24 & 255))
    echo "$hex" | sed 's/../\\&/g'
done > "$work/packages.txt"
rm -f "$out/Packages"
db5.3_load -T -t hash -c db_pagesize=4096 -f "$work/packages.txt" "$out/Packages"

# many-rows.sqlite: no RPM content, only a Packages table of 600 rows shaped to exercise the reader's B-tree
# walk: interior pages (many small rows) and overflow chains (every 100th row is 9000 bytes). Row n's blob is
# the decimal n, left-padded with zeros to its length.
rm -f "$out/many-rows.sqlite"
sqlite3 "$out/many-rows.sqlite" <<'SQL'
CREATE TABLE 'Packages' (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO Packages (hnum, blob)
SELECT i, CAST(printf('%0*d', CASE WHEN i % 100 = 0 THEN 9000 ELSE 10 + i % 30 END, i) AS BLOB) FROM n;
SQL
