#!/usr/bin/env bash
# One command from a fresh Debian 12 clone to a built gilt: installs what is missing, builds, then runs the demo or every test.
#
#   cmake/setup.sh demo     install, build, run the main demo (the GIL experiment)
#   cmake/setup.sh test     install, build, run every test (what .ci/run calls)
#   cmake/setup.sh build    install and build only
#
# Missing Debian packages are installed with apt-get when run as root; otherwise the
# exact apt-get line is printed and nothing else happens. A second run is fast: CMake
# and Ninja rebuild only what changed. Environment knobs:
#   GILT_BUILD_DIR   build folder (default: build/ in the checkout)
#   GILT_JOBS        parallel jobs for building and testing (default: nproc)
#   GILT_SANITIZERS  for `test`: which sanitizer builds also run (default "thread address";
#                    "" skips them). Each builds in <build>-tsan / <build>-asan and runs
#                    the runtime tests and the threading scripts there.
set -euo pipefail

mode=${1:-}
case $mode in
  demo|test|build) ;;
  *) echo "usage: $0 demo|test|build" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${GILT_BUILD_DIR:-$root/build}
jobs=${GILT_JOBS:-$(nproc 2>/dev/null || echo 2)}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# ---- 1. Debian packages
# Compiler and build tools; the libraries gilt links (GMP for big ints, fmt, CLI11,
# libedit for the REPL, Boost.Context for coroutine fibers, pybind11 for the Python
# module); doctest for the unit tests; python3, the oracle the script tests compare
# against.
packages=(g++ cmake ninja-build pkg-config
          libgmp-dev libfmt-dev libcli11-dev libedit-dev libboost-context-dev
          pybind11-dev python3 python3-dev doctest-dev)
# The test command also renders the HTML report in headless Chromium (the `report` test).
if [[ $mode == test ]]; then
  packages+=(chromium)
fi

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
  done
else
  echo "warning: not a Debian system (no dpkg-query); assuming the dependencies are installed" >&2
fi

if ((${#missing[@]})); then
  line="apt-get install -y --no-install-recommends ${missing[*]}"
  if [[ $(id -u) == 0 ]]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    $line
  else
    echo "gilt needs these Debian packages: ${missing[*]}" >&2
    echo "install them with:" >&2
    echo "    sudo $line" >&2
    echo "then run this command again." >&2
    exit 1
  fi
fi

# ---- 2. Configure (once) and build (incrementally)
if [[ ! -f $build/CMakeCache.txt ]]; then
  say "configuring $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
say "building (${jobs} jobs)"
cmake --build "$build" -j "$jobs"

gilt=$build/interpreter/gilt

# ---- 3. Demo or tests
case $mode in
  build)
    say "built $gilt"
    ;;
  demo)
    demo=$root/examples/gil/threads_vs_sequential.py
    [[ -f $demo ]] || demo=$root/examples/tour.py
    say "running: gilt $(realpath --relative-to="$root" "$demo")"
    "$gilt" "$demo"
    ;;
  test)
    say "running every test (ctest, ${jobs} jobs)"
    ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 900
    # The concurrency code again under ThreadSanitizer and AddressSanitizer: the runtime
    # tests (the GIL protocol) and the scripts that start threads.
    for sanitizer in ${GILT_SANITIZERS-thread address}; do
      case $sanitizer in
        thread) dir=$build-tsan ;;
        address) dir=$build-asan ;;
        *) echo "unknown sanitizer '$sanitizer'" >&2; exit 2 ;;
      esac
      if [[ ! -f $dir/CMakeCache.txt ]]; then
        say "configuring $dir ($sanitizer sanitizer)"
        cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGILT_SANITIZE="$sanitizer" \
              -DGILT_GC_STRESS_TESTS=OFF -DGILT_BUILD_EXAMPLES=OFF
      fi
      say "building the $sanitizer-sanitizer build"
      cmake --build "$dir" -j "$jobs" --target gilt gilt_runtime_tests
      say "running the runtime tests and the threading scripts under the $sanitizer sanitizer"
      TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ASAN_OPTIONS="detect_leaks=1" \
      GILT_TEST_TIMEOUT_SCALE=4 \
        ctest --test-dir "$dir" -j "$jobs" --output-on-failure --timeout 900 \
              -R '^(runtime|script/(threading|queue|futures|stress)/.*)$'
    done
    ;;
esac
