"""Dutch spelling through Debian's hunspell-nl, kept as one warm pipe process.

The ``hunspell -a`` pipe protocol answers each input line with one result
line per word and a blank line; a line starting with ``^`` is never read as
a command. Loading the Dutch dictionary takes a moment, so one process
serves every article, and answers are cached.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import threading
from collections.abc import Iterable


class SpellerUnavailable(RuntimeError):
    pass


class Hunspell:
    def __init__(self, dictionary: str = "nl_NL", executable: str = "hunspell") -> None:
        self.dictionary = dictionary
        self.executable = executable
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[bool, tuple[str, ...]]] = {}
        # Correct or not, without suggestions: hunspell's suggestion search is
        # what makes a lookup slow, and most lookups need only the yes or no.
        self._known: dict[str, bool] = {}

    def _start(self) -> subprocess.Popen[str]:
        if shutil.which(self.executable) is None:
            raise SpellerUnavailable(
                "hunspell is not installed: apt-get install hunspell hunspell-nl"
            )
        proc = subprocess.Popen(
            [self.executable, "-a", "-d", self.dictionary, "-i", "utf-8"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        banner = proc.stdout.readline() if proc.stdout else ""
        if not banner.startswith("@"):
            proc.kill()
            raise SpellerUnavailable(
                f"hunspell could not load the dictionary {self.dictionary}: "
                "apt-get install hunspell-nl"
            )
        atexit.register(self.close)
        return proc

    def check(self, word: str) -> tuple[bool, tuple[str, ...]]:
        """Whether the word is correct, and hunspell's suggestions when it is not."""
        if word in self._cache:
            return self._cache[word]
        if self._known.get(word):
            return True, ()
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = self._start()
            assert self._proc.stdin and self._proc.stdout
            self._proc.stdin.write("^" + word.replace("\n", " ") + "\n")
            self._proc.stdin.flush()
            lines = []
            while (line := self._proc.stdout.readline()) not in ("\n", ""):
                lines.append(line.rstrip("\n"))
        result = _parse(lines)
        self._cache[word] = result
        return result

    def correct(self, word: str) -> bool:
        """Known from a ``prime`` run, or asked of the warm pipe process."""
        if word not in self._known:
            self._known[word] = self.check(word)[0]
        return self._known[word]

    def prime(self, words: Iterable[str]) -> None:
        """Learn which of these words are correct, in one ``hunspell -l`` run."""
        todo = sorted({w for w in words if w and w not in self._known and "\n" not in w})
        if not todo:
            return
        if shutil.which(self.executable) is None:
            raise SpellerUnavailable(
                "hunspell is not installed: apt-get install hunspell hunspell-nl"
            )
        listed = subprocess.run(
            [self.executable, "-l", "-d", self.dictionary, "-i", "utf-8"],
            input="\n".join(todo) + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if listed.returncode != 0:
            raise SpellerUnavailable(
                f"hunspell could not load the dictionary {self.dictionary}: apt-get install hunspell-nl"
            )
        wrong = set(listed.stdout.split("\n"))
        self._known.update((w, w not in wrong) for w in todo)

    def close(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            self._proc = None


def _parse(lines: list[str]) -> tuple[bool, tuple[str, ...]]:
    if not lines:
        return True, ()
    bad = [line for line in lines if line[:1] in "&#"]
    if not bad:
        return True, ()
    first = bad[0]
    suggestions: tuple[str, ...] = ()
    if first.startswith("&") and ": " in first:
        suggestions = tuple(s.strip() for s in first.split(": ", 1)[1].split(", "))
    return False, suggestions


_default: Hunspell | None = None


def default_speller() -> Hunspell:
    """The process-wide speller, started on first use."""
    global _default
    if _default is None:
        _default = Hunspell()
    return _default
