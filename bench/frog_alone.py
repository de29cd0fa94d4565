"""Measure Frog alone: cold start, then warm throughput paragraph by paragraph.

Prints one JSON line: {"cold_start_s": ..., "warm_words_per_s": ..., "words": ...},
where ``words`` counts the word tokens (tokens with a letter or digit) Frog
returns for one pass over the text, as the pipeline counts them.

    PYTHONPATH=src python bench/frog_alone.py --file article.txt --repeat 5
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

try:
    from nakijker.nlp.frog import Frog
except ImportError:  # run from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from nakijker.nlp.frog import Frog

SEED = Path("/work/shared/seed/000_7c82a9d19096d9a2.txt")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--file", type=Path, default=SEED if SEED.exists() else None)
    parser.add_argument("--repeat", type=int, default=3, help="warm passes over the text")
    parser.add_argument("--executable", default="frog")
    args = parser.parse_args(argv)
    if args.file is None:
        parser.error("--file is required (the default sample text is not present)")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def one_pass(frog: Frog, paras: list[str]) -> int:
    sentences = [s for p in paras for s in frog.analyse(p)]
    return sum(1 for s in sentences for t in s.tokens if t.is_word)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paras = paragraphs(args.file.read_text(encoding="utf-8"))
    with Frog(args.executable) as frog:
        started = time.perf_counter()
        frog.start()
        cold = time.perf_counter() - started
        words = one_pass(frog, paras)  # also warms caches before timing
        started = time.perf_counter()
        for _ in range(args.repeat):
            one_pass(frog, paras)
        warm = time.perf_counter() - started
    result = {
        "cold_start_s": round(cold, 3),
        "warm_words_per_s": round(words * args.repeat / warm, 1) if warm > 0 else None,
        "words": words,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
