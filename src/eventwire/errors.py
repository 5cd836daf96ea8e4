"""eventwire's exceptions; the CLI and the API map them to exit codes and statuses."""


class EventwireError(Exception):
    """Base class: something the user can act on; the message says what and where."""


class InputError(EventwireError):
    """An input could not be read or used."""


class StoreError(EventwireError):
    """The database could not be opened or written."""


class ResourceError(EventwireError):
    """A packaged resource (the spaCy model, the gazetteer) is missing or broken."""
