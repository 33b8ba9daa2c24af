"""Bodies of the workbench's slow jobs: import, check, report. They run inside thread workers.

Each takes an open `Store` (the worker opened it for its own thread) and plain values, calls
`claimcheck.core`, and returns plain values or raises `ClaimcheckError`; the worker turns the
outcome into a message. No widget is touched here, so the same functions are easy to test.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from claimcheck.core.models import Claim, Document, Facts
from claimcheck.core.store import Store
from claimcheck.errors import BadInput, ClaimcheckError

Progress = Callable[[int, int], None]

_FACTS_CACHE: dict[tuple[int, str], Facts] = {}
"""Facts of passages already shown, by (passage id, text hash): moving back is free."""


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def read_import(location: str, text: str, title: str, kind: str) -> list[Document]:
    """The documents an import names: pasted text, a URL, a file, or (sources) a folder.

    Raises:
        ClaimcheckError: unreadable input, failed fetch.
    """
    from claimcheck.core.documents import find_documents, parse_document, read_document
    from claimcheck.core.html import HTML_SUFFIXES, read_html_document

    if text.strip():
        documents = [parse_document(text.replace("\r\n", "\n"), title.strip() or "pasted text",
                                    "pasted text")]
    elif _is_url(location):
        from claimcheck.core.fetch import fetch_documents

        documents = fetch_documents([location])
    else:
        path = Path(location).expanduser()
        if path.is_dir():
            if kind != "source":
                raise BadInput(f"{path} is a folder; import an article from one file.")
            files = find_documents(path, suffixes=(".txt", ".md", ".markdown", ".text")
                                   + HTML_SUFFIXES)
            if not files:
                raise BadInput(f"folder {path} holds no .txt, .md or .html files; check the path.")
        else:
            files = [path]
        documents = [read_html_document(f) if f.suffix.lower() in HTML_SUFFIXES
                     else read_document(f) for f in files]
    if title.strip() and len(documents) == 1:
        documents = [replace(documents[0], title=title.strip())]
    return documents


def import_documents(store: Store, documents: list[Document], kind: str, reviewer: str,
                     progress: Progress | None = None) -> tuple[int | None, str]:
    """Store the documents; an article is also checked against the stored sources.

    Returns:
        (article id or None, a one-line summary for the reviewer).
    """
    from claimcheck.core.passages import split_passages
    from claimcheck.core.pipeline import add_article, check_article

    if kind == "article":
        if len(documents) != 1:
            raise BadInput("import one article at a time.")
        article, claims, new = add_article(store, documents[0], reviewer)
        if new:
            check_article(store, article.id, progress=progress)
        state = "imported" if new else "was already stored"
        return article.id, f"Article {article.id} {state}: {article.title} ({len(claims)} claims)"
    results = list(store.add_sources(((d, split_passages(d.body)) for d in documents), reviewer))
    added = sum(1 for _sid, _n, new in results if new)
    passages = sum(n for _sid, n, new in results if new)
    return None, (f"{added} source(s) added ({passages} passages), "
                  f"{len(results) - added} already stored")


def run_import(access: Any, request: Any, reviewer: str,
               recheck_article_id: int | None = None) -> tuple[int | None, str]:
    """The import worker's body, shared by the screens: read, store, and (for sources added
    while an article is open) re-check that article's evidence; statuses are never touched.

    Raises:
        ClaimcheckError: unreadable input, failed fetch, database trouble.
    """
    documents = read_import(request.location, request.text, request.title, request.kind)
    with access.open() as store:
        article_id, message = import_documents(store, documents, request.kind, reviewer)
        if request.kind == "source" and recheck_article_id is not None:
            # New sources change what matches.
            from claimcheck.core.pipeline import check_article

            check_article(store, recheck_article_id)
            message += "; this article's evidence re-checked"
    return article_id, message


def recheck_claims(store: Store, claims: list[Claim]) -> None:
    """Match edited or new claims again (their old evidence no longer fits the text)."""
    from claimcheck.core.facts import extract_facts
    from claimcheck.core.pipeline import check_claim

    for claim in claims:
        if not claim.facts.quantities and not claim.facts.dates and not claim.facts.entities:
            claim = replace(claim, facts=extract_facts(claim.text))
        check_claim(store, claim)


def load_evidence(store: Store, claim_id: int) -> dict[str, Any]:
    """Everything the evidence panel shows for one claim (facts of each passage included)."""
    from claimcheck.core.facts import extract_facts

    evidence = store.load_evidence(claim_id)
    for item in evidence:
        key = (item["passage_id"], item["sha256"])
        facts = _FACTS_CACHE.get(key)
        if facts is None:
            try:
                facts = extract_facts(item["text"])
            except Exception:  # a passage the fact extractor cannot read still shows, unflagged
                facts = Facts()
            if len(_FACTS_CACHE) > 5000:
                _FACTS_CACHE.clear()
            _FACTS_CACHE[key] = facts
        item["facts"] = facts
    return {"evidence": evidence, "suggestion": store.load_suggestion(claim_id),
            "pinned": store.load_pinned_evidence(claim_id)}


def reports_available() -> bool:
    """True once `claimcheck.core.reports` exists (another piece of work writes it)."""
    try:
        return importlib.util.find_spec("claimcheck.core.reports") is not None
    except (ImportError, ValueError):
        return False


def export_report(store: Store, article_id: int, fmt: str, path: str, *,
                  statuses: tuple[str, ...] = (), reviewed_only: bool = False,
                  as_of: str | None = None) -> str:
    """Render a report (the `report` command's options) and write it to `path`.

    Returns:
        The path written.
    """
    if not reports_available():
        raise ClaimcheckError("reports are not available yet in this version; "
                              "use `claimcheck claims ARTICLE_ID --json` meanwhile.")
    from claimcheck.core import reports
    from claimcheck.core.models import Status

    unknown = [s for s in statuses if s not in {x.value for x in Status}]
    if unknown:
        raise BadInput(f"unknown status {unknown[0]!r}; use verified, disputed, unsourced or pending.")
    text = reports.render_report(store, article_id, fmt, statuses=list(statuses) or None,
                                 reviewed_only=reviewed_only, as_of=as_of)
    target = Path(path).expanduser()
    if not target.parent.exists():
        raise BadInput(f"folder {target.parent} does not exist; choose another path.")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot write {target} ({exc.strerror}); choose another path.") from None
    return str(target)
