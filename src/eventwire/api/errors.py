"""eventwire's exceptions → HTTP statuses, in one place, with one JSON error shape.

Every error the API answers has the body ``{"error": {"type", "message"}}`` (plus
``details`` for a request that failed validation), whatever raised it: an
EventwireError from the library, a missing route, or a bad query parameter.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import EventwireError, InputError, ResourceError, StoreError

__all__ = ["NotFoundError", "install_error_handlers", "status_of"]


class NotFoundError(EventwireError):
    """The request names an event or article the store does not hold."""


# The most specific class listed in an exception's MRO wins; EventwireError is the fallback.
STATUS: dict[type[EventwireError], tuple[int, str]] = {
    NotFoundError: (404, "not_found"),
    InputError: (400, "bad_input"),
    StoreError: (503, "store_unavailable"),  # the database is down or unreadable: retry later
    ResourceError: (500, "resource_missing"),
    EventwireError: (500, "error"),
}

HTTP_TYPES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}


def status_of(exc: EventwireError) -> tuple[int, str]:
    """The HTTP status and error type for a library exception."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return STATUS[EventwireError]


def error_body(kind: str, message: str, **extra: object) -> dict[str, object]:
    return {"error": {"type": kind, "message": message, **extra}}


async def on_eventwire_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventwireError)
    status, kind = status_of(exc)
    return JSONResponse(error_body(kind, str(exc)), status_code=status)


async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    kind = HTTP_TYPES.get(exc.status_code, "http_error")
    return JSONResponse(
        error_body(kind, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
    )


async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    where = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
        for e in errors
    )
    body = error_body("invalid_request", where, details=jsonable_encoder(errors))
    return JSONResponse(body, status_code=422)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(EventwireError, on_eventwire_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
