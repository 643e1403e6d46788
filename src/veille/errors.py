"""Domain errors. The library raises these; the edges (CLI, API) translate them once."""

from __future__ import annotations


class VeilleError(Exception):
    """Base class: ``str(err)`` says what happened, the likely cause and what to try."""


class InputError(VeilleError):
    """An input file, line or item could not be read."""

    def __init__(self, source: str, position: str | int | None, reason: str) -> None:
        self.source = source
        self.position = position
        self.reason = reason
        where = f"{source}:{position}" if position is not None else source
        super().__init__(f"{where}: {reason}")


class ConfigError(VeilleError):
    """A setting has an invalid value or a config file cannot be read."""


class StoreError(VeilleError):
    """The database cannot be opened, migrated or written."""


class NotAvailableError(VeilleError):
    """A feature exists in the interface but is not built yet; says so plainly."""


class OverrideError(VeilleError):
    """An analyst's merge or split names an unknown event or records that are not in the event."""
