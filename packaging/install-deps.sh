#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian/Ubuntu packages Crossread needs to build, test and run.
#
#   packaging/install-deps.sh               install what is missing (apt-get, sudo when not root)
#   packaging/install-deps.sh --check       only list what is missing; exit 1 if anything is
#   packaging/install-deps.sh --print-other print the Fedora (dnf) and Arch (pacman) equivalents
#
# When everything is installed it does nothing at all: no "apt-get update", no sudo prompt,
# so the README's commands can call it on every run.
#
# CROSSREAD_OS_RELEASE names another os-release file than /etc/os-release (for the tests).

set -euo pipefail

# The one list. Each row: Debian/Ubuntu package, Fedora package, Arch package, why.
# A "-" means the distribution needs nothing extra for that row.
readonly PACKAGE_TABLE="
cmake               cmake                  cmake             build system
ninja-build         ninja-build            ninja             build tool of the presets
g++                 gcc-c++                gcc               C++20 compiler
clang               clang                  clang             compiler of the asan preset (sanitizers, libFuzzer)
libclang-rt-dev     compiler-rt            compiler-rt       clang's sanitizer and libFuzzer runtimes
pkg-config          pkgconf-pkg-config     pkgconf           finds gumbo
qt6-base-dev        qt6-qtbase-devel       qt6-base          Qt Core/Gui/Widgets/Sql/Concurrent/PrintSupport/Test
qt6-tools-dev       qt6-qttools-devel      qt6-tools         Qt6LinguistTools CMake package
qt6-tools-dev-tools qt6-qttools-devel      qt6-tools         Qt tools used by the build
qt6-l10n-tools      qt6-linguist           qt6-tools         lupdate and lrelease for translations
qt6-svg-dev         qt6-qtsvg-devel        qt6-svg           Qt Svg (icons)
libqt6sql6-sqlite   qt6-qtbase             qt6-base          SQLite driver for session files
libsqlite3-dev      sqlite-devel           sqlite            SQLite's C API: defences for untrusted session files
qt6-translations-l10n qt6-qttranslations  qt6-translations  Qt's own translations (dialog buttons) for the German, French, Spanish UI
libgl-dev           libglvnd-devel         libglvnd          OpenGL headers Qt6Gui's CMake package asks for
libxkbcommon-dev    libxkbcommon-devel     libxkbcommon      XKB, looked for by Qt6Gui's CMake package
libgumbo-dev        gumbo-parser-devel     gumbo-parser      HTML5 parser for article extraction
libpoppler-qt6-dev  poppler-qt6-devel      poppler-qt6       PDF import (optional: without it a .pdf is refused with that reason)
extra-cmake-modules extra-cmake-modules    extra-cmake-modules  CI builds KSyntaxHighlighting for Qt 6 with it (.ci/run)
libstemmer-dev      libstemmer-devel       snowball          Snowball stemmer for matching words
zlib1g-dev          zlib-devel             zlib              reading the gzip-compressed benchmark pages
xvfb                xorg-x11-server-Xvfb   xorg-server-xvfb  X server without a screen, for screenshots
xauth               xorg-x11-xauth         xorg-xauth        xvfb-run needs it
poppler-utils       poppler-utils          poppler           pdftotext/pdftoppm check exported PDFs
desktop-file-utils  desktop-file-utils     desktop-file-utils  validates the desktop entry
appstream           appstream              appstream         validates the AppStream metainfo
shared-mime-info    shared-mime-info       shared-mime-info  update-mime-database checks the MIME type
libxml2-utils       libxml2                libxml2           xmllint checks the packaging XML
groff-base          groff-base             groff             lints the man page
dpkg-dev            dpkg-dev               dpkg              dpkg-shlibdeps computes the .deb's dependencies
file                file                   file              identifies the icons in the package test
binutils            binutils               binutils          readelf lists the libraries the packaged binary links
python3             python3                python            runs the real-coverage benchmark and its scorers
"

