#!/usr/bin/env bash
# Builds the Linux installers into target/dist/:
#   exposure-check_<version>-1_amd64.deb      Debian, Ubuntu and their derivatives
#   exposure-check-<version>-1.x86_64.rpm     Fedora and other RPM systems
# Usage: installer/build-linux.sh [deb] [rpm]      (both when none is named)
#
# Both install the app into /opt/exposure-check with its own Java runtime, a menu entry and the
# .ecpack file association (installer/linux/). The launcher, /opt/exposure-check/bin/exposure-check,
# opens the app with no arguments or a pack file, and runs the command line with anything else.
#
# Needs, besides what installer/common.sh lists: fakeroot and dpkg-dev (.deb), rpm (.rpm, for
# rpmbuild). jpackage names the packages that provide the runtime's shared libraries as the build
# machine calls them, so build on the oldest distribution you support: a .deb built on Ubuntu 24.04
# would depend on its libasound2t64, which Debian 12 and Ubuntu 22.04 do not have.
source "$(dirname "$0")/common.sh"

types=("$@")
[ ${#types[@]} -gt 0 ] || types=(deb rpm)
for type in "${types[@]}"; do
  case "$type" in
    deb) command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
           || { echo "a .deb needs fakeroot and dpkg-dev: apt-get install fakeroot dpkg-dev" >&2; exit 1; } ;;
    rpm) command -v rpmbuild >/dev/null || { echo "an .rpm needs rpmbuild: apt-get install rpm" >&2; exit 1; } ;;
    *) echo "usage: installer/build-linux.sh [deb] [rpm]" >&2; exit 2 ;;
  esac
done

stage_app
build_runtime
jpackage_common_options

# installer/linux/exposure-check.desktop replaces jpackage's menu entry: it names the app
# "Exposure Check" rather than the launcher's file name, and passes an opened pack file (%f).
linux_options=(
  --name exposure-check
  --icon icons/png/exposure-check-256.png
  --resource-dir installer/linux
  --file-associations installer/linux/ecpack.properties
  --linux-package-name exposure-check
  --linux-shortcut
)
# jpackage adds the packages of the libraries the runtime links. GTK 3 is named as well because
# JavaFX loads it at run time, and a TrueType CJK font because JavaFX on Linux draws Chinese only
# with TrueType fonts (with the CFF Noto CJK fonts it shows empty boxes).
for type in "${types[@]}"; do
  case "$type" in
    deb) jpackage --type deb "${jpackage_common[@]}" "${linux_options[@]}" \
           --linux-app-category utils \
           --linux-package-deps "libgtk-3-0, fonts-wqy-microhei | fonts-wqy-zenhei" ;;
    rpm) jpackage --type rpm "${jpackage_common[@]}" "${linux_options[@]}" \
           --linux-app-category Applications/Productivity \
           --linux-package-deps "gtk3, wqy-microhei-fonts" ;;
  esac
done
ls -l "$dist"
