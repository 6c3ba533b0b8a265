#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from this build tree with CPack, unpacks it with dpkg -x into OUT_DIR/root
# (where the packaging_installed_* tests then run the installed program), and checks the
# control fields, that every file of the desktop integration is where the desktop looks for
# it, and that nothing else slipped into the package.
#
# Usage: make-deb.sh CPACK BUILD_DIR OUT_DIR VERSION APP_ID "ICON_SIZES"

set -euo pipefail
cpack=$1
build_dir=$2
out=$3
version=$4
app_id=$5
read -r -a icon_sizes <<<"$6"
failed=0

fail() {
    echo "FAIL: $*"
    failed=1
}

rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log"
    echo "FAIL: cpack could not build the package"
    exit 1
fi
deb=$out/crossread_${version}_$(dpkg --print-architecture).deb
if [[ ! -f $deb ]]; then
    cat "$out/cpack.log"
    echo "FAIL: cpack did not write $deb; $out holds: $(ls "$out")"
    exit 1
fi

# --- control fields ------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == crossread ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Section) ]] || fail "no Section"
[[ -n $(field Homepage) ]] || fail "no Homepage"
depends=$(field Depends)
echo "Depends: $depends"
depends_on() { [[ ", $depends" == *", $1 "* || ", $depends," == *", $1,"* ]]; }
# The plugins' packages are named by hand, as dpkg-shlibdeps cannot see plugins.
for package in libqt6sql6-sqlite libqt6svg6; do
    depends_on "$package" || fail "Depends lacks $package"
done

# --- contents ----------------------------------------------------------------------------
root=$out/root
dpkg -x "$deb" "$root"

# Every library the installed binary links must come from a package in Depends: that is
# what the computed dependencies are for.
needed=$(readelf -d "$root/usr/bin/crossread" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[[ -n $needed ]] || fail "readelf finds no libraries linked by /usr/bin/crossread"
for soname in $needed; do
    owners=$(dpkg -S "*/$soname" 2>/dev/null | sed -n 's/^\([^:,]*\).*: .*/\1/p' | sort -u)
    covered=0
    for owner in $owners; do
        depends_on "$owner" && covered=1
    done
    ((covered)) || fail "the binary links $soname (from: ${owners:-no package}), which Depends does not cover"
done
share=$root/usr/share
expected=(
    usr/bin/crossread
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/crossread.1.gz
    usr/share/doc/crossread/copyright
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [[ -f $root/$path ]] || fail "the package does not install /$path"
done
[[ -x $root/usr/bin/crossread ]] || fail "/usr/bin/crossread is not executable"

for size in "${icon_sizes[@]}"; do
    png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ -f $png ]] || continue
    [[ $(file -b "$png") == "PNG image data, $size x $size,"* ]] || fail "$png is not a ${size}x$size PNG: $(file -b "$png")"
done
[[ $(file -b "$share/icons/hicolor/scalable/apps/$app_id.svg") == *SVG* ]] || fail "the scalable icon is not SVG"
if [[ -f $share/man/man1/crossread.1.gz ]]; then
    zcat "$share/man/man1/crossread.1.gz" | grep -q "^\.TH CROSSREAD 1 .*Crossread $version" \
        || fail "the man page does not carry version $version"
fi

# the desktop entry points at what the package installs
desktop=$share/applications/$app_id.desktop
if [[ -f $desktop ]]; then
    exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [[ -x $root/usr/bin/$exec_binary ]] || fail "the desktop entry runs '$exec_binary', which is not in /usr/bin"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [[ $icon == "$app_id" ]] || fail "the desktop entry's icon is '$icon', expected $app_id"
fi

# nothing else: a stray install() rule (a static library, a test) would otherwise ship
while IFS= read -r path; do
    path=${path#"$root"/}
    known=0
    for wanted in "${expected[@]}"; do
        [[ $path == "$wanted" ]] && known=1
    done
    # data of the program itself, e.g. translations, may live in /usr/share/crossread
    [[ $path == usr/share/crossread/* ]] && known=1
    ((known)) || fail "unexpected file in the package: /$path (add it to make-deb.sh if it belongs there)"
done < <(find "$root" -type f -o -type l)

# the installed tree, as AppStream tools and software centres read it
if ! validation=$(appstreamcli validate-tree --no-net --pedantic "$root" 2>&1) \
    || grep -qE '^[EWIP]: ' <<<"$validation"; then
    fail "appstreamcli validate-tree on the installed tree:"$'\n'"$validation"
fi

if ((failed)); then
    exit 1
fi
echo "package OK: $deb ($(du -k "$deb" | cut -f1) KiB), unpacked in $root"
