#!/usr/bin/env bash
# Add EvidenceRoom to the desktop's application menu, for the current user, from where this
# unpacked bundle lies. Run it again after moving the folder; remove the entry with --remove.
set -euo pipefail

here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
entry="$apps/evidenceroom.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    echo "removed $entry (the archive is not touched)"
    exit 0
fi

mkdir -p "$apps"
# Exec and Icon point into this folder; quoting keeps paths with spaces working.
sed -e "s|^Exec=.*|Exec=\"$here/evidenceroom\"|" -e "s|^Icon=.*|Icon=$here/evidenceroom.png|" \
    "$here/evidenceroom.desktop" >"$entry.part"
mv "$entry.part" "$entry"
echo "added $entry"
