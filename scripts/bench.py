#!/usr/bin/env python3
"""`make bench`: ClaimGraph's speed and memory on a corpus made by repeating
seeds/ under distinct names (1,000 documents, 16 MB; with BIG=1, ten times
that), with only the project's own binary and /usr/bin/time.

Prints one table: documents, MB, wall seconds, MB/s, documents/s, user and
system CPU seconds and peak resident memory for `run --jobs 1`, `run --jobs 2`
(each from an empty output folder) and `annotate`, the speed-up from one job
to two, and the time of an incremental run: `run --jobs 2` again into the same
output with one document added (the median of five). Each row is the run with
the median wall time of three (BIG=1: of one): one run of a second on this
machine varies by a tenth. The clean runs with one job and with two take
turns, so that a slow spell falls on both.

The runs write under output/bench (or --out-root DIR, e.g. /dev/shm to take
the disk out of the figures: system time shows what creating the outputs costs).
No output is removed while runs are measured: each clean run's folder is moved
aside, and the folders moved aside are removed after the last run. On an ext4
file system without a journal (this machine's), making a file steps over every
inode freed in the last minute (six, once their blocks are written to again),
so removing 1,000 annotations right before the next clean run made that run's
system time mostly ext4 searching for a free inode (see docs/benchmarks.md).
Other programs' removals nearby do the same, and the bench cannot stop them:
before it measures, it times making 200 empty files where the runs write,
and while that is slow it says so and waits, up to seven minutes (ext4 steps
over an inode freed in the last six).

Usage: scripts/bench.py BINARY [--big] [--corpus-only] [--out-root DIR]
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/claimgraph")
BIG = "--big" in sys.argv
COPIES = 2000 if BIG else 200
WORK = ROOT / "output" / ("bench-big" if BIG else "bench")
OUT_ROOT = pathlib.Path(sys.argv[sys.argv.index("--out-root") + 1]) / WORK.name if "--out-root" in sys.argv else WORK


def make_corpus():
    corpus = WORK / "corpus"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    expected = COPIES * len(seeds)
    if corpus.exists() and len(list(corpus.iterdir())) == expected:
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for copy in range(COPIES):
        for seed in seeds:
            shutil.copyfile(seed, corpus / f"{seed.stem}_{copy:05d}.txt")
    # Written out now, not by the kernel's write-back during the first runs measured.
    os.sync()
    return corpus


def make_jsonl(corpus):
    lines = WORK / "corpus.jsonl"
    if not lines.exists():
        with open(lines, "w", encoding="utf-8") as out:
            for path in sorted(corpus.iterdir()):
                out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    return lines


REPEATS = 1 if BIG else 3
# Where the outputs of clean runs are moved aside until the bench ends.
ASIDE = OUT_ROOT / ".aside"
# How long making an empty file takes on this machine's disk when nothing was removed nearby lately: 10–13 µs.
SLOW_FILE_MICROSECONDS = 40
# How long ext4 without a journal steps over a freed inode (RECENTCY_MIN plus RECENTCY_DIRTY in fs/ext4/ialloc.c), and a minute more.
QUIET_WAIT_SECONDS = 420


def file_making_microseconds():
    """How long making an empty file where the runs write takes now: 200 of them, kept until the bench ends."""
    probe = ASIDE / f"probe-{time.time_ns()}"
    probe.mkdir(parents=True)
    started = time.perf_counter()
    for index in range(200):
        os.close(os.open(probe / str(index), os.O_CREAT | os.O_WRONLY, 0o644))
    return (time.perf_counter() - started) / 200 * 1e6


def wait_for_quiet_file_system():
    """Waits, saying so on stderr, while making a file where the runs write is slow: the clean runs would
    time the file system's search past recently freed inodes, not the program."""
    deadline = time.monotonic() + QUIET_WAIT_SECONDS
    while (microseconds := file_making_microseconds()) > SLOW_FILE_MICROSECONDS:
        if time.monotonic() > deadline:
            print(f"note: still {microseconds:.0f} µs a file; measuring anyway", file=sys.stderr)
            return
        print(f"waiting: making a file under {OUT_ROOT} takes {microseconds:.0f} µs now (10–13 µs on a quiet disk), "
              f"as on ext4 without a journal after many files were removed nearby (see docs/benchmarks.md)", file=sys.stderr)
        time.sleep(15)


