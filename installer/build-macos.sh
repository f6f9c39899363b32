#!/usr/bin/env bash
# Builds the macOS installer into target/dist/: exposure-check-<version>-<arm64|x86_64>.dmg, for
# the processor of the Mac it runs on (the JavaFX jars Maven resolves are for that processor).
#
# The disk image holds "Exposure Check.app" to drag into Applications. The app is not signed or
# notarised (that needs an Apple Developer ID): macOS then asks, the first time, to open it with
# right-click > Open (README). Opening a .ecpack file starts the app; macOS hands the file over as
# an "open document" event rather than as an argument, which the app does not yet take, so the
# import is then started from the Datasets screen.
#
# macOS accepts only versions whose first number is at least 1 (CFBundleVersion): 0.x versions
# cannot be packaged for it.
source "$(dirname "$0")/common.sh"

stage_app
if [ "${app_version%%.*}" -lt 1 ]; then
  echo "macOS app versions must start at 1 (CFBundleVersion); this is $app_version" >&2
  exit 1
fi
build_runtime
jpackage_common_options

jpackage --type dmg "${jpackage_common[@]}" \
  --name "Exposure Check" \
  --icon icons/exposure-check.icns \
  --file-associations installer/macos/ecpack.properties \
  --mac-package-identifier org.exposurecheck.app \
  --mac-package-name "Exposure Check" \
  --mac-app-category utilities

mv "$dist/Exposure Check-$app_version.dmg" "$dist/exposure-check-$app_version-$(uname -m).dmg"
ls -l "$dist"
