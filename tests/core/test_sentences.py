"""Sentence spans: abbreviations, numbers, quotes, lists, headings, datelines, bad input."""

from __future__ import annotations

import pytest

from claimcheck.core.sentences import MAX_CHARS, split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Senate voted. The bill passed.", ["The U.S. Senate voted.", "The bill passed."]),
        (
            "It moved to the U.S. The president spoke.",
            ["It moved to the U.S.", "The president spoke."],
        ),
        (
            "Gen. Smith met Dr. Jones at 9 a.m. on Monday. They talked.",
            ["Gen. Smith met Dr. Jones at 9 a.m. on Monday.", "They talked."],
        ),
        (
            "He lives at No. 10 Downing Street. It is old.",
            ["He lives at No. 10 Downing Street.", "It is old."],
        ),
        (
            "Justice William O. Douglas was born in 1898. He served.",
            ["Justice William O. Douglas was born in 1898.", "He served."],
        ),
        (
            "Prices rose 3.5% to $1,200.50 in May. Sales fell.",
            ["Prices rose 3.5% to $1,200.50 in May.", "Sales fell."],
        ),
        ("Acme Inc. said it grew. Shares rose.", ["Acme Inc. said it grew.", "Shares rose."]),
        # a company suffix ends the sentence when a subject and its verb follow
        (
            "He ran Almond Care Ltd. Prosecutors had asked for 16 years.",
            ["He ran Almond Care Ltd.", "Prosecutors had asked for 16 years."],
        ),
        (
            "He joined Acme Inc. Chief Executive John Smith said so.",
            ["He joined Acme Inc. Chief Executive John Smith said so."],
        ),
        (
            "It hit 5 vs. 3 in the final. Fans cheered!",
            ["It hit 5 vs. 3 in the final.", "Fans cheered!"],
        ),
        ("Was it true? Nobody knew.", ["Was it true?", "Nobody knew."]),
    ],
)
def test_abbreviations_numbers_and_initials_do_not_end_sentences(text, expected):
    assert sentences(text) == expected


def test_quote_spanning_sentences_stays_whole():
    text = "He said: “We will win. We are strong.” Then he left. “Why?” she asked."
    assert sentences(text) == [
        "He said: “We will win. We are strong.”",
        "Then he left.",
        "“Why?” she asked.",
    ]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    text = "He said “we will win. Then he left. Nobody followed."
    assert len(sentences(text)) == 3


def test_bullets_and_heading_are_their_own_units():
    text = (
        "Ukraine struck targets in Belgorod on Thursday, officials said.\n"
        "Key points\n"
        "- Ukraine used American missiles.\n"
        "- The US hinted at more.\n"
        "* Italy pledged a second SAMP/T\n"
        "1. First numbered item\n"
        "2) Second numbered item\n"
    )
    assert sentences(text) == [
        "Ukraine struck targets in Belgorod on Thursday, officials said.",
        "Key points",
        "Ukraine used American missiles.",
        "The US hinted at more.",
        "Italy pledged a second SAMP/T",
        "First numbered item",
        "Second numbered item",
    ]


def test_markdown_heading_stands_alone():
    assert sentences("# Strike on Belgorod\nUkraine struck the city. It was new.") == [
        "Strike on Belgorod",
        "Ukraine struck the city.",
        "It was new.",
    ]


def test_dateline_is_split_from_the_first_sentence():
    text = "KYIV, May 30 (Wire) - Ukraine struck Belgorod. Russia protested."
    assert sentences(text) == [
        "KYIV, May 30 (Wire)",
        "Ukraine struck Belgorod.",
        "Russia protested.",
    ]
    text = "WASHINGTON (Reuters) — The Senate voted on Tuesday."
    assert sentences(text) == ["WASHINGTON (Reuters)", "The Senate voted on Tuesday."]


def test_hard_wrapped_prose_is_joined():
    text = (
        "Ukraine has conducted strikes on Russian soil using American missiles for\n"
        "the first time, targeting the city of Belgorod.\nIt was a shift."
    )
    assert sentences(text) == [
        "Ukraine has conducted strikes on Russian soil using American missiles for\n"
        "the first time, targeting the city of Belgorod.",
        "It was a shift.",
    ]


def test_paragraphs_split_at_blank_lines_even_without_punctuation():
    assert sentences("First paragraph without a stop\n\nSecond one here") == [
        "First paragraph without a stop",
        "Second one here",
    ]


