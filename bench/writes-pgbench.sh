#!/usr/bin/env bash
# pgbench writes with the app's triggers, on databases the app migrated (one per checkout to
# compare), alternated: each round runs every case on each database in turn, 10 s a run, with a
# numbering of every owner's events (and, where the function exists, a fold of the task counts'
# changes) every 100 ms beside, and a vacuum of the changes' tables once a second, as each
# instance's event watch does. Prints one line a run with the machine's load, then the medians
# (docs/benchmarks.md, "Where a write's time goes").
#
#   bench/writes-pgbench.sh DB [DB...]     (PGHOST, PGPORT, PGUSER as for psql; ROUNDS=3, SECONDS_A_RUN=10)
#
# Each database is seeded once (a marker table says so): 2,000 tasks of the owner `solo` and 2,000
# of 50 owners `m1`..`m50`. Cases: one owner's creates (an INSERT of a titled, described task in
# the Inbox) at 10 and 50 connections, one owner's renames (a title, the version bumped) of random
# tasks of theirs at 10 and 50, and 50 owners' creates at 50 as the control.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 DB [DB...]" >&2; exit 2; }
ROUNDS=${ROUNDS:-3}
RUN_SECONDS=${SECONDS_A_RUN:-10}
work=$(mktemp -d)
helper=
trap '[ -n "$helper" ] && kill -- "-$helper" 2>/dev/null; rm -rf "$work"' EXIT

cat >"$work/create-one.sql" <<'SQL'
insert into tasks (user_id, title, description) values ('solo', 'created', 'a short description');
SQL
cat >"$work/create-fifty.sql" <<'SQL'
\set o random(1, 50)
insert into tasks (user_id, title, description) values ('m' || :o, 'created', 'a short description');
SQL
cat >"$work/rename-one.sql" <<'SQL'
\set id random(1, 2000)
update tasks set title = 'renamed ' || :id, version = version + 1 where id = (select min(id) from tasks where user_id = 'solo') + :id - 1;
SQL

for db in "$@"; do
  if [ "$(psql -d "$db" -Atc "select to_regclass('bench_writes_seeded') is not null")" = f ]; then
    psql -d "$db" -q -v ON_ERROR_STOP=1 <<'SQL'
insert into tasks (user_id, title, description)
  select 'solo', 'task ' || g, 'a short description' from generate_series(1, 2000) g;
insert into tasks (user_id, title, description)
  select 'm' || (g % 50 + 1), 'task ' || g, 'a short description' from generate_series(1, 2000) g;
select doable_number_events(null, true);
create table bench_writes_seeded ();
SQL
  fi
done

# What each instance's event watch does, every 100 ms: number, then fold where there is a fold.
# Its own process group, so that it is stopped whole after the run.
beside() {
  local db=$1 fold
  fold=$(psql -d "$db" -Atc "select to_regproc('doable_fold_task_counts') is not null")
  setsid bash -c '
    if [ "$1" = t ]; then
      while true; do
        echo "vacuum (skip_locked, truncate false) task_count_changes, list_task_count_changes, tag_task_count_changes;"
        sleep 1
      done | psql -d "$0" -q >/dev/null 2>&1 &
    fi
    while true; do
      echo "select doable_number_events(null, false);"
      [ "$1" = t ] && echo "select doable_fold_task_counts();"
      sleep 0.1
    done | psql -d "$0" -q >/dev/null 2>&1' "$db" "$fold" &
  helper=$!
}

declare -A results
cases=("create-one 10" "create-one 50" "rename-one 10" "rename-one 50" "create-fifty 50")
for round in $(seq 1 "$ROUNDS"); do
  for db in "$@"; do
    for c in "${cases[@]}"; do
      read -r script clients <<<"$c"
      beside "$db"
      load=$(cut -d' ' -f1 /proc/loadavg)
      tps=$(pgbench -n -M prepared -c "$clients" -j 2 -T "$RUN_SECONDS" -f "$work/$script.sql" "$db" 2>/dev/null |
        sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
      kill -- "-$helper" 2>/dev/null || true
      wait "$helper" 2>/dev/null || true
      echo "round $round $(date +%H:%M:%S) load $load  $db  $script @$clients  ${tps} tps"
      results["$db $script $clients"]+="${tps} "
    done
  done
done

echo
echo "medians of $ROUNDS (tps):"
for c in "${cases[@]}"; do
  read -r script clients <<<"$c"
  line="$script @$clients"
  for db in "$@"; do
    median=$(tr ' ' '\n' <<<"${results["$db $script $clients"]}" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    line+="  $db ${median}"
  done
  echo "$line"
done
