"""Normalised facts of a piece of text: quantities, dates, named entities, negation, modality.

`extract_facts(text, published)` fills a `claimcheck.core.models.Facts`; the stance code compares
two `Facts` (claim against passage) and the matcher searches with `normalise_quantity_tokens`.
Pure and linear-time: regexes and small tables, no model, no downloads, no clock (relative dates
need the caller's `published` date).

Semantics of the `Facts` it returns (the contract the stance code relies on):

- `quantities`: every number in the text except the ones that are part of a date, in text order.
  `value` is in the canonical unit with the scale applied: length in `km` ("20 miles" = 32.19,
  millimetres too), mass in `kg`, area in `km2`, volume in `m3` ("50 bcm" = 5e10), speed in
  `km/h`, temperatures in `°C` ("104 degrees Fahrenheit" = 40; a change such as "warming of
  2.36F" = 1.31, with no zero moved; plain "degrees" stay `degrees`), `ppm`/`ppb`, money in its
  currency code (`USD`, `EUR`, `GBP`, `RUB`, `UAH`, `JPY`, `CNY`, `INR`, `NGN`, `ZAR`, `KES`,
  `BRL`; "$1.2 billion" = 1.2e9 USD, never converted between currencies), `%` for percent and
  shares ("a fifth" = 20, "two-thirds" = 66.67), `pp` for percentage points, durations in their
  own unit (`years`, `months`, `weeks`, `days`, `hours`, `minutes`, `seconds`; "a five-year
  contract" = 5 years), years of the calendar never (they are dates or nothing: "the 1990s",
  "2025/26"), ordinals ("second", "45th") as unit
  `ordinal`, and counted things as the singular noun that follows ("two terms" -> `term`,
  "1,000 troops" -> `troop`). `unit` is None for a bare number. Number words are read
  ("thirty-two", "a dozen" = 12, "two hundred", "1.5 million"). `approx` is True after "about",
  "around", "nearly", "almost", "some", "roughly", "approximately", "more/less/fewer than",
  "over", "under", "at least", "up to", "as many as", "an estimated", "dozens of".
  A comma is read as a decimal mark ("12,5" = 12.5) only when the text shows European notation
  (a comma followed by one, two or four-plus digits, or dots grouping thousands as in
  "1.234.567" or "1.234,5"); otherwise "12,500" is twelve thousand five hundred.
- `dates`: absolute dates ("May 30, 2024", "30 May 2024", "2024-05-30", "May 2024", a year after
  "in/since/from/until/by..." or in brackets) and dates relative to `published` ("today",
  "yesterday", "Thursday" = the latest Thursday on or before `published` unless "next" or
  "will" points ahead, "last week" = ISO week "2024-W21", "last month", "last year", "in May" =
  the latest May not after `published`). `value` is ISO 8601 as precise as the text; a day and
  month without a year and without `published` is "--05-30". Relative words without
  `published` are left out.
- `entities`: capitalised names, with aliases folded by `canonical_entity` ("U.S.", "US",
  "American" -> "United States"; "Dutch" -> "Netherlands"; "British", "UK" -> "United
  Kingdom"), a type (`person`, `place`, `org`, `weapon`, `other`) and weapons systems by pattern
  or name (F-16, SAMP/T, ATACMS, HIMARS, S-400, Patriot). A single capitalised word opening the
  text is kept only when it is a known name. A title splits a name: "Ukrainian President
  Volodymyr Zelensky" gives the place "Ukraine" and the person "Volodymyr Zelensky". Types are
  guesses from small word lists (a two-to-four-word capitalised name is a person unless it
  holds an organisation or place word).
- `negated`: True when the text negates or denies ("not", "n't", "never", "no longer", "denied",
  "ruled out", "refused", "no" before a noun, "none", "nobody", "neither").
- `modality`: the first hedge or modal word, canonical lower case: "could", "may", "might",
  "would", "should", "will", "plans", "expected", "considering", "reportedly", "allegedly",
  "hinted", "potentially", "possibly", "likely", "intends", "aims", "set to", "appears",
  "seems"; else None.
- Offsets (`start`, `end`) of quantities, dates and entities are into `text`.

Helpers for matching and stance: `canonical_entity`, `normalise_quantity_tokens` ("32km"),
`quantity_token`, `same_quantity`, `words_to_number`, `is_european_notation`, `find_entities`
and `project_facts` (facts of a sentence moved onto a claim cut from it).
Layout: this module owns `extract_facts`, `project_facts`, negation and modality, and
re-exports the helpers above from where they live: `facts_numbers` (number words, units,
quantities), `facts_dates` (absolute and relative dates), `facts_entities` (aliases, names,
types, weapons) and `facts_text` (shared span mask and word set).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from claimcheck.core.facts_dates import _find_dates
from claimcheck.core.facts_entities import (
    _ALIASES,  # noqa: F401  (core.match reads the alias table)
    _find_entities,
    canonical_entity,
    entity_type,
    find_entities,
)
from claimcheck.core.facts_numbers import (
    CURRENCY_CODES,
    _find_quantities,
    is_european_notation,
    quantity_token,
    same_quantity,
    words_to_number,
)
from claimcheck.core.facts_text import _HAS_DIGIT, _word_set, literal_alternation
from claimcheck.core.models import DateRef, Entity, Facts, Quantity

__all__ = [
    "canonical_entity",
    "entity_names",
    "entity_type",
    "extract_facts",
    "find_entities",
    "is_european_notation",
    "normalise_quantity_tokens",
    "project_facts",
    "quantity_token",
    "same_quantity",
    "words_to_number",
]


# ---------------------------------------------------------------------------------------------
# Negation and modality

_NEGATION = re.compile(
    # The lookahead lists the first letters of the alternatives: it only lets the regex skip
    # positions that cannot match, twice as fast as a bare \b on long texts.
    r"(?=[nNdDrRfFwWcC])\b(?:"
    + literal_alternation(  # as a trie ("_" for a space)
        w.replace("_", " ")
        for w in (
            "not cannot never no_longer nobody nothing none neither nor denied denies deny denying "
            "ruled_out rules_out rule_out ruling_out refused refuses refuse rejected rejects "
            "failed_to fails_to"
        ).split()
    )
    # "adults with no history of": a modifier of a noun, not the claim's own negation
    + r"|(?<!doctors )(?<!reporters )(?<!engineers )without)\b|n[’']t\b"
    r"|(?<!with )(?<!of )\bno\b(?!\.\s?\d)(?=\s+[a-z])",
    re.IGNORECASE,
)
_MODAL_WORDS = (
    "could may might would should will plan_to plans_to plans planned planning_to expected "
    "expects considering considers consider reportedly allegedly hinted hints potentially "
    "possibly probably presumably apparently likely unlikely intend intends intended aim aims "
    "aimed is_set_to are_set_to poised contingent proposed proposes suggested believed "
    "thought_to said_to appears_to appeared_to appear_to seems_to seemed_to seem_to"
).split()
"""The hedges and modals `_MODALITY` finds as written ("_" for a space)."""
_MODALITY = re.compile(
    # The words as a trie (`literal_alternation`): of two that match at one place, the longer
    # wins, as in the list ("plans to" over "plans"); a case-insensitive alternation of fifty
    # words tried one by one was the slow part.
    r"(?=[cmwsperahliutbfCMWSPERAHLIUTBF])(?<![-\w])("
    + literal_alternation(w.replace("_", " ") for w in _MODAL_WORDS)
    + r"|forecast to(?= (?!a |an |the |its |their |range )[a-z])"
    r"|an? (?:reported|rumou?red|alleged)(?= [\d$£€¥]))\b",
    re.IGNORECASE,
)
_MODALITY_CANON = {
    "plan": "plans",
    "plan to": "plans",
    "plans to": "plans",
    "planned": "plans",
    "planning to": "plans",
    "forecast to": "expected",
    "expects": "expected",
    "considers": "considering",
    "consider": "considering",
    "hints": "hinted",
    "intend": "intends",
    "intended": "intends",
    "aim": "aims",
    "aimed": "aims",
    "is set to": "set to",
    "are set to": "set to",
    "proposes": "proposed",
    "a reported": "reportedly",  # "worth a reported £180,000 a week"
    "a rumoured": "reportedly",
    "a rumored": "reportedly",
    "an alleged": "allegedly",
    "appears to": "appears",
    "appeared to": "appears",
    "appear to": "appears",
    "seems to": "seems",
    "seemed to": "seems",
    "seem to": "seems",
}


_NEGATION_TRIGGERS = frozenset(
    "not cannot never longer nobody nothing none neither nor denied denies deny denying ruled rules "
    "rule ruling refused refuses refuse rejected rejects failed fails without no".split()
)
_MODALITY_TRIGGERS = frozenset(
    "could may might would should will plan plans planned planning expected expects "
    "considering considers consider reportedly allegedly hinted hints potentially possibly "
    "likely unlikely intend intends intended aim aims aimed set poised contingent proposed "
    "proposes suggested believed thought said forecast alleged probably presumably "
    "apparently reported rumoured rumored appears appeared appear seems seemed seem".split()
)


def _negated(text: str, words: frozenset[str] | None = None, own: bool = False) -> bool:
    """Whether `text` negates or denies; with `own`, by a negation of its own, not one inside
    a subordinate clause ("approved a pill for patients whose blood pressure is not
    controlled"), which is how a claim's negation is read (a sentence's is any, since a
    claim cut from it may be that clause)."""
    if (
        words is not None
        and words.isdisjoint(_NEGATION_TRIGGERS)
        and "n’t" not in text
        and "n't" not in text
    ):
        return False
    aside = _NOT_INVOLVED.search(text) if "involved" in text or "part" in text else None
    if aside is not None and _SAID_BEFORE.search(text, 0, aside.start()):
        # "..., said Mark Hendry, who was not involved in the research": the speaker's aside,
        # not a denial of the claim
        text = text[: aside.start()] + text[aside.end() :]
    if "named" in text or "identified" in text or "authori" in text:
        # "An insurer who asked not to be named said ...": anonymity, no denial of the claim
        text = _ANONYMITY.sub("", text)
    negation = _NEGATION.search(text)
    while own and negation is not None:
        if negation.group(0) == "not" and (
            (
                text[max(0, negation.start() - 2) : negation.start()] == ", "
                and _CONTRAST_NOT.match(text, negation.start())
            )
            or _MEANS_NOT.search(text, max(0, negation.start() - 8), negation.end() + 30)
        ):
            # "Smith, not Jones, will lead": a contrast; "by not filling vacancies": the
            # means of a plain act
            negation = _NEGATION.search(text, negation.end())
            continue
        inner = None
        for opened in _SUBORDINATE_OPEN.finditer(text, 0, negation.start()):
            if opened.group(0).startswith("who") and _CLEFT_BEFORE.search(text, 0, opened.start()):
                continue  # "It was Smith who did not pay", "one of 12 MPs who did not vote"
            inner = opened  # the last clause opened before the negation ("who ... because")
        if (
            inner is None
            or _CLAUSE_CLOSE.search(text, inner.end(), negation.start())
            # the claim's own verb before the clause: not only a report ("He said that when
            # he arrived the door was not locked") nor none ("The mechanism by which X is
            # regulated is not understood")
            or not _OWN_FINITE.search(_REPORTING.sub(" ", text[: inner.start()]))
            # a verb of the clause before the negation's: the negation is the next clause's
            # ("patients treated when symptoms began did not die")
            or _FINITE.search(_NEGATION_AUX.sub("", text[inner.end() : negation.start()]))
        ):
            return True  # the claim's own negation
        # "approved a pill for patients whose blood pressure is not controlled", "made its
        # debut after Europe was left without a rocket": a clause inside the claim denies
        negation = _NEGATION.search(text, negation.end())
    return negation is not None


_CONTRAST_NOT = re.compile(
    r"not\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'.-]+\s*){1,3},"
    # "have risen since 2024, not fallen.": the word set against the claim's at its end
    r"|not\s+(?!(?:yet|ever|always|once|only)\b)(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"[\w’'-]+(?:\s+[\w’'-]+)?\s*[.!]?\s*$"
)
"""A name or a word set against another after a comma ("Smith, not Jones, will lead", "The
minister, not the prime minister, signed", "have risen, not fallen."); the comma before "not"
is checked by the caller."""
_CLEFT_BEFORE = re.compile(
    r"^(?:[Ii]t|[Tt]hat)\s+(?:is|was)\s+[^,;]{1,40}$"
    r"|\b(?:is|was|are|were|became|becomes|remains|remained)\s+(?:one of|the only|the first|"
    r"the last)\b[^,;]{0,40}$"
)
"""Before a "who" that is the claim's own clause ("It was Smith who", "one of 12 MPs who")."""
_MEANS_NOT = re.compile(r"\b(?:by|from|for)\s+not\s+[a-z]+ing\b")
"""A negated gerund after a preposition ("by not filling vacancies"): how, not whether."""
_SUBORDINATE_OPEN = re.compile(
    r"\b(?:whose|who|because|while|whereas|although|though|when|unless|if|"
    # "after the bill was rejected": a clause with its own subject and verb (not "after the
    # exercises does not ...", a phrase of the claim's subject)
    r"(?:after|before|once|until)(?=\s(?:the|a|an|his|her|its|their)\s[^,;]{0,40}?\b(?:was|"
    r"were|is|are|had|has|have)\b))\s"
    r"(?![^,;]*\b(?:said|says|told)\b)"
)
"""What opens a relative or subordinate clause, whose negation is not the claim's."""
_CLAUSE_CLOSE = re.compile(r"[,;:]")
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|found|finds|find|showed|shows|show|insisted|insists|"
    r"agreed|agrees|confirmed|confirms|reported|reports|warned|warns|added|adds|noted|notes|"
    r"believes|believed|thinks|thought|argued|argues|claimed|claims|stated|states|"
    r"estimated|estimates|suggested|suggests|that|who|whose|which)\b[^,;]*$"
)
"""A report and what it reports, to the end: where a claim's own verb is not."""
_NEGATION_AUX = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|"
    r"do)\s*$"
)
_OWN_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|"
    r"[a-z]{3,}ed|made|took|gave|won|lost|fell|rose|hit|set|put|cut|left|began|came|went|got|"
    r"held|kept|met|paid|sold|found|became|grew|led|ran|saw|spent|brought|bought|built|"
    r"approves|approved|requires|required|shows|helps|hurts)\b"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|"
    r"[a-z]{3,}ed|made|took|gave|won|lost|fell|rose|hit|set|put|cut|left|began|came|went|got|"
    r"held|kept|met|paid|sold|told|found|says|said|shows|showed|became|grew|led|ran|saw|spent|"
    r"brought|bought|built|chose|drew|drove|ate|flew|forgot|knew|rode|sent|shot|spoke|stood|"
    r"struck|swore|taught|thought|threw|understood|wrote)\b"
)
"""A verb the claim's own clause has before a subordinate one opens ("approved a pill for
patients whose ...")."""


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote)\s+(?:[a-z]+\s+){0,3}[A-Z][^,]{1,50}$")
"""A speaker's name just before an aside (", said Mark Hendry")."""
_ANONYMITY = re.compile(
    # in a source's relative clause only ("who asked not to be named"), not a claim's own
    # predicate ("The officer was not authorised to speak ...")
    r"(?<=\bwho )(?:(?:asked|requested|wished|wanted|preferred)\s+not\s+to\s+be\s+(?:named|identified)|"
    r"(?:declined|refused)\s+to\s+be\s+(?:named|identified)|"
    r"(?:did\s+not|didn[’']t)\s+want\s+to\s+be\s+(?:named|identified)|"
    r"(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment)(?:\s+publicly)?)\b"
)
"""The formulas of an unnamed source ("who asked not to be named"), which deny nothing."""
_NOT_INVOLVED = re.compile(r",\s+who\s+(?:was|were|is|are)\s+not\s+(?:involved|part)\b")


