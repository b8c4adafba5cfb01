#!/usr/bin/env bash
# The sysimg-tests benchmark: for each library (its published test suite) and each JDK, the tool builds an image
# from the library's tests; then two apps of ours per library (a narrow and a broad one, never seen by the tool)
# start with
#   default: the JDK's default CDS archive,
#   oracle:  the JDK's own training on the app itself (ArchiveClassesAtExit / AOTCacheOutput),
#   ceiling: an image of the tool's kind made from the app's own class list less the app's classes (E max),
#   image:   the image sysimg-tests built from the library's own tests,
#   trimmed: that image dumped again without the classes the app never loads (what the tests' extra classes cost),
#   simple:  the JDK's default class list plus the library classes the tests loaded, dumped without training,
# timed in one interleaved run; plus the tool's agent overhead and image build time. spring-app is also timed serving
# requests (launch to its first answered request and to its 1,000th; bench/applications/spring-app/bench/requests.txt),
# in a second interleaved run after the first.
# Writes bench/RESULTS.md, bench/results.svg and the raw data in bench/results/. See bench/README.md.
#
# Usage (from anywhere; after `mvn -B -DskipTests package` at the repo root):
#   bench/run.sh            full run (at most 31 rounds within the time budget, 1 recorded/plain test-run pair)
#   bench/run.sh --quick    smoke test (5 rounds, 3 rounds of served requests, 1 pair)
# Environment overrides:
#   BENCH_ROUNDS=N            timed app rounds (default 31, quick 5)
#   BENCH_OVERHEAD_ROUNDS=N   recorded/plain test-run pairs per library and JDK (default 1)
#   BENCH_JDKS="17 25"        JDKs: 17, 25 or a JDK folder (default "17 25"; 25 is skipped when not installed)
#   BENCH_WORKLOADS="..."     subset of: commons-text commons-csv commons-io commons-collections4 commons-codec
#                             sample-suite spring-app cli-app (default: the five libraries). spring-app and cli-app
#                             are applications of ours with their own tests: the tool runs them and the image is
#                             for the app, timed against default and oracle (see bench/README.md)
#   BENCH_TOOL_TIMEOUT=S      --timeout for each tool run (default 600)
#   BENCH_TOOL_JAR=FILE       the tool jar (default launcher/target/sysimg-tests.jar)
#   BENCH_TOOL_ARGS="..."     extra options for every tool run, split at spaces (experiments)
#   BENCH_OUT=DIR             where logs, images and the raw data go (default bench/target/run)
#   BENCH_PLAIN=first|all|0   on which JDKs a plain JUnit run goes beside each tool run, for the agent overhead
#                             (default first: the first of BENCH_JDKS; the overhead hardly depends on the JDK, and
#                             the plain runs of the large suites would take the app rounds' time)
#   BENCH_IMAGES_ONLY=1       only the tool runs and the simple baselines: no apps, no timing, no report (experiments)
#   BENCH_TIME_BUDGET=S       wall-time budget of the whole run (default 1740, quick 1200): past 55% of it, the
#                             remaining libraries get one test-run pair only; the app timing stops after the round
#                             that passes the budget (at least 5 rounds)
#   BENCH_SERVE_ROUNDS=N      rounds of spring-app's served runs (default 11, quick 3; 0: none). They run after the
#                             start-up timing, which leaves them, out of the budget, what a check run of each group's
#                             default variant took (a warm one; the slowest variant), times its variants, times N + 1
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
OUT=${BENCH_OUT:-$BENCH/target/run}
TOOL_JAR=${BENCH_TOOL_JAR:-$ROOT/launcher/target/sysimg-tests.jar}
JDK17_HOME=/usr/lib/jvm/java-17-openjdk-amd64
JDK25_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

MODE=full
for arg in "$@"; do
  case $arg in
    --quick) MODE=quick ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "bench: unknown argument '$arg' (use --quick or --help)" >&2; exit 2 ;;
  esac
done
if [[ $MODE == quick ]]; then
  ROUNDS=${BENCH_ROUNDS:-5}; OVERHEAD_ROUNDS=${BENCH_OVERHEAD_ROUNDS:-1}; BUDGET=${BENCH_TIME_BUDGET:-1200}
  SERVE_ROUNDS=${BENCH_SERVE_ROUNDS:-3}
else
  ROUNDS=${BENCH_ROUNDS:-31}; OVERHEAD_ROUNDS=${BENCH_OVERHEAD_ROUNDS:-1}; BUDGET=${BENCH_TIME_BUDGET:-1740}
  SERVE_ROUNDS=${BENCH_SERVE_ROUNDS:-11}
fi
JDKS=${BENCH_JDKS:-17 25}
WORKLOADS=${BENCH_WORKLOADS:-commons-text commons-csv commons-io commons-collections4 commons-codec}
TOOL_TIMEOUT=${BENCH_TOOL_TIMEOUT:-600}
PLAIN=${BENCH_PLAIN:-first}
[[ $PLAIN == first || $PLAIN == all || $PLAIN == 0 ]] || { echo "bench: BENCH_PLAIN is '$PLAIN'; use first, all or 0" >&2; exit 2; }

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
mvn -B -q -f "$BENCH/pom.xml" package -DskipTests > "$OUT/mvn-bench.log" 2>&1 || { cat "$OUT/mvn-bench.log" >&2; die "bench build failed"; }

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
# A workload is a library with its published test suite and two apps of ours that use it. Each workload function
# first sets W_APPS (one "name|jar|main class|internal name prefix of the app's classes|what it does" entry per app),
# then W_DESC, W_LIB_CP (the image's class path: the library jar and its runtime dependencies), W_TEST_CP,
# W_TESTS_JAR (its resources are unpacked into the tests' working directory as src/test/resources; empty: none),
# W_SELECT (array), W_INCLUDE (array), W_EXCLUDE (regex or empty), W_JVM_ARGS (array), W_CONSOLE
# (junit-platform-console-standalone jar). It returns non-zero with W_SKIP set when the workload cannot run.

