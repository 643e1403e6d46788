"""The app factory: ``create_app(WebConfig(db=...))`` gives the API and pages on one server."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from veille import __version__
from veille.web import api, errors, pages
from veille.web.config import WebConfig
from veille.web.geo import Basemap
from veille.web.middleware import RateLimit, SecurityHeaders, TokenBucket
from veille.web.pool import StorePool
from veille.web.render import HERE, make_env

DESCRIPTION = """Events resolved from the news, where each value came from, and the analysts' review.

Authenticate with `Authorization: Bearer TOKEN` (tokens: `veille users add NAME --role viewer|analyst|admin`).
Viewers read; analysts correct, accept, reject, merge and split; admins manage users.
Every error is `{"error": {"code": "...", "message": "..."}}`."""


def create_app(config: WebConfig) -> FastAPI:
    pool = StorePool(config.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="veille",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # the default pages load Swagger UI from a CDN: /docs is served locally instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.pool = pool
    app.state.templates = make_env()
    app.state.basemap = Basemap.load()
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(RateLimit, bucket=TokenBucket(config.rate_per_second, config.rate_burst))
    app.add_middleware(SecurityHeaders)
    return app


ENV_CONFIG = "VEILLE_WEB_CONFIG"


def app_from_env() -> FastAPI:
    """The app of one uvicorn worker process: its config travels as JSON in $VEILLE_WEB_CONFIG."""
    return create_app(WebConfig(**json.loads(os.environ[ENV_CONFIG])))