_APPOSITIVE_RELATIVE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){1,2}(?:that|which)\s+$")
"""A relative clause on a noun set after a comma ("..., a fee that could rise"): its modal is
not the claim's."""
_ADJECTIVE_USE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|in|of|for|and|our)\s+$", re.IGNORECASE
)
_COMPARED = re.compile(r"\b(?:more|less|most|least|as)\s+$", re.IGNORECASE)
_NOUN_OR_DONE = re.compile(r"(?:\d|\b(?:as|new|our|its|their|his|her|the|of))\s+$", re.IGNORECASE)


def _modality(text: str, words: frozenset[str] | None = None) -> str | None:
    if words is not None and words.isdisjoint(_MODALITY_TRIGGERS):
        return None
    for m in _MODALITY.finditer(text):
        word = m.group(1).lower()
        if _APPOSITIVE_RELATIVE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "..., the club said, a fee that could rise to ...": the fee's hedge
        if word in ("planned", "proposed", "suggested") and text.startswith(" by ", m.end()):
            continue  # "An amendment proposed by Labour was defeated": who proposed it
        if word in ("planned", "proposed") and _ADJECTIVE_USE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            continue  # "500 million euros in planned cuts", "the proposed merger": adjectives
        if (
            word in ("planned", "proposed", "plan to", "plans to", "plans")
            and _NOUN_OR_DONE.search(text, max(0, m.start() - 12), m.start())
            # "The G7 plans to", "Nearly 40 planned to attend": an intention after all
            and not (
                text[m.start() - 1 : m.start()].isspace()
                and text[max(0, m.start() - 2) : m.start() - 1].isdigit()
                and (word.endswith(" to") or text.startswith(" to ", m.end()))
            )
        ):
            # "2,800 planned operations", "performed as planned", "submitted new plans": an
            # adjective, a manner or a noun, no intention of the claim's
            continue
        if word == "may" and m.group(1)[0] == "M" and re.match(r"\s+\d", text[m.end() :]):
            continue  # the month
        if word == "may" and m.group(1) == "May" and m.start() > 0:
            continue  # "in May"
        if word in ("likely", "unlikely") and _COMPARED.search(
            text, max(0, m.start() - 6), m.start()
        ):
            continue  # "were less likely to develop dementia": a finding, not a hedge
        return _MODALITY_CANON.get(word, word)
    return None


