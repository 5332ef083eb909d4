#!/usr/bin/env bash
# The GIL views from the command line: usage: views.sh GILT EXAMPLES_DIR CASE
#
#   all      --trace, --report, --gil-stats and --timeline on the seed experiment
#   width    --timeline-width N: no line of the timeline wider than N columns
#   errors   a view that cannot be written; views after a script error keep its status
set -u
# Absolute paths: the test runs in a temporary directory.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
gilt=$1
[[ $gilt == */* ]] && gilt=$(realpath "$gilt")
examples=$(realpath "$2")
case=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
have_python=0
command -v python3 >/dev/null && have_python=1

fail() {
    echo "FAIL: $*"
    for f in stdout stderr; do [[ -s $f ]] && { echo "--- $f"; cat $f; }; done
    exit 1
}
expect_in() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }

case $case in
all)
    "$gilt" --trace out.json --report out.html --gil-stats --timeline \
        "$examples/threads_vs_sequential.py" 2000000 >stdout 2>stderr
    status=$?
    [[ $status == 0 ]] || fail "exit status $status"
    expect_in stdout "2 threads  :"
    expect_in stderr "GIL timeline: "
    expect_in stderr "GIL statistics over "
    expect_in stderr "parallelism"
    for name in MainThread count_up count_down; do
        grep -q "^$name *│" stderr || fail "no timeline lane for $name"
        grep -q "^$name  " stderr || fail "no stats row for $name"
    done
    # The two workers are CPU-bound; on a loaded machine the main thread may also have
    # spent most of its (short) life ready, waiting to get the GIL back after start().
    grep -Eq "(2|3) threads were CPU-bound" stderr || fail "stderr lacks: 2 threads were CPU-bound"
    [[ -s out.json ]] || fail "no trace written"
    [[ -s out.html ]] || fail "no report written"
    if ((have_python)); then
        python3 "$here/check_trace.py" out.json MainThread count_up count_down || fail "the trace is not valid"
    fi
    expect_in out.html "<svg"
    [[ $(grep -c '<g class="lane"' out.html) == 3 ]] || fail "the report should have 3 lanes"
    ;;
width)
    for width in 30 60 123; do
        "$gilt" --timeline-width $width "$examples/sleeping_threads.py" 5 0.05 >stdout 2>stderr
        status=$?
        [[ $status == 0 ]] || fail "exit status $status"
        expect_in stderr "GIL timeline: "
        [[ $(grep -c "│" stderr) == 6 ]] || fail "6 lanes expected at width $width"
        if ((have_python)); then
            python3 - "$width" <<'PY' || fail "a line wider than $width columns"
import sys
width = int(sys.argv[1])
text = open("stderr", encoding="utf-8").read()
timeline = text.split("\n\n")[0]  # the reading follows after a blank line
wide = [line for line in timeline.splitlines() if len(line) > width]
if wide:
    print("\n".join(wide))
    sys.exit(1)
PY
        fi
    done
    # Not a terminal: no colour.
    grep -q $'\x1b\\[' stderr && fail "colour codes though stderr is not a terminal"
    ;;
errors)
    # The script succeeded: an unwritable trace makes it exit 1, the report is still written.
    "$gilt" --trace no/such/dir/x.json --report ok.html -c 'print("ran")' >stdout 2>stderr
    status=$?
    [[ $status == 1 ]] || fail "exit status $status, expected 1"
    expect_in stdout "ran"
    expect_in stderr "gilt: cannot write trace to 'no/such/dir/x.json': No such file or directory"
    [[ -s ok.html ]] || fail "the report was not written"
    # The script failed: its status stays, the views are written anyway.
    "$gilt" --trace t.json --report no/r.html -c 'import sys; sys.exit(3)' >stdout 2>stderr
    status=$?
    [[ $status == 3 ]] || fail "exit status $status, expected 3"
    expect_in stderr "gilt: cannot write report to 'no/r.html': No such file or directory"
    [[ -s t.json ]] || fail "the trace was not written after sys.exit"
    "$gilt" --gil-stats --trace t2.json -c '1/0' >stdout 2>stderr
    status=$?
    [[ $status == 1 ]] || fail "exit status $status, expected 1"
    expect_in stderr "ZeroDivisionError: division by zero"
    expect_in stderr "GIL statistics over "
    [[ -s t2.json ]] || fail "the trace was not written after an exception"
    if ((have_python)); then python3 "$here/check_trace.py" t2.json MainThread >/dev/null || fail "bad trace"; fi
    # A bad width is a usage error.
    "$gilt" --timeline-width 0 -c pass >stdout 2>stderr
    status=$?
    [[ $status == 2 ]] || fail "exit status $status for --timeline-width 0, expected 2"
    ;;
*)
    echo "unknown case $case" >&2
    exit 2
    ;;
esac
echo "PASS: views $case"
