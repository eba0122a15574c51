"""Turns the Python distributions Debian's python3-* packages installed into wheels, plus a PEP 503 index.

Runs inside a Debian 12 container after `apt-get install python3-...`. For every distribution whose
metadata (dist-info or egg-info) lies in /usr/lib/python3/dist-packages, the files of the Debian package
that owns it become a wheel with the upstream name, version, dependencies and entry points (so pip
creates console scripts such as `celery`). Debian sometimes ships a combination that its upstream pins
would reject (it patches them); a dependency pin the installed Debian version does not satisfy is
relaxed to the bare name, so pip accepts exactly the set Debian tested together.

Usage: make_wheels.py OUTDIR
"""
import base64
import csv
import hashlib
import html
import io
import os
import re
import subprocess
import sys
import zipfile
from email.parser import Parser

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

SITE = "/usr/lib/python3/dist-packages"
# Debian's own wheels of these (python3-pip-whl & co.) are complete; the build copies them in as they are.
BUNDLED = {"pip", "setuptools", "wheel"}
FIXED_TIME = (2023, 1, 1, 0, 0, 0)  # reproducible zip entries


def installed_package(name):
    return subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True).stdout \
        .endswith("installed")


def owner_files(meta_dir):
    """Files of the Debian package that installed meta_dir, relative to the site directory. Debian splits
    some distributions: the compiled modules live in `<pkg>-lib` (python3-pandas-lib, python3-sklearn-lib);
    those files belong to the same wheel. Symlinks into /usr/share (Debian's de-duplicated data files) are
    followed so the wheel carries the content."""
    pkg = subprocess.run(["dpkg", "-S", meta_dir], capture_output=True, text=True, check=True).stdout
    pkg = pkg.split(":")[0].strip()
    pkgs = [pkg] + ([pkg + "-lib"] if installed_package(pkg + "-lib") else [])
    out = []
    for p in pkgs:
        listing = subprocess.run(["dpkg", "-L", p], capture_output=True, text=True, check=True).stdout
        for line in listing.splitlines():
            if not line.startswith(SITE + "/"):
                continue
            if os.path.islink(line) and os.path.isdir(line):
                for root, _, names in os.walk(line, followlinks=True):
                    out.extend(os.path.relpath(os.path.join(root, n), SITE) for n in names)
            elif os.path.isfile(line):
                out.append(os.path.relpath(line, SITE))
    return pkg, sorted({f for f in out if "__pycache__" not in f})


# Libraries every Debian-based image (and distroless python3) has; anything else a compiled module needs is
# copied into the wheel, the way auditwheel makes manylinux wheels (psycopg2-binary carries its libpq).
BASE_LIBS = re.compile(r"^(libc|libm|libdl|librt|libpthread|libutil|ld-linux-x86-64|libz|libgcc_s|libstdc\+\+)\.so")


def vendor_libs(dist, files):
    """(path, bytes) entries of the shared libraries the wheel's .so files need beyond the base set, in
    `<dist>.libs/`, with each module's RUNPATH pointed there. Returns extra entries and patched module bytes."""
    import shutil
    import tempfile
    libdir = f"{dist}.libs"
    needed, patched = {}, {}
    for f in files:
        if not f.endswith(".so") and ".so." not in f:
            continue
        ldd = subprocess.run(["ldd", os.path.join(SITE, f)], capture_output=True, text=True).stdout
        own = {}
        for line in ldd.splitlines():
            m = re.match(r"\s*(\S+) => (/\S+)", line)
            if m and not BASE_LIBS.match(m.group(1)) and "python3" not in m.group(1):
                own[m.group(1)] = os.path.realpath(m.group(2))
        if own:
            needed.update(own)
            patched[f] = os.path.relpath(libdir, os.path.dirname(f) or ".")
    if not needed:
        return [], {}
    tmp = tempfile.mkdtemp()
    entries, out = [], {}
    for soname, real in sorted(needed.items()):
        dst = os.path.join(tmp, soname)
        shutil.copyfile(real, dst)
        subprocess.run(["patchelf", "--set-rpath", "$ORIGIN", dst], check=True)
        entries.append((f"{libdir}/{soname}", open(dst, "rb").read()))
    for f, rel in patched.items():
        dst = os.path.join(tmp, "mod.so")
        shutil.copyfile(os.path.join(SITE, f), dst)
        subprocess.run(["patchelf", "--set-rpath", "$ORIGIN/" + rel, dst], check=True)
        out[f] = open(dst, "rb").read()
    print(f"  {dist}: vendored {', '.join(sorted(needed))}", file=sys.stderr)
    shutil.rmtree(tmp)
    return entries, out


