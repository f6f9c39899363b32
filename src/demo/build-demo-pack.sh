#!/usr/bin/env bash
# Rebuilds the bundled demo pack from the project's own generator: fictional people only.
# The demo key here is public on purpose (docs/decisions/0004-demo-key.md): the app trusts it only
# for packs marked --demo. Run from the project root after `mvn -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/exposure-check.jar
out=src/main/resources/org/exposurecheck/demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Asking for a format with photos (telegram) makes the generator draw faces: records.jsonl then names the
# leak's headshots, and personas.jsonl each persona's own copy under faces/. The pack is built from
# records.jsonl, so its records are the same as without photos, plus the photos' hashes.
java -jar "$jar" demo generate --records 240 --personas 24 --seed 2019 --formats jsonl,telegram --out "$work/data"
# The sequence must grow with every rebuild: an installed demo pack refuses an older one as a rollback.
# --photos: the demo shows the photo check, so its pack carries the (fictional) headshots' hashes.
java -jar "$jar" pack build --demo --photos --input "$work/data/records.jsonl" --format jsonl \
  --id demo-hkleaks --title "Demo leak site (fictional people)" --source "demo mirror" \
  --sequence 4 --expires-days 36500 --signing-key src/demo/demo-publisher.key --out "$out/demo.ecpack"
cp src/demo/demo-publisher.pub "$out/demo-publisher.pub"
cp "$work/data/personas.jsonl" "$out/demo-personas.jsonl"
cp "$work/data/truth.jsonl" "$out/demo-truth.jsonl"
# Only the personas' own copies, which personas.jsonl names; the leak's headshots stay out of the app.
rm -rf "$out/faces"
mkdir "$out/faces"
cp "$work/data/faces/"*.jpg "$out/faces/"
