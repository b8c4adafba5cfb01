#!/usr/bin/env bash
# `sysimg-tests default install` measured: `javac Hello.java` and jshell's start (a script that only exits) on a
# private JDK made with jlink, with the JDK's own default CDS archive against one installed by
# `default install` trained on those two tools. Two copies of the private JDK side by side, timed interleaved.
# Then `default restore` on the installed copy, and a check that it is byte-identical to the untouched one again.
#
# Usage (after `mvn -B -DskipTests package` at the repo root):
#   bench/default-image.sh [JDK]     JDK: the JDK to jlink from (default: the JDK 17 on this machine)
# Environment: ROUNDS=N (default 11). Prints one line per tool: medians and the ratio installed / default.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JDK=${1:-/usr/lib/jvm/java-17-openjdk-amd64}
ROUNDS=${ROUNDS:-11}
JAR=$ROOT/launcher/target/sysimg-tests.jar
[ -f "$JAR" ] || { echo "default-image: no $JAR; run mvn -B -DskipTests package first" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
"$JDK/bin/jlink" --add-modules java.base,jdk.compiler,jdk.jshell,jdk.zipfs --generate-cds-archive --output default >/dev/null
cp -a default installed
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' > Hello.java
printf '/exit\n' > exit.jsh

"$JDK/bin/java" -jar "$JAR" default install --java-home installed \
  --workload-command "javac -d out Hello.java" --workload-command "jshell -q exit.jsh" >/dev/null

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 </dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for i in $(seq "$ROUNDS"); do
  for jdk in default installed; do
    ms "$jdk/bin/javac" -d "out-$jdk" Hello.java >> "javac-$jdk.ms"
    ms "$jdk/bin/jshell" -q exit.jsh >> "jshell-$jdk.ms"
  done
done

for tool in javac jshell; do
  d=$(median < "$tool-default.ms"); n=$(median < "$tool-installed.ms")
  echo "$tool: default $d ms, installed $n ms, ratio $(awk -v n="$n" -v d="$d" 'BEGIN {printf "%.2f", n / d}') (medians of $ROUNDS interleaved rounds)"
done

"$JDK/bin/java" -jar "$JAR" default restore --java-home installed >/dev/null
if diff -r default installed >/dev/null; then
  echo "after default restore: the installed copy is byte-identical to the untouched one"
else
  echo "after default restore: the copies differ" >&2
  exit 1
fi
