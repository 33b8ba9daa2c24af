"""The command line: parse, call core, print. No logic of its own.

Every command follows `../shared/CONTRACT.md`: `--json` prints one JSON document on standard
output; progress, warnings and errors go to standard error. Expected failures are
`ClaimcheckError`s, printed as one `Error: ...` line with exit 1 (3 for edit conflicts); usage
errors exit 2. Textual is imported only by `tui` and `demo`, so scripted commands stay fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from claimcheck.core.documents import read_document, read_stdin_document
from claimcheck.core.models import Document, Status
from claimcheck.core.store import Store
from claimcheck.errors import BadInput, ClaimcheckError, FetchFailed
from claimcheck.settings import Settings, resolve_settings

STATUSES = [s.value for s in Status]


class RecordId(click.ParamType):
    """An article, claim, source or passage id: a whole number SQLite can hold.

    A number too large for SQLite is no record's id: `Error: ...` and exit 1 (like any unknown
    id) instead of an OverflowError from the database driver.
    """

    name = "integer"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        number = click.INT.convert(value, param, ctx)
        if not -(2**63) <= number < 2**63:
            name = (param.name or "record") if param else "record"
            kind = {"evidence": "passage", "source_ids": "source"}.get(name, name.removesuffix("_id"))
            raise BadInput(f"no {kind} with id {number}; ids are whole numbers below 2^63.")
        return number


RECORD_ID = RecordId()


class CommandError(click.ClickException):
    """A `ClaimcheckError` on its way to the terminal: `Error: ...` and its exit code."""

    def __init__(self, error: ClaimcheckError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]  # per instance: 1, or 3 for conflicts


class ClaimcheckGroup(click.Group):
    """Turns expected failures into one-line errors, never tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimcheckError as error:
            raise CommandError(error) from None
        except UnicodeEncodeError as error:
            # Bytes that are not UTF-8 in an argument reach Python as lone surrogates, which
            # SQLite refuses; the write transaction has rolled back, so nothing was stored.
            if "surrogates not allowed" not in str(error):
                raise
            raise CommandError(BadInput(
                "a command-line argument is not valid UTF-8; type it again in UTF-8 "
                "(or rename the file).")) from None


def fail(message: str) -> NoReturn:
    raise CommandError(BadInput(message))


def emit_json(data: Any) -> None:
    # Plain UTF-8 where standard output takes it; \u escapes (still the same JSON) where not.
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    click.echo(json.dumps(data, ensure_ascii=encoding not in {"utf8", "utf8sig"}, indent=None))


def settings_of(ctx: click.Context) -> Settings:
    return ctx.find_root().obj  # type: ignore[no-any-return]


def open_store(ctx: click.Context) -> Store:
    settings = settings_of(ctx)
    store = Store.open(settings.db_path, allow_network_fs=settings.allow_network_fs)
    ctx.call_on_close(store.close)
    return store


@click.group(cls=ClaimcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="CLAIMCHECK_DB", type=click.Path(path_type=Path),
              help="Database file (default: $CLAIMCHECK_DB, else ./claimcheck.db).")
@click.option("--reviewer", envvar="CLAIMCHECK_REVIEWER",
              help="Who is acting (default: $CLAIMCHECK_REVIEWER, else your login name).")
@click.option("--allow-network-fs", is_flag=True, envvar="CLAIMCHECK_ALLOW_NETWORK_FS",
              help="Write to a database on NFS/SMB anyway (SQLite's locking is unreliable there).")
@click.version_option(package_name="claimcheck")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, reviewer: str | None, allow_network_fs: bool) -> None:
    """claimcheck: split articles into checkable claims, match them against stored sources,
    and record verdicts.

    Example: claimcheck --db desk.db article add story.txt
    """
    ctx.obj = resolve_settings(db, reviewer, allow_network_fs)


# -- extract ------------------------------------------------------------------------------------


