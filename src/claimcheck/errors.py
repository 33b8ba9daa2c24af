"""Errors the user sees.

Every expected failure is a `ClaimcheckError` whose message is one line: what failed, on which
input, and what to do. The command line prints it as `Error: ...` (exit 1, or 3 for conflicts);
the workbench shows it in a notification.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every expected, user-facing failure."""

    exit_code = 1


class BadInput(ClaimcheckError):
    """The input cannot be used: binary, not UTF-8, empty, malformed."""


class NotFound(ClaimcheckError):
    """A record or file the user named does not exist."""


class DatabaseError(ClaimcheckError):
    """The database file cannot be used: not a claimcheck database, corrupt, locked."""


class EditConflict(ClaimcheckError):
    """A claim changed since the caller last saw it."""

    exit_code = 3

    def __init__(self, message: str, *, claim_id: int, current_version: int,
                 changed_by: str | None, changed_at: str | None) -> None:
        super().__init__(message)
        self.claim_id = claim_id
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at


class FetchFailed(ClaimcheckError):
    """A URL could not be fetched or its content could not be used."""
