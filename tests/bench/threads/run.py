#!/usr/bin/env python3
# Measures the GIL's observable effects (threads vs sequential, sleeping threads, GIL-releasing natives, races, lock and thread costs) under gilt and python3.
"""Runner for the thread benchmarks in this folder.

Each ``*.py`` here (but this file) prints ``metric value`` lines. The runner runs
each script under gilt and under python3, ``--repeat`` times each, interleaved, and
keeps for every metric the best run (the lowest value: all metrics are times, ratios
or losses, where lower means less disturbed by other load), except for the convoy,
whose metrics are the median of the runs (see MEDIAN_OF_RUNS). The table shows both
interpreters side by side; metrics only gilt reports (its GIL accounting) have no
python3 column.

    python3 tests/bench/threads/run.py [--gilt PATH] [--python PATH] [--repeat N] [--markdown]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent

# Metrics where a higher value is the interesting one (best = max), e.g. updates lost.
HIGHER_IS_BEST = {"lost_unprotected"}
# Benchmarks reported as the median of their runs: the convoy stall is itself a race
# (whether the CPU-bound thread grabs the GIL during an I/O call), so it strikes some
# runs and not others, and the best run would hide the very effect being measured.
MEDIAN_OF_RUNS = {"convoy"}

DESCRIPTIONS = {
    "cpu_threads": "two CPU-bound threads vs the same work sequentially",
    "sleeping_threads": "50 threads each time.sleep(0.1)",
    "native_release": "two threads in a GIL-releasing native (gilt: gil.native_compute, python3: hashlib)",
    "race": "unprotected x = x + 1, 2 x 1M, switch interval 1 us; then with a Lock",
    "lock_pingpong": "Lock ping-pong between two threads",
    "thread_start_join": "Thread start + join",
    "convoy": "1000 send+recv over a socketpair, alone and next to a CPU-bound thread (per op)",
}


def run(cmd: list[str], env: dict[str, str], script: Path, timeout: float) -> dict[str, float] | str:
    try:
        p = subprocess.run(cmd + [str(script)], capture_output=True, text=True, timeout=timeout,
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **env))
    except subprocess.TimeoutExpired:
        return f"timeout {timeout:.0f}s"
    except FileNotFoundError:
        return "not found"
    if p.returncode != 0:
        tail = (p.stderr.strip().splitlines() or ["?"])[-1]
        return f"exit {p.returncode}: {tail}"
    metrics = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                metrics[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return metrics


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gilt", default=str(ROOT / "build" / "interpreter" / "gilt"))
    ap.add_argument("--python", default=sys.executable if "python" in Path(sys.executable).name else "python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", default="", help="comma-separated script names")
    ap.add_argument("--policies", default="new,legacy,io-priority",
                    help="GIL policies to run gilt under (GILT_GIL_POLICY), comma-separated")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()

    scripts = sorted(p for p in HERE.glob("*.py") if p.name != "run.py" and not p.name.startswith("_"))
    if args.only:
        wanted = set(args.only.split(","))
        scripts = [s for s in scripts if s.stem in wanted]
    interpreters = {}
    for policy in [p for p in args.policies.split(",") if p]:
        interpreters["gilt" if policy == "new" else f"gilt {policy}"] = ([args.gilt], {"GILT_GIL_POLICY": policy})
    interpreters["python3"] = ([args.python], {})
    names = list(interpreters)
    best: dict[str, dict[str, dict[str, float]]] = {}
    samples: dict[tuple[str, str, str], list[float]] = {}  # (script, interpreter, metric) -> values
    errors: dict[tuple[str, str], str] = {}
    for script in scripts:
        best[script.stem] = {name: {} for name in names}
        for r in range(args.repeat):
            for name, (cmd, env) in interpreters.items():
                print(f"{script.stem}: {name} run {r + 1}/{args.repeat} ...", file=sys.stderr, flush=True)
                out = run(cmd, env, script, args.timeout)
                if isinstance(out, str):
                    errors[(script.stem, name)] = out
                    continue
                slot = best[script.stem][name]
                for k, v in out.items():
                    samples.setdefault((script.stem, name, k), []).append(v)
                    keep_max = k in HIGHER_IS_BEST
                    if k not in slot or (v > slot[k] if keep_max else v < slot[k]):
                        slot[k] = v

    for (stem, name, k), values in samples.items():
        if stem in MEDIAN_OF_RUNS:
            values.sort()
            mid = len(values) // 2
            best[stem][name][k] = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"*{os.cpu_count()} cpus, load {load:.2f}; best of {args.repeat} runs per interpreter "
          f"(median for {', '.join(sorted(MEDIAN_OF_RUNS))})*\n")
    sep = "|" if args.markdown else " "
    header = ["benchmark", "metric"] + names
    rows = []
    fmt = lambda v: "-" if v is None else (f"{v:.0f}" if abs(v) >= 100 else f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}")
    for stem, per in best.items():
        keys = list(dict.fromkeys(k for name in names for k in per[name]))
        for k in keys:
            rows.append([stem, k] + [fmt(per[name].get(k)) for name in names])
        for name in names:
            if (stem, name) in errors and not per[name]:
                rows.append([stem, f"({name} failed)", errors[(stem, name)]] + [""] * (len(names) - 1))
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|---|" + "---:|" * len(names))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
        for r in [header] + rows:
            print("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    print()
    for stem in best:
        print(f"- {stem}: {DESCRIPTIONS.get(stem, '')}")
    return 1 if any(k[1].startswith("gilt") for k in errors) else 0


if __name__ == "__main__":
    sys.exit(main())
