"""The pure helpers behind what the workbench paints: safe text, highlights, bars."""

from __future__ import annotations

import pytest

from claimcheck.core.facts import extract_facts
from claimcheck.tui.text import (
    conflicting_spans,
    plain,
    progress_bar,
    safe_text,
    score_bar,
    shared_word_spans,
)


@pytest.mark.parametrize("raw, shown", [
    ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),
    ("bell\x07 and del\x7f", "bell␇ and del␡"),
    ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ("[bold]x[/] [link=http://evil]y[/link]", "[bold]x[/] [link=http://evil]y[/link]"),
])
def test_safe_text_shows_control_codes_and_keeps_offsets(raw, shown):
    assert safe_text(raw) == shown
    assert len(safe_text(raw)) == len(raw)
    assert plain(raw).plain == shown
    assert not plain(raw).spans  # markup is never parsed


def test_shared_words_are_found_by_stem_and_skip_stop_words():
    passage = "Belgorod sits about 32 kilometres north of the border."
    words = [passage[s:e] for s, e in shared_word_spans(
        "Belgorod is located 32 kilometers from the border.", passage)]
    assert words == ["Belgorod", "32", "kilometres", "border"]


def test_a_different_quantity_of_the_same_unit_is_flagged():
    claim = "Belgorod is located 32 kilometers from the border."
    passage = "Belgorod, some 50 miles from the Ukrainian border, heard sirens."
    spans = conflicting_spans(extract_facts(claim), extract_facts(passage),
                              "source says 80 km, claim says 32 km")
    assert [passage[s:e] for s, e in spans] == ["50 miles"]


def test_the_same_quantity_in_other_units_is_not_flagged():
    claim = "Belgorod is located 32 kilometers from the border."
    passage = "Belgorod lies roughly twenty miles from the border."
    assert conflicting_spans(extract_facts(claim), extract_facts(passage), "") == []


def test_a_rival_name_is_flagged_only_when_the_reason_names_it():
    claim = "Ukraine struck Russia with American-supplied missiles."
    passage = "Ukraine struck Russia with British-supplied missiles."
    facts = extract_facts(claim), extract_facts(passage)
    assert conflicting_spans(*facts, "") == []
    spans = conflicting_spans(*facts, "source names United Kingdom, claim names United States")
    assert [passage[s:e] for s, e in spans] == ["British"]


def test_progress_bar_fills_its_width_in_status_order():
    bar = progress_bar({"verified": 1, "disputed": 1, "unsourced": 0, "pending": 2}, 20)
    assert bar.plain == "█" * 10 + "░" * 10
    assert progress_bar({}, 8).plain == "░" * 8


def test_score_bar_shows_the_score():
    assert score_bar(62.4, 10).plain == "██████░░░░  62"
