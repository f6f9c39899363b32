#!/usr/bin/env bash
# Retakes the README screenshots (welcome, form, results; English and Traditional Chinese; light and
# dark) and those of the vault (unlock, what is new, the checklist; English, Traditional and Simplified
# Chinese; light and dark) by driving the real window headless through ScreenshotTourTest. Chinese needs a TrueType CJK
# font (Debian: fonts-wqy-microhei), or it renders as empty boxes.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test -Dtest=ScreenshotTourTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$PWD/docs/screenshots"
ls docs/screenshots/*.png
