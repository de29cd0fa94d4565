"""Frog as one warm local server, with its tokens aligned back onto the input.

What we found out about Frog 0.20 (Debian) by experiment:

* ``frog -S PORT`` forks a child per TCP connection; the child, in Frog's
  process group, serves that connection until it closes, and a connection can
  carry many requests. A request is text lines followed by a line ``EOT``; the
  answer is Frog's tab-separated table (index, word, lemma, morphemes, POS,
  confidence, NER, chunk, then empty parser columns), one token per line, a
  blank line after each sentence, and finally a line ``READY`` (plus a blank
  line). An empty request is answered by ``READY`` alone, which makes a cheap
  health check. Only a line that is exactly ``EOT`` ends a request.
* ``--JSONin``/``--JSONout`` are unusable: that path reads UTF-8 as Latin-1,
  so "Israëls" comes back as three mangled tokens. The tab format is clean UTF-8.
* The word column is the input text almost verbatim: typographic quotes and
  dashes are kept (only the lemma turns ‘ into '). But ucto composes to NFC (a
  decomposed ë comes back as one character), drops soft hyphens, splits
  ``''`` into two tokens and splits at no-break spaces and zero-width joiners.
  So tokens are located by comparing a folded form of both sides (NFKD without
  marks and format characters, one apostrophe, one dash, casefolded) in a
  left-to-right scan that resynchronises on the next token when one is lost.
* ``--skip=mpa``: the parser and multi-word units are not needed (units glue
  tokens into Donald_Trump); skipping the morphological analyser too left every
  lemma, POS, NER and chunk tag on the sample article unchanged and made Frog
  about 1.8 times faster (580 against 320 words/s).
* Frog writes ``frog.<n>.debug`` into its working directory, so it runs in a
  private temporary directory. It listens on all interfaces; there is no option
  to bind it to 127.0.0.1 only.
* An idle server catches SIGTERM but needs about 8 s to exit, hence the SIGKILL
  after a short grace. A request of 20,000 characters takes some 15 s.

Frog runs in its own process group, and stopping it signals the whole group,
so the connection child goes too. The server dies with us through
PR_SET_PDEATHSIG; its connection child then sees our socket close and exits
by itself (after finishing a request in progress). Linux sends that signal
when the *thread* that forked Frog ends, so Frog is always forked from one
daemon thread that lives as long as the interpreter, never from the caller's
(possibly short-lived worker) thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from functools import lru_cache
from typing import Any, TypeVar

from nakijker.doc import Sentence, Token

INSTALL_HINT = "install it with: apt-get install frog frogdata ucto uctodata"
SKIP_MODULES = "mpa"  # parser, multi-word units, morphological analyser

Span = tuple[int, int]
_T = TypeVar("_T")

_PR_SET_PDEATHSIG = 1
_PORT_ATTEMPTS = 3  # another program may grab the free port before Frog does
_PING_TIMEOUT = 30.0
_RESYNC_WINDOW = 32  # folded characters a lost token may hide behind
# Characters that would end Frog's line or request, or cannot be encoded.
_UNSENDABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_FOLD_TABLE = str.maketrans(
    {c: "'" for c in "‘’‚‛′`´ʹʻʼʽ"}
    # A double quote folds to two apostrophes, so ucto's ['', '] and ["] agree.
    | {c: "''" for c in '"“”„‟″«»〝〞'}
    | {c: "-" for c in "‐‑‒–—―−"}
)


class FrogUnavailable(RuntimeError):
    """Frog is not installed, did not start, or stopped answering."""


def _unavailable(reason: str) -> FrogUnavailable:
    reason = " ".join(reason.split())  # the message must stay on one line
    return FrogUnavailable(f"Frog unavailable: {reason}; {INSTALL_HINT}")


class Frog:
    """One warm ``frog -S`` process, started on the first request and reused.

    Thread-safe: requests are serialised over the single connection. If the
    process died or a request fails, Frog is restarted once and the request
    retried before FrogUnavailable is raised.
    """

    def __init__(
        self,
        executable: str = "frog",
        *,
        skip: str = SKIP_MODULES,
        startup_timeout: float = 120.0,
        request_timeout: float = 120.0,
        term_timeout: float = 1.0,
    ) -> None:
        self.executable = executable
        self.skip = skip
        self.startup_timeout = startup_timeout
        self.request_timeout = request_timeout
        self.term_timeout = term_timeout
        self._lock = threading.RLock()
        self._server: _Server | None = None
        self._finalizer: weakref.finalize | None = None

    @property
    def pid(self) -> int | None:
        """The Frog process id while one runs (it leads its own process group)."""
        server = self._server
        return server.proc.pid if server and server.alive() else None

    def start(self) -> None:
        """Start Frog now instead of on the first request; a no-op when it runs."""
        with self._lock:
            self._running_server()

    def close(self) -> None:
        """Stop Frog and everything in its process group; safe to call twice."""
        with self._lock:
            self._stop()

    def __enter__(self) -> Frog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ping(self) -> bool:
        """Whether a running Frog answers an empty request; never starts one."""
        with self._lock:
            server = self._server
            if server is None or not server.alive():
                return False
            if server.ping(_PING_TIMEOUT):
                return True
            self._stop()  # a late answer would be read as the next request's
            return False

    def analyse(self, text: str, base: int = 0) -> list[Sentence]:
        """The sentences Frog finds in one paragraph, offsets shifted by ``base``."""
        if not text.strip():
            return []
        rows = _parse(self._request(_request_line(text)))
        return _sentences(text, rows, base)

    def _request(self, line: str) -> str:
        payload = (line + "\nEOT\n").encode("utf-8")
        with self._lock:
            error: OSError | None = None
            for _attempt in range(2):
                server = self._running_server()
                try:
                    return server.exchange(payload, self.request_timeout)
                except OSError as exc:  # also covers timeouts and a closed connection
                    error = exc
                    self._stop()
                except BaseException:
                    self._stop()  # a half-read answer would put the next one out of step
                    raise
            raise _unavailable(f"no answer from frog ({error!r})")

    def _running_server(self) -> _Server:
        if self._server is not None and self._server.alive():
            return self._server
        self._stop()
        argv = [self.executable, f"--skip={self.skip}"] if self.skip else [self.executable]
        server = _Server.launch(argv, self.startup_timeout)
        self._server = server
        # weakref.finalize doubles as the atexit hook (it registers itself with
        # atexit) and also stops Frog when this object is dropped unclosed.
        self._finalizer = weakref.finalize(self, server.stop, self.term_timeout)
        return server

    def _stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self._server = self._finalizer = None


class _Server:
    """A started ``frog -S`` process and our connection to it."""

    def __init__(self, proc: subprocess.Popen[bytes], sock: socket.socket, workdir: str) -> None:
        self.proc, self.sock, self.workdir = proc, sock, workdir

    @classmethod
    def launch(cls, argv: list[str], timeout: float) -> _Server:
        workdir = tempfile.mkdtemp(prefix="nakijker-frog-")
        deadline = time.monotonic() + timeout
        try:
            for _attempt in range(_PORT_ATTEMPTS):
                server = cls._try_port(argv, workdir, deadline, timeout)
                if server is not None:
                    return server
            raise _unavailable(f"frog kept failing to listen ({_log_tail(workdir)})")
        except BaseException:
            shutil.rmtree(workdir, ignore_errors=True)
            raise

    @classmethod
    def _try_port(
        cls, argv: list[str], workdir: str, deadline: float, timeout: float
    ) -> _Server | None:
        """A ready server, or None when the chosen port turned out to be taken."""
        port = _free_port()
        proc = _spawn([*argv, "-S", str(port)], workdir)
        try:
            sock = _connect_when_ready(proc, port, deadline, timeout)
            if sock is None:
                return _after_early_exit(proc, workdir)
            server = cls(proc, sock, workdir)
            if server.ping(max(1.0, min(_PING_TIMEOUT, deadline - time.monotonic()))):
                return server
            sock.close()  # someone else answered on that port
        except BaseException:
            _kill_group(proc, 0)
            raise
        _kill_group(proc, 0)
        return None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def exchange(self, payload: bytes, timeout: float) -> str:
        self.sock.settimeout(timeout)
        self.sock.sendall(payload)
        answer = bytearray()
        while not _answer_complete(answer):
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("frog closed the connection")
            answer += chunk
        return answer.decode("utf-8", errors="replace")

    def ping(self, timeout: float) -> bool:
        try:
            return "\t" not in self.exchange(b"\nEOT\n", timeout)
        except OSError:
            return False

    def stop(self, term_timeout: float) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        _kill_group(self.proc, term_timeout)
        shutil.rmtree(self.workdir, ignore_errors=True)


def _answer_complete(answer: bytearray) -> bool:
    """Whether the answer ends with the line READY (a token line holds tabs)."""
    if not answer.endswith(b"\n"):
        return False
    tail = bytes(answer[-16:]).rstrip(b"\n")
    return tail.endswith(b"\nREADY") or tail == b"READY"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _spawn(argv: list[str], workdir: str) -> subprocess.Popen[bytes]:
    def popen() -> subprocess.Popen[bytes]:
        with open(os.path.join(workdir, "frog.log"), "wb") as log:
            return subprocess.Popen(
                argv,
                cwd=workdir,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log,  # a file, not a pipe nobody reads that could fill up
                start_new_session=True,  # its own process group, killed as a whole
                preexec_fn=_die_with_parent(os.getpid()),
                # Frog's idle OpenMP threads spin by default: two Frogs on two
                # cores then run at a quarter speed each (bench/batch_speed.py).
                env={"OMP_WAIT_POLICY": "PASSIVE", **os.environ},
            )

    try:
        return _on_launcher_thread(popen)
    except OSError as exc:
        raise _unavailable(f"cannot run {argv[0]!r} ({exc.strerror or exc})") from exc


_launch_queue: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
_launcher: threading.Thread | None = None
_launcher_lock = threading.Lock()


def _on_launcher_thread(job: Callable[[], _T]) -> _T:
    """Run ``job`` on the thread that outlives every caller (see the module notes)."""
    global _launcher
    with _launcher_lock:
        if _launcher is None or not _launcher.is_alive():
            _launcher = threading.Thread(target=_serve_launches, name="frog-launcher", daemon=True)
            _launcher.start()
    done: Future[_T] = Future()
    _launch_queue.put((job, done))
    return done.result()


def _serve_launches() -> None:
    while True:
        job, done = _launch_queue.get()
        try:
            done.set_result(job())
        except BaseException as exc:
            done.set_exception(exc)


def _load_prctl() -> Callable[..., int] | None:
    # Resolved once in the parent: loading libraries between fork and exec can deadlock.
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()


def _die_with_parent(parent: int) -> Callable[[], None] | None:
    if _PRCTL is None:
        return None
    prctl = _PRCTL

    def in_child() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os._exit(1)

    return in_child


def _connect_when_ready(
    proc: subprocess.Popen[bytes], port: int, deadline: float, timeout: float
) -> socket.socket | None:
    """Frog only listens once its models are loaded; None if it exits first."""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return None
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=1.0)
        except OSError:
            time.sleep(0.05)
    raise _unavailable(f"frog did not answer within the start-up timeout of {timeout:g} s")


def _after_early_exit(proc: subprocess.Popen[bytes], workdir: str) -> None:
    """Accept an early exit only when the port was taken; then another port is tried."""
    log = _log_tail(workdir)
    if "port" in log:
        return None
    raise _unavailable(f"frog exited during start-up with code {proc.returncode} ({log})")


def _log_tail(workdir: str) -> str:
    try:
        with open(os.path.join(workdir, "frog.log"), "rb") as log:
            lines = log.read().decode("utf-8", errors="replace").split("\n")
    except OSError:
        return "no log"
    lines = [line.strip() for line in lines if line.strip()]
    return lines[-1][:200] if lines else "no output"


def _kill_group(proc: subprocess.Popen[bytes], term_timeout: float) -> None:
    """SIGTERM the group, then SIGKILL it: idle Frog takes seconds to honour SIGTERM."""
    if term_timeout > 0 and proc.poll() is None:
        _signal_group(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(term_timeout)
    _signal_group(proc.pid, signal.SIGKILL)  # also whatever the leader left behind
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(10)
    _await_group_exit(proc.pid, 10)


def _await_group_exit(pgid: int, timeout: float) -> None:
    """Wait until the connection child, which is not ours to reap, has really gone.

    A killed Frog takes a moment to give back its 1.3 GB; a new one started
    meanwhile would briefly need twice the memory.
    """
    deadline = time.monotonic() + timeout
    while _group_has_live_member(pgid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _group_has_live_member(pgid: int) -> bool:
    try:
        entries = [e for e in os.listdir("/proc") if e.isdigit()]
    except OSError:  # no procfs: nothing to watch
        return False
    for entry in entries:
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != b"Z":  # zombies hold no memory
            return True
    return False


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


# ---------------------------------------------------------------- the answer


def _request_line(text: str) -> str:
    line = _UNSENDABLE.sub(" ", text)
    # A paragraph reading just EOT would end the request; the zero-width space
    # keeps it text, and folding ignores it when the token is aligned.
    return line.replace("EOT", "EOT\u200b") if line.strip() == "EOT" else line


def _parse(answer: str) -> list[list[list[str]]]:
    """Sentences of token rows; blank lines and READY separate sentences."""
    sentences: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in answer.split("\n"):
        if "\t" in line:
            current.append(line.split("\t"))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _sentences(text: str, rows: list[list[list[str]]], base: int) -> list[Sentence]:
    spans = iter(align(text, [row[1] for sentence in rows for row in sentence]))
    sentences = []
    for sentence in rows:
        tokens = [_token(text, span, row, base) for row in sentence if (span := next(spans))]
        if tokens:
            sentences.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
    return sentences


def _token(text: str, span: Span, row: list[str], base: int) -> Token:
    start, end = span
    cols = [*row, "", "", "", "", "", "", "", ""]
    return Token(
        start + base,
        end + base,
        text[start:end],
        lemma=cols[2].replace("\u200b", "") or None,  # see _request_line
        pos=cols[4] or None,
        ner=cols[6] or None,
        chunk=cols[7] or None,
    )


# ------------------------------------------------------------------ alignment


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """What a character counts as when Frog's words are compared with the input."""
    kept = [c for c in unicodedata.normalize("NFKD", ch) if not _ignorable(c)]
    return "".join(kept).translate(_FOLD_TABLE).casefold()


