#!/usr/bin/env bash
# Run a command with TEST_DATABASE_URL pointing at PostgreSQL, then stop the server if this
# script started it (a server that was already running, or a TEST_DATABASE_URL given, is left alone).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  exec "$@"
fi

dir="${PGTEST_DIR:-/tmp/backend-builder-pg}"
started_marker="$dir/.started-by-with-postgres.$$"
url="$(PGTEST_STARTED_MARKER="$started_marker" bash "$here/postgres.sh")"

stop() {
  if [ -f "$started_marker" ]; then
    rm -f "$started_marker"
    bash "$here/postgres.sh" stop >&2 || true
  fi
}
trap stop EXIT INT TERM

status=0
TEST_DATABASE_URL="$url" "$@" || status=$?
exit "$status"
