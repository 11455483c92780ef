"""Run every bench/bench_*.py in turn (each prints its own table of ratios against the peers).

Run: python bench/run_all.py [--quick]
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n# {script.name}", flush=True)
        code = subprocess.call([sys.executable, str(script)] + sys.argv[1:], cwd=str(HERE))
        if code:
            failed.append(script.name)
    if failed:
        print("\nfailed:", ", ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
