#!/usr/bin/env python3
"""Import speed of EvidenceRoom next to a plain copy and plain hashing.

Measured on the same large file, each command timed --runs times (default 3)
and the median taken, taking the commands in turn within each round:

  (a) cp SRC DST && sync
  (b) openssl dgst -sha256 SRC
  (c) sha256sum SRC
  (d) evidenceroom --archive ARCH import SRC   (the CLI; ARCH a freshly initialised archive)
  (e) the import as the application does it, in-process: a fresh child process
      opens ARCH with Archive.open and starts libvlc (neither timed, as in the running app), then only
      ingest.import_paths(archive, Actor("bench"), ImportRequest(paths=[SRC])) is timed
  (f) vault.copy_and_hash(SRC, DST) alone in a fresh child process: the vault's
      read+hash+write pipeline with no database, no probe, no rename

and, for many small files, the same (d), (e) and (f) on the folder TREE next to
cp -r TREE DST && sync.

As root, the page cache is dropped before every timed command (for (e) and (f)
before the child process starts) with sync; echo 3 > /proc/sys/vm/drop_caches,
so each one reads from the disk; when that is not possible the output says so.

Before the first timed command the benchmark waits (polling every 20 s, up to
15 min) until the 1-minute load average is below 0.6; the load average at the
start and the end is part of the output.

The target is import / max(cp+sync, openssl) <= 1.15, for (e), the import
without the Python start-up that the application pays once; the CLI's ratio is
reported too.

Usage:
  .venv/bin/python benchmarks/bench_import.py [--size-mib 1024] [--dir DIR] [--json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import random
import shlex
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.15
CHUNK = 8 * 1024 * 1024
REPO = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter: `python -c CHILD REPO MODE ...`; prints one JSON object.
#   import ARCH SRC   open ARCH, time ingest.import_paths of SRC (a file or a folder)
#   copy SRC DST      time vault.copy_and_hash of SRC to DST (every file of a folder
#                     into the folder DST), then time starting libvlc as the import does
CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
mode = sys.argv[2]
out = {}
if mode == "import":
    from evidenceroom.core.archive import Archive
    from evidenceroom.core.audit import Actor
    from evidenceroom.core.ingest import ImportRequest, import_paths
    arch, src = Path(sys.argv[3]), Path(sys.argv[4])
    from evidenceroom.core import media
    archive = Archive.open(arch)
    # The desktop application starts libvlc when it starts (its review pane needs it), so the
    # clerk's import never pays for it; here it is started before the clock runs, like the archive.
    media.libvlc_unavailable()
    actor = Actor("bench")
    marks = {}

    def progress(p):
        now = time.perf_counter()
        if p.bytes_done and "first_byte" not in marks:
            marks["first_byte"] = now
        if p.bytes_total and p.bytes_done >= p.bytes_total and "last_byte" not in marks:
            marks["last_byte"] = now

    start = time.perf_counter()
    report = import_paths(archive, actor, ImportRequest(paths=[src]), progress)
    out["seconds"] = time.perf_counter() - start
    archive.close()
    for key in ("first_byte", "last_byte"):
        if key in marks:
            out[key + "_seconds"] = marks[key] - start
    out["imported"] = len(report.imported)
    out["not_imported"] = len(report.duplicates) + len(report.rejected) + len(report.skipped)
    out["sha256"] = [i.sha256 for i in report.imported[:1]]
elif mode == "copy":
    from evidenceroom.core.vault import copy_and_hash
    src, dst = Path(sys.argv[3]), Path(sys.argv[4])
    if src.is_dir():
        files = sorted(p for p in src.rglob("*") if p.is_file())
        dst.mkdir()
        start = time.perf_counter()
        digests = [copy_and_hash(f, dst / f"{i:05d}")[0] for i, f in enumerate(files)]
        out["seconds"] = time.perf_counter() - start
        out["files"] = len(digests)
    else:
        start = time.perf_counter()
        digest, _ = copy_and_hash(src, dst)
        out["seconds"] = time.perf_counter() - start
        out["sha256"] = [digest]
    start = time.perf_counter()
    from evidenceroom.core import media
    out["libvlc_unavailable"] = media.libvlc_unavailable()
    out["libvlc_start_seconds"] = time.perf_counter() - start
print(json.dumps(out))
"""


