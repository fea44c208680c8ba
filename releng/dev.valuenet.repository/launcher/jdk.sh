# Sourced by build.sh and the valuenet launcher: selects a JDK 21+ (Eclipse 4.39 bundles need it).
# Order: $JAVA_HOME if it is 21+, then the JDKs under /usr/lib/jvm, newest first.
valuenet_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
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