def read_input(path: str) -> Document:
    """A document from a file path or `-` (standard input)."""
    if path == "-":
        return read_stdin_document(sys.stdin.buffer)
    if not path.strip():
        fail("an empty path was given; give a file, or - for standard input.")
    return _read_source_file(Path(path))  # an .html file is read as a page, not as text


@cli.command()
@click.argument("file", default="-", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def extract(file: str, as_json: bool) -> None:
    """Split a text into atomic, checkable claims without storing anything.

    Example: claimcheck extract story.txt --json
    """
    from claimcheck.core.extract import extract_claims

    document = read_input(file)
    claims = extract_claims(document.body, document.published)
    if as_json:
        emit_json({"claims": [{"text": c.text, "start": c.start, "end": c.end, "kind": str(c.kind)}
                              for c in claims]})
        return
    for c in claims:
        click.echo(f"[{c.kind}] {c.text}")
    click.echo(f"{len(claims)} claims", err=True)


# -- sources ------------------------------------------------------------------------------------


@cli.group()
def source() -> None:
    """Add and list stored sources.

    Example: claimcheck source add fixtures/sources/
    """


def _clean_option_title(title: str | None) -> str | None:
    """A `--title` as one clean line (like a `Title:` header), or None when it has no text."""
    from claimcheck.core.documents import clean_title

    return clean_title(title) if title and title.strip() else None


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _collect_source_files(paths: tuple[str, ...]) -> list[Path]:
    from claimcheck.core.documents import find_documents
    from claimcheck.core.html import HTML_SUFFIXES

    files: list[Path] = []
    for raw in paths:
        if not raw.strip():  # "$FILE" of an unset variable must not import the current folder
            fail("an empty path was given; give a file, folder or URL.")
        if raw == "-":
            files.append(Path("-"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = find_documents(path, suffixes=(".txt", ".md", ".markdown", ".text") + HTML_SUFFIXES)
            if not found:
                fail(f"folder {path} holds no .txt, .md or .html files; check the path.")
            files.extend(found)
        else:
            files.append(path)
    return files


def _read_source_file(path: Path) -> Document:
    from claimcheck.core.html import HTML_SUFFIXES, read_html_document

    if str(path) == "-":
        return read_stdin_document(sys.stdin.buffer)
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html_document(path)
    return read_document(path)


def _iter_jsonl(path: Path) -> Iterator[Document]:
    from claimcheck.core.documents import clean_title, decode_text, parse_published

    if not path.exists():
        raise ClaimcheckError(f"{path} does not exist; check the --jsonl path.")
    if path.is_dir():
        fail(f"{path} is a folder; give --jsonl a file with one JSON object a line.")
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path} line {number}"
            line = decode_text(raw, where).strip()
            if not line:
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{where} is not valid JSON ({exc.msg}); write one JSON object per line.")
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                fail(f"{where} needs an object with a \"text\" string; "
                     'write {"title", "url", "published", "text"} per line.')
            try:
                json.dumps(item, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                fail(f"{where} holds a lone surrogate escape (like \\ud800) that is not text; "
                     "fix the escape or remove the line.")
            text = item["text"].replace("\r\n", "\n").strip()
            if not text:
                fail(f"{where} has empty \"text\"; remove the line or give its text.")
            published = item.get("published")
            url = item.get("url")
            title = item.get("title")
            yield Document(
                title=clean_title(str(title)) if title else f"{path.name}:{number}",
                body=text,
                url=str(url) if url else None,
                published=parse_published(str(published), where) if published else None)


@source.command("add")
@click.argument("paths", nargs=-1)
@click.option("--jsonl", "jsonl", type=click.Path(path_type=Path),
              help='A file with one {"title", "url", "published", "text"} object a line.')
@click.option("--title", help="Title for the source (one input only).")
@click.option("--url", help="URL to store with the source.")
@click.option("--published", help="Publication date, YYYY-MM-DD.")
@click.option("--timeout", type=float, help="Seconds to wait for a connection or data (URLs).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def source_add(ctx: click.Context, paths: tuple[str, ...], jsonl: Path | None, title: str | None,
               url: str | None, published: str | None, as_json: bool,
               timeout: float | None = None) -> None:
    """Add sources: files, folders (every .txt, .md, .html inside), URLs, or --jsonl FILE.

    Identical text already stored is a no-op that reports the existing id.

    Example: claimcheck source add fixtures/sources/ --json
    """
    from claimcheck.core.documents import parse_published
    from claimcheck.core.passages import split_passages

    if not paths and jsonl is None:
        raise click.UsageError("give at least one file, folder or URL, or --jsonl FILE.")
    override_date = parse_published(published, "--published") if published else None
    title = _clean_option_title(title)
    urls = [p for p in paths if _is_url(p)]
    files = _collect_source_files(tuple(p for p in paths if not _is_url(p)))
    # Read and check every input before storing anything: one bad file stores nothing.
    documents = [_read_source_file(f) for f in files]
    fetched: dict[int, Any] = {}  # document index -> FetchResult, for the fetch log
    if urls:
        from claimcheck.core.fetch import FetchOptions, fetch_results

        results = fetch_results(urls, progress=_stderr_progress("fetching"),
                                options=FetchOptions.with_timeout(timeout))
        fetched = {len(documents) + i: r for i, r in enumerate(results)}
        for result in results:
            if result.document is None:  # only conditional refreshes answer without a body
                raise FetchFailed(f"{result.url} answered without a page; retry the import.")
            documents.append(result.document)
    if jsonl is not None:
        for _ in _iter_jsonl(jsonl):
            pass  # validation pass: a bad line anywhere stores nothing
    if len(documents) == 1 and jsonl is None:
        documents[0] = Document(title=title or documents[0].title, body=documents[0].body,
                                url=url or documents[0].url,
                                published=override_date or documents[0].published)
    elif title or url or override_date:
        documents = [Document(title=title or d.title, body=d.body, url=url or d.url,
                              published=override_date or d.published) for d in documents]

    def items() -> Iterator[tuple[Document, Any]]:
        for document in documents:
            yield document, split_passages(document.body)
        if jsonl is not None:
            for document in _iter_jsonl(jsonl):
                yield document, split_passages(document.body)

    store = open_store(ctx)
    settings = settings_of(ctx)
    titles: list[Document] = []
    out = []

    def titled() -> Iterator[tuple[Document, Any]]:
        for document, spans in items():
            titles.append(document)
            yield document, spans

    show_progress = jsonl is not None or len(documents) > 20
    progress = _stderr_progress("importing") if show_progress else None
    for index, (source_id, count, new) in enumerate(store.add_sources(titled(), settings.reviewer)):
        document = titles[index]
        title, url_of = document.title, document.url
        if not new:  # report the record already stored, not the text given again
            existing = store.load_source(source_id)
            title, url_of = existing.title, existing.url
        out.append({"id": source_id, "title": title, "url": url_of,
                    "passages": count, "new": new})
        if index in fetched:
            store.record_fetch(source_id=source_id, reviewer=settings.reviewer,
                               **fetched[index].record())
        if progress:
            progress(index + 1, None)
    if progress and sys.stderr.isatty():
        click.echo("", err=True)
    if as_json:
        emit_json({"sources": out})
        return
    for item in out:
        state = "added" if item["new"] else "already stored"
        click.echo(f"{item['id']}\t{item['passages']} passages\t{state}\t{item['title']}")


def _stderr_progress(label: str) -> Any:
    """A small progress line on standard error (only when it is a terminal)."""
    tty = sys.stderr.isatty()

    def report(done: int, total: int | None) -> None:
        if not tty:
            return
        if done % 100 and done != total:
            return
        total_text = f"/{total}" if total else ""
        click.echo(f"\r{label} {done}{total_text}", err=True, nl=False)

    return report


@source.command("refresh")
@click.argument("source_ids", nargs=-1, type=RECORD_ID)
@click.option("--timeout", type=float, help="Seconds to wait for a connection or data.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def source_refresh(ctx: click.Context, source_ids: tuple[int, ...], timeout: float | None,
                   as_json: bool) -> None:
    """Fetch URL sources again (conditional requests) and store changed text as a new version.

    Without SOURCE_IDs, every source added from a URL is refreshed. Claims whose cited evidence
    changed or vanished go back to pending with a history entry saying why. A source whose
    fetch fails is left as it was (a warning on standard error, and "error" in the JSON).

    Example: claimcheck source refresh 3 7 --json
    """
    from claimcheck.core.fetch import FetchOptions
    from claimcheck.core.refresh import refresh_sources
    from claimcheck.errors import FetchFailed

    options = FetchOptions.with_timeout(timeout)
    store = open_store(ctx)
    outcomes = refresh_sources(store, source_ids, reviewer=settings_of(ctx).reviewer,
                               options=options, progress=_stderr_progress("refreshing"))
    failed = [o for o in outcomes if o.error]
    if outcomes and len(failed) == len(outcomes):
        more = f" (and {len(failed) - 1} more sources)" if len(failed) > 1 else ""
        raise FetchFailed(f"{(failed[0].error or '').rstrip('.')}{more}.")
    for o in failed:
        click.echo(f"Warning: source {o.source_id} not refreshed: {o.error}", err=True)
    if not outcomes and not source_ids:
        click.echo("no source was added from a URL; nothing to refresh", err=True)
    if as_json:
        emit_json({"sources": [o.to_json() for o in outcomes]})
        return
    for o in outcomes:
        state = ("failed" if o.error else "changed" if o.changed else "unchanged")
        reopened = (f"\treopened claims {', '.join(map(str, o.reopened_claims))}"
                    if o.reopened_claims else "")
        click.echo(f"{o.source_id}\t{state}\t{o.url}{reopened}")


@source.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def source_list(ctx: click.Context, as_json: bool) -> None:
    """List stored sources.

    Example: claimcheck source list --json
    """
    sources = open_store(ctx).list_sources()
    if as_json:
        emit_json({"sources": sources})
        return
    for s in sources:
        click.echo(f"{s['id']}\t{s['passages']} passages\t{s['title']}")


# -- articles and claims ------------------------------------------------------------------------


@cli.group()
def article() -> None:
    """Add and list articles.

    Example: claimcheck article add story.txt
    """


@article.command("add")
@click.argument("path")
@click.option("--title", help="Title for the article.")
@click.option("--timeout", type=float, help="Seconds to wait for a connection or data (URLs).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def article_add(ctx: click.Context, path: str, title: str | None, as_json: bool,
                timeout: float | None = None) -> None:
    """Store an article (a file, a URL, or - for standard input) and its extracted claims.

    Example: claimcheck article add fixtures/articles/belgorod.txt --json
    """
    from claimcheck.core.pipeline import add_article

    fetched = None
    if _is_url(path):
        from claimcheck.core.fetch import FetchOptions, fetch_results

        fetched = fetch_results([path], options=FetchOptions.with_timeout(timeout))[0]
        assert fetched.document is not None
        document = fetched.document
    else:
        document = read_input(path)
    title = _clean_option_title(title)
    if title:
        document = Document(title=title, body=document.body, url=document.url,
                            published=document.published)
    store = open_store(ctx)
    stored, claims, new = add_article(store, document, settings_of(ctx).reviewer)
    if fetched is not None:
        store.record_fetch(article_id=stored.id, reviewer=settings_of(ctx).reviewer,
                           **fetched.record())
    if as_json:
        emit_json({"article": {"id": stored.id, "title": stored.title, "new": new},
                   "claims": [{"id": c.id, "text": c.text, "start": c.start, "end": c.end,
                               "kind": str(c.kind)} for c in claims]})
        return
    state = "added" if new else "already stored"
    click.echo(f"article {stored.id} {state}: {stored.title} ({len(claims)} claims)")
    for c in claims:
        click.echo(f"  {c.id}\t[{c.kind}] {c.text}")


@article.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def article_list(ctx: click.Context, as_json: bool) -> None:
    """List articles, newest first, with review progress.

    Example: claimcheck article list
    """
    articles = open_store(ctx).list_articles()
    if as_json:
        emit_json({"articles": articles})
        return
    for a in articles:
        click.echo(f"{a['id']}\t{a['verified']}v {a['disputed']}d {a['unsourced']}u "
                   f"{a['pending']}p\t{a['title']}")


@cli.command()
@click.pass_context
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def articles(ctx: click.Context, as_json: bool) -> None:
    """List articles (same as `article list`).

    Example: claimcheck articles --json
    """
    ctx.invoke(article_list, as_json=as_json)


@cli.command()
@click.pass_context
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def sources(ctx: click.Context, as_json: bool) -> None:
    """List sources (same as `source list`).

    Example: claimcheck sources --json
    """
    ctx.invoke(source_list, as_json=as_json)


@cli.command()
@click.argument("article_id", type=RECORD_ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def claims(ctx: click.Context, article_id: int, as_json: bool) -> None:
    """List an article's claims with their review state.

    Example: claimcheck claims 1 --json
    """
    rows = open_store(ctx).list_claims(article_id)
    if as_json:
        emit_json({"article_id": article_id, "claims": [
            {"id": c.id, "text": c.text, "status": str(c.status), "version": c.version,
             "reviewer": c.reviewer, "updated_at": c.updated_at, "note": c.note,
             "kind": str(c.kind), "start": c.start, "end": c.end} for c in rows]})
        return
    for c in rows:
        click.echo(f"{c.id}\t{c.status:<9}\tv{c.version}\t{c.text}")


@cli.command()
@click.argument("claim_id", type=RECORD_ID)
@click.argument("status", type=click.Choice(STATUSES, case_sensitive=False), metavar="STATUS")
@click.option("--note", help="A note on the verdict (replaces the claim's note).")
@click.option("--evidence", "evidence", type=RECORD_ID, multiple=True,
              help="A passage id the verdict rests on (repeatable).")
@click.option("--if-version", "if_version", type=int,
              help="Only mark if the claim is still at this version (else exit 3).")
@click.option("--blind", is_flag=True,
              help="Record an independent second review; the claim's status is left alone.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def mark(ctx: click.Context, claim_id: int, status: str, note: str | None,
         evidence: tuple[int, ...], if_version: int | None, blind: bool, as_json: bool) -> None:
    """Mark a claim verified, disputed, unsourced or pending.

    With --blind, a second reviewer records a verdict without seeing or changing the first;
    `claimcheck disagreements` lists where the two differ.

    Example: claimcheck mark 3 verified --note "AP confirms" --evidence 12 --if-version 1
    """
    if blind:
        store = open_store(ctx)
        review_id = store.mark_blind(claim_id, Status(status), reviewer=settings_of(ctx).reviewer,
                                     note=note)
        if as_json:
            emit_json({"id": claim_id, "blind_review_id": review_id, "status": status})
        else:
            click.echo(f"blind review of claim {claim_id} recorded as {status}")
        return
    evidence = tuple(dict.fromkeys(evidence))  # `--evidence 3 --evidence 3` cites passage 3 once
    claim = open_store(ctx).mark_claim(claim_id, Status(status), reviewer=settings_of(ctx).reviewer,
                                       note=note, evidence=evidence, if_version=if_version)
    if as_json:
        emit_json({"id": claim.id, "status": str(claim.status), "version": claim.version})
        return
    click.echo(f"claim {claim.id} is {claim.status} (version {claim.version})")


@cli.command()
@click.argument("claim_id", type=RECORD_ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def history(ctx: click.Context, claim_id: int, as_json: bool) -> None:
    """Show a claim's history, oldest first.

    Example: claimcheck history 3 --json
    """
    entries = open_store(ctx).history(claim_id)
    if as_json:
        emit_json({"claim_id": claim_id, "history": [
            {"version": h.version, "status": str(h.status), "note": h.note,
             "evidence": list(h.evidence), "reviewer": h.reviewer, "at": h.at,
             "action": h.action, "text": h.text} for h in entries]})
        return
    for h in entries:
        note = f"\t{h.note}" if h.note else ""
        click.echo(f"v{h.version}\t{h.at}\t{h.reviewer}\t{h.action}\t{h.status}{note}")


# -- matching -----------------------------------------------------------------------------------


@cli.command("match")
@click.argument("text", required=False)
@click.option("-k", "k", type=click.IntRange(1, 1000), default=5, show_default=True,
              help="How many passages.")
@click.option("--queries", type=click.Path(path_type=Path),
              help="A file with one claim a line, answered in one process.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def match_command(ctx: click.Context, text: str | None, k: int, queries: Path | None,
                  as_json: bool) -> None:
    """Rank stored source passages for a claim, best first.

    Example: claimcheck match "Belgorod is 32 km from the border" -k 3 --json
    """
    from claimcheck.core.documents import decode_text
    from claimcheck.core.pipeline import match_text

    if (text is None) == (queries is None):
        raise click.UsageError("give either a claim TEXT or --queries FILE.")
    if queries is not None:
        if not queries.exists():
            fail(f"{queries} does not exist; give a file with one claim a line.")
        if queries.is_dir():
            fail(f"{queries} is a folder; give a file with one claim a line.")
        lines = [line.strip() for line in decode_text(queries.read_bytes(), str(queries)).split("\n")]
        lines = [line for line in lines if line]
        store = open_store(ctx)
        answers = [(line, match_text(store, line, k)) for line in lines]
        if as_json:
            emit_json({"matches": [{"query": q, "results": [r.to_json() for r in results]}
                                   for q, results in answers]})
            return
        for q, results in answers:
            click.echo(q)
            for r in results:
                click.echo(f"  {r.score:5.1f}  [{r.passage_id}] {r.source_title}: {r.text}")
        return
    assert text is not None
    if not text.strip():
        fail("the claim is empty; give the words to match.")
    results = match_text(open_store(ctx), text, k)
    if as_json:
        emit_json({"query": text, "results": [r.to_json() for r in results]})
        return
    if not results:
        click.echo("no matching passage", err=True)
    for r in results:
        click.echo(f"{r.score:5.1f}  [{r.passage_id}] {r.source_title}: {r.text}")


@cli.command()
@click.argument("article_id", type=RECORD_ID)
@click.option("-k", "k", type=click.IntRange(1, 100), default=5, show_default=True,
              help="Evidence passages per claim.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def check(ctx: click.Context, article_id: int, k: int, as_json: bool) -> None:
    """Match every claim of an article, store the evidence, and suggest a status.

    Suggestions never overwrite a reviewer's status.

    Example: claimcheck check 1 --json
    """
    from claimcheck.core.pipeline import check_article

    store = open_store(ctx)
    checked = check_article(store, article_id, k, progress=_stderr_progress("checking"))
    if as_json:
        emit_json({"article_id": article_id, "claims": [
            {"id": c.claim.id, "text": c.claim.text, "start": c.claim.start, "end": c.claim.end,
             "kind": str(c.claim.kind), "status": str(c.claim.status),
             "suggestion": {"status": str(c.suggestion.status), "reason": c.suggestion.reason},
             "evidence": [{"passage_id": r.passage_id, "source_id": r.source_id,
                           "source_title": r.source_title, "text": r.text,
                           "score": round(r.score, 2), "stance": str(j.stance),
                           "reason": j.reason}
                          for r, j in c.evidence]}
            for c in checked]})
        return
    for c in checked:
        click.echo(f"{c.claim.id}\t{c.claim.status:<9}\tsuggest {c.suggestion.status}: "
                   f"{c.suggestion.reason}\n\t{c.claim.text}")


# -- teams --------------------------------------------------------------------------------------


@cli.command()
@click.argument("article_id", type=RECORD_ID)
@click.argument("reviewer")
@click.pass_context
def assign(ctx: click.Context, article_id: int, reviewer: str) -> None:
    """Assign an article to a reviewer (shown in the workbench's "my claims" filter).

    Example: claimcheck assign 1 bob
    """
    open_store(ctx).assign(article_id, reviewer, assigned_by=settings_of(ctx).reviewer)
    click.echo(f"article {article_id} assigned to {reviewer}", err=True)


@cli.command()
@click.argument("article_id", type=RECORD_ID, required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def disagreements(ctx: click.Context, article_id: int | None, as_json: bool) -> None:
    """List claims where a blind second review disagrees with the recorded status.

    Example: claimcheck disagreements 1 --json
    """
    store = open_store(ctx)
    if article_id is not None:
        store.load_article(article_id)
    rows = store.disagreements(article_id)
    if as_json:
        emit_json({"article_id": article_id, "disagreements": rows})
        return
    for r in rows:
        click.echo(f"{r['claim_id']}\t{r['reviewer']}: {r['status']}\t{r['blind_reviewer']}: "
                   f"{r['blind_status']}\t{r['text']}")
    if not rows:
        click.echo("no disagreements", err=True)


# -- reports (issue 6) --------------------------------------------------------------------------

REPORT_FORMATS = ["md", "html", "json", "csv", "claimreview"]


@cli.command()
@click.argument("article_id", type=RECORD_ID, required=False)
@click.option("--format", "-f", "fmt", type=click.Choice(REPORT_FORMATS), required=True,
              help="md, html, json, csv or claimreview (schema.org JSON-LD).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to FILE instead of standard output.")
@click.option("--status", "statuses", type=click.Choice(STATUSES), multiple=True,
              help="List only claims with this status (repeatable).")
@click.option("--reviewed-only", is_flag=True, help="Leave out pending claims.")
@click.option("--all", "all_articles", is_flag=True, help="Every article, in one report.")
@click.option("--as-of", "as_of", metavar="DATE",
              help="The state of the review at the end of DATE (YYYY-MM-DD), from the history.")
@click.pass_context
def report(ctx: click.Context, article_id: int | None, fmt: str, output: Path | None,
           statuses: tuple[str, ...], reviewed_only: bool, all_articles: bool,
           as_of: str | None) -> None:
    """Write the verification report of an article (or --all articles).

    Team settings (organisation, ClaimReview labels) come from `claimcheck report-settings`.

    Example: claimcheck report 1 --format html -o belgorod-report.html
    """
    from claimcheck.core.reports import render_report

    if all_articles and article_id is not None:
        raise click.UsageError("give either ARTICLE_ID or --all, not both.")
    if not all_articles and article_id is None:
        raise click.UsageError("give an ARTICLE_ID, or --all for every article.")
    text = render_report(open_store(ctx), None if all_articles else article_id, fmt,
                         statuses=list(statuses) or None, reviewed_only=reviewed_only,
                         as_of=as_of)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        fail(f"cannot write {output} ({exc.strerror}); check the folder exists and is writable.")
    click.echo(f"wrote {output}", err=True)


@cli.command("report-settings")
@click.argument("assignments", nargs=-1, metavar="[KEY=VALUE]...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def report_settings(ctx: click.Context, assignments: tuple[str, ...], as_json: bool) -> None:
    """Show or set the team's report settings (kept in the database, shared by everyone).

    Keys: org_name, org_url, language, label.verified, label.disputed, label.unsourced,
    label.pending. `KEY=` with no value goes back to the default.

    Example: claimcheck report-settings org_name="Desk Check" org_url=https://desk.example label.disputed=Misleading
    """
    from claimcheck.core.report_settings import ReportSettings, check_setting

    changes: dict[str, str | None] = {}
    for item in assignments:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"{item!r} is not KEY=VALUE.")
        changes[key.strip()] = check_setting(key.strip(), value) or None
    store = open_store(ctx)
    if changes:
        store.save_report_settings(changes)
    current = ReportSettings.from_mapping(store.load_report_settings()).to_mapping()
    if as_json:
        emit_json({"settings": current})
        return
    for key, value in current.items():
        click.echo(f"{key}\t{value}")


# -- maintenance --------------------------------------------------------------------------------


@cli.command()
@click.argument("dest", type=click.Path(path_type=Path))
@click.pass_context
def backup(ctx: click.Context, dest: Path) -> None:
    """Copy the database to DEST with SQLite's online backup, safe while others write.

    Example: claimcheck backup backups/desk-2024-05-30.db
    """
    if dest.is_dir():
        fail(f"{dest} is a folder; give the backup's file name, e.g. {dest / 'claimcheck-backup.db'}.")
    open_store(ctx).backup(dest)
    click.echo(f"backed up to {dest}", err=True)


# -- workbench (issue 5) ------------------------------------------------------------------------


@cli.command()
@click.option("--article", "article_id", type=RECORD_ID, help="Open this article's review screen.")
@click.pass_context
def tui(ctx: click.Context, article_id: int | None) -> None:
    """Open the workbench on the database.

    Keys: j/k move, v/d/u mark verified/disputed/unsourced, ? lists every key, q quits.

    Example: claimcheck --db desk.db tui --article 1
    """
    settings = settings_of(ctx)
    store = Store.open(settings.db_path, allow_network_fs=settings.allow_network_fs)
    try:
        if article_id is not None:
            store.load_article(article_id)  # a missing article is an error before the screen
    finally:
        store.close()
    from claimcheck.tui.app import make_app

    make_app(settings, article_id).run()


@cli.command()
@click.option("--no-tui", is_flag=True, help="Only build the demo database and list its claims.")
@click.option("--db", "demo_db", type=click.Path(dir_okay=False, path_type=Path),
              help="Demo database file (default: ./claimcheck-demo.db, or the global --db).")
@click.option("--rebuild", is_flag=True, help="Rebuild even when the demo database is current.")
@click.pass_context
def demo(ctx: click.Context, no_tui: bool, demo_db: Path | None, rebuild: bool) -> None:
    """Build the demo database from the bundled fixtures (checked) and open the workbench.

    The demo database is reused while the fixtures are unchanged, and never overwrites a
    database that holds reviewers' documents.

    Example: claimcheck demo --no-tui
    """
    from click.core import ParameterSource

    from claimcheck.core.demo import DEMO_DB, build_demo

    root = ctx.find_root()
    global_db = root.params.get("db") if root.get_parameter_source("db") \
        is ParameterSource.COMMANDLINE else None
    path = demo_db or global_db or Path(DEMO_DB)
    click.echo(f"building the demo database {path}…", err=True)
    result = build_demo(path, force=rebuild)
    click.echo(f"demo database {result.db_path} "
               f"{'built' if result.rebuilt else 'is up to date'}", err=True)
    settings = settings_of(ctx)
    settings = Settings(db_path=result.db_path, reviewer=settings.reviewer,
                        allow_network_fs=settings.allow_network_fs)
    if no_tui:
        store = Store.open(result.db_path)
        try:
            for c in store.list_claims(result.article_id):
                suggestion = store.load_suggestion(c.id)
                advice = f"suggest {suggestion[0]}: {suggestion[1]}" if suggestion else ""
                click.echo(f"{c.id}\t{c.status:<9}\t{advice}\n\t{c.text}")
        finally:
            store.close()
        return
    from claimcheck.tui.app import make_app

    make_app(settings, result.article_id).run()


def main() -> None:
    """Console-script entry point."""
    # A terminal or pipe that cannot show a character (LANG=C on old systems,
    # PYTHONIOENCODING=latin-1) gets an escape instead of a UnicodeEncodeError traceback.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    cli(prog_name="claimcheck")
