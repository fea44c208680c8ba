#!/usr/bin/env bash
# Builds Valuenet Studio with the Maven wrapper on a JDK 21+; arguments go to Maven (default: verify).
# Starts a private Xvfb display for the UI tests when none is set and Xvfb is installed.
set -euo pipefail
cd "$(dirname "$0")"
source releng/dev.valuenet.repository/launcher/jdk.sh
valuenet_select_jdk
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx3g}"
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  Xvfb :91 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=:91
fi
[ $# -gt 0 ] || set -- verify
./mvnw -B -ntp "$@"
