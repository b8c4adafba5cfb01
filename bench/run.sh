#!/usr/bin/env bash
# The sysimg-tests benchmark: for each workload and JDK, the start-up of a small app with
#   default: the JDK's default CDS archive,
#   oracle:  the JDK's own training on the app itself (ArchiveClassesAtExit / AOTCacheOutput),
#   ceiling: an image of the tool's kind made from the app's own class list less the app's classes (E max),
#   image:   the image sysimg-tests built from the library's own tests,
#   trimmed: that image dumped again without the classes the app never loads (what the tests' extra classes cost),
# timed in one interleaved run; plus the tool's agent overhead and image build time.
# Writes bench/RESULTS.md and bench/results.svg. See bench/README.md.
#
# Usage (from anywhere; after `mvn -B -DskipTests package` at the repo root):
#   bench/run.sh            full run (31 rounds, 2 recorded/plain test-run pairs per workload and JDK)
#   bench/run.sh --quick    smoke test (5 rounds, 1 pair)
# Environment overrides:
#   BENCH_ROUNDS=N            timed app rounds (default 31, quick 5)
#   BENCH_OVERHEAD_ROUNDS=N   recorded/plain test-run pairs (default 2, quick 1)
#   BENCH_JDKS="17 25"        JDKs: 17, 25 or a JDK folder (default "17 25"; 25 is skipped when not installed)
#   BENCH_WORKLOADS="..."     subset of: sample-suite commons-text commons-csv
#   BENCH_TOOL_TIMEOUT=S      --timeout for each tool run (default 600)
#   BENCH_TOOL_JAR=FILE       the tool jar (default launcher/target/sysimg-tests.jar)
#   BENCH_TOOL_ARGS="..."     extra options for every tool run, split at spaces (experiments)
#   BENCH_TIME_BUDGET=S       wall-time budget of the whole run (default 1140, quick 600): past 55% of it, the
#                             remaining workloads get one test-run pair only; the app timing stops after the round
#                             that passes the budget (at least 5 rounds)
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
OUT=$BENCH/target/run
TOOL_JAR=${BENCH_TOOL_JAR:-$ROOT/launcher/target/sysimg-tests.jar}
JDK17_HOME=/usr/lib/jvm/java-17-openjdk-amd64
JDK25_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

MODE=full
for arg in "$@"; do
  case $arg in
    --quick) MODE=quick ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument '$arg' (use --quick or --help)" >&2; exit 2 ;;
  esac
done
if [[ $MODE == quick ]]; then
  ROUNDS=${BENCH_ROUNDS:-5}; OVERHEAD_ROUNDS=${BENCH_OVERHEAD_ROUNDS:-1}; BUDGET=${BENCH_TIME_BUDGET:-600}
else
  ROUNDS=${BENCH_ROUNDS:-31}; OVERHEAD_ROUNDS=${BENCH_OVERHEAD_ROUNDS:-2}; BUDGET=${BENCH_TIME_BUDGET:-1140}
fi
JDKS=${BENCH_JDKS:-17 25}
WORKLOADS=${BENCH_WORKLOADS:-sample-suite commons-text commons-csv}
TOOL_TIMEOUT=${BENCH_TOOL_TIMEOUT:-600}

