#!/usr/bin/env bash
# A real PostgreSQL behind a real PgBouncer on loopback ports, in one folder, for running MOP-284
# by hand or in tests (see README, "MOP-284 against a real PgBouncer").
#
#   pgbouncer-lab.sh start DIR PG_PORT PGBOUNCER_PORT   initdb, start both, database "orders"
#   pgbouncer-lab.sh restart-pgbouncer DIR              stop PgBouncer and start it again (what the MOP's
#                                                       restart_conn_manager step runs)
#   pgbouncer-lab.sh stop DIR                           stop both
#
# The password of user "mop" is DIR/pg_password (created if missing). PostgreSQL and PgBouncer refuse
# to run as root, so as root every server command runs as the "postgres" user.
set -euo pipefail

command=${1:?usage: pgbouncer-lab.sh start|restart-pgbouncer|stop DIR [PG_PORT PGBOUNCER_PORT]}
dir=${2:?the lab folder}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 3; }
  echo "$bin"
}

wait_for_port() {
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listens on 127.0.0.1:$1 after 10 s" >&2
  return 1
}

start_pgbouncer() {
  as_owner pgbouncer -d "$dir/pgbouncer.ini"
  wait_for_port "$(cat "$dir/pgbouncer.port")"
}

stop_pgbouncer() {
  local pid
  pid=$(cat "$dir/pgbouncer.pid" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

case "$command" in
  start)
    pg_port=${3:?PostgreSQL port}
    pgb_port=${4:?PgBouncer port}
    bin=$(pg_bin)
    mkdir -p "$dir"
    [ -s "$dir/pg_password" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$dir/pg_password")
    echo "$pgb_port" > "$dir/pgbouncer.port"
    password=$(cat "$dir/pg_password")
    printf '"mop" "%s"\n' "$password" > "$dir/userlist.txt"
    cat > "$dir/pgbouncer.ini" <<INI
[databases]
orders = host=127.0.0.1 port=$pg_port dbname=orders

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $pgb_port
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
admin_users = mop
pool_mode = transaction
default_pool_size = 2
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
pidfile = $dir/pgbouncer.pid
logfile = $dir/pgbouncer.log
INI
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/pg" -U mop --auth=scram-sha-256 --pwfile="$dir/pg_password" >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/pg" -l "$dir/postgresql.log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$dir -c fsync=off -c max_connections=60" \
      start >/dev/null
    PGPASSWORD=$password as_owner "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U mop orders
    start_pgbouncer
    echo "PostgreSQL on 127.0.0.1:$pg_port, PgBouncer on 127.0.0.1:$pgb_port, folder $dir"
    ;;
  restart-pgbouncer)
    stop_pgbouncer
    start_pgbouncer
    echo "PgBouncer restarted"
    ;;
  stop)
    stop_pgbouncer
    if [ -d "$dir/pg" ]; then as_owner "$(pg_bin)/pg_ctl" -D "$dir/pg" -m immediate stop >/dev/null || true; fi
    ;;
  *)
    echo "unknown command $command" >&2
    exit 2
    ;;
esac