def _ignorable(ch: str) -> bool:
    # Marks vanish so that NFC and NFD agree. ucto drops soft hyphens and
    # keeps other invisible characters; ignoring all of them on both sides
    # makes either behaviour harmless.
    category = unicodedata.category(ch)
    return ch.isspace() or category[0] == "M" or category in ("Cc", "Cf", "Cs")


def _fold(text: str) -> tuple[str, list[int]]:
    """The folded text and, per folded character, the index it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def align(text: str, words: list[str]) -> list[Span | None]:
    """Where each of Frog's words lies in ``text``, or None where it cannot be placed.

    Spans are in order and never overlap. A word that does not match is
    skipped; once the next word is found, the words skipped in between share
    the text left over before it.
    """
    folded, origin = _fold(text)
    spans: list[Span | None] = []
    cursor = lost = 0
    for word in words:
        target = "".join(_fold_char(c) for c in word)
        found = _find(folded, target, cursor, lost) if target else -1
        if found < 0:
            spans.append(None)
            lost += len(target) + 1
            continue
        start, end = origin[found], origin[found + len(target) - 1] + 1
        spans.append((start, _past_marks(text, end)))
        cursor, lost = found + len(target), 0
    return _fill_gaps(text, _ordered(spans))


def _find(folded: str, target: str, cursor: int, lost: int) -> int:
    if folded.startswith(target, cursor):
        return cursor
    # Look only a little ahead, past what lost words may cover, so that a short
    # word like "." cannot jump over the rest of the paragraph.
    return folded.find(target, cursor, cursor + lost + _RESYNC_WINDOW + len(target))


def _past_marks(text: str, end: int) -> int:
    """Combining marks fold to nothing but belong to the word they follow."""
    while end < len(text) and unicodedata.category(text[end])[0] == "M":
        end += 1
    return end


def _ordered(spans: list[Span | None]) -> list[Span | None]:
    """Trim a span that starts inside the previous one (an ﬁ split in two)."""
    result: list[Span | None] = []
    previous_end = 0
    for span in spans:
        if span is not None:
            span = (max(span[0], previous_end), span[1])
            if span[0] >= span[1]:
                span = None
        result.append(span)
        previous_end = span[1] if span else previous_end
    return result


def _fill_gaps(text: str, spans: list[Span | None]) -> list[Span | None]:
    result = list(spans)
    lost: list[int] = []  # a run of consecutive unplaced words
    low = 0
    for index, span in enumerate([*spans, (len(text), len(text))]):
        if span is None:
            lost.append(index)
            continue
        if lost:
            result[lost[0] : index] = _share_gap(text, low, span[0], len(lost))
            lost = []
        low = span[1]
    return result


def _share_gap(text: str, low: int, high: int, count: int) -> list[Span | None]:
    """Give lost words the unclaimed text between their found neighbours."""
    pieces: list[Span | None] = [
        (low + m.start(), low + m.end()) for m in re.finditer(r"\S+", text[low:high])
    ]
    if len(pieces) == count:
        return pieces
    if len(pieces) == 1:  # one odd word that Frog split in several tokens
        return pieces + [None] * (count - 1)
    return [None] * count  # rather no token than one spanning unrelated text
