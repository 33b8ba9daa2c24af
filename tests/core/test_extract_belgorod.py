"""The Belgorod article: the claims a fact-checker expects, and the sentences that are opinion."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.core.documents import read_document
from claimcheck.core.extract import extract_claims
from claimcheck.core.models import ExtractedClaim, Kind

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "belgorod.txt"


@pytest.fixture(scope="module")
def article():
    return read_document(FIXTURE)


@pytest.fixture(scope="module")
def claims(article) -> list[ExtractedClaim]:
    return extract_claims(article.body, article.published)


def find(claims: list[ExtractedClaim], *patterns: str) -> list[ExtractedClaim]:
    """Claims whose text matches every regex in `patterns` (case-insensitive)."""
    return [c for c in claims if all(re.search(p, c.text, re.IGNORECASE) for p in patterns)]


# Each row: regexes one claim must match, and the claim's kind (None: any kind).
MUST = [
    ((r"^Belgorod is located 32 kilometers from the border",), Kind.QUANTITY),
    (
        (
            r"^Ukraine has conducted strikes on Russian soil",
            r"American-supplied missiles",
            r"first time",
        ),
        Kind.EVENT,
    ),
    ((r"^Ukraine targeted the city of Belgorod",), None),
    ((r"policy shift lifted the ban on the use of American weapons",), None),
    ((r"policy shift allowed Ukraine to counter Russian aggression in the Kharkiv region",), None),
    ((r"John Kirby", r"could be considered", r"contingent upon developments"), Kind.ATTRIBUTION),
    ((r"^Italy has committed to supplying Ukraine with a second SAMP/T",), None),
    ((r"SAMP/T air defense system is capable of intercepting ballistic missiles",), None),
    ((r"^The Netherlands has joined the ranks of NATO countries", r"F-16"), None),
    ((r"^Ukraine has used American-supplied missiles", r"first time", r"Belgorod region"), None),
    ((r"^The US has hinted at potentially expanding",), Kind.ATTRIBUTION),
    ((r"^Italy has pledged additional military support to Ukraine",), None),
    ((r"^The Netherlands has pledged additional military support to Ukraine",), None),
    ((r"^Italy provides a second SAMP/T",), None),
    ((r"^The Netherlands approves the use of F-16 fighter jets",), None),
]

MUST_NOT = [
    r"trajectory remains uncertain",
    r"underscore",
    r"represents a stark change",
    r"potential escalation is balanced",
    r"^Key points",
    r"^This action follows",
]


def test_at_least_fifteen_claims(claims):
    assert len(claims) >= 15


@pytest.mark.parametrize(("patterns", "kind"), MUST, ids=[m[0][0][:40] for m in MUST])
def test_expected_claim_comes_out(claims, patterns, kind):
    found = find(claims, *patterns)
    assert found, f"no claim matches {patterns}; got {[c.text for c in claims]}"
    if kind is not None:
        assert found[0].kind is kind


@pytest.mark.parametrize("pattern", MUST_NOT)
def test_opinion_and_vague_sentences_yield_nothing(claims, pattern):
    assert not find(claims, pattern)


def test_distance_claim_carries_the_normalised_quantity(claims):
    (claim,) = find(claims, r"32 kilometers")
    (quantity,) = [q for q in claim.facts.quantities if q.unit == "km"]
    assert quantity.value == 32.0
    assert claim.text[quantity.start : quantity.end] == "32 kilometers"


def test_kirby_claim_keeps_speaker_and_hedge(claims):
    (claim,) = find(claims, r"John Kirby")
    assert claim.speaker == "John Kirby"
    assert claim.facts.modality == "could"
    assert not claim.facts.negated


def test_hinted_claim_keeps_its_modality(claims):
    (claim,) = find(claims, r"hinted")
    assert claim.facts.modality == "hinted"
    assert claim.speaker == "United States"


def test_weapons_and_countries_are_named(claims):
    names = {e.name for c in claims for e in c.facts.entities}
    assert {
        "SAMP/T",
        "F-16",
        "Italy",
        "Netherlands",
        "Ukraine",
        "United States",
        "John Kirby",
        "Belgorod",
    } <= names


def test_spans_point_at_the_source_sentence(article, claims):
    body = article.body
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(body)
        span = body[claim.start : claim.end]
        assert span == span.strip()
    (distance,) = find(claims, r"32 kilometers")
    assert "32 kilometers from the border" in body[distance.start : distance.end]
    (pledge_italy,) = find(claims, r"^Italy has pledged")
    assert body[pledge_italy.start : pledge_italy.end].startswith("Italy and the Netherlands")
    (kirby,) = find(claims, r"John Kirby")
    assert body[kirby.start : kirby.end].startswith("The US National Security Council")


def test_claims_are_in_reading_order(claims):
    starts = [c.start for c in claims]
    assert starts == sorted(starts)