# ---------------------------------------------------------------------------------------------
# Public API


def extract_facts(text: str, published: dt.date | None = None) -> Facts:
    """Normalised facts of `text` (see the module docstring for what each field means).

    Args:
        text: a claim, sentence or passage; any script, any length (linear time).
        published: the date relative dates are resolved against; None leaves them out.

    Returns:
        The `Facts`, with offsets into `text`.
    """
    if not text or not text.strip():
        return Facts()
    words = _word_set(text)
    has_digit = _HAS_DIGIT.search(text) is not None  # once for dates and quantities
    dates = _find_dates(text, published, words, has_digit)
    date_spans = [(d.start, d.end) for d in dates]
    entities = _find_entities(text, words)
    weapon_spans = [(e.start, e.end) for e in entities if e.type == "weapon"]
    quantities = _find_quantities(text, date_spans + weapon_spans, words, has_digit)
    sums = [
        (q.start, q.end)
        for q in quantities
        if q.unit in CURRENCY_CODES
        and (q.text[:1].isalpha() or (q.text[:1] == "$" and q.text[1:2].isalpha()))
    ]
    if entities and sums:
        # "Rs 27,000 crore", "KSh 2.1 billion", "$NZ1.3 billion": the currency's letters make
        # no name ("Rs", "NZ1.3")
        entities = [e for e in entities if not any(a <= e.start and e.end <= b for a, b in sums)]
    code_at = {
        q.start for q in quantities if q.unit and len(q.unit) == 3 and q.text.startswith(q.unit)
    }
    if code_at:
        # "NOK 8.06 billion": the currency's code is the sum's unit, no name ("Revenue of NOK")
        entities = [
            e
            for e in entities
            if not (e.end - 3 in code_at and (len(e.text) == 3 or e.text[:-3].endswith(" of ")))
        ]
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        negated=_negated(text, words),
        modality=_modality(text, words),
    )


