#!/usr/bin/env bash
# Builds Valuenet Studio with the Maven wrapper on a JDK 21+; arguments go to Maven (default: verify).
# Starts a private Xvfb display for the UI tests when none is set and Xvfb is installed.
set -euo pipefail
cd "$(dirname "$0")"
source releng/dev.valuenet.repository/launcher/jdk.sh
valuenet_select_jdk
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx3g}"
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  # a display of its own (-displayfd: Xvfb takes a free number and writes it once it is ready), so that
  # concurrent builds never share one, nor lose theirs when another build ends
  display_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true; rm -f "$display_file"' EXIT
  for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$display_file")"
fi
[ $# -gt 0 ] || set -- verify
./mvnw -B -ntp "$@"
