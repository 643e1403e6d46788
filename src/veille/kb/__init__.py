"""Curated knowledge: the actor knowledge base and its matchers."""

from veille.kb.actors import (
    ActorEntry,
    ActorKB,
    ActorMatch,
    GenericEntry,
    GenericMatch,
    KBError,
    NonActor,
    theatre,
)

__all__ = [
    "ActorEntry",
    "ActorKB",
    "ActorMatch",
    "GenericEntry",
    "GenericMatch",
    "KBError",
    "NonActor",
    "theatre",
]
