# Checks a Chrome Trace Event file from `gilt --trace` at the schema level: usage: check_trace.py FILE [THREAD...]
#
# The rules trace viewers rely on: a JSON object with a traceEvents list; every event
# named, with a phase, pid and tid; a thread_name record for every thread that has
# events; timestamps (microseconds from the recording's start) that never go back on a
# thread's track; complete slices with a duration, every B closed by an E; instant
# events scoped; a counter track. THREADs are names that must have a track.
import json
import sys


def fail(message):
    print(f"check_trace: {message}")
    sys.exit(1)


with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
if not isinstance(doc, dict) or not isinstance(doc.get("traceEvents"), list):
    fail("not an object with a traceEvents list")
if doc.get("displayTimeUnit") != "ms":
    fail("displayTimeUnit is not ms")

names = {}
last_ts = {}
open_slices = {}
phases = {}
for e in doc["traceEvents"]:
    for key in ("name", "ph", "pid", "tid"):
        if key not in e:
            fail(f"event without {key}: {e}")
    if not isinstance(e["name"], str) or not e["name"]:
        fail(f"event with an empty name: {e}")
    ph = e["ph"]
    phases[ph] = phases.get(ph, 0) + 1
    if ph == "M":
        if e["name"] == "thread_name":
            names[e["tid"]] = e["args"]["name"]
        continue
    ts = e.get("ts")
    if not isinstance(ts, (int, float)) or ts < 0:
        fail(f"bad timestamp: {e}")
    if ph == "C":
        if not all(isinstance(v, (int, float)) for v in e["args"].values()):
            fail(f"counter without numbers: {e}")
        continue
    tid = e["tid"]
    if tid not in names:
        fail(f"events on thread {tid} before (or without) its thread_name")
    if ts < last_ts.get(tid, 0):
        fail(f"timestamps go back on thread {names[tid]}: {ts} after {last_ts[tid]}")
    last_ts[tid] = ts
    if ph == "X":
        if not isinstance(e.get("dur"), (int, float)) or e["dur"] < 0:
            fail(f"complete event without a duration: {e}")
    elif ph == "B":
        open_slices[tid] = open_slices.get(tid, 0) + 1
    elif ph == "E":
        if open_slices.get(tid, 0) == 0:
            fail(f"E without B on thread {names[tid]}")
        open_slices[tid] -= 1
    elif ph == "i":
        if e.get("s") not in ("t", "p", "g"):
            fail(f"instant event without a scope: {e}")
    else:
        fail(f"unexpected phase {ph!r}")

if any(open_slices.values()):
    fail("a B event without its E")
if not phases.get("X"):
    fail("no slices")
if not phases.get("C"):
    fail("no counter events")
for wanted in sys.argv[2:]:
    if wanted not in names.values():
        fail(f"no track for thread {wanted!r} (tracks: {sorted(names.values())})")
print(f"check_trace: ok, {len(doc['traceEvents'])} events, threads {sorted(names.values())}")
