"""Run every bench/bench_*.py in turn, then print one table of the goals they measured.

Run: python bench/run_all.py [--quick] [NAME ...]   (make bench; NAME e.g. jenks, spy)

Each benchmark prints its own tables of times and ratios against the peers, plus one `GOAL` line per
goal of its issue (see _common.goal); this script passes their output through and closes with the
table of all goals: benchmark, measure, value, goal, met or not.
"""

import subprocess
import sys
from pathlib import Path

from _common import GOAL_PREFIX, print_table

HERE = Path(__file__).resolve().parent


def run(script, args):
    """(exit code, goal rows) of one benchmark, its output passed through as it comes."""
    rows = []
    with subprocess.Popen(
        [sys.executable, str(script)] + args, cwd=str(HERE), stdout=subprocess.PIPE, text=True, bufsize=1
    ) as proc:
        for line in proc.stdout:
            if line.startswith(GOAL_PREFIX):
                rows.append(line.rstrip("\n").split("\t")[1:])
            else:
                sys.stdout.write(line)
                sys.stdout.flush()
    return proc.returncode, rows


def main():
    flags = [a for a in sys.argv[1:] if a.startswith("-")]
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.replace("bench_", "") in names]
    failed, goals = [], []
    for script in scripts:
        print(f"\n# {script.name}", flush=True)
        code, rows = run(script, flags)
        goals += rows
        if code:
            failed.append(script.name)
    if goals:
        print_table(
            "Goals of the issues (all benchmarks)", ("benchmark", "measure", "value", "goal", "met"), goals
        )
    if failed:
        print("\nfailed:", ", ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
