#!/usr/bin/env bash
# Builds the fuzz targets and runs each for a while.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]   each TARGET (default: all) for SECONDS (default 600)
#
# The targets are built by clang with libFuzzer and AddressSanitizer in
# build-fuzz/ (CMake option CAUSALKG_FUZZ). Each run starts from the seed
# corpus in tests/fuzz/corpus/<target>/ and from what earlier runs found
# (build-fuzz/fuzz-corpus/<target>/, where new inputs go). A crash leaves its
# input in build-fuzz/fuzz-crashes/<target>/ and the run's log in
# build-fuzz/fuzz-logs/<target>.log; this script then says how to reproduce
# it and exits with status 1.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-600}
shift || true
# libFuzzer reads a time of 0 as "forever".
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: tests/fuzz/run.sh [SECONDS] [TARGET...]   (SECONDS: a whole number above 0)" >&2
  exit 2
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=()
  for source in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    targets+=("${name#fuzz_}")
  done
fi

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is not installed (Debian: clang libclang-rt-dev)" >&2
  exit 2
fi
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Fuzz \
    -DCAUSALKG_FUZZ=ON -DBUILD_TESTING=OFF >&2
fi
cmake --build build-fuzz -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}") >&2

# Stack traces with file and line when llvm-symbolizer is there.
if ! command -v llvm-symbolizer >/dev/null && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

# Leaks reported inside libraries, not ours (see the file).
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

failed=0
for target in "${targets[@]}"; do
  binary=build-fuzz/tests/fuzz/fuzz_$target
  corpus=build-fuzz/fuzz-corpus/$target
  crashes=build-fuzz/fuzz-crashes/$target
  log=build-fuzz/fuzz-logs/$target.log
  # Statements are short; claims files need room for a few declarations.
  dict=tests/fuzz/query.dict max_len=4096
  case $target in
    load*) dict=tests/fuzz/json.dict max_len=16384 ;;
    extract) dict=tests/fuzz/extract.dict max_len=8192 ;;
  esac
  seeds=()
  [ -d "tests/fuzz/corpus/$target" ] && seeds=("tests/fuzz/corpus/$target")
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  before=$(ls "$crashes" | wc -l)
  echo "fuzz: $target for ${seconds}s (log: $log)" >&2
  # -timeout: no input may take 10 s; -rss_limit_mb: nor 2 GB of memory.
  if "$binary" "$corpus" "${seeds[@]}" -dict="$dict" -max_len="$max_len" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" >"$log" 2>&1; then
    echo "fuzz: $target: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1), no crash" >&2
  else
    failed=1
    echo "fuzz: $target FAILED; the end of its log:" >&2
    tail -n 60 "$log" >&2
    if (($(ls "$crashes" | wc -l) > before)); then
      reproducer=$(ls -t "$crashes" | head -n 1)
      echo "fuzz: $target: the input is $crashes/$reproducer; reproduce with" >&2
      echo "  $binary $crashes/$reproducer" >&2
    fi
  fi
done
exit $failed
