#!/usr/bin/env bash
# Builds the Linux installers into target/dist/:
#   exposure-check_<version>-1_amd64.deb      Debian, Ubuntu and their derivatives
#   exposure-check-<version>-1.x86_64.rpm     Fedora and other RPM systems
# Usage: installer/build-linux.sh [deb] [rpm]
# With no argument it builds each package whose tools are installed and says in one sentence what it
# skipped; a package named on the command line must be built, or the script stops.
#
# Both install the app into /opt/exposure-check with its own Java runtime, a menu entry and the
# .ecpack file association (installer/linux/). The launcher, /opt/exposure-check/bin/exposure-check,
# opens the app with no arguments or a pack file, and runs the command line with anything else.
#
# Needs, besides what installer/common.sh lists: fakeroot and dpkg-dev (.deb), rpm (.rpm, for
# rpmbuild), and xvfb (xvfb-run) plus libgtk-3-0 for the runtime's start-up class archive, made by one
# start of the app (without them the packages are built without the archive, and the script says so).
# jpackage names the packages that provide the runtime's shared libraries as the build machine calls
# them, so build on the oldest distribution you support: a .deb built on Ubuntu 24.04 would depend on
# its libasound2t64, which Debian 12 and Ubuntu 22.04 do not have.
source "$(dirname "$0")/common.sh"

deb_tools="a .deb needs fakeroot and dpkg-dev: apt-get install fakeroot dpkg-dev"
rpm_tools="an .rpm needs rpmbuild: apt-get install rpm"
has_tools() {
  case "$1" in
    deb) command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null ;;
    rpm) command -v rpmbuild >/dev/null ;;
  esac
}

types=()
skipped=()
if [ $# -gt 0 ]; then
  for type in "$@"; do
    case "$type" in
      deb | rpm) has_tools "$type" || { tools=${type}_tools; echo "${!tools}" >&2; exit 1; }
                 types+=("$type") ;;
      *) echo "usage: installer/build-linux.sh [deb] [rpm]" >&2; exit 2 ;;
    esac
  done
else
  for type in deb rpm; do
    if has_tools "$type"; then
      types+=("$type")
    else
      tools=${type}_tools
      skipped+=("the .$type, since ${!tools}")
    fi
  done
  [ ${#types[@]} -gt 0 ] || { echo "Nothing to build: $deb_tools; $rpm_tools." >&2; exit 1; }
fi

stage_app
build_runtime start-archive
add_start_archive
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
for what in "${skipped[@]}"; do
  echo "Skipped $what." >&2
done
