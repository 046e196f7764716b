#!/usr/bin/env bash
# `npm run validate`, which CI runs (.ci/run): every check in order, stopping at the first failure,
# each step timed; the last lines say which step failed (a long log's excerpt shows them).
# The steps and why they are in this order: docs/development.md.
set -uo pipefail
cd "$(dirname "$0")/.."

PG_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
STEPS=(
  "lint|npm run lint"
  "typecheck|npm run typecheck -- --force"
  "cycles|npm run cycles"
  "openapi lint|npm run lint:openapi"
  "deploy checks|npm run check:deploy"
  "npm test on embedded PGlite|env -u TEST_DATABASE_URL npm test"
  "npm test on the Postgres server|TEST_DATABASE_URL=$PG_URL npm test -- --project server"
  "fault run|npm run faults"
  "cluster run|npm run test:cluster"
  "assistant eval|npm run eval"
  "browser suite|npm run test:e2e"
  "smoke check|bash scripts/smoke.sh"
)

summary=()
began=$SECONDS
for entry in "${STEPS[@]}"; do
  name="${entry%%|*}"
  command="${entry#*|}"
  printf '\n==> validate: %s (%s)\n' "$name" "$command"
  started=$SECONDS
  bash -c "$command"
  code=$?
  took=$((SECONDS - started))
  summary+=("$(printf '%-32s %4ss  %s' "$name" "$took" "$([ "$code" = 0 ] && echo ok || echo "FAILED (exit $code)")")")
  if [ "$code" != 0 ]; then
    printf '\nvalidate: steps run\n'
    printf '  %s\n' "${summary[@]}"
    printf '\nvalidate FAILED at step "%s" (exit %s) after %ss in all\n' "$name" "$code" "$((SECONDS - began))"
    exit "$code"
  fi
done
printf '\nvalidate: steps run\n'
printf '  %s\n' "${summary[@]}"
printf '\nvalidate passed in %ss\n' "$((SECONDS - began))"
