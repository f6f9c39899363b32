#!/usr/bin/env bash
# Retakes the README screenshots (welcome, form, results; English and Traditional Chinese; light and
# dark; a dataset with online lookups — its consent and a result naming what was not looked up — in all
# three languages; and the vault — unlock, what is new, the checklist — in all three, light and dark) by driving
# the real window headless through ScreenshotTourTest. Chinese needs a TrueType CJK
# font (Debian: fonts-wqy-microhei), or it renders as empty boxes.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test -Dtest=ScreenshotTourTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$PWD/docs/screenshots"
ls docs/screenshots/*.png
