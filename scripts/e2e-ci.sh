#!/usr/bin/env bash
# The browser suite as CI runs it (scripts/validate.sh): the whole suite, on the web app `npm install`
# built. Files that fail run once more, by themselves, and that run counts for them: a file that
# fails twice fails the step. (A browser's waits can run out on a busy shared machine; a second run
# of one file costs seconds where a second run of the suite cost about four minutes.)
set -uo pipefail
cd "$(dirname "$0")/.."

report="$(mktemp)"
trap 'rm -f "$report"' EXIT

npx vitest run --config test/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$report"
code=$?
[ "$code" = 0 ] && exit 0

mapfile -t failed < <(node -e '
  const fs = require("node:fs");
  let report;
  try { report = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { process.exit(0); }
  for (const file of report.testResults ?? []) if (file.status === "failed") console.log(file.name);
' "$report")

if [ "${#failed[@]}" = 0 ]; then
  echo "browser suite: failed (exit $code) with no failed file in its report: not run again" >&2
  exit "$code"
fi
if [ "${#failed[@]}" -gt 3 ]; then
  echo "browser suite: ${#failed[@]} files failed: not run again" >&2
  exit "$code"
fi
printf '\n==> browser suite: failed once, run again by themselves:\n'
printf '  %s\n' "${failed[@]}"
npx vitest run --config test/e2e/vitest.config.ts "${failed[@]}"
