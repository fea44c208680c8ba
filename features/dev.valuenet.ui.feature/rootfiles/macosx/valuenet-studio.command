#!/bin/sh
# Starts Valuenet Studio from this folder on a JDK 21+ ($JAVA_HOME, else /usr/libexec/java_home -v 21+).
#   VALUENET_WORKSPACE  workspace folder (default ~/valuenet-workspace)
#   VALUENET_EXAMPLES   examples to copy into a new workspace (default: none)
# SWT on macOS needs the UI on the main thread: -XstartOnFirstThread.
here=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-$(/usr/libexec/java_home -v 21+ 2>/dev/null)}
if [ -z "$JAVA_HOME" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "valuenet-studio: no JDK 21 or newer found; install one (e.g. Temurin 25) or set JAVA_HOME" >&2
  exit 2
fi
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
if [ -z "$launcher" ]; then
  echo "valuenet-studio: no plugins/org.eclipse.equinox.launcher_*.jar next to this script" >&2
  exit 2
fi
examples=""
[ -n "${VALUENET_EXAMPLES:-}" ] && examples="-Dvaluenet.examples=$VALUENET_EXAMPLES"
cd "$here"
exec "$JAVA_HOME/bin/java" -XstartOnFirstThread -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 $examples \
  -jar "$launcher" -data "${VALUENET_WORKSPACE:-$HOME/valuenet-workspace}" "$@"
