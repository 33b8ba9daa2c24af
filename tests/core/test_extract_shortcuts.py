"""The extractor's shortcuts give exactly what the slow forms they replace give."""

from __future__ import annotations

import re

import pytest

from claimcheck.core import extract_words, facts_entities
from claimcheck.core.facts_numbers import _UNIT_TABLE
from claimcheck.core.facts_text import literal_alternation


def test_every_discourse_opener_starts_with_a_listed_word():
    pattern = extract_words._LEADING_DISCOURSE.pattern
    openers = {w.lower() for w in re.findall(r"(?:\^\(\?:|\|)([A-Z][a-z]+)", pattern)}
    assert len(openers) > 40
    assert openers <= extract_words._DISCOURSE_FIRST


@pytest.mark.parametrize(
    "text",
    [
        "However, the strike went ahead.",
        "In a surprising turn of events, Italy agreed.",
        "Amid rising tensions at the border, Kyiv asked for help.",
        "That is because the missiles were American.",
        "As of my last update, the figure was 12.",
        "Italy will supply a second system.",
        "IN ADDITION, the Netherlands pledged jets.",
        "  However, leading spaces are not an opener.",
        "",
        "42 drones were shot down.",
    ],
)
def test_discourse_lead_matches_the_full_pattern(text):
    fast = extract_words._discourse_lead(text)
    slow = extract_words._LEADING_DISCOURSE.match(text)
    assert (fast and fast.span()) == (slow and slow.span())


def test_literal_alternation_prefers_what_longest_first_alternation_prefers():
    words = {u for u in _UNIT_TABLE if u not in ("%", "°")}
    trie = re.compile(rf"(?:{literal_alternation(words)})\b", re.IGNORECASE)
    plain = re.compile(
        "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    samples = [
        "miles per hour",
        "miles",
        "mile",
        "mi",
        "m",
        "metres",
        "km/h",
        "kms",
        "km2",
        "sq km",
        "square kilometres",
        "nautical miles",
        "US dollars",
        "usd",
        "minutes",
        "mins",
        "mw",
        "percentage points",
        "per cent",
        "tonnes",
        "t",
        "tons",
        "kg",
        "kilos",
        "yards",
        "ft",
        "hryvnias",
        "°c",
        "degrees",
        "metric tons",
        "pounds sterling",
        "pounds",
        "lbs",
    ]
    for word in words | set(samples):
        for text in (word, word + " away", word + "-long", word.upper()):
            a, b = trie.match(text), plain.match(text)
            assert (a and a.span()) == (b and b.span()), text


def test_literal_alternation_of_nothing_and_of_special_characters():
    assert re.fullmatch(literal_alternation({"a.b", "a", "$"}), "a.b")
    assert re.fullmatch(literal_alternation({"a.b", "a", "$"}), "$")
    assert not re.fullmatch(literal_alternation({"a.b"}), "axb")


@pytest.mark.parametrize(
    "text, name",
    [
        ("President Joe Biden spoke.", "Joe Biden"),
        ("It was Gen. Smith who said it.", "Smith"),
        ("the minister Wilson said", "Wilson"),
        ("NATO said.", "NATO"),
        ("They met in Kharkiv on Monday.", "Kharkiv"),
        ("spokesperson John Kirby said", "John Kirby"),
        ("Ambassador Lee arrived.", "Lee"),
    ],
)
def test_entity_types_read_the_title_before_a_name_as_before(text, name):
    found = {e.name: e for e in facts_entities._find_entities(text)}
    entity = found[name]
    before = text[: entity.start]
    assert entity.type == facts_entities.entity_type(name, before)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has conducted strikes on Russian soil using American-supplied missiles.",
        "The talks, which had stalled, resumed after officials based in Kyiv agreed.",
        "It's said they'd been re-elected; well-liked leaders/aides reported x-rayed bags.",
        "Relationships provide intimacy and are practiced daily, he added on 3 May.",
        "naked unemployed bred zed reed abandoned",
        "",
    ],
)
def test_verb_candidates_are_the_tokens_the_verb_finder_would_keep(text):
    verbs = extract_words._VERBS | extract_words._TRADE_VERBS
    slow = [
        m.span()
        for m in extract_words._LOWER_TOKEN.finditer(text, 1)
        if m.group(0) in verbs or (len(m.group(0)) > 4 and m.group(0).endswith("ed"))
    ]
    fast = [m.span() for m in extract_words._VERB_CANDIDATE.finditer(text, 1)]
    assert fast == slow


