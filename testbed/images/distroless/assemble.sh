#!/bin/sh
# Unpacks Debian packages into a root filesystem the way distroless does: no maintainer scripts, no
# shell, package metadata in /var/lib/dpkg/status.d/ (what scanners read). With --deps the dependency
# closure is added, minus the essential tools a distroless image must not have.
# Usage: assemble.sh ROOT [--deps] PACKAGE...
set -eu
root="$1"; shift
deps=no; [ "${1:-}" = --deps ] && { deps=yes; shift; }
exclude='^(bash|dash|coreutils|debconf|dpkg|perl-base|sensible-utils|ucf|adduser|passwd|init-system-helpers|readline-common|libc-bin|debianutils|base-passwd|mawk|gcc-12-base)$'
pkgs="$*"
if [ "$deps" = yes ]; then
  pkgs=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
           --no-enhances $pkgs | grep -E '^[a-z0-9]' | sort -u | grep -Ev "$exclude")
fi
mkdir -p "$root/var/lib/dpkg/status.d" /tmp/debs; chown _apt /tmp/debs
cd /tmp/debs
todo=""
for p in $pkgs; do [ -e "$root/var/lib/dpkg/status.d/$p" ] || todo="$todo $p"; done
[ -z "$todo" ] || apt-get download -qq $todo
for deb in *.deb; do
  [ -e "$deb" ] || continue
  p=$(dpkg-deb -f "$deb" Package)
  dpkg-deb -x "$deb" "$root"
  dpkg-deb -f "$deb" >"$root/var/lib/dpkg/status.d/$p"
  rm -f "$deb"
done
# Trimmed like the real images: no docs, man pages or translations (copyrights kept).
find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
rm -rf "$root/usr/share/man" "$root/usr/share/info" "$root/usr/share/locale" "$root/usr/share/lintian" \
       "$root/usr/share/bug" "$root/etc/init.d" "$root/etc/cron.daily"