# ---------------------------------------------------------------- helpers

def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def evidenceroom_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "evidenceroom", *args]


def child(mode: str, *args: Path) -> dict:
    """Run CHILD in a fresh interpreter and return what it printed."""
    cmd = [sys.executable, "-c", CHILD, str(REPO), mode, *map(str, args)]
    proc = run_checked(cmd)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def load_avg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def wait_for_quiet(below: float, max_wait: float, poll: float = 20.0) -> dict:
    """Wait until the 1-minute load average is below `below`, polling, for at most `max_wait` s."""
    start = time.monotonic()
    while True:
        load = os.getloadavg()[0]
        waited = time.monotonic() - start
        if load < below:
            return {"quiet_reached": True, "waited_seconds": round(waited)}
        if waited >= max_wait:
            log(f"note: 1-minute load average still {load:.2f} after {waited:.0f} s; measuring anyway")
            return {"quiet_reached": False, "waited_seconds": round(waited)}
        log(f"1-minute load average {load:.2f} (want < {below}); waiting {poll:.0f} s ...")
        time.sleep(poll)


def run_checked(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        raise SystemExit(
            f"command failed with exit code {proc.returncode}: {' '.join(cmd)}\n"
            f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-2000:]}"
        )
    return proc


def timed(cmd: list[str] | str, shell: bool = False) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, shell=shell, stdin=subprocess.DEVNULL, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        shown = cmd if isinstance(cmd, str) else " ".join(cmd)
        raise SystemExit(
            f"command failed with exit code {proc.returncode}: {shown}\n"
            f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-2000:]}"
        )
    return elapsed, proc


class CacheDropper:
    """Drops the page cache between runs when allowed; remembers why not otherwise."""

    def __init__(self) -> None:
        self.enabled = os.geteuid() == 0
        self.note = "" if self.enabled else "not running as root: page cache NOT dropped between runs"

    def __call__(self) -> None:
        os.sync()
        if not self.enabled:
            return
        try:
            with open("/proc/sys/vm/drop_caches", "w") as fh:
                fh.write("3\n")
        except OSError as exc:
            self.enabled = False
            self.note = f"could not drop the page cache ({exc.strerror}); runs may read from cache"
            log(f"note: {self.note}")

    @property
    def dropped(self) -> bool:
        return self.enabled


def wav_header(data_bytes: int, rate: int = 8000, channels: int = 1, bits: int = 16) -> bytes:
    block = channels * bits // 8
    return b"".join([
        b"RIFF", struct.pack("<I", 36 + data_bytes), b"WAVE",
        b"fmt ", struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, bits),
        b"data", struct.pack("<I", data_bytes),
    ])


def make_big_file(path: Path, size: int) -> str:
    """A valid PCM WAV file of exactly `size` bytes whose samples are random noise."""
    header = wav_header(size - 44, rate=48000, channels=2)
    digest = hashlib.sha256()
    with open(path, "wb") as fh:
        fh.write(header)
        digest.update(header)
        left = size - len(header)
        while left:
            block = os.urandom(min(CHUNK, left))
            fh.write(block)
            digest.update(block)
            left -= len(block)
        fh.flush()
        os.fsync(fh.fileno())
    return digest.hexdigest()