def test_shortcuts_agree_on_every_fixture_sentence(fixtures_dir):
    from claimcheck.core.sentences import split_sentences

    verbs = extract_words._VERBS | extract_words._TRADE_VERBS
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures_dir.rglob("*.txt"))]
    checked = 0
    for text in texts:
        for start, end in split_sentences(text):
            sentence = text[start:end]
            slow = [
                m.span()
                for m in extract_words._LOWER_TOKEN.finditer(sentence, 1)
                if m.group(0) in verbs or (len(m.group(0)) > 4 and m.group(0).endswith("ed"))
            ]
            assert [m.span() for m in extract_words._VERB_CANDIDATE.finditer(sentence, 1)] == slow
            fast = extract_words._discourse_lead(sentence)
            full = extract_words._LEADING_DISCOURSE.match(sentence)
            assert (fast and fast.span()) == (full and full.span())
            checked += 1
    assert checked > 200


def test_list_search_from_its_earliest_start_finds_the_same_list():
    import random

    from claimcheck.core import extract_clauses

    rng = random.Random(7)
    words = (
        "the a in of and or with from 12 Kyiv, Sumy, Odesa; including large small drones "
        "jets tanks, missiles and, supplied very-long-compound-words-here x"
    ).split()
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 40)))
        whole = extract_clauses._LIST.search(text)
        late = extract_clauses._LIST.search(text, extract_clauses._list_start(text))
        assert (whole and whole.span()) == (late and late.span()), text


def test_every_evaluation_rule_is_reached_from_each_of_its_hints():
    from claimcheck.core import extract_kinds

    for hints, pattern in extract_kinds._EVALUATIVE_RULES:
        for hint in hints.split():
            found = extract_kinds._EVALUATIVE_HINT.findall(hint)
            assert found, hint
            assert any(
                rule.pattern.endswith(pattern + ")")
                for rule in extract_kinds._EVALUATIVE_BY_HINT[found[0]]
            ), hint


@pytest.mark.parametrize(
    "text",
    [
        "The conflict's trajectory remains uncertain.",
        "The question of sovereignty remains open.",
        "These contributions underscore the growing support.",
        "The move represents a stark change in the dynamics.",
        "It marks a turning point.",
        "The move signals a shift in policy.",
        "This demonstrates the resolve of the allies.",
        "Such support is crucial.",
        "It is a major step.",
        "It is important to choose a simple model.",
        "It is difficult to say how many.",
        "The company seeks to bolster its position.",
        "The ministry declined to comment.",
        "The decision will be closely watched by investors.",
        "Time will tell whether it pays off.",
        "The tragedy has shocked the world.",
        "Not all scientists are convinced.",
        "Many fans believe the club will win.",
        "Reuters could not independently verify the claims.",
        "It was a thoroughly entertaining afternoon.",
        "The result is a political earthquake for Portugal.",
        "It is a debate that is likely to continue.",
        "The pause is a prudent move.",
        "Growing pressure on the government.",
        "It depends on many factors.",
    ],
)
def test_every_evaluation_is_found_through_its_hints(text):
    from claimcheck.core import extract_kinds

    assert extract_kinds._evaluative(text), text


