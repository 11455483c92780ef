"""Shared helpers of the benchmarks: import path, timing, peak memory, table printing."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGINS = REPO / "build" / "plugins"
if not (PLUGINS / "landslide_susceptibility").exists():
    PLUGINS.mkdir(parents=True, exist_ok=True)
    (PLUGINS / "landslide_susceptibility").symlink_to(REPO, target_is_directory=True)
if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))
DATA = REPO / "bench" / "_data"


def timed(fn, *args, repeat=1, **kwargs):
    """(best seconds over *repeat* runs, last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_rss_mb():
    """Peak resident memory of this process so far (MB), from /proc (VmHWM)."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def status_kb(key):
    """The *key* line of /proc/self/status in kB (VmRSS, VmHWM, ...); 0 where it is missing."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def reset_peak():
    """Reset VmHWM to the current RSS (Linux >= 4.0); False when not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def child_result(command, what):
    """Run the benchmark child *command* and return the JSON of its "RESULT <json>" line; a
    RuntimeError naming *what* with the tail of its output where it printed none."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"{what} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")


def print_table(title, header, rows):
    """Print an aligned text table."""
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(header)]
    print(f"\n## {title}")
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
    sys.stdout.flush()


def versions(*distributions):
    """ "name version" of each installed distribution ("name not installed" otherwise), comma
    separated: the peers a benchmark measured, printed with its figures."""
    from importlib import metadata

    out = []
    for name in distributions:
        try:
            out.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name} not installed")
    return ", ".join(out)


def quick_flag():
    return "--quick" in sys.argv or os.environ.get("LSM_BENCH_QUICK") == "1"


GOAL_PREFIX = "GOAL\t"


def goal(measure, value, target, met):
    """Print one goal line (bench/run_all.py gathers them into the closing table of `make bench`)."""
    script = Path(sys.argv[0]).stem
    print(f"{GOAL_PREFIX}{script}\t{measure}\t{value}\t{target}\t{'met' if met else 'NOT met'}", flush=True)
