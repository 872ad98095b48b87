"""Shared by the benchmarks (run as `.venv/bin/python bench/NAME.py`, so this folder is on the path)."""

import time


def timed(action) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
