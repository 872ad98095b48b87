"""Start-up: process start to the main window's first paint, Fieldbrief vs. a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs N]
    .venv/bin/python bench/startup.py --bundle dist/Fieldbrief [--runs N]

Both run in fresh processes on the offscreen platform, alternating, through bench/first_paint_probe.py.
Fieldbrief runs on a database of 500 demo customers in a temporary data folder, with its modules compiled
to bytecode first, as an installed copy has them (where PYTHONDONTWRITEBYTECODE is set, nothing else
would write them and every run would compile the app from source).

With --bundle (the folder `make dist` builds), the standalone bundle is timed against the source tree
instead, both on the same data, both told to print the time of their first paint and quit
(--exit-on-first-paint: the bundle cannot take the probe).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROBE = REPO / "bench" / "first_paint_probe.py"
GOAL = 1.5
BUNDLE_GOAL = 1.2  # a rep should not wait noticeably longer for the bundle than for the source tree


def first_paint_seconds(script: Path, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    result = subprocess.run([sys.executable, str(PROBE), str(script), *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"{script.name} did not paint:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1]) - start


def reported_first_paint_seconds(command: list[str]) -> float:
    """Start ``command`` with --exit-on-first-paint and read the time it reports."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    result = subprocess.run([*command, "--exit-on-first-paint"], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120)
    painted = [line for line in result.stdout.splitlines() if line.startswith("first paint ")]
    if result.returncode != 0 or not painted:
        raise SystemExit(f"{command[0]} did not paint:\n{result.stderr}")
    return float(painted[-1].split()[-1]) - start


def bundle_against_source(bundle: Path, data_dir: str, runs: int) -> None:
    executable = bundle / ("fieldbrief.exe" if os.name == "nt" else "fieldbrief") if bundle.is_dir() else bundle
    source = [sys.executable, str(REPO / "main.py"), "--data-dir", data_dir]
    frozen = [str(executable), "--data-dir", data_dir]
    reported_first_paint_seconds(source)  # warm the file cache for both
    reported_first_paint_seconds(frozen)
    from_source, from_bundle = [], []
    for _ in range(runs):
        from_source.append(reported_first_paint_seconds(source))
        from_bundle.append(reported_first_paint_seconds(frozen))
    s, b = statistics.median(from_source), statistics.median(from_bundle)
    print(f"source tree (python main.py): median {s * 1000:.0f} ms over {runs} runs")
    print(f"bundle ({executable}): median {b * 1000:.0f} ms over {runs} runs")
    print(f"bundle_first_paint: {b / s:.2f}x (goal <= {BUNDLE_GOAL}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bundle", type=Path, metavar="PATH",
                        help="time this bundle (dist/Fieldbrief, or its executable) against the source tree")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", "main.py", "models", "ui"], cwd=REPO, check=True,
                   capture_output=True)
    with tempfile.TemporaryDirectory() as data_dir:
        subprocess.run([sys.executable, "main.py", "--data-dir", data_dir, "demo", "--customers", "500"],
                       cwd=REPO, check=True, capture_output=True)
        if args.bundle:
            bundle_against_source(args.bundle.absolute(), data_dir, args.runs)
            return 0
        app_args = (str(REPO / "main.py"), "--data-dir", data_dir)
        baseline_script = REPO / "bench" / "bare_qt_window.py"
        first_paint_seconds(baseline_script)  # warm the file cache for both
        first_paint_seconds(Path(app_args[0]), *app_args[1:])
        baseline, app = [], []
        for _ in range(args.runs):
            baseline.append(first_paint_seconds(baseline_script))
            app.append(first_paint_seconds(Path(app_args[0]), *app_args[1:]))
    b, a = statistics.median(baseline), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"Fieldbrief main window: median {a * 1000:.0f} ms over {args.runs} runs")
    print(f"startup_first_paint: {a / b:.2f}x (goal <= {GOAL}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
