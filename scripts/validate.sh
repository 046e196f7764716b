#!/usr/bin/env bash
# `npm run validate`, which CI runs (.ci/run): every check, each step timed, stopping after the first
# stage with a failure; the last lines say which step failed (a long log's excerpt shows them).
# Steps of one stage run side by side (their output is held and printed whole, in order, when the
# stage ends); stages run one after another. What runs beside what, and why: docs/development.md.
set -uo pipefail
cd "$(dirname "$0")/.."

PG_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
# stage|name|command. A stage's steps must not disturb each other. The two test passes run one after
# the other: side by side on two cores they took twice as long in all (docs/development.md). The fault
# run restarts the local Postgres server, which only the Postgres test pass uses; the cluster run
# has a Postgres server of its own, and the eval and the smoke check use the embedded database. The
# browser suite (half its time is waiting on the clock and the browser) runs last, beside the image
# check (podman builds the Dockerfile and runs it against the local Postgres server: mostly the
# disk and npm). Beside the Postgres pass both took four to six times as long, and the browser's
# waits ran out. The browser suite's files that fail run once more by themselves, and that run counts
# for them (scripts/e2e-ci.sh; both runs are in the log: a real failure fails twice). It runs the web
# app that `npm install` built (the `prepare` script), not a new build: `npm run test:e2e` builds first.
# Its servers use databases on the local Postgres server (TEST_DATABASE_URL; the fault run, which
# restarts it, has ended by then): docs/development.md says why.
STEPS=(
  "checks|lint|npm run lint"
  "checks|typecheck|npm run typecheck -- --force"
  "checks|import rules|npm run cycles"
  "checks|openapi lint|npm run lint:openapi"
  "checks|deploy checks|npm run check:deploy"
  "embedded|npm test on embedded PGlite|env -u TEST_DATABASE_URL npm test"
  "server|npm test on the Postgres server|TEST_DATABASE_URL=$PG_URL npm run test:server -- --project server --project server-mocking"
  "system|fault run|npm run faults"
  "system|cluster run|npm run test:cluster"
  "system|assistant quick eval|npm run eval:quick"
  "system|smoke check|bash scripts/smoke.sh"
  "last|browser suite|TEST_DATABASE_URL=$PG_URL bash scripts/e2e-ci.sh"
  "last|image check|bash scripts/image.sh"
)

summary=()
began=$SECONDS
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

# Runs one stage's steps side by side; prints each step's output and time; returns 1 when any failed.
run_stage() {
  local stage="$1"
  local -a names=() commands=() pids=() starts=()
  local entry i
  for entry in "${STEPS[@]}"; do
    [ "${entry%%|*}" = "$stage" ] || continue
    local rest="${entry#*|}"
    names+=("${rest%%|*}")
    commands+=("${rest#*|}")
  done
  printf '\n==> validate: stage "%s": %s\n' "$stage" "$(IFS=,; echo "${names[*]}" | sed 's/,/, /g')"
  for i in "${!names[@]}"; do
    starts[i]=$SECONDS
    if [ "${#names[@]}" = 1 ]; then
      # Alone: its output streams as it comes.
      (bash -c "${commands[i]}"; echo $? >"$logs/$i.code"; echo $SECONDS >"$logs/$i.end") &
    else
      (bash -c "${commands[i]}" >"$logs/$i.log" 2>&1; echo $? >"$logs/$i.code"; echo $SECONDS >"$logs/$i.end") &
    fi
    pids[i]=$!
  done
  local failed=0
  for i in "${!names[@]}"; do
    wait "${pids[i]}"
    local code took
    code=$(cat "$logs/$i.code")
    took=$(($(cat "$logs/$i.end") - starts[i]))
    if [ -f "$logs/$i.log" ]; then
      printf '\n==> validate: %s (%s)\n' "${names[i]}" "${commands[i]}"
      cat "$logs/$i.log"
    fi
    summary+=("$(printf '%-8s %-34s %4ss  %s' "$stage" "${names[i]}" "$took" "$([ "$code" = 0 ] && echo ok || echo "FAILED (exit $code)")")")
    if [ "$code" != 0 ] && [ "$failed" = 0 ]; then failed=1; failed_step="${names[i]}"; failed_code=$code; fi
  done
  rm -f "$logs"/*
  return "$failed"
}

failed_step=""
failed_code=0
for stage in $(printf '%s\n' "${STEPS[@]}" | cut -d'|' -f1 | awk '!seen[$0]++'); do
  stage_began=$SECONDS
  if ! run_stage "$stage"; then
    printf '\nvalidate: steps run\n'
    printf '  %s\n' "${summary[@]}"
    printf '\nvalidate FAILED at step "%s" (exit %s) after %ss in all\n' "$failed_step" "$failed_code" "$((SECONDS - began))"
    exit "$failed_code"
  fi
  summary+=("$(printf '%-8s %-34s %4ss' "$stage" "(the stage, wall clock)" "$((SECONDS - stage_began))")")
done
printf '\nvalidate: steps run\n'
printf '  %s\n' "${summary[@]}"
printf '\nvalidate passed in %ss\n' "$((SECONDS - began))"
