"""Articles screen, import, report, help, the command palette, and untrusted text."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widgets import Input, OptionList, Static, TextArea
from tui_helpers import settle, wait_until

from claimcheck.core.models import Document, Status
from claimcheck.core.pipeline import add_article
from claimcheck.core.store import Store
from claimcheck.settings import Settings
from claimcheck.tui import jobs
from claimcheck.tui.app import make_app, screen_bindings
from claimcheck.tui.dialogs.help_dialog import HelpDialog
from claimcheck.tui.dialogs.import_dialog import ImportDialog
from claimcheck.tui.screens.articles_screen import ArticlesScreen
from claimcheck.tui.screens.review_screen import ReviewScreen
from claimcheck.tui.screens.sources_screen import SourcesScreen
from claimcheck.tui.widgets.article_view import ArticleView
from claimcheck.tui.widgets.claim_list import ClaimList

SIZE = (120, 40)
FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"


def screen_text(widget) -> str:  # type: ignore[no-untyped-def]
    """What the terminal would receive for a widget (or the leaf widgets inside it)."""
    leaves = list(widget.query(Static)) or [widget]
    lines = []
    for leaf in leaves:
        region = Region(0, 0, leaf.size.width, leaf.size.height)
        lines += [strip.text for strip in leaf.render_lines(region)]
    return "\n".join(lines)


async def test_articles_screen_lists_progress_and_enter_opens_review(app_factory, other):
    other.mark_claim(1, Status.VERIFIED, reviewer="bob")
    app = app_factory(article_id=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ArticlesScreen)
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "Ukraine strikes Russian soil" in prompt
        assert "1/" in prompt and "✓ 1" in prompt
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.query_one(ClaimList).claims


async def test_articles_are_listed_newest_first(app_factory, review_db):
    with Store.open(review_db) as store:
        add_article(store, Document(title="Later piece", body="Italy sent a SAMP/T system."),
                    "bob")
    app = app_factory(article_id=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert "Later piece" in str(options.get_option_at_index(0).prompt)
        assert "Ukraine strikes" in str(options.get_option_at_index(1).prompt)


async def test_f_on_articles_shows_only_assigned_articles(app_factory, other):
    with_second = add_article(other, Document(title="Assigned piece", body="Kirby spoke."), "x")
    other.assign(with_second[0].id, "alice", assigned_by="editor")
    app = app_factory(article_id=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        assert "Assigned piece" in str(options.get_option_at_index(0).prompt)


async def test_i_imports_an_article_file_and_checks_it(app_factory, review_db, tmp_path):
    article = tmp_path / "italy.txt"
    article.write_text("Title: Italy and air defence\n\nItaly will send a second SAMP/T "
                       "system to Ukraine, the defence minister said.\n", encoding="utf-8")
    app = app_factory(article_id=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, ImportDialog)
        app.screen.query_one("#import-location", Input).value = str(article)
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=5)
        with Store.open(review_db) as store:
            titles = {a["title"]: a["id"] for a in store.list_articles()}
            assert "Italy and air defence" in titles
            claims = store.list_claims(titles["Italy and air defence"])
            assert claims
            assert store.load_suggestion(claims[0].id) is not None  # checked
        assert any("imported" in n.message for n in app._notifications)
        assert isinstance(app.screen, ReviewScreen)  # opened straight away
        assert app.screen.article_id == titles["Italy and air defence"]


async def test_import_of_pasted_text_as_a_source(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        dialog = app.screen
        await pilot.click("#kind-source")
        dialog.query_one("#import-title", Input).value = "Desk memo"
        dialog.query_one("#import-text", TextArea).load_text("The desk confirmed 12 claims today.")
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=5)
        with Store.open(review_db) as store:
            assert "Desk memo" in [s["title"] for s in store.list_sources()]
        assert any("re-checked" in n.message for n in app._notifications)


async def test_import_of_a_missing_file_says_what_to_do(app_factory, tmp_path):
    app = app_factory(article_id=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one("#import-location", Input).value = str(tmp_path / "nope.txt")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any("does not exist" in n.message for n in app._notifications)


async def test_r_exports_a_report_or_says_reports_are_not_ready(app_factory, tmp_path,
                                                                 monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        if not jobs.reports_available():
            assert any("not available" in n.message for n in app._notifications)
            return
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=5)
        written = tmp_path / "report-1.md"
        assert written.exists() and written.read_text(encoding="utf-8").strip()


async def test_r_exports_with_the_report_commands_options(app_factory, tmp_path, other):
    import json

    from textual.widgets import Checkbox, Select

    other.mark_claim(1, Status.VERIFIED, reviewer="bob", note="factbox agrees")
    other.mark_claim(2, Status.DISPUTED, reviewer="bob")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        app.screen.query_one("#report-format", Select).value = "json"
        await settle(pilot)
        target = tmp_path / "verified.json"
        app.screen.query_one("#report-path", Input).value = str(target)
        app.screen.query_one("#report-statuses", Input).value = "verified"
        app.screen.query_one("#report-reviewed-only", Checkbox).value = True
        await pilot.press("ctrl+s")
        assert await wait_until(pilot, target.exists)
    data = json.loads(target.read_text(encoding="utf-8"))
    text = json.dumps(data)
    assert "factbox agrees" in text
    claims = [c for a in data["articles"] for c in a["claims"]] if "articles" in data else data["claims"]
    assert [c["status"] for c in claims] == ["verified"]


async def test_r_with_an_unknown_status_says_what_to_do(app_factory, tmp_path):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        app.screen.query_one("#report-path", Input).value = str(tmp_path / "r.md")
        app.screen.query_one("#report-statuses", Input).value = "true"
        await pilot.press("ctrl+s")
        assert await wait_until(pilot, lambda: any("unknown status" in n.message for n in app._notifications))
    assert not (tmp_path / "r.md").exists()


async def test_question_mark_lists_every_key_of_the_screen(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpDialog)
        body = str(app.screen.query_one("#info-body").render())
        for binding in screen_bindings(review):
            assert (binding.tooltip or binding.description) in body
        for key in ("v", "d", "u", "p", "n", "e", "s", "m", "a", "x", "]", "[", "/", "i", "r",
                    "ctrl+z", "q", "?"):
            assert f"  {key} " in body or f", {key} " in body or f"  {key}," in body, key


async def test_the_command_palette_offers_every_action(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in screen_bindings(app.screen):
            assert (binding.tooltip or binding.description) in titles
        assert {"Help", "Quit"} <= titles


async def test_untrusted_article_text_is_shown_literally(tmp_path):
    db = tmp_path / "evil.db"
    body = ("Officials said [bold]x[/] was true. Click [link=http://evil]here[/link] now. "
            "The \x1b[31mred\x1b[0m report cited 40 km.")
    with Store.open(db) as store:
        add_article(store, Document(title="[b]Evil[/b] \x1b[2J title", body=body), "mallory")
    app = make_app(Settings(db_path=db, reviewer="alice"), 1, theme="textual-dark")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        text = screen_text(view)
        assert "[bold]x[/]" in text
        assert "[link=http://evil]here[/link]" in text
        assert "\x1b" not in text and "␛[31mred␛[0m" in text
        assert "[b]Evil[/b]" in text
        for static in view.query(".paragraph"):
            for strip in static.render_lines(Region(0, 0, static.size.width, static.size.height)):
                for segment in strip:
                    assert not (segment.style and segment.style.link)
        claims = screen_text(app.screen.query_one(ClaimList))
        assert "\x1b" not in claims


async def test_sources_screen_from_articles_searches_without_a_claim(app_factory):
    app = app_factory(article_id=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        await pilot.press(*"SAMP/T Italy")
        assert await wait_until(pilot, lambda: screen.results_query == "SAMP/T Italy")
        assert any("SAMP/T" in r.text for r in screen.results)
        await pilot.press("down", "enter")
        await settle(pilot)
        preview = str(screen.query_one("#source-text").render())
        assert screen.results[0].text[:40] in preview
        assert not screen.check_action("attach", ())  # no claim to attach to