def test_text_without_punctuation_is_cut_into_bounded_chunks():
    text = " ".join(["word"] * 3000)
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(end - start <= MAX_CHARS for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_unbroken_string_is_cut_too():
    spans = split_sentences("x" * 5000)
    assert [e - s for s, e in spans] == [MAX_CHARS] * 5


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n", "\x00\x01\x02"])
def test_empty_or_control_only_text(text):
    spans = split_sentences(text)
    assert all(text[s:e].strip() for s, e in spans)
    if not text.strip():
        assert spans == []


def test_non_latin_scripts():
    assert sentences("Москва заявила. Это правда. 中文句子。第二句。Ελλάδα νίκησε. Ναι!") == [
        "Москва заявила.",
        "Это правда.",
        "中文句子。",
        "第二句。",
        "Ελλάδα νίκησε.",
        "Ναι!",
    ]


def test_chinese_and_japanese_split_on_full_width_marks_without_spaces():
    assert sentences("昨天有5人死亡。州长说，这是袭击！真的吗？是的。") == [
        "昨天有5人死亡。",
        "州长说，这是袭击！",
        "真的吗？",
        "是的。",
    ]
    assert sentences("東京で地震があった。「大丈夫です」と述べた。") == [
        "東京で地震があった。",
        "「大丈夫です」と述べた。",
    ]


def test_greek_question_mark_ends_a_sentence_after_a_greek_letter():
    assert sentences("Τι έγινε; Κανείς δεν ξέρει. Ποιος το είπε;» Ο υπουργός.") == [
        "Τι έγινε;",
        "Κανείς δεν ξέρει.",
        "Ποιος το είπε;»",
        "Ο υπουργός.",
    ]
    assert sentences("Τι έγινε\u037e Τίποτα.") == ["Τι έγινε\u037e", "Τίποτα."]
    # A semicolon after Latin text stays a semicolon; so does a Greek one before lower case.
    assert sentences("Prices rose; Sales fell. Α; β γ.") == ["Prices rose; Sales fell.", "Α; β γ."]


def test_arabic_question_mark_and_devanagari_danda_end_sentences():
    assert sentences("هل هذا صحيح؟ قتل ٥ أشخاص.") == ["هل هذا صحيح؟", "قتل ٥ أشخاص."]
    assert sentences("दिल्ली में 5 लोग मारे गए। पुलिस ने जांच शुरू की।") == [
        "दिल्ली में 5 लोग मारे गए।",
        "पुलिस ने जांच शुरू की।",
    ]


def test_russian_abbreviations_and_decimals_do_not_split_needlessly():
    assert sentences("Ущерб составил 1,5 млрд рублей. В 2023 г. погибли 3,2 тыс. человек.") == [
        "Ущерб составил 1,5 млрд рублей.",
        "В 2023 г. погибли 3,2 тыс. человек.",
    ]


def test_spans_are_trimmed_ordered_and_map_back_to_the_text():
    text = "  <p>Markup here.</p>\r\n\r\n Second\tline!  \x0b Third one?\n"
    spans = split_sentences(text)
    assert spans == sorted(spans)
    for start, end in spans:
        piece = text[start:end]
        assert piece == piece.strip()
        assert piece
    assert [text[s:e] for s, e in spans][-1] == "Third one?"


def test_crlf_text_splits_like_lf_text():
    lf = "One line here.\nKey points\n- A bullet point."
    crlf = lf.replace("\n", "\r\n")
    assert sentences(crlf) == sentences(lf)


def test_a_straight_quote_closed_in_a_later_sentence_ends_the_hold():
    text = (
        '"Patients arrive in a severe state. Some travel 30 km on foot," said Claire San '
        'Filippo, the coordinator in Sudan. She added that the wards were "at breaking point".'
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        '"Patients arrive in a severe state. Some travel 30 km on foot," said Claire San '
        "Filippo, the coordinator in Sudan.",
        'She added that the wards were "at breaking point".',
    ]


def test_a_dateline_without_a_city_is_its_own_span():
    text = "Oct 30 (Reuters) - Dropbox will lay off about 528 employees."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Oct 30 (Reuters)",
        "Dropbox will lay off about 528 employees.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake struck at 3:47 a.m. Rescuers arrived an hour later.",
            ["The quake struck at 3:47 a.m.", "Rescuers arrived an hour later."],
        ),
        (
            "The vote is at 3 p.m. Monday in the chamber.",
            ["The vote is at 3 p.m. Monday in the chamber."],
        ),
        ("It opens at 9 a.m. local time.", ["It opens at 9 a.m. local time."]),
        (
            "The vote is at 3 p.m. (1400 GMT) on Monday.",
            ["The vote is at 3 p.m. (1400 GMT) on Monday."],
        ),
        (
            "Rents reached 2,055 euros, according to Daft.ie. Rents in Dublin averaged 2,590 euros.",
            [
                "Rents reached 2,055 euros, according to Daft.ie.",
                "Rents in Dublin averaged 2,590 euros.",
            ],
        ),
        ("Shares of Amazon.com Inc. fell 3%.", ["Shares of Amazon.com Inc. fell 3%."]),
    ],
)
def test_a_clock_time_or_a_domain_name_can_end_a_sentence(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_a_press_release_dateline_with_its_year_and_wire_is_its_own_unit():
    for text, first in (
        ("OSLO, Norway, March 3, 2026 -- Nordvik Outdoor ASA reported a profit.", "Nordvik"),
        ("NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp said sales rose 5%.", "Acme"),
    ):
        spans = split_sentences(text)
        assert len(spans) == 2
        assert text[spans[1][0] : spans[1][1]].startswith(first)


def test_a_capital_letter_after_a_lower_case_word_ends_a_sentence_before_an_opener():
    text = "The spokesman said so in a post on X. He said the toll would rise. It is rich in vitamin C. The pill is cheap."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The spokesman said so in a post on X.",
        "He said the toll would rise.",
        "It is rich in vitamin C.",
        "The pill is cheap.",
    ]
    text = "The justice, William O. Douglas, wrote it. Judge John F. Kennedy spoke."
    assert len(split_sentences(text)) == 2
