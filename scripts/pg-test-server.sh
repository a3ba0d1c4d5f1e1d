#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A throwaway PostgreSQL server for the tests: initdb into a temporary folder as an unprivileged user,
# listening on 127.0.0.1 at a free port; its own roles are trusted, tempcards_cert_login logs in with the
# client certificate <folder>/tls/client.crt, any other must use SCRAM. TLS is on with a certificate
# for 127.0.0.1 (and no other name) from a test authority made here, so that the suites connect as tempcards
# does by default (sslmode=verify-full) and a test can connect by another name and be refused.
#   scripts/pg-test-server.sh start <folder>   prints the libpq connection options on standard output
#                                              (with sslrootcert=<folder>/tls/ca.crt)
#   scripts/pg-test-server.sh stop <folder>    stops the server and removes the folder
#   scripts/pg-test-server.sh down <folder>    stops the server (fast shutdown: sessions are cut) and keeps it
#   scripts/pg-test-server.sh up <folder>      starts it again, on the same port
#   scripts/pg-test-server.sh restart <folder> both, as an operations team's `pg_ctl restart -m fast`
#   scripts/pg-test-server.sh standby <primary folder> <folder>
#                                              a streaming standby of that server (pg_basebackup -R) on a port
#                                              of its own; prints its connection options
#   scripts/pg-test-server.sh promote <folder> makes a standby the primary (pg_ctl promote)
# Fails loudly (exit 1, the server's log on standard error) when the server cannot start.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?a folder}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "pg-test-server.sh: PostgreSQL server binaries not found (package postgresql)" >&2; exit 1; }

# initdb and postgres refuse to run as root.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    id -u nobody >/dev/null 2>&1 || { echo "pg-test-server.sh: no unprivileged user 'nobody'" >&2; exit 1; }
    as_owner=(runuser -u nobody --)
fi

case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U tempcards -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # The harness's own roles are trusted over loopback; every other role (a person's, in the tests) must
    # prove its password with SCRAM-SHA-256, as on a real installation.
    cat >"$dir/data/pg_hba.conf" <<'HBA'
local all all                                                trust
local   replication all                                      trust
host    replication tempcards                  127.0.0.1/32 trust
host    all tempcards,tempcards_owner,tempcards_client 127.0.0.1/32 trust
hostssl all tempcards_cert_login                       127.0.0.1/32 cert
host    all all                                        127.0.0.1/32 scram-sha-256
HBA
    tls="$dir/tls"
    "$(dirname "$0")/test-authority.sh" "$tls" "tempcards test authority"
    {
        # A person's (or a service's) certificate: PostgreSQL maps its CN to the role tempcards_cert_login.
        openssl req -newkey rsa:2048 -nodes -subj "/CN=tempcards_cert_login" -keyout "$tls/client.key" \
            -out "$tls/client.csr"
        openssl x509 -req -in "$tls/client.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
            -out "$tls/client.crt"
    } >"$dir/tls.log" 2>&1 || { cat "$dir/tls.log" >&2; exit 1; }
    chmod 0600 "$tls/server.key" "$tls/client.key" # libpq refuses a client key others can read
    [ "$(id -u)" -eq 0 ] && chown nobody "$tls/server.key" "$tls/server.crt"
    chmod 0755 "$dir" "$tls"
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        # The options are kept in the folder, so that `up` starts the same server on the same port.
        echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c ssl=on \
-c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key -c ssl_ca_file=$tls/ca.crt" >"$dir/server.options"
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "$(cat "$dir/server.options")" start >/dev/null; then
            echo "host=127.0.0.1 port=$port user=tempcards dbname=postgres sslrootcert=$tls/ca.crt"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2
    echo "pg-test-server.sh: PostgreSQL did not start" >&2
    exit 1
    ;;
down)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
    ;;
up)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o "$(cat "$dir/server.options")" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; exit 1; }
    ;;
restart)
    "$0" down "$dir"
    "$0" up "$dir"
    ;;
standby)
    # $dir is the primary's folder here; the third argument is the standby's.
    target="${3:?a folder for the standby}"
    mkdir -p "$target"
    [ "$(id -u)" -eq 0 ] && chown nobody "$target"
    chmod 0755 "$target"
    primary_port="$(sed -n 's/^-p \([0-9]*\) .*/\1/p' "$dir/server.options")"
    "${as_owner[@]}" "$bin/pg_basebackup" -h "$dir" -p "$primary_port" -U tempcards -D "$target/data" -R -X stream \
        >"$target/basebackup.log" 2>&1 || { cat "$target/basebackup.log" >&2; exit 1; }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        sed -e "s|^-p [0-9]* -k [^ ]* |-p $port -k $target |" "$dir/server.options" >"$target/server.options"
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$target/data" -l "$target/server.log" -w -t 30 \
            -o "$(cat "$target/server.options")" start >/dev/null; then
            echo "host=127.0.0.1 port=$port user=tempcards dbname=postgres sslrootcert=$dir/tls/ca.crt"
            exit 0
        fi
    done
    cat "$target/server.log" >&2
    exit 1
    ;;
promote)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 30 promote >/dev/null
    ;;
stop)
    if [ -d "$dir/data" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "pg-test-server.sh: start, down, up, restart, standby, promote or stop" >&2
    exit 2
    ;;
esac
