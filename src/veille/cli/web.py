"""``veille serve`` and ``veille users``: the web app and its users (a thin skin, STYLE.md §12).

This module must not import ``veille.cli.main`` (main imports it); it reads settings the same way.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict

import click

from veille.cli.common import handle_errors, settings_from


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.option(
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Mark the session cookie Secure (behind HTTPS). Env: VEILLE_WEB_SECURE_COOKIES.",
)
@click.option(
    "--rate", "rate_per_second", type=float, help="Requests a second per client (0 = no limit; default 20)."
)
@click.option("--burst", "rate_burst", type=int, help="Requests a client may send at once (default 120).")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes (one per core).",
)
@click.option("--log-level", default="info", show_default=True, help="uvicorn log level.")
@click.pass_context
@handle_errors
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    db: str | None,
    secure_cookies: bool | None,
    rate_per_second: float | None,
    rate_burst: int | None,
    workers: int,
    log_level: str,
) -> None:
    """Serve the JSON API (documented at /docs) and the analysts' pages, with no internet needed.

    \b
    Example:
      veille users add alice --role analyst --db team.db   # prints alice's token once
      veille serve --db team.db --port 8000                # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from veille.web import WebConfig, create_app

    settings = settings_from(ctx, db=db)
    config = WebConfig.from_settings(
        settings, secure_cookies=secure_cookies, rate_per_second=rate_per_second, rate_burst=rate_burst
    )
    click.echo(f"veille: serving {config.db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    if workers > 1:  # each process builds its own app from the config (rate limits are per process)
        from veille.web.app import ENV_CONFIG

        os.environ[ENV_CONFIG] = json.dumps(asdict(config))
        target = "veille.web.app:app_from_env"
        uvicorn.run(target, factory=True, host=host, port=port, workers=workers, log_level=log_level)
        return
    uvicorn.run(create_app(config), host=host, port=port, log_level=log_level, proxy_headers=False)


@click.group()
def users() -> None:
    """Users of the web app: add (prints a token once), list, revoke."""


@users.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(["viewer", "analyst", "admin"]), default="viewer", show_default=True
)
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.pass_context
@handle_errors
def users_add(ctx: click.Context, name: str, role: str, db: str | None) -> None:
    """Add a user and print its API token (shown this once; only its hash is stored).

    \b
    Example:
      veille users add alice --role analyst
    """
    from veille.store.store import Store
    from veille.store.users import add_user

    store = Store.open(settings_from(ctx, db=db)["db"])
    try:
        user, token = add_user(store, name, role, by="cli")
    finally:
        store.close()
    click.echo(f"added {user.name} ({user.role}); token (shown once, keep it safe):", err=True)
    click.echo(token)


@users.command("list")
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.pass_context
@handle_errors
def users_list(ctx: click.Context, db: str | None) -> None:
    """List users, their roles and whether their token is revoked.

    \b
    Example:
      veille users list
    """
    from veille.store.store import Store
    from veille.store.users import list_users

    store = Store.open(settings_from(ctx, db=db)["db"])
    try:
        found = list_users(store)
    finally:
        store.close()
    for u in found:
        state = f"revoked {u.revoked_at}" if u.revoked_at else "active"
        click.echo(f"{u.name}\t{u.role}\t{state}\tadded {u.created_at} by {u.created_by}")
    if not found:
        click.echo("no users yet: add one with `veille users add NAME --role admin`", err=True)


@users.command("revoke")
@click.argument("name")
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.pass_context
@handle_errors
def users_revoke(ctx: click.Context, name: str, db: str | None) -> None:
    """Revoke a user's token and end its sessions (the user stays in the audit trail).

    \b
    Example:
      veille users revoke alice
    """
    from veille.store.store import Store
    from veille.store.users import revoke_user

    store = Store.open(settings_from(ctx, db=db)["db"])
    try:
        revoke_user(store, name, by="cli")
    finally:
        store.close()
    click.echo(f"revoked {name}")
