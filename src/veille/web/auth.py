"""Who is asking, and may they: bearer tokens for the API, session cookies (+ CSRF) for pages.

A request with an ``Authorization`` header is judged by it alone (a wrong token is 401 even with a
valid cookie). A write made with a session cookie must carry the session's CSRF token (header
``X-CSRF-Token`` or form field ``csrf_token``) and, when the browser sends one, an ``Origin`` of
this server: a form posted from another site fails.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import Request

from veille.store.users import User, session_user, user_for_token
from veille.web.errors import ApiError, LoginRequired
from veille.web.pool import StorePool

COOKIE = "veille_session"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Principal:
    user: User
    via: str  # "token" or "session"
    csrf: str = ""

    @property
    def name(self) -> str:
        return self.user.name


def pool_of(request: Request) -> StorePool:
    pool: StorePool = request.app.state.pool
    return pool


def identify(request: Request) -> Principal | None:
    """The principal behind the request; ApiError(401) for a bad or revoked bearer token."""
    header = request.headers.get("authorization")
    store = pool_of(request).get()
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "use the header 'Authorization: Bearer TOKEN'")
        user = user_for_token(store, token.strip())
        if user is None:
            raise ApiError(401, "unknown or revoked token; ask an admin for a new one (`veille users add`)")
        return Principal(user, "token")
    sid = request.cookies.get(COOKIE)
    if sid:
        found = session_user(store, sid)
        if found is not None:
            return Principal(found[0], "session", found[1])
    return None


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site."""
    origin = request.headers.get("origin")
    if origin is None:  # not a browser, or a browser that sends none on same-origin requests
        return True
    # Host only, not scheme: behind a TLS proxy the browser says https while the app sees http.
    host = urlsplit(origin).netloc
    own = request.headers.get("host", request.url.netloc)
    return bool(host) and hmac.compare_digest(host.lower(), own.lower())


async def check_csrf(request: Request, principal: Principal) -> None:
    """Session writes need this server as Origin and the session's CSRF token."""
    if principal.via != "session" or request.method in SAFE_METHODS:
        return
    if not same_origin(request):
        raise ApiError(403, "cross-site request refused", "csrf_failed")
    sent = request.headers.get("x-csrf-token", "")
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        sent = str(form.get("csrf_token") or "")
    if not sent or not hmac.compare_digest(sent, principal.csrf):
        raise ApiError(403, "missing or wrong CSRF token; reload the page and try again", "csrf_failed")


def require(role: str) -> Callable[[Request], object]:
    """A dependency for API routes: the principal, when it holds ``role`` (401/403 otherwise)."""

    async def dep(request: Request) -> Principal:
        principal = identify(request)
        if principal is None:
            raise ApiError(401, "sign in: send 'Authorization: Bearer TOKEN' (tokens: `veille users add`)")
        if not principal.user.can(role):
            raise ApiError(403, f"this needs the {role} role; {principal.name} is a {principal.user.role}")
        await check_csrf(request, principal)
        request.state.principal = principal
        return principal

    return dep


def require_page(role: str) -> Callable[[Request], object]:
    """Like ``require`` for HTML pages: no session sends the browser to the login form."""

    async def dep(request: Request) -> Principal:
        try:
            principal = identify(request)
        except ApiError:
            principal = None
        if principal is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target)
        if not principal.user.can(role):
            raise ApiError(
                403, f"this page needs the {role} role; {principal.name} is a {principal.user.role}"
            )
        await check_csrf(request, principal)
        request.state.principal = principal
        return principal

    return dep