def egg_requires(text):
    """requires.txt of an egg-info as Requires-Dist values (sections are extras and/or markers)."""
    reqs, extra, marker = [], None, None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line[1:-1]
            extra, _, marker = section.partition(":")
            extra, marker = extra or None, marker or None
            continue
        conds = []
        if marker:
            conds.append(f"({marker})")
        if extra:
            conds.append(f'extra == "{extra}"')
        reqs.append(line + ("; " + " and ".join(conds) if conds else ""))
    return reqs


def read_meta(meta_dir):
    """(metadata message, Requires-Dist list, entry_points text, top_level text) from dist-info/egg-info."""
    def read(name):
        p = os.path.join(meta_dir, name)
        return open(p, encoding="utf-8").read() if os.path.isfile(p) else None

    if meta_dir.endswith(".dist-info"):
        msg = Parser().parsestr(read("METADATA"))
        reqs = msg.get_all("Requires-Dist") or []
    else:
        msg = Parser().parsestr(read("PKG-INFO"))
        reqs = egg_requires(read("requires.txt") or "")
    return msg, reqs, read("entry_points.txt"), read("top_level.txt")


def debian_depends(pkg, dist_of_deb):
    """Distributions the Debian package depends on: Debian strips some upstream install_requires from the
    metadata (celery's egg-info lists extras only) and expresses them as package dependencies instead."""
    field = subprocess.run(["dpkg-query", "-W", "-f=${Depends}", pkg], capture_output=True, text=True).stdout
    out = []
    for alt in field.split(","):
        for choice in alt.split("|"):
            deb = choice.strip().split(" ")[0].split(":")[0]
            if deb in dist_of_deb:
                out.append(dist_of_deb[deb])
                break
    return out


def relax(reqs, installed):
    out = []
    for r in reqs:
        req = Requirement(r)
        have = installed.get(canonicalize_name(req.name))
        if req.specifier and have and not req.specifier.contains(have, prereleases=True):
            print(f"  relaxing {r!r}: Debian ships {req.name} {have}", file=sys.stderr)
            req.specifier = type(req.specifier)("")
        out.append(str(req))
    return out


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return [path, f"sha256={digest}", str(len(data))]


