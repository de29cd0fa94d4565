"""Dutch spelling through Debian's hunspell-nl, kept as warm pipe processes.

Loading the Dutch dictionary takes ~70 ms, so processes stay up and serve
every article, and answers are cached. Two of them, because hunspell's
suggestion search is what makes a lookup slow and most lookups need only
a yes or no:

- ``hunspell -l`` (under ``stdbuf -oL`` so that it answers line by line)
  prints only the words it does not know; a made-up sentinel word after each
  batch marks where the answer ends. It answers ``correct`` and ``prime``.
- ``hunspell -a`` answers each line with one result line per word and a blank
  line, with suggestions; a line starting with ``^`` is never read as a
  command. It answers ``check``.
"""

from __future__ import annotations

import atexit
import select
import shutil
import subprocess
import threading
from collections.abc import Iterable

SENTINEL = "qzxjqvkw"  # no Dutch word: hunspell -l always lists it
BATCH = 400  # words per write: the answer can never fill the pipe


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
        self._lister: subprocess.Popen[str] | None = None
        self._lister_lock = threading.Lock()
        self._lister_failed = False  # no stdbuf, or it did not answer line by line

    def _require(self) -> None:
        if shutil.which(self.executable) is None:
            raise SpellerUnavailable(
                "hunspell is not installed: apt-get install hunspell hunspell-nl"
            )

    def _unavailable(self) -> SpellerUnavailable:
        return SpellerUnavailable(
            f"hunspell could not load the dictionary {self.dictionary}: apt-get install hunspell-nl"
        )

    def _start(self) -> subprocess.Popen[str]:
        self._require()
        proc = _pipe([self.executable, "-a", "-d", self.dictionary, "-i", "utf-8"])
        banner = proc.stdout.readline() if proc.stdout else ""
        if not banner.startswith("@"):
            proc.kill()
            raise self._unavailable()
        atexit.register(self.close)
        return proc

    def _start_lister(self) -> subprocess.Popen[str] | None:
        """A warm ``hunspell -l``, or None where it cannot answer line by line."""
        stdbuf = shutil.which("stdbuf")
        if stdbuf is None:
            return None
        proc = _pipe([stdbuf, "-oL", self.executable, "-l", "-d", self.dictionary, "-i", "utf-8"])
        assert proc.stdin and proc.stdout
        try:
            proc.stdin.write(SENTINEL + "\n")
            proc.stdin.flush()
        except BrokenPipeError:  # it quit before reading: the dictionary is missing
            proc.wait()
            raise self._unavailable() from None
        # A hunspell that buffers its output would leave us waiting forever.
        ready, _, _ = select.select([proc.stdout], [], [], 10)
        answer = proc.stdout.readline() if ready else None
        if answer is not None and answer.strip() == SENTINEL:
            atexit.register(self.close)
            return proc
        proc.kill()
        proc.wait()
        if answer == "":  # it quit: the dictionary is missing
            raise self._unavailable()
        return None  # no answer in time: one hunspell run per batch instead

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
        """Whether hunspell knows the word (no suggestions are searched)."""
        if word not in self._known:
            if "\n" in word or word == SENTINEL:
                self._known[word] = self.check(word)[0]
            else:
                self.prime([word])
        return self._known[word]

    def prime(self, words: Iterable[str]) -> None:
        """Learn which of these words are correct, asking hunspell -l once per batch."""
        todo = sorted({w for w in words if w and w not in self._known and "\n" not in w})
        todo = [w for w in todo if w != SENTINEL]
        if not todo:
            return
        self._require()
        with self._lister_lock:
            if not self._lister_failed and (
                self._lister is None or self._lister.poll() is not None
            ):
                self._lister = self._start_lister()
                self._lister_failed = self._lister is None
            wrong = self._listed(todo) if self._lister else self._listed_once(todo)
        self._known.update((w, w not in wrong) for w in todo)

    def _listed(self, words: list[str]) -> set[str]:
        """The words the warm hunspell -l does not know."""
        assert self._lister and self._lister.stdin and self._lister.stdout
        wrong: set[str] = set()
        for at in range(0, len(words), BATCH):
            self._lister.stdin.write("\n".join(words[at : at + BATCH]) + "\n" + SENTINEL + "\n")
            self._lister.stdin.flush()
            while (line := self._lister.stdout.readline()) != "":
                if line.rstrip("\n") == SENTINEL:
                    break
                wrong.add(line.rstrip("\n"))
            else:
                raise self._unavailable()
        return wrong

    def _listed_once(self, todo: list[str]) -> set[str]:
        """The words a fresh hunspell -l run does not know."""
        listed = subprocess.run(
            [self.executable, "-l", "-d", self.dictionary, "-i", "utf-8"],
            input="\n".join(todo) + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if listed.returncode != 0:
            raise self._unavailable()
        return set(listed.stdout.split("\n"))

    def close(self) -> None:
        for proc in (self._proc, self._lister):
            if proc is not None:
                proc.kill()
                proc.wait()
        self._proc = self._lister = None


def _pipe(args: list[str]) -> subprocess.Popen[str]:
    """A line-by-line text conversation with a process."""
    return subprocess.Popen(
        args,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        bufsize=1,
    )


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


# Endings of agent and person nouns ("verteller", "kunstenaar", "pianist").
_AGENT_ENDINGS = ("er", "aar", "ist", "eur", "ier", "ent", "ant")


def agent_noun(word: str) -> bool:
    """A person noun by its ending; one in -er only if it comes from a verb
    ("verteller" from vertellen, "hoofdverzorger" from verzorgen), since
    "winter" and "computer" do not."""
    if not word.endswith(_AGENT_ENDINGS):
        return False
    if not word.endswith("er") or word.endswith(("ier", "eur")):
        return True
    speller = default_speller()

    def from_verb(stem: str) -> bool:
        return speller.correct(stem + "en") or (len(stem) > 3 and speller.correct(stem[:-1] + "en"))

    if from_verb(word[:-2]):
        return True
    # a compound whose head comes from a verb: "hoofd" + "verzorger"
    return any(
        speller.correct(word[:cut]) and from_verb(word[cut:-2]) for cut in range(3, len(word) - 4)
    )
