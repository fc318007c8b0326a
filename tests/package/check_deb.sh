#!/usr/bin/env bash
# The Debian package end to end: build it with CPack from the build tree, read what it declares,
# unpack it into an empty folder (dpkg -x, no root, nothing installed on the machine) and run
# the programs from there; validate the desktop entry and AppStream metainfo it installs.
#   check_deb.sh BUILD_DIR CPACK VERSION
set -euo pipefail
build=$1
cpack=$2
version=$3
id=io.termlens.TermLens
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed ($2; bash .ci/dev.sh installs it)" >&2; exit 1; }
}
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

work=$(mktemp -d "${TMPDIR:-/tmp}/termlens-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. Build the package into a folder of its own, so the user's build/termlens_*.deb is untouched.
start=$(date +%s)
# gzip rather than the package's xz: the same contents, in half the time on a busy machine.
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" \
    -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb="$work/out/termlens_${version}_${arch}.deb"
[ -f "$deb" ] || { ls "$work/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
echo "cpack: $(basename "$deb"), $(($(stat -c %s "$deb") / 1024)) KiB in $(($(date +%s) - start)) s"

# 2. What the package declares.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = termlens ] || fail "Package is '$(field Package)', not termlens"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
echo "Depends: $depends"
# dpkg-shlibdeps finds the linked Qt libraries; the SQLite driver plugin and the report's fonts
# are loaded at run time, so they are declared by hand.
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 \
           libsqlite3-0 libc6 libqt6sql6-sqlite fonts-dejavu-core; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends does not name $dep"
done
for f in Maintainer Section Homepage Description; do
    [ -n "$(field "$f")" ] || fail "the control file has no $f"
done
grep -Eq '^[^<>]+ <[^<>@ ]+@[^<>@ ]+>$' <<<"$(field Maintainer)" ||
    fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
grep -q '^https://' <<<"$(field Homepage)" || fail "Homepage '$(field Homepage)' is not an https URL"

# 3. Unpack into a clean folder and look at what is there.
root="$work/root"
mkdir "$root"
dpkg -x "$deb" "$root"
expect_file() { [ -f "$root/$1" ] || fail "the package does not install /$1"; }
expect_file usr/bin/termlens
expect_file usr/bin/termlens-cli
expect_file "usr/share/applications/$id.desktop"
expect_file "usr/share/metainfo/$id.metainfo.xml"
expect_file "usr/share/mime/packages/$id.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$id.svg"
# Every size is a real PNG of that size: width and height are bytes 16..23 of its header.
for size in 16 22 24 32 48 64 128 256; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    expect_file "$png"
    [ -f "$root/$png" ] || continue
    magic=$(od -An -tx1 -N8 "$root/$png" | tr -d ' \n')
    [ "$magic" = 89504e470d0a1a0a ] || fail "/$png is not a PNG"
    read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "$root/$png")
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "/$png is ${w}x${h}, not ${size}x${size}"
done

# The machine-readable copyright (DEP-5) names the licence the metainfo declares, for every
# file; a native package's changelog starts with this version; every program has a manual page.
copyright="$root/usr/share/doc/termlens/copyright"
expect_file usr/share/doc/termlens/copyright
expect_file usr/share/doc/termlens/changelog.gz
expect_file usr/share/man/man1/termlens.1.gz
expect_file usr/share/man/man1/termlens-cli.1.gz
if [ -f "$copyright" ]; then
    head -n1 "$copyright" |
        grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
        fail "the copyright file is not in the machine-readable format (no Format: line)"
    grep -qx 'Upstream-Name: TermLens' "$copyright" || fail "the copyright file has no Upstream-Name"
    licence=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' \
        "$root/usr/share/metainfo/$id.metainfo.xml")
    [ -n "$licence" ] || fail "the metainfo declares no project_license"
    # The stanza for all files: "Files: *", then its Copyright and License fields.
    stanza=$(awk '/^Files: \*$/ {on = 1} on && /^$/ {exit} on' "$copyright")
    grep -q '^Copyright: .' <<<"$stanza" || fail "the copyright file has no Files: * Copyright"
    grep -qx "License: $licence" <<<"$stanza" ||
        fail "the copyright file's Files: * stanza does not name the licence $licence"
    # Every licence named has its text in a stand-alone License paragraph.
    for name in $(sed -n 's/^License: //p' "$copyright" | sort -u); do
        grep -A1 -x "License: $name" "$copyright" | grep -q '^ ' ||
            fail "the copyright file has no text for the licence $name"
    done
fi
if [ -f "$root/usr/share/doc/termlens/changelog.gz" ]; then
    top=$(gzip -dc "$root/usr/share/doc/termlens/changelog.gz" | head -n1)
    [[ "$top" == "termlens ($version) "* ]] ||
        fail "changelog.gz starts with '$top', not termlens ($version) (add this release's entry)"
fi

# Lintian, when installed (apt-get install lintian): no error or warning about the package.
if command -v lintian >/dev/null; then
    if ! lintian --fail-on error,warning "$deb"; then
        fail "lintian reports errors or warnings"
    fi
    echo "lintian $(lintian --version | awk '{print $2}'): no errors or warnings"
else
    echo "lintian is not installed: skipped"
fi

# 4. The desktop entry and the metainfo, as the installed files.
desktop="$root/usr/share/applications/$id.desktop"
metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
    grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
    grep -qx "Exec=termlens %f" "$desktop" || fail "the desktop entry does not start termlens"
fi
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects the metainfo"
    grep -q "<release version=\"$version\"" "$metainfo" ||
        fail "the metainfo has no release $version (add its release notes)"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $id.desktop"
fi

# 5. The programs run from the unpacked tree, against the system's Qt, in a throwaway home.
home="$work/home"
mkdir "$home"
run_env=(env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config"
         XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$work/runtime" LC_ALL=C.UTF-8
         QT_QPA_PLATFORM=offscreen)
mkdir -m 700 "$work/runtime"
if out=$("${run_env[@]}" "$root/usr/bin/termlens-cli" --version 2>&1); then
    echo "termlens-cli --version: $out"
    grep -q "$version" <<<"$out" || fail "termlens-cli --version prints '$out', not $version"
else
    fail "termlens-cli --version failed: $out"
fi
if out=$("${run_env[@]}" "$root/usr/bin/termlens-cli" agreements list 2>&1); then
    grep -q logit-io <<<"$out" || fail "termlens-cli agreements list does not list the sample: $out"
else
    fail "termlens-cli agreements list failed: $out"
fi
if out=$("${run_env[@]}" timeout 120 "$root/usr/bin/termlens" --quit-after-show 2>&1); then
    echo "termlens --quit-after-show: started and painted"
else
    fail "termlens --quit-after-show failed ($?): $out"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures package check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
