#!/usr/bin/env bash
# The main job on the bundled sample-suite: build everything, run the sample's tests as the workload, write the
# statements and the image, then time the sample main with and without the image, side by side.
# Usage: sample-suite/run.sh [JDK_HOME]   (default: the JDK that `java` runs; e.g. /usr/lib/jvm/temurin-25-jdk-amd64)
set -euo pipefail
cd "$(dirname "$0")/.."
jdk="${1:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
rounds="${SAMPLE_ROUNDS:-11}"

# Maven's own output only when it fails, without the colour codes Maven 3.8 writes even with -B -q.
maven() {
  local log status
  log=$(mktemp)
  mvn -B -q -Dstyle.color=never "$@" > "$log" 2>&1 && status=0 || status=$?
  if [ "$status" -ne 0 ]; then sed 's/\x1b\[[0-9;]*m//g' "$log" >&2; fi
  rm -f "$log"
  return "$status"
}
maven package -DskipTests
maven -pl sample-suite dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/test-classpath.txt
out=sample-suite/target/sysimg
mkdir -p "$out"
jar=sample-suite/target/sysimg-sample-suite-0.1.0-SNAPSHOT.jar
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -ge 24 ]; then ext=aot; strict=-XX:AOTMode=on; else ext=jsa; strict=-Xshare:on; fi
image="$out/sample.$ext"

set +e
java -jar launcher/target/sysimg-tests.jar \
  --class-path "$jar:sample-suite/target/test-classes:$(cat sample-suite/target/test-classpath.txt)" \
  --select-package io.github.sysimg.sample --include-package io.github.sysimg.sample.templates \
  --java-home "$jdk" --statements "$out/sysimg-statements.txt" --image "$image"
status=$?
set -e
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then exit "$status"; fi

main=io.github.sysimg.sample.app.SampleMain
# Strict mode: if the JVM refused the image, this fails instead of silently running without it.
"$jdk/bin/java" "@$image.args" "$strict" -cp "$jar" "$main" > "$out/with-image.txt"
"$jdk/bin/java" -cp "$jar" "$main" > "$out/without-image.txt"
cmp -s "$out/with-image.txt" "$out/without-image.txt" || { echo "The sample's output differs with the image." >&2; exit 1; }

ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
plain=(); with=()
for ((i = 0; i < rounds; i++)); do
  plain+=("$(ms "$jdk/bin/java" -cp "$jar" "$main")")
  with+=("$(ms "$jdk/bin/java" "@$image.args" "$strict" -cp "$jar" "$main")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "${plain[@]}"); w=$(median "${with[@]}")
echo
echo "Sample main ($main), median of $rounds interleaved runs on $("$jdk/bin/java" -version 2>&1 | head -1):"
echo "  without the image: $p ms"
echo "  with the image:    $w ms   (ratio $(awk -v a="$w" -v b="$p" 'BEGIN {printf "%.2f", a / b}'))"
echo "The statements file and the image are in $out/."