# The test class path from a workload folder: the library jar first, then the tests jar, then the other jars.
testlib_cp() {
  local dir=$1 lib=$2 tests=$3
  local rest
  rest=$(ls "$dir"/testlib/*.jar | grep -v -F -x -e "$dir/testlib/$(basename "$lib")" -e "$tests" | sort)
  join_by : "$lib" "$tests" $rest
}

# One app entry of W_APPS for an app built by bench/pom.xml into bench/target/apps/NAME.
app_entry() { # name main-class description
  local main=$2
  echo "$1|$BENCH/target/apps/$1/bench-$1.jar|$main|$(tr . / <<< "${main%.*}")/|$3"
}

# The parts every Apache Commons workload shares: the jars resolved by bench/workloads/NAME/pom.xml.
commons_workload() { # workload artifact
  local dir=$BENCH/target/workloads/$1 lib tests
  lib=$(ls "$dir"/lib/"$2"-[0-9]*.jar 2>/dev/null | head -1)
  tests=$(ls "$dir"/testlib/"$2"-*-tests.jar 2>/dev/null | head -1)
  [[ -n $lib && -n $tests ]] || { W_SKIP="$2 jars missing in $dir"; return 1; }
  W_VERSION=$(basename "$lib" .jar | sed "s/^$2-//")
  # The image is for the library and its runtime dependencies, as PackageCompiler's sysimage holds a package and its
  # dependencies: each app's class path starts with exactly these jars.
  W_LIB_CP=$(join_by : "$lib" $(ls "$dir"/lib/*.jar | grep -v -F -x "$lib" | sort))
  W_TEST_CP=$(testlib_cp "$dir" "$lib" "$tests")
  W_TESTS_JAR=$tests
  W_CONSOLE=$(ls "$dir"/console/junit-platform-console-standalone-*.jar | head -1)
  W_EXCLUDE=
  W_JVM_ARGS=()
}

workload_sample-suite() {
  local src_jar=$ROOT/sample-suite/target/sysimg-sample-suite-0.1.0-SNAPSHOT.jar
  local src_tc=$ROOT/sample-suite/target/test-classes
  local dir=$OUT/sample-suite
  local jar=$dir/sysimg-sample-suite-0.1.0-SNAPSHOT.jar tc=$dir/test-classes
  W_APPS=("sample-app||io.github.sysimg.sample.app.SampleMain|io/github/sysimg/sample/app/|the repo's own sample main (in the library's jar; the tool selects and includes only the templates package)")
  W_DESC="the repo's own module sample-suite (io.github.sysimg:sysimg-sample-suite:0.1.0-SNAPSHOT): a template engine in io.github.sysimg.sample.templates with its JUnit Jupiter tests (target/test-classes)."
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
  if [[ ! -s $dir/deps.txt ]] && ! mvn -B -q -f "$ROOT/sample-suite/pom.xml" dependency:build-classpath -DincludeScope=test \
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
  W_TEST_CP=$jar:$tc:$deps
  W_TESTS_JAR=
  W_SELECT=(io.github.sysimg.sample.templates)
  W_INCLUDE=(io.github.sysimg.sample.templates)
  W_EXCLUDE=
  W_JVM_ARGS=()
  W_CONSOLE=$dir/console/junit-platform-console-standalone-$platform.jar
}

workload_commons-text() {
  W_APPS=("$(app_entry text-narrow io.github.sysimg.bench.textnarrow.TextNarrowApp "StringSubstitutor with a map and defaults, WordUtils.wrap and capitalizeFully")"
    "$(app_entry text-broad io.github.sysimg.bench.textbroad.TextBroadApp "300 letters filled from records read by reflection, localized dates and currencies, the interpolator's const and base64 lookups; a generated corpus escaped for HTML, XML and JSON, CSV-tokenized, camel-cased; 1,000 typos fuzzy-matched with Levenshtein and Jaro-Winkler; a StringsComparator diff")")
  commons_workload commons-text commons-text || return 1
  W_DESC="org.apache.commons:commons-text $W_VERSION: its published tests jar with the test dependencies of its pom (bench/workloads/commons-text/pom.xml); excluded (slow, 10-25 s each, none of it start-up relevant): ExtendedMessageFormatTest (all locales), StringSubstitutorFilterReaderTest, TextStringBuilderTest (out-of-memory tests), DoubleFormatTest (all locales); some tests fail outside the project's build (no network, no GraalJS script engine). Image class path: commons-text, commons-lang3."
  W_SELECT=(org.apache.commons.text)
  W_INCLUDE=(org.apache.commons.text org.apache.commons.lang3)
  W_EXCLUDE='.*\.(ExtendedMessageFormatTest|StringSubstitutorFilterReaderTest|TextStringBuilderTest|DoubleFormatTest)'
  W_JVM_ARGS=(-Dnet.bytebuddy.experimental=true)
}

workload_commons-csv() {
  W_APPS=("$(app_entry csv-narrow io.github.sysimg.bench.csvnarrow.CsvNarrowApp "CSVFormat.DEFAULT with a header line, CSVParser over a String, fields by name")"
    "$(app_entry csv-broad io.github.sysimg.bench.csvbroad.CsvBroadApp "10,000 orders written with CSVPrinter to a file and read back, bound to a Java record by reflection; totals by country and month printed with locale currencies and month names in the EXCEL, TDF and MYSQL formats")")
  commons_workload commons-csv commons-csv || return 1
  W_DESC="org.apache.commons:commons-csv $W_VERSION: its published tests jar with the test dependencies of its pom (bench/workloads/commons-csv/pom.xml); excluded: the PerformanceTest classes (a 130 MB file parsed 10 times; the project's own surefire setup excludes it too). The JVM option -Dnet.bytebuddy.experimental=true lets Mockito 4's Byte Buddy run on JDK 25. Image class path: commons-csv, commons-codec, commons-io."
  W_SELECT=(org.apache.commons.csv)
  W_INCLUDE=(org.apache.commons.csv org.apache.commons.io org.apache.commons.codec)
  W_EXCLUDE='.*PerformanceTest'
  W_JVM_ARGS=(-Dnet.bytebuddy.experimental=true)
}

workload_commons-io() {
  W_APPS=("$(app_entry io-narrow io.github.sysimg.bench.ionarrow.IoNarrowApp "IOUtils.readLines of a stream, FilenameUtils on Unix and Windows paths")"
    "$(app_entry io-broad io.github.sysimg.bench.iobroad.IoBroadApp "a tree of 150 files written, copied, compared and checksummed; files selected by suffix, size and age; a 25,000-line log scanned with LineIterator and ReversedLinesFileReader; a BOM file read; sizes and dates in five locales")")
  commons_workload commons-io commons-io || return 1
  W_DESC="commons-io:commons-io $W_VERSION: its published tests jar with the test dependencies of its pom (bench/workloads/commons-io/pom.xml). Its tests read files under src/test/resources: the tests jar's resources are unpacked there in the tests' working directory. Image class path: commons-io."
  W_SELECT=(org.apache.commons.io)
  W_INCLUDE=(org.apache.commons.io)
  W_JVM_ARGS=(-Dnet.bytebuddy.experimental=true)
}

workload_commons-collections4() {
  W_APPS=("$(app_entry collections-narrow io.github.sysimg.bench.collectionsnarrow.CollectionsNarrowApp "a HashBag of words and an ArrayListValuedHashMap by first letter")"
    "$(app_entry collections-broad io.github.sysimg.bench.collectionsbroad.CollectionsBroadApp "50,000 events grouped in multi-valued maps, a TreeBag sorted by a Swedish Collator, an LRUMap cache, a PatriciaTrie's prefix map, a BidiMap, CollectionUtils set operations, ListUtils.partition, iterators with an InvokerTransformer (reflection), month and day names in five locales")")
  commons_workload commons-collections4 commons-collections4 || return 1
  W_DESC="org.apache.commons:commons-collections4 $W_VERSION: its published tests jar with the test dependencies of its pom (bench/workloads/commons-collections4/pom.xml): 8,608 tests, most generated by its abstract collection and map test classes. Image class path: commons-collections4."
  W_SELECT=(org.apache.commons.collections4)
  W_INCLUDE=(org.apache.commons.collections4)
}

workload_commons-codec() {
  W_APPS=("$(app_entry codec-narrow io.github.sysimg.bench.codecnarrow.CodecNarrowApp "URL-safe Base64 both ways and DigestUtils.sha256Hex")"
    "$(app_entry codec-broad io.github.sysimg.bench.codecbroad.CodecBroadApp "2 MB hashed with MD5, SHA-1, SHA-2, SHA-3, HMAC, MurmurHash3 and XXHash32; streamed through Base64OutputStream; Base32, Hex, Md5Crypt, Sha512Crypt, URLCodec, QuotedPrintableCodec; names grouped by eight phonetic encoders created by class name (reflection) and Beider-Morse; numbers in five locales")")
  commons_workload commons-codec commons-codec || return 1
  W_DESC="commons-codec:commons-codec $W_VERSION: its published tests jar with the test dependencies of its pom (bench/workloads/commons-codec/pom.xml). Image class path: commons-codec."
  W_SELECT=(org.apache.commons.codec)
  W_INCLUDE=(org.apache.commons.codec)
  # Base64Test.testCodec265 and its kind encode 1 GB when 4 GB of heap are free (minutes); with less they skip.
  W_JVM_ARGS=(-Xmx2g)
}
# ------------------------------------------------------------------ applications
# An application workload is an app of ours with its own test suite (bench/applications/NAME): the tool runs the app's
# tests and builds the image for the app's class path (its jar and the runtime dependencies its manifest names, never
# the test-only jars), and the app itself is timed, started as its users start it (`java -jar`). Each application
# workload sets, beside W_DESC, W_TEST_CP, W_SELECT, W_EXCLUDE, W_JVM_ARGS, W_CONSOLE and W_TESTS_JAR as a library's:
# W_APP (name), W_APP_WHAT (what a timed run does), W_LIB_CP (the app jar: the image class path), W_LAUNCH (the java
# options and arguments after `java` that start it), W_APP_PREFIX (internal name prefix of the app's own classes) and
# W_DEPS_INCLUDE: the packages of every runtime dependency, which the second tool run includes (option set b).
# A server also sets W_SERVE_LAUNCH (its java options and arguments to serve, on the port W_SERVE_PORT, without exiting
# after its start) and W_SERVE_REQUESTS (the request mix, see Bench.java serve): its served requests are timed too.

# The test dependencies of an application's pom (cached per run) and the JUnit console launcher of their platform.
application_test_deps() { # pom-dir out-dir
  local pom=$1 dir=$2
  if [[ ! -s $dir/deps.txt ]] && ! mvn -B -q -f "$pom/pom.xml" dependency:build-classpath -DincludeScope=test \
      -Dmdep.outputFile="$dir/deps.txt" > "$dir/mvn-deps.log" 2>&1; then
    W_SKIP="could not resolve the test dependencies of $pom (see $dir/mvn-deps.log)"
    return 1
  fi
  local platform
  platform=$(tr ':' '\n' < "$dir/deps.txt" | sed -n 's/.*junit-platform-engine-\(.*\)\.jar$/\1/p' | head -1)
  [[ -n $platform ]] || { W_SKIP="no junit-platform-engine among the test dependencies of $pom"; return 1; }
  if [[ ! -f $dir/console/junit-platform-console-standalone-$platform.jar ]] && ! mvn -B -q -N -f "$BENCH/pom.xml" dependency:copy \
      -Dartifact="org.junit.platform:junit-platform-console-standalone:$platform" \
      -DoutputDirectory="$dir/console" > "$dir/mvn-console.log" 2>&1; then
    W_SKIP="could not fetch junit-platform-console-standalone $platform (see $dir/mvn-console.log)"
    return 1
  fi
  W_CONSOLE=$dir/console/junit-platform-console-standalone-$platform.jar
}

# The top-level packages of the classes of the jars in a folder (two name segments; three under com.sun), sorted:
# what --include-package must name for the dependencies' classes to go into the image.
dependency_packages() { # lib-dir
  local j
  for j in "$1"/*.jar; do
    unzip -Z1 "$j" '*.class' 2> /dev/null
  done | grep -v -e '^META-INF/' -e 'module-info\.class$' -e '^[^/]*$' \
    | awk -F/ '{ if (NF == 2) print $1; else if ($1 == "com" && $2 == "sun" && NF > 3) print $1 "." $2 "." $3; else print $1 "." $2 }' \
    | sort -u
}

workload_spring-app() {
  local src=$BENCH/applications/spring-app dir=$OUT/spring-app
  W_APP=spring-app
  W_APP_WHAT="starts to a refreshed context (-Dspring.context.exit=onRefresh) from Spring's extracted layout (java -Djarmode=tools -jar spring-app.jar extract, then java -jar spring-app.jar): Tomcat, Spring MVC, Spring Data JPA with Hibernate on H2, bean validation; log lines with digits masked so that every run prints the same"
  W_DESC="bench/applications/spring-app: a shop service of ours on Spring Boot 4.0.7 (REST controllers for products, customers and orders, a service layer, JPA entities on H2 seeded by data.sql, bean validation, problem details) with 52 tests: @SpringBootTest with MockMvc and on a random port with RestClient, @WebMvcTest with @MockitoBean, @DataJpaTest, Mockito unit tests, @ParameterizedTest. Image class path: the extracted spring-app.jar, whose manifest names its runtime jars (lib/)."
  if [[ ! -f $src/target/spring-app.jar || ! -d $src/target/test-classes ]]; then
    W_SKIP="spring-app is not built ($src/target/spring-app.jar or test-classes missing: mvn -f bench/pom.xml package -DskipTests)"
    return 1
  fi
  mkdir -p "$dir"
  if [[ ! -f $dir/ext/spring-app.jar ]]; then
    # A snapshot taken once per run, in the layout Spring documents for CDS and AOT caches.
    (cd "$dir" && "$HOST_JAVA" -Djarmode=tools -jar "$src/target/spring-app.jar" extract --destination ext) > "$dir/extract.log" 2>&1 \
      || { W_SKIP="spring-app could not be extracted (see $dir/extract.log)"; return 1; }
    cp -rp "$src/target/test-classes" "$dir/test-classes"
  fi
  application_test_deps "$src" "$dir" || return 1
  W_LIB_CP=$dir/ext/spring-app.jar
  W_TEST_CP=$dir/ext/spring-app.jar:$dir/test-classes:$(cat "$dir/deps.txt")
  W_TESTS_JAR=
  W_SELECT=(io.github.sysimg.bench.shop)
  W_EXCLUDE=
  W_JVM_ARGS=()
  W_APP_PREFIX=io/github/sysimg/bench/shop/
  W_LAUNCH=(-Dspring.context.exit=onRefresh "-Dlogging.pattern.console=%-5level %logger{36} : %replace(%msg){'[0-9]+','N'}%n"
    -jar "$dir/ext/spring-app.jar")
  W_SERVE_PORT=18931
  W_SERVE_REQUESTS=$src/bench/requests.txt
  W_SERVE_LAUNCH=("-Dserver.port=$W_SERVE_PORT" "-Dlogging.pattern.console=%-5level %logger{36} : %replace(%msg){'[0-9]+','N'}%n"
    -jar "$dir/ext/spring-app.jar")
  mapfile -t W_DEPS_INCLUDE < <(dependency_packages "$dir/ext/lib")
}

workload_cli-app() {
  local src=$BENCH/applications/cli-app dir=$OUT/cli-app
  W_APP=cli-app
  W_APP_WHAT="ledger summary of 1,500 transactions (bench/applications/cli-app/sample/ledger.csv) by month in US dollars as HTML: picocli, Commons CSV, Jackson (the bundled exchange rates), a Mustache template, currency formatting"
  W_DESC="bench/applications/cli-app: a ledger command-line tool of ours (picocli 4.7.7; Commons CSV, Jackson 2 with java.time, Mustache) with 26 tests: picocli commands run in-process, @TempDir, @ParameterizedTest with @CsvSource. Image class path: cli-app.jar, whose manifest names its runtime jars (lib/)."
  if [[ ! -f $src/target/cli-app.jar || ! -d $src/target/lib || ! -d $src/target/test-classes ]]; then
    W_SKIP="cli-app is not built ($src/target/cli-app.jar, lib/ or test-classes missing: mvn -f bench/pom.xml package -DskipTests)"
    return 1
  fi
  mkdir -p "$dir"
  if [[ ! -f $dir/app/cli-app.jar ]]; then
    mkdir -p "$dir/app"
    cp -p "$src/target/cli-app.jar" "$dir/app/" && cp -rp "$src/target/lib" "$dir/app/lib"
    cp -rp "$src/target/test-classes" "$dir/test-classes"
  fi
  application_test_deps "$src" "$dir" || return 1
  W_LIB_CP=$dir/app/cli-app.jar
  W_TEST_CP=$dir/app/cli-app.jar:$dir/test-classes:$(cat "$dir/deps.txt")
  W_TESTS_JAR=
  W_SELECT=(io.github.sysimg.bench.ledger)
  W_EXCLUDE=
  W_JVM_ARGS=()
  W_APP_PREFIX=io/github/sysimg/bench/ledger/
  W_LAUNCH=(-jar "$dir/app/cli-app.jar" summary "$src/sample/ledger.csv" --by month -f html --currency usd)
  mapfile -t W_DEPS_INCLUDE < <(dependency_packages "$dir/app/lib")
}

# One application on one JDK: its tests under the tool twice, (a) with the defaults (the selected package) and (b)
# with every runtime dependency's packages included, a plain JUnit run of the same tests, the oracle, and one timed
# group with the variants default, oracle, image (a) and image-deps (b).
prepare_application() { # workload jdk_home major
  local w=$1 home=$2 major=$3
  local dir=$OUT/$w-jdk$major
  W_SKIP= W_SERVE_LAUNCH=()
  "workload_$w"
  local app=$W_APP group=$W_APP-jdk$major
  local meta=$OUT/$group.properties
  GROUPS_LIST+=("$group")
  : > "$meta"
  prop "$meta" workload "$w"
  prop "$meta" app "$app"
  prop "$meta" kind application
  prop "$meta" jdk "$major"
  prop "$meta" app.description "$W_APP_WHAT"
  if [[ -n $W_SKIP ]]; then
    log "SKIPPED: $w on JDK $major: $W_SKIP"
    SKIPPED+=("$w-jdk$major: $W_SKIP")
    prop "$meta" status "skipped: $W_SKIP"
    return
  fi
  prop "$meta" description "$W_DESC"
  prop "$meta" deps.include "${W_DEPS_INCLUDE[*]}"
  local java=$home/bin/java ext=jsa oracle_train=(-XX:ArchiveClassesAtExit=oracle.jsa) oracle_use=(-XX:SharedArchiveFile=oracle.jsa)
  local oracle_file=oracle.jsa
  if (( major >= 24 )); then
    ext=aot; oracle_train=(-XX:AOTCacheOutput=oracle.aot); oracle_use=(-XX:AOTCache=oracle.aot); oracle_file=oracle.aot
  fi
  mkdir -p "$dir/work" "$dir/a/work" "$dir/a/image" "$dir/b/work" "$dir/b/image"

  log "$group: plain JUnit run, the tool with the defaults (a) and with the dependencies' packages included (b)"
  PLAIN_MS=(); PLAIN_TESTS=n/a
  plain_run "$dir" "$home" 1
  prop "$meta" plain.ms "$(join_by , "${PLAIN_MS[@]}")"
  prop "$meta" plain.tests "$PLAIN_TESTS"
  local option_set images=()
  for option_set in a b; do
    (( TOOL_MISSING )) && break
    TOOL_TESTS=n/a TOOL_TRAINING=n/a; TOOL_WALL=(); TOOL_EXIT=(); TOOL_WORKLOAD=(); TOOL_BUILD=()
    W_INCLUDE=()
    [[ $option_set == b ]] && W_INCLUDE=("${W_DEPS_INCLUDE[@]}")
    local image=$dir/$option_set/image/sysimg.$ext
    tool_run "$dir/$option_set" "$home" "$image" 1
    prop "$meta" "$option_set.tool.wall.ms" "$(join_by , "${TOOL_WALL[@]}")"
    prop "$meta" "$option_set.tool.exit" "$(join_by , "${TOOL_EXIT[@]}")"
    prop "$meta" "$option_set.tool.tests" "$TOOL_TESTS"
    prop "$meta" "$option_set.tool.training" "$TOOL_TRAINING"
    prop "$meta" "$option_set.tool.workload.ms" "$(join_by , "${TOOL_WORKLOAD[@]}")"
    prop "$meta" "$option_set.tool.build.ms" "$(join_by , "${TOOL_BUILD[@]}")"
    if [[ -f $image && -f $image.args ]]; then
      prop "$meta" "$option_set.image.bytes" "$(stat -c %s "$image")"
      images+=("$option_set")
    else
      log "  WARNING: the tool wrote no image (or no $image.args) for $group ($option_set)"
    fi
  done

  if ! (cd "$dir" && "$java" "${W_LAUNCH[@]}") > "$dir/app-default.out" 2> "$dir/app-default.err"; then
    log "SKIPPED: $group: the app fails with the default archive:"; tail -5 "$dir/app-default.err" >&2
    prop "$meta" status "skipped: the app fails (see $dir/app-default.err)"
    SKIPPED+=("$group: the app fails")
    return
  fi
  log "$group: oracle training run (${oracle_train[*]})"
  if ! (cd "$dir" && "$java" "${oracle_train[@]}" "${W_LAUNCH[@]}") > "$dir/oracle-train.out" 2> "$dir/oracle-train.err" \
      || [[ ! -f $dir/$oracle_file ]]; then
    log "  oracle training failed:"; tail -5 "$dir/oracle-train.err" >&2
    prop "$meta" status "skipped: the oracle training run failed (see $dir/oracle-train.err)"
    SKIPPED+=("$group: oracle training failed")
    return
  fi
  prop "$meta" oracle.bytes "$(stat -c %s "$dir/$oracle_file")"

  spec_line "$group" default "$dir" "$java" "${W_LAUNCH[@]}"
  spec_line "$group" oracle "$dir" "$java" "${oracle_use[@]}" "${W_LAUNCH[@]}"
  (cd "$dir" && "$java" -Xlog:class+load:file="$dir/classload-default.log" "${W_LAUNCH[@]}" > /dev/null 2>&1)
  (cd "$dir" && "$java" "${oracle_use[@]}" -Xlog:class+load:file="$dir/classload-oracle.log" "${W_LAUNCH[@]}" > /dev/null 2>&1)
  count_classes "$meta" default "$dir/classload-default.log"
  count_classes "$meta" oracle "$dir/classload-oracle.log"
  local variant
  for option_set in "${images[@]}"; do
    variant=image; [[ $option_set == b ]] && variant=image-deps
    local image=$dir/$option_set/image/sysimg.$ext
    spec_line "$group" "$variant" "$dir" "$java" "@$image.args" "${W_LAUNCH[@]}"
    (cd "$dir" && "$java" "@$image.args" -Xlog:class+load:file="$dir/classload-$variant.log" "${W_LAUNCH[@]}" > /dev/null 2>&1)
    count_classes "$meta" "$variant" "$dir/classload-$variant.log"
    application_shortfall "$meta" "$variant" "$dir"
  done
  (( ${#W_SERVE_LAUNCH[@]} > 0 && SERVE_ROUNDS > 0 )) && prepare_serve "$group" "$meta" "$dir" "$java" "$ext" "${oracle_use[*]}" "${images[@]}"
  prop "$meta" status ok
}

# The served runs of one group: two runs of the default variant first (Bench.java serve with 1 round: its warm-up and one
# timed run), which check that the server answers the mix as expected and tell how long a served run takes (the timed
# one: in the warm-up, the timer's own HTTP client is still cold); then one line per variant in the serve spec, with the
# start-up timing's archive options. The oracle is the one trained on the start.
prepare_serve() { # group meta dir java ext oracle-options option-sets...
  local group=$1 meta=$2 dir=$3 java=$4 ext=$5 oracle_opts=$6
  shift 6
  local probe=$dir/serve-check.tsv t0 t1 rc option_set variant
  : > "$probe"
  serve_line "$probe" "$group" default "$dir" "$java" "${W_SERVE_LAUNCH[@]}"
  log "$group: two served runs of the default variant (launch to the ${W_SERVE_REQUESTS#"$ROOT"/} mix's 1,000th answer)"
  t0=$(now_ms)
  "$HOST_JAVA" "$BENCH/tools/Bench.java" serve "$probe" 1 "$dir/serve-check-raw.tsv" > "$dir/serve-check.out" 2>&1
  rc=$?
  t1=$(now_ms)
  # exit 3: the warm-up run failed; a timed run that failed or got another status shows in the raw line
  if (( rc == 0 )) && ! awk -F'\t' 'NR == 2 && $6 == "0" && $7 == "ok" { ok = 1 } END { exit !ok }' "$dir/serve-check-raw.tsv"; then
    rc=4
  fi
  if (( rc != 0 )); then
    log "  the served run failed (exit $rc; see $dir/serve-check.out): no served runs for $group"; tail -5 "$dir/serve-check.out" >&2
    SKIPPED+=("$group served requests: the check run failed (see $dir/serve-check.out)")
    return
  fi
  # The timed run's own time (with the server's stop), from what Bench.java prints after each round; else half the call's.
  local round_ms
  round_ms=$(sed -n 's/^bench: serve round [01]\/1 done (\([0-9.]*\) s)$/\1/p' "$dir/serve-check.out" \
    | awk 'NR == 1 { a = $1 } NR == 2 { printf "%d", ($1 - a) * 1000 }')
  [[ -n $round_ms ]] && (( round_ms > 0 )) || round_ms=$(( (t1 - t0) / 2 ))
  log "  served run: $round_ms ms (the warm-up and the timed run: $((t1 - t0)) ms)"
  prop "$meta" serve.requests "${W_SERVE_REQUESTS#"$ROOT"/}"
  prop "$meta" serve.port "$W_SERVE_PORT"
  prop "$meta" serve.check.ms "$round_ms"
  local oracle=()
  read -r -a oracle <<< "$oracle_opts"
  serve_line "$SERVE_SPEC" "$group" default "$dir" "$java" "${W_SERVE_LAUNCH[@]}"
  serve_line "$SERVE_SPEC" "$group" oracle "$dir" "$java" "${oracle[@]}" "${W_SERVE_LAUNCH[@]}"
  for option_set in "$@"; do
    variant=image; [[ $option_set == b ]] && variant=image-deps
    serve_line "$SERVE_SPEC" "$group" "$variant" "$dir" "$java" "@$dir/$option_set/image/sysimg.$ext.args" "${W_SERVE_LAUNCH[@]}"
  done
  SERVE_RESERVE_MS=$(( SERVE_RESERVE_MS + round_ms * (2 + $#) * (SERVE_ROUNDS + 1) ))
}

# Where an image falls short of the oracle, from the class-loading logs: the classes the run with the image loaded
# from elsewhere than an archive, by origin (the app's own classes, the dependencies' jars, the runtime image, and
# classes generated at run time: CGLIB, Hibernate and JDK proxies, lambda forms), against the run with the oracle.
application_shortfall() { # meta variant dir
  local meta=$1 variant=$2 dir=$3 v log
  for v in "$variant" oracle; do
    log=$dir/classload-$v.log
    [[ -f $log ]] || continue
    awk -v app="${W_APP_PREFIX//\//.}" '
      / source: shared objects file/ { next }
      /\[class,load\]/ {
        name = $0; sub(/.*\[class,load\] /, "", name); src = name; sub(/ source: .*/, "", name); sub(/.* source: /, "", src)
        if (index(name, app) == 1 && name !~ /\$\$|\$Proxy|\$HibernateProxy/) k = "app"
        else if (name ~ /\$\$SpringCGLIB|\$\$Lambda|\$Proxy|\$HibernateProxy|ByteBuddy|LambdaForm|\$\$/ || src ~ /__JVM_|__dynamic_proxy__|instance of/) k = "generated"
        else if (src ~ /^jrt:/) k = "jdk"
        else k = "jars"
        n[k]++
      }
      END { printf "app=%d jars=%d jdk=%d generated=%d\n", n["app"], n["jars"], n["jdk"], n["generated"] }' "$log" \
      | { read -r line; prop "$meta" "notshared.$v" "$line"; }
  done
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
  printf '%s\n' "${args[@]}" > "$dir/tool-$round.args"
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
    # What the training replayed, and what it left out (tests that threw in the replay, heavy test classes).
    TOOL_TRAINING=$({ sed -n 's/^Training run: running the \([0-9]* of the [0-9]* tests\) that passed.*/selected \1;/p' "$dir/tool-$round.out"
                      sed -n 's/^Training run: \(left out .*\)/\1;/p' "$dir/tool-$round.out"
                      sed -n 's/^\[sysimg\] training: //p' "$dir/tool-$round.out" "$dir/tool-$round.err" | tail -1; } | paste -sd' ')
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
# The served runs' spec (Bench.java serve): group, variant, dir, port, requests file, argv.
SERVE_SPEC=$OUT/serve-spec.tsv
: > "$SERVE_SPEC"
SERVE_RESERVE_MS=0
serve_line() { # file group variant dir argv...
  local file=$1 IFS=$'\t'
  shift
  echo "$1"$'\t'"$2"$'\t'"$3"$'\t'"$W_SERVE_PORT"$'\t'"$W_SERVE_REQUESTS"$'\t'"${*:4}" >> "$file"
}

