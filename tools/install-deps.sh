#!/bin/sh
# Installs the Debian packages tokwatt needs to build, run and test, when
# any is missing. As root it uses apt-get; otherwise it prints the command.
# The names exist on Debian 12 and 13 and Ubuntu 24.04 (libclang-rt-dev is
# the runtime of each one's default clang: 14 on Debian 12, 19 on 13).
# Recommended packages are not installed (a Java runtime among them), so
# everything used is listed:
#   make g++ binutils       the build; objdump reads the library's glibc needs
#   zip unzip               packing the .oxt; the tests read saved files
#   librsvg2-bin            rsvg-convert draws the extension's icon from SVG
#   libreoffice-calc        the headless office the tests and make run drive
#   fonts-liberation2       Calc's default fonts, as the templates are laid out
#   libreoffice-dev         the SDK: headers, unoidl-write, cppumaker
#   libcppunit-dev          the test framework
#   clang libclang-rt-dev   libFuzzer, AddressSanitizer, ThreadSanitizer
#   valgrind                memcheck of the core tests
#   locales-all             the templates built under de_DE must equal en_US's
#   gnumeric nodejs (npm)   the portable copies recalculated by other engines
#   python3                 the Gnumeric checks' scripts (Debian's npm brings it
#                           through node-gyp, a Node.js with its own npm may not)
set -eu

PACKAGES="make g++ binutils zip unzip librsvg2-bin libreoffice-calc fonts-liberation2
          libreoffice-dev libcppunit-dev clang libclang-rt-dev valgrind locales-all
          gnumeric nodejs python3"

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
    apt-get install -y -q --no-install-recommends $missing
else
    echo "tokwatt: missing Debian packages:$missing" >&2
    echo "install them with:  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
fi