def make_small_tree(root: Path, count: int) -> int:
    """`count` distinct 0.5 s mono 8 kHz WAV files laid out like a recorder's DCIM folder."""
    rate, seconds = 8000, 0.5
    frames = int(rate * seconds)
    total = 0
    for i in range(count):
        folder = root / "DCIM" / f"{100 + i // 100}DSJV9"
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random(i)
        freq = 200.0 + 3.0 * i
        samples = bytearray()
        for n in range(frames):
            tone = 0.2 * math.sin(2 * math.pi * freq * n / rate)
            noise = rng.uniform(-0.05, 0.05)
            samples += struct.pack("<h", int(32767 * (tone + noise)))
        hh, rest = divmod(8 * 3600 + i * 7, 3600)
        mm, ss = divmod(rest, 60)
        path = folder / f"REC20261128_{hh:02d}{mm:02d}{ss:02d}_{i:04d}.WAV"
        data = wav_header(len(samples)) + bytes(samples)
        path.write_bytes(data)
        total += len(data)
    os.sync()
    return total


def machine_facts(directory: Path) -> dict:
    facts: dict = {"nproc": os.cpu_count(), "kernel": platform.release()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                facts["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                facts["mem_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    try:
        out = subprocess.run(["df", "-T", str(directory)], capture_output=True, text=True).stdout
        fields = out.splitlines()[1].split()
        facts["fs_device"], facts["fs_type"] = fields[0], fields[1]
        facts["fs_mount"] = fields[-1]
    except (OSError, IndexError):
        pass
    return facts


def median(values: list[float]) -> float:
    return statistics.median(values)


# ---------------------------------------------------------------- benchmark

def fresh_archive(work: Path, name: str) -> Path:
    arch = work / name
    if arch.exists():
        shutil.rmtree(arch)
    run_checked(evidenceroom_cmd("--archive", str(arch), "init", "--unit", "Bench"))
    return arch


def import_args(source: Path, mode: str) -> list[str]:
    if mode == "directory":
        return [str(source)]
    return sorted(str(p) for p in source.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mib", type=int, default=1024, help="size of the large file (default 1024)")
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()),
                    help="where to put the temporary files (default: the system temp dir)")
    ap.add_argument("--runs", type=int, default=3, help="runs per command; the median is reported (default 3)")
    ap.add_argument("--small-files", type=int, default=1000, help="number of small files (default 1000; 0 skips)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    ap.add_argument("--keep", action="store_true", help="keep the temporary files")
    ap.add_argument("--load-below", type=float, default=0.6,
                    help="wait until the 1-minute load average is below this before measuring (default 0.6)")
    ap.add_argument("--max-wait", type=float, default=900,
                    help="wait at most this many seconds for that (default 900; 0 does not wait)")
    args = ap.parse_args(argv)
    if args.size_mib < 1 or args.runs < 1 or args.small_files < 0:
        ap.error("--size-mib and --runs must be positive, --small-files not negative")

    size = args.size_mib * 1024 * 1024
    args.dir.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(args.dir).free
    if free < 3 * size + 256 * 1024 * 1024:
        raise SystemExit(f"not enough free space in {args.dir}: {free / 2**30:.1f} GiB, "
                         f"need about {3 * size / 2**30 + 0.25:.1f} GiB")

    version = run_checked(evidenceroom_cmd("--version")).stdout.strip()
    work = Path(tempfile.mkdtemp(prefix="evidenceroom-bench-", dir=args.dir))
    drop = CacheDropper()
    results: dict = {
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "evidenceroom_version": version,
        "python": sys.executable,
        "dir": str(args.dir.resolve()),
        "machine": machine_facts(args.dir),
        "runs": args.runs,
        "target": TARGET,
    }
    try:
        # ------------------------------------------------ one large file
        src = work / "REC20261128_101500.WAV"
        log(f"writing {args.size_mib} MiB of random samples to {src} ...")
        src_sha = make_big_file(src, size)
        tree = work / "card"
        tree_bytes = 0
        if args.small_files:
            log(f"writing {args.small_files} small WAV files under {tree}/DCIM ...")
            tree_bytes = make_small_tree(tree, args.small_files)
        os.sync()

        # ------------------------------------------------ a quiet machine
        results["load_average"] = {"wait_until_below": args.load_below, "max_wait_seconds": args.max_wait,
                                   "before_waiting": load_avg()}
        results["load_average"].update(wait_for_quiet(args.load_below, args.max_wait))
        results["load_average"]["start"] = load_avg()
        log(f"load average at the start: {results['load_average']['start']}")

        dst = work / "copy.WAV"
        times: dict[str, list[float]] = {"cp_sync": [], "openssl": [], "sha256sum": [],
                                         "import": [], "sync_after_import": [],
                                         "import_inprocess": [], "copy_and_hash": []}
        parts: dict[str, list[float]] = {"inprocess_first_byte": [], "inprocess_last_byte": [],
                                         "libvlc_start": []}
        digest_seen = None
        for rnd in range(1, args.runs + 1):
            log(f"large file, round {rnd}/{args.runs}")
            drop()
            t, _ = timed(f"cp -- {shlex.quote(str(src))} {shlex.quote(str(dst))} && sync", shell=True)
            times["cp_sync"].append(t)
            dst.unlink()
            drop()
            t, proc = timed(["openssl", "dgst", "-sha256", str(src)])
            times["openssl"].append(t)
            assert src_sha in proc.stdout, "openssl gave a different SHA-256"
            drop()
            t, proc = timed(["sha256sum", str(src)])
            times["sha256sum"].append(t)
            assert proc.stdout.startswith(src_sha), "sha256sum gave a different SHA-256"
            arch = fresh_archive(work, "archive")
            drop()
            t, proc = timed(evidenceroom_cmd("--archive", str(arch), "import", str(src)))
            times["import"].append(t)
            digest_seen = src_sha[:12] in (proc.stdout + proc.stderr).lower()
            # Anything the import left unwritten shows up here.
            t, _ = timed(["sync"])
            times["sync_after_import"].append(t)
            shutil.rmtree(arch)
            os.sync()
            # (e) in-process, as the application imports
            arch = fresh_archive(work, "archive")
            drop()
            out = child("import", arch, src)
            assert out["imported"] == 1 and out["sha256"] == [src_sha], f"in-process import: {out}"
            times["import_inprocess"].append(out["seconds"])
            parts["inprocess_first_byte"].append(out.get("first_byte_seconds", float("nan")))
            parts["inprocess_last_byte"].append(out.get("last_byte_seconds", float("nan")))
            shutil.rmtree(arch)
            os.sync()
            # (f) the vault's copy+hash alone
            drop()
            out = child("copy", src, dst)
            assert out["sha256"] == [src_sha], "copy_and_hash gave a different SHA-256"
            times["copy_and_hash"].append(out["seconds"])
            parts["libvlc_start"].append(out["libvlc_start_seconds"])
            dst.unlink()
            os.sync()

        med = {k: median(v) for k, v in times.items()}
        base = max(med["cp_sync"], med["openssl"])
        large = {
            "size_mib": args.size_mib,
            "sha256": src_sha,
            "import_printed_sha256": digest_seen,
            "seconds": {k: [round(x, 3) for x in v] for k, v in times.items()},
            "median_seconds": {k: round(v, 3) for k, v in med.items()},
            "ratios": {
                "import/cp_sync": med["import"] / med["cp_sync"],
                "import/openssl": med["import"] / med["openssl"],
                "import/sha256sum": med["import"] / med["sha256sum"],
                "import/max(cp_sync,openssl)": med["import"] / base,
                "import_inprocess/cp_sync": med["import_inprocess"] / med["cp_sync"],
                "import_inprocess/openssl": med["import_inprocess"] / med["openssl"],
                "import_inprocess/max(cp_sync,openssl)": med["import_inprocess"] / base,
                "copy_and_hash/max(cp_sync,openssl)": med["copy_and_hash"] / base,
                "import_inprocess/copy_and_hash": med["import_inprocess"] / med["copy_and_hash"],
            },
            # Inside the in-process import: seconds from its start to the first and to the last
            # byte hashed (progress callbacks), and starting libvlc in a fresh process.
            "inprocess_parts_seconds": {k: [round(x, 3) for x in v] for k, v in parts.items()},
            "inprocess_parts_median_seconds": {k: round(median(v), 3) for k, v in parts.items()},
        }
        large["ratios"] = {k: round(v, 3) for k, v in large["ratios"].items()}
        large["target_ratio"] = "import_inprocess/max(cp_sync,openssl)"
        large["meets_target"] = large["ratios"]["import_inprocess/max(cp_sync,openssl)"] <= TARGET
        large["cli_meets_target"] = large["ratios"]["import/max(cp_sync,openssl)"] <= TARGET
        results["large_file"] = large
        src.unlink()

        # ------------------------------------------------ many small files
        if args.small_files:
            results["load_average"]["before_small_files"] = load_avg()
            # Find out once whether import takes a folder; otherwise pass every file.
            probe = fresh_archive(work, "probe")
            p = subprocess.run(evidenceroom_cmd("--archive", str(probe), "import", str(tree)),
                               stdin=subprocess.DEVNULL, capture_output=True, text=True)
            mode = "directory" if p.returncode == 0 else "file list"
            shutil.rmtree(probe)
            small_times: dict[str, list[float]] = {"cp_r_sync": [], "import": [], "import_inprocess": [],
                                                   "copy_and_hash": []}
            tree_copy = work / "card-copy"
            for rnd in range(1, args.runs + 1):
                log(f"small files, round {rnd}/{args.runs}")
                drop()
                t, _ = timed(f"cp -r -- {shlex.quote(str(tree))} {shlex.quote(str(tree_copy))} && sync",
                             shell=True)
                small_times["cp_r_sync"].append(t)
                shutil.rmtree(tree_copy)
                arch = fresh_archive(work, "archive")
                drop()
                t, _ = timed(evidenceroom_cmd("--archive", str(arch), "import",
                                              *import_args(tree, mode)))
                small_times["import"].append(t)
                shutil.rmtree(arch)
                os.sync()
                arch = fresh_archive(work, "archive")
                drop()
                out = child("import", arch, tree)
                assert out["imported"] == args.small_files, f"in-process import: {out}"
                small_times["import_inprocess"].append(out["seconds"])
                shutil.rmtree(arch)
                os.sync()
                drop()
                out = child("copy", tree, tree_copy)
                assert out["files"] == args.small_files, f"copy_and_hash: {out}"
                small_times["copy_and_hash"].append(out["seconds"])
                shutil.rmtree(tree_copy)
                os.sync()
            smed = {k: median(v) for k, v in small_times.items()}
            results["small_files"] = {
                "count": args.small_files,
                "total_bytes": tree_bytes,
                "import_given": mode,
                "seconds": {k: [round(x, 3) for x in v] for k, v in small_times.items()},
                "median_seconds": {k: round(v, 3) for k, v in smed.items()},
                "files_per_second": {k: round(args.small_files / v, 1) for k, v in smed.items()},
                "ratio_import/cp_r_sync": round(smed["import"] / smed["cp_r_sync"], 3),
                "ratio_import_inprocess/cp_r_sync": round(smed["import_inprocess"] / smed["cp_r_sync"], 3),
                "ratio_copy_and_hash/cp_r_sync": round(smed["copy_and_hash"] / smed["cp_r_sync"], 3),
                "ms_per_file": {k: round(1000 * v / args.small_files, 2) for k, v in smed.items()},
            }
        results["load_average"]["end"] = load_avg()
        log(f"load average at the end: {results['load_average']['end']}")
    finally:
        if args.keep:
            log(f"temporary files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    results["page_cache_dropped"] = drop.dropped
    results["page_cache_note"] = drop.note or "page cache dropped before every timed command"

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_report(results)
    return 0


def print_report(r: dict) -> None:
    m = r["machine"]
    print(f"{r['date_utc']}   evidenceroom --version: {r['evidenceroom_version']}")
    print(f"machine: {m.get('nproc')} CPUs, {m.get('cpu', '?')}, {m.get('mem_gib', '?')} GiB RAM; "
          f"temp dir {r['dir']} on {m.get('fs_type', '?')} ({m.get('fs_device', '?')})")
    print(f"page cache: {r['page_cache_note']}")
    la = r["load_average"]
    waited = (f"below {la['wait_until_below']} after waiting {la['waited_seconds']} s" if la["quiet_reached"]
              else f"NOT below {la['wait_until_below']} after waiting {la['waited_seconds']} s; measured anyway")
    print(f"load average (1/5/15 min): start {la['start']}, end {la['end']}; 1-minute {waited}")
    print(f"each figure is the median of {r['runs']} runs")
    lf = r["large_file"]
    med = lf["median_seconds"]
    print()
    print(f"one {lf['size_mib']} MiB file")
    rows = [("cp SRC DST && sync", "cp_sync"), ("openssl dgst -sha256 SRC", "openssl"),
            ("sha256sum SRC", "sha256sum"), ("evidenceroom import SRC (CLI)", "import"),
            ("  sync right after the import", "sync_after_import"),
            ("import_paths, in-process", "import_inprocess"),
            ("copy_and_hash alone", "copy_and_hash")]
    for label, key in rows:
        mib_s = lf["size_mib"] / med[key] if med[key] > 0 and key != "sync_after_import" else None
        rate = f"{mib_s:8.1f} MiB/s" if mib_s else ""
        print(f"  {label:36s} {med[key]:8.3f} s  {rate}")
    pm = lf["inprocess_parts_median_seconds"]
    print(f"  in-process import: first byte hashed at {pm['inprocess_first_byte']:.3f} s, "
          f"last at {pm['inprocess_last_byte']:.3f} s; starting libvlc alone {pm['libvlc_start']:.3f} s")
    print()
    for k, v in lf["ratios"].items():
        print(f"  {k:40s} {v:6.3f}")
    for label, key, ok in (("in-process import", "import_inprocess/max(cp_sync,openssl)", lf["meets_target"]),
                           ("CLI import", "import/max(cp_sync,openssl)", lf["cli_meets_target"])):
        verdict = "meets" if ok else "DOES NOT meet"
        print(f"  {label}: / max(cp+sync, openssl) = {lf['ratios'][key]:.3f}: "
              f"{verdict} the target of {r['target']}")
    if lf["import_printed_sha256"] is False:
        print("  (the import's output did not show the start of the file's SHA-256)")
    sf = r.get("small_files")
    if sf:
        print()
        print(f"{sf['count']} small WAV files ({sf['total_bytes'] / 2**20:.1f} MiB), "
              f"import given the {sf['import_given']}")
        for label, key in (("cp -r TREE DST && sync", "cp_r_sync"), ("evidenceroom import TREE (CLI)", "import"),
                           ("import_paths, in-process", "import_inprocess"),
                           ("copy_and_hash alone, each file", "copy_and_hash")):
            print(f"  {label:36s} {sf['median_seconds'][key]:8.3f} s  "
                  f"{sf['files_per_second'][key]:8.1f} files/s  {sf['ms_per_file'][key]:7.2f} ms/file")
        print(f"  CLI import / (cp -r + sync)          {sf['ratio_import/cp_r_sync']:6.3f}")
        print(f"  in-process import / (cp -r + sync)   {sf['ratio_import_inprocess/cp_r_sync']:6.3f}")
        print(f"  copy_and_hash / (cp -r + sync)       {sf['ratio_copy_and_hash/cp_r_sync']:6.3f}")


if __name__ == "__main__":
    sys.exit(main())
