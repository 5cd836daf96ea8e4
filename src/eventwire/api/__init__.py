"""The HTTP API and events page over a Store: `create_app(store)`."""

from .app import create_app
from .errors import NotFoundError, status_of

__all__ = ["NotFoundError", "create_app", "status_of"]
