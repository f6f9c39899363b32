#!/usr/bin/env bash
# Measures the pack builder's heap on RECORDS fictional records (default 1,000,000) under a small -Xmx
# (default 256m) with a cheap KDF (the policy scaled by the same factor, so the same token types ship).
# Every 15 s it asks the JVM for a class histogram, which collects garbage first, so its total is the
# live heap at that moment; it prints the largest, with wall time and the process's peak RSS.
# Run from the project root after `mvn -q -DskipTests package`. Needs python3 and a few GB of disk.
set -euo pipefail
cd "$(dirname "$0")/../.."
records=${1:-1000000}
heap=${2:-256m}
jar=$PWD/target/exposure-check.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 src/demo/scale-records.py "$records" > "$work/records.jsonl"
java -jar "$jar" keygen --out "$work/keys" >/dev/null
# 8 KiB × 1 pass against the reference 64 MiB × 3: the 10 GPU-year policy scales by the same factor.
policy=$(awk 'BEGIN { printf "%.10f", 10 * 8 / (65536 * 3) }')
start=$(date +%s)
/usr/bin/time -f "peak RSS: %M KB" -o "$work/time.txt" java "-Xmx$heap" -jar "$jar" pack build --input "$work/records.jsonl" \
  --format jsonl --title "Scale test (fictional)" --signing-key "$work/keys/publisher.key" --out "$work/scale.ecpack" \
  --kdf-memory 8 --kdf-iterations 1 --min-gpu-years "$policy" > "$work/build.txt" &
timer=$!
: > "$work/live.txt"
sleep 5
# The JVM is the child of /usr/bin/time.
while kill -0 "$timer" 2>/dev/null; do
  pid=$(pgrep -P "$timer" java || true)
  [ -n "$pid" ] && { jcmd "$pid" GC.class_histogram 2>/dev/null | awk '/^Total/ { print $3 }' >> "$work/live.txt" || true; }
  sleep 15
done
wait "$timer"
grep -E "^Records read|^Wrote" "$work/build.txt"
echo "seconds: $(( $(date +%s) - start ))"
cat "$work/time.txt"
sort -n "$work/live.txt" | awk '{ n++; max = $1 } END { printf "live heap samples: %d; largest: %.1f MB\n", n, max / 1048576 }'
