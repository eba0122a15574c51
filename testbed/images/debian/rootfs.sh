#!/usr/bin/env bash
# Builds the Debian 12 root filesystems the way the official debian images are made (debuerreotype):
# debootstrap minbase, the minimizing apt/dpkg config, then a "slim" copy trimmed of docs, man pages,
# info and locales. Usage: rootfs.sh WORKDIR CERTDIR. Leaves WORKDIR/full and WORKDIR/slim.
set -euo pipefail
work="$1"; certs="$2"
rm -rf "$work"; mkdir -p "$work"
full="$work/full"
# Default mirror on purpose: the machine's apt configuration decides where packages come from.
debootstrap --variant=minbase bookworm "$full" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; echo "debootstrap failed (log: $work/debootstrap.log)" >&2; exit 1; }

# Same apt/dpkg defaults as the official images: no package caches kept, no translations, gzip'd lists.
cat >"$full/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
echo 'Acquire::Languages "none";' >"$full/etc/apt/apt.conf.d/docker-no-languages"
echo 'Acquire::GzipIndexes "true";' >"$full/etc/apt/apt.conf.d/docker-gzip-indexes"
echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$full/etc/apt/apt.conf.d/docker-autoremove-suggests"
printf '#!/bin/sh\nexit 101\n' >"$full/usr/sbin/policy-rc.d"; chmod 755 "$full/usr/sbin/policy-rc.d"
echo 'force-unsafe-io' >"$full/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
# The machine's extra CA certificates: any image that later installs ca-certificates trusts them.
mkdir -p "$full/usr/local/share/ca-certificates"
cp "$certs"/*.crt "$full/usr/local/share/ca-certificates/" 2>/dev/null || true

cleanup_caches() {
  local root="$1"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/archives/partial/* "$root"/var/cache/apt/*.bin \
         "$root"/var/lib/apt/lists/* "$root"/var/log/apt/* "$root"/var/log/dpkg.log "$root"/var/log/bootstrap.log \
         "$root"/var/log/alternatives.log "$root"/var/cache/ldconfig/aux-cache "$root"/tmp/* "$root"/root/.bash_history
  mkdir -p "$root/var/lib/apt/lists/partial"
}
cleanup_caches "$full"

# The slim variant: keep later installs trimmed with dpkg path-excludes, drop what is already there.
slim="$work/slim"
cp -a "$full" "$slim"
cat >"$slim/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/man/*
EOF
echo 'APT::Install-Recommends "false";' >"$slim/etc/apt/apt.conf.d/docker-no-recommends"
find "$slim/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$slim/usr/share/doc" -mindepth 1 -type d -empty -delete
find "$slim/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
rm -rf "$slim"/usr/share/man/* "$slim"/usr/share/info/* "$slim"/usr/share/groff/* "$slim"/usr/share/lintian/* \
       "$slim"/usr/share/linda/*
cleanup_caches "$slim"
