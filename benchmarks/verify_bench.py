"""Verify throughput against `sha256sum` over the same files, file by file, in one run.

A temporary archive is filled with WAV files of random samples, 50–200 MB each, about 2 GiB in
all (the import copies them into the vault; the sources are then removed). Then, each cold (page
cache dropped before it, when running as root) and warm (files already in the cache):

  (a) `cat` of every vault file to /dev/null: how fast the disk can be read
  (b) `sha256sum FILE`, one file after another (one process per file, as a script would)
  (c) `verify(archive)` in this process: every recording re-hashed, several files at once,
      plus the audit chain; the archive is opened before the clock starts

The figures of interest are (b)/(c), how many times faster verify is than sha256sum file by
file, and (c) against (a), whether verify keeps up with the disk.

    .venv/bin/python benchmarks/verify_bench.py [--gib 2] [--dir /tmp] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import CacheDropper, load_avg, machine_facts, make_big_file  # noqa: E402

MB = 1_000_000


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def fill_archive(work: Path, total: int, seed: int) -> tuple[Path, list[Path]]:
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.ingest import ImportRequest, import_paths

    rng = random.Random(seed)
    source = work / "source"
    source.mkdir()
    root = work / "archive"
    with Archive.create(root, "Bench") as archive:
        made, n = 0, 0
        while made < total:
            size = min(rng.randint(50 * MB, 200 * MB), max(total - made, 50 * MB))
            path = source / f"REC20261128_{n:06d}.WAV"
            make_big_file(path, size)
            report = import_paths(archive, Actor("bench"), ImportRequest(paths=[path]))
            assert report.imported, f"not imported: {path}"
            path.unlink()
            made += size
            n += 1
        files = list(archive.vault.iter_objects())
    return root, files


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_cat(files: list[Path]) -> None:
    subprocess.run(["cat", *map(str, files)], stdout=subprocess.DEVNULL, check=True)


def run_sha256sum(files: list[Path]) -> None:
    for f in files:
        subprocess.run(["sha256sum", str(f)], stdout=subprocess.DEVNULL, check=True)


def run_verify(archive) -> None:
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.verify import verify

    report = verify(archive, Actor("bench"))
    assert report.ok, report.problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gib", type=float, default=2.0, help="total size of the clips (default 2)")
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()), help="where the temp archive goes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from evidenceroom.core.archive import Archive
    from evidenceroom.core.verify import WORKERS

    total = int(args.gib * 1024 ** 3)
    work = Path(tempfile.mkdtemp(prefix="verify-bench-", dir=args.dir))
    drop = CacheDropper()
    result: dict = {"started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "machine": machine_facts(args.dir), "load_start": load_avg(), "workers": WORKERS}
    try:
        log(f"filling an archive with {args.gib} GiB of clips in {work}")
        root, files = fill_archive(work, total, args.seed)
        size = sum(f.stat().st_size for f in files)
        result.update(files=len(files), bytes=size)
        with Archive.open(root) as archive:
            for mode in ("cold", "warm"):
                figures = {}
                for name, fn in (("cat", lambda: run_cat(files)), ("sha256sum", lambda: run_sha256sum(files)),
                                 ("verify", lambda: run_verify(archive))):
                    if mode == "cold":
                        drop()
                    else:
                        run_cat(files)  # make sure every file is in the cache
                    seconds = timed(fn)
                    figures[name] = {"seconds": round(seconds, 2), "MB_per_s": round(size / MB / seconds, 1)}
                    log(f"{mode:4} {name:9} {seconds:7.2f} s  {size / MB / seconds:7.1f} MB/s")
                figures["verify_vs_sha256sum"] = round(figures["sha256sum"]["seconds"] / figures["verify"]["seconds"], 2)
                figures["verify_vs_disk"] = round(figures["cat"]["seconds"] / figures["verify"]["seconds"], 2)
                result[mode] = figures
        result["cache_dropped"] = drop.dropped
        if not drop.dropped:
            result["note"] = drop.note
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["load_end"] = load_avg()
    result["ended"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"{result['files']} files, {result['bytes'] / MB:.0f} MB, {result['workers']} hashing threads, "
              f"{result['machine'].get('nproc')} CPUs ({result['machine'].get('cpu', '?')})")
        for mode in ("cold", "warm"):
            r = result[mode]
            print(f"{mode}: cat {r['cat']['seconds']} s, sha256sum file by file {r['sha256sum']['seconds']} s, "
                  f"verify {r['verify']['seconds']} s -> verify is {r['verify_vs_sha256sum']}x sha256sum, "
                  f"{r['verify_vs_disk']}x the disk read")
        print(f"load average start {result['load_start']}, end {result['load_end']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
