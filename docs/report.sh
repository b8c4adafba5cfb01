#!/usr/bin/env bash
# Regenerates docs/report.png, the README's picture of the report: runs ReportIT's browser test, which renders the
# report of the bundled sample-suite in headless Chromium and writes its screenshot under launcher/target/, and
# copies that screenshot here. The tests themselves never write outside target/.
# Needs /usr/bin/chromium (apt-get install chromium); does not install anything into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
screenshot=launcher/target/report-screenshot.png
rm -f "$screenshot"
# CI=true: a missing browser fails the test instead of skipping it.
CI=true mvn -B -q -Dstyle.color=never verify -pl launcher -am \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='ReportIT#aHeadlessBrowserRendersTheNumbersAndTakesTheScreenshot' -Dfailsafe.failIfNoSpecifiedTests=false
cp "$screenshot" docs/report.png
echo "docs/report.png: $(wc -c < docs/report.png) bytes, from $screenshot"
