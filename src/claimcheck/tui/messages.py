"""Messages used by more than one screen: workers answer with these, handlers update widgets.

Workers run in threads and never touch widgets; they post one of these and the UI thread acts.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

from claimcheck.core.models import Claim


class DataChanged(Message):
    """Another connection (another workbench, the command line, or one of our own workers)
    committed to the database: what is on screen may be stale."""

    def __init__(self, data_version: int) -> None:
        super().__init__()
        self.data_version = data_version

    def can_replace(self, message: Message) -> bool:
        # A flood of changes collapses into the newest one.
        return isinstance(message, DataChanged)


class ClaimMarked(Message):
    """A mark (or note, or undo) was saved."""

    def __init__(self, claim: Claim, action: str = "mark") -> None:
        super().__init__()
        self.claim = claim
        self.action = action


class MarkConflicted(Message):
    """A save was refused: the claim changed since the reviewer last saw it."""

    def __init__(self, claim_id: int, message: str, changed_by: str | None,
                 changed_at: str | None, note: str | None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.message = message
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.note = note
        """The note the reviewer had typed (kept, to be offered again)."""


class WriteFailed(Message):
    """A save failed for another reason (bad input, missing record, locked database)."""

    def __init__(self, message: str, note: str | None = None,
                 claim_id: int | None = None) -> None:
        super().__init__()
        self.message = message
        self.note = note
        self.claim_id = claim_id


class ClaimsEdited(Message):
    """Claims were edited, split, merged, added or deleted; `focus_claim_id` is the one to show."""

    def __init__(self, focus_claim_id: int | None, message: str) -> None:
        super().__init__()
        self.focus_claim_id = focus_claim_id
        self.message = message


class ArticleImported(Message):
    """An article (or sources) finished importing and checking."""

    def __init__(self, article_id: int | None, message: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.message = message


class PassageAttached(Message):
    """The Sources screen chose a passage to cite for a claim."""

    def __init__(self, claim_id: int, passage: dict[str, Any]) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.passage = passage
