#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/install-deps.sh against stand-ins for dpkg-query, apt-get, sudo and id, on a PATH
# that holds nothing else: it must stay silent and untouched when all is installed, run
# "apt-get update" and one non-interactive install of exactly the missing packages otherwise
# (through sudo only when not root), and refuse with the Fedora/Arch names off Debian.
#
# Usage: test-install-deps.sh PATH/TO/install-deps.sh

set -euo pipefail
script=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {
    echo "FAIL: $*"
    failed=1
}

# --- stand-ins --------------------------------------------------------------------------
bin=$work/bin
mkdir -p "$bin"
for tool in env cat; do
    ln -s "$(command -v "$tool")" "$bin/$tool"
done
cat >"$bin/dpkg-query" <<'EOF'
#!/bin/bash
# dpkg-query -W -f=FORMAT PACKAGE: state from FAKE_MISSING / FAKE_CONFIG_FILES / FAKE_TWO_ARCHS
package=${!#}
[[ " $FAKE_MISSING " == *" $package "* ]] && { echo "dpkg-query: no packages found matching $package" >&2; exit 1; }
[[ " $FAKE_CONFIG_FILES " == *" $package "* ]] && { echo "deinstall ok config-files"; exit 0; }
[[ " $FAKE_TWO_ARCHS " == *" $package "* ]] && echo "deinstall ok config-files"
echo "install ok installed"
EOF
cat >"$bin/apt-get" <<'EOF'
#!/bin/bash
echo "apt-get $* [DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-unset}]" >>"$CALLS"
EOF
cat >"$bin/sudo" <<'EOF'
#!/bin/bash
echo "sudo $1" >>"$CALLS"
exec "$@"
EOF
cat >"$bin/id" <<'EOF'
#!/bin/bash
[[ $1 == -u ]] && echo "$FAKE_UID"
EOF
chmod +x "$bin"/*

debian_release=$work/os-release-debian
printf 'ID=debian\nVERSION_ID="12"\n' >"$debian_release"
ubuntu_release=$work/os-release-ubuntu
printf 'ID=ubuntu\nID_LIKE=debian\n' >"$ubuntu_release"
fedora_release=$work/os-release-fedora
printf 'ID=fedora\n' >"$fedora_release"

# run_script NAME [VAR=VALUE...] -- ARGS...: runs the script; sets $status, $output, $calls
run_script() {
    local name=$1
    shift
    local -a vars=()
    while [[ $1 != -- ]]; do
        vars+=("$1")
        shift
    done
    shift
    export CALLS=$work/calls-$name
    : >"$CALLS"
    status=0
    output=$(env -i PATH="$bin" CALLS="$CALLS" FAKE_UID=1000 FAKE_MISSING= FAKE_CONFIG_FILES= FAKE_TWO_ARCHS= \
        CROSSREAD_OS_RELEASE="$debian_release" "${vars[@]}" "$BASH" "$script" "$@" 2>&1) || status=$?
    calls=$(<"$CALLS")
}

expect_status() { [[ $status == "$2" ]] || fail "$1: exit status $status, expected $2; output:"$'\n'"$output"; }
expect_calls() { [[ $calls == "$2" ]] || fail "$1: calls were"$'\n'"$calls"$'\n'"expected"$'\n'"$2"; }
expect_output() { [[ $output == *"$2"* ]] || fail "$1: output lacks '$2':"$'\n'"$output"; }

# --- everything installed: nothing happens ------------------------------------------------
run_script all-installed --
expect_status all-installed 0
expect_calls all-installed ""
expect_output all-installed "packages Crossread needs are installed"

run_script two-archs FAKE_TWO_ARCHS="libgl-dev qt6-base-dev" --
expect_status two-archs 0
expect_calls two-archs ""

run_script ubuntu CROSSREAD_OS_RELEASE="$ubuntu_release" --
expect_status ubuntu 0
expect_calls ubuntu ""

# --- something missing: update once, install exactly the missing ones ---------------------
apt_env="[DEBIAN_FRONTEND=noninteractive]"
run_script missing-as-user FAKE_MISSING="libgumbo-dev xvfb" FAKE_CONFIG_FILES="appstream" --
expect_status missing-as-user 0
expect_calls missing-as-user "sudo env
apt-get update $apt_env
sudo env
apt-get install -y --no-install-recommends libgumbo-dev xvfb appstream $apt_env"

run_script missing-as-root FAKE_UID=0 FAKE_MISSING="cmake" --
expect_status missing-as-root 0
expect_calls missing-as-root "apt-get update $apt_env
apt-get install -y --no-install-recommends cmake $apt_env"

rm "$bin/sudo"
run_script no-sudo FAKE_MISSING="cmake" --
expect_status no-sudo 1
expect_calls no-sudo ""
expect_output no-sudo "sudo is not installed"

run_script check FAKE_MISSING="qt6-svg-dev" -- --check
expect_status check 1
expect_calls check ""
expect_output check "missing: qt6-svg-dev"

run_script check-complete -- --check
expect_status check-complete 0

# --- other systems -------------------------------------------------------------------------
run_script print-other -- --print-other
expect_status print-other 0
expect_calls print-other ""
expect_output print-other "Fedora:  sudo dnf install cmake ninja-build gcc-c++"
expect_output print-other "Arch:    sudo pacman -S --needed cmake ninja gcc"

run_script fedora CROSSREAD_OS_RELEASE="$fedora_release" --
expect_status fedora 1
expect_calls fedora ""
expect_output fedora "not a Debian-like system"
expect_output fedora "sudo dnf install"
expect_output fedora "sudo pacman -S"

rm "$bin/apt-get"
run_script no-apt --
expect_status no-apt 1
expect_output no-apt "sudo dnf install"

run_script bad-option -- --frobnicate
expect_status bad-option 2

if ((failed)); then
    exit 1
fi
echo "install-deps.sh behaves in all scenarios"