usage() {
    cat <<'EOF'
Usage: packaging/install-deps.sh [--check | --print-other | --help]

Installs, with apt-get, the Debian/Ubuntu packages Crossread needs to build, test and run.
Uses sudo when not run as root. Does nothing when all of them are already installed.

  --check        list the missing packages and exit 1 if there are any; install nothing
  --print-other  print the equivalent package names for Fedora (dnf) and Arch (pacman)
  --help         show this help
EOF
}

# column N of the table (1 Debian, 2 Fedora, 3 Arch), each name once, in table order
packages_for() {
    local column=$1 line name
    local -a fields seen=()
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        read -r -a fields <<<"$line"
        name=${fields[column - 1]}
        [[ $name == "-" || " ${seen[*]} " == *" $name "* ]] && continue
        seen+=("$name")
    done <<<"$PACKAGE_TABLE"
    printf '%s\n' "${seen[@]}"
}

print_other() {
    local -a fedora arch
    mapfile -t fedora < <(packages_for 2)
    mapfile -t arch < <(packages_for 3)
    echo "Fedora:  sudo dnf install ${fedora[*]}"
    echo "Arch:    sudo pacman -S --needed ${arch[*]}"
}

is_debian_like() {
    command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 || return 1
    local release=${CROSSREAD_OS_RELEASE:-/etc/os-release} id id_like
    [[ -r $release ]] || return 1
    id=$(. "$release" && echo "${ID:-}")
    id_like=$(. "$release" && echo "${ID_LIKE:-}")
    [[ " $id $id_like " == *" debian "* || " $id $id_like " == *" ubuntu "* ]]
}

# true when dpkg knows the package as fully installed (for any architecture)
is_installed() {
    local status
    status=$(dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null) || return 1
    [[ $'\n'"$status"$'\n' == *$'\n'"install ok installed"$'\n'* ]]
}

main() {
    local mode=install
    case "${1:-}" in
        "") ;;
        --check) mode=check ;;
        --print-other) print_other; return 0 ;;
        -h | --help) usage; return 0 ;;
        *) echo "install-deps.sh: unknown option '$1'" >&2; usage >&2; return 2 ;;
    esac
    if (($# > 1)); then
        echo "install-deps.sh: expected at most one option, got: $*" >&2
        return 2
    fi

    if ! is_debian_like; then
        echo "install-deps.sh: this is not a Debian-like system (no apt-get/dpkg-query, or" >&2
        echo "/etc/os-release names neither Debian nor Ubuntu), so nothing was installed." >&2
        echo "Install the equivalent packages with your package manager:" >&2
        print_other >&2
        return 1
    fi

    local -a wanted missing=()
    mapfile -t wanted < <(packages_for 1)
    local package
    for package in "${wanted[@]}"; do
        is_installed "$package" || missing+=("$package")
    done

    if ((${#missing[@]} == 0)); then
        echo "install-deps.sh: all ${#wanted[@]} packages Crossread needs are installed."
        return 0
    fi
    echo "install-deps.sh: missing: ${missing[*]}"
    if [[ $mode == check ]]; then
        return 1
    fi

    local -a as_root=()
    if [[ $(id -u) != 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "install-deps.sh: not running as root and sudo is not installed; run as root:" >&2
            echo "  apt-get update && apt-get install ${missing[*]}" >&2
            return 1
        fi
        as_root=(sudo)
    fi
    # sudo resets the environment, so the variable goes through env(1) on the far side.
    local -a apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
    echo "install-deps.sh: running: ${apt[*]} update"
    "${apt[@]}" update
    echo "install-deps.sh: running: ${apt[*]} install -y --no-install-recommends ${missing[*]}"
    if ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}"; then
        echo "install-deps.sh: apt-get could not install: ${missing[*]}" >&2
        return 1
    fi
}

main "$@"
