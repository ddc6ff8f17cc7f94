#!/bin/sh
# Installs the Debian packages tokwatt needs to build, run and test, when
# any is missing. As root it uses apt-get; otherwise it prints the command.
set -eu

PACKAGES="make g++ zip libreoffice-calc libreoffice-dev libcppunit-dev clang libclang-rt-14-dev valgrind locales-all gnumeric nodejs"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
# npm: Debian's package, unless the installed nodejs brings its own (the
# NodeSource build does, and conflicts with Debian's npm).
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "tokwatt: installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q $missing
else
    echo "tokwatt: missing Debian packages:$missing" >&2
    echo "install them with:  sudo apt-get install$missing" >&2
    exit 1
fi