prepare() { # workload jdk_home major
  local w=$1 home=$2 major=$3
  local dir=$OUT/$w-jdk$major
  local lmeta=$OUT/$w-jdk$major.library.properties
  mkdir -p "$dir/work" "$dir/image" "$dir/scratch"
  : > "$lmeta"
  W_SKIP= W_APPS=()
  "workload_$w"
  local entry app
  if [[ -n $W_SKIP ]]; then
    log "SKIPPED: $w on JDK $major: $W_SKIP"
    SKIPPED+=("$w-jdk$major: $W_SKIP")
    for entry in "${W_APPS[@]}"; do
      app=${entry%%|*}
      GROUPS_LIST+=("$app-jdk$major")
      printf '' > "$OUT/$app-jdk$major.properties"
      prop "$OUT/$app-jdk$major.properties" workload "$w"
      prop "$OUT/$app-jdk$major.properties" app "$app"
      prop "$OUT/$app-jdk$major.properties" jdk "$major"
      prop "$OUT/$app-jdk$major.properties" status "skipped: $W_SKIP"
    done
    return
  fi
  prop "$lmeta" description "$W_DESC"
  local java=$home/bin/java
  local ext=jsa link=()
  (( major >= 24 )) && { ext=aot; link=(-XX:+AOTClassLinking); }
  local image=$dir/image/sysimg.$ext

  # Tests that read their source tree's files find them: src/test/resources/... in the working directory, which is
  # also on the class path right after the tests jar (a resource looked up as "/pkg//name" is found in a folder, not
  # in a jar), and the project's LICENSE.txt, NOTICE.txt and pom.xml, which the tests jar holds under META-INF.
  if [[ -n $W_TESTS_JAR ]]; then
    if [[ ! -d $dir/work/src/test/resources ]]; then
      mkdir -p "$dir/work/src/test/resources"
      (cd "$dir/work/src/test/resources" && unzip -q -o "$W_TESTS_JAR" -x '*.class' 'META-INF/*') \
        || log "  WARNING: could not unpack the resources of $W_TESTS_JAR"
      unzip -q -o -j "$W_TESTS_JAR" META-INF/LICENSE.txt META-INF/NOTICE.txt 'META-INF/maven/*/pom.xml' -d "$dir/work" 2> /dev/null
    fi
    W_TEST_CP=${W_TEST_CP/"$W_TESTS_JAR"/"$W_TESTS_JAR:$dir/work/src/test/resources"}
  fi

  # 1. The tool's run next to a plain JUnit run of the same tests, in alternating order.
  log "$w-jdk$major: $OVERHEAD_ROUNDS recorded/plain test-run pair(s)"
  PLAIN_MS=(); PLAIN_TESTS=n/a; TOOL_TESTS=n/a; TOOL_WALL=(); TOOL_EXIT=(); TOOL_WORKLOAD=(); TOOL_BUILD=()
  local r
  for ((r = 1; r <= OVERHEAD_ROUNDS; r++)); do
    local img=$image
    (( r > 1 )) && img=$dir/scratch/sysimg.$ext   # only the first run's image is benchmarked
    if (( r > 1 && $(date +%s) - START > BUDGET * 55 / 100 )); then
      log "  time budget: $(( $(date +%s) - START )) s of $BUDGET s used, no more test-run pairs for $w-jdk$major"
      break
    fi
    if (( TOOL_MISSING )); then
      plain_run "$dir" "$home" "$r"
    elif [[ $PLAIN == 0 || ($PLAIN == first && $major != "${JDK_LABELS[0]}") ]]; then
      tool_run "$dir" "$home" "$img" "$r"
    elif (( r % 2 == 1 )); then
      tool_run "$dir" "$home" "$img" "$r"; plain_run "$dir" "$home" "$r"
    else
      plain_run "$dir" "$home" "$r"; tool_run "$dir" "$home" "$img" "$r"
    fi
  done
  rm -rf "$dir/scratch"
  prop "$lmeta" plain.ms "$(join_by , "${PLAIN_MS[@]}")"
  prop "$lmeta" plain.tests "$PLAIN_TESTS"
  if (( ! TOOL_MISSING )); then
    prop "$lmeta" tool.wall.ms "$(join_by , "${TOOL_WALL[@]}")"
    prop "$lmeta" tool.exit "$(join_by , "${TOOL_EXIT[@]}")"
    prop "$lmeta" tool.tests "$TOOL_TESTS"
    prop "$lmeta" tool.workload.ms "$(join_by , "${TOOL_WORKLOAD[@]}")"
    prop "$lmeta" tool.build.ms "$(join_by , "${TOOL_BUILD[@]}")"
  fi
  if [[ -f $image && -f $image.args ]]; then
    prop "$lmeta" image.bytes "$(stat -c %s "$image")"
  elif (( ! TOOL_MISSING )); then
    log "  WARNING: the tool wrote no image (or no $image.args); no image for $w on JDK $major"
  fi

  # 2. The simple baseline: the JDK's default class list plus the library classes the tests loaded (the statements'
  # class lines), dumped as a static archive (AOT-linked on JDK 24+): no training, no JDK classes beyond the default
  # list, no lambdas. The tool's own `build --statements` adds the JDK classes and lambdas the library needs, so it is
  # not this baseline.
  local statements=$dir/image/statements.txt
  if [[ -f $statements ]] \
      && { grep -v -e '^#' -e '^[[:space:]]*$' "$home/lib/classlist"
           awk -F'\t' '/^class / { n = substr($1, 7); gsub(/\./, "/", n); print n }' "$statements"; } > "$dir/simple.classlist" \
      && (cd "$dir" && "$java" -Xshare:dump "${link[@]}" -XX:SharedClassListFile=simple.classlist -XX:SharedArchiveFile=simple.$ext \
          -cp "$W_LIB_CP") > "$dir/simple.out" 2> "$dir/simple.err" && [[ -f $dir/simple.$ext ]]; then
    prop "$lmeta" simple.bytes "$(stat -c %s "$dir/simple.$ext")"
    prop "$lmeta" simple.library.classes "$(grep -c '^class ' "$statements")"
  elif [[ -f $statements ]]; then
    log "  the simple baseline could not be made (see $dir/simple.err)"
  fi

  [[ ${BENCH_IMAGES_ONLY:-0} == 1 ]] && return
  for entry in "${W_APPS[@]}"; do
    prepare_app "$w" "$home" "$major" "$entry"
  done
}

