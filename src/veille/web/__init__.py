"""The web app for analysts: a JSON API and HTML pages over the store (``veille serve``)."""

from __future__ import annotations

from veille.web.app import create_app
from veille.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
