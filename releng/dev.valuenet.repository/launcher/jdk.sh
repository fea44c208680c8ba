# Sourced by build.sh and the valuenet launcher: selects a JDK 21+ (Eclipse 4.39 bundles need it).
# Order: $JAVA_HOME if it is 21+, then the JDKs under /usr/lib/jvm, newest first.
# The major version from the JDK's release file (JAVA_VERSION="25.0.3", "1.8.0_402"); starting the JVM
# to ask it (-XshowSettings) cost 0.3 s of CPU on every valuenet command, so that is only the fallback.
valuenet_java_major() {
  local version=""
  [ -f "$1/release" ] && version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  case $version in
    1.*) version=${version#1.}; echo "${version%%.*}" ;;
    [0-9]*) version=${version%%[.+-]*}; echo "${version%%_*}" ;;
    *) "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' ;;
  esac
}
valuenet_select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(valuenet_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME=$candidate VALUENET_JAVA_MAJOR=$major; return 0; fi
  done
  echo "valuenet: no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm); install one, e.g. Temurin 25, and set JAVA_HOME" >&2
  return 1
}
