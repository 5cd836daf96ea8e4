"""The HTTP API and the events page over a Store: thin routes over plain query functions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Response
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import InputError
from ..export import feature
from ..records import Event
from ..store import Store
from . import query as q
from .errors import NotFoundError, install_error_handlers
from .page import CSP, INDEX_HTML, asset

__all__ = ["create_app"]

# A page of events: enough for a screen of table rows; the ceiling bounds one response.
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
TOTAL_HEADER = "X-Total-Count"


class ArticleInfo(BaseModel):
    """A stored input with its status: `ok`, or `rejected` with the reason."""

    article_id: str
    origin: str
    status: Literal["ok", "rejected"]
    reason: str | None
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    language: str | None
    chars: int


class ArticleText(ArticleInfo):
    text: str | None  # None for a rejected input


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    database: str
    events: int
    articles: int


def event_query(
    country: Annotated[str | None, Query(description="Country name or ISO3 code")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    date_from: Annotated[date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    date_to: Annotated[date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    actor: Annotated[str | None, Query(description="Substring of any actor name")] = None,
) -> q.EventQuery:
    if date_from and date_to and date_from > date_to:
        raise InputError(f"date_from {date_from} is after date_to {date_to}")
    return q.EventQuery(country, event_type, sub_event_type, date_from, date_to, actor)


Filters = Annotated[q.EventQuery, Depends(event_query)]
Offset = Annotated[int, Query(ge=0)]


def create_app(store: Store, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The API and page over `store`. With `allowed_hosts`, requests naming any other Host
    are refused, which stops a web page from reading a local server by DNS rebinding."""
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="ACLED-style events extracted from news reports, with their evidence.",
        # FastAPI's /docs and /redoc load their scripts from a CDN; this server stays offline.
        docs_url=None,
        redoc_url=None,
    )
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    install_error_handlers(app)

    @app.get("/api/health")
    def health() -> Health:
        """The database answers; how much it holds."""
        return Health(
            status="ok",
            version=__version__,
            database=store.safe_url,
            events=q.count_events(store, q.EventQuery()),
            articles=q.count_articles(store, q.ArticleQuery()),
        )

    @app.get("/api/events")
    def events(
        response: Response,
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> list[Event]:
        """Contract records of matching events, by date; the total is in X-Total-Count."""
        response.headers[TOTAL_HEADER] = str(q.count_events(store, filters))
        return q.find_events(store, filters, limit, offset)

    @app.get("/api/events.geojson", response_class=Response)
    def events_geojson(
        filters: Filters,
        limit: Annotated[int | None, Query(ge=1, description="Default: all")] = None,
        offset: Offset = 0,
    ) -> Response:
        """Matching events as a GeoJSON FeatureCollection (null geometry when unplaced)."""
        features = [feature(e) for e in q.find_events(store, filters, limit, offset)]
        collection = {"type": "FeatureCollection", "features": features}
        return JSONResponse(collection, media_type="application/geo+json")

    @app.get("/api/events/{event_id:path}")
    def event(event_id: str) -> Event:
        """One event's contract record."""
        found = q.get_event(store, event_id)
        if found is None:
            raise NotFoundError(f"no event with event_id {event_id!r}")
        return found

    @app.get("/api/articles")
    def articles(
        response: Response,
        status: Literal["ok", "rejected"] | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> list[ArticleInfo]:
        """Stored inputs with their status and, when rejected, why; X-Total-Count."""
        query = q.ArticleQuery(status)
        response.headers[TOTAL_HEADER] = str(q.count_articles(store, query))
        return [ArticleInfo(**row) for row in q.find_articles(store, query, limit, offset)]

    @app.get("/api/articles/{article_id:path}")
    def article(article_id: str) -> ArticleText:
        """One stored input with its text, for reading evidence spans in context."""
        row = q.get_article(store, article_id)
        if row is None:
            raise NotFoundError(f"no article with article_id {article_id!r}")
        return ArticleText(**row)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(INDEX_HTML, headers=PAGE_HEADERS)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        found = asset(name)
        if found is None:
            raise NotFoundError(f"no static file {name!r}")
        body, media_type = found
        return Response(body, media_type=media_type, headers=PAGE_HEADERS)

    return app


# The page and its assets load nothing from anywhere but this server.
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
