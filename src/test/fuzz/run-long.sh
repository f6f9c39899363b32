#!/usr/bin/env bash
# The long fuzzing run (docs/fuzzing.md): each Jazzer harness in turn, one at a time, until it has tried RUNS
# inputs (default 100000), at -Xmx256m. Prints inputs and seconds per harness; a finding is saved beside the
# harness's seeds (src/test/resources/.../<Harness>Inputs/<method>/crash-…) and marks the run failed.
#   src/test/fuzz/run-long.sh                      every harness
#   RUNS=1000000 src/test/fuzz/run-long.sh PackFileFuzzTest CsvSourceFuzzTest
set -uo pipefail
cd "$(dirname "$0")/../../.."

RUNS=${RUNS:-100000}
if [ $# -gt 0 ]; then
  harnesses=("$@")
else
  harnesses=(NormaliserFuzzTest CatalogueFileFuzzTest PackFileFuzzTest ProfileFilesFuzzTest JsonlSourceFuzzTest
             CsvSourceFuzzTest TelegramExportFuzzTest HtmlFolderFuzzTest WarcSourceFuzzTest PhotoHasherFuzzTest)
fi
logs=target/fuzz-long
mkdir -p "$logs"
mvn -B -q test-compile || exit 1

failed=0
printf '%-24s %12s %10s  %s\n' harness inputs seconds result
for harness in "${harnesses[@]}"; do
  log="$logs/$harness.log"
  started=$(date +%s)
  if mvn -B -Pfuzz surefire:test@fuzz-harnesses -Dtest="$harness" -Dfuzz.runs="$RUNS" -Dfuzz.seconds=0 >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log)"
    failed=1
  fi
  inputs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  printf '%-24s %12s %10s  %s\n' "$harness" "${inputs:-?}" "$(($(date +%s) - started))" "$result"
done
exit $failed
