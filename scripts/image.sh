#!/usr/bin/env bash
# `npm run test:image`: builds the Dockerfile with podman and runs the image as compose.yaml runs it,
# against the local Postgres server: /health/ready, a sign-up, a sign-in and a task; the server runs
# as uid 1000 on a read-only root file system (docs/deploy.md, "The image").
#
# No image registry is reachable here, so the Dockerfile's base (node:20-bookworm-slim) is made
# first from Debian packages: a minimal bookworm root file system (mmdebstrap, from the Debian
# mirror), this machine's node and npm, its CA certificates (the npm registry is reached through a
# proxy with a CA of its own), and the `node` user (uid 1000) the official image has.
#
# This machine's quirks, handled here: cgroups v1 mounted beside systemd's ("hybrid"), which crun
# refuses (the build runs with chroot isolation, the container on runc with cgroupfs), and no
# CAP_SYS_RESOURCE, so a container's rlimits may only be lowered (set below the host's).
#
# `--base-only` makes the base image and stops (.ci/run starts it early, in the background);
# `--build-only` makes the base and builds the image, and stops. The build runs under a lock, so an
# image check started while a `--build-only` is building waits for it, then finds every layer made.
# Env: DATABASE_URL of the server to make a database in (postgres://postgres@127.0.0.1:5432/postgres),
# IMAGE_PORT (3998), DOABLE_IMAGE_CACHE (where the root file system is kept between runs).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=localhost/node:20-bookworm-slim
IMAGE=localhost/doable:check
NAME=doable-image-check
PORT="${IMAGE_PORT:-3998}"
SERVER_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
CACHE="${DOABLE_IMAGE_CACHE:-/var/cache/doable-image}"
DB="doable_image_$$"
RUN=(podman --runtime runc --cgroup-manager cgroupfs)
work="$(mktemp -d)"

step() { printf '\n==> image: %s (%ss)\n' "$*" "$SECONDS"; }
cleanup() {
  podman rm -f "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$NAME-data" >/dev/null 2>&1 || true
  psql "$SERVER_URL" -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The base is made once per machine, under a lock: .ci/run starts `image.sh --base-only` in the
# background as soon as mmdebstrap is installed (the Debian mirror is the slow part, minutes of
# waiting on the network and little CPU), and the image check waits for it here if it has not ended.
mkdir -p "$CACHE"
exec 9>"$CACHE/base.lock"
flock 9
if ! podman image exists "$BASE"; then
  step "the base image $BASE from Debian packages"
  if [ ! -s "$CACHE/bookworm-minbase.tar" ]; then
    mmdebstrap --quiet --format=tar --variant=minbase --include=ca-certificates bookworm \
      "$CACHE/bookworm-minbase.tar.partial" http://deb.debian.org/debian
    mv "$CACHE/bookworm-minbase.tar.partial" "$CACHE/bookworm-minbase.tar"
  fi
  ln "$CACHE/bookworm-minbase.tar" "$work/rootfs.tar" 2>/dev/null || cp "$CACHE/bookworm-minbase.tar" "$work/rootfs.tar"
  node="$(node -p process.execPath)"
  cp "$node" "$work/node"
  cp -r "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$work/npm"
  mkdir -p "$work/ca"
  cp /usr/local/share/ca-certificates/*.crt "$work/ca/" 2>/dev/null || true
  cat >"$work/Containerfile" <<'EOF'
FROM scratch
ADD rootfs.tar /
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY ca/ /usr/local/share/ca-certificates/
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && update-ca-certificates >/dev/null \
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
CMD ["node"]
EOF
  podman build --quiet --pull=never --network=host --isolation=chroot -t "$BASE" "$work" >/dev/null
fi
flock -u 9
if [ "${1:-}" = --base-only ]; then
  step "the base image $BASE is made"
  exit 0
fi

step "podman build of the Dockerfile"
exec 8>"$CACHE/build.lock"
flock 8
podman build --quiet --format docker --pull=never --network=host --isolation=chroot -t "$IMAGE" . >/dev/null
flock -u 8
if [ "${1:-}" = --build-only ]; then
  step "the image $IMAGE is built"
  exit 0
fi

step "run it as compose.yaml does, on a new database"
psql "$SERVER_URL" -qc "create database $DB" >/dev/null
db_url="$(node -e "const u = new URL(process.argv[1]); u.pathname = '/$DB'; console.log(u.href)" "$SERVER_URL")"
"${RUN[@]}" run -d --name "$NAME" --network=host --read-only --tmpfs /tmp \
  --ulimit nofile=10000:10000 --ulimit nproc=4096:4096 \
  -v "$NAME-data:/data" \
  -e NODE_ENV=production -e HOST=127.0.0.1 -e PORT="$PORT" -e APP_URL="http://localhost:$PORT" \
  -e BETTER_AUTH_SECRET=image-check-secret-not-for-production-0123456789 \
  -e DATABASE_URL="$db_url" -e LOG_LEVEL=warn -e SIGNUP=open \
  "$IMAGE" >/dev/null

base="http://127.0.0.1:$PORT"
# Up to 180 s: it starts in seconds, but CI runs it beside the browser suite on two shared cores.
for _ in $(seq 1 180); do
  curl -sf "$base/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
ready="$(curl -s "$base/health/ready" || true)"
echo "$ready" | grep -q '"status":"ready"' || { podman logs "$NAME"; echo "image: /health/ready answered: $ready" >&2; exit 1; }

step "a sign-up, a sign-in and a task over HTTP"
origin=(-H "origin: http://localhost:$PORT" -H 'content-type: application/json')
account='{"name":"Image Check","email":"image@example.com","password":"correct horse battery staple"}'
curl -sf "${origin[@]}" -X POST "$base/api/auth/sign-up/email" -d "$account" >/dev/null
cookie="$(curl -s -D - -o /dev/null "${origin[@]}" -X POST "$base/api/auth/sign-in/email" \
  -d '{"email":"image@example.com","password":"correct horse battery staple"}' |
  awk 'tolower($1) == "set-cookie:" { split($2, c, ";"); print c[1]; exit }')"
[ -n "$cookie" ] || { echo "image: the sign-in set no cookie" >&2; exit 1; }
curl -sf "${origin[@]}" -H "cookie: $cookie" -X POST "$base/api/me/tasks" -d '{"title":"Made in the image"}' >/dev/null
tasks="$(curl -sf -H "cookie: $cookie" "$base/api/me/tasks")"
echo "$tasks" | grep -q '"title":"Made in the image"' || { echo "image: the task is not listed: $tasks" >&2; exit 1; }

step "non-root, read-only root file system"
uid="$(podman exec "$NAME" id -u)"
[ "$uid" = 1000 ] || { echo "image: the server runs as uid $uid, not 1000" >&2; exit 1; }
if podman exec "$NAME" sh -c 'touch /app/written' 2>/dev/null; then
  echo "image: the root file system is writable" >&2
  exit 1
fi
size="$(podman image inspect "$IMAGE" --format '{{.Size}}')"
printf '\nimage: %s (%s MB) built and run: ready, sign-up, sign-in, a task; uid 1000, read-only root (%ss)\n' \
  "$IMAGE" "$((size / 1024 / 1024))" "$SECONDS"