def move_aside(folder):
    """Moves `folder`, if there is one, under ASIDE by one rename, so the next clean run starts from nothing."""
    if folder.exists():
        ASIDE.mkdir(parents=True, exist_ok=True)
        folder.rename(ASIDE / f"{folder.name}-{time.time_ns()}")


def remove_aside():
    """Removes what was moved aside."""
    shutil.rmtree(ASIDE, ignore_errors=True)


def median_of(runs, arguments, stdin=None):
    """`timed` `runs` times: the figures of the run with the median wall time."""
    return median([timed(arguments, stdin) for _ in range(runs)])


def median(results):
    """The figures of the run with the median wall time."""
    return sorted(results)[len(results) // 2]


def timed(arguments, stdin=None):
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
        # Wall time from here: /usr/bin/time gives it in hundredths, too coarse for a run of a tenth of a second.
        started = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-v"] + arguments, stdin=source, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - started
    if result.returncode not in (0, 2):
        sys.exit(f"{' '.join(arguments)}: exit {result.returncode}\n{result.stderr[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    user = float(re.search(r"User time \(seconds\): (\S+)", result.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", result.stderr).group(1))
    return seconds, peak, user, system


def main():
    corpus = make_corpus()
    if "--corpus-only" in sys.argv:
        return
    wait_for_quiet_file_system()
    try:
        measure(corpus)
    finally:
        remove_aside()


def measure(corpus):
    documents = len(list(corpus.iterdir()))
    megabytes = sum(path.stat().st_size for path in corpus.iterdir()) / 1e6
    lines = make_jsonl(corpus)
    gazetteers = str(ROOT / "gazetteers")
    rows = []
    # One job and two taking turns, so that a slow spell of the machine or the disk falls on both.
    clean = {jobs: [] for jobs in (1, 2)}
    for _ in range(REPEATS):
        for jobs in clean:
            out = OUT_ROOT / f"out-{jobs}"
            move_aside(out)
            clean[jobs].append(timed([BINARY, "run", "--quiet", "--export", "none", "--jobs", str(jobs), "--out", str(out),
                                      "--gazetteers", gazetteers, str(corpus)]))
    rows += [(f"run --jobs {jobs}",) + median(results) for jobs, results in clean.items()]
    rows.append(("annotate",) + median_of(REPEATS, [BINARY, "annotate", "--gazetteers", gazetteers], stdin=lines))
    # Again into the --jobs 2 output, with one document more: only that one is processed. Five times (the
    # document taken out and the output brought back between them), since one run of a tenth of a second is noisy.
    new_document = corpus / "zz_incremental_new.txt"
    again = [BINARY, "run", "--quiet", "--export", "none", "--jobs", "2", "--out", str(OUT_ROOT / "out-2"), "--gazetteers", gazetteers, str(corpus)]
    incremental_runs = []
    for _ in range(5):
        shutil.copyfile(ROOT / "seeds" / sorted(path.name for path in (ROOT / "seeds").glob("*.txt"))[1], new_document)
        try:
            incremental_runs.append(timed(again))
        finally:
            new_document.unlink()
        timed(again)
    incremental = sorted(incremental_runs)[len(incremental_runs) // 2]
    print(f"corpus: {documents} documents, {megabytes:.1f} MB ({corpus.relative_to(ROOT)}); outputs under {OUT_ROOT}")
    print(f"each row: the run with the median wall time of {REPEATS}")
    print()
    print(f"| {'command':14} | documents | MB | wall s | MB/s | documents/s | user s | sys s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, seconds, peak, user, system in rows:
        print(f"| {name:14} | {documents} | {megabytes:.1f} | {seconds:.2f} | {megabytes / seconds:.2f} | "
              f"{documents / seconds:.0f} | {user:.2f} | {system:.2f} | {peak:.0f} |")
    print()
    print(f"speed-up from 1 to 2 jobs: {rows[0][1] / rows[1][1]:.2f}x")
    print(f"incremental run --jobs 2 with one new document: {incremental[0]:.3f} s (median of {len(incremental_runs)}, "
          f"{min(incremental_runs)[0]:.3f}–{max(incremental_runs)[0]:.3f}), "
          f"{100 * incremental[0] / rows[1][1]:.1f} % of the clean --jobs 2 run; peak RSS {incremental[1]:.0f} MB")


if __name__ == "__main__":
    main()
