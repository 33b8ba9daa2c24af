"""Claims from articles in non-Latin scripts: the language-neutral fallback of `core.extract`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.core.extract import extract_claims
from claimcheck.core.extract_scripts import extract_script_claims, is_non_latin
from claimcheck.core.facts_scripts import script_facts
from claimcheck.core.models import ExtractedClaim, Kind

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = dt.date(2024, 5, 31)


def only(claims: list[ExtractedClaim]) -> ExtractedClaim:
    assert len(claims) == 1, claims
    return claims[0]


def claim_of(sentence: str) -> ExtractedClaim:
    return only(extract_claims(sentence, PUBLISHED))


def values(claim: ExtractedClaim) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in claim.facts.quantities]


# ---------------------------------------------------------------------------------------------
# Which sentences are non-Latin


@pytest.mark.parametrize(
    "sentence",
    [
        "Вчера в Белгороде погибли 5 человек.",
        "Президент Франции Emmanuel Macron прибыл в Киев вместе с главой МИД.",
        "Στις 12 Μαΐου σκοτώθηκαν 3 άνθρωποι.",
        "昨天，别尔哥罗德有5人死亡。",
        "NATOの事務総長は東京を訪問した。",
        "قتل ٥ أشخاص في الهجوم.",
        "הממשלה אישרה את התקציב.",
        "दिल्ली में 5 लोग मारे गए।",
    ],
)
def test_sentences_mostly_in_another_script_are_non_latin(sentence: str) -> None:
    assert is_non_latin(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people were killed in Belgorod on Thursday.",
        "The newspaper Известия reported that 5 people died in the strike.",
        "Zelensky met “NATO” officials in Brussels — again.",
        "Le président français s’est rendu à Kyiv avec 3 ministres.",
        "",
    ],
)
def test_english_and_latin_sentences_are_not_non_latin(sentence: str) -> None:
    assert not is_non_latin(sentence)


# ---------------------------------------------------------------------------------------------
# One claim per sentence, per language


def test_russian_number_gives_a_quantity_claim_of_the_whole_sentence() -> None:
    claim = claim_of("Вчера в Белгороде погибли 5 человек.")
    assert claim.text == "Вчера в Белгороде погибли 5 человек."
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(5.0, "people")]
    assert [d.value for d in claim.facts.dates] == ["2024-05-30"]  # "вчера" = yesterday


def test_russian_scale_words_currency_and_hedges() -> None:
    claim = claim_of("Ущерб от атаки оценили в 1,5 млрд рублей.")
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(1.5e9, "RUB")]
    assert claim.facts.quantities[0].text == "1,5 млрд рублей"
    hedged = claim_of("В 2023 году в области погибли около 120 человек.")
    assert values(hedged) == [(120.0, "people")]
    assert hedged.facts.quantities[0].approx
    assert [d.value for d in hedged.facts.dates] == ["2023"]


def test_russian_names_make_a_sentence_checkable() -> None:
    claim = claim_of("Об этом сообщил губернатор Вячеслав Гладков.")
    assert claim.kind is Kind.OTHER
    assert claim.text == "Об этом сообщил губернатор Вячеслав Гладков."


def test_russian_date_without_other_numbers_gives_kind_date() -> None:
    claim = claim_of("30 мая 2024 года в области объявили режим ЧС.")
    assert claim.kind is Kind.DATE
    assert [d.value for d in claim.facts.dates] == ["2024-05-30"]
    assert claim.facts.quantities == ()


def test_ukrainian_sentence_with_date_and_count() -> None:
    claim = claim_of("Учора 3-го травня у Харкові загинули 7 людей.")
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(7.0, "people")]
    assert sorted(d.value for d in claim.facts.dates) == ["2024-05-03", "2024-05-30"]


def test_greek_sentence_with_date_and_count() -> None:
    claim = claim_of("Στις 12 Μαΐου 2024 σκοτώθηκαν 3 άνθρωποι στην Αθήνα.")
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(3.0, "people")]
    assert [d.value for d in claim.facts.dates] == ["2024-05-12"]


def test_greek_question_is_dropped_and_the_answer_kept() -> None:
    body = "Τι έγινε στην Αθήνα χθες; Ο υπουργός Νίκος Δένδιας επισκέφθηκε την περιοχή."
    claim = only(extract_claims(body, PUBLISHED))
    assert claim.text.startswith("Ο υπουργός Νίκος Δένδιας")
    assert body[claim.start : claim.end] == claim.text


def test_chinese_sentence_keeps_its_full_stop_and_reads_its_number() -> None:
    claim = claim_of("昨天，别尔哥罗德有5人死亡。")
    assert claim.text == "昨天，别尔哥罗德有5人死亡。"  # no ASCII full stop after "。"
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(5.0, "people")]
    assert [d.value for d in claim.facts.dates] == ["2024-05-30"]


def test_chinese_full_width_digits_and_dates() -> None:
    claim = claim_of("在２０２４年５月３０日，共有１２００人受伤。")
    assert values(claim) == [(1200.0, "people")]
    assert claim.facts.quantities[0].text == "１２００人"
    date = claim.facts.dates[0]
    assert date.value == "2024-05-30"
    assert claim.text[date.start : date.end] == date.text == "２０２４年５月３０日"


def test_chinese_scale_characters_multiply() -> None:
    claim = claim_of("这次袭击造成的损失约为3亿元人民币。")
    assert values(claim) == [(3e8, "CNY")]
    assert claim.facts.quantities[0].approx


def test_chinese_sentence_without_digits_is_kept_when_long_enough_or_reported() -> None:
    assert claim_of("州长格拉德科夫表示，这是一次针对平民的袭击。").kind is Kind.OTHER
    assert claim_of("州长说，这是一次袭击。").kind is Kind.OTHER  # short, but who said what
    assert extract_claims("这是一次非常严重的袭击。", PUBLISHED) == []  # nothing to check
    assert extract_claims("这是袭击。") == []  # a fragment


def test_chinese_quote_with_a_speaker_is_a_quote() -> None:
    claim = claim_of("他说：“我们会继续调查这次袭击。”")
    assert claim.kind is Kind.QUOTE


def test_japanese_sentence_with_scale_and_year() -> None:
    claim = claim_of("東京都は2024年に外国人観光客が3000万人を超えたと発表した。")
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(3e7, "people")]
    assert [d.value for d in claim.facts.dates] == ["2024"]
    assert claim.text.endswith("。")


def test_japanese_quote_and_question() -> None:
    body = "本当に安全なのですか？首相は「原発の再稼働を急ぐ必要がある」と述べた。"
    claim = only(extract_claims(body))
    assert claim.kind is Kind.QUOTE
    assert claim.text.startswith("首相は")


def test_arabic_sentence_with_arabic_indic_digit() -> None:
    claim = claim_of("قتل ٥ أشخاص في الهجوم على المدينة أمس.")
    assert claim.kind is Kind.QUANTITY
    assert values(claim) == [(5.0, "people")]
    assert extract_claims("هل قتل خمسة أشخاص في الهجوم على المدينة؟") == []


def test_russian_quote_with_speaker() -> None:
    claim = claim_of(
        "«Ситуация в городе остаётся под контролем», — сказал губернатор Вячеслав Гладков."
    )
    assert claim.kind is Kind.QUOTE
    assert claim.speaker == "Вячеслав Гладков"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Президент Франции Эммануэль Макрон заявил: «Мы поддержим Украину до конца».",
         "Эммануэль Макрон"),
        ("Губернатор Вячеслав Гладков заявил: «Ситуация остаётся под контролем».",
         "Вячеслав Гладков"),
        ("Владимир Владимирович Путин сказал: «Мы не начинали эту войну».",
         "Владимир Владимирович Путин"),
        ("Ο πρωθυπουργός Κυριάκος Μητσοτάκης είπε: «Στεκόμαστε στο πλευρό της Ουκρανίας».",
         "Κυριάκος Μητσοτάκης"),
    ],
)  # fmt: skip
def test_quote_speaker_leaves_out_titles_and_countries(sentence: str, speaker: str) -> None:
    claim = claim_of(sentence)
    assert claim.kind is Kind.QUOTE
    assert claim.speaker == speaker


def test_russian_quote_with_a_surname_after_the_verb_keeps_its_full_stop() -> None:
    claim = claim_of("«Мы делаем всё, чтобы восстановить электроснабжение», — написал Гладков.")
    assert claim.kind is Kind.QUOTE
    assert claim.speaker == "Гладков"
    assert claim.text.endswith("», — написал Гладков.")
    assert claim_of("Вчера ВСУ обстреляли Белгород из РСЗО «Вампир».").text.endswith("«Вампир».")


def test_japanese_day_of_month_scale_characters_and_hedge() -> None:
    claim = claim_of("政府は31日、2024年度の防衛費が約7兆円になると発表した。")
    assert [d.value for d in claim.facts.dates] == ["2024-05-31", "2024"]
    assert values(claim) == [(7e12, "JPY")]
    assert claim.facts.quantities[0].approx


def test_ordinals_are_not_quantities() -> None:
    claim = claim_of("Это уже 3-й удар по городу Белгород.")
    assert [(q.value, q.unit) for q in claim.facts.quantities] == [(3.0, "ordinal")]
    assert claim.kind is not Kind.QUANTITY


# ---------------------------------------------------------------------------------------------
# What is dropped


@pytest.mark.parametrize(
    "text",
    [
        "Что будет с Белгородом дальше?",
        "Τι θα γίνει με την Αθήνα;",
        "别尔哥罗德会发生什么？",
        "Сколько человек погибло в Белгороде?»",
        "Новости Белгорода",  # a heading
        "Главное за день",
        "Последние новости из Москвы и Киева",  # unpunctuated: a heading
        "Читайте также:",
        "БЕЛГОРОД, 31 мая.",  # a dateline
        "新闻",
        "Ситуация остаётся напряжённой.",  # no number, no name
        "Всё очень плохо и страшно.",
    ],
)
def test_questions_headings_and_fragments_give_no_claim(text: str) -> None:
    assert extract_claims(text, PUBLISHED) == []


# ---------------------------------------------------------------------------------------------
# Articles, spans, robustness


def test_mixed_english_and_russian_article_gives_claims_from_both() -> None:
    body = (
        "Five people were killed in Belgorod on Thursday, officials said.\n\n"
        "Вчера в Белгороде погибли 5 человек. Об этом сообщил губернатор Вячеслав Гладков.\n\n"
        "The strike damaged 12 buildings.\n\n"
        "昨天，别尔哥罗德有5人死亡。"
    )
    claims = extract_claims(body, PUBLISHED)
    texts = [c.text for c in claims]
    assert any(t.startswith("Five people were killed") for t in texts)
    assert any("12 buildings" in t for t in texts)
    assert "Вчера в Белгороде погибли 5 человек." in texts
    assert "Об этом сообщил губернатор Вячеслав Гладков." in texts
    assert "昨天，别尔哥罗德有5人死亡。" in texts
    assert [c.start for c in claims] == sorted(c.start for c in claims)


def test_spans_point_into_the_body() -> None:
    body = (
        "Title line\n\n  Вчера в Белгороде погибли 5 человек.  Что дальше?\n"
        "Στις 12 Μαΐου σκοτώθηκαν 3 άνθρωποι. 昨天，别尔哥罗德有5人死亡。州长说，这是一次袭击。"
    )
    claims = extract_claims(body, PUBLISHED)
    assert len(claims) == 4
    for claim in claims:
        assert body[claim.start : claim.end] == claim.text
        for q in claim.facts.quantities:
            assert claim.text[q.start : q.end] == q.text


def test_markup_and_control_characters_inside_non_latin_text_do_not_crash() -> None:
    body = (
        "[bold]Вчера[/bold] в <b>Белгороде</b> погибли\x1b[31m 5\x00 человек.\x07 "
        "昨天，[red]别尔哥罗德[/red]有\x0b5人死亡。\u200b\ufeff Στις *12* Μαΐου σκοτώθηκαν "
        "3 άνθρωποι &amp; [link=https://x.y]ζώα[/link]."
    )
    claims = extract_claims(body, PUBLISHED)
    assert claims
    for claim in claims:
        assert "\x1b" not in claim.text and "\x00" not in claim.text and "<b>" not in claim.text
        assert 0 <= claim.start < claim.end <= len(body)
    assert any((5.0, "people") in values(c) for c in claims)
    assert not any(c.text.startswith(("\u200b", "\ufeff")) for c in claims)


def test_fallback_function_on_its_own_keeps_the_span_given() -> None:
    claims = extract_script_claims("Вчера в Белгороде погибли 5 человек.", 100, 136)
    assert [(c.start, c.end) for c in claims] == [(100, 136)]
    assert extract_script_claims("Вчера в Белгороде?", 0, 18) == []


def test_script_facts_reads_korean_scale_and_year() -> None:
    facts = script_facts("서울시는 2024년 관광객이 1000만 명을 넘었다고 밝혔다.")
    assert [d.value for d in facts.dates] == ["2024"]
    assert [q.value for q in facts.quantities] == [1e7]


@pytest.mark.parametrize(
    "unit",
    [
        "Вчера в Белгороде погибли 5 человек. Об этом сообщил губернатор Вячеслав Гладков. ",
        "昨天，别尔哥罗德有5人死亡。州长格拉德科夫说，这是一次袭击。",
        "昨天别尔哥罗德有人死亡州长格拉德科夫说这是一次袭击",  # no punctuation at all
    ],
)
def test_a_megabyte_of_non_latin_text_finishes(unit: str) -> None:
    body = unit * (1_000_000 // len(unit) + 1)
    claims = extract_claims(body, PUBLISHED, workers=1)
    assert claims
    assert all(0 <= c.start < c.end <= len(body) for c in claims)


def test_cli_extract_on_russian_text_gives_claims_with_valid_kinds(tmp_path: Path) -> None:
    text = (
        "Вчера в Белгороде погибли 5 человек. Об этом сообщил губернатор Вячеслав Гладков.\n\n"
        "Что будет дальше?\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "extract", "-", "--json"],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    claims = json.loads(result.stdout)["claims"]
    assert [c["text"] for c in claims] == [
        "Вчера в Белгороде погибли 5 человек.",
        "Об этом сообщил губернатор Вячеслав Гладков.",
    ]
    assert {c["kind"] for c in claims} <= {k.value for k in Kind}
    assert claims[0]["kind"] == "quantity"
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]
