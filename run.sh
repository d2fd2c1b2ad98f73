#!/usr/bin/env bash
# Set up and run causalkg on a Debian machine.
#
#   ./run.sh            install what is missing, build, open causalkg on the bundled SCP report
#   ./run.sh test       install what is missing, build, run every test
#   ./run.sh bench [M]  install what is missing, build, run the benchmark against SQLite
#   ./run.sh ARGS...    install what is missing, build, run build/causalkg ARGS...
#
# Packages are installed with apt-get (through sudo when not root), and only
# those that are missing. Build output goes to stderr, so that the binary's
# own output can be piped: ./run.sh query '...' --format json | jq .
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake g++ ninja-build pkg-config ccache
          librocksdb-dev libboost-dev nlohmann-json3-dev libsimdjson-dev catch2 libedit-dev libcli11-dev
          graphviz libsqlite3-dev python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "run.sh: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build build -j "$(nproc)" >&2

if [ "${1:-}" = "bench" ]; then
  shift
  exec bench/run.sh "$@"
fi
if [ "${1:-}" = "test" ]; then
  shift
  exec ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
fi
exec build/causalkg "$@"
