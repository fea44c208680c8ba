#!/usr/bin/env bash
# The Spark record aggregation (issue 11), locally: builds spark/ when its sources changed, then runs
# the job in Spark local mode on a JDK 17 (Spark 4.1 does not run on JDK 23+: Hadoop calls
# Subject.getSubject, which throws there). Arguments go to the job (run.sh --help);
# `run.sh test` runs the module's test instead (the comparison with `valuenet import`).
#   VALUENET_SPARK_JDK   the JDK to use (default: /usr/lib/jvm/java-17-openjdk-amd64, else any JDK 17 found)
#   VALUENET_SPARK_HEAP  the driver's heap (default: 4g; local mode runs the executors in the driver)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jdk=${VALUENET_SPARK_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
if [ ! -x "$jdk/bin/java" ]; then
  jdk=$(find /usr/lib/jvm -maxdepth 1 -name '*17*' -type d 2>/dev/null | head -1)
fi
if [ -z "$jdk" ] || [ ! -x "$jdk/bin/java" ]; then
  echo "run.sh: no JDK 17 found; install one (apt-get install openjdk-17-jdk-headless) or set VALUENET_SPARK_JDK" >&2
  exit 2
fi
export JAVA_HOME=$jdk
if [ "${1:-}" = test ]; then
  shift
  cd "$here" && exec ../mvnw -B -ntp verify "$@"
fi
jar=$here/target/dev.valuenet.spark-0.1.0-SNAPSHOT.jar
interop=$here/../plugins/dev.valuenet.interop/src/dev/valuenet/interop
if [ ! -f "$jar" ] || [ ! -f "$here/target/classpath.txt" ] \
  || [ -n "$(find "$here/pom.xml" "$here/src/main" "$interop/records" "$interop/BadInputException.java" -newer "$jar" -type f | head -1)" ]; then
  (cd "$here" && ../mvnw -B -ntp -q -DskipTests package \
    && ../mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime) >&2
fi
export SPARK_LOCAL_IP=127.0.0.1 # local mode: loopback only
exec "$jdk/bin/java" @"$here/jvm.args" "-Xmx${VALUENET_SPARK_HEAP:-4g}" -cp "$jar:$(cat "$here/target/classpath.txt")" \
  dev.valuenet.spark.AggregateRecords "$@"
