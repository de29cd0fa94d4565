"""Throughput of a batch against Frog alone, and memory per worker.

Frog alone and ``Desk.check`` use a Frog started with the OpenMP settings
of a one-worker batch (``share_cores``), so that the comparison is like for
like; Frog with its settings untouched, as ``nakijker check`` starts it
today, is measured once as well (its waiting threads spin, which makes it
very sensitive to anything else running on the machine).

Measures, on a generated corpus (default 40 articles made from examples/*.txt
and, when present, the targets of ../shared/eval/dev.jsonl, written to a
temporary folder, never into the repo), in ``--rounds`` rounds of:

- Frog alone, warm, paragraph by paragraph as the pipeline sends them;
- ``Desk.check`` with a warm Frog (what ``nakijker check`` does per article),
  with hunspell's cache empty at the start as in a new batch worker, and
  once more over the same texts with the cache full;
- ``Desk.check`` without Frog (``nakijker check --no-frog``);
- two warm Frogs side by side, each on half of the articles, started with
  the OpenMP settings of two batch workers (see ``share_cores``): the most
  two workers can get from this machine at that moment;
- ``nakijker batch`` with 1 and with 2 workers, run as the command: end to
  end (process and Frog start included) and steady (from the moment every
  worker has delivered its first row, i.e. its Frog is warm, to the last row),
  with the peak memory of each worker together with its Frog processes (RSS,
  and PSS, which counts the model pages Frog's connection child shares with
  its server once).

Every rate divides the same word count (the pipeline's, with Frog) by the
wall-clock time taken; the CPU seconds of every process involved (Python,
Frog, hunspell) are summed as a second view of the overhead over Frog. Other
work on the machine moves every figure from minute to minute, so ratios are
taken within a round, whose measurements follow each other closely; the JSON
printed gives every round and the medians of the ratios.

    python bench/batch_speed.py --articles 40 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from frog_alone import one_pass, paragraphs

from nakijker.batch.engines import share_cores
from nakijker.config import Config
from nakijker.lexicon import hunspell
from nakijker.nlp.frog import Frog
from nakijker.pipeline import Desk

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
SAMPLE_S = 0.1
TICK = os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------- corpus


def source_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if DEV.exists():
        with DEV.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["target"] for line in fh if line.strip()]
    return texts


def corpus(n: int) -> list[dict]:
    """n articles; past the number of sources, paragraphs are rotated so none repeats."""
    texts = source_texts()
    out = []
    for i in range(n):
        paras = paragraphs(texts[i % len(texts)])
        turn = (i // len(texts)) % max(len(paras), 1)
        out.append({"id": f"b{i:03d}", "text": "\n".join(paras[turn:] + paras[:turn])})
    return out


# -------------------------------------------------------- processes in /proc


def _stat(pid: int) -> list[bytes] | None:
    """The fields of /proc/PID/stat after the command name, for a live process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return fields if fields[0] != b"Z" else None


def parents() -> dict[int, int]:
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None:
            table[int(entry)] = int(fields[1])
    return table


def descendants(pid: int, table: dict[int, int]) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        kids = [p for p, parent in table.items() if parent == current]
        found += kids
        todo += kids
    return found