def _random_texts(pieces: list[str], count: int = 3000, seed: int = 11) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _same_matches(fast: re.Pattern[str], slow: re.Pattern[str], texts: list[str]) -> None:
    """`fast` finds what `slow` finds: every match, from every start, with its groups."""
    for text in texts:
        for pos in (0, 1, len(text) // 2):
            found = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
            assert found == [(m.span(), m.groups()) for m in slow.finditer(text, pos)], text
            one, other = fast.match(text, pos), slow.match(text, pos)
            assert (one and one.span()) == (other and other.span()), text


_PROSE_PIECES = [
    " ",
    "  ",
    "\n",
    "\t",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "...",
    '"',
    "'",
    "”",
    "’",
    ")",
    "]",
    "»",
    "(",
    "-",
    "/",
    "a",
    "A",
    "the ",
    "The ",
    "and ",
    "said ",
    "Mr",
    "U.S.",
    "Kyiv",
    "1",
    "12",
    "2024",
    "$",
    "%",
    "é",
    "Ω",
    "α",
    "ά;",
    "\u037e",
    "。",
    "！",
    "？",
    "」",
    "）",
]


def test_sentence_end_candidates_are_the_plain_patterns():
    from claimcheck.core import sentences

    slow = re.compile(
        r"(?:[.!?…؟।॥\u037e]+[\"'”’»)\]]*(?=\s)"
        r"|;(?<=[\u0370-\u03ff\u1f00-\u1fff];)[\"'”’»)\]]*(?=\s)"
        r"|[。！？]+[\"'”’」』）)]*)"
    )
    _same_matches(sentences._CANDIDATE, slow, _random_texts(_PROSE_PIECES))


@pytest.mark.parametrize(
    ("module", "name", "plain"),
    [
        (
            "extract_kinds",
            "_MONTH_NAME",
            r"(?=[JFMASOND])(?:January|February|March|April|June|"
            r"July|August|September|October|November|December)\b",
        ),
        ("extract_words", "_SPACE_BEFORE", r"\s+([,;:!?%’”)]|\.(?![\w]))"),
        (
            "extract",
            "_ASIDE_ADVERB",
            r"(?<=\w),\s+(?:however|meanwhile|moreover|furthermore|"
            r"nevertheless|nonetheless|in turn|in fact|too|therefore|though|instead|indeed),"
            r"(?=\s+[a-z])",
        ),
        ("extract", "_CAPITALISED", r"\b[A-Z][\w-]+"),
        ("facts_numbers", "_ORDINAL_DIGITS", r"\b(\d+)(?:st|nd|rd|th)\b"),
        ("extract_clauses", "_DIGIT_COMMA", r"(?<=\d),(?=\d)"),
        (
            "extract_clauses",
            "_FIRST_PERSON",
            r"\b(?:I|we) (?:recommend|suggest|think|believe|"
            r"hope|feel|would|will|can|cannot|can't|don't|do not|am|was|have)\b"
            r"|\bmy (?:knowledge|training|opinion|view)\b",
        ),
    ],
)
def test_patterns_opening_with_their_first_characters_match_their_plain_forms(module, name, plain):
    import importlib

    fast = getattr(importlib.import_module(f"claimcheck.core.{module}"), name)
    pieces = [
        *_PROSE_PIECES,
        "I think ",
        "we can ",
        "my view",
        "1st ",
        "22nd",
        "3RD",
        "_4th",
        "May ",
        "June",
        "Ab-c ",
        "_X",
        ", however, ",
        ", in fact, a",
        " .5",
        " ,",
        "  %",
        "é",
    ]
    _same_matches(fast, re.compile(plain, fast.flags), _random_texts(pieces))


def test_names_match_as_without_the_lookahead_for_for():
    plain = re.compile(facts_entities._NAME.pattern.replace(r"(?=\sfor\b)", ""))
    assert plain.pattern != facts_entities._NAME.pattern
    pieces = [
        *_PROSE_PIECES,
        "Institute",
        "Institutes",
        "Office",
        "Centre",
        "Council",
        " for ",
        " for the ",
        " of ",
        " and ",
        " & ",
        "Bank",
        "England",
        "U.N.",
        "BoE",
        "O'Brien",
        "Jean-Pierre",
        "McCain",
        "COP28",
        "al-Assad",
        "Ministry",
        "Department",
        "Kyiv",
    ]
    _same_matches(facts_entities._NAME, plain, _random_texts(pieces))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe in Kyiv contributed to this report.",
        "Reuters staff contributed reporting to this story.",
        "A. B. C. D. E. F. G. H. I. contributed to this article",
        "Our correspondents contributed to the fund.",
        "The company contributed $5 million to this report's sponsor.",
        "By Jane Doe and John Roe",
        "Correction: an earlier version misstated the date.",
        "Consumers can contact Nordwind toll-free.",
        "I think the plan will work.",
        "The ministry said 12 people died.",
        "",
    ],
)
def test_contributors_lines_are_found_as_by_the_one_pattern(text):
    from claimcheck.core import extract_kinds

    plain = re.compile(
        extract_kinds._NOT_CHECKWORTHY.pattern + "|" + extract_kinds._CONTRIBUTORS.pattern
    )
    editorial = re.compile(
        extract_kinds._EDITORIAL_NOTE + "|" + extract_kinds._CONTRIBUTORS.pattern
    )
    assert extract_kinds._not_checkworthy(text) == (plain.match(text) is not None)
    assert extract_kinds._editorial(text) == (editorial.match(text) is not None)


def test_every_list_holds_the_list_ending():
    import random

    from claimcheck.core import extract_clauses

    rng = random.Random(5)
    words = (
        "the a in of and or with from 12 Kyiv, Sumy, Odesa; including large small drones "
        "jets tanks, missiles and, supplied very-long-compound-words-here x . .5 U.S. ,, ;"
    ).split()
    found = 0
    for _ in range(5000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 40)))
        if extract_clauses._LIST.search(text) is not None:
            found += 1
            assert extract_clauses._LIST_END.search(text) is not None, text
    assert found > 500


