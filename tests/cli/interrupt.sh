#!/usr/bin/env bash
# Ctrl-C reaches a blocked main thread: runs SCRIPT under GILT, sends SIGINT once it printed "ready", and checks that it dies of KeyboardInterrupt promptly.
#
# Usage: interrupt.sh GILT SCRIPT
# Passes if the process exits within 5 s of the signal, with status 130 (killed by
# SIGINT, as CPython does after printing the traceback) and "KeyboardInterrupt" as the
# last line of stderr.
set -u
gilt=$1
script=$2
set -m # job control: the background child must not inherit an ignored SIGINT
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$gilt" "$script" >"$out" 2>"$err" &
pid=$!
for _ in $(seq 100); do
  grep -q ready "$out" 2>/dev/null && break
  sleep 0.05
done
if ! grep -q ready "$out"; then
  echo "FAIL: the script never printed 'ready'"; kill -9 $pid 2>/dev/null; cat "$err"; exit 1
fi
sleep 0.2 # let it block
kill -INT $pid
status=""
for _ in $(seq 100); do
  if ! kill -0 $pid 2>/dev/null; then wait $pid; status=$?; break; fi
  sleep 0.05
done
if [[ -z $status ]]; then
  echo "FAIL: still running 5 s after SIGINT"; kill -9 $pid; exit 1
fi
last=$(grep -v '^[[:space:]]*$' "$err" | tail -n 1)
if [[ $status != 130 || $last != KeyboardInterrupt* ]]; then
  echo "FAIL: status $status (expected 130), last stderr line: '$last'"; cat "$err"; exit 1
fi
echo "ok: status 130, $last"
