"""The web app's configuration: plain values, read from settings and flags by the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from veille.settings import Settings, default


@dataclass(frozen=True)
class WebConfig:
    """What ``create_app`` needs; a test builds one with plain arguments."""

    db: str
    secure_cookies: bool = False
    rate_per_second: float = 20.0
    rate_burst: int = 120
    resolver: str = field(default_factory=lambda: str(default("resolver")))
    redact_persons: bool = False
    session_hours: int = 12
    max_page: int = 500

    @classmethod
    def from_settings(cls, settings: Settings, **flags: object) -> WebConfig:
        """Settings for the database and resolver; web-only options from flags or VEILLE_WEB_* env."""

        def pick(name: str, default: object) -> object:
            if flags.get(name) is not None:
                return flags[name]
            env = os.environ.get("VEILLE_WEB_" + name.upper())
            return env if env is not None else default

        secure = str(pick("secure_cookies", False)).strip().lower() in {"1", "true", "yes", "on"}
        return cls(
            db=str(settings["db"]),
            secure_cookies=secure,
            rate_per_second=float(str(pick("rate_per_second", cls.rate_per_second))),
            rate_burst=int(str(pick("rate_burst", cls.rate_burst))),
            resolver=str(settings["resolver"]),
            redact_persons=bool(settings["redact_persons"]),
        )