def test_modal_and_gap_hints_match_their_plain_forms():
    from claimcheck.core import extract_clauses

    modal = re.compile(
        r"\b(?:can|could|will|would|may|might|should|must)\s+[a-z]+\b[^,;]*?\s+and\s+([a-z]+)\b"
    )
    gap = re.compile(
        r"(?:,|\band)" + extract_clauses._GAP_ITEM_HINT.pattern.removeprefix(r"(?:,|a(?<=\ba)nd)")
    )
    assert gap.pattern != extract_clauses._GAP_ITEM_HINT.pattern
    pieces = [
        *_PROSE_PIECES,
        " would cap rents and cut",
        "can ",
        "cannot",
        "musts ",
        "should ",
        "might ",
        " and ",
        "band ",
        ", the Liberals 11",
        " and Labour 12",
        "Greens 5",
        "seats",
    ]
    texts = _random_texts(pieces)
    _same_matches(extract_clauses._MODAL_VP_AND, modal, texts)
    _same_matches(extract_clauses._GAP_ITEM_HINT, gap, texts)


def test_names_typed_by_the_word_before_them_as_by_the_three_patterns():
    import random

    fe = facts_entities

    def plain(name: str, text: str, at: int) -> str:
        kind = fe._name_type(name)
        if kind == "person" and (
            fe._HOMETOWN_BEFORE.search(text, max(0, at - 20), at)
            or fe._PLACE_OF_BEFORE.search(text, max(0, at - 16), at)
        ):
            return "place"
        if kind == "person" and fe._EMPLOYER_BEFORE.search(text, max(0, at - 40), at):
            return "org"
        return fe._type_in_text(name, text, at)

    rng = random.Random(3)
    befores = [
        "economist at ",
        "analyst with the ",
        "partner at law firm ",
        "adviser at travel agents ",
        "52, of ",
        "D-Fla., of ",
        "the village of ",
        "town of\n",
        "at ",
        "of ",
        "the ",
        "said ",
        "spokeswoman at investment bank ",
        "researcher at  ",
        "x" * 30 + "of ",
        "\t",
        ", ",
    ]
    for _ in range(3000):
        before = "".join(rng.choice(befores) for _ in range(rng.randint(0, 3)))
        name = rng.choice(["Wells Fargo", "Coral Gables", "John Smith", "Mazar Dara", "Kyiv"])
        text = before + name + " said."
        at = len(before)
        assert fe._type_in_text(name, text, at) == plain(name, text, at), text


def test_every_pair_of_names_holds_the_pair_ending():
    import random

    from claimcheck.core import extract_clauses

    rng = random.Random(9)
    words = (
        "starring by with from visited in of and and and the the Tom Jerry New York O'Neil St. "
        "band Anderson x-y said , ; . \t 12 a"
    ).split()
    found = 0
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 14)))
        if extract_clauses._BINARY_NAMES.search(text) is not None:
            found += 1
            assert extract_clauses._BINARY_NAMES_END.search(text) is not None, text
    assert found > 30


def test_entities_found_with_the_word_set_are_the_entities_found_without():
    from claimcheck.core.facts_text import _word_set

    pieces = [
        *_PROSE_PIECES,
        "HIMARS",
        "Patriot",
        "Patriots",
        "Storm Shadow",
        "F-16",
        "S-400",
        "SAMP/T",
        "IRIS-T",
        "Leopard 2",
        "ATACMS",
        "2",
        "_",
        "é",
        "’s",
        "MiG-29",
        "Kyiv",
    ]
    for text in _random_texts(pieces, count=4000):
        found = facts_entities._find_entities(text, _word_set(text))
        assert found == facts_entities._find_entities(text), text


