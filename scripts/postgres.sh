#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the tests and print its URL
# (`postgres.sh stop` stops it). Installs Debian's postgresql package when the server is missing
# (CI machines start bare). When it starts the server and PGTEST_STARTED_MARKER is set, it
# creates that file, so a caller knows the server is its to stop.
set -euo pipefail

port="${PGTEST_PORT:-54329}"
dir="${PGTEST_DIR:-/tmp/backend-builder-pg}"

if [ "${1:-}" = "stop" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    if [ "$(id -u)" = 0 ]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    else
      "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    echo "stopped the test PostgreSQL on port $port" >&2
  fi
  exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing postgresql (Debian package)..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    echo "PostgreSQL is not installed; install it (apt-get install postgresql) or set TEST_DATABASE_URL" >&2
    exit 1
  fi
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
  if [ -n "${PGTEST_STARTED_MARKER:-}" ]; then
    touch "$PGTEST_STARTED_MARKER"
  fi
fi
echo "postgresql://postgres@127.0.0.1:$port/postgres"
