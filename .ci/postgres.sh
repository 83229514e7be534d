# Sourced by .ci/run (and usable by hand: `. .ci/postgres.sh`): gives the store tests a throw-away
# PostgreSQL cluster and exports SITREP_TEST_PG. Safe to source twice; never fatal to the caller:
# when PostgreSQL cannot be had, SITREP_TEST_PG stays unset and the PG tests skip with a message.
# A second cluster (e.g. for scale benches): SITREP_PG_PORT=55433 SITREP_PG_DIR=/tmp/x; extra server
# settings in SITREP_PG_OPTS ("-c work_mem=64MB ..."). max_wal_size is raised from 1 GB so bulk loads
# do not checkpoint (and write every page image again) every gigabyte of WAL.

sitrep_pg_setup() {
  local port="${SITREP_PG_PORT:-55432}"
  local dir="${SITREP_PG_DIR:-${TMPDIR:-/tmp}/sitrep-pg-$port}"
  local url="postgres://sitrep@127.0.0.1:$port/sitrep_test"

  # already running from an earlier source: reuse it
  if [ -n "${SITREP_TEST_PG:-}" ] && command -v psql >/dev/null && psql "$SITREP_TEST_PG" -Atc 'select 1' >/dev/null 2>&1; then
    return 0
  fi

  # find the server binaries: on PATH, or Debian's versioned folder; install when missing
  local bin=""
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    bin="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
  else
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "postgres.sh: installing PostgreSQL from Debian packages" >&2
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    fi
  fi
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server available; PostgreSQL store tests will skip" >&2
    return 0
  fi

  # initdb refuses to run as root: run the server as the postgres user (or the current user)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd -r -m postgres 2>/dev/null
    if command -v runuser >/dev/null; then run=(runuser -u postgres --); else run=(su postgres -s /bin/sh -c); fi
  fi
  _pg() { if [ "${run[0]:-}" = su ]; then "${run[@]}" "$*"; else "${run[@]}" "$@"; fi; }

  if ! psql "postgres://postgres@127.0.0.1:$port/postgres" -Atc 'select 1' >/dev/null 2>&1; then
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir" && { [ "$(id -u)" != 0 ] || chown postgres "$dir"; }
      _pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
        echo "postgres.sh: initdb failed (see $dir/initdb.log)" >&2; return 0; }
    fi
    _pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c max_wal_size=4GB -c shared_buffers=256MB ${SITREP_PG_OPTS:-}" start >/dev/null 2>&1 || {
      echo "postgres.sh: pg_ctl start failed (see $dir/server.log)" >&2; return 0; }
  fi
  psql "postgres://postgres@127.0.0.1:$port/postgres" -qAtc "do \$\$ begin create role sitrep login superuser; exception when duplicate_object then null; end \$\$" >/dev/null 2>&1
  psql "postgres://postgres@127.0.0.1:$port/postgres" -Atc "select 1 from pg_database where datname='sitrep_test'" 2>/dev/null | grep -q 1 ||
    psql "postgres://postgres@127.0.0.1:$port/postgres" -qc "create database sitrep_test owner sitrep" >/dev/null 2>&1
  export SITREP_TEST_PG="$url"
  export SITREP_PG_DIR="$dir" SITREP_PG_BIN="$bin"
  echo "postgres.sh: PostgreSQL ready at $SITREP_TEST_PG (stop: $bin/pg_ctl -D $dir/data stop)" >&2
}

sitrep_pg_setup