def build_wheel(meta_dir, installed, dist_of_deb, outdir):
    msg, reqs, entry_points, top_level = read_meta(meta_dir)
    name, version = msg["Name"], msg["Version"]
    pkg, files = owner_files(meta_dir)
    unconditional = {canonicalize_name(Requirement(r).name) for r in reqs if not Requirement(r).marker}
    for dep in debian_depends(pkg, dist_of_deb):
        if canonicalize_name(dep) not in unconditional and canonicalize_name(dep) != canonicalize_name(name):
            reqs.append(dep)
            unconditional.add(canonicalize_name(dep))
    meta_rel = os.path.relpath(meta_dir, SITE)
    files = [f for f in files if not f.startswith(meta_rel + "/") and not re.match(r"[^/]+\.(dist|egg)-info/", f)]
    binary = any(f.endswith(".so") for f in files)
    tag = "cp311-cp311-linux_x86_64" if binary else "py3-none-any"
    dist = re.sub(r"[^\w.]+", "_", name)
    info = f"{dist}-{version}.dist-info"
    wheel_name = f"{dist}-{version}-{tag}.whl"

    del msg["Requires-Dist"]
    for r in relax(reqs, installed):
        msg["Requires-Dist"] = r
    if msg.get("Requires-Python"):
        fixed = msg["Requires-Python"].strip().strip(",")
        del msg["Requires-Python"]
        msg["Requires-Python"] = fixed
    if msg.get("Metadata-Version", "1.0") < "2.1":
        del msg["Metadata-Version"]
        msg["Metadata-Version"] = "2.1"
    body = msg.get_payload()
    meta_text = "".join(f"{k}: {v}\n" for k, v in msg.items()) + ("\n" + body if body else "")

    libs, patched = vendor_libs(dist, files) if binary else ([], {})
    entries = [(f, patched.get(f) or open(os.path.join(SITE, f), "rb").read()) for f in sorted(files)] + libs
    entries.append((f"{info}/METADATA", meta_text.encode()))
    entries.append((f"{info}/WHEEL", (f"Wheel-Version: 1.0\nGenerator: slimline-testbed\n"
                                      f"Root-Is-Purelib: {'false' if binary else 'true'}\nTag: {tag}\n").encode()))
    if entry_points:
        entries.append((f"{info}/entry_points.txt", entry_points.encode()))
    if top_level:
        entries.append((f"{info}/top_level.txt", top_level.encode()))
    rows = [record_line(p, d) for p, d in entries] + [[f"{info}/RECORD", "", ""]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    entries.append((f"{info}/RECORD", buf.getvalue().encode()))

    with zipfile.ZipFile(os.path.join(outdir, wheel_name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in entries:
            zi = zipfile.ZipInfo(path, FIXED_TIME)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    print(f"{wheel_name}  (from {pkg})")
    return name, version, wheel_name


def write_index(outdir):
    """PEP 503 simple index next to the wheels: /simple/<project>/ links to ../../<wheel>#sha256=..."""
    projects = {}
    for f in sorted(os.listdir(outdir)):
        if f.endswith(".whl"):
            projects.setdefault(canonicalize_name(f.split("-")[0]), []).append(f)
    root = os.path.join(outdir, "simple")
    os.makedirs(root, exist_ok=True)
    links = []
    for proj, wheels in sorted(projects.items()):
        os.makedirs(os.path.join(root, proj), exist_ok=True)
        rows = []
        for w in wheels:
            digest = hashlib.sha256(open(os.path.join(outdir, w), "rb").read()).hexdigest()
            rows.append(f'<a href="../../{html.escape(w)}#sha256={digest}">{html.escape(w)}</a><br>')
        with open(os.path.join(root, proj, "index.html"), "w") as fh:
            fh.write("<!DOCTYPE html><html><body>\n" + "\n".join(rows) + "\n</body></html>\n")
        links.append(f'<a href="{proj}/">{proj}</a><br>')
    with open(os.path.join(root, "index.html"), "w") as fh:
        fh.write("<!DOCTYPE html><html><body>\n" + "\n".join(links) + "\n</body></html>\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    metas = sorted(os.path.join(SITE, d) for d in os.listdir(SITE) if d.endswith((".dist-info", ".egg-info")))
    installed = {}
    dist_of_deb = {"python3-pkg-resources": "setuptools"}
    for m in metas:
        msg = read_meta(m)[0]
        installed[canonicalize_name(msg["Name"])] = msg["Version"]
        dist_of_deb[owner_files(m)[0]] = msg["Name"]
    versions = []
    for m in metas:
        if canonicalize_name(read_meta(m)[0]["Name"]) in BUNDLED:
            continue
        name, version, _ = build_wheel(m, installed, dist_of_deb, outdir)
        versions.append(f"{canonicalize_name(name)}=={version}")
    for w in os.listdir("/usr/share/python-wheels"):
        if canonicalize_name(w.split("-")[0]) in BUNDLED:
            versions.append(f"{canonicalize_name(w.split('-')[0])}=={w.split('-')[1]}")
            with open(os.path.join("/usr/share/python-wheels", w), "rb") as src, open(os.path.join(outdir, w), "wb") as dst:
                dst.write(src.read())
    with open(os.path.join(outdir, "VERSIONS.txt"), "w") as fh:
        fh.write("\n".join(sorted(versions)) + "\n")
    write_index(outdir)


if __name__ == "__main__":
    main()
