"""Declared, layered settings: defaults < config file < VEILLE_* environment < flags.

Every setting is declared once here with a default and a line of help; ``veille config show``
prints what is in force and where each value came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "VEILLE_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db", "veille.db", "Database URL or path: a SQLite file path, sqlite:///PATH or postgresql://..."
    ),
    Setting("out_dir", "out", "Folder the exports of `veille run` are written to."),
    Setting("cache_dir", "~/.cache/veille", "Folder for built indexes (the gazetteer index)."),
    Setting("extractor", "rules.v1", "Extraction engine by registered name."),
    Setting("geocoder", "gazetteer.v1", "Geocoder by registered name."),
    Setting(
        "resolver",
        "blocking.v3",
        "Event resolver by registered name (blocking.v1, blocking.v2, blocking.v3, blocking.v3e).",
    ),
    Setting("min_confidence", 0.0, "Records below this confidence are not written."),
    Setting("workers", 0, "Worker processes for `veille extract` (0 = every core, 1 = in process)."),
    Setting("batch_size", 64, "Articles per NLP batch."),
    Setting("redact_persons", False, "Remove person names from exports."),
    Setting("retention_days", 0, "`veille purge` empties article text ingested over N days ago (0 = keep)."),
    Setting("fetch_timeout", 20.0, "Seconds one HTTP request may take, from connecting to the last byte."),
    Setting("fetch_max_bytes", 10_000_000, "Largest page or feed fetched, in bytes after decompression."),
    Setting("fetch_max_redirects", 5, "Redirects followed per URL; every target is checked again."),
    Setting("fetch_min_interval", 1.0, "Seconds between requests to one host (or robots.txt Crawl-delay)."),
    Setting("fetch_user_agent", "veille/0.1 (news event monitoring; honours robots.txt)", "User-Agent sent."),
    Setting("fetch_allow_private", False, "Fetch from private, loopback and link-local addresses too."),
    Setting("fetch_allow_networks", "", "Networks allowed although private, e.g. 10.1.0.0/16,10.2.0.5."),
    Setting("feed_item_text", "auto", "Feed item text: auto (content, else the linked page), content, page."),
    Setting("csv_map", "", "CSV columns: text=body,title=headline,... or a mapping file."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def default(name: str) -> Any:
    """The built-in default of setting ``name`` (for code that runs without loaded settings)."""
    for setting in SETTINGS:
        if setting.name == name:
            return setting.default
    raise KeyError(name)


def _coerce(setting: Setting, value: Any, origin: str) -> Any:
    default = setting.default
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {setting.name!r} from {origin} has an invalid value {value!r}; "
            f"expected a {type(default).__name__} like {default!r}"
        ) from exc


@dataclass(frozen=True)
class Settings:
    """Resolved settings: ``values`` and, for each, the layer it came from."""

    values: Mapping[str, Any]
    origins: Mapping[str, str]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    @classmethod
    def load(
        cls,
        config_file: str | Path | None = None,
        env: Mapping[str, str] | None = None,
        overrides: Mapping[str, Any] | None = None,
    ) -> Settings:
        env = os.environ if env is None else env
        values = {s.name: s.default for s in SETTINGS}
        origins = {s.name: "default" for s in SETTINGS}
        path = Path(config_file) if config_file else None
        if path is None and env.get("VEILLE_CONFIG"):
            path = Path(env["VEILLE_CONFIG"])
        if path is None and Path("veille.toml").exists():
            path = Path("veille.toml")
        if path is not None:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read config file {path}: {exc}") from exc
            table = data.get("veille", data)
            for key, value in table.items():
                if key not in _BY_NAME:
                    raise ConfigError(f"{path}: unknown setting {key!r}; see `veille config show`")
                values[key] = _coerce(_BY_NAME[key], value, str(path))
                origins[key] = str(path)
        for s in SETTINGS:
            if s.env in env:
                values[s.name] = _coerce(s, env[s.env], s.env)
                origins[s.name] = s.env
        for key, value in (overrides or {}).items():
            if value is None:
                continue
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r}")
            values[key] = _coerce(_BY_NAME[key], value, "command line")
            origins[key] = "command line"
        return cls(values=values, origins=origins)

    def describe(self) -> list[tuple[str, Any, str, str]]:
        """Rows of (name, value, origin, help) in declaration order."""
        return [(s.name, self.values[s.name], self.origins[s.name], s.help) for s in SETTINGS]