def cpu_s(pid: int) -> float:
    """User plus system CPU seconds of one process so far; 0 once it has gone."""
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / TICK if fields else 0.0


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; zeros once it has gone."""
    values = {"Rss:": 0, "Pss:": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(" ")
                if key in values:
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values["Rss:"], values["Pss:"]


def is_worker(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in cmdline and b"resource_tracker" not in cmdline


class CpuClock:
    """CPU seconds of this process and all its descendants (Frog, hunspell)."""

    def __init__(self) -> None:
        self.started = self._now()

    @staticmethod
    def _now() -> float:
        kids = descendants(os.getpid(), parents())
        return time.process_time() + sum(cpu_s(p) for p in kids)

    def elapsed(self) -> float:
        return self._now() - self.started


# --------------------------------------------------------------- in process


def measure(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    clock, started = CpuClock(), time.perf_counter()
    fn()
    return time.perf_counter() - started, clock.elapsed()


def fresh_speller() -> None:
    """Start the next check with hunspell's cache empty, as a batch worker starts.

    hunspell works out suggestions for every word it does not know, tens of
    milliseconds each, and the speller keeps its answers for the life of the
    process: a pass over texts it has seen before is several times faster.
    """
    hunspell.default_speller().close()
    hunspell._default = None  # the next default_speller() starts a new one


def in_process(frog: Frog, texts: list[str]) -> dict:
    paras = [p for t in texts for p in paragraphs(t)]
    desk = Desk(Config(), frog=frog)
    plain = Desk(Config(use_frog=False))
    for text in texts[:2]:  # loads the language models, rule packs and lexicons
        desk.check(text)
        plain.check(text)
    frog_wall, frog_cpu = measure(lambda: one_pass(frog, paras))
    fresh_speller()
    check_wall, check_cpu = measure(lambda: [desk.check(t) for t in texts])
    warm_wall, warm_cpu = measure(lambda: [desk.check(t) for t in texts])
    fresh_speller()
    plain_wall, plain_cpu = measure(lambda: [plain.check(t) for t in texts])
    return {
        "frog": {"wall_s": frog_wall, "cpu_s": frog_cpu},
        "check_frog": {"wall_s": check_wall, "cpu_s": check_cpu},
        "check_frog_speller_warm": {"wall_s": warm_wall, "cpu_s": warm_cpu},
        "check_no_frog": {"wall_s": plain_wall, "cpu_s": plain_cpu},
    }


def started_as_in(workers: int, count: int) -> tuple[Frog, ...]:
    """Warm Frogs started with the OpenMP settings of a batch with that many workers."""
    keys = ("OMP_WAIT_POLICY", "OMP_NUM_THREADS")
    saved = {key: os.environ.get(key) for key in keys}
    share_cores(workers)
    try:
        frogs = tuple(Frog() for _ in range(count))
        for frog in frogs:
            frog.start()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return frogs


def default_frog_rate(texts: list[str], words: int) -> float:
    """Frog alone as ``nakijker check`` starts it today, OpenMP settings untouched."""
    paras = [p for t in texts for p in paragraphs(t)]
    with Frog() as frog:
        one_pass(frog, paras[:5])
        return words / measure(lambda: one_pass(frog, paras))[0]


def two_frogs(frogs: tuple[Frog, Frog], texts: list[str]) -> float:
    """Wall seconds for two warm Frogs side by side, each on half of the articles.

    The ceiling for two workers on this machine at this moment: what the
    cores give two Frogs, with no pipeline around them. The Python side of a
    request is a small share of it, so threads do not hold each other up.
    """
    halves = [[p for t in texts[i::2] for p in paragraphs(t)] for i in (0, 1)]
    threads = [
        threading.Thread(target=one_pass, args=(frog, half))
        for frog, half in zip(frogs, halves, strict=True)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


# -------------------------------------------------------------------- batch


class Watch:
    """Samples a running batch: rows as they appear, CPU and memory per process."""

    def __init__(self, batch_pid: int, out: Path) -> None:
        self.batch_pid, self.out = batch_pid, out
        self.seen: list[float] = []  # when each row appeared
        self.cpu_seen: list[float] = []  # CPU seconds of the batch so far, as it appeared
        self.cpu: dict[int, float] = {}  # last CPU seconds seen per process
        self.peaks: dict[int, list[int]] = {}  # worker → [RSS, PSS] of its process tree

    def sample(self) -> None:
        table = parents()
        for pid in [self.batch_pid, *descendants(self.batch_pid, table)]:
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu_s(pid))
        for worker in [p for p, pp in table.items() if pp == self.batch_pid and is_worker(p)]:
            tree = [worker, *descendants(worker, table)]
            sizes = [memory_kb(p) for p in tree]
            peak = self.peaks.setdefault(worker, [0, 0])
            peak[0] = max(peak[0], sum(s[0] for s in sizes))
            peak[1] = max(peak[1], sum(s[1] for s in sizes))
        new = _lines(self.out) - len(self.seen)
        self.seen += [time.perf_counter()] * new
        self.cpu_seen += [self.cpu_total()] * new

    def cpu_total(self) -> float:
        return sum(self.cpu.values())


def run_batch(
    source: Path, folder: Path, workers: int, tag: str
) -> tuple[list[dict], Watch, float]:
    out = folder / f"out-{tag}.jsonl"
    config = folder / "nakijker.toml"
    config.write_text("", encoding="utf-8")
    command = [sys.executable, "-m", "nakijker.batch", "batch", str(source), "--out", str(out)]
    command += ["--workers", str(workers), "--no-progress", "--config", str(config)]
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=folder, stderr=subprocess.PIPE, text=True)
    watch = Watch(proc.pid, out)
    while proc.poll() is None:
        watch.sample()
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"batch failed: {proc.stderr.read()[-500:]}")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    missing = len(rows) - len(watch.seen)  # the last rows, written after the last sample
    watch.seen += [time.perf_counter()] * missing
    watch.cpu_seen += [watch.cpu_total()] * missing
    return rows, watch, wall


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def batch_figures(source: Path, folder: Path, workers: int, tag: str, words: int) -> dict:
    rows, watch, wall = run_batch(source, folder, workers, tag)
    # Steady: after each worker has delivered its first row (its Frog is warm).
    first = min(workers, len(rows) - 1)
    steady_words = sum(r["words"] or 0 for r in rows[first:])
    steady_s = watch.seen[-1] - watch.seen[first - 1]
    peaks = watch.peaks.values()
    return {
        "wall_s": round(wall, 2),
        "end_to_end_words_per_s": round(words / wall, 1),
        "steady_words_per_s": round(steady_words / steady_s, 1) if steady_s > 0 else None,
        "cpu_s": round(watch.cpu_total(), 2),
        "steady_cpu_s": round(watch.cpu_total() - watch.cpu_seen[first - 1], 2),
        "steady_words": steady_words,
        "error_rows": sum(r["error"] is not None for r in rows),
        "peak_worker_rss_mb": max((round(p[0] / 1024) for p in peaks), default=None),
        "peak_worker_pss_mb": max((round(p[1] / 1024) for p in peaks), default=None),
    }


# ------------------------------------------------------------------- rounds


def one_round(
    frog: Frog, pair: tuple[Frog, Frog], source: Path, texts: list[str], words: int, n: int
) -> dict:
    folder = source.parent
    timings = in_process(frog, texts)
    result: dict = {"load_average": round(os.getloadavg()[0], 2), "words": words}
    for name, t in timings.items():
        result[name] = {
            "words_per_s": round(words / t["wall_s"], 1),
            "cpu_s": round(t["cpu_s"], 2),
        }
    for workers in (1, 2):
        result[f"batch_{workers}"] = batch_figures(source, folder, workers, f"{n}-{workers}", words)
    result["two_frogs"] = {"words_per_s": round(words / two_frogs(pair, texts), 1)}
    result["ratios"] = ratios(result, timings)
    return result


def ratios(r: dict, timings: dict) -> dict:
    """Throughput as a share of Frog alone, overhead as a share of the time, 2 against 1."""
    frog_rate, frog_cpu = r["frog"]["words_per_s"], timings["frog"]["cpu_s"]
    b1, b2 = r["batch_1"], r["batch_2"]
    return {
        "check_frog_vs_frog": round(r["check_frog"]["words_per_s"] / frog_rate, 3),
        "check_frog_speller_warm_vs_frog": round(
            r["check_frog_speller_warm"]["words_per_s"] / frog_rate, 3
        ),
        "check_no_frog_vs_frog": round(r["check_no_frog"]["words_per_s"] / frog_rate, 3),
        "batch_1_steady_vs_frog": _ratio(b1["steady_words_per_s"], frog_rate),
        "batch_2_steady_vs_frog": _ratio(b2["steady_words_per_s"], frog_rate),
        "batch_1_end_to_end_vs_frog": _ratio(b1["end_to_end_words_per_s"], frog_rate),
        "check_overhead_share_wall": round(1 - r["check_frog"]["words_per_s"] / frog_rate, 3),
        "check_overhead_share_cpu": round(1 - frog_cpu / timings["check_frog"]["cpu_s"], 3),
        "batch_1_overhead_share_steady_wall": _share(b1["steady_words_per_s"], frog_rate),
        "batch_1_overhead_over_check_share": _share(
            b1["steady_words_per_s"], r["check_frog"]["words_per_s"]
        ),
        "batch_1_overhead_share_steady_cpu": _share(
            b1["steady_words"] / b1["steady_cpu_s"], r["words"] / frog_cpu
        ),
        "two_frogs_vs_one": _ratio(r["two_frogs"]["words_per_s"], frog_rate),
        "speedup_2_vs_1_steady": _ratio(b2["steady_words_per_s"], b1["steady_words_per_s"]),
        "speedup_2_vs_1_end_to_end": _ratio(
            b2["end_to_end_words_per_s"], b1["end_to_end_words_per_s"]
        ),
        "steady_cpu_per_word_2_vs_1": _ratio(
            b2["steady_cpu_s"] / b2["steady_words"], b1["steady_cpu_s"] / b1["steady_words"]
        ),
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def _share(rate: float | None, frog_rate: float) -> float | None:
    """Share of the time not spent in Frog, from two rates over the same words."""
    return round(1 - rate / frog_rate, 3) if rate else None


def medians(rounds: list[dict]) -> dict:
    keys = rounds[0]["ratios"].keys()
    out = {}
    for key in keys:
        values = [r["ratios"][key] for r in rounds if r["ratios"][key] is not None]
        out[key] = round(statistics.median(values), 3) if values else None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    articles = corpus(args.articles)
    rounds = []
    texts = [a["text"] for a in articles]
    with tempfile.TemporaryDirectory(prefix="nakijker-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "corpus.jsonl"
        lines = [json.dumps(a, ensure_ascii=False) + "\n" for a in articles]
        source.write_text("".join(lines), encoding="utf-8")
        (frog,) = started_as_in(1, 1)
        pair = started_as_in(2, 2)
        try:
            words = sum(Desk(Config(), frog=frog).check(t).words for t in texts)
            default_rate = default_frog_rate(texts, words)
            for n in range(args.rounds):
                rounds.append(one_round(frog, pair, source, texts, words, n))
                print(json.dumps({"round": n, **rounds[-1]}), file=sys.stderr, flush=True)
        finally:
            for f in (frog, *pair):
                f.close()
    summary = {
        "articles": args.articles,
        "words": words,
        "cpus": os.cpu_count(),
        "frog_alone_default_openmp_words_per_s": round(default_rate, 1),
        "median_ratios": medians(rounds),
    }
    print(json.dumps({**summary, "rounds": rounds}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
