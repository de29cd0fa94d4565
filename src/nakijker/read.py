"""Reading input: bytes in, text out, or one clear reason why not.

Nothing is normalised: offsets in every report index the text exactly as it
was decoded from UTF-8 (a leading byte-order mark is the one thing dropped,
since it is an encoding marker and not part of the article).
"""

from __future__ import annotations

import sys
from pathlib import Path

MAX_BYTES = 2_000_000  # about 300,000 words: far beyond any news article
# What a folder given as input stands for: plain text and the translation and
# page formats that nakijker.formats reads.
INPUT_SUFFIXES = {".txt", ".text", ".md", "", ".xlf", ".xliff", ".tmx", ".html", ".htm", ".jsonl"}


class InputError(Exception):
    """Input that cannot be checked; the message is one line for the user."""


def decode(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty input, nothing to check")
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data)} bytes is over the limit of {max_bytes} bytes")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary data (NUL byte at offset {nul}), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    return text.removeprefix("\ufeff")


def read_path(path: str, max_bytes: int = MAX_BYTES) -> str:
    """Read one article from a file path, or from standard input for ``-``."""
    if path == "-":
        return decode(sys.stdin.buffer.read(max_bytes + 1), "stdin", max_bytes)
    return decode(read_bytes(path, max_bytes), path, max_bytes)


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The raw bytes of a file, or one clear reason why it cannot be read."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, expected a file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
        return p.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None


def expand_paths(paths: list[str]) -> list[str]:
    """Folders stand for the input files directly inside them, in name order."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            out.extend(
                str(f)
                for f in sorted(p.iterdir())
                if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
            )
        else:
            out.append(path)
    return out


def ensure_dutch(text: str, name: str = "input") -> None:
    """Refuse an article that is clearly in another language than Dutch."""
    from nakijker.lexicon.language import confidences

    sample = text[:3000]
    if sum(ch.isalpha() for ch in sample) < 40:
        return  # too short to judge; the checks will say what they find
    conf = confidences(sample)
    best = max(conf, key=conf.get)
    if best != "nl" and conf[best] > 0.9 and conf.get("nl", 0.0) < 0.05:
        raise InputError(f"{name}: the text is in another language ({best}), not Dutch")
