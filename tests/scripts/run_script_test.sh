#!/usr/bin/env bash
# Runs one script test: executes SCRIPT under gilt and checks it against the
# expectations written inline in the script (and, optionally, against CPython).
#
# Usage: run_script_test.sh GILT SCRIPT [PYTHON]
#
#   GILT    the gilt executable (a path, or a name found on PATH)
#   SCRIPT  the test script, tests/scripts/<feature>/<case>.py
#   PYTHON  optional: a CPython 3.11 interpreter. When given (non-empty) and the
#           script has no "# skip python:" line, the script also runs under it,
#           and the test fails if CPython does not produce exactly what the
#           expectations say ("expectation disagrees with CPython"): the
#           expectations must always be CPython's behaviour, never gilt's.
#
# Expectations are comments in the script:
#
#   # expect: TEXT         one line of expected stdout. TEXT is everything after
#                          "# expect: " (the one space after the colon belongs to
#                          the marker) up to the end of the line, with trailing
#                          spaces, tabs and CRs removed. "# expect:" with nothing
#                          after it expects an empty line. The marker may end a
#                          code line (print(2)  # expect: 2) or stand on its own.
#   # expect error: TEXT   the script must fail: exit status 1 (unless
#                          "# expect exit:" says otherwise) and the last
#                          non-empty line of stderr must be TEXT.
#   # expect stderr: TEXT  one line of the expected stderr, for tests of whole
#                          tracebacks. When a script has any of these lines,
#                          its entire stderr must equal them (in file order,
#                          each followed by "\n"; TEXT is taken as for
#                          "# expect:", and "# expect stderr:" alone is an
#                          empty line). Before the comparison, trailing
#                          whitespace is removed from every line of the actual
#                          stderr and each occurrence of the script's
#                          directory (absolute path) is replaced by "<dir>",
#                          so a traceback line reads
#                          '  File "<dir>/case.py", line 3, in f'. It may be
#                          combined with "# expect error:" (the last line is
#                          then checked twice, harmlessly). CPython shows
#                          source lines in tracebacks, comments included: keep
#                          expectation markers off the lines a traceback shows.
#   # expect exit: N       the expected exit status (default 0, or 1 with
#                          "# expect error:" or "# expect stderr:").
#   # skip python: REASON  do not run under CPython; an intended difference,
#                          and the reason is mandatory.
#   # timeout: N           on a line of its own: seconds before the run is
#                          killed (default 60). GILT_TEST_TIMEOUT_SCALE (a
#                          whole number, default 1) multiplies it, for slow
#                          builds such as GC stress or sanitizers.
#   # gcstress: N          on a line of its own: under GC stress (GILT_GC_STRESS
#                          set and not 0), gilt runs with GILT_GC_STRESS=N, a
#                          collection after every N-th allocation instead of
#                          after each one. A collection costs time proportional
#                          to the live heap, so stressing every allocation is
#                          quadratic; this is for the few long programs with a
#                          big heap that would otherwise take minutes. Use a
#                          prime N (so collections drift through loop bodies
#                          instead of always hitting the same instruction), as
#                          small as keeps the stress run within a few seconds.
#
# The expected stdout is built by this exact rule: every "# expect:" line of the
# file, in file order, followed by "\n". No expectations means no output at all.
# Actual stdout must match byte for byte. So output cannot end without a newline
# and cannot carry trailing whitespace on a line: a test of print(..., end="")
# prints a final newline, and a test of padding prints delimiters around it.
# Only the first "# expect: " on a line counts, and a marker inside a string
# literal counts too: keep the markers out of the strings a test prints.
#
# When no error (and no stderr) is expected, stderr must be empty.
#
# Each run (gilt, then CPython) gets: the script by absolute path, a fresh
# temporary directory as its working directory (removed afterwards), stdin from
# SCRIPT with ".py" replaced by ".stdin" if that file exists (else /dev/null),
# PYTHONDONTWRITEBYTECODE=1 and PYTHONIOENCODING=utf-8 added to the caller's
# environment (anything else, such as GILT_GC_STRESS=1, passes through), and a
# time limit; a run that exceeds it fails with "timed out after N s".
#
# Exit status: 0 if the test passes, 1 if it fails (with a report on stdout),
# 2 if the command line is wrong. GILT_TEST_VERBOSE=1 prints everything even
# when the test passes.
#
# Needs only bash, coreutils (timeout among them) and diffutils (cmp, diff);
# it works without any Python installed.

set -u

usage() {
  echo "usage: $0 GILT SCRIPT [PYTHON]" >&2
  exit 2
}

