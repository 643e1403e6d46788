"""What every command module shares: settings from the root context and one error translation.

The command modules (``main`` and the areas it registers: web, spark, storage, resolve, sources)
import from here, never from each other, so ``main`` can import them without a cycle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from veille.errors import InputError, VeilleError
from veille.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SKIPPED = 1
EXIT_ERROR = 2


def settings_from(ctx: click.Context, **overrides: Any) -> Settings:
    """The settings in force for this command: defaults < --config file < VEILLE_* < flags."""
    obj = ctx.find_root().ensure_object(dict)
    return Settings.load(config_file=obj.get("config"), overrides=overrides)


def handle_errors(fn: F) -> F:
    """Translate library errors once: a one-line message and a non-zero exit status."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except VeilleError as err:
            click.echo(f"veille: error: {err}", err=True)
            sys.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def report_input_errors(errors: list[InputError]) -> None:
    for err in errors:
        click.echo(f"veille: skipped {err}", err=True)
