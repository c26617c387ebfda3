#!/usr/bin/env bash
# Build the Linux bundle: dist/evidenceroom-<version>-linux-x86_64.tar.gz
#
#   bash installer/linux/build_bundle.sh [OUTPUT_DIR]
#
# Needs the project's .venv with the test extra (PyInstaller), and Debian's libvlc5 with
# vlc-plugin-base and vlc-plugin-video-output (installer/linux/setup.sh installs all of it).
# The tarball unpacks to evidenceroom-<version>/ with the program (evidenceroom), a .desktop
# file, the icon, and install-desktop-entry.sh that adds the menu entry for the current user.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
ROOT="$PWD"
OUT="$(readlink -f "${1:-$ROOT/dist}")"
PY="${EVIDENCEROOM_PYTHON:-$ROOT/.venv/bin/python}"

VERSION="$("$PY" -c 'import evidenceroom; print(evidenceroom.__version__)')"
NAME="evidenceroom-$VERSION"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/evidenceroom-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

say() { echo "build_bundle: $*" >&2; }
start=$SECONDS

say "PyInstaller $("$PY" -m PyInstaller --version) building EvidenceRoom $VERSION"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/build" installer/evidenceroom.spec

stage="$WORK/stage/$NAME"
mkdir -p "$stage"
mv "$WORK/dist/evidenceroom"/* "$stage/"
install -m 0644 resources/icons/evidenceroom-256.png "$stage/evidenceroom.png"
install -m 0644 resources/icons/evidenceroom.svg "$stage/evidenceroom.svg"
install -m 0644 installer/linux/evidenceroom.desktop "$stage/evidenceroom.desktop"
install -m 0755 installer/linux/install-desktop-entry.sh "$stage/install-desktop-entry.sh"

mkdir -p "$OUT"
tarball="$OUT/$NAME-linux-x86_64.tar.gz"
# Fixed owner and order, so two builds of the same tree differ only in what PyInstaller varies.
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$WORK/stage" -czf "$tarball.part" "$NAME"
mv "$tarball.part" "$tarball"

say "built $tarball in $((SECONDS - start)) s"
say "unpacked $(du -sh "$stage" | cut -f1), tar.gz $(du -h "$tarball" | cut -f1)"
echo "$tarball"
