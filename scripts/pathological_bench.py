#!/usr/bin/env python3
"""Worst cases stay linear: runs `claimgraph run --jobs 1` over each
pathological input at two sizes, N and 2N, and prints the time ratio.
A ratio near 2 is linear; well above 2 means a quadratic path crept in.

Usage: scripts/pathological_bench.py [BINARY] [N]   (make bench-pathological)
"""
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/claimgraph")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20000

CASES = {
    "unbalanced quotation marks": lambda n: "“ ” \" " * n,
    "one line without spaces": lambda n: "x" * (n * 50),
    "one giant quotation": lambda n: "“" + "The decree said so, he said. " * n + "”",
    "a cue in every sentence": lambda n: "Karin said that the decree is good. " * n,
    "names everywhere": lambda n: "Erlan Karin met Zhemis Turmagambetova and the European Commission. " * n,
    "nested single quotes": lambda n: "‘He said ‘no’ to ‘them’’ " * n,
}


def timed_run(path, out):
    start = time.perf_counter()
    result = subprocess.run([BINARY, "run", "--quiet", "--no-cache", "--jobs", "1", "--out", out, "--gazetteers", str(ROOT / "gazetteers"), path],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 2):
        sys.exit(f"{path}: exit {result.returncode}\n{result.stderr}")
    return elapsed


def main():
    print(f"{'case':32} {'MB at N':>8} {'s at N':>8} {'s at 2N':>8} {'ratio':>6}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, make in CASES.items():
            times = []
            for n in (N, 2 * N):
                path = os.path.join(folder, f"case_{n}.txt")
                pathlib.Path(path).write_text(make(n), encoding="utf-8")
                size = os.path.getsize(path)
                timed_run(path, os.path.join(folder, "out"))  # warm the file cache and the lexicon
                times.append((size, min(timed_run(path, os.path.join(folder, "out")) for _ in range(2))))
            ratio = times[1][1] / times[0][1]
            worst = max(worst, ratio)
            print(f"{name:32} {times[0][0] / 1e6:8.2f} {times[0][1]:8.2f} {times[1][1]:8.2f} {ratio:6.2f}")
    print(f"worst ratio {worst:.2f} (2.0 is linear; times include a fixed start-up of loading the gazetteers)")


if __name__ == "__main__":
    main()