def _find_fact(text: str, fact: str) -> int:
    """Where `fact` is in `text`; a fact that opened a sentence may open the claim with a
    capital ("three soldiers" of "Later, three soldiers died" in "Three soldiers died")."""
    at = text.find(fact)
    while at > 0 and (text[at - 1].isalnum() or (fact[:1].isdigit() and text[at - 1] in ".,")):
        # "12 seats" inside "412 seats", "8%" inside "38%": not the fact, a part of another
        at = text.find(fact, at + 1)
    end = at + len(fact)
    while at >= 0 and end < len(text) and fact[-1:].isdigit() and text[end].isdigit():
        at = text.find(fact, at + 1)  # "May 1" inside "May 15"
        end = at + len(fact)
    if at < 0 and fact[:1].islower() and text[:1].isupper():
        capital = fact[0].upper() + fact[1:]
        if text.startswith(capital):
            return 0
    return at


def project_facts(facts: Facts, text: str, extra_entities: Iterable[Entity] = ()) -> Facts:
    """The facts of a larger text that also appear in `text`, with offsets moved into `text`.

    The extractor computes facts once per sentence and projects them onto each claim cut from
    it (same results as `extract_facts(claim)` for the parts the claim copies, much faster);
    negation and modality are found in `text` itself; entities are projected from `facts` and
    from `extra_entities`, the names a claim may use that the sentence only referred to
    ("He" -> "Barack Obama").

    Args:
        facts: facts of the sentence or passage the text came from.
        text: the claim text.
        extra_entities: entities of names substituted into the claim (offsets ignored).

    Returns:
        `Facts` whose offsets are into `text`.
    """
    # A fact found where it already is (a claim opening like its sentence) is kept as is:
    # the frozen dataclasses are slow to build.
    quantities = []
    for q in facts.quantities:
        at = _find_fact(text, q.text)
        if at >= 0:
            end = at + len(q.text)
            same = q.start == at and q.end == end and text.startswith(q.text, at)
            quantities.append(
                q if same else Quantity(q.value, q.unit, text[at:end], at, end, q.approx)
            )
    dates = []
    for d in facts.dates:
        at = _find_fact(text, d.text)
        if at >= 0:
            end = at + len(d.text)
            same = d.start == at and d.end == end and text.startswith(d.text, at)
            dates.append(d if same else DateRef(d.value, text[at:end], at, end))
    entities: list[Entity] = []
    placed: list[tuple[int, int]] = []
    for e in (*facts.entities, *extra_entities):
        at = text.find(e.text)
        if at < 0:
            continue
        size = len(e.text)
        end = at + size
        first = True
        while at >= 0:
            # not inside a name already placed: "Norway" of "..., commonly called Norway" is
            # not the one in "The Kingdom of Norway"; a name said twice is placed once
            for s, t in placed:
                if at < t and s < end:
                    break
            else:
                break
            if first and any(s == at for s, _ in placed):
                at = -1
                break
            first = False
            at = text.find(e.text, at + 1)
            end = at + size
        if at < 0:
            continue
        placed.append((at, end))
        same = e.start == at and e.end == end
        entities.append(e if same else Entity(e.name, e.text, e.type, at, end))
    entities.sort(key=lambda e: e.start)
    # A claim cut from a sentence without negation or modality has none either; a claim's
    # negation is its own, not one of a clause inside it.
    words = _word_set(text) if facts.negated or facts.modality else frozenset()
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        negated=facts.negated and _negated(text, words, own=True),
        modality=_modality(text, words) if facts.modality else None,
    )


def normalise_quantity_tokens(text: str, significant: int = 6) -> list[str]:
    """Search tokens for the quantities in `text`, e.g. "20 miles" -> ["32.1869km"].

    Ordinals, dates and weapon names ("F-16") are left out.

    Args:
        text: any text.
        significant: significant digits kept; 2 makes "20 miles" and "32 km" the same token.

    Returns:
        One token per quantity, in text order.
    """
    dates = [(d.start, d.end) for d in _find_dates(text, None)]
    return [
        quantity_token(q, significant) for q in _find_quantities(text, dates) if q.unit != "ordinal"
    ]


def entity_names(facts: Facts) -> list[str]:
    """The canonical entity names of `facts`, without duplicates, in order."""
    return list(dict.fromkeys(e.name for e in facts.entities))
