"""Stance and suggestion: a table of claim/passage pairs, one row per phenomenon.

Facts are built by hand here (offsets left at 0: the judge finds the words in the text), so these
tests pin the comparison logic independently of the extractor.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import pytest

from claimcheck.core.documents import read_document
from claimcheck.core.models import DateRef, Entity, Facts, Judgement, Quantity, Stance, Status
from claimcheck.core.passages import split_passages
from claimcheck.core.stance import judge_stance, suggest_status
from claimcheck.core.store import sha256_text as passage_sha256


def km(text: str, value: float, approx: bool = False) -> Quantity:
    return Quantity(value=value, unit="km", text=text, approx=approx)


def usd(text: str, value: float) -> Quantity:
    return Quantity(value=value, unit="USD", text=text)


def place(name: str, text: str | None = None) -> Entity:
    return Entity(name=name, text=text or name, type="place")


def person(name: str, text: str | None = None) -> Entity:
    return Entity(name=name, text=text or name, type="person")


def weapon(name: str) -> Entity:
    return Entity(name=name, text=name, type="weapon")


def day(value: str, text: str) -> DateRef:
    return DateRef(value=value, text=text)


BELGOROD = "Ukraine struck the city of Belgorod, located 32 kilometers from the border."
BELGOROD_FACTS = Facts(
    quantities=(km("32 kilometers", 32),), entities=(place("Ukraine"), place("Belgorod"))
)
SAMPT = "Italy has committed to supplying Ukraine with a second SAMP/T air defense system."
SAMPT_FACTS = Facts(entities=(place("Italy"), place("Ukraine"), weapon("SAMP/T")))
F16 = (
    "The Netherlands has joined the NATO countries allowing Ukraine to use their F-16 "
    "fighter jets to attack Russian military targets."
)
F16_FACTS = Facts(
    entities=(
        place("Netherlands", "Netherlands"),
        Entity("NATO", "NATO", "org"),
        place("Ukraine"),
        weapon("F-16"),
    )
)
KIRBY_HEDGED = (
    "John Kirby said further expansion of Ukraine's permission to strike Russian "
    "targets with American weapons could be considered."
)
KIRBY_HEDGED_FACTS = Facts(entities=(person("John Kirby"), place("Ukraine")), modality="could")
KIRBY_RULED_OUT = (
    "John Kirby ruled out further expansion of Ukraine's permission to strike "
    "Russian targets with American weapons."
)
KIRBY_RULED_OUT_FACTS = Facts(entities=(person("John Kirby"), place("Ukraine")), negated=True)

# (id, claim, claim facts, passage, passage facts, expected stance, strong, words in the reason)
CASES = [
    (
        "distance-differs",
        BELGOROD,
        BELGOROD_FACTS,
        "Ukrainian forces struck the city of Belgorod, which lies 40 km from the border.",
        Facts(quantities=(km("40 km", 40),), entities=(place("Belgorod"),)),
        Stance.CONTRADICTS,
        True,
        "source says 40 km, claim says 32 km",
    ),
    (
        "rounded-source-does-not-contradict",
        BELGOROD,
        BELGOROD_FACTS,
        "Ukraine struck the city of Belgorod, about 30 km from the border.",
        Facts(
            quantities=(km("about 30 km", 30, approx=True),),
            entities=(place("Ukraine"), place("Belgorod")),
        ),
        Stance.RELATED,
        False,
        "about 30 km",
    ),
    (
        "rounded-claim-is-supported",
        "Ukraine struck the city of Belgorod, about 30 kilometers from the border.",
        Facts(
            quantities=(km("about 30 kilometers", 30, approx=True),),
            entities=(place("Ukraine"), place("Belgorod")),
        ),
        "Ukraine struck the city of Belgorod, 32 km from the border.",
        Facts(quantities=(km("32 km", 32),), entities=(place("Ukraine"), place("Belgorod"))),
        Stance.SUPPORTS,
        False,
        "30 km",
    ),
    (
        "miles-match-kilometres",
        BELGOROD,
        BELGOROD_FACTS,
        "Ukraine struck the city of Belgorod, located 20 miles from the border.",
        Facts(quantities=(km("20 miles", 32.19),), entities=(place("Ukraine"), place("Belgorod"))),
        Stance.SUPPORTS,
        False,
        "32 km",
    ),
    (
        "kilometres-match-miles",
        "Ukraine struck the city of Belgorod, located 20 miles from the border.",
        Facts(quantities=(km("20 miles", 32.19),), entities=(place("Ukraine"), place("Belgorod"))),
        "Ukraine struck the city of Belgorod, located 32 kilometres from the border.",
        Facts(
            quantities=(km("32 kilometres", 32),), entities=(place("Ukraine"), place("Belgorod"))
        ),
        Stance.SUPPORTS,
        False,
        "20 miles",
    ),
    (
        "exact-figure-differs-slightly",
        BELGOROD,
        BELGOROD_FACTS,
        "Ukraine struck the city of Belgorod, located 35 kilometers from the border.",
        Facts(
            quantities=(km("35 kilometers", 35),), entities=(place("Ukraine"), place("Belgorod"))
        ),
        Stance.CONTRADICTS,
        True,
        "source says 35 km, claim says 32 km",
    ),
    (
        "billion-matches-million",
        "The United States approved a $1.2 billion aid package for Ukraine.",
        Facts(
            quantities=(usd("$1.2 billion", 1.2e9),),
            entities=(place("United States"), place("Ukraine")),
        ),
        "The United States approved an aid package for Ukraine worth $1,200 million.",
        Facts(
            quantities=(usd("$1,200 million", 1.2e9),),
            entities=(place("United States"), place("Ukraine")),
        ),
        Stance.SUPPORTS,
        False,
        "same",
    ),
    (
        "money-differs",
        "The United States approved a $1.2 billion aid package for Ukraine.",
        Facts(
            quantities=(usd("$1.2 billion", 1.2e9),),
            entities=(place("United States"), place("Ukraine")),
        ),
        "The United States approved a $2.3 billion aid package for Ukraine.",
        Facts(
            quantities=(usd("$2.3 billion", 2.3e9),),
            entities=(place("United States"), place("Ukraine")),
        ),
        Stance.CONTRADICTS,
        True,
        "source says $2.3 billion, claim says $1.2 billion",
    ),
    (
        "ordinal-differs",
        SAMPT,
        SAMPT_FACTS,
        "Italy has committed to supplying Ukraine with a third SAMP/T air defense system.",
        SAMPT_FACTS,
        Stance.CONTRADICTS,
        True,
        "source says third, claim says second",
    ),
    (
        "country-differs",
        F16,
        F16_FACTS,
        "Denmark has joined the NATO countries allowing Ukraine to use their F-16 fighter jets "
        "to attack Russian military targets.",
        Facts(
            entities=(
                place("Denmark"),
                Entity("NATO", "NATO", "org"),
                place("Ukraine"),
                weapon("F-16"),
            )
        ),
        Stance.CONTRADICTS,
        True,
        "source names Denmark, claim names the Netherlands",
    ),
    (
        "hedged-claim-against-done",
        "Expansion of Ukraine's permission to strike Russian targets with American weapons "
        "could be considered.",
        Facts(entities=(place("Ukraine"),), modality="could"),
        "Expansion of Ukraine's permission to strike Russian targets with American weapons "
        "has been approved.",
        Facts(entities=(place("Ukraine"),)),
        Stance.RELATED,
        False,
        "claim is hedged (could), source states it as done",
    ),
    (
        "ruled-out-against-could-be-considered",
        KIRBY_RULED_OUT,
        KIRBY_RULED_OUT_FACTS,
        KIRBY_HEDGED,
        KIRBY_HEDGED_FACTS,
        Stance.CONTRADICTS,
        True,
        "claim denies it",
    ),
    (
        "could-be-considered-against-ruled-out",
        KIRBY_HEDGED,
        KIRBY_HEDGED_FACTS,
        KIRBY_RULED_OUT,
        KIRBY_RULED_OUT_FACTS,
        Stance.CONTRADICTS,
        True,
        "source denies it (ruled out)",
    ),
    (
        "date-differs",
        "Ukraine first struck Russian soil with American missiles on 2024-05-30.",
        Facts(dates=(day("2024-05-30", "2024-05-30"),), entities=(place("Ukraine"),)),
        "Ukraine first struck Russian soil with American missiles on May 30, 2023.",
        Facts(dates=(day("2023-05-30", "May 30, 2023"),), entities=(place("Ukraine"),)),
        Stance.CONTRADICTS,
        True,
        "source says 2023-05-30, claim says 2024-05-30",
    ),
    (
        "date-at-coarser-precision-agrees",
        "Ukraine first struck Russian soil with American missiles in May 2024.",
        Facts(dates=(day("2024-05", "May 2024"),), entities=(place("Ukraine"),)),
        "Ukraine first struck Russian soil with American missiles on May 30, 2024.",
        Facts(dates=(day("2024-05-30", "May 30, 2024"),), entities=(place("Ukraine"),)),
        Stance.SUPPORTS,
        False,
        "2024-05",
    ),
    (
        "source-denies-it",
        "Ukraine struck Belgorod with American-supplied missiles.",
        Facts(entities=(place("Ukraine"), place("Belgorod"))),
        "Ukraine did not strike Belgorod with American-supplied missiles, officials said.",
        Facts(entities=(place("Ukraine"), place("Belgorod")), negated=True),
        Stance.CONTRADICTS,
        True,
        "source denies it",
    ),
    (
        "negation-in-another-clause-is-ignored",
        "Ukraine struck Belgorod with American-supplied missiles.",
        Facts(entities=(place("Ukraine"), place("Belgorod"))),
        "Ukraine struck Belgorod with American-supplied missiles; the Pentagon would not say how "
        "many were fired.",
        Facts(
            entities=(place("Ukraine"), place("Belgorod"), Entity("Pentagon", "Pentagon", "org"))
        ),
        Stance.SUPPORTS,
        False,
        "Belgorod",
    ),
    (
        "hedged-source-against-plain-claim",
        "Italy will supply Ukraine with a second SAMP/T air defense system.",
        SAMPT_FACTS,
        "Italy may supply Ukraine with a second SAMP/T air defense system, officials said.",
        SAMPT_FACTS,
        Stance.RELATED,
        False,
        "hedged",
    ),
    (
        "plain-claim-against-hedged-source",
        "Italy supplied Ukraine with a second SAMP/T air defense system.",
        SAMPT_FACTS,
        "Italy could supply Ukraine with a second SAMP/T air defense system, officials said.",
        SAMPT_FACTS,
        Stance.RELATED,
        False,
        "source is hedged (could)",
    ),
    (
        "paraphrase-supports",
        SAMPT,
        SAMPT_FACTS,
        "Italy committed to supply a second SAMP/T air defence system to Ukraine, Rome said.",
        Facts(entities=(place("Italy"), place("Ukraine"), weapon("SAMP/T"), place("Rome"))),
        Stance.SUPPORTS,
        False,
        "SAMP/T",
    ),
    (
        "distractor-with-shared-names-is-related",
        SAMPT,
        SAMPT_FACTS,
        "Italy and Ukraine signed a grain export agreement in Rome.",
        Facts(entities=(place("Italy"), place("Ukraine"), place("Rome"))),
        Stance.RELATED,
        False,
        "SAMP/T",
    ),
    (
        "missing-system-is-not-support",
        SAMPT,
        SAMPT_FACTS,
        "Italy has committed to supplying Ukraine with a second air defense system.",
        Facts(entities=(place("Italy"), place("Ukraine"))),
        Stance.RELATED,
        False,
        "SAMP/T",
    ),
    (
        "first-time-missing-is-not-support",
        "Ukraine used American-supplied missiles on Russian soil for the first time.",
        Facts(entities=(place("Ukraine"),)),
        "Ukraine used American-supplied missiles on Russian soil again.",
        Facts(entities=(place("Ukraine"),)),
        Stance.RELATED,
        False,
        "first",
    ),
    (
        "alias-folded-entity-supports",
        "The US lifted the ban on American weapons against Russian targets.",
        Facts(entities=(place("United States", "US"),)),
        "The United States lifted the ban on American weapons against Russian targets.",
        Facts(entities=(place("United States", "United States"),)),
        Stance.SUPPORTS,
        False,
        "United States",
    ),
    (
        "antonym-contradicts",
        "Ukraine's use of American weapons increases the risk of escalation.",
        Facts(entities=(place("Ukraine"),)),
        "Ukraine's use of American weapons decreases the risk of escalation, analysts said.",
        Facts(entities=(place("Ukraine"),)),
        Stance.CONTRADICTS,
        True,
        "source says decreases, claim says increases",
    ),
    (
        "unrelated-passage",
        SAMPT,
        SAMPT_FACTS,
        "Heavy rain flooded parts of Kharkiv on Tuesday.",
        Facts(entities=(place("Kharkiv"),)),
        Stance.RELATED,
        False,
        "does not mention",
    ),
    (
        "no-facts-at-all-digits-still-count",
        "The brigade fired 12 missiles at the depot.",
        Facts(),
        "The brigade fired 15 missiles at the depot.",
        Facts(),
        Stance.RELATED,
        False,
        "12",
    ),
]


def usd_q(text: str, value: float) -> Quantity:
    return Quantity(value=value, unit="USD", text=text)


# Harder cases: roles, slots, enumerations, bounds, partial dates, questions, comparisons.
CASES += [
    (
        "other-name-in-the-claimed-role",
        "Colombiana was produced by Olivier Megaton.",
        Facts(entities=(person("Olivier Megaton"),)),
        "Colombiana is a 2011 French action film produced by Luc Besson and directed by "
        "Olivier Megaton.",
        Facts(entities=(person("Luc Besson"), person("Olivier Megaton"))),
        Stance.CONTRADICTS,
        True,
        "source names Luc Besson, claim names Olivier Megaton",
    ),
    (
        "matching-date-in-another-slot-does-not-confirm",
        "Sidse Babett Knudsen was born on 22 November 1968.",
        Facts(
            dates=(day("1968-11-22", "22 November 1968"),),
            entities=(person("Sidse Babett Knudsen"),),
        ),
        "Sidse Babett Knudsen was born on 22 November 1948 and graduated on 22 November 1968.",
        Facts(
            dates=(day("1948-11-22", "22 November 1948"), day("1968-11-22", "22 November 1968")),
            entities=(person("Sidse Babett Knudsen"),),
        ),
        Stance.CONTRADICTS,
        True,
        "source says 1948-11-22, claim says 1968-11-22",
    ),
    (
        "date-inside-an-enumeration",
        "The Wizards won the division title in 2017.",
        Facts(dates=(day("2017", "2017"),), entities=(Entity("Wizards", "Wizards", "org"),)),
        "The Wizards won seven division titles (1971, 1972, 1973, 1974, 1975, 1979, 2017).",
        Facts(
            dates=tuple(day(y, y) for y in "1971 1972 1973 1974 1975 1979 2017".split()),
            entities=(Entity("Wizards", "Wizards", "org"),),
        ),
        Stance.SUPPORTS,
        False,
        "2017",
    ),
    (
        "second-largest-is-not-largest",
        "Saturn is the largest planet in the Solar System.",
        Facts(entities=(place("Saturn"), place("Solar System"))),
        "Saturn is the second-largest planet in the Solar System.",
        Facts(entities=(place("Saturn"), place("Solar System"))),
        Stance.RELATED,
        False,
        "largest",
    ),
    (
        "a-question-states-nothing",
        "Copper is more reactive than iron.",
        Facts(),
        "Is copper more reactive than iron?",
        Facts(),
        Stance.RELATED,
        False,
        "asks",
    ),
    (
        "comparison-the-other-way-round",
        "Copper is more reactive than iron.",
        Facts(),
        "Iron is more reactive than copper.",
        Facts(),
        Stance.CONTRADICTS,
        True,
        "other way round",
    ),
    (
        "lower-bound-met",
        "Poseidon grossed more than $1 million at the worldwide box office.",
        Facts(quantities=(usd_q("$1 million", 1e6),)),
        "Poseidon grossed $181 million at the worldwide box office.",
        Facts(quantities=(usd_q("$181 million", 1.81e8),)),
        Stance.SUPPORTS,
        False,
        "more than",
    ),
    (
        "lower-bound-missed",
        "Poseidon grossed more than $1 million at the worldwide box office.",
        Facts(quantities=(usd_q("$1 million", 1e6),)),
        "Poseidon grossed $181,674 at the worldwide box office.",
        Facts(quantities=(usd_q("$181,674", 181674.0),)),
        Stance.CONTRADICTS,
        True,
        "claim says more than $1 million",
    ),
    (
        "negative-word-in-another-clause-is-no-denial",
        "Hydrogen atoms in water molecules carry a positive charge.",
        Facts(),
        "There is no overall charge on a water molecule, but each hydrogen atom in it carries "
        "a slight positive charge.",
        Facts(),
        Stance.SUPPORTS,
        False,
        "same",
    ),
    (
        "denial-against-another-value-is-no-contradiction",
        "Halsey did not sign her first recording contract in 2014.",
        Facts(dates=(day("2014", "2014"),), entities=(person("Halsey"),)),
        "In 2018, Halsey signed her first recording contract.",
        Facts(dates=(day("2018", "2018"),), entities=(person("Halsey"),)),
        Stance.RELATED,
        False,
        "claim denies it",
    ),
    (
        "decade-covers-the-year",
        "Anne Rice was born in the 1940s.",
        Facts(dates=(day("1940", "1940s"),), entities=(person("Anne Rice"),)),
        "Anne Rice was born on October 4, 1941.",
        Facts(dates=(day("1941-10-04", "October 4, 1941"),), entities=(person("Anne Rice"),)),
        Stance.SUPPORTS,
        False,
        "194",
    ),
    (
        "day-without-year-agrees",
        "The series Marco Polo was cancelled on December 12.",
        Facts(dates=(day("--12-12", "December 12"),)),
        "The series Marco Polo was cancelled on December 12, 2016.",
        Facts(dates=(day("2016-12-12", "December 12, 2016"),)),
        Stance.SUPPORTS,
        False,
        "--12-12",
    ),
    (
        "since-date-is-not-the-event-date",
        "Russia has sent bears into space since 1983.",
        Facts(dates=(day("1983", "1983"),), entities=(place("Russia"),)),
        "Russia sent bears into space on March 21, 2014.",
        Facts(dates=(day("2014-03-21", "March 21, 2014"),), entities=(place("Russia"),)),
        Stance.RELATED,
        False,
        "1983",
    ),
    (
        "surname-names-the-person",
        "John Kirby said further expansion could be considered.",
        Facts(entities=(person("John Kirby"),), modality="could"),
        "Kirby said further expansion could be considered.",
        Facts(entities=(person("Kirby"),), modality="could"),
        Stance.SUPPORTS,
        False,
        "John Kirby",
    ),
    (
        "same-surname-other-person",
        "Tracey Edmonds produced Soul Food.",
        Facts(entities=(person("Tracey Edmonds"),)),
        "Soul Food was produced by Kenneth Edmonds.",
        Facts(entities=(person("Kenneth Edmonds"),)),
        Stance.RELATED,
        False,
        "Tracey Edmonds",
    ),
]


CASES += [
    (
        "lone-rival-name-of-the-same-kind",
        "Italy will supply Ukraine with a second SAMP/T system.",
        SAMPT_FACTS,
        "Italy will supply Ukraine with a second air defence system, an IRIS-T battery.",
        Facts(entities=(place("Italy"), place("Ukraine"), weapon("IRIS-T"))),
        Stance.CONTRADICTS,
        True,
        "source names IRIS-T, claim names SAMP/T",
    ),
    (
        "earlier-first-does-not-contradict-a-second",
        "Italy will supply Ukraine with a second SAMP/T system.",
        SAMPT_FACTS,
        "The first SAMP/T battery, supplied jointly with France, has been in service in Ukraine "
        "since 2023.",
        Facts(entities=(weapon("SAMP/T"), place("France"), place("Ukraine"))),
        Stance.RELATED,
        False,
        "",
    ),
    (
        "denial-of-something-else-in-the-sentence",
        "John Kirby is the spokesperson of the US National Security Council.",
        Facts(entities=(person("John Kirby"), Entity("US National Security Council",
                                                     "US National Security Council", "org"))),
        "National Security Council spokesperson John Kirby on Friday ruled out any expansion of "
        "Ukraine's permission to strike Russian targets.",
        Facts(entities=(Entity("National Security Council", "National Security Council", "org"),
                        person("John Kirby"), place("Ukraine"), place("Russia", "Russian"))),
        Stance.SUPPORTS,
        False,
        "John Kirby",
    ),
    (
        "does-not-object-is-no-denial",
        "The Netherlands lets Ukraine use F-16 jets against military targets in Russia.",
        Facts(entities=(place("Netherlands"), place("Ukraine"), weapon("F-16"), place("Russia"))),
        "The Netherlands does not object to Ukraine using F-16 jets against military targets in "
        "Russia.",
        Facts(entities=(place("Netherlands"), place("Ukraine"), weapon("F-16"), place("Russia"))),
        Stance.RELATED,
        False,
        "lets",
    ),
    (
        "supplier-inside-a-compound",
        "Ukraine struck Russian soil with American-supplied missiles for the first time.",
        Facts(entities=(place("Ukraine"), place("Russia", "Russian"),
                        place("United States", "American"))),
        "Ukraine has struck Russian soil with British-supplied missiles for the first time.",
        Facts(entities=(place("Ukraine"), place("Russia", "Russian"),
                        place("United Kingdom", "British"))),
        Stance.CONTRADICTS,
        True,
        "source names United Kingdom, claim names United States",
    ),
    (
        "distance-to-somewhere-else",
        "Belgorod is 32 km from the Ukrainian border.",
        Facts(quantities=(km("32 km", 32),), entities=(place("Belgorod"),)),
        "Belgorod lies about 580 kilometres south of Moscow.",
        Facts(quantities=(km("about 580 kilometres", 580, approx=True),),
              entities=(place("Belgorod"), place("Moscow"))),
        Stance.RELATED,
        False,
        "",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "claim_facts", "passage", "passage_facts", "stance", "strong", "reason"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_judge_stance_table(
    claim: str,
    claim_facts: Facts,
    passage: str,
    passage_facts: Facts,
    stance: Stance,
    strong: bool,
    reason: str,
) -> None:
    judgement = judge_stance(claim, claim_facts, passage, passage_facts, 80.0)
    assert judgement.stance is stance, judgement
    assert judgement.strong is strong, judgement
    assert reason in judgement.reason, judgement


BELGOROD_PAIRS = [
    (
        "Belgorod is located 32 kilometers from the border.",
        "Belgorod is located 40 kilometers from the border.",
        Stance.CONTRADICTS,
    ),
    (
        "Belgorod is located 32 kilometers from the border.",
        "Belgorod is located about 30 km from the border.",
        Stance.RELATED,
    ),
    (
        "Belgorod is located 32 kilometers from the border.",
        "Belgorod is located 20 miles from the border.",
        Stance.SUPPORTS,
    ),
    (
        "Italy will supply Ukraine with a second SAMP/T air defense system.",
        "Italy will supply Ukraine with a third SAMP/T air defense system.",
        Stance.CONTRADICTS,
    ),
    (
        "The Netherlands has allowed Ukraine to use its F-16 fighter jets against Russian targets.",
        "Denmark has allowed Ukraine to use its F-16 fighter jets against Russian targets.",
        Stance.CONTRADICTS,
    ),
    (
        "Further expansion of Ukraine's permission could be considered, John Kirby said.",
        "Further expansion of Ukraine's permission has been approved, John Kirby said.",
        Stance.RELATED,
    ),
    (
        "John Kirby ruled out further expansion of Ukraine's permission to strike Russia.",
        "John Kirby said further expansion of Ukraine's permission to strike Russia could be "
        "considered.",
        Stance.CONTRADICTS,
    ),
]


@pytest.mark.parametrize(("claim", "passage", "stance"), BELGOROD_PAIRS)
def test_belgorod_pairs_with_extracted_facts(claim: str, passage: str, stance: Stance) -> None:
    facts = pytest.importorskip("claimcheck.core.facts")
    judgement = judge_stance(
        claim, facts.extract_facts(claim), passage, facts.extract_facts(passage), 90.0
    )
    assert judgement.stance is stance, judgement


def test_identical_text_supports_and_never_contradicts() -> None:
    judgement = judge_stance(BELGOROD, BELGOROD_FACTS, BELGOROD, BELGOROD_FACTS, 100.0)
    assert judgement.stance is Stance.SUPPORTS


@pytest.mark.parametrize(
    "passage",
    [
        "Ukraine struck the city of Belgorod, located 40 kilometers from the border.",
        "Ukraine did not strike the city of Belgorod, located 32 kilometers from the border.",
        "Russia struck the city of Belgorod, located 32 kilometers from the border, officials said.",
        "Ukraine could strike the city of Belgorod, located 32 kilometers from the border.",
    ],
)
def test_one_word_away_is_never_supports(passage: str) -> None:
    facts = Facts(
        quantities=tuple(
            km(t, v) for t, v in (("32 kilometers", 32), ("40 kilometers", 40)) if t in passage
        ),
        entities=tuple(place(n) for n in ("Ukraine", "Russia", "Belgorod") if n in passage),
    )
    judgement = judge_stance(BELGOROD, BELGOROD_FACTS, passage, facts, 95.0)
    assert judgement.stance is not Stance.SUPPORTS, judgement


def supports(reason: str = "source states the same") -> Judgement:
    return Judgement(Stance.SUPPORTS, reason)


def contradicts(reason: str, strong: bool = True) -> Judgement:
    return Judgement(Stance.CONTRADICTS, reason, strong=strong)


def related(reason: str, *missing: str) -> Judgement:
    return Judgement(Stance.RELATED, reason, missing=missing)


def test_suggest_verified_with_support_and_no_contradiction() -> None:
    suggestion = suggest_status(
        BELGOROD,
        [
            (supports("source states the same (32 km)"), 90.0),
            (related("source does not mention Belgorod", "Belgorod"), 40.0),
        ],
    )
    assert suggestion.status is Status.VERIFIED
    assert "32 km" in suggestion.reason


def test_suggest_disputed_when_a_source_contradicts_the_same_fact() -> None:
    suggestion = suggest_status(
        BELGOROD, [(supports(), 90.0), (contradicts("source says 40 km, claim says 32 km"), 85.0)]
    )
    assert suggestion.status is Status.DISPUTED
    assert "source says 40 km, claim says 32 km" in suggestion.reason


def test_suggest_disputed_with_only_a_contradiction() -> None:
    suggestion = suggest_status(
        F16, [(contradicts("source names Denmark, claim names the Netherlands"), 70.0)]
    )
    assert suggestion == suggestion.__class__(
        Status.DISPUTED, "source names Denmark, claim names the Netherlands"
    )


def test_suggest_unsourced_without_evidence_names_rarest_term() -> None:
    suggestion = suggest_status(SAMPT, [])
    assert suggestion.status is Status.UNSOURCED
    assert suggestion.reason == "no stored source mentions SAMP/T"


def test_suggest_unsourced_names_term_absent_from_every_passage() -> None:
    suggestion = suggest_status(
        SAMPT,
        [
            (related("source does not mention SAMP/T, Italy", "SAMP/T", "Italy"), 60.0),
            (related("source does not mention SAMP/T", "SAMP/T"), 50.0),
        ],
    )
    assert suggestion.status is Status.UNSOURCED
    assert suggestion.reason == "no stored source mentions SAMP/T"


def test_suggest_unsourced_does_not_claim_a_plain_word_is_missing_everywhere() -> None:
    suggestion = suggest_status(
        "Ukraine has conducted strikes on Russian soil.",
        [(related("source does not mention conducted", "conducted"), 60.0)],
    )
    assert suggestion.status is Status.UNSOURCED
    assert suggestion.reason == "no source confirms it: source does not mention conducted"


def test_suggest_unsourced_explains_a_close_but_hedged_source() -> None:
    suggestion = suggest_status(
        KIRBY_HEDGED, [(related("claim is hedged (could), source states it as done"), 80.0)]
    )
    assert suggestion.status is Status.UNSOURCED
    assert "claim is hedged (could)" in suggestion.reason


def test_end_to_end_belgorod_distance_is_disputed_not_verified() -> None:
    passages = [
        (
            "Belgorod lies 40 kilometres from the Ukrainian border.",
            Facts(quantities=(km("40 kilometres", 40),), entities=(place("Belgorod"),)),
        ),
        (
            "Ukraine struck Belgorod with American-supplied missiles.",
            Facts(entities=(place("Ukraine"), place("Belgorod"))),
        ),
    ]
    judged = [
        (judge_stance(BELGOROD, BELGOROD_FACTS, text, facts, 70.0), 70.0)
        for text, facts in passages
    ]
    suggestion = suggest_status(BELGOROD, judged)
    assert suggestion.status is Status.DISPUTED
    assert suggestion.reason == "source says 40 km, claim says 32 km"


def test_passage_sha256_hashes_utf8_text_as_stored() -> None:
    text = "Belgorod, 32 km from the border — “Kirby”"
    assert passage_sha256(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert passage_sha256(text) != passage_sha256(text + " ")


# The bundled Belgorod fixtures: every claim against every passage of every invented source.
# `fixtures/queries/expected.jsonl` lists which sources support and which contradict each claim;
# the others (distractors sharing names and figures) must be neither.
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
KNOWN_MISSED_CONTRADICTIONS = {
    # "applies only to the area near Sumy, not Kharkiv": the exclusion is not read as a slot.
    ("The US policy change allows Ukraine to strike Russian targets near Kharkiv",
     "us-policy-sumy-only.txt"),
}  # fmt: skip


@functools.cache
def _fixture_stances() -> list[tuple[str, str, str, Stance]]:
    facts = pytest.importorskip("claimcheck.core.facts")
    passages = {}
    for path in sorted((FIXTURES / "sources").glob("*.txt")):
        doc = read_document(path)
        passages[path.name] = [
            (p.text, facts.extract_facts(p.text, doc.published)) for p in split_passages(doc.body)
        ]
    out = []
    for line in (FIXTURES / "queries" / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        claim = row["claim"]
        claim_facts = facts.extract_facts(claim)
        for name, items in passages.items():
            stances = {judge_stance(claim, claim_facts, t, f, 50.0).stance for t, f in items}
            got = next(
                (s for s in (Stance.CONTRADICTS, Stance.SUPPORTS) if s in stances), Stance.RELATED
            )
            gold = (
                "supports" if name in row["supports"]
                else "contradicts" if name in row["contradicts"] else "related"
            )  # fmt: skip
            out.append((claim, name, gold, got))
    return out


def test_fixture_sources_never_support_a_claim_they_do_not_state() -> None:
    wrong = [
        (c, n, g)
        for c, n, g, got in _fixture_stances()
        if got is Stance.SUPPORTS and g != "supports"
    ]
    assert wrong == []


def test_fixture_contradicting_sources_are_caught_and_distractors_are_not() -> None:
    results = _fixture_stances()
    missed = {
        (c, n) for c, n, g, got in results if g == "contradicts" and got is not Stance.CONTRADICTS
    }
    invented = [
        (c, n) for c, n, g, got in results if g != "contradicts" and got is Stance.CONTRADICTS
    ]
    assert missed == KNOWN_MISSED_CONTRADICTIONS
    assert invented == []


@pytest.mark.parametrize(
    "claim",
    [
        "",
        "   ",
        "42",
        "Белгород находится в 32 км от границы.",
        "\x00\x07 control \u200b characters",
        "x" * 10_000,
        "Belgorod, 32 km from the border, said Italy. " * 250,
    ],
    ids=["empty", "blank", "number", "cyrillic", "control", "one-long-word", "10k-claim"],
)
def test_bad_claims_get_a_judgement_and_a_short_reason(claim: str) -> None:
    facts = Facts(quantities=(km("32 km", 32),)) if "32 km" in claim else Facts()
    for passage in ("", "Belgorod is 32 km from the border.", claim):
        judgement = judge_stance(claim, facts, passage, facts, 50.0)
        assert judgement.stance in set(Stance)
        assert len(judgement.reason) < 300
    suggestion = suggest_status(claim, [])
    assert suggestion.status is Status.UNSOURCED
    assert len(suggestion.reason) < 100
