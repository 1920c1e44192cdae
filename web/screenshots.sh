#!/usr/bin/env bash
# Regenerates the page's screenshots in docs/images/serve-*.png: the browser tests
# (AgreementPageBrowserTest) drive the real page in headless Chromium and, asked with
# -Dpraksis.regenerate=true, save what the window shows at each step. Needs Debian's chromium and
# chromium-driver (apt-get install chromium chromium-driver), as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl web -am test -Dtest=AgreementPageBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpraksis.fuzz.skip=true -Dpraksis.regenerate=true
ls -1 docs/images/serve-*.png
