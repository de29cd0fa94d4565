"""The HTTP front end: JSON API, LanguageTool-compatible API, and the desk pages.

``create_app`` builds the application around a pool of desks. Desks given to
it belong to the caller (tests pass desks sharing their Frog); desks it makes
itself, or is told it owns, are closed with the application, so no Frog
outlives the server.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

import anyio
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from nakijker import __version__
from nakijker.checks import REGISTRY
from nakijker.config import Config
from nakijker.pipeline import Desk
from nakijker.read import InputError
from nakijker.web import langtool
from nakijker.web.glossary import code_of
from nakijker.web.guard import BodyLimit, Guard
from nakijker.web.pool import Busy, DeskPool, TimedOut
from nakijker.web.service import Service, Settings, TooLarge, extract
from nakijker.web.store import DuplicateTerm, Store, default_db_path

HERE = Path(str(files("nakijker.web")))
MAX_BODY = 5_000_000  # an article and its source at the 2 MB text limit, with JSON escaping
TIMEOUT = 60.0
RETRY_AFTER = 5  # seconds a turned-away client is asked to wait
WARM_UP = "De minister zei dinsdag dat het kabinet het plan steunt."


# ---------------------------------------------------------------------------
# Request and response shapes (they also make the OpenAPI documentation)


class CheckRequest(BaseModel):
    text: str = Field(description="The Dutch article, as plain text.")
    source: str | None = Field(None, description="The English original, for bilingual checks.")
    published: date | None = Field(None, description="Publication date (YYYY-MM-DD).")
    rules: list[str] | None = Field(
        None, description="Only rules whose code starts with one of these prefixes."
    )


class FixRequest(CheckRequest):
    unsafe: bool = Field(False, description="Also apply the first suggestion of unsafe findings.")


class FindingOut(BaseModel):
    rule: str
    start: int = Field(description="Code-point offset into the text; end is exclusive.")
    end: int
    text: str
    category: str
    severity: Literal["minor", "major", "critical"]
    message: str
    replacements: list[str]
    safe: bool
    source_start: int | None = None
    source_end: int | None = None


class ScoreOut(BaseModel):
    penalty: int
    per_1000_words: float
    quality: float
    threshold: float
    pass_: bool = Field(alias="pass")


class ReportOut(BaseModel):
    version: int
    words: int
    findings: list[FindingOut]
    score: ScoreOut
    facts: dict[str, Any] | None = Field(None, description="The fact sheet, when available.")


class FixOut(BaseModel):
    text: str
    applied: list[FindingOut]
    report: ReportOut


class TermIn(BaseModel):
    forbidden: str = Field(min_length=1, max_length=200, description="Wording to flag.")
    required: str = Field(min_length=1, max_length=200, description="The house's wording.")
    note: str = Field("", max_length=500, description="Why, shown with the finding.")
    severity: Literal["minor", "major", "critical"] = "minor"
    safe: bool = Field(False, description="Whether the replacement may be applied unseen.")


class TermOut(TermIn):
    id: int
    code: str


class DisabledRules(BaseModel):
    rules: list[str] = Field(description="Rule codes or code prefixes that never run.")


ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "Body or text over the size limit"},
    422: {"description": "Input that cannot be checked (empty, not Dutch, bad field)"},
    503: {"description": "Every desk is busy; retry after Retry-After seconds"},
    504: {"description": "The check took longer than the time limit"},
}


# ---------------------------------------------------------------------------
# Application


class DeskApp:
    """The state behind the routes: desks, pool, store, limits."""

    def __init__(
        self,
        desks: list[Desk] | None,
        *,
        config: Config,
        workers: int,
        queue: int | None,
        db: str | Path | None,
        timeout: float,
        own_desks: bool,
    ) -> None:
        self.config = config
        self.workers = len(desks) if desks else max(1, workers)
        self.queue = 4 * self.workers + 16 if queue is None else queue
        self.given = desks
        self.own = own_desks or desks is None
        self.db = str(db) if db is not None else str(default_db_path())
        self.timeout = timeout
        self.pool: DeskPool | None = None
        self.store: Store | None = None
        self.service: Service | None = None

    def start(self) -> None:
        self.store = Store(self.db)
        self.service = Service(self.config, self.store)
        desks = self.given or [Desk(self.config) for _ in range(self.workers)]
        if self.given is None:
            # Given desks were warmed (or are cheap) where they were made.
            try:
                warm_up(desks)
            except BaseException:
                for desk in desks:  # a Frog that did start must not be left behind
                    desk.close()
                raise
        self.pool = DeskPool(desks, self.queue)

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.close()
            if self.own:
                for desk in self.pool.desks:
                    desk.close()
        if self.store is not None:
            self.store.close()

    def frog_status(self) -> dict:
        use = self.config.use_frog and any(d.config.use_frog for d in self._desks())
        alive = [_frog_alive(d) for d in self._desks()] if use else []
        return {"enabled": use, "alive": bool(alive) and all(alive), "workers_alive": alive}

    def _desks(self) -> list[Desk]:
        return self.pool.desks if self.pool else []

    async def run(self, job: Callable[[Desk], Any]) -> Any:
        assert self.pool is not None
        try:
            return await self.pool.run(job, self.timeout)
        except Busy:
            raise HTTPException(
                503, "every desk is busy; try again shortly", {"Retry-After": str(RETRY_AFTER)}
            ) from None
        except TimedOut:
            raise HTTPException(504, f"the check took over {self.timeout:g} s") from None
        except TooLarge as err:
            raise HTTPException(413, str(err)) from None
        except InputError as err:
            raise HTTPException(422, str(err)) from None


def _frog_alive(desk: Desk) -> bool:
    # Never ping: a ping waits for Frog's lock, which a long check holds.
    frog = getattr(desk, "_frog", None)
    return frog is not None and frog.pid is not None


def warm_up(desks: list[Desk]) -> None:
    """Start every Frog and run one small check on each desk, in parallel.

    The first check loads hunspell, lingua and the rule data; doing it now
    keeps that wait out of the first user's request.
    """
    with ThreadPoolExecutor(max_workers=len(desks)) as pool:
        list(pool.map(lambda d: d.check(WARM_UP), desks))


def create_app(
    desks: list[Desk] | None = None,
    *,
    config: Config | None = None,
    workers: int = 1,
    queue: int | None = None,
    db: str | Path | None = None,
    timeout: float = TIMEOUT,
    max_body: int = MAX_BODY,
    allowed_hosts: list[str] | None = None,
    own_desks: bool = False,
) -> FastAPI:
    """The web application; with ``desks`` None it makes ``workers`` desks from ``config``."""
    if config is None:
        config = desks[0].config if desks else Config()
    state = DeskApp(
        desks,
        config=config,
        workers=workers,
        queue=queue,
        db=db,
        timeout=timeout,
        own_desks=own_desks,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(state.start)
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(state.stop)

    app = FastAPI(
        title="nakijker",
        version=__version__,
        summary="Offline copy desk for machine-translated Dutch news.",
        docs_url=None,  # our own page: Swagger UI would come from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.desk = state
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _pages(app)
    _api(app, state)
    _store_api(app, state)
    _languagetool(app, state)
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app


# ---------------------------------------------------------------------------
# Routes


@cache
def _page(name: str) -> str:
    return (HERE / "templates" / name).read_text(encoding="utf-8")


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def desk_page() -> HTMLResponse:
        return HTMLResponse(_page("index.html"))

    @app.get("/settings", response_class=HTMLResponse, include_in_schema=False)
    def settings_page() -> HTMLResponse:
        return HTMLResponse(_page("settings.html"))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return HTMLResponse(_page("docs.html"))


def _api(app: FastAPI, state: DeskApp) -> None:
    @app.get("/health", tags=["server"])
    def health() -> JSONResponse:
        """Whether the server can check: Frog running on every worker (when used), pool load."""
        frog = state.frog_status()
        ok = state.pool is not None and (not frog["enabled"] or frog["alive"])
        body = {
            "status": "ok" if ok else "degraded",
            "version": __version__,
            "frog": frog,
            "pool": state.pool.stats() if state.pool else None,
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.post("/api/check", tags=["check"], response_model=ReportOut, responses=ERRORS)
    async def check(req: CheckRequest) -> JSONResponse:
        """Check an article: the same JSON as `nakijker check --format json`."""
        service = _service(state)
        text = _text(service, req.text)
        source = _text(service, req.source, "source") if req.source else None
        settings = _settings(service, req.rules)
        published = req.published.isoformat() if req.published else None
        data = await state.run(lambda d: service.check(d, settings, text, published, source))
        return JSONResponse(data)

    @app.post("/api/fix", tags=["check"], response_model=FixOut, responses=ERRORS)
    async def fix(req: FixRequest) -> JSONResponse:
        """Apply the safe fixes (and, with `unsafe`, first suggestions) until none is left."""
        service = _service(state)
        text = _text(service, req.text)
        settings = _settings(service, req.rules)
        published = req.published.isoformat() if req.published else None
        data = await state.run(lambda d: service.fix(d, settings, text, published, req.unsafe))
        return JSONResponse(data)

    @app.post("/api/extract", tags=["check"], responses=ERRORS)
    async def extract_file(
        request: Request,
        name: Annotated[str, Query(description="The file's name; only its suffix is used.")],
    ) -> JSONResponse:
        """The article in an uploaded file (the raw bytes as the body): .txt, .html, .xlf, …"""
        data = await request.body()
        try:
            found = await anyio.to_thread.run_sync(extract, data, name, state.config.max_bytes)
        except TooLarge as err:
            raise HTTPException(413, str(err)) from None
        except InputError as err:
            raise HTTPException(422, str(err)) from None
        return JSONResponse(found)

    @app.get("/api/rules", tags=["house style"])
    def rules() -> list[dict]:
        """Every rule: code, name, category, severity, and whether it needs Frog."""
        return [
            {
                "code": c.code,
                "name": c.name,
                "category": c.category,
                "severity": c.severity,
                "frog": c.needs_frog,
            }
            for c in REGISTRY
        ]


def _service(state: DeskApp) -> Service:
    if state.service is None:
        raise HTTPException(503, "the server is starting", {"Retry-After": str(RETRY_AFTER)})
    return state.service


def _text(service: Service, text: str, name: str = "text") -> str:
    try:
        return service.text(text, name)
    except TooLarge as err:
        raise HTTPException(413, str(err)) from None
    except InputError as err:
        raise HTTPException(422, str(err)) from None


def _settings(service: Service, rules: list[str] | None) -> Settings:
    if rules:
        unknown = service.unknown_prefixes(rules)
        if unknown:
            raise HTTPException(422, f"no rule code starts with {', '.join(unknown)}")
    return service.settings(rules)


def _store_api(app: FastAPI, state: DeskApp) -> None:
    def store() -> Store:
        if state.store is None:
            raise HTTPException(503, "the server is starting", {"Retry-After": str(RETRY_AFTER)})
        return state.store

    @app.get("/api/glossary", tags=["house style"], response_model=list[TermOut])
    def glossary() -> list[dict]:
        """The house glossary: wordings to flag and what to write instead."""
        return [{**t.as_json(), "code": code_of(t)} for t in store().terms()]

    @app.post("/api/glossary", tags=["house style"], response_model=TermOut, status_code=201)
    def add_term(term: TermIn) -> dict:
        """Add an entry; it applies to every check from now on (409 if the wording is listed)."""
        forbidden, required = " ".join(term.forbidden.split()), term.required.strip()
        if not forbidden or not required:
            raise HTTPException(422, "forbidden and required wording must not be blank")
        try:
            added = store().add_term(
                forbidden, required, term.note.strip(), term.severity, term.safe
            )
        except DuplicateTerm:
            raise HTTPException(409, f"the glossary already has {forbidden!r}") from None
        return {**added.as_json(), "code": code_of(added)}

    @app.delete("/api/glossary/{term_id}", tags=["house style"], status_code=204)
    def delete_term(term_id: int) -> Response:
        """Remove an entry."""
        if not store().delete_term(term_id):
            raise HTTPException(404, f"no glossary entry {term_id}")
        return Response(status_code=204)

    @app.get("/api/disabled-rules", tags=["house style"], response_model=DisabledRules)
    def disabled_rules() -> dict:
        """Rule codes (or prefixes) that the house has switched off."""
        return {"rules": store().disabled_rules()}

    @app.put("/api/disabled-rules", tags=["house style"], response_model=DisabledRules)
    def set_disabled_rules(body: DisabledRules) -> dict:
        """Replace the list of switched-off rules (422 for a prefix no rule has)."""
        unknown = _service(state).unknown_prefixes(body.rules)
        if unknown:
            raise HTTPException(422, f"no rule code starts with {', '.join(unknown)}")
        return {"rules": store().set_disabled_rules(body.rules)}

    @app.get("/api/history", tags=["house style"])
    def history(limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> list[dict]:
        """The latest checked articles with their scores, newest first."""
        return store().history(limit)


LT_FIELDS = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "The text to check (or use data)."},
        "data": {"type": "string", "description": "Annotated text as JSON: {annotation: [...]}"},
        "language": {"type": "string", "description": "nl, nl-NL or auto"},
        "enabledRules": {"type": "string", "description": "Comma-separated rule ids"},
        "disabledRules": {"type": "string", "description": "Comma-separated rule ids"},
        "enabledCategories": {"type": "string"},
        "disabledCategories": {"type": "string"},
        "enabledOnly": {"type": "string", "enum": ["true", "false"]},
    },
    "required": ["language"],
}


def _languagetool(app: FastAPI, state: DeskApp) -> None:
    @app.get("/v2/check", include_in_schema=False)
    async def lt_check_get(request: Request) -> Response:
        # LanguageTool also takes the fields as a query string.
        return await lt_check(request)

    @app.post(
        "/v2/check",
        tags=["LanguageTool"],
        responses=ERRORS,
        openapi_extra={
            "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": LT_FIELDS}}}
        },
    )
    async def lt_check(request: Request) -> Response:
        """LanguageTool's check: offsets in UTF-16 code units, as LanguageTool's (Java) are."""
        fields = await _form(request)
        try:
            parsed = langtool.parse_request(fields)
        except langtool.LanguageToolError as err:
            return PlainTextResponse(str(err), status_code=400)
        service = _service(state)
        if parsed.doc.plain.strip():  # LanguageTool answers an empty text with no matches
            _text(service, parsed.doc.plain)
        return JSONResponse(await state.run(lambda d: service.languagetool(d, parsed)))

    @app.options("/v2/check", include_in_schema=False)
    def lt_preflight() -> Response:
        headers = {
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type",
            "Access-Control-Max-Age": "86400",
        }
        return Response(status_code=204, headers=headers)

    @app.get("/v2/languages", tags=["LanguageTool"])
    def lt_languages() -> list[dict]:
        """The languages this server checks, in LanguageTool's format."""
        return langtool.LANGUAGES


async def _form(request: Request) -> dict[str, str]:
    """Query and url-encoded body fields, the body winning (LanguageTool reads both)."""
    fields = dict(request.query_params)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "POST" and kind == "multipart/form-data":
        try:
            form = await request.form()
        except AssertionError:  # python-multipart is not installed
            raise HTTPException(415, "send the fields url-encoded") from None
        fields |= {k: v for k, v in form.items() if isinstance(v, str)}
    elif request.method == "POST":
        body = await request.body()
        try:
            fields |= dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise HTTPException(400, "the form is not UTF-8") from None
    return fields
