#!/usr/bin/env bash
# Renders every icon file from the one drawing, icons/exposure-check.svg:
#   icons/png/exposure-check-<size>.png   installers (Linux takes a PNG) and anyone who needs a PNG
#   icons/exposure-check.ico              Windows installer, launcher and file association
#   icons/exposure-check.icns             macOS app bundle and file association
#   src/main/resources/org/exposurecheck/ui/icon-<size>.png   the window icons (MainWindow)
#   icons/exposure-check.svg.sha256       which drawing these came from (IconFilesTest checks it)
# The outputs are committed, so building the app or an installer never needs these tools: run this
# only after changing the drawing, then commit what it wrote.
#
# Needs (Debian/Ubuntu): rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick), python3,
# sha256sum. rsvg-convert renders each size from the vector drawing, so a small size is drawn on its
# own pixel grid rather than scaled down from a large PNG.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert convert python3 sha256sum; do
  command -v "$tool" >/dev/null || { echo "icons/generate.sh needs $tool (see the comment at the top)" >&2; exit 1; }
done

source_svg=icons/exposure-check.svg
png_dir=icons/png
window_dir=src/main/resources/org/exposurecheck/ui
# In step with IconFilesTest, which checks every file, and MainWindow.WINDOW_ICON_SIZES.
png_sizes=(16 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128 256)    # what Windows asks for, up to its largest, 256
icns_sizes=(16 32 64 128 256 512 1024) # icns slots, with the @2x ones (icons/write_icns.py)

render() { rsvg-convert --width "$1" --height "$1" "$source_svg" --output "$2"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$png_dir"
rm -f "$png_dir"/exposure-check-*.png "$window_dir"/icon-*.png
for size in "${png_sizes[@]}"; do
  render "$size" "$png_dir/exposure-check-$size.png"
  cp "$png_dir/exposure-check-$size.png" "$window_dir/icon-$size.png"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$png_dir/exposure-check-$size.png"); done
convert "${ico_inputs[@]}" icons/exposure-check.ico

for size in "${icns_sizes[@]}"; do render "$size" "$scratch/$size.png"; done
python3 icons/write_icns.py icons/exposure-check.icns "$scratch"

(cd icons && sha256sum exposure-check.svg > exposure-check.svg.sha256)
echo "Wrote ${#png_sizes[@]} PNG sizes, exposure-check.ico and exposure-check.icns from $source_svg"
