#!/usr/bin/env bash
# The smoke check `npm run validate` ends with (and so CI): `npm start` on a fresh data directory
# serves the web app and /health, takes a task over the API, and shuts down cleanly on SIGTERM.
# Needs setsid, pgrep and curl (Linux).
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir="$(mktemp -d)"
port="${SMOKE_PORT:-39123}"
log="$data_dir/start.log"
# Its own process group, so the stop below reaches npm and node alike, as Ctrl-C in a terminal does.
PORT=$port DATA_DIR="$data_dir" setsid npm start >"$log" 2>&1 &
pid=$!
ok=""
# Up to 180 s: a start takes a few seconds, but CI runs this beside three other steps on two cores.
for _ in $(seq 1 360); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then ok=yes; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$ok" ]; then
  echo "npm start did not answer /health:"; cat "$log"; kill "$pid" 2>/dev/null || true; exit 1
fi
curl -fsS "http://127.0.0.1:$port/health"; echo
curl -fsS "http://127.0.0.1:$port/" -H 'accept: text/html' | grep -q '<div id="root">' || {
  echo "the web app is not served at /"; exit 1; }
token="$(DATA_DIR="$data_dir" npm run -s token -- smoke-user --new-user)"
curl -fsS -X POST "http://127.0.0.1:$port/api/me/tasks" -H "authorization: Bearer $token" \
  -H 'content-type: application/json' -d '{"title":"smoke"}' >/dev/null
curl -fsS "http://127.0.0.1:$port/api/me/tasks" -H "authorization: Bearer $token" | grep -q '"count":1'
kill -TERM -- "-$pid" 2>/dev/null || true
wait "$pid" || true
for _ in $(seq 1 40); do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.25; done
if pgrep -g "$pid" >/dev/null 2>&1; then
  echo "npm start did not stop on SIGTERM:"; cat "$log"; kill -KILL -- "-$pid" 2>/dev/null || true; exit 1
fi
grep -q 'shutting down' "$log" || { echo "no graceful shutdown:"; cat "$log"; exit 1; }
rm -rf "$data_dir"
echo "smoke check passed"
