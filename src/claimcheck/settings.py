"""Settings resolved once per command: database path and reviewer name.

Precedence is the contract's: a flag, else an environment variable, else a default. Click's
`envvar=` gives the first two; `resolve_settings` fills the defaults.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "claimcheck.db"


@dataclass(frozen=True)
class Settings:
    db_path: Path
    """The SQLite file every command reads and writes."""
    reviewer: str
    """Who is acting: recorded on every mark and every stored document."""
    allow_network_fs: bool = False
    """Open a database on NFS/SMB for writing anyway (SQLite warns against it)."""


def default_reviewer() -> str:
    """The operating-system login name, or "reviewer" where none can be found."""
    try:
        name = getpass.getuser()
    except Exception:  # getuser raises OSError/KeyError in containers without a passwd entry
        name = ""
    return name or "reviewer"


def resolve_settings(db: str | os.PathLike[str] | None = None,
                     reviewer: str | None = None, allow_network_fs: bool = False) -> Settings:
    """Build settings from explicit values, then the environment, then the defaults."""
    db_value = db or os.environ.get("CLAIMCHECK_DB") or DEFAULT_DB
    reviewer_value = (reviewer or os.environ.get("CLAIMCHECK_REVIEWER") or "").strip()
    return Settings(db_path=Path(db_value), reviewer=reviewer_value or default_reviewer(),
                    allow_network_fs=allow_network_fs)
