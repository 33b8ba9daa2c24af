"""`source refresh`: fetch URL sources again and send claims with stale evidence back to review.

What it owns: the order of a refresh. For each source: a conditional request (the ETag and
Last-Modified of its last fetch); a 304, or a page whose main text hashes the same, changes
nothing but the fetch log; a changed text is stored as the source's next version (old passages
kept, retired from matching), and every claim whose current verdict rests on a passage whose text
is not in the new version goes back to `pending` with a history entry (action "reopen") saying
which passage changed or vanished. Each source is one transaction, so a crash leaves no source
half-updated; a source whose fetch fails is left exactly as it was.

What it must not do: network details (core.fetch) or SQL (core.store).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from claimcheck.core.fetch import FetchOptions, FetchResult, Progress, Validators, fetch_many
from claimcheck.core.passages import split_passages
from claimcheck.core.store import Store, sha256_text
from claimcheck.errors import FetchFailed

CHANGED_MIN_SCORE = 60.0
"""A new passage this similar (rapidfuzz ratio, 0-100) to a cited one counts as its changed
form; below it the cited passage has vanished."""
QUOTE_CHARS = 160
"""Cited and new passage text is quoted in the history note up to this length."""


@dataclass(frozen=True)
class RefreshOutcome:
    """What refreshing one source did."""

    source_id: int
    url: str
    changed: bool
    reopened_claims: tuple[int, ...] = ()
    status: int | None = None
    """HTTP status of the answer (200, 304); None when the fetch failed."""
    version: int | None = None
    """The source's version after the refresh."""
    error: str | None = None
    """Why the fetch failed (the source was left as it was)."""

    def to_json(self) -> dict[str, Any]:
        """The contract's fields, plus `status`, `version` and `error` when known."""
        out: dict[str, Any] = {"id": self.source_id, "url": self.url, "changed": self.changed,
                               "reopened_claims": list(self.reopened_claims)}
        if self.status is not None:
            out["status"] = self.status
        if self.version is not None:
            out["version"] = self.version
        if self.error is not None:
            out["error"] = self.error
        return out


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:QUOTE_CHARS]}…”" if len(text) > QUOTE_CHARS else f"“{text}”"


def describe_stale_pin(passage_id: int, old_text: str, new_texts: Sequence[str]) -> str:
    """Why a cited passage no longer backs a verdict: changed (with its new form) or vanished.

    Pure: compares the cited text with the new version's passages.
    """
    best = process.extractOne(old_text, list(new_texts), scorer=fuzz.ratio) if new_texts else None
    if best is not None and best[1] >= CHANGED_MIN_SCORE:
        return f"passage {passage_id} {_quote(old_text)} now reads {_quote(best[0])}"
    return f"passage {passage_id} {_quote(old_text)} is gone"


def stale_pins(pins: Sequence[dict[str, Any]], old_shas: set[str],
               new_shas: set[str]) -> list[dict[str, Any]]:
    """Pinned passages whose text was in the replaced version and is not in the new one.

    A pin whose text was already missing from the replaced version was flagged by an earlier
    refresh (or pinned on purpose to an old version) and is not flagged again. Pure.
    """
    return [p for p in pins
            if sha256_text(p["text"]) in old_shas and sha256_text(p["text"]) not in new_shas]


def refresh_sources(store: Store, source_ids: Sequence[int] | None, *, reviewer: str,
                    options: FetchOptions | None = None,
                    progress: Progress | None = None) -> list[RefreshOutcome]:
    """Fetch sources again and store what changed.

    Args:
        source_ids: the sources to refresh; None or empty: every source added from the web.
        reviewer: who is refreshing (named in reopen history entries and the fetch log).

    Returns:
        One outcome per source, in id order. A failed fetch is an outcome with `error` set,
        not an exception, so one dead site does not block the others.

    Raises:
        NotFound: a named source does not exist.
        BadInput: a named source has no http(s) URL.
    """
    targets = store.refreshable_sources(list(source_ids) if source_ids else None)
    if not targets:
        return []
    validators = {t["url"]: Validators(t["etag"], t["last_modified"]) for t in targets}
    fetched = asyncio.run(fetch_many([t["url"] for t in targets], options, progress, validators))
    outcomes = []
    for target, result in zip(targets, fetched, strict=True):
        if isinstance(result, FetchFailed):
            outcomes.append(RefreshOutcome(target["id"], target["url"], False, error=str(result),
                                           version=target["version"]))
        else:
            outcomes.append(_apply(store, target, result, reviewer))
    return outcomes


def _apply(store: Store, target: dict[str, Any], result: FetchResult,
           reviewer: str) -> RefreshOutcome:
    source_id, url = target["id"], target["url"]
    document = result.document
    if document is None or sha256_text(document.body) == target["sha256"]:
        store.record_fetch(source_id=source_id, source_version=target["version"],
                           reviewer=reviewer, **result.record())  # type: ignore[arg-type]
        return RefreshOutcome(source_id, url, False, status=result.status,
                              version=target["version"])
    spans = split_passages(document.body)
    reopened: list[int] = []
    with store.write():
        old_shas = {sha256_text(p.text) for p in store.current_passages(source_id)}
        version = store.add_source_version(source_id, document, spans, reviewer=reviewer)
        new_texts = [s.text for s in spans]
        new_shas = {sha256_text(t) for t in new_texts}
        for claim_id, pins in store.pins_on_source(source_id).items():
            stale = stale_pins(pins, old_shas, new_shas)
            if not stale:
                continue
            details = "; ".join(describe_stale_pin(p["passage_id"], p["text"], new_texts)
                                for p in stale)
            reason = (f"{Store.STALE_EVIDENCE_PREFIX}source {source_id} ({url}) changed on "
                      f"refresh (version {version}): {details}")
            store.reopen_claim(claim_id, reason, reviewer=reviewer)
            reopened.append(claim_id)
        store.record_fetch(source_id=source_id, source_version=version, changed=True,
                           reviewer=reviewer, **result.record())  # type: ignore[arg-type]
    return RefreshOutcome(source_id, url, True, tuple(reopened), status=result.status,
                          version=version)
