#!/usr/bin/env bash
# Builds the .deb and .tar.gz (cpack), validates the desktop entry and the AppStream metainfo,
# installs the .deb with apt-get and smoke-tests the installed programs. Run as root after a
# build (scripts/run-tests.sh calls it last).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAICLS_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh" > /dev/null
rm -f "$build"/faicls_*.deb "$build"/faicls-*-Linux.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" > "$build/cpack.log")
desktop-file-validate "$root/packaging/org.faicls.Studio.desktop"
appstreamcli validate --no-net --explain "$root/packaging/org.faicls.Studio.metainfo.xml"
deb="$(ls "$build"/faicls_*.deb)"
echo "package: $deb"
dpkg-deb --field "$deb" Depends
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$deb" > "$build/apt-install.log"
# The installed programs, not the build tree's.
/usr/bin/faicls-cli --version
demo="$(mktemp -d)"
trap 'rm -rf "$demo"' EXIT
/usr/bin/faicls-cli demo --out "$demo" --per-class 5 --mosaics 5 > /dev/null
/usr/bin/faicls-cli inspect "$demo/fashion-mnist-folder" | head -3
QT_QPA_PLATFORM=offscreen /usr/bin/faicls --smoke
# Help is text: it works without a display, and without one the app says so instead of aborting.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/faicls --help | grep -q -- --demo-folder
if env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/faicls 2>/dev/null; then
    echo "faicls started without a display" >&2
    exit 1
fi
test -f /usr/share/applications/org.faicls.Studio.desktop
test -f /usr/share/icons/hicolor/256x256/apps/org.faicls.Studio.png
test -f /usr/share/man/man1/faicls-cli.1.gz
echo "package installed and smoke-tested"
