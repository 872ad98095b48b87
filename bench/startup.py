"""Start-up: process start to the main window's first paint, Fieldbrief vs. a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs N]

Both run in fresh processes on the offscreen platform, alternating, through bench/first_paint_probe.py.
Fieldbrief runs on a database of 500 demo customers in a temporary data folder, with its modules compiled
to bytecode first, as an installed copy has them (where PYTHONDONTWRITEBYTECODE is set, nothing else
would write them and every run would compile the app from source).
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


def first_paint_seconds(script: Path, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    result = subprocess.run([sys.executable, str(PROBE), str(script), *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"{script.name} did not paint:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", "main.py", "models", "ui"], cwd=REPO, check=True,
                   capture_output=True)
    with tempfile.TemporaryDirectory() as data_dir:
        subprocess.run([sys.executable, "main.py", "--data-dir", data_dir, "demo", "--customers", "500"],
                       cwd=REPO, check=True, capture_output=True)
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