prepare_app() { # workload jdk_home major app-entry
  local w=$1 home=$2 major=$3
  local app jar main prefix what
  IFS='|' read -r app jar main prefix what <<< "$4"
  local group=$app-jdk$major ldir=$OUT/$w-jdk$major adir=$OUT/$app-jdk$major
  local meta=$OUT/$group.properties
  mkdir -p "$adir"
  : > "$meta"
  GROUPS_LIST+=("$group")
  prop "$meta" workload "$w"
  prop "$meta" app "$app"
  prop "$meta" jdk "$major"
  prop "$meta" app.description "$what"
  cat "$OUT/$w-jdk$major.library.properties" >> "$meta"
  local run_cp=$W_LIB_CP
  [[ -n $jar ]] && run_cp=$W_LIB_CP:$jar
  local java=$home/bin/java
  local ext=jsa oracle_train=(-XX:ArchiveClassesAtExit=oracle.jsa) oracle_use=(-XX:SharedArchiveFile=oracle.jsa) oracle_file=oracle.jsa
  local use_option=-XX:SharedArchiveFile link=()
  if (( major >= 24 )); then
    ext=aot; oracle_train=(-XX:AOTCacheOutput=oracle.aot); oracle_use=(-XX:AOTCache=oracle.aot); oracle_file=oracle.aot
    use_option=-XX:AOTCache; link=(-XX:+AOTClassLinking)
  fi
  local image=$ldir/image/sysimg.$ext

  # The app must run and print something before anything else is worth measuring.
  if ! (cd "$adir" && "$java" -cp "$run_cp" "$main") > "$adir/app-default.out" 2> "$adir/app-default.err"; then
    log "SKIPPED: $group: the app fails with the default archive:"; tail -5 "$adir/app-default.err" >&2
    prop "$meta" status "skipped: the app fails (see $adir/app-default.err)"
    SKIPPED+=("$group: the app fails")
    return
  fi

  # The oracle: the JDK's own training run on the app.
  log "$group: oracle training run (${oracle_train[*]}), ceiling and trimmed images"
  if ! (cd "$adir" && "$java" "${oracle_train[@]}" -cp "$run_cp" "$main") > "$adir/oracle-train.out" 2> "$adir/oracle-train.err" \
      || [[ ! -f $adir/$oracle_file ]]; then
    log "  oracle training failed:"; tail -5 "$adir/oracle-train.err" >&2
    prop "$meta" status "skipped: the oracle training run failed (see $adir/oracle-train.err)"
    SKIPPED+=("$group: oracle training failed")
    return
  fi
  prop "$meta" oracle.bytes "$(stat -c %s "$adir/$oracle_file")"

  # The ceiling: an image of the tool's own kind (a static dump, AOT-linked on JDK 24+) from the app's own class
  # list less the app's classes and their lambdas: exactly the library and JDK classes the app loads. It is the most
  # that an image which never holds the app's own classes can hold, whatever tests it was made from.
  local ceiling=
  if (cd "$adir" && "$java" -XX:DumpLoadedClassList=app.classlist -cp "$run_cp" "$main") > "$adir/ceiling.out" 2> "$adir/ceiling.err" \
      && awk -v p="$prefix" '{ n = ($1 == "@lambda-proxy" || $1 == "@cp") ? $2 : $1; if (index(n, p) != 1) print }' \
          "$adir/app.classlist" > "$adir/ceiling.classlist" \
      && (cd "$adir" && "$java" -Xshare:dump "${link[@]}" -XX:SharedClassListFile=ceiling.classlist -XX:SharedArchiveFile=ceiling.$ext \
          -cp "$W_LIB_CP") >> "$adir/ceiling.out" 2>> "$adir/ceiling.err" && [[ -f $adir/ceiling.$ext ]]; then
    ceiling=$adir/ceiling.$ext
    prop "$meta" ceiling.bytes "$(stat -c %s "$ceiling")"
  else
    log "  the ceiling image could not be made (see $adir/ceiling.err)"
  fi

  local have_image=0
  [[ -f $image && -f $image.args ]] && have_image=1
  (cd "$adir" && "$java" -Xlog:class+load:file="$adir/classload-default.log" -cp "$run_cp" "$main" > /dev/null 2>&1)
  # The trimmed image: the tool's image dumped again from its own class list (the report's classlist.txt) less
  # the classes the app never loads (with the JDK's default archive). What it gains over the image is what the
  # classes that only the tests needed cost; what the ceiling gains over it is what the app's own use of the JDK
  # (classes no library test loads) is worth.
  local trimmed= classlist=$ldir/image/report/classlist.txt
  if (( have_image )) && [[ -f $classlist ]] \
      && sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: .*/\1/p' "$adir/classload-default.log" | tr . / > "$adir/app-loaded.txt" \
      && awk 'NR == FNR { loaded[$1] = 1; next } /^#/ { next } /^@lambda-form-invoker/ { print; next }
              { n = ($1 == "@lambda-proxy" || $1 == "@cp") ? $2 : $1; if (n in loaded) print }' \
          "$adir/app-loaded.txt" "$classlist" > "$adir/trimmed.classlist" \
      && (cd "$adir" && "$java" -Xshare:dump "${link[@]}" -XX:SharedClassListFile=trimmed.classlist -XX:SharedArchiveFile=trimmed.$ext \
          -cp "$W_LIB_CP") > "$adir/trimmed.out" 2> "$adir/trimmed.err" && [[ -f $adir/trimmed.$ext ]]; then
    trimmed=$adir/trimmed.$ext
    prop "$meta" trimmed.bytes "$(stat -c %s "$trimmed")"
  elif (( have_image )); then
    log "  the trimmed image could not be made (see $adir/trimmed.err)"
  fi
  local simple=
  [[ -f $ldir/simple.$ext ]] && simple=$ldir/simple.$ext
  spec_line "$group" default "$adir" "$java" -cp "$run_cp" "$main"
  spec_line "$group" oracle "$adir" "$java" "${oracle_use[@]}" -cp "$run_cp" "$main"
  [[ -n $ceiling ]] && spec_line "$group" ceiling "$adir" "$java" "$use_option=$ceiling" -cp "$run_cp" "$main"
  (( have_image )) && spec_line "$group" image "$adir" "$java" "@$image.args" -cp "$run_cp" "$main"
  [[ -n $trimmed ]] && spec_line "$group" trimmed "$adir" "$java" "$use_option=$trimmed" -cp "$run_cp" "$main"
  [[ -n $simple ]] && spec_line "$group" simple "$adir" "$java" "$use_option=$simple" -cp "$run_cp" "$main"
  (cd "$adir" && "$java" "${oracle_use[@]}" -Xlog:class+load:file="$adir/classload-oracle.log" -cp "$run_cp" "$main" > /dev/null 2>&1)
  count_classes "$meta" default "$adir/classload-default.log"
  count_classes "$meta" oracle "$adir/classload-oracle.log"
  if (( have_image )); then
    (cd "$adir" && "$java" "@$image.args" -Xlog:class+load:file="$adir/classload-image.log" -cp "$run_cp" "$main" > /dev/null 2>&1)
    count_classes "$meta" image "$adir/classload-image.log"
  fi
  if [[ -n $simple ]]; then
    (cd "$adir" && "$java" "$use_option=$simple" -Xlog:class+load:file="$adir/classload-simple.log" -cp "$run_cp" "$main" > /dev/null 2>&1)
    count_classes "$meta" simple "$adir/classload-simple.log"
  fi
  prop "$meta" status ok
}