def test_negation_and_modality_tries_match_their_plain_alternations():
    from claimcheck.core import facts

    negation = re.compile(
        r"(?=[nNdDrRfFwW])\b(?:not|never|no longer|nobody|nothing|none|neither|nor|denied|"
        r"denies|deny|denying|ruled out|rules out|rule out|ruling out|refused|refuses|refuse|"
        r"rejected|rejects|failed to|fails to|(?<!doctors )(?<!reporters )(?<!engineers )"
        r"without)\b|n[’']t\b|(?<!with )(?<!of )\bno\b(?!\.\s?\d)(?=\s+[a-z])",
        re.IGNORECASE,
    )
    modality = re.compile(
        r"(?=[cmwsperahliutbfCMWSPERAHLIUTBF])(?<![-\w])(could|may|might|would|should|will|"
        r"plans? to|plans|planned|planning to|expected|expects|"
        r"forecast to(?= (?!a |an |the |its |their |range )[a-z])|"
        r"considering|considers|consider|reportedly|allegedly|hinted|hints|potentially|"
        r"possibly|probably|presumably|apparently|"
        r"likely|unlikely|intends?|intended|aims?|aimed|is set to|are set to|poised|"
        r"contingent|proposed|proposes|suggested|believed|thought to|said to|"
        r"an? (?:reported|rumou?red|alleged)(?= [\d$£€¥]))\b",
        re.IGNORECASE,
    )
    pieces = [
        *_PROSE_PIECES,
        "not ",
        "No ",
        "no longer ",
        "nobody",
        "denied ",
        "ruled out",
        "fails to",
        "doctors without",
        "with no ",
        "of no ",
        "don't",
        "nor",
        "could ",
        "May ",
        "plans to ",
        "plans tonight",
        "plan to",
        "planning to",
        "forecast to rise",
        "forecast to a ",
        "a reported ",
        "an alleged ",
        "rumoured ",
        "Considering",
        "unlikely",
        "is set to",
        "xwill",
    ]
    texts = _random_texts(pieces, count=6000)
    _same_matches(facts._NEGATION, negation, texts)
    _same_matches(facts._MODALITY, modality, texts)


def test_number_approximation_and_speech_tries_match_their_plain_alternations():
    from claimcheck.core import extract_attribution, facts_numbers

    words = sorted([*facts_numbers._UNITS_WORDS, *facts_numbers._TENS_WORDS], key=len, reverse=True)
    number_word = "(?:" + "|".join(words) + ")"
    word_number = re.compile(
        rf"(?=[aotfsenzAOTFSENZ])\b(?:a|an|{number_word})(?:[- ](?:{number_word}|hundred|"
        r"thousand|million|billion|trillion|and a half|(?:(?<=hundred )|(?<=thousand )|"
        r"(?<=million )|(?<=billion ))and(?= (?:" + number_word + r")\b)))*\b",
        re.IGNORECASE,
    )
    approx = re.compile(
        r"(?:\b(?:about|around|nearly|almost|some|roughly|approximately|approx\.?|circa|ca\.|"
        r"more than|less than|fewer than|over|under|at least|up to|as many as|as much as|"
        r"an estimated|estimated|close to|upwards of|just over|just under|well over|"
        r"in excess of|below|above|~)\s*"
        r"|\b(?:nearly|almost|roughly|approximately|more than|less than|at least|some|"
        r"(?:(?<=^)|(?<=\bis )|(?<=\bwas )|(?<='s )|(?<=’s )|(?<=\bare )|(?<=\bwere )|(?<=\bbe )|"
        r"(?<=\bat )|(?<=\bto )|(?<=\bby )|(?<=\bof )|(?<=\bwith )|(?<=\bfor )|(?<=\bcost )|"
        r"(?<=\bcosts )|(?<=\bearns )|(?<=\bspent )|(?<=\brose )|(?<=\bfell )|(?<=\bwon )|"
        r"(?<=\bhit )|(?<=\bsee )|(?<=\bsaw )|(?<=\bhas )|(?<=\bhad )|"
        r"(?<=\braise )|(?<=\bnow ))"
        r"(?:about|around|close to))\s+(?:a|an|another|a further|an additional)\s+|~)$",
        re.IGNORECASE,
    )
    speech = re.compile(
        r"\b(?:" + extract_attribution._SPEECH_VERBS + r"|asked|according to)\b", re.IGNORECASE
    )
    pieces = [
        *_PROSE_PIECES,
        "a ",
        "an ",
        "one",
        "Seventeen",
        "seventy-",
        "seven",
        "two hundred and ",
        "five",
        "a half",
        "thousand ",
        "about ",
        "approx. ",
        "ca. ",
        "~",
        "just over ",
        "More than ",
        "said ",
        "SAYS",
        "according to",
        "asked",
        "notes",
        "noted ",
        "estimate",
        "warns",
    ]
    texts = _random_texts(pieces, count=6000)
    _same_matches(facts_numbers._WORD_NUMBER, word_number, texts)
    _same_matches(facts_numbers._APPROX_BEFORE, approx, texts)
    _same_matches(extract_attribution._SPEECH_NEAR, speech, texts)
