#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A test authority and a server certificate it signs for 127.0.0.1 (and no other name), for the throwaway
# servers of the tests (pg-test-server.sh, ldap-test-server.sh, smtp-test-server.py): a client that checks
# names connects by that address and is refused by any other.
#   scripts/test-authority.sh <folder> <authority name>
#                               writes ca.crt, ca.key, server.crt and server.key into <folder>; the keys 0600
# Fails loudly (exit 1, openssl's output on standard error).
set -euo pipefail
tls="${1:?a folder}"
authority="${2:?a name for the authority}"
mkdir -p "$tls"
{
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$authority" \
        -keyout "$tls/ca.key" -out "$tls/ca.crt"
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$tls/server.key" -out "$tls/server.csr"
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$tls/ext.cnf"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
        -extfile "$tls/ext.cnf" -out "$tls/server.crt"
} >"$tls/authority.log" 2>&1 || { cat "$tls/authority.log" >&2; exit 1; }
chmod 0600 "$tls/ca.key" "$tls/server.key"
