#!/usr/bin/env bash
# Installs target/dist/exposure-check_*.deb on this machine and checks it as a user would meet it,
# then removes it again:
#   - the command line through the installed launcher (exposure-check --version, a check that uses
#     the bundled demo pack);
#   - the window under a virtual X server: the time until it appears, against `java -jar` on the
#     same jar (median of RUNS starts each, after one unmeasured start each), and a screenshot;
#   - where a desktop menu exists: the menu entry, and that opening a .ecpack file (as a file
#     manager does, through gio) starts the app on its import dialog;
#   - that `apt-get remove --purge` leaves no file behind under /opt, /usr, /etc or /var/lib.
# Usage, as root on Debian or Ubuntu after installer/build-linux.sh deb:
#   installer/test-linux-package.sh [RUNS] [SCREENSHOT.png]      (defaults: 5, no screenshot)
# Needs: xvfb, x11-utils (xwininfo), imagemagick (import) for the screenshot, libglib2.0-bin (gio)
# for the file association. No window manager: under Openbox, JavaFX 21 opens this window at
# 200 x 200 pixels on Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
screenshot=${2:-}
deb=$(ls target/dist/exposure-check_*_amd64.deb)
jar=target/exposure-check.jar
title="Exposure Check"

# Refuse before installing anything: a run that stops half-way must not leave the package behind.
for tool in Xvfb xwininfo; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install xvfb x11-utils" >&2; exit 1; }
done
if [ -n "$screenshot" ] && ! command -v import >/dev/null; then
  echo "a screenshot needs import: apt-get install imagemagick" >&2
  exit 1
fi
if dpkg-query -W -f='${Status}' exposure-check 2>/dev/null | grep -q "install ok installed"; then
  echo "exposure-check is already installed: apt-get remove --purge exposure-check first, or what the package leaves behind cannot be told apart" >&2
  exit 1
fi

scratch=$(mktemp -d)
installed_here=false
clean_up() {
  stop_x
  if $installed_here; then
    echo "stopped before the end: removing the package again" >&2
    apt-get remove -y -q --purge exposure-check >/dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
}
trap clean_up EXIT

system_files() {
  find /opt /usr /etc /var/lib -xdev \( -path /var/lib/apt/lists -o -path /var/lib/dpkg \) -prune -o -print | sort
}

window_present() { xwininfo -root -tree 2>/dev/null | grep -q "\"$1\""; }

# Seconds from the start of "$@" until a window titled $title is mapped; then ends the process.
seconds_to_window() {
  local start pid elapsed
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until window_present "$title"; do
    kill -0 "$pid" 2>/dev/null || { echo "$* exited before its window appeared" >&2; return 1; }
    sleep 0.02
  done
  elapsed=$(( $(date +%s%N) - start ))
  kill "$pid" && wait "$pid" 2>/dev/null || true
  while window_present "$title"; do sleep 0.05; done
  awk -v ns="$elapsed" 'BEGIN { printf "%.2f\n", ns / 1e9 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

x_pid=""
start_x() {
  Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
  x_pid=$!
  export DISPLAY=:77
  until xwininfo -root >/dev/null 2>&1; do sleep 0.1; done
}
stop_x() { [ -z "$x_pid" ] || kill "$x_pid" 2>/dev/null || true; }

system_files > "$scratch/before"
echo "== install $deb ($(du -h "$deb" | cut -f1))"
apt-get install -y -q --no-install-recommends "./$deb" >/dev/null
installed_here=true

echo "== command line"
exposure-check --version
# The first persona the demo's truth file calls exposed, without its photo (a path beside the bundled file).
exposed=$(grep -m1 '"kind":"exposed"' src/main/resources/org/exposurecheck/demo/demo-truth.jsonl | sed 's/.*"label":"\([^"]*\)".*/\1/')
grep -m1 "\"label\":\"$exposed\"" src/main/resources/org/exposurecheck/demo/demo-personas.jsonl \
  | sed 's/,{"type":"photo","value":"[^"]*"}//g' > "$scratch/profile.json"
exposure-check check --profile "$scratch/profile.json" --json > "$scratch/check.json" 2>/dev/null
grep -q '"exposed":true' "$scratch/check.json"
echo "check --profile (a demo persona) --json: exposed, as the demo pack says"

start_x
echo "== window: seconds until it appears ($runs starts each, medians)"
seconds_to_window exposure-check >/dev/null
seconds_to_window java -jar "$jar" >/dev/null
for _ in $(seq "$runs"); do seconds_to_window exposure-check; done > "$scratch/installed"
for _ in $(seq "$runs"); do seconds_to_window java -jar "$jar"; done > "$scratch/jar"
echo "installed launcher: $(median < "$scratch/installed") s   ($(tr '\n' ' ' < "$scratch/installed"))"
echo "java -jar:          $(median < "$scratch/jar") s   ($(tr '\n' ' ' < "$scratch/jar"))"

if [ -n "$screenshot" ]; then
  exposure-check >/dev/null 2>&1 &
  app=$!
  until window_present "$title"; do sleep 0.1; done
  sleep 3 # let the first frame render
  import -window root "$screenshot"
  kill "$app" && wait "$app" 2>/dev/null || true
  echo "screenshot: $screenshot"
fi

entry=/usr/share/applications/exposure-check-exposure-check.desktop
if [ -f "$entry" ]; then
  echo "== desktop: menu entry $entry; opening a pack file"
  cp src/main/resources/org/exposurecheck/demo/demo.ecpack "$scratch/sample.ecpack"
  XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$scratch/sample.ecpack"
  gio open "$scratch/sample.ecpack" >/dev/null 2>&1 </dev/null
  # gio returns at once; the app then starts and checks the pack's signature before it asks.
  for _ in $(seq 300); do window_present "Install this dataset?" && break; sleep 0.1; done
  window_present "Install this dataset?" || { echo "opening a .ecpack did not start the import" >&2; exit 1; }
  echo "gio open sample.ecpack: the app shows its import dialog"
  app=$(pgrep -f "^/opt/exposure-check/bin/exposure-check $scratch/sample.ecpack")
  kill "$app"
else
  echo "== no desktop menu on this machine: installed without menu entry (as postinst intends)"
fi
stop_x

echo "== remove"
apt-get remove -y -q --purge exposure-check >/dev/null
installed_here=false
system_files > "$scratch/after"
if diff "$scratch/before" "$scratch/after"; then
  echo "apt-get remove --purge left nothing behind under /opt, /usr, /etc and /var/lib"
else
  echo "the lines above are files the package left behind" >&2
  exit 1
fi
