#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages tempcards needs to build, run and test, when any is missing.
# Uses sudo when not run as root. Safe to run again: it does nothing when all are present.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev    # the icons are SVG files, drawn by Qt SVG in the palette's light or dark variant
    catch2 xvfb xauth openssl
    clang libclang-rt-14-dev postgresql
    libsqlite3-dev # tempcards-bench measures the core against the bare SQLite C API
    libssl-dev     # Ed25519 signatures of the audit checkpoints
    libldap-dev slapd ldap-utils     # the cardholders from a directory; the tests run their own slapd over TLS
    libcurl4-openssl-dev python3-aiosmtpd # expiry reminders by SMTP; the tests' own SMTP server
    at-spi2-core python3-pyatspi dbus-daemon dbus-bin # the screen-reader test: the AT-SPI bus, a reader's library
    libpcsclite-dev pcscd vsmartcard-vpcd # chip UIDs from a PC/SC reader; the tests put a virtual card (vpcd) in pcscd
    # the packaging test: the Debian package's tools, its validators, a clean Debian 12 to install it on
    dpkg-dev file desktop-file-utils appstream mmdebstrap
    help2man lintian man-db systemd # man pages from --help; the packages checked by lintian, man and systemd-analyze
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}"
