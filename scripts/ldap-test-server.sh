#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A throwaway OpenLDAP server (slapd) for the tests: an organisation's directory under dc=example,dc=org in a
# temporary folder, run as an unprivileged user on 127.0.0.1 at free ports, plain LDAP (for StartTLS) and
# LDAPS. TLS uses a certificate for 127.0.0.1 (and no other name) from a test authority made here, so that a
# client that verifies, as tempcards always does, connects by that address and is refused by any other name.
# The server returns at most 500 entries to one search, as directories do, so that reading more takes the
# paged-results control. A service account (cn=tempcards,ou=services) may read ou=people and nothing else.
#   scripts/ldap-test-server.sh start <folder> [<people.ldif>]
#                               prints the connection settings on standard output, one line of key=value:
#                               ldap=ldap://127.0.0.1:<port> ldaps=ldaps://127.0.0.1:<port>
#                               base=ou=people,dc=example,dc=org binddn=<the service account>
#                               password=<its password> cacert=<folder>/tls/ca.crt
#                               admindn=<the directory's root> adminpassword=<its password>
#                               The people (entries under ou=people,dc=example,dc=org) are loaded before it starts.
#   scripts/ldap-test-server.sh modify <folder> <changes.ldif>
#                               applies LDIF changes as the directory's root (ldapmodify), as HR would
#   scripts/ldap-test-server.sh stop <folder>
#                               stops the server and removes the folder
# Fails loudly (exit 1, the server's log on standard error) when the server cannot start.
set -euo pipefail
action="${1:?start, modify or stop}"
dir="${2:?a folder}"
suffix="dc=example,dc=org"
admin="cn=admin,$suffix"
service="cn=tempcards,ou=services,$suffix"
[ -x /usr/sbin/slapd ] || { echo "ldap-test-server.sh: slapd not found (package slapd)" >&2; exit 1; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    id -u nobody >/dev/null 2>&1 || { echo "ldap-test-server.sh: no unprivileged user 'nobody'" >&2; exit 1; }
    as_owner=(runuser -u nobody --)
fi

case "$action" in
start)
    people="${3:-}"
    mkdir -p "$dir/db"
    tls="$dir/tls"
    "$(dirname "$0")/test-authority.sh" "$tls" "tempcards directory test authority"
    adminpassword="$(openssl rand -hex 12)"
    password="$(openssl rand -hex 12)"
    cat >"$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/msuser.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile $dir/slapd.pid
TLSCACertificateFile $tls/ca.crt
TLSCertificateFile $tls/server.crt
TLSCertificateKeyFile $tls/server.key
database mdb
maxsize 268435456
dbnosync
suffix "$suffix"
rootdn "$admin"
rootpw $adminpassword
directory $dir/db
index objectClass eq
index uid,employeeNumber eq
limits * size.soft=500 size.hard=500 size.prtotal=unlimited
access to attrs=userPassword by self =xa by anonymous auth by * none
access to dn.subtree="ou=people,$suffix" by dn.exact="$service" read by * none
access to dn.base="" by * read
access to * by * none
CONF
    cat >"$dir/base.ldif" <<LDIF
dn: $suffix
objectClass: dcObject
objectClass: organization
dc: example
o: Example Organisation

dn: ou=people,$suffix
objectClass: organizationalUnit
ou: people

dn: ou=services,$suffix
objectClass: organizationalUnit
ou: services

dn: $service
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: tempcards
userPassword: $password

LDIF
    /usr/sbin/slapadd -f "$dir/slapd.conf" -l "$dir/base.ldif" >"$dir/slapadd.log" 2>&1 ||
        { cat "$dir/slapadd.log" >&2; exit 1; }
    if [ -n "$people" ]; then
        /usr/sbin/slapadd -q -f "$dir/slapd.conf" -l "$people" >>"$dir/slapadd.log" 2>&1 ||
            { cat "$dir/slapadd.log" >&2; exit 1; }
    fi
    chmod 0755 "$dir" "$tls"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R nobody "$dir/db" "$tls/server.key"
        chown nobody "$dir"
    fi
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        secure=$((port + 1))
        rm -f "$dir/slapd.pid"
        # -d 0 keeps slapd in the foreground with no debug output; its log lines go to the folder.
        setsid "${as_owner[@]}" /usr/sbin/slapd -f "$dir/slapd.conf" -d 0 -s 256 \
            -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$secure/" >>"$dir/slapd.log" 2>&1 &
        echo "$!" >"$dir/slapd.job"
        for wait in $(seq 1 100); do
            if LDAPTLS_CACERT="$tls/ca.crt" ldapsearch -x -H "ldaps://127.0.0.1:$secure" -D "$service" \
                -w "$password" -b "ou=people,$suffix" -s base dn >/dev/null 2>&1; then
                echo "$port $secure" >"$dir/ports"
                echo "ldap=ldap://127.0.0.1:$port ldaps=ldaps://127.0.0.1:$secure base=ou=people,$suffix" \
                    "binddn=$service password=$password cacert=$tls/ca.crt admindn=$admin adminpassword=$adminpassword"
                printf %s "$adminpassword" >"$dir/admin.password"
                chmod 0600 "$dir/admin.password"
                exit 0
            fi
            kill -0 "$(cat "$dir/slapd.job")" 2>/dev/null || break
            sleep 0.1
        done
        kill "$(cat "$dir/slapd.job")" 2>/dev/null || true
        wait "$(cat "$dir/slapd.job")" 2>/dev/null || true
    done
    cat "$dir/slapd.log" >&2
    echo "ldap-test-server.sh: slapd did not start" >&2
    exit 1
    ;;
modify)
    changes="${3:?an LDIF file of changes}"
    read -r port secure <"$dir/ports"
    LDAPTLS_CACERT="$dir/tls/ca.crt" ldapmodify -x -H "ldaps://127.0.0.1:$secure" -D "$admin" \
        -y "$dir/admin.password" -f "$changes" >/dev/null
    ;;
stop)
    if [ -f "$dir/slapd.pid" ]; then
        pid="$(cat "$dir/slapd.pid")"
        kill "$pid" 2>/dev/null || true
        for wait in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "ldap-test-server.sh: start, modify or stop" >&2
    exit 2
    ;;
esac
