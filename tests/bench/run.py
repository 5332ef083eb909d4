#!/usr/bin/env python3
# Runs the benchmarks in this folder under gilt, CPython and Lua and prints their times side by side as ratios.
"""Benchmark runner for gilt.

Every ``*.py`` file in this folder (except this one and names starting with
``_``) is a benchmark; a ``.lua`` file with the same stem is its Lua twin.
Header comments at the top of a benchmark may carry directives:

    # bench: skip-lua             ignore the Lua twin even if one exists
    # bench: lua-output-differs   time the Lua twin but do not compare its output

Each interpreter runs each benchmark ``--repeat`` times (interleaved, so a
burst of load on a shared machine hurts all of them alike) and the best wall
time counts. gilt's stdout must equal CPython's byte for byte.

Exit status: 0 when every gilt run succeeded and matched CPython, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent.parent
STARTUP = "startup"
KNOWN_DIRECTIVES = {"skip-lua", "lua-output-differs"}

GILT, PYTHON, LUA = "gilt", "python3", "lua5.4"
GILT_RECORDING = "gilt --trace"  # the same run with GIL event recording on
PYTHON_BARE = "python3 -I -S"


@dataclass
class Benchmark:
    name: str
    script: Path
    lua_twin: Optional[Path]
    directives: set = field(default_factory=set)


@dataclass
class Outcome:
    """What one interpreter did with one benchmark over all its runs."""

    best: Optional[float] = None  # seconds; None if no run succeeded
    stdout: Optional[bytes] = None
    error: Optional[str] = None  # short text for the table cell
    detail: str = ""  # longer text (stderr tail) for the report below the table
    runs: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.best is not None


# ---------------------------------------------------------------- discovery


def read_directives(script: Path) -> set:
    # Only the leading comment block counts, so a "# bench:" deep inside a
    # benchmark's code can never change how it is run.
    found = set()
    with script.open(encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith("#"):
                break
            body = stripped.lstrip("#").strip()
            if body.startswith("bench:"):
                for word in body[len("bench:"):].replace(",", " ").split():
                    if word not in KNOWN_DIRECTIVES:
                        raise SystemExit(f"{script.name}: unknown directive '# bench: {word}' "
                                         f"(known: {', '.join(sorted(KNOWN_DIRECTIVES))})")
                    found.add(word)
    return found


def discover() -> List[Benchmark]:
    this = Path(__file__).resolve()
    benches = []
    for script in sorted(BENCH_DIR.glob("*.py")):
        if script.resolve() == this or script.name.startswith("_"):
            continue
        directives = read_directives(script)
        twin = script.with_suffix(".lua")
        lua_twin = twin if twin.exists() and "skip-lua" not in directives else None
        benches.append(Benchmark(script.stem, script, lua_twin, directives))
    return benches


# ---------------------------------------------------------------- running


def describe_exit(code: int) -> str:
    if code < 0:
        sig = -code
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        # Shell convention (128 + signal), the number people recognise.
        return f"exit {128 + sig} ({name})"
    return f"exit {code}"


def tail(data: bytes, lines: int = 12) -> str:
    text = data.decode("utf-8", errors="replace").rstrip("\n")
    kept = text.splitlines()[-lines:]
    return "\n".join(kept)


def run_once(cmd: Sequence[str], timeout: float):
    """Returns (seconds, stdout, None) or (None, stdout, (error, detail))."""
    start = time.perf_counter()
    try:
        # A session of its own, so a timeout (or Ctrl-C here) can kill the
        # whole process group: a benchmark that starts worker processes must
        # not leave them running, nor keep our pipes open after its death.
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=BENCH_DIR, start_new_session=True)
    except FileNotFoundError:
        return None, None, ("not found", f"{cmd[0]}: no such file")
    except PermissionError:
        return None, None, ("not executable", f"{cmd[0]}: permission denied")
    except OSError as e:
        return None, None, ("cannot start", f"{cmd[0]}: {e}")
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        stdout, stderr = proc.communicate()
        return None, stdout, (f"timeout {timeout:g}s", tail(stderr or b""))
    except BaseException:
        kill_group(proc)
        proc.wait()
        raise
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        return None, stdout, (describe_exit(proc.returncode), tail(stderr))
    return elapsed, stdout, None


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def progress(text: str, end: str = "\n") -> None:
    sys.stderr.write(text + end)
    sys.stderr.flush()


def measure(bench: Benchmark, commands: Dict[str, List[str]], repeat: int,
            timeout: float) -> Dict[str, Outcome]:
    outcomes = {name: Outcome() for name in commands}
    for rep in range(1, repeat + 1):
        for interp, cmd in commands.items():
            out = outcomes[interp]
            if out.error is not None:
                continue  # one failure is enough; do not wait for more timeouts
            progress(f"{bench.name}: {interp} run {rep}/{repeat} ...", end="")
            seconds, stdout, failure = run_once(cmd, timeout)
            out.runs += 1
            if failure is not None:
                out.error, out.detail = failure
                out.stdout = stdout
                out.best = None
                progress(f" error: {out.error}")
                continue
            progress(f" {seconds:.3f} s")
            if out.stdout is None:
                out.stdout = stdout
            elif stdout != out.stdout:
                # A benchmark whose output changes between runs cannot be
                # checked against CPython; say so rather than pick one.
                out.error = "nondeterministic"
                out.detail = (f"run 1 printed:\n{show(out.stdout)}\n"
                              f"run {rep} printed:\n{show(stdout)}")
                out.best = None
                continue
            out.best = seconds if out.best is None else min(out.best, seconds)
    return outcomes


def measure_startup(commands: Dict[str, List[str]], runs: int,
                    timeout: float) -> Dict[str, Outcome]:
    outcomes = {name: Outcome() for name in commands}
    totals = {name: 0.0 for name in commands}
    # One untimed run each first: the first exec after a build pays for
    # page-cache misses that no later run does.
    for interp, cmd in commands.items():
        _, _, failure = run_once(cmd, timeout)
        if failure is not None:
            outcomes[interp].error, outcomes[interp].detail = failure
    progress(f"startup: {runs} runs each ...", end="")
    for _ in range(runs):
        for interp, cmd in commands.items():
            out = outcomes[interp]
            if out.error is not None:
                continue
            seconds, _, failure = run_once(cmd, timeout)
            if failure is not None:
                out.error, out.detail = failure
                continue
            totals[interp] += seconds
            out.runs += 1
    for interp, out in outcomes.items():
        if out.error is None and out.runs:
            out.best = totals[interp] / out.runs  # a mean, not a best: see README
    progress(" done")
    return outcomes


# ---------------------------------------------------------------- machine info


def first_line(cmd: Sequence[str]) -> str:
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=20)
    except FileNotFoundError:
        return "not found"
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e.__class__.__name__})"
    text = proc.stdout.decode("utf-8", errors="replace").strip()
    line = text.splitlines()[0] if text else ""
    if proc.returncode != 0:
        return f"error: {describe_exit(proc.returncode)}" + (f" ({line})" if line else "")
    return line or "(no output)"


def resolve_python(name: str) -> str:
    """The real CPython binary behind `name`.

    A version-manager shim (pyenv, asdf) is a shell script that execs the real
    interpreter; timing through it would charge CPython for the shim's own
    start-up in every run.
    """
    path = shutil.which(name) or name
    try:
        proc = subprocess.run([path, "-c", "import sys; print(sys.executable)"],
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return path
    real = proc.stdout.decode("utf-8", errors="replace").strip()
    return real if proc.returncode == 0 and real and os.access(real, os.X_OK) else path


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine_info(gilt: str, python: str, lua: Optional[str]) -> str:
    lua_version = first_line([lua, "-v"]).split("  Copyright")[0] if lua else "not found"
    try:
        load = "load %.2f" % os.getloadavg()[0]
    except OSError:
        load = "load ?"
    return (f"{cpu_model()} ({os.cpu_count()} cpus, {load}) | "
            f"python3: {first_line([python, '--version'])} ({python}) | "
            f"lua5.4: {lua_version} | "
            f"gilt: {first_line([gilt, '--version'])} ({gilt})")


# ---------------------------------------------------------------- report


def show(data: Optional[bytes], limit: int = 30) -> str:
    if data is None:
        return "    (nothing)"
    lines = data.decode("utf-8", errors="replace").splitlines()
    shown = ["    " + line for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"    ... ({len(lines) - limit} more lines)")
    return "\n".join(shown) if shown else "    (empty)"


def cell_time(out: Optional[Outcome], scale: float, digits: int) -> str:
    if out is None:
        return "-"
    if out.error is not None:
        return f"error: {out.error}"
    if out.best is None:
        return "-"
    return f"{out.best * scale:.{digits}f}"


def cell_ratio(num: Optional[Outcome], den: Optional[Outcome]) -> str:
    if num is None or den is None or not num.ok or not den.ok or den.best <= 0:
        return "-"
    return f"{num.best / den.best:.2f}x"


def format_table(header: List[str], rows: List[List[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |",
                 "|" + "|".join("---" if i in (0, len(header) - 1) else "---:"
                                for i in range(len(header))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) if rows else len(header[i])
              for i in range(len(header))]

    def fmt(r: List[str]) -> str:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:-1], widths[1:-1])]
        return "  ".join(cells + [r[-1]]).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(header), rule] + [fmt(r) for r in rows])


def main(argv: Optional[Sequence[str]] = None) -> int:
    benches = discover()
    names = [b.name for b in benches] + [STARTUP]

    ap = argparse.ArgumentParser(
        description="Time gilt against python3 and lua5.4 on the benchmarks in "
                    f"{BENCH_DIR}. Progress goes to stderr, the table to stdout.")
    ap.add_argument("--gilt", default=str(REPO_ROOT / "build" / "gilt"),
                    help="gilt executable (default: build/gilt under the repo root)")
    ap.add_argument("--python", default="python3", help="CPython to compare with (default: python3)")
    ap.add_argument("--lua", default="lua5.4",
                    help="Lua to compare with (default: lua5.4); 'none' to skip Lua")
    ap.add_argument("--repeat", type=int, default=3, help="runs per interpreter, best counts (default: 3)")
    ap.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(names))
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run (default: 120)")
    ap.add_argument("--startup-runs", type=int, default=30, help="runs averaged for startup (default: 30)")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("--recording", action="store_true",
                    help="also time gilt with GIL event recording on (--trace to a scratch file) "
                         "and show the cost as a column")
    args = ap.parse_args(argv)

    if args.list:
        for b in benches:
            twin = f" (+ {b.lua_twin.name})" if b.lua_twin else ""
            extra = f" [{', '.join(sorted(b.directives))}]" if b.directives else ""
            print(f"{b.name}{twin}{extra}")
        print(f"{STARTUP} (-c pass / -e '')")
        return 0
    if args.repeat < 1 or args.startup_runs < 1:
        ap.error("--repeat and --startup-runs must be at least 1")

    selected = set(names)
    if args.only:
        selected = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = selected - set(names)
        if unknown:
            ap.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}; "
                     f"available: {', '.join(names)}")

    gilt = args.gilt
    python = resolve_python(args.python)
    lua = None if args.lua.lower() == "none" else shutil.which(args.lua)

    info = machine_info(gilt, python, lua)
    progress(info)

    # The recording's trace is written at exit and thrown away; writing it is part of
    # the cost being measured.
    trace_scratch = os.path.join(tempfile.gettempdir(), f"gilt-bench-trace-{os.getpid()}.json")
    results: List[tuple] = []  # (bench, outcomes)
    for bench in benches:
        if bench.name not in selected:
            continue
        commands = {GILT: [gilt, str(bench.script)], PYTHON: [python, str(bench.script)]}
        if args.recording:
            commands[GILT_RECORDING] = [gilt, "--trace", trace_scratch, str(bench.script)]
        if lua and bench.lua_twin:
            commands[LUA] = [lua, str(bench.lua_twin)]
        results.append((bench, measure(bench, commands, args.repeat, args.timeout)))

    startup = None
    startup_note = ""
    if STARTUP in selected:
        commands = {GILT: [gilt, "-c", "pass"], PYTHON: [python, "-c", "pass"]}
        if lua:
            commands[LUA] = [lua, "-e", ""]
        # Not a column: CPython without site-packages, whose .pth files can
        # import whole packages at start-up and dominate the row above.
        commands[PYTHON_BARE] = [python, "-I", "-S", "-c", "pass"]
        startup = measure_startup(commands, args.startup_runs, args.timeout)

    # ---- table
    header = ["benchmark", "gilt s", "python3 s", "lua5.4 s", "vs python3", "vs lua", "output"]
    if args.recording:
        header[2:2] = ["gilt recording s", "recording cost"]
    rows: List[List[str]] = []
    notes: List[str] = []
    failed = False
    for bench, outs in results:
        g, p, l = outs.get(GILT), outs.get(PYTHON), outs.get(LUA)
        checks = []
        if g.ok and p.ok:
            if g.stdout == p.stdout:
                checks.append("ok")
            else:
                checks.append("MISMATCH !!!")
                failed = True
                notes.append(f"!!! MISMATCH in {bench.name}: gilt and python3 printed different output\n"
                             f"  gilt printed:\n{show(g.stdout)}\n"
                             f"  python3 printed:\n{show(p.stdout)}")
        elif not p.ok:
            checks.append("no reference")
        else:
            checks.append("-")
        if l is not None and l.ok and p.ok and "lua-output-differs" not in bench.directives \
                and l.stdout != p.stdout:
            checks.append("lua differs")
            notes.append(f"lua twin of {bench.name} printed different output from python3\n"
                         f"  lua printed:\n{show(l.stdout)}\n"
                         f"  python3 printed:\n{show(p.stdout)}")
        for interp, out in outs.items():
            if out.error is not None:
                if interp == GILT or interp == PYTHON:
                    failed = True
                notes.append(f"{bench.name}: {interp} failed: {out.error}"
                             + (f"\n{indent(out.detail)}" if out.detail else ""))
        lua_cell = cell_time(l, 1.0, 3) if l is not None else ("no twin" if not bench.lua_twin
                                                              else "-")
        # A wrong answer's speed means nothing, so a mismatch gets no ratio.
        matched = not any(c.startswith("MISMATCH") for c in checks)
        row = [bench.name, cell_time(g, 1.0, 3), cell_time(p, 1.0, 3), lua_cell,
               cell_ratio(p, g) if matched else "MISMATCH",
               cell_ratio(l, g) if matched else "-", ", ".join(checks)]
        if args.recording:
            r = outs.get(GILT_RECORDING)
            if r is not None and r.stdout is not None and g.stdout is not None and r.stdout != g.stdout:
                failed = True
                notes.append(f"{bench.name}: gilt printed something else with recording on")
            cost = (f"{(r.best / g.best - 1) * 100:+.1f}%" if r is not None and r.ok and g.ok and g.best > 0
                    else "-")
            row[2:2] = [cell_time(r, 1.0, 3), cost]
        rows.append(row)
    if startup is not None:
        g, p, l = startup.get(GILT), startup.get(PYTHON), startup.get(LUA)
        runs = max((o.runs for o in startup.values()), default=0)
        row = [f"startup (ms, mean of {runs})", cell_time(g, 1000.0, 1), cell_time(p, 1000.0, 1),
               cell_time(l, 1000.0, 1), cell_ratio(p, g), cell_ratio(l, g), ""]
        if args.recording:
            row[2:2] = ["-", "-"]
        rows.append(row)
        for interp, out in startup.items():
            if out.error is not None:
                if interp == GILT:
                    failed = True
                notes.append(f"startup: {interp} failed: {out.error}"
                             + (f"\n{indent(out.detail)}" if out.detail else ""))
        bare = startup.get(PYTHON_BARE)
        if bare is not None and bare.ok:
            startup_note = (f"startup of `python3 -I -S -c pass` (no site-packages): "
                            f"{bare.best * 1000:.1f} ms; gilt is "
                            f"{cell_ratio(bare, g) if g.ok else '-'} against it")

    print(f"{'*' if args.markdown else ''}{info}{'*' if args.markdown else ''}")
    print(f"{'' if args.markdown else '# '}best of {args.repeat} wall-clock runs; "
          "ratios above 1.00x mean gilt is faster")
    print()
    print(format_table(header, rows, args.markdown))
    if startup_note:
        print()
        print(startup_note)
    if notes:
        print()
        if args.markdown:
            print("```")
        print("\n\n".join(notes))
        if args.markdown:
            print("```")
    if args.recording and os.path.exists(trace_scratch):
        os.remove(trace_scratch)
    return 1 if failed else 0


def indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        progress("\ninterrupted")
        sys.exit(130)
