"""Request limits and browser-facing safety, as plain ASGI middleware.

* A body size limit (413), checked on Content-Length and again while the
  body streams in, so a chunked upload cannot get around it.
* The Host header must name this server: a web page elsewhere cannot reach
  the local desk through DNS rebinding. Requests that change the house style
  must come from our own pages (Origin check) and carry JSON, so a foreign
  page's form cannot post to them.
* Security headers on every answer; pages get a Content-Security-Policy that
  allows only our own script and style, as a second line of defence behind
  building the article view with textContent.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_CHANGES = {"POST", "PUT", "DELETE", "PATCH"}
# Paths whose POST only reads (a check): open to LanguageTool clients and to
# any page, like LanguageTool's own server started with --allow-origin.
_OPEN_PREFIXES = ("/v2/",)


class _TooLarge(Exception):
    pass


async def _send_json(send: Send, status: int, detail: str, headers: Iterable = ()) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_json(send, 413, self._message())
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracking)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, self._message())

    def _message(self) -> str:
        return f"request body over the limit of {self.max_bytes} bytes"


class Guard:
    """Host and Origin checks, JSON-only changes, and security headers."""

    def __init__(self, app: ASGIApp, allowed_hosts: list[str] | None) -> None:
        self.app = app
        self.hosts = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal:
            await _send_json(send, *refusal)
            return
        path = scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _security_headers(list(message.get("headers", [])), path)
            await send(message)

        await self.app(scope, receive, with_headers)

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        host = _hostname(_header(scope, b"host") or "")
        if self.hosts is not None and host not in self.hosts:
            return 400, f"unknown host {host!r}: use the address the server listens on"
        method, path = scope.get("method", "GET"), scope.get("path", "")
        if method not in _CHANGES or path.startswith(_OPEN_PREFIXES):
            return None
        origin = _header(scope, b"origin")
        if origin and origin != "null" and _hostname(urlsplit(origin).netloc) != host:
            return 403, "cross-site request refused"
        kind = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        if _needs_json(method, path) and kind != "application/json":
            return 415, "send JSON (Content-Type: application/json)"
        return None


def _needs_json(method: str, path: str) -> bool:
    # The upload takes the file's bytes as they are; a DELETE has no body.
    return method != "DELETE" and path.startswith("/api/") and path != "/api/extract"


def _hostname(netloc: str) -> str:
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[: netloc.find("]") + 1] if "]" in netloc else netloc
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def _security_headers(headers: list[tuple[bytes, bytes]], path: str) -> list:
    names = {k.lower() for k, _ in headers}
    extra = [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]
    content_type = dict(headers).get(b"content-type", b"")
    if content_type.startswith(b"text/html") and b"content-security-policy" not in names:
        extra.append((b"content-security-policy", PAGE_POLICY.encode()))
    if path.startswith(_OPEN_PREFIXES):
        extra.append((b"access-control-allow-origin", b"*"))
    return headers + [(k, v) for k, v in extra if k not in names]
