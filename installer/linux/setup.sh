#!/usr/bin/env bash
# Set up EvidenceRoom on a Debian/Ubuntu machine, then start the app or run the tests.
#
#   bash installer/linux/setup.sh app  [evidenceroom arguments...]
#   bash installer/linux/setup.sh test [pytest arguments...]
#
# Installs the missing system packages (apt), creates .venv and installs the
# package with its test extra. Repeated runs skip whatever is already in place.
set -euo pipefail

usage() {
    echo "usage: bash installer/linux/setup.sh app|test [arguments...]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
mode="$1"
shift
case "$mode" in
    app|test) ;;
    *) usage ;;
esac

# Work from the repository root, wherever the script is called from.
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
ROOT="$PWD"

say() { echo "setup: $*" >&2; }

# ---------------------------------------------------------------- system packages
SYSTEM_PACKAGES=(
    libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
    xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    libvlc5 vlc-plugin-base vlc-plugin-video-output
    fonts-wqy-microhei poppler-utils imagemagick ffmpeg python3-venv
    xorriso
    binutils libpython3-dev
)

is_installed() {
    # Newer releases renamed some libraries with a "t64" suffix; either name counts.
    local name status
    for name in "$1" "$1t64"; do
        status="$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)"
        [ "$status" = "install ok installed" ] && return 0
    done
    return 1
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    say "this script supports Debian/Ubuntu (dpkg/apt) only."
    exit 1
fi

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true </dev/null >/dev/null 2>&1; then
        as_root=(sudo -n)
    else
        say "these system packages are missing: ${missing[*]}"
        say "install them as root, then run this script again:"
        echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    say "installing missing system packages: ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi

# ---------------------------------------------------------------- Python environment
pick_python() {
    local candidate
    for candidate in python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

VENV=.venv
STAMP="$VENV/.evidenceroom-installed"

# A .venv copied from elsewhere or left half-made is rebuilt.
if [ -e "$VENV" ] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    say "$VENV is unusable; recreating it"
    rm -rf "$VENV"
fi

if [ ! -e "$VENV/bin/python" ]; then
    if ! python="$(pick_python)"; then
        say "Python 3.11 or newer is needed (python3 is $(python3 -V 2>&1 || echo missing))."
        exit 1
    fi
    say "creating $VENV with $python"
    "$python" -m venv "$VENV"
    rm -f "$STAMP"
fi

needs_install=1
if [ -f "$STAMP" ] && [ "$STAMP" -nt pyproject.toml ] && [ -x "$VENV/bin/evidenceroom" ] &&
    (cd / && "$ROOT/$VENV/bin/python" -c \
        'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec("evidenceroom") else 1)') \
        >/dev/null 2>&1; then
    needs_install=0
fi

if [ "$needs_install" -eq 1 ]; then
    say "installing EvidenceRoom and its Python dependencies into $VENV"
    log="$VENV/pip-install.log"
    if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' \
        </dev/null >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        say "pip install failed; the full log is in $log"
        exit 1
    fi
    touch "$STAMP"
fi

# ---------------------------------------------------------------- run
case "$mode" in
    app)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            say "note: no DISPLAY or WAYLAND_DISPLAY is set; the app needs a desktop session. Trying anyway."
        fi
        exec "$VENV/bin/evidenceroom" "$@"
        ;;
    test)
        # Two passes. Widgets are tested on Qt's offscreen platform; the tests marked `video`
        # need real video output in a real X window and run on an Xvfb display.
        status=0
        "$VENV/bin/python" -m pytest -m "not video" "$@" || status=$?
        video=0
        EVIDENCEROOM_TEST_DISPLAY=x11 xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$VENV/bin/python" -m pytest -m video "$@" || video=$?
        # With arguments that select no video test, pytest's "no tests collected" (5) is fine.
        if [ "$video" -eq 5 ] && [ $# -gt 0 ]; then video=0; fi
        [ "$status" -ne 0 ] && exit "$status"
        exit "$video"
        ;;
esac
