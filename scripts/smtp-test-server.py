#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# A throwaway SMTP server for the mail tests (Debian's python3-aiosmtpd): TLS with the test authority's
# certificate for 127.0.0.1, either STARTTLS (required before AUTH and MAIL) or implicit TLS (SMTPS), AUTH
# PLAIN/LOGIN with one user, and every message it accepts written to <folder>/messages/<n>.json (envelope,
# data, the user it came as). It can be told to fail: <folder>/fail holds "<mode> <count>", and the next
# <count> messages get, at the end of DATA, a permanent refusal (reject: 554), a temporary one (defer: 451),
# or the connection closed with no answer at all (cut), the message not kept; or (hold) the message is kept
# and never answered, as a server that took it while the client died waiting.
#   smtp-test-server.py <folder> <starttls|implicit> <cert> <key> <user> <password>
# Prints "port=<n>" once it listens on 127.0.0.1, and runs until killed.
import asyncio
import json
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

folder, mode, cert, key, user, password = sys.argv[1:7]
messages = os.path.join(folder, "messages")
os.makedirs(messages, exist_ok=True)
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)


def take_failure():
    path = os.path.join(folder, "fail")
    try:
        with open(path) as f:
            what, count = f.read().split()
    except (OSError, ValueError):
        return None
    count = int(count) - 1
    if count <= 0:
        os.remove(path)
    else:
        with open(path, "w") as f:
            f.write(f"{what} {count}")
    return what


def keep(session, envelope):
    number = len(os.listdir(messages)) + 1
    record = {
        "mail_from": envelope.mail_from,
        "rcpt_tos": envelope.rcpt_tos,
        "data": envelope.content.decode("utf-8", "replace"),
        "user": session.authenticated and user,
        "tls": implicit or session.ssl is not None,  # implicit: the socket is TLS from the start
    }
    temporary = os.path.join(messages, f".{number}.json")
    with open(temporary, "w") as f:
        json.dump(record, f)
    os.rename(temporary, os.path.join(messages, f"{number:04d}.json"))


class Handler:
    async def handle_DATA(self, server, session, envelope):
        failure = take_failure()
        if failure == "reject":
            return "554 5.7.1 refused by the test server"
        if failure == "defer":
            return "451 4.3.0 try again later"
        if failure == "cut":
            server.transport.close()
            return "421 4.3.0 closing"  # never reaches the client: the transport is gone
        keep(session, envelope)
        if failure == "hold":
            await asyncio.sleep(3600)
        return "250 2.0.0 kept"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
        and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


implicit = mode == "implicit"
port = free_port()
controller = Controller(
    Handler(), hostname="127.0.0.1", port=port,
    ssl_context=context if implicit else None,
    tls_context=None if implicit else context,
    require_starttls=not implicit,
    # With implicit TLS aiosmtpd does not count the connection as TLS for AUTH; it is TLS from the first byte.
    authenticator=authenticate, auth_required=True, auth_require_tls=not implicit,
    server_hostname="127.0.0.1", ready_timeout=10)
controller.start()
print(f"port={port}", flush=True)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()
