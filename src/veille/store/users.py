"""Users of the web app, their API tokens and browser sessions.

A token is shown once, when the user is added; the database keeps only its SHA-256, so a
stolen database gives no working token. Session ids are stored hashed the same way.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from veille.errors import VeilleError
from veille.store.store import Store

ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")
RANK = {role: i for i, role in enumerate(ROLES)}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
SESSION_HOURS = 12


class UserError(VeilleError):
    """A user name or role is invalid, unknown or already taken."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: str = ""
    created_by: str = ""
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def can(self, role: str) -> bool:
        """Whether this user holds ``role`` or a higher one."""
        return RANK[self.role] >= RANK[role]

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "role": self.role,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "revoked_at": self.revoked_at,
            "active": self.active,
        }


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _user(row: dict[str, object]) -> User:
    revoked = row.get("revoked_at")
    return User(
        name=str(row["name"]),
        role=str(row["role"]),
        created_at=str(row.get("created_at") or ""),
        created_by=str(row.get("created_by") or ""),
        revoked_at=None if revoked is None else str(revoked),
    )


def add_user(store: Store, name: str, role: str, by: str = "cli") -> tuple[User, str]:
    """Create a user; returns it and its API token (shown once, stored only as a hash)."""
    if not _NAME.match(name or ""):
        raise UserError(
            f"invalid user name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit"
        )
    if role not in RANK:
        raise UserError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    token = "vt_" + secrets.token_urlsafe(32)
    now = _stamp(_now())
    with store.db.transaction():
        rows = store.db.query("SELECT * FROM users WHERE name = ?", (name,))
        if rows and rows[0]["revoked_at"] is None:
            raise UserError(f"user {name!r} exists; revoke it first (`veille users revoke {name}`)")
        if rows:  # a revoked name comes back with a new token and role
            store.db.execute(
                "UPDATE users SET role = ?, token_hash = ?, created_at = ?, created_by = ?, revoked_at = NULL"
                " WHERE name = ?",
                (role, hash_secret(token), now, by, name),
            )
        else:
            store.db.execute(
                "INSERT INTO users (name, role, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                (name, role, hash_secret(token), now, by),
            )
        user = User(name, role, now, by)
        store.add_audit(
            by, "user_add", "user", name, _user(rows[0]).to_dict() if rows else None, user.to_dict()
        )
    return user, token


def list_users(store: Store) -> list[User]:
    return [_user(r) for r in store.db.query("SELECT * FROM users ORDER BY name")]


def get_user(store: Store, name: str) -> User | None:
    rows = store.db.query("SELECT * FROM users WHERE name = ?", (name,))
    return _user(rows[0]) if rows else None


def revoke_user(store: Store, name: str, by: str = "cli") -> User:
    """Revoke a user's token and end its sessions; the row stays for the audit trail."""
    with store.db.transaction():
        before = get_user(store, name)
        if before is None:
            raise UserError(f"unknown user {name!r}; list users with `veille users list`")
        if not before.active:
            raise UserError(f"user {name!r} is already revoked")
        now = _stamp(_now())
        store.db.execute("UPDATE users SET revoked_at = ? WHERE name = ?", (now, name))
        store.db.execute("DELETE FROM web_sessions WHERE user_name = ?", (name,))
        after = User(before.name, before.role, before.created_at, before.created_by, now)
        store.add_audit(by, "user_revoke", "user", name, before.to_dict(), after.to_dict())
    return after


def user_for_token(store: Store, token: str) -> User | None:
    """The active user holding ``token``, or None (unknown or revoked)."""
    if not token or len(token) > 200:
        return None
    digest = hash_secret(token)
    rows = store.db.query("SELECT * FROM users WHERE token_hash = ? AND revoked_at IS NULL", (digest,))
    if not rows or not hmac.compare_digest(str(rows[0]["token_hash"]), digest):
        return None
    return _user(rows[0])


def create_session(store: Store, user: User, hours: int = SESSION_HOURS) -> tuple[str, str]:
    """A new browser session for ``user``: ``(session id, CSRF token)``."""
    sid = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = _now()
    with store.db.transaction():
        store.db.execute("DELETE FROM web_sessions WHERE expires_at < ?", (_stamp(now),))
        store.db.execute(
            "INSERT INTO web_sessions (id_hash, user_name, csrf, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (hash_secret(sid), user.name, csrf, _stamp(now), _stamp(now + timedelta(hours=hours))),
        )
    return sid, csrf


def session_user(store: Store, sid: str) -> tuple[User, str] | None:
    """The active user and CSRF token of a live session, or None."""
    if not sid or len(sid) > 200:
        return None
    rows = store.db.query(
        """SELECT u.*, s.csrf FROM web_sessions s JOIN users u ON u.name = s.user_name
           WHERE s.id_hash = ? AND s.expires_at > ? AND u.revoked_at IS NULL""",
        (hash_secret(sid), _stamp(_now())),
    )
    if not rows:
        return None
    return _user(rows[0]), str(rows[0]["csrf"])


def end_session(store: Store, sid: str) -> None:
    store.db.execute("DELETE FROM web_sessions WHERE id_hash = ?", (hash_secret(sid),))
