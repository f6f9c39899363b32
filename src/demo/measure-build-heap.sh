#!/usr/bin/env bash
# Measures the pack builder's heap on generated JSONL of RECORDS records (default 1,000,000) with a small
# -Xmx and a cheap KDF (the policy scaled by the same factor, so the same token types ship), and prints
# the largest heap in use after a collection (the live set) and before one. Fictional data only.
# Run from the project root after `mvn -q -DskipTests package`. Needs a few GB of disk and, for the
# generator (which holds the dataset in memory), a large -Xmx of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
records=${1:-1000000}
heap=${2:-256m}
jar=target/exposure-check.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -Xmx14g -jar "$jar" demo generate --records "$records" --personas 100 --formats jsonl --out "$work/data" >/dev/null
java -jar "$jar" keygen --out "$work/keys" >/dev/null
# 8 KiB × 1 pass against the reference 64 MiB × 3: the 10 GPU-year policy scales by the same factor.
policy=$(awk 'BEGIN { printf "%.10f", 10 * 8 / (65536 * 3) }')
start=$(date +%s)
java "-Xmx$heap" "-Xlog:gc:file=$work/gc.log" -jar "$jar" pack build --input "$work/data/records.jsonl" --format jsonl \
  --title "Scale test (fictional)" --signing-key "$work/keys/publisher.key" --out "$work/scale.ecpack" \
  --kdf-memory 8 --kdf-iterations 1 --min-gpu-years "$policy" | grep -E "^Records read|^Wrote"
echo "seconds: $(( $(date +%s) - start ))"
# G1 lines read "... Pause Young (Normal) (G1 Evacuation Pause) 120M->38M(256M) 3.210ms".
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | awk -F'[M>(-]+' '
  { if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > committed) committed = $3; n++ }
  END { printf "GC pauses: %d; max heap before GC: %d MB; max live after GC: %d MB; max committed: %d MB\n", n, before, after, committed }'
