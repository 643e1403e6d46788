"""Resolvers by registered name (the ``resolver`` setting): a change in behaviour is a new name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from veille.errors import ConfigError
from veille.records import ResolvedEvent
from veille.resolve.blocking import BlockingResolver, Report
from veille.resolve.v2 import ResolverV2
from veille.resolve.v3 import ResolverV3, ResolverV3E


class Resolver(Protocol):
    """Anything that turns reports into resolved events, deterministically."""

    name: str

    def resolve(self, reports: Sequence[Report]) -> list[ResolvedEvent]: ...


RESOLVERS: dict[str, Callable[[], Any]] = {
    "blocking.v1": BlockingResolver,
    "blocking.v2": ResolverV2.from_settings,
    "blocking.v3": ResolverV3.from_settings,
    "blocking.v3e": ResolverV3E.from_settings,
}


def resolver_from_name(name: str) -> Resolver:
    """The resolver registered as ``name`` (``blocking.v1`` to ``blocking.v3``, ``blocking.v3e``)."""
    try:
        factory = RESOLVERS[name]
    except KeyError:
        known = ", ".join(sorted(RESOLVERS))
        raise ConfigError(
            f"unknown resolver {name!r}; the setting `resolver` takes one of: {known}"
        ) from None
    resolver: Resolver = factory()
    return resolver
