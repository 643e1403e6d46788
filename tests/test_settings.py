from __future__ import annotations

from pathlib import Path

import pytest

from veille.errors import ConfigError
from veille.settings import SETTINGS, Settings


def test_layers_default_file_env_flag(tmp_path: Path) -> None:
    cfg = tmp_path / "veille.toml"
    cfg.write_text('[veille]\ndb = "from-file.db"\nbatch_size = 8\n', encoding="utf-8")
    s = Settings.load(config_file=cfg, env={"VEILLE_BATCH_SIZE": "16"}, overrides={"out_dir": "x"})
    assert s["db"] == "from-file.db" and s.origins["db"] == str(cfg)
    assert s["batch_size"] == 16 and s.origins["batch_size"] == "VEILLE_BATCH_SIZE"
    assert s["out_dir"] == "x" and s.origins["out_dir"] == "command line"
    assert s.origins["geocoder"] == "default"


def test_bad_values_and_unknown_keys_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="batch_size"):
        Settings.load(env={"VEILLE_BATCH_SIZE": "many"})
    cfg = tmp_path / "bad.toml"
    cfg.write_text("nope = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'nope'"):
        Settings.load(config_file=cfg, env={})


def test_every_setting_has_help() -> None:
    assert all(s.help and s.name.islower() for s in SETTINGS)
