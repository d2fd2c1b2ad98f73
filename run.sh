#!/usr/bin/env bash
# Set up and run causalkg on a Debian machine.
#
#   ./run.sh            install what is missing, build, open causalkg on the bundled SCP report
#   ./run.sh test       install what is missing, build, run every test and a short
#                       run of each fuzz target (tests/fuzz/run.sh)
#   ./run.sh test ARGS  the same, but only ctest ARGS (e.g. -R store), no fuzzing
#   ./run.sh bench [M]  install what is missing, build, run the benchmark against SQLite
#   ./run.sh bench lookups [M]  the same, for Q1's look-ups one statement at a time against
#                       Python's sqlite3 (bench/lookups.py)
#   ./run.sh install [PREFIX]
#                       install what is missing, build, put causalkg in PREFIX/bin
#                       (default ~/.local, so ~/.local/bin/causalkg)
#   ./run.sh ARGS...    install what is missing, build, run build/causalkg ARGS...
#
# Packages are installed with apt-get (through sudo when not root), and only
# those that are missing. The build stays in the clone's build/, but the
# binary runs in the caller's directory, so that file names given to it mean
# what they mean there. Build output goes to stderr, so that the binary's
# own output can be piped: ./run.sh query '...' --format json
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
build="$root/build"

packages=(cmake g++ ninja-build pkg-config ccache
          librocksdb-dev libboost-dev nlohmann-json3-dev libsimdjson-dev catch2 libedit-dev libcli11-dev
          graphviz libsqlite3-dev python3 libicu-dev libstemmer-dev
          pybind11-dev python3-dev python3-pytest python3-pandas python3-networkx)
if [ "${1:-}" = "test" ]; then
  # The fuzz targets: clang with libFuzzer's runtime, and llvm-symbolizer for
  # the file and line of each frame of a crash's stack.
  packages+=(clang libclang-rt-dev llvm)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  # `env` carries DEBIAN_FRONTEND past sudo, which resets the environment.
  if [ "$(id -u)" -eq 0 ]; then
    as_root=(env DEBIAN_FRONTEND=noninteractive)
  elif command -v sudo >/dev/null; then
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
  else
    echo "run.sh: these packages are missing: ${missing[*]}" >&2
    echo "run.sh: sudo is not installed; as root, run" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "run.sh: then run $0 again" >&2
    exit 1
  fi
  echo "run.sh: installing ${missing[*]}" >&2
  "${as_root[@]}" apt-get update -qq >&2
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" -j "$(nproc)" >&2

if [ "${1:-}" = "bench" ] && [ "${2:-}" = "lookups" ]; then
  shift 2
  # The Python the module was built for (CMakeLists.txt: Debian's, when there).
  python=python3
  [ -x /usr/bin/python3 ] && python=/usr/bin/python3
  exec "$python" "$root/bench/lookups.py" "$@"
fi
if [ "${1:-}" = "bench" ]; then
  shift
  exec "$root/bench/run.sh" "$@"
fi
if [ "${1:-}" = "install" ]; then
  prefix=${2:-${HOME:?run.sh: HOME is not set; give the prefix: ./run.sh install PREFIX}/.local}
  cmake --install "$build" --prefix "$prefix" --component causalkg >&2
  echo "run.sh: installed $prefix/bin/causalkg" >&2
  case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "run.sh: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
  esac
  exit 0
fi
if [ "${1:-}" = "test" ]; then
  shift
  cd "$root"
  status=0
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@" || status=1
  # A short run of each fuzz target: CAUSALKG_FUZZ_SECONDS each (0: none).
  fuzz_seconds=${CAUSALKG_FUZZ_SECONDS:-15}
  if (($# == 0)) && ((fuzz_seconds > 0)); then
    if command -v clang++ >/dev/null; then
      tests/fuzz/run.sh "$fuzz_seconds" || status=1
    else
      echo "run.sh: clang is not installed, so the fuzz targets did not run" >&2
    fi
  fi
  exit $status
fi
exec "$build/causalkg" "$@"