HOST_JAVA=$JDK17_HOME/bin/java
[[ -x $HOST_JAVA ]] || HOST_JAVA=$(command -v java)
START=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Appends key=value to a properties file (values are kept on one line; backslashes doubled for java.util.Properties).
prop() { local v=${3//\\/\\\\}; printf '%s=%s\n' "$2" "${v//$'\n'/ }" >> "$1"; }
join_by() { local IFS=$1; shift; echo "$*"; }

# ------------------------------------------------------------------ preparation
rm -rf "$OUT"; mkdir -p "$OUT"
MACHINE=$OUT/machine.properties
: > "$MACHINE"
SKIPPED=()
TOOL_MISSING=0
if [[ -f $TOOL_JAR ]]; then
  # A snapshot: the tool's jar may be rebuilt while the benchmark runs.
  cp "$TOOL_JAR" "$OUT/sysimg-tests.jar"
  TOOL_JAR=$OUT/sysimg-tests.jar
else
  TOOL_MISSING=1
  log "WARNING: $TOOL_JAR is missing (build it with 'mvn -B -DskipTests package' at the repo root);"
  log "         measuring default and oracle only, no image."
  SKIPPED+=("image: the tool jar $TOOL_JAR was not built")
fi

log "building the benchmark's workloads and apps (mvn -f bench/pom.xml package)"
mvn -B -q -f "$BENCH/pom.xml" package > "$OUT/mvn-bench.log" 2>&1 || { cat "$OUT/mvn-bench.log" >&2; die "bench build failed"; }

# JDKs: resolve tokens to folders and major versions.
JDK_HOMES=(); JDK_LABELS=()
for token in $JDKS; do
  case $token in
    17) home=$JDK17_HOME ;;
    25) home=$JDK25_HOME ;;
    *) home=$token ;;
  esac
  if [[ ! -x $home/bin/java ]]; then
    log "SKIPPED: JDK $token: no JDK at $home"
    SKIPPED+=("JDK $token: not installed at $home")
    continue
  fi
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release" 2>/dev/null)
  major=${version%%.*}
  [[ -n $major ]] || major=$token
  JDK_HOMES+=("$home"); JDK_LABELS+=("$major")
  prop "$MACHINE" "jdk.$major" "$("$home/bin/java" -version 2>&1 | sed -n 2p) ($home)"
