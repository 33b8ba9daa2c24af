"""Plain data shared by every layer: enums valued as the contract's strings, frozen dataclasses.

Nothing here does I/O. Enums are `StrEnum`s so `Status.VERIFIED == "verified"` and JSON needs no
mapping table. `Facts` is the normalised content of a claim or passage (quantities, dates,
entities, negation, modality); extraction fills it, matching and stance compare it, and the store
keeps it as JSON text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """What a reviewer decided about a claim."""

    PENDING = "pending"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNSOURCED = "unsourced"


class Kind(StrEnum):
    """What sort of fact a claim states."""

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    COMPARISON = "comparison"
    EVENT = "event"
    OTHER = "other"


class Stance(StrEnum):
    """How one evidence passage bears on one claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    RELATED = "related"


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, normalised: "20 miles" is value 32.19, unit "km"."""

    value: float
    """The value in the canonical unit, scale applied ("$1.2 billion" is 1.2e9)."""
    unit: str | None
    """Canonical unit ("km", "kg", "%", "USD", "people", ...); None for a bare number."""
    text: str
    """The words as written ("thirty-two kilometers")."""
    start: int = 0
    """Offset of `text` in the sentence or passage it came from."""
    end: int = 0
    approx: bool = False
    """True when hedged ("about", "nearly", "some", "more than")."""

    def __init__(
        self,
        value: float,
        unit: str | None,
        text: str,
        start: int = 0,
        end: int = 0,
        approx: bool = False,
    ) -> None:
        # the fields straight into the instance dict (see `Entity.__init__`)
        d = self.__dict__
        d["value"], d["unit"], d["text"] = value, unit, text
        d["start"], d["end"], d["approx"] = start, end, approx


@dataclass(frozen=True)
class DateRef:
    """A date, absolute or resolved against a reference date ("Thursday" -> 2024-05-30)."""

    value: str
    """ISO 8601, as precise as the text: "2024-05-30", "2024-05" or "2024"."""
    text: str
    start: int = 0
    end: int = 0

    def __init__(self, value: str, text: str, start: int = 0, end: int = 0) -> None:
        # the fields straight into the instance dict (see `Entity.__init__`)
        d = self.__dict__
        d["value"], d["text"], d["start"], d["end"] = value, text, start, end


@dataclass(frozen=True)
class Entity:
    """A named person, place, organisation or weapons system."""

    name: str
    """Canonical name, aliases folded ("US" -> "United States")."""
    text: str
    """The words as written."""
    type: str = "other"
    """"person", "place", "org", "weapon" or "other"."""
    start: int = 0
    end: int = 0

    def __init__(
        self, name: str, text: str, type: str = "other", start: int = 0, end: int = 0
    ) -> None:
        # The fields straight into the instance dict: the generated frozen `__init__` calls
        # `object.__setattr__` once per field, twice as slow, and extraction builds many.
        # Same parameters and defaults as the fields.
        d = self.__dict__
        d["name"], d["text"], d["type"], d["start"], d["end"] = name, text, type, start, end


@dataclass(frozen=True)
class Facts:
    """The normalised, comparable content of a piece of text."""

    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    entities: tuple[Entity, ...] = ()
    negated: bool = False
    """The main predicate is negated or denied ("did not", "denied")."""
    modality: str | None = None
    """Hedge or modality kept from the text ("could", "may", "plans", "reportedly"), else None."""

    def __init__(
        self,
        quantities: tuple[Quantity, ...] = (),
        dates: tuple[DateRef, ...] = (),
        entities: tuple[Entity, ...] = (),
        negated: bool = False,
        modality: str | None = None,
    ) -> None:
        # the fields straight into the instance dict (see `Entity.__init__`)
        d = self.__dict__
        d["quantities"], d["dates"], d["entities"] = quantities, dates, entities
        d["negated"], d["modality"] = negated, modality

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the store keeps it as text)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Facts:
        """Rebuild from `to_dict` output; None or {} gives empty facts."""
        if not data:
            return cls()
        return cls(
            quantities=tuple(Quantity(**q) for q in data.get("quantities", ())),
            dates=tuple(DateRef(**d) for d in data.get("dates", ())),
            entities=tuple(Entity(**e) for e in data.get("entities", ())),
            negated=bool(data.get("negated", False)),
            modality=data.get("modality"),
        )


@dataclass(frozen=True)
class ExtractedClaim:
    """A claim as the extractor returns it, before it is stored."""

    text: str
    """Standalone claim text (pronouns and elided subjects resolved where possible)."""
    start: int
    """Start of the sentence or clause it came from, in the body as stored."""
    end: int
    kind: Kind
    facts: Facts = field(default_factory=Facts)
    speaker: str | None = None
    """Who said it, for `quote` and `attribution` claims."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        kind: Kind,
        facts: Facts = dataclasses.MISSING,  # type: ignore[assignment]
        speaker: str | None = None,
    ) -> None:
        # the fields straight into the instance dict (see `Entity.__init__`); `facts` left
        # out is a new `Facts()`, as its default factory gives
        d = self.__dict__
        d["text"], d["start"], d["end"], d["kind"] = text, start, end, kind
        d["facts"] = Facts() if facts is dataclasses.MISSING else facts
        d["speaker"] = speaker


@dataclass(frozen=True)
class Document:
    """An article or source as read from a file, a URL or standard input."""

    title: str
    body: str
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class PassageSpan:
    """A sentence-sized piece of a source body: `body[start:end] == text`."""

    order: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    body: str
    url: str | None
    published: str | None
    sha256: str
    added_by: str
    added_at: str


@dataclass(frozen=True)
class Claim:
    """A stored claim with its review state."""

    id: int
    article_id: int
    order: int
    text: str
    start: int
    end: int
    kind: Kind
    status: Status
    version: int
    reviewer: str | None
    updated_at: str | None
    note: str | None
    facts: Facts = field(default_factory=Facts)
    speaker: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    claim_id: int
    version: int
    status: Status
    note: str | None
    evidence: tuple[int, ...]
    reviewer: str
    at: str
    text: str | None = None
    """The claim text at this version (recorded when the text changed)."""
    action: str = "mark"
    """What changed: "create", "mark", "edit", "split", "merge", "reopen", "undo"."""


@dataclass(frozen=True)
class Source:
    id: int
    title: str
    body: str
    url: str | None
    published: str | None
    sha256: str
    added_by: str
    added_at: str


@dataclass(frozen=True)
class Passage:
    id: int
    source_id: int
    order: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class MatchResult:
    """One ranked passage for a claim (the contract's `match` result)."""

    passage_id: int
    source_id: int
    source_title: str
    source_url: str | None
    text: str
    score: float
    """0 to 100, higher is better."""
    source_published: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "passage_id": self.passage_id,
            "source_id": self.source_id,
            "source_title": self.source_title,
            "source_url": self.source_url,
            "text": self.text,
            "score": round(self.score, 2),
        }


@dataclass(frozen=True)
class Judgement:
    """The stance of one passage towards one claim, with the reason in words."""

    stance: Stance
    reason: str
    strong: bool = False
    """A contradiction on the same fact slot (same quantity kind, same date role, ...)."""
    missing: tuple[str, ...] = ()
    """Key claim terms or facts the passage does not mention, rarest first ("SAMP/T")."""


@dataclass(frozen=True)
class Suggestion:
    """The machine's advice for a claim; it never overwrites a reviewer's status."""

    status: Status
    reason: str
