#!/usr/bin/env bash
# The HTML report as a browser sees it: headless Chromium renders it and dumps the DOM, which must hold the SVG and a lane per thread.
#
# usage: report_chromium.sh GILT EXAMPLES_DIR
# Exits 77 (skipped) when chromium is not installed (Debian package `chromium`).
set -u
# Absolute paths: the test runs in a temporary directory.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
gilt=$1
[[ $gilt == */* ]] && gilt=$(realpath "$gilt")
examples=$(realpath "$2")
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
    echo "SKIP: chromium is not installed"
    exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
fail() {
    echo "FAIL: $*"
    exit 1
}

"$gilt" --report report.html "$examples/threads_vs_sequential.py" 1000000 >stdout 2>stderr ||
    fail "gilt failed: $(cat stderr)"
# No network, no profile, no first-run work: the page must stand on its own.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$dir/profile" --dump-dom "file://$dir/report.html" >dom.html 2>browser.log ||
    fail "chromium failed: $(tail -5 browser.log)"

grep -q '<svg' dom.html || fail "no <svg> in the rendered DOM"
lanes=$(grep -o '<g class="lane"[^>]*>' dom.html)
count=$(printf '%s\n' "$lanes" | grep -c 'class="lane"')
[[ $count == 3 ]] || fail "expected 3 lanes (MainThread, count_up, count_down), the DOM has $count"
for name in MainThread count_up count_down; do
    grep -q "data-thread=\"$name\"" <<<"$lanes" || fail "no lane for $name"
done
grep -q '<rect class="running"' dom.html || fail "no running spans"
grep -q '<table class="stats">' dom.html || fail "no stats table"
grep -q '<p class="reading">' dom.html || fail "no reading"
echo "PASS: report renders, $count lanes"
