#!/usr/bin/env bash
# Ensures a local PostgreSQL cluster for development and tests is installed, initialised and
# running, bound to 127.0.0.1 on its own port, with its data under the git-ignored .data/ folder.
# Prints nothing but progress; exports nothing. Source-free: call it, then use PG_PORT below.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${TITANFLEET_PG_PORT:-55432}"
data="${TITANFLEET_PG_DATA:-$root/.data/postgres}"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

if ! bin="$(find_bin)"; then
  echo "PostgreSQL server not found: installing it with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi

# PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A server already answering on the port (another checkout's cluster, or one started by hand) is used as it is.
if "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q; then exit 0; fi

if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

mkdir -p "$data"
if [ "$(id -u)" = "0" ]; then
  chown postgres:postgres "$data"
  # the postgres user must be able to reach the data folder through its parents
  d="$data"; while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d="$(dirname "$d")"; done
fi
chmod 700 "$data"

if [ ! -f "$data/PG_VERSION" ]; then
  echo "Initialising PostgreSQL cluster in $data" >&2
  as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 300
max_wal_size = '2GB'
shared_buffers = '256MB'
fsync = on
CONF
fi

if ! as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  echo "Starting PostgreSQL on 127.0.0.1:$port" >&2
  as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null
fi

for _ in $(seq 1 60); do
  if "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q; then exit 0; fi
  sleep 0.5
done
echo "PostgreSQL did not become ready on port $port; see $data/server.log" >&2
exit 1