[[ $# -ge 2 && $# -le 3 ]] || usage
gilt=$1
script=$2
python=${3-}
verbose=${GILT_TEST_VERBOSE:-0}
[[ $verbose == 0 ]] && verbose=""

[[ -f $script ]] || { echo "FAIL: no such script: $script"; exit 1; }

# The runs happen in a temporary directory, so every path must be absolute.
script="$(cd "$(dirname "$script")" && pwd)/$(basename "$script")"
absolute_command() {
  # A bare name is looked up on PATH as usual; a relative path is anchored here.
  if [[ $1 == */* && $1 != /* ]]; then
    echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  else
    echo "$1"
  fi
}
gilt=$(absolute_command "$gilt")
[[ -n $python ]] && python=$(absolute_command "$python")
command -v "$gilt" >/dev/null || { echo "FAIL: gilt executable not found: $gilt"; exit 1; }
if [[ -n $python ]] && ! command -v "$python" >/dev/null; then
  echo "FAIL: Python interpreter not found: $python"
  exit 1
fi

stdin_file=${script%.py}.stdin
[[ -f $stdin_file ]] || stdin_file=/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/gilt-script-test.XXXXXX") || {
  echo "FAIL: cannot create a temporary directory"
  exit 1
}
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT TERM

# ---------------------------------------------------------------------------
# Reading the expectations.

strip_trailing() {
  # Sets $stripped to $1 without trailing spaces, tabs and CRs. No subshell:
  # it runs once per line of the script and of stderr.
  stripped=$1
  while [[ $stripped == *[$' \t\r'] ]]; do stripped=${stripped%?}; done
}

expected_stdout=$work/expected.stdout
: >"$expected_stdout"
expected_stderr=$work/expected.stderr
: >"$expected_stderr"
has_expect_stderr=""
expect_error=""
has_expect_error=""
expect_exit=""
skip_python=""
timeout_secs=60
gcstress_interval=""
file_errors=()
lineno=0

while IFS= read -r line || [[ -n $line ]]; do
  lineno=$((lineno + 1))
  strip_trailing "$line"
  line=$stripped
  if [[ $line == *"# expect: "* ]]; then
    printf '%s\n' "${line#*"# expect: "}" >>"$expected_stdout"
  elif [[ $line == *"# expect:" ]]; then
    printf '\n' >>"$expected_stdout"
  elif [[ $line == *"# expect:"* ]]; then
    file_errors+=("line $lineno: '# expect:' must be followed by one space: $line")
  fi
  if [[ $line == *"# expect stderr: "* ]]; then
    has_expect_stderr=1
    printf '%s\n' "${line#*"# expect stderr: "}" >>"$expected_stderr"
  elif [[ $line == *"# expect stderr:" ]]; then
    has_expect_stderr=1
    printf '\n' >>"$expected_stderr"
  elif [[ $line == *"# expect stderr:"* ]]; then
    file_errors+=("line $lineno: '# expect stderr:' must be followed by one space: $line")
  fi
  if [[ $line == *"# expect error: "* ]]; then
    [[ -n $has_expect_error ]] && file_errors+=("line $lineno: a second '# expect error:'")
    has_expect_error=1
    expect_error=${line#*"# expect error: "}
  elif [[ $line == *"# expect error:"* ]]; then
    file_errors+=("line $lineno: '# expect error:' needs the expected stderr line after it")
  fi
  if [[ $line == *"# expect exit:"* ]]; then
    value=${line#*"# expect exit:"}
    value=${value# }
    if [[ $value =~ ^[0-9]+$ ]] && ((value <= 255)); then
      [[ -n $expect_exit ]] && file_errors+=("line $lineno: a second '# expect exit:'")
      expect_exit=$((10#$value))
    else
      file_errors+=("line $lineno: '# expect exit:' needs a status from 0 to 255: $line")
    fi
  fi
  if [[ $line == *"# skip python:"* ]]; then
    skip_python=${line#*"# skip python:"}
    skip_python=${skip_python# }
    [[ -n $skip_python ]] || file_errors+=("line $lineno: '# skip python:' needs a reason")
  fi
  if [[ $line =~ ^[[:blank:]]*#\ timeout:\ *([0-9]+)$ ]]; then
    timeout_secs=$((10#${BASH_REMATCH[1]}))
    ((timeout_secs > 0)) || file_errors+=("line $lineno: '# timeout:' must be positive")
  fi
  if [[ $line =~ ^[[:blank:]]*#\ gcstress: ]]; then
    if [[ $line =~ ^[[:blank:]]*#\ gcstress:\ *([0-9]+)$ ]] && ((10#${BASH_REMATCH[1]} > 0)); then
      gcstress_interval=$((10#${BASH_REMATCH[1]}))
    else
      file_errors+=("line $lineno: '# gcstress:' needs a positive allocation interval: $line")
    fi
  fi
done <"$script"

if [[ -z $expect_exit ]]; then
  if [[ -n $has_expect_error || -n $has_expect_stderr ]]; then expect_exit=1; else expect_exit=0; fi
fi

scale=${GILT_TEST_TIMEOUT_SCALE:-1}
[[ $scale =~ ^[1-9][0-9]*$ ]] || scale=1
timeout_secs=$((timeout_secs * scale))

# A stress run of a script that declares its own interval uses that interval.
if [[ -n $gcstress_interval && -n ${GILT_GC_STRESS:-} && ${GILT_GC_STRESS} != 0 ]]; then
  export GILT_GC_STRESS=$gcstress_interval
fi

if ((${#file_errors[@]} > 0)); then
  echo "FAIL: $script"
  echo "The test file's expectations are malformed:"
  printf '  %s\n' "${file_errors[@]}"
  exit 1
fi

# ---------------------------------------------------------------------------
# Running.

# run NAME COMMAND: runs COMMAND SCRIPT in a fresh directory; leaves
# $work/NAME.stdout, $work/NAME.stderr and the exit status in run_status.
run() {
  local name=$1 command=$2
  local dir=$work/$name.cwd
  mkdir "$dir"
  # The outer subshell keeps bash's own "Segmentation fault" notices out of
  # the report: the crash is reported from the exit status instead.
  (
    (
      cd "$dir" &&
        PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 \
          exec timeout -k 5 "$timeout_secs" "$command" "$script"
    ) <"$stdin_file" >"$work/$name.stdout" 2>"$work/$name.stderr"
    exit $?
  ) 2>/dev/null
  run_status=$?
  rm -rf "$dir"
}

# Prints the last non-empty line of a file, trailing whitespace removed.
# Only the file's tail is read unless it is all blank: stderr can be long.
last_nonempty_line() {
  local line last=""
  while IFS= read -r line || [[ -n $line ]]; do
    strip_trailing "$line"
    [[ -n $stripped ]] && last=$stripped
  done < <(tail -n 50 "$1")
  if [[ -z $last ]]; then
    while IFS= read -r line || [[ -n $line ]]; do
      strip_trailing "$line"
      [[ -n $stripped ]] && last=$stripped
    done <"$1"
  fi
  printf '%s' "$last"
}

# Prints FILE with trailing whitespace removed from each line and the script's
# directory replaced by "<dir>" (for the "# expect stderr:" comparison).
script_dir=$(dirname "$script")
normalize_stderr() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    strip_trailing "$line"
    printf '%s\n' "${stripped//"$script_dir"/<dir>}"
  done <"$1"
}

describe_status() {
  local status=$1
  case $status in
    124) echo "$status (timed out after $timeout_secs s)" ;;
    125) echo "$status (timeout itself failed)" ;;
    126) echo "$status (command found but not executable)" ;;
    127) echo "$status (command not found)" ;;
    137) echo "$status (killed by SIGKILL: timed out after $timeout_secs s and ignored SIGTERM?)" ;;
    *)
      if ((status > 128)); then
        echo "$status (killed by signal SIG$(kill -l $((status - 128)) 2>/dev/null || echo $((status - 128))))"
      else
        echo "$status"
      fi
      ;;
  esac
}

# check NAME: compares the run NAME with the expectations; appends the reasons
# of any mismatch to the array failures.
check() {
  local name=$1 status=$2
  local out=$work/$name.stdout err=$work/$name.stderr
  failures=()
  if ((status == 124 && expect_exit != 124)); then
    failures+=("timed out after $timeout_secs s")
  elif ((status != expect_exit)); then
    failures+=("exit status: expected $expect_exit, got $(describe_status "$status")")
  fi
  if ! cmp -s "$expected_stdout" "$out"; then
    failures+=("stdout differs from the expectations")
  fi
  if [[ -n $has_expect_stderr ]]; then
    normalize_stderr "$err" >"$work/$name.stderr.normalized"
    if ! cmp -s "$expected_stderr" "$work/$name.stderr.normalized"; then
      failures+=("stderr differs from the '# expect stderr:' lines")
      diff -u --text --label expected --label "$name stderr" "$expected_stderr" \
        "$work/$name.stderr.normalized" >"$work/$name.stderr.diff"
    fi
  fi
  if [[ -n $has_expect_error ]]; then
    local last
    last=$(last_nonempty_line "$err")
    if [[ $last != "$expect_error" ]]; then
      failures+=("last line of stderr: expected '$expect_error', got '$last'")
    fi
  elif [[ -z $has_expect_stderr && -s $err ]]; then
    failures+=("stderr is not empty, and no error was expected")
  fi
}

show_file() {
  # Prints a file indented, at most about 40 lines (its head and its tail).
  local file=$1 label=$2 lines
  lines=$(wc -l <"$file")
  local unterminated=""
  [[ -s $file && $(tail -c 1 "$file" | wc -l) -eq 0 ]] && unterminated=1
  [[ -n $unterminated ]] && lines=$((lines + 1))
  if ((lines == 0)); then
    echo "--- $label: (empty)"
    return
  fi
  if ((lines == 1)); then echo "--- $label (1 line):"; else echo "--- $label ($lines lines):"; fi
  if [[ -z $verbose ]] && ((lines > 40)); then
    head -n 20 "$file" | indent
    echo "    ... $((lines - 40)) lines omitted ..."
    tail -n 20 "$file" | indent
  else
    indent <"$file"
  fi
  [[ -n $unterminated ]] && echo "    (no newline at end)"
  return 0
}

indent() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    printf '    %s\n' "$line"
  done
}

show_diff() {
  local name=$1 label=$2
  if cmp -s "$expected_stdout" "$work/$name.stdout"; then
    echo "--- stdout: as expected"
  else
    echo "--- stdout diff (expected vs $label):"
    diff -u --text --label expected --label "$label" "$expected_stdout" "$work/$name.stdout" >"$work/diff"
    if [[ -z $verbose ]] && (($(wc -l <"$work/diff") > 100)); then
      head -n 100 "$work/diff"
      echo "... diff truncated at 100 lines (GILT_TEST_VERBOSE=1 shows it all) ..."
    else
      cat "$work/diff"
    fi
  fi
}

show_expectations() {
  echo "--- expected exit status: $expect_exit"
  [[ -n $has_expect_error ]] && echo "--- expected last line of stderr: $expect_error"
  [[ -n $has_expect_stderr ]] && show_file "$expected_stderr" "expected stderr"
  show_file "$expected_stdout" "expected stdout"
}

failed=""

run gilt "$gilt"
gilt_status=$run_status
check gilt "$gilt_status"
if ((${#failures[@]} > 0)); then
  failed=1
  echo "FAIL: $script"
  echo "Command: (cd <temporary directory> && $gilt $script) < $stdin_file"
  printf '* %s\n' "${failures[@]}"
  echo "--- gilt exit status: $(describe_status "$gilt_status")"
  show_diff gilt "gilt stdout"
  [[ -f $work/gilt.stderr.diff ]] && { echo "--- stderr diff (expected vs gilt stderr, normalized):"; cat "$work/gilt.stderr.diff"; }
  [[ -n $verbose ]] && show_file "$work/gilt.stdout" "gilt stdout"
  show_file "$work/gilt.stderr" "gilt stderr"
  [[ -n $verbose ]] && show_expectations
elif [[ -n $verbose ]]; then
  echo "gilt: as expected ($script)"
  show_expectations
  echo "--- gilt exit status: $(describe_status "$gilt_status")"
  show_file "$work/gilt.stdout" "gilt stdout"
  show_file "$work/gilt.stderr" "gilt stderr"
fi

if [[ -n $python && -n $skip_python ]]; then
  [[ -n $verbose ]] && echo "CPython: not run (skip python: $skip_python)"
elif [[ -n $python ]]; then
  run python "$python"
  python_status=$run_status
  check python "$python_status"
  if ((${#failures[@]} > 0)); then
    [[ -n $failed ]] && echo
    failed=1
    echo "FAIL: $script: expectation disagrees with CPython"
    echo "The inline expectations must be what CPython does; fix the test, not gilt."
    echo "Command: (cd <temporary directory> && $python $script) < $stdin_file"
    printf '* CPython: %s\n' "${failures[@]}"
    echo "--- CPython exit status: $(describe_status "$python_status")"
    show_diff python "CPython stdout"
    [[ -f $work/python.stderr.diff ]] && { echo "--- stderr diff (expected vs CPython stderr, normalized):"; cat "$work/python.stderr.diff"; }
    [[ -n $verbose ]] && show_file "$work/python.stdout" "CPython stdout"
    show_file "$work/python.stderr" "CPython stderr"
  elif [[ -n $verbose ]]; then
    echo "CPython: agrees with the expectations"
    echo "--- CPython exit status: $(describe_status "$python_status")"
    show_file "$work/python.stdout" "CPython stdout"
    show_file "$work/python.stderr" "CPython stderr"
  fi
fi

if [[ -n $failed ]]; then
  exit 1
fi
echo "PASS: $script"
exit 0