done
[[ ${#JDK_HOMES[@]} -gt 0 ]] || die "no JDK to run"

# ------------------------------------------------------------------ workloads
# Each workload function sets: W_DESC, W_LIB_CP (the image's class path: the library jar), W_RUN_CP (library jar,
# its runtime dependencies, the app jar: the same for every variant), W_MAIN, W_APP_PREFIX (the internal name
# prefix of the app's own classes), W_TEST_CP, W_SELECT (array),
# W_INCLUDE (array), W_EXCLUDE (regex or empty), W_JVM_ARGS (array), W_CONSOLE (junit-platform-console-standalone jar).
# It returns non-zero with W_SKIP set when the workload cannot run.

# The test class path from a workload folder: the library jar first, then the tests jar, then the other jars.
testlib_cp() {
  local dir=$1 lib=$2 tests=$3
  local rest
  rest=$(ls "$dir"/testlib/*.jar | grep -v -F -x -e "$dir/testlib/$(basename "$lib")" -e "$tests" | sort)
  join_by : "$lib" "$tests" $rest
}

workload_sample-suite() {
  local src_jar=$ROOT/sample-suite/target/sysimg-sample-suite-0.1.0-SNAPSHOT.jar
  local src_tc=$ROOT/sample-suite/target/test-classes
  local dir=$OUT/sample-suite
  local jar=$dir/sysimg-sample-suite-0.1.0-SNAPSHOT.jar tc=$dir/test-classes
  W_DESC="the repo's own module sample-suite (io.github.sysimg:sysimg-sample-suite:0.1.0-SNAPSHOT): a template engine in io.github.sysimg.sample.templates with its JUnit Jupiter tests (target/test-classes); the app is io.github.sysimg.sample.app.SampleMain from the same jar (the tool selects and includes only the templates package)."
  if [[ ! -f $src_jar || ! -d $src_tc ]]; then
    W_SKIP="sample-suite is not built ($src_jar or $src_tc missing; run 'mvn -B -DskipTests package' at the repo root)"
    return 1
  fi
  if [[ ! -f $jar ]]; then
    # A snapshot taken once per run (the module may be rebuilt meanwhile; an image is tied to its jar's size and mtime).
    mkdir -p "$dir"
    cp -p "$src_jar" "$jar"
    cp -rp "$src_tc" "$tc"
  fi
  if [[ ! -s $dir/deps.txt ]] && ! mvn -B -q -f "$ROOT/sample-suite/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$dir/deps.txt" > "$dir/mvn-deps.log" 2>&1; then
    W_SKIP="could not resolve sample-suite's test dependencies (see $dir/mvn-deps.log)"
    return 1
  fi
  local deps platform
  deps=$(cat "$dir/deps.txt")
  platform=$(tr ':' '\n' <<< "$deps" | sed -n 's/.*junit-platform-engine-\(.*\)\.jar$/\1/p' | head -1)
  if [[ -z $platform ]]; then
    W_SKIP="no junit-platform-engine among sample-suite's test dependencies"
    return 1
  fi
  if [[ ! -f $dir/console/junit-platform-console-standalone-$platform.jar ]] && ! mvn -B -q -N -f "$BENCH/pom.xml" dependency:copy \
      -Dartifact="org.junit.platform:junit-platform-console-standalone:$platform" \
      -DoutputDirectory="$dir/console" > "$dir/mvn-console.log" 2>&1; then
    W_SKIP="could not fetch junit-platform-console-standalone $platform (see $dir/mvn-console.log)"
    return 1
  fi
  W_LIB_CP=$jar
  W_RUN_CP=$jar
  W_MAIN=io.github.sysimg.sample.app.SampleMain
  W_APP_PREFIX=io/github/sysimg/sample/app/
  W_TEST_CP=$jar:$tc:$deps
  W_SELECT=(io.github.sysimg.sample.templates)
  W_INCLUDE=(io.github.sysimg.sample.templates)
  W_EXCLUDE=
  W_JVM_ARGS=()
  W_CONSOLE=$dir/console/junit-platform-console-standalone-$platform.jar
}

workload_commons-text() {
  local dir=$BENCH/target/workloads/commons-text
  local lib tests
  lib=$(ls "$dir"/lib/commons-text-*.jar 2>/dev/null | head -1)
  tests=$(ls "$dir"/testlib/commons-text-*-tests.jar 2>/dev/null | head -1)
  [[ -n $lib && -n $tests ]] || { W_SKIP="commons-text jars missing in $dir"; return 1; }
  W_DESC="org.apache.commons:commons-text $(basename "$lib" .jar | sed 's/commons-text-//'): its published tests jar with the test dependencies of its pom (bench/workloads/commons-text/pom.xml); excluded (slow, 10-25 s each, none of it start-up relevant): ExtendedMessageFormatTest (all locales), StringSubstitutorFilterReaderTest, TextStringBuilderTest (out-of-memory tests), DoubleFormatTest (all locales); about 36 tests fail outside the source tree (files under src/test/resources, no network, no GraalJS script engine). App: bench/apps/text-app (StringSubstitutor, interpolator lookups, WordUtils, StringEscapeUtils, LevenshteinDistance, JaroWinklerSimilarity, CaseUtils, TextStringBuilder); run class path: commons-text, commons-lang3, the app jar."
  # The image is for the library and its runtime dependencies (commons-lang3), as PackageCompiler's sysimage holds a
  # package and its dependencies: the app's class path starts with exactly these jars.
  W_LIB_CP=$(join_by : "$lib" $(ls "$dir"/lib/*.jar | grep -v -F -x "$lib" | sort))
  W_RUN_CP=$W_LIB_CP:$BENCH/target/apps/text-app/bench-text-app.jar
  W_MAIN=io.github.sysimg.bench.textapp.TextApp
  W_APP_PREFIX=io/github/sysimg/bench/textapp/
  W_TEST_CP=$(testlib_cp "$dir" "$lib" "$tests")
  W_SELECT=(org.apache.commons.text)
  W_INCLUDE=(org.apache.commons.text org.apache.commons.lang3)
  W_EXCLUDE='.*\.(ExtendedMessageFormatTest|StringSubstitutorFilterReaderTest|TextStringBuilderTest|DoubleFormatTest)'
  W_JVM_ARGS=(-Dnet.bytebuddy.experimental=true)
  W_CONSOLE=$(ls "$dir"/console/junit-platform-console-standalone-*.jar | head -1)
}

workload_commons-csv() {
  local dir=$BENCH/target/workloads/commons-csv
  local lib tests
  lib=$(ls "$dir"/lib/commons-csv-*.jar 2>/dev/null | head -1)
  tests=$(ls "$dir"/testlib/commons-csv-*-tests.jar 2>/dev/null | head -1)
  [[ -n $lib && -n $tests ]] || { W_SKIP="commons-csv jars missing in $dir"; return 1; }
  W_DESC="org.apache.commons:commons-csv $(basename "$lib" .jar | sed 's/commons-csv-//'): its published tests jar with the test dependencies of its pom (bench/workloads/commons-csv/pom.xml); excluded: the PerformanceTest classes (a 130 MB file parsed 10 times; the project's own surefire setup excludes it too). The JVM option -Dnet.bytebuddy.experimental=true lets Mockito 4's Byte Buddy run on JDK 25. App: bench/apps/csv-app (CSVFormat.DEFAULT.builder() with a header, CSVParser, CSVRecord.toMap, CSVPrinter, RFC4180 with QuoteMode.ALL, TDF); run class path: commons-csv, commons-codec, commons-io, the app jar."
  W_LIB_CP=$(join_by : "$lib" $(ls "$dir"/lib/*.jar | grep -v -F -x "$lib" | sort))
  W_RUN_CP=$W_LIB_CP:$BENCH/target/apps/csv-app/bench-csv-app.jar
  W_MAIN=io.github.sysimg.bench.csvapp.CsvApp
  W_APP_PREFIX=io/github/sysimg/bench/csvapp/
  W_TEST_CP=$(testlib_cp "$dir" "$lib" "$tests")
  W_SELECT=(org.apache.commons.csv)
  W_INCLUDE=(org.apache.commons.csv org.apache.commons.io org.apache.commons.codec)
  W_EXCLUDE='.*PerformanceTest'
  W_JVM_ARGS=(-Dnet.bytebuddy.experimental=true)
  W_CONSOLE=$(ls "$dir"/console/junit-platform-console-standalone-*.jar | head -1)
}

# ------------------------------------------------------------------ one workload on one JDK
# The plain JUnit run of the same tests: the console launcher of the suite's platform version, the suite's class
# path without its own JUnit jars (the standalone jar bundles the same versions), same JVM options and filters.
plain_run() { # dir jdk_home round
  local dir=$1 home=$2 round=$3 cp
  cp=$(tr ':' '\n' <<< "$W_TEST_CP" | grep -v -E '/(junit-jupiter|junit-platform|junit-vintage|opentest4j|apiguardian)[^/]*\.jar$' | paste -sd:)
  local args=("${W_JVM_ARGS[@]}" -cp "$W_CONSOLE:$cp" org.junit.platform.console.ConsoleLauncher execute
    --disable-banner --details=summary --reports-dir "$dir/plain-reports-$round")
  for p in "${W_SELECT[@]}"; do args+=(--select-package "$p"); done
  [[ -n $W_EXCLUDE ]] && args+=(--exclude-classname "$W_EXCLUDE")
  local t0 t1 rc
  t0=$(now_ms)
  (cd "$dir/work" && "$home/bin/java" "${args[@]}") > "$dir/plain-$round.out" 2>&1
  rc=$?
  t1=$(now_ms)
  PLAIN_MS+=($((t1 - t0)))
  log "  plain JUnit run $round: $((t1 - t0)) ms, exit $rc"
  if [[ $round == 1 ]]; then
    # Tests and failures from the XML report (some suites close System.out, so the console summary may be lost).
    local xml=$dir/plain-reports-$round/TEST-junit-jupiter.xml
    if [[ -f $xml ]]; then
      PLAIN_TESTS="$(grep -c '<testcase ' "$xml") run, $(grep -c -E '<(failure|error)[ >]' "$xml") failed"
    fi
  fi
}

tool_run() { # dir jdk_home image round
  local dir=$1 home=$2 image=$3 round=$4
  local args=(-jar "$TOOL_JAR" --class-path "$W_TEST_CP")
  for p in "${W_SELECT[@]}"; do args+=(--select-package "$p"); done
  for p in "${W_INCLUDE[@]}"; do args+=(--include-package "$p"); done
  [[ -n $W_EXCLUDE ]] && args+=("--exclude-classname=$W_EXCLUDE")
  for a in "${W_JVM_ARGS[@]}"; do args+=("--jvm-arg=$a"); done
  args+=(--image-class-path "$W_LIB_CP" --java-home "$home" --timeout "$TOOL_TIMEOUT"
    --statements "$(dirname "$image")/statements.txt" --image "$image" --report "$(dirname "$image")/report")
  # shellcheck disable=SC2206 # word splitting wanted: extra tool options for an experiment
  [[ -n ${BENCH_TOOL_ARGS:-} ]] && args+=($BENCH_TOOL_ARGS)
  local t0 t1 rc
  t0=$(now_ms)
  (cd "$dir/work" && "$HOST_JAVA" "${args[@]}") > "$dir/tool-$round.out" 2> "$dir/tool-$round.err"
  rc=$?
  t1=$(now_ms)
  TOOL_WALL+=($((t1 - t0)))
  TOOL_EXIT+=("$rc")
  local w b
  w=$(sed -n 's/.*Workload time: \([0-9]*\) ms.*/\1/p' "$dir/tool-$round.out" | tail -1)
  b=$(sed -n 's/.*Image build time: \([0-9]*\) ms.*/\1/p' "$dir/tool-$round.out" | tail -1)
  [[ -n $w ]] && TOOL_WORKLOAD+=("$w")
  [[ -n $b ]] && TOOL_BUILD+=("$b")
  if [[ $round == 1 ]]; then
    # The forked run's JUnit summary ("[   386 tests found   ]") when the tool passes it on, else its own count.
    local found failed
    found=$(sed -n 's/^\[ *\([0-9]*\) tests found *\]$/\1/p' "$dir/tool-$round.out" | tail -1)
    failed=$(sed -n 's/^\[ *\([0-9]*\) tests failed *\]$/\1/p' "$dir/tool-$round.out" | tail -1)
    [[ -n $found ]] || found=$(sed -n 's/^\(\[sysimg\] \)\{0,1\}\([0-9]*\) tests found in .*/\2/p' "$dir/tool-$round.out" | tail -1)
    [[ -n $failed ]] || failed=$(sed -n 's/.*warning: \([0-9]*\) tests failed.*/\1/p' "$dir/tool-$round.err" | tail -1)
    TOOL_TESTS="${found:-?} found, ${failed:-0} failed"
  fi
  log "  tool run $round: $((t1 - t0)) ms wall (workload ${w:-?} ms, image build ${b:-?} ms), exit $rc"
  if [[ $rc == 1 ]]; then
    grep -h 'sysimg-tests: warning' "$dir/tool-$round.err" | sed 's/^/      /' >&2
  elif [[ $rc != 0 ]]; then
    log "    tool stderr (last lines):"; tail -5 "$dir/tool-$round.err" | sed 's/^/      /' >&2
  fi
}

count_classes() { # meta variant logfile
  local total shared
  total=$(grep -c 'source:' "$3" 2>/dev/null || true)
  shared=$(grep -c 'source: shared objects file' "$3" 2>/dev/null || true)
  prop "$1" "classes.$2.total" "${total:-0}"
  prop "$1" "classes.$2.shared" "${shared:-0}"
}

SPEC=$OUT/spec.tsv
: > "$SPEC"
GROUPS_LIST=()
spec_line() { # group variant dir argv...
  local IFS=$'\t'
  echo "$*" >> "$SPEC"
}

prepare() { # workload jdk_home major
  local w=$1 home=$2 major=$3
  local group=$w-jdk$major dir=$OUT/$w-jdk$major
  local meta=$OUT/$group.properties
  mkdir -p "$dir/work" "$dir/image" "$dir/scratch"
  : > "$meta"
  GROUPS_LIST+=("$group")
  prop "$meta" workload "$w"
  prop "$meta" jdk "$major"
  W_SKIP=
  if ! "workload_$w"; then
    log "SKIPPED: $group: $W_SKIP"
    prop "$meta" status "skipped: $W_SKIP"
    SKIPPED+=("$group: $W_SKIP")
    return
  fi
  prop "$meta" description "$W_DESC"
  local java=$home/bin/java
  local ext=jsa oracle_train=(-XX:ArchiveClassesAtExit=oracle.jsa) oracle_use=(-XX:SharedArchiveFile=oracle.jsa) oracle_file=oracle.jsa
  local use_option=-XX:SharedArchiveFile link=()
  if (( major >= 24 )); then
    ext=aot; oracle_train=(-XX:AOTCacheOutput=oracle.aot); oracle_use=(-XX:AOTCache=oracle.aot); oracle_file=oracle.aot
    use_option=-XX:AOTCache; link=(-XX:+AOTClassLinking)
  fi
  local image=$dir/image/sysimg.$ext

  # The app must run and print something before anything else is worth measuring.
  if ! (cd "$dir" && "$java" -cp "$W_RUN_CP" "$W_MAIN") > "$dir/app-default.out" 2> "$dir/app-default.err"; then
    log "SKIPPED: $group: the app fails with the default archive:"; tail -5 "$dir/app-default.err" >&2
    prop "$meta" status "skipped: the app fails (see $dir/app-default.err)"
    SKIPPED+=("$group: the app fails")
    return
  fi

  # 1. The tool's run next to a plain JUnit run of the same tests, in alternating order.
  log "$group: $OVERHEAD_ROUNDS recorded/plain test-run pair(s)"
  PLAIN_MS=(); PLAIN_TESTS=n/a; TOOL_TESTS=n/a; TOOL_WALL=(); TOOL_EXIT=(); TOOL_WORKLOAD=(); TOOL_BUILD=()
  local r
  for ((r = 1; r <= OVERHEAD_ROUNDS; r++)); do
    local img=$image
    (( r > 1 )) && img=$dir/scratch/sysimg.$ext   # only the first run's image is benchmarked
    if (( r > 1 && $(date +%s) - START > BUDGET * 55 / 100 )); then
      log "  time budget: $(( $(date +%s) - START )) s of $BUDGET s used, no more test-run pairs for $group"
      break
    fi
    if (( TOOL_MISSING )); then
      plain_run "$dir" "$home" "$r"
    elif (( r % 2 == 1 )); then
      tool_run "$dir" "$home" "$img" "$r"; plain_run "$dir" "$home" "$r"
    else
      plain_run "$dir" "$home" "$r"; tool_run "$dir" "$home" "$img" "$r"
    fi
  done
  rm -rf "$dir/scratch"
  prop "$meta" plain.ms "$(join_by , "${PLAIN_MS[@]}")"
  prop "$meta" plain.tests "$PLAIN_TESTS"
  if (( ! TOOL_MISSING )); then
    prop "$meta" tool.wall.ms "$(join_by , "${TOOL_WALL[@]}")"
    prop "$meta" tool.exit "$(join_by , "${TOOL_EXIT[@]}")"
    prop "$meta" tool.tests "$TOOL_TESTS"
    prop "$meta" tool.workload.ms "$(join_by , "${TOOL_WORKLOAD[@]}")"
    prop "$meta" tool.build.ms "$(join_by , "${TOOL_BUILD[@]}")"
  fi

  # 2. The oracle: the JDK's own training run on the app.
  log "$group: oracle training run (${oracle_train[*]})"
  if ! (cd "$dir" && "$java" "${oracle_train[@]}" -cp "$W_RUN_CP" "$W_MAIN") > "$dir/oracle-train.out" 2> "$dir/oracle-train.err" \
      || [[ ! -f $dir/$oracle_file ]]; then
    log "  oracle training failed:"; tail -5 "$dir/oracle-train.err" >&2
    prop "$meta" status "skipped: the oracle training run failed (see $dir/oracle-train.err)"
    SKIPPED+=("$group: oracle training failed")
    return
  fi
  prop "$meta" oracle.bytes "$(stat -c %s "$dir/$oracle_file")"

  # 2b. The ceiling: an image of the tool's own kind (a static dump, AOT-linked on JDK 24+) from the app's own class
  # list less the app's classes and their lambdas: exactly the library and JDK classes the app loads. It is the most
  # that an image which never holds the app's own classes can hold, whatever tests it was made from.
  local ceiling=
  if (cd "$dir" && "$java" -XX:DumpLoadedClassList=app.classlist -cp "$W_RUN_CP" "$W_MAIN") > "$dir/ceiling.out" 2> "$dir/ceiling.err" \
      && awk -v p="$W_APP_PREFIX" '{ n = ($1 == "@lambda-proxy" || $1 == "@cp") ? $2 : $1; if (index(n, p) != 1) print }' \
          "$dir/app.classlist" > "$dir/ceiling.classlist" \
      && (cd "$dir" && "$java" -Xshare:dump "${link[@]}" -XX:SharedClassListFile=ceiling.classlist -XX:SharedArchiveFile=ceiling.$ext \
          -cp "$W_LIB_CP") >> "$dir/ceiling.out" 2>> "$dir/ceiling.err" && [[ -f $dir/ceiling.$ext ]]; then
    ceiling=$dir/ceiling.$ext
    prop "$meta" ceiling.bytes "$(stat -c %s "$ceiling")"
  else
    log "  the ceiling image could not be made (see $dir/ceiling.err)"
  fi

  # 3. The commands to time, and one class-loading log of each.
  local have_image=0
  if [[ -f $image && -f $image.args ]]; then
    have_image=1
    prop "$meta" image.bytes "$(stat -c %s "$image")"
  elif (( ! TOOL_MISSING )); then
    log "  WARNING: the tool wrote no image (or no $image.args); timing default and oracle only"
  fi
  (cd "$dir" && "$java" -Xlog:class+load:file="$dir/classload-default.log" -cp "$W_RUN_CP" "$W_MAIN" > /dev/null 2>&1)
  # 3b. The trimmed image: the tool's image dumped again from its own class list (the report's classlist.txt) less
  # the classes the app never loads (with the JDK's default archive). What it gains over the image is what the
  # classes that only the tests needed cost; what the ceiling gains over it is what the app's own use of the JDK
  # (classes no library test loads) is worth.
  local trimmed= classlist=$(dirname "$image")/report/classlist.txt
  if (( have_image )) && [[ -f $classlist ]] \
      && sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: .*/\1/p' "$dir/classload-default.log" | tr . / > "$dir/app-loaded.txt" \
      && awk 'NR == FNR { loaded[$1] = 1; next } /^#/ { next } /^@lambda-form-invoker/ { print; next }
              { n = ($1 == "@lambda-proxy" || $1 == "@cp") ? $2 : $1; if (n in loaded) print }' \
          "$dir/app-loaded.txt" "$classlist" > "$dir/trimmed.classlist" \
      && (cd "$dir" && "$java" -Xshare:dump "${link[@]}" -XX:SharedClassListFile=trimmed.classlist -XX:SharedArchiveFile=trimmed.$ext \
          -cp "$W_LIB_CP") > "$dir/trimmed.out" 2> "$dir/trimmed.err" && [[ -f $dir/trimmed.$ext ]]; then
    trimmed=$dir/trimmed.$ext
    prop "$meta" trimmed.bytes "$(stat -c %s "$trimmed")"
  elif (( have_image )); then
    log "  the trimmed image could not be made (see $dir/trimmed.err)"
  fi
  spec_line "$group" default "$dir" "$java" -cp "$W_RUN_CP" "$W_MAIN"
  spec_line "$group" oracle "$dir" "$java" "${oracle_use[@]}" -cp "$W_RUN_CP" "$W_MAIN"
  [[ -n $ceiling ]] && spec_line "$group" ceiling "$dir" "$java" "$use_option=$ceiling" -cp "$W_RUN_CP" "$W_MAIN"
  (( have_image )) && spec_line "$group" image "$dir" "$java" "@$image.args" -cp "$W_RUN_CP" "$W_MAIN"
  [[ -n $trimmed ]] && spec_line "$group" trimmed "$dir" "$java" "$use_option=$trimmed" -cp "$W_RUN_CP" "$W_MAIN"
  (cd "$dir" && "$java" "${oracle_use[@]}" -Xlog:class+load:file="$dir/classload-oracle.log" -cp "$W_RUN_CP" "$W_MAIN" > /dev/null 2>&1)
  count_classes "$meta" default "$dir/classload-default.log"
  count_classes "$meta" oracle "$dir/classload-oracle.log"
  if (( have_image )); then
    (cd "$dir" && "$java" "@$image.args" -Xlog:class+load:file="$dir/classload-image.log" -cp "$W_RUN_CP" "$W_MAIN" > /dev/null 2>&1)
    count_classes "$meta" image "$dir/classload-image.log"
  fi
  prop "$meta" status ok
}

for w in $WORKLOADS; do
  declare -F "workload_$w" > /dev/null || die "unknown workload '$w' (known: sample-suite commons-text commons-csv)"
done
log "mode $MODE: $ROUNDS rounds, $OVERHEAD_ROUNDS test-run pair(s); JDKs: ${JDK_LABELS[*]}; workloads: $WORKLOADS"
for w in $WORKLOADS; do
  for i in "${!JDK_HOMES[@]}"; do
    prepare "$w" "${JDK_HOMES[$i]}" "${JDK_LABELS[$i]}"
  done
done

# ------------------------------------------------------------------ the interleaved timing run
if [[ -s $SPEC ]]; then
  log "timing: $ROUNDS rounds over $(wc -l < "$SPEC") commands, interleaved"
  "$HOST_JAVA" "$BENCH/tools/Bench.java" time "$SPEC" "$ROUNDS" "$OUT/raw-times.tsv" $(( START + BUDGET - 20 )) \
    || die "the timing run failed"
else
  log "nothing to time"
fi

# ------------------------------------------------------------------ report
prop "$MACHINE" date "$(date -u '+%Y-%m-%d %H:%M UTC')"
prop "$MACHINE" nproc "$(nproc)"
prop "$MACHINE" memory "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
prop "$MACHINE" cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
prop "$MACHINE" load "$LOAD_START"
prop "$MACHINE" mode "$MODE"
prop "$MACHINE" rounds "$ROUNDS"
prop "$MACHINE" overheadRounds "$OVERHEAD_ROUNDS"
prop "$MACHINE" groups "${GROUPS_LIST[*]}"
prop "$MACHINE" skipped "$(join_by ';' "${SKIPPED[@]}" | sed 's/;/; /g')"
prop "$MACHINE" elapsed "$(( $(date +%s) - START ))"
"$HOST_JAVA" "$BENCH/tools/Bench.java" report "$OUT" "$BENCH/RESULTS.md" "$BENCH/results.svg" || die "the report failed"
log "done in $(( $(date +%s) - START )) s: bench/RESULTS.md, bench/results.svg (raw data in bench/target/run/)"
(( TOOL_MISSING )) && exit 1
exit 0