ALL_WORKLOADS="commons-text commons-csv commons-io commons-collections4 commons-codec sample-suite spring-app cli-app"
APPLICATIONS=" spring-app cli-app "
for w in $WORKLOADS; do
  declare -F "workload_$w" > /dev/null || die "unknown workload '$w' (known: $ALL_WORKLOADS)"
done
log "mode $MODE: $ROUNDS rounds, $OVERHEAD_ROUNDS test-run pair(s); JDKs: ${JDK_LABELS[*]}; workloads: $WORKLOADS"
for w in $WORKLOADS; do
  for i in "${!JDK_HOMES[@]}"; do
    if [[ $APPLICATIONS == *" $w "* ]]; then
      prepare_application "$w" "${JDK_HOMES[$i]}" "${JDK_LABELS[$i]}"
    else
      prepare "$w" "${JDK_HOMES[$i]}" "${JDK_LABELS[$i]}"
    fi
  done
done
if [[ ${BENCH_IMAGES_ONLY:-0} == 1 ]]; then
  log "images only: done in $(( $(date +%s) - START )) s (in $OUT)"
  exit 0
fi
# ------------------------------------------------------------------ the interleaved timing run
# The served runs come after it, within the same budget: the start-up timing stops once it has left them what the
# check runs of prepare_serve say they need (it still does at least 5 rounds), and they stop at the budget's end.
if [[ -s $SPEC ]]; then
  time_deadline=$(( START + BUDGET - 20 ))
  if [[ -s $SERVE_SPEC ]]; then
    time_deadline=$(( time_deadline - SERVE_RESERVE_MS / 1000 ))
    log "timing: $ROUNDS rounds over $(wc -l < "$SPEC") commands, interleaved, leaving $(( SERVE_RESERVE_MS / 1000 )) s of the budget to the served runs"
  else
    log "timing: $ROUNDS rounds over $(wc -l < "$SPEC") commands, interleaved"
  fi
  "$HOST_JAVA" "$BENCH/tools/Bench.java" time "$SPEC" "$ROUNDS" "$OUT/raw-times.tsv" "$time_deadline" \
    || die "the timing run failed"
