#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page formats without a single groff warning, and documents every command and option
# that "crossread --help" (and "crossread COMMAND --help", once a command has one) lists, so a
# new command or option cannot ship undocumented.
#
# Usage: check-manpage.sh MAN_PAGE CROSSREAD_BINARY

set -euo pipefail
man_page=$1
crossread=$2
failed=0
export LC_ALL=C.UTF-8

complain() {
    echo "FAIL: $*"
    failed=1
}

# roff writes each hyphen of an option as "\-"
roff_option() {
    printf '%s' "${1//-/\\-}"
}

warnings=$(groff -man -ww -z -rCHECKSTYLE=3 -t "$man_page" 2>&1) || complain "groff could not format $man_page"
if [[ -n $warnings ]]; then
    complain "groff warns about $man_page:"
    echo "$warnings"
fi

help=$("$crossread" --help)
commands=$(awk '/^Commands/ { listing = 1; next } listing && /^  [a-z]/ { print $1 }' <<<"$help")
[[ -n $commands ]] || complain "found no commands in the output of 'crossread --help':"$'\n'"$help"

for option in $(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    grep -qF -- "$(roff_option "$option")" "$man_page" || complain "$man_page does not mention $option"
done

for command in $commands; do
    if ! grep -q "^\.SS \"crossread $command[ \"]" "$man_page"; then
        complain "$man_page has no section '.SS \"crossread $command ...\"'"
        continue
    fi
    # The command's own section: from its .SS line to the next .SS or .SH.
    section=$(awk -v head=".SS \"crossread $command" '
        index($0, head) == 1 { inside = 1; print; next }
        inside && /^\.S[SH] / { exit }
        inside { print }' "$man_page")
    if command_help=$("$crossread" "$command" --help 2>/dev/null); then
        for option in $(grep -oE -- '--[a-z][a-z-]*' <<<"$command_help" | sort -u); do
            case $option in --help | --help-all | --version) continue ;; esac
            grep -qF -- "$(roff_option "$option")" <<<"$section" \
                || complain "the section of '$command' in $man_page does not describe $option"
        done
    else
        echo "note: 'crossread $command --help' fails (command not implemented yet?); its options were not compared"
    fi
done

if ((failed)); then
    exit 1
fi
echo "man page OK: commands checked: $(echo $commands)"
