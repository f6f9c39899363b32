#!/usr/bin/env bash
# Builds the Windows installer into target/dist/: exposure-check-<version>-x64.msi.
# Run on Windows in Git Bash (as .github/workflows/release.yml does).
#
# It installs per user, into %LOCALAPPDATA%\Exposure Check, so it needs no administrator rights
# (many NGO laptops withhold them); the user picks the folder and whether to add the Start menu and
# desktop shortcuts (some would rather have no icon on the desktop). A .ecpack file opens the app
# on its import screen (installer/windows/ecpack.properties). The upgrade code is fixed so that a
# newer .msi replaces an installed version: never change it.
#
# The launcher is a window application without a console, so the command line is for the portable
# jar (README). A console launcher would need jpackage's --add-launcher, which in JDK 17 also gives
# it its own Start menu and desktop shortcuts; JDK 18 made those optional.
#
# Needs, besides what installer/common.sh lists: WiX Toolset 3 (candle.exe, light.exe) on the PATH
# or in its default folder; JDK 17's jpackage does not work with WiX 4 or later.
source "$(dirname "$0")/common.sh"

stage_app
build_runtime
jpackage_common_options

jpackage --type msi "${jpackage_common[@]}" \
  --name "Exposure Check" \
  --icon icons/exposure-check.ico \
  --file-associations installer/windows/ecpack.properties \
  --win-per-user-install \
  --win-dir-chooser \
  --win-menu --win-menu-group "Exposure Check" \
  --win-shortcut --win-shortcut-prompt \
  --win-upgrade-uuid c5d31719-957c-47fc-9a3a-f72c1b5a24a5

# jpackage names it "Exposure Check-<version>.msi"; a name without spaces survives downloads.
mv "$dist/Exposure Check-$app_version.msi" "$dist/exposure-check-$app_version-x64.msi"
ls -l "$dist"
