#!/usr/bin/env bash
# Installs the .deb that `mvn -Pinstaller package` built with dpkg -i, checks what a user gets (the
# `mop-studio` command on the PATH, the desktop entry), then removes it and checks nothing is left.
# Changes the machine: root only, and it refuses to touch an existing MOP Studio installation.
# Its Depends (GTK, xdg-utils, ...) are installed with apt-get first, as apt would when installing.
# Usage: installers/test/check-deb.sh [PACKAGE.deb]
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=${1:-$(ls target/installer/mop-studio_*.deb 2>/dev/null | head -n 1)}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "installing a package needs root"
[ -f "$DEB" ] || fail "no .deb in target/installer: run mvn -Pinstaller package first"
# "rc" (removed, config remembered) is what an earlier dpkg -r leaves: not installed.
STATE=$(dpkg-query -W -f='${db:Status-Abbrev}' mop-studio 2>/dev/null || true)
if [ "${STATE:0:2}" = ii ] || [ -e /usr/bin/mop-studio ] || [ -e /opt/mop-studio ]; then
  fail "MOP Studio is already installed here; this check installs and removes it, so it stops"
fi

DEPENDS=$(dpkg-deb -f "$DEB" Depends | tr -d ' ' | tr ',' ' ')
# JavaFX loads GTK 3 at run time, out of sight of jpackage's library scan: the package must name it.
[[ " $DEPENDS " == *" libgtk-3-0 "* ]] || fail "the package does not depend on libgtk-3-0, so its window may not open: $DEPENDS"
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $DEPENDS >/dev/null
dpkg -i "$DEB" >/dev/null
trap 'dpkg --purge mop-studio >/dev/null 2>&1 || true' EXIT
echo "ok: dpkg -i $(basename "$DEB") ($(du -m "$DEB" | cut -f1) MB)"

[ "$(command -v mop-studio)" = /usr/bin/mop-studio ] || fail "mop-studio is not on the PATH as /usr/bin/mop-studio"
[ "$(mop-studio --version)" = "MOP Studio ${VERSION}" ] || fail "mop-studio --version says '$(mop-studio --version)'"
echo "ok: mop-studio --version is MOP Studio ${VERSION}"
(cd /tmp && mop-studio validate "$OLDPWD"/sample-mops/*.yaml >/dev/null) || fail "mop-studio validate failed"
echo "ok: mop-studio validate, run from another folder"

ENTRY=$(ls /usr/share/applications/*mop-studio*.desktop 2>/dev/null | head -n 1)
[ -n "$ENTRY" ] || fail "no desktop entry in /usr/share/applications"
grep -qx "Name=MOP Studio" "$ENTRY" || fail "$ENTRY has no 'Name=MOP Studio'"
EXEC=$(sed -n 's/^Exec=//p' "$ENTRY")
[ -x "$EXEC" ] || fail "$ENTRY runs '$EXEC', which is not an executable"
ICON=$(sed -n 's/^Icon=//p' "$ENTRY")
[ -f "$ICON" ] || fail "$ENTRY shows icon '$ICON', which does not exist"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$ENTRY" || fail "$ENTRY is not valid"; fi
echo "ok: desktop entry $ENTRY runs $EXEC"

dpkg -r mop-studio >/dev/null
trap - EXIT
[ ! -e /usr/bin/mop-studio ] || fail "dpkg -r left /usr/bin/mop-studio"
[ ! -e "$ENTRY" ] || fail "dpkg -r left $ENTRY"
[ ! -e /opt/mop-studio/bin ] || fail "dpkg -r left /opt/mop-studio/bin"
echo "ok: dpkg -r removed the command, the desktop entry and /opt/mop-studio"
dpkg --purge mop-studio >/dev/null 2>&1   # -r keeps the package known as "rc"; leave no trace
