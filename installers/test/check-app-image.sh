#!/usr/bin/env bash
# Checks the Linux app image that `mvn -Pinstaller package` built, as a user would meet it: the CLI
# (version from the POM, validate, a demo run with its exit code), the window under Xvfb, and the
# image's size. Run as root, the window runs as `nobody` from a read-only copy with an empty home,
# which proves the native libraries load from the app's folder rather than being extracted there.
# Needs: xvfb-run (xvfb, xauth), xdotool, GTK 3 (libgtk-3-0). Usage: installers/test/check-app-image.sh [IMAGE_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGE=${1:-target/installer/image/mop-studio}
MAX_MB=${MOP_IMAGE_MAX_MB:-120}   # 88 MB today: 51 runtime, 19 jar, 19 V8 library
SAMPLE=sample-mops/MOP-284-db-connection-pool-recovery.yaml
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "check-app-image: FAIL: $*" >&2; exit 1; }
expect_exit() { # CODE DESCRIPTION COMMAND...
  local want=$1 what=$2; shift 2
  set +e; "$@" >"$WORK/out" 2>&1; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$WORK/out" >&2; fail "$what: exit $got, expected $want"; }
  echo "ok: $what (exit $got)"
}

# JavaFX's window needs GTK 3; without it the window check below fails with a JavaFX error that
# does not say so.
LIBS=$({ ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null || true)
[[ "$LIBS" == *libgtk-3.so.0* ]] || fail "GTK 3 is not installed (Debian: apt-get install libgtk-3-0)"
[ -x "$IMAGE/bin/mop-studio" ] || fail "no launcher at $IMAGE/bin/mop-studio: run mvn -Pinstaller package first"
CLI="$IMAGE/bin/mop-studio"

[ "$("$CLI" --version)" = "MOP Studio ${VERSION}" ] || fail "--version says '$("$CLI" --version)', not 'MOP Studio ${VERSION}'"
echo "ok: --version is MOP Studio ${VERSION}"
expect_exit 0 "validate the sample MOPs" "$CLI" validate sample-mops/*.yaml
printf 'mop_id: [unclosed\n' >"$WORK/broken.yaml"
expect_exit 1 "validate reports a broken MOP" "$CLI" validate "$WORK/broken.yaml"
grep -Eq "broken.yaml:[0-9]+:[0-9]+: " "$WORK/out" || fail "validate gave no FILE:LINE for the broken MOP: $(cat "$WORK/out")"
expect_exit 10 "demo run for billing-db aborts on its pre-check" \
  "$CLI" run "$SAMPLE" --env demo --incident affected_resource=billing-db --audit-db "$WORK/audit"
expect_exit 0 "audit list reads the run back" "$CLI" audit list --audit-db "$WORK/audit"
grep -q "ABORTED" "$WORK/out" || fail "audit list does not show the ABORTED run: $(cat "$WORK/out")"

# The window: a read-only copy owned by root, run by an unprivileged user with an empty home.
cp -r "$IMAGE" "$WORK/image" && cp "$SAMPLE" "$WORK/sample.yaml" && mkdir "$WORK/home"
chmod -R a+rX,go-w "$WORK/image"; chmod a+rx "$WORK"; chmod a+r "$WORK/sample.yaml"
cat >"$WORK/gui.sh" <<GUI
#!/bin/sh
"$WORK/image/bin/mop-studio" gui "$WORK/sample.yaml" >"$WORK/home/gui.log" 2>&1 &
for i in \$(seq 1 90); do
  # The title is "MOP Studio" until the MOP has loaded, then names it.
  title=\$(xdotool search --name "^MOP Studio — " getwindowname 2>/dev/null | head -n 1)
  [ -n "\$title" ] && break
  sleep 1
done
sleep 3   # the first graph layout has started the V8 engine by now
grep -o "/[^ ]*libj2v8[^ ]*" /proc/\$!/maps | head -n 1 >"$WORK/home/v8-loaded-from"
kill \$! 2>/dev/null
echo "\$title"
GUI
chmod a+rx "$WORK/gui.sh"
RUN_AS=(env); if [ "$(id -u)" = 0 ]; then chown nobody "$WORK/home"; RUN_AS=(su nobody -s /bin/sh -c); fi
TITLE=$("${RUN_AS[@]}" "HOME=$WORK/home xvfb-run -a -s '-screen 0 1280x860x24' $WORK/gui.sh")
[ "$TITLE" = "MOP Studio — Database Connection Pool Recovery (sample.yaml)" ] \
  || { cat "$WORK/home/gui.log" >&2 || true; fail "window title '$TITLE'"; }
echo "ok: the window opens: $TITLE"
V8_FROM=$(cat "$WORK/home/v8-loaded-from" 2>/dev/null || true)
[ "$V8_FROM" = "$WORK/image/lib/app/libj2v8_linux_x86_64.so" ] \
  || fail "the graph engine's V8 library was loaded from '${V8_FROM}', not the app's folder"
echo "ok: graph layout's V8 library loaded from the app's folder"
for extracted in .mop-studio/native .openjfx; do
  [ ! -e "$WORK/home/$extracted" ] || fail "native libraries were extracted into ~/$extracted instead of loaded from the app"
done
echo "ok: no native library extracted into the user's home"

SIZE_MB=$(du -sm "$IMAGE" | cut -f1)
[ "$SIZE_MB" -le "$MAX_MB" ] || fail "app image is ${SIZE_MB} MB, more than ${MAX_MB} MB: check the jlink modules"
echo "ok: app image ${SIZE_MB} MB (runtime $(du -sm "$IMAGE/lib/runtime" | cut -f1) MB, limit ${MAX_MB} MB)"