else
  log "nothing to time"
fi
if [[ -s $SERVE_SPEC ]]; then
  log "served requests: $SERVE_ROUNDS rounds over $(wc -l < "$SERVE_SPEC") servers, interleaved"
  "$HOST_JAVA" "$BENCH/tools/Bench.java" serve "$SERVE_SPEC" "$SERVE_ROUNDS" "$OUT/raw-serve.tsv" $(( START + BUDGET - 20 )) \
    || log "WARNING: the served runs reported a failure (exit $?; see above)"
fi

# ------------------------------------------------------------------ report
prop "$MACHINE" date "$(date -u '+%Y-%m-%d %H:%M UTC')"
prop "$MACHINE" nproc "$(nproc)"
prop "$MACHINE" memory "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
prop "$MACHINE" cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
prop "$MACHINE" load "$LOAD_START"
prop "$MACHINE" mode "$MODE"
prop "$MACHINE" rounds "$ROUNDS"
prop "$MACHINE" serveRounds "$SERVE_ROUNDS"
prop "$MACHINE" overheadRounds "$OVERHEAD_ROUNDS"
prop "$MACHINE" groups "${GROUPS_LIST[*]}"
prop "$MACHINE" skipped "$(join_by ';' "${SKIPPED[@]}" | sed 's/;/; /g')"
prop "$MACHINE" elapsed "$(( $(date +%s) - START ))"
# A run of the application workloads alone keeps the libraries' committed results as they are.
RESULTS_MD=RESULTS.md RESULTS_SVG=$BENCH/results.svg RESULTS_DIR=results
only_applications=1
for w in $WORKLOADS; do [[ $APPLICATIONS == *" $w "* ]] || only_applications=0; done
if (( only_applications )); then
  RESULTS_MD=RESULTS-applications.md RESULTS_SVG=$OUT/results.svg RESULTS_DIR=results-applications
fi
"$HOST_JAVA" "$BENCH/tools/Bench.java" report "$OUT" "$BENCH/$RESULTS_MD" "$RESULTS_SVG" || die "the report failed"
# The data every figure of the results comes from, kept beside them: per-round wall times and each group's properties.
rm -rf "${BENCH:?}/$RESULTS_DIR"; mkdir -p "$BENCH/$RESULTS_DIR"
cp "$OUT/raw-times.tsv" "$OUT/machine.properties" "$BENCH/$RESULTS_DIR/" 2>/dev/null
[[ -f $OUT/raw-serve.tsv ]] && cp "$OUT/raw-serve.tsv" "$BENCH/$RESULTS_DIR/"
for g in "${GROUPS_LIST[@]}"; do cp "$OUT/$g.properties" "$BENCH/$RESULTS_DIR/"; done
log "done in $(( $(date +%s) - START )) s: bench/$RESULTS_MD, $RESULTS_SVG, bench/$RESULTS_DIR/ (logs, images in bench/target/run/)"
(( TOOL_MISSING )) && exit 1
exit 0
