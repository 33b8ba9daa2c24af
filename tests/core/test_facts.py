"""Normalised facts: quantities, dates, entities, negation, modality, helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.core.facts import (
    canonical_entity,
    extract_facts,
    find_entities,
    is_european_notation,
    normalise_quantity_tokens,
    project_facts,
    same_quantity,
    words_to_number,
)

PUBLISHED = dt.date(2024, 6, 2)  # a Sunday


def quantities(text: str) -> list[tuple[float, str | None, bool]]:
    return [(q.value, q.unit, q.approx) for q in extract_facts(text).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("located 32 kilometers from the border", [(32.0, "km", False)]),
        ("located thirty-two kilometres away", [(32.0, "km", False)]),
        ("a dozen drones were shot down", [(12.0, "drone", False)]),
        ("about 20 miles from Kharkiv", [(32.1869, "km", True)]),
        ("a $1.2 billion aid package", [(1.2e9, "USD", False)]),
        ("inflation rose 3.5%", [(3.5, "%", False)]),
        ("nearly 40 percent of voters", [(40.0, "%", True)]),
        ("more than 1,000 troops", [(1000.0, "troop", True)]),
        ("€5m for repairs", [(5e6, "EUR", False)]),
        ("two hundred and five people", [(205.0, "people", False)]),
        ("1.5 million people fled", [(1.5e6, "people", False)]),
        ("a 500 kg bomb", [(500.0, "kg", False)]),
        ("Italy will send a second SAMP/T", [(2.0, "ordinal", False)]),
        ("the 45th President", [(45.0, "ordinal", False)]),
        ("24 F-16 fighter jets", [(24.0, "F-16", False)]),
        ("at least 12 HIMARS launchers", [(12.0, "HIMARS", True)]),
    ],
)
def test_quantities_are_normalised(text, expected):
    assert quantities(text) == expected


def test_quantity_offsets_point_into_the_text():
    text = "Belgorod lies about 32 kilometers from the border."
    (q,) = extract_facts(text).quantities
    assert text[q.start : q.end] == q.text == "32 kilometers"


def test_numbers_in_dates_and_weapon_names_are_not_quantities():
    facts = extract_facts("On May 30, 2024 the Netherlands cleared F-16 jets and S-400 hits.")
    assert facts.quantities == ()
    assert [d.value for d in facts.dates] == ["2024-05-30"]


def test_european_decimal_comma_only_with_european_notation():
    assert is_european_notation("Die Quote lag bei 12,5 Prozent.")
    assert quantities("Die Quote lag bei 12,5 Prozent.") == [(12.5, "%", False)]
    assert quantities("Es kostete 1.234,5 Euro.") == [(1234.5, "EUR", False)]
    assert not is_european_notation("About 12,500 people and 3,400,000 dollars.")
    assert quantities("About 12,500 people.") == [(12500.0, "people", True)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("thirty-two", 32),
        ("two hundred and five", 205),
        ("a million", 1e6),
        ("one thousand two hundred", 1200),
        ("seventeen", 17),
        ("banana", None),
    ],
)
def test_words_to_number(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("born on October 16, 1898", ["1898-10-16"]),
        ("released on 30 May 2024", ["2024-05-30"]),
        ("filed 2024-05-30", ["2024-05-30"]),
        ("between June and October 2012", ["2012-10"]),
        ("He served from 1939 until 1975.", ["1939", "1975"]),
        ("Hillary Clinton (2017-2021)", ["2017", "2021"]),
        ("It struck on Thursday", ["2024-05-30"]),
        ("Talks resume next Tuesday", ["2024-06-04"]),
        ("The ban was lifted last week", ["2024-W21"]),
        ("yesterday's strike", ["2024-06-01"]),
        ("Italy pledged the system in May", ["2024-05"]),
        ("It happened last year", ["2023"]),
        ("On May 30 the US agreed", ["2024-05-30"]),
    ],
)
def test_dates_absolute_and_relative_to_published(text, values):
    assert [d.value for d in extract_facts(text, PUBLISHED).dates] == values


def test_relative_dates_need_a_published_date():
    facts = extract_facts("It struck on Thursday and last week", None)
    assert facts.dates == ()
    assert [d.value for d in extract_facts("On May 30 it struck", None).dates] == ["--05-30"]


def test_entities_with_aliases_and_types():
    text = (
        "The US National Security Council, through spokesperson John Kirby, said Dutch "
        "F-16 jets and a SAMP/T from Italy could strike Russian targets near Belgorod."
    )
    facts = extract_facts(text)
    found = {(e.name, e.type) for e in facts.entities}
    assert ("John Kirby", "person") in found
    assert ("Netherlands", "place") in found
    assert ("F-16", "weapon") in found
    assert ("SAMP/T", "weapon") in found
    assert ("Italy", "place") in found
    assert ("Russia", "place") in found
    assert ("Belgorod", "place") in found
    assert any(e.type == "org" and "National Security Council" in e.name for e in facts.entities)
    for e in facts.entities:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("US", "United States"),
        ("U.S.", "United States"),
        ("American", "United States"),
        ("Dutch", "Netherlands"),
        ("British", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("the Netherlands", "Netherlands"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("ATACMS", "ATACMS"),
        ("Belgorod’s", "Belgorod"),
        ("Acme  Corp", "Acme Corp"),
    ],
)
def test_canonical_entity(name, canonical):
    assert canonical_entity(name) == canonical


def test_sentence_initial_common_word_is_not_an_entity():
    names = [e.name for e in extract_facts("Additionally, the move was new.").entities]
    assert names == []


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Russia did not confirm the strike", True),
        ("The Kremlin denied the report", True),
        ("He never visited Kyiv", True),
        ("The US ruled out sending troops", True),
        ("Italy no longer supplies fuel", True),
        ("It isn’t true", True),
        ("There is no evidence of damage", True),
        ("Ukraine struck Belgorod", False),
        ("He lives at No. 10", False),
        ("The drug cut the risk among adults with no history of heart disease", False),
        ("The men had no weapons", True),
        ("The pills cannot cure the infection", True),
    ],
)
def test_negation(text, negated):
    assert extract_facts(text).negated is negated


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The US could consider more", "could"),
        ("Berlin may send tanks", "may"),
        ("Italy plans to send a system", "plans"),
        ("A deal is expected to close", "expected"),
        ("The White House is considering it", "considering"),
        ("Troops reportedly crossed", "reportedly"),
        ("The US has hinted at more", "hinted"),
        ("Ukraine struck Belgorod in May", None),
        ("The contract is worth a reported £180,000 a week", "reportedly"),
        ("An alleged $5m bribe was paid", "allegedly"),
        ("It was a reported success", None),
    ],
)
def test_modality(text, modality):
    assert extract_facts(text).modality == modality


def test_normalise_quantity_tokens_for_search():
    assert normalise_quantity_tokens("32 kilometers from the border") == ["32km"]
    assert normalise_quantity_tokens("some 20 miles away") == ["32.1869km"]
    assert normalise_quantity_tokens("a $1.2 billion package in 2024") == ["1200000000usd"]
    assert normalise_quantity_tokens("the second system") == []
    assert normalise_quantity_tokens("some 20 miles away", significant=2) == ["32km"]
    assert normalise_quantity_tokens("24 F-16 jets on May 30, 2024") == ["24f-16"]


def test_same_quantity_tolerance():
    a, b = extract_facts("32 km").quantities[0], extract_facts("20 miles").quantities[0]
    assert same_quantity(a, b)
    assert not same_quantity(a, extract_facts("40 km").quantities[0])


def test_project_facts_moves_offsets_into_the_claim():
    sentence = "Italy pledged a second SAMP/T on May 30, 2024, Kirby said, not 40 km away."
    facts = extract_facts(sentence)
    claim = "Italy pledged a second SAMP/T on May 30, 2024."
    projected = project_facts(facts, claim)
    assert [q.text for q in projected.quantities] == ["second"]
    assert [d.value for d in projected.dates] == ["2024-05-30"]
    for item in (*projected.quantities, *projected.dates, *projected.entities):
        assert claim[item.start : item.end] == item.text
    assert projected.negated is False


def test_a_name_said_again_is_projected_where_it_stands_alone():
    sentence = "The Kingdom of Norway, commonly called Norway, has 5 million people."
    facts = extract_facts(sentence)
    assert [(e.text, e.start) for e in facts.entities] == [
        ("Kingdom of Norway", 4),
        ("Norway", 39),
    ]
    projected = project_facts(facts, sentence)
    # not the "Norway" inside "Kingdom of Norway"
    assert [(e.text, e.start) for e in projected.entities] == [
        ("Kingdom of Norway", 4),
        ("Norway", 39),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Department for Environment, Food and Rural Affairs said 40 farms were hit.",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "The Ministry of Housing, Communities and Local Government built 300 homes.",
            "Ministry of Housing, Communities and Local Government",
        ),
        (
            "The Bureau of Alcohol, Tobacco, Firearms and Explosives seized 40 guns.",
            "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        ),
        (  # the brief ends where the name does
            "The Department for Environment, Food and Rural Affairs Secretary Steve Reed spoke.",
            "Department for Environment, Food and Rural Affairs",
        ),
    ],
)
def test_a_body_listing_its_brief_with_commas_is_one_organisation(text, name):
    entities = extract_facts(text).entities
    assert [(e.text, e.type) for e in entities if e.type == "org"] == [(name, "org")]


def test_a_list_of_bodies_and_places_is_not_one_name():
    names = [
        e.text
        for e in extract_facts("The Ministry of Defence, Britain and France agreed.").entities
    ]
    assert "Ministry of Defence" in names
    assert not any("," in name for name in names)


def test_facts_round_trip_through_dict():
    facts = extract_facts("The US could send 32 km of fence on May 30, 2024.")
    assert type(facts).from_dict(facts.to_dict()) == facts


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x07\x1b[31m",
        "Москва 12 км 2024 года",
        "東京で3人",
        "Ελλάδα 5%",
        "<b>32</b> km &amp; F-16",
        "9" * 5000,
        "$" * 100,
        ",,,...---",
    ],
)
def test_bad_input_gives_a_result(text):
    facts = extract_facts(text, PUBLISHED)
    for item in (*facts.quantities, *facts.dates, *facts.entities):
        assert 0 <= item.start <= item.end <= len(text)


def test_future_context_resolves_dates_ahead():
    december = dt.date(2023, 12, 1)
    assert [d.value for d in extract_facts("They will cut rates in June", december).dates] == [
        "2024-06"
    ]
    assert [d.value for d in extract_facts("Rates were cut in June", december).dates] == ["2023-06"]
    assert [d.value for d in extract_facts("It will open on May 30", december).dates] == [
        "2024-05-30"
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gen. Smith said the line held.", "Smith"),
        ("It was Gen. Smith who said it.", "Smith"),
        ("The report quoted Gen. Mark Milley.", "Mark Milley"),
        ("He met Dr. Zhou in Kyiv.", "Zhou"),
    ],
)
def test_a_name_after_an_abbreviated_title_is_a_person(text, name):
    from claimcheck.core.facts import find_entities

    entities = find_entities(text)
    assert (name, "person") in {(e.name, e.type) for e in entities}
    assert not any(e.name in ("Gen", "Dr") for e in entities)


@pytest.mark.parametrize(
    "words, value",
    [
        ("two and a half million", 2.5e6),
        ("one and a half", 1.5),
        ("nineteen eighty-four", 1984),
        ("twenty twenty-four", 2024),
        ("twenty five", 25),
        ("a million", 1e6),
        ("two hundred and five", 205),
    ],
)
def test_number_words_with_halves_and_years(words, value):
    from claimcheck.core.facts_numbers import words_to_number

    assert words_to_number(words) == value


def test_and_a_half_is_part_of_the_quantity():
    from claimcheck.core.facts import extract_facts

    (quantity,) = extract_facts("About two and a half million people fled.").quantities
    assert (quantity.value, quantity.unit, quantity.approx) == (2.5e6, "people", True)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Kate O'Brien, the WHO director, said so.",
            {("Kate O'Brien", "person"), ("WHO", "org")},
        ),
        ("Massimo D’Alema met reporters.", {("Massimo D’Alema", "person")}),
        ("It's Italy's turn, officials said.", {("Italy", "place")}),
    ],
)
def test_names_with_apostrophes_and_contractions_before_names(text, names):
    from claimcheck.core.facts import find_entities

    assert {(e.name, e.type) for e in find_entities(text)} == names


def test_a_continued_quote_names_an_apostrophe_speaker_whole():
    from claimcheck.core.extract import extract_claims

    claims = extract_claims(
        "Kate O'Brien said the rise was driven by gaps in vaccination. "
        '"We need to catch up quickly," she said.'
    )
    assert claims[-1].text == '"We need to catch up quickly," Kate O\'Brien said.'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pounds after millions are money, unless they weigh something
        ("defrauded funds of more than 48 million pounds", [(48e6, "GBP", True)]),
        ("paid a 12 million pound fine", [(12e6, "GBP", False)]),
        ("the club paid two million pounds", [(2e6, "GBP", False)]),
        ("carried 5 million pounds of beef", [(2267960.0, "kg", False)]),
        ("a 200 pound anchor", [(90.7185, "kg", False)]),
        # a time of day is no quantity
        ("the quake hit at 4:17 a.m. local time", []),
        ("polls closed at 20:00", []),
        # below zero: temperatures and percentages only
        ("fell to minus 5 degrees Celsius", [(-5.0, "°C", False)]),
        ("dropped to -12C overnight", [(-12.0, None, False)]),
        (
            "a change of -47% (95% CI, -58% to -34%)",
            [(-47.0, "%", False), (95.0, "%", False), (-58.0, "%", False), (-34.0, "%", False)],
        ),
        ("Boeing proposed the -300 model", [(300.0, "model", False)]),
        # both ends of a range; model numbers and codes are not ranges
        ("held rates at 4.25%-4.50%", [(4.25, "%", False), (4.5, "%", False)]),
        ("in 10-20% of cases", [(10.0, "%", False), (20.0, "%", False)]),
        ("rose 10-12 per cent", [(10.0, "%", False), (12.0, "%", False)]),
        ("5-6 billion dollars", [(5e9, "USD", False), (6e9, "USD", False)]),
        ("won 2-1 against Rovers", [(2.0, None, False), (1.0, None, False)]),
        # Indian numbering and the rupee; pence
        ("turnover of ₹412 crore", [(4.12e9, "INR", False)]),
        ("sold 1.42 lakh tractors", [(142000.0, "tractor", False)]),
        ("a ₹1.5 lakh crore budget", [(1.5e12, "INR", False)]),
        ("Rs 500 crore and Rs. 1.5 lakh", [(5e9, "INR", False), (150000.0, "INR", False)]),
        ("members 12 voted", [(12.0, None, False)]),
        ("fares rose 20p to £2.80", [(0.2, "GBP", False), (2.8, "GBP", False)]),
        ("a deletion of chromosome 2p", [(2.0, None, False)]),
        ("the Boeing 787-8 was delivered", []),  # a model, no quantity
        ("loading MCM2-7 hexamers", []),
        ("a magnitude 7.8 earthquake", [(7.8, "magnitude", False)]),
    ],
)
def test_wire_copy_quantities(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a fine from the Financial Conduct Authority", [("Financial Conduct Authority", "org")]),
        ("expectations on Wall Street were higher", [("Wall Street", "place")]),
        ("Caldwell & Pryce was not charged", [("Caldwell & Pryce", "org")]),
        ("the quarter ended Dec. 31", []),
        # a company suffix makes an organisation, but alone it is something else
        ("Boeing Co. reported a loss", [("Boeing Co", "org")]),
        ("levels of CO rose", [("CO", "other")]),
        # the name is what follows "Shares of", "Members of"
        ("Shares of Tesla Inc fell 3%", [("Tesla Inc", "org")]),
        ("Members of Congress voted", [("Congress", "org")]),
        ("Bank of England staff", [("Bank of England", "org")]),
        # two one-word names joined by "and" are two names; a body's name stays whole
        ("Apple and Microsoft reported earnings", [("Apple", "org"), ("Microsoft", "org")]),
        ("the Food and Drug Administration", [("Food and Drug Administration", "org")]),
        ("Johnson and Johnson recalled it", [("Johnson and Johnson", "other")]),
        # provinces and regions after a city
        ("in Windsor, Ontario", [("Windsor", "other"), ("Ontario", "place")]),
        ("floods in New South Wales", [("New South Wales", "place")]),
        # a nationality before a person; not before an event or a body
        ("American Taylor Fritz won", [("United States", "place"), ("Taylor Fritz", "person")]),
        ("the French Grand Prix", [("French Grand Prix", "other")]),
        ("the Japanese Film Academy", [("Japanese Film Academy", "org")]),
        # a person "of" a country; not a state's long name
        (
            "Aryna Sabalenka of Belarus won",
            [("Aryna Sabalenka", "person"), ("Belarus", "place")],
        ),
        ("the Arab Republic of Egypt", [("Arab Republic of Egypt", "other")]),
    ],
)
def test_entity_types_in_wire_copy(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month without a year: the last one, or the next one when the text looks ahead
        ("Residents could face water cuts by June.", ["2025-06"]),
        ("It said it would close in June.", ["2025-06"]),
        ("The plant closed in June.", ["2024-06"]),
        ("In May, prices rose.", ["2024-05"]),
        ("Prices may rise in December.", ["2025-12"]),
    ],
)
def test_months_without_a_year_against_the_published_date(text, expected):
    published = dt.date(2025, 4, 2)
    assert [d.value for d in extract_facts(text, published).dates] == expected


def test_minus_makes_a_number_negative_without_a_unit():
    # the range's first end takes the second's unit
    assert quantities("between minus 20 and 40 degrees Celsius") == [
        (-20.0, "°C", False),
        (40.0, "°C", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia and Kryvyi Rih were hit",
            [("Saudi Arabia", "place"), ("Kryvyi Rih", "place")],
        ),
        ("Bosnia and Herzegovina voted", [("Bosnia and Herzegovina", "place")]),
        (
            "Łukasz Piszczek and Émile Zola met",
            [("Łukasz Piszczek", "person"), ("Émile Zola", "person")],
        ),
        ("Javier Hernández Balcázar scored", [("Javier Hernández Balcázar", "person")]),
        ("Luis Montenegro won", [("Luis Montenegro", "person")]),
        ("Manchester United won", [("Manchester United", "org")]),
        ("Bristol Rovers lost", [("Bristol Rovers", "org")]),
        ("a cottage on Lake Muskoka", [("Lake Muskoka", "place")]),
        (
            "Mount Rushmore is in South Dakota",
            [("Mount Rushmore", "place"), ("South Dakota", "place")],
        ),
        ("the Etihad Stadium was full", [("Etihad Stadium", "place")]),
        ("the James Webb Space Telescope", [("James Webb Space Telescope", "other")]),
        ("Microsoft Research Asia hired him", [("Microsoft Research Asia", "org")]),
    ],
)
def test_entity_names_and_types_beyond_english_and_the_war(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the statue weighs 1.5 million pounds", [(680389.0, "kg", False)]),
        ("a Boeing 737-800 landed", []),  # a model: a name, no quantity
    ],
)
def test_weights_in_pounds_and_model_numbers(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fires in Northern California", [("Northern California", "place")]),
        ("Virginia Giuffre filed the lawsuit", [("Virginia Giuffre", "person")]),
        ("Jan Egeland visited the camp", [("Jan Egeland", "person")]),
        ("Air India cancelled 20 flights", [("Air India", "org")]),
    ],
)
def test_regions_given_names_and_airlines(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passed the bill 218-212", [(218.0, None, False), (212.0, None, False)]),
        ("the yield rose 9 basis points", [(9.0, "bp", False)]),
        ("trading closed at 6 p.m.", []),
        ("children under 15 account for 70% of cases", [(15.0, None, True), (70.0, "%", False)]),
    ],
)
def test_votes_basis_points_and_times(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Lawmakers voted against the plan.", None),
        ("The cooler-than-expected data lifted stocks.", None),
        ("The company plans to cut 500 jobs.", "plans"),
    ],
)
def test_modality_needs_the_verb(text, modality):
    assert extract_facts(text).modality == modality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Richard Alvarez, 52, of Coral Gables",
            [("Richard Alvarez", "person"), ("Coral Gables", "place")],
        ),
        ("Chinese Premier Li Qiang", [("China", "place"), ("Li Qiang", "person")]),
        ("The Justice Department said", [("Justice Department", "org")]),
    ],
)
def test_hometowns_premiers_and_departments(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He rose to fame with the 1979 film "Breaking Away".', [("Breaking Away", "other")]),
        ("She starred in “Pretty Woman” in 1990.", [("Pretty Woman", "other")]),
        ('Emma Hale said "it will not happen".', [("Emma Hale", "person")]),
    ],
)
def test_a_title_in_quotation_marks_is_no_person(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passed a similar bill on 11/17", ["2024-11-17"]),
        ("the vote was held 3/3/2024", ["2024-03-03"]),
        ("filed on 17/11/2024", ["2024-11-17"]),
        ("about 3/4 of voters agreed", []),
        ("open 24/7", []),
    ],
)
def test_numeric_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2024, 12, 1)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Nasdaq Composite rose", [("Nasdaq Composite", "other")]),
        ("City Hall said", [("City Hall", "place")]),
        ("Halvorsen Capital bought it", [("Halvorsen Capital", "org")]),
    ],
)
def test_indices_halls_and_funds_are_no_people(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


def test_a_past_verb_after_a_number_is_not_what_it_counts():
    assert quantities("Police recorded 11,700 last year") == [(11700.0, None, False)]
    assert quantities("41,200 recorded cases were closed") == [(41200.0, "case", False)]


@pytest.mark.parametrize(
    ("text", "dates", "quantities_"),
    [
        ("approved by 2/3 of lawmakers", [], [(2.0, None, False)]),
        ("security has tightened since 9/11", [], [(9.0, None, False)]),
        (
            "the blast left 3 dead and 40 wounded",
            [],
            [(3.0, "dead", False), (40.0, "wounded", False)],
        ),
    ],
)
def test_fractions_the_attacks_and_casualties(text, dates, quantities_):
    facts = extract_facts(text, dt.date(2024, 5, 1))
    assert [d.value for d in facts.dates] == dates
    assert [(q.value, q.unit, q.approx) for q in facts.quantities] == quantities_


def test_a_name_with_a_particle_after_and_is_not_joined():
    names = [e.name for e in extract_facts("Olaf Scholz and de Villepin met in Paris.").entities]
    assert names[0] == "Olaf Scholz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested Daniel Hill", [("Daniel Hill", "person")]),
        ("The city plans new bike lanes by 2026.", "plans"),
    ],
)
def test_people_named_hill_and_plans_as_a_verb(text, expected):
    facts = extract_facts(text)
    if isinstance(expected, str):
        assert facts.modality == expected
    else:
        assert [(e.name, e.type) for e in facts.entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillor Fiona McLeish said", [("Fiona McLeish", "person")]),
        (
            "He watched YouTube with Ron DeSantis",
            [("YouTube", "other"), ("Ron DeSantis", "person")],
        ),
        (
            "Professor James Whitfield of University College London said",
            [("James Whitfield", "person"), ("University College London", "org")],
        ),
        (
            "Cllr Rajesh Patel, of the Liberal Democrats",
            [("Rajesh Patel", "person"), ("Liberal Democrats", "org")],
        ),
        ("Ursula von der Leyen said", [("Ursula von der Leyen", "person")]),
        ("Leonardo da Vinci painted it", [("Leonardo da Vinci", "person")]),
    ],
)
def test_names_with_inner_capitals_particles_titles_and_affiliations(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codes, phone numbers and labels are no quantities
        ("lot numbers 22K001 to 22K480", []),
        ("call 1-800-555-0142 now", []),
        ("a section 114 warning", []),
        ("Flight 370 vanished with 239 people", [(239.0, "people", False)]),
        # "per second" is a unit of time, "a second system" an ordinal
        (  # litres are a volume, in cubic metres
            "releases 1,000 litres per second",
            [(1.0, "m3", False)],
        ),
        ("Italy will supply a second SAMP/T system", [(2.0, "ordinal", False)]),
    ],
)
def test_codes_labels_and_rates(text, expected):
    assert quantities(text) == expected


def test_a_comparison_of_likelihood_is_no_hedge_and_weekday_spans_are_no_dates():
    assert extract_facts("Active adults were less likely to develop dementia.").modality is None
    assert extract_facts("Rates are likely to rise.").modality == "likely"
    published = dt.date(2025, 4, 2)
    assert extract_facts("Call Monday through Friday.", published).dates == ()
    assert [d.value for d in extract_facts("It hit on Monday.", published).dates] == ["2025-03-31"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11,500 late Thursday", [(11500.0, None, False)]),
        ("a Phase 3 trial of 1,200 people", [(1200.0, "people", False)]),
        ("the S&P 500 fell 2%", [(2.0, "%", False)]),
        ("winds of 40 to 60 mph", [(64.3738, "km/h", False), (96.5606, "km/h", False)]),
        ("580 guided aerial bombs", [(580.0, "bomb", False)]),
        ("1,200 new cases of cholera", [(1200.0, "case", False)]),
        ("5 more people died", [(5.0, "people", False)]),
        ("the vote was 5 to 4", [(5.0, None, False), (4.0, None, False)]),
    ],
)
def test_labels_indices_ranges_and_counted_nouns(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal right before the date looks ahead; one far before it does not
        ("Residents could face water cuts by June.", ["2025-06"]),
        ("The confusion may come from a chart shared on social media in September.", ["2024-09"]),
        ("Gusts are likely until Saturday afternoon.", ["2024-10-19"]),
        ("The book was published last August.", ["2024-08"]),
        ("The vote was held last October.", ["2023-10"]),
        ("Sales will rise next October.", ["2025-10"]),
        ("Sales rose at the end of June.", ["2024-06"]),
    ],
)
def test_dates_near_modals_and_with_last_next(text, expected):
    published = dt.date(2024, 10, 15)
    assert [d.value for d in extract_facts(text, published).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("near Fastnet Rock in County Cork", [("Fastnet Rock", "place"), ("County Cork", "place")]),
        ("the Canyon Fire spread", [("Canyon Fire", "other")]),
        ("the Seligman Crystal went to her", [("Seligman Crystal", "other")]),
        ("Tom Rock scored", [("Tom Rock", "person")]),
    ],
)
def test_places_and_events_shaped_like_names(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


def test_fourth_read_facts():
    assert quantities("The 22-year-old scored.") == [(22.0, "years", False)]
    assert quantities("plus or minus 1.5 percentage points") == [(1.5, "pp", False)]
    names = [(e.name, e.type) for e in extract_facts("NASA's Artemis III crew was named.").entities]
    assert names == [("NASA", "org"), ("Artemis III", "other")]
    thursday = dt.date(2025, 6, 26)
    dates = [
        d.value
        for d in extract_facts("The warning was extended until 9am on Monday.", thursday).dates
    ]
    assert dates == ["2025-06-30"]
    dates = [
        d.value for d in extract_facts("There is a 40% chance of storms on Friday.", thursday).dates
    ]
    assert dates == ["2025-06-27"]
    dates = [
        d.value
        for d in extract_facts("He is due back in court on May 3.", dt.date(2025, 4, 17)).dates
    ]
    assert dates == ["2025-05-03"]


def test_names_with_ordinals_and_numbers_are_no_quantities():
    assert quantities("The First Amendment protects speech.") == []
    assert quantities("Call detectives at 312-744-8263.") == []
    assert quantities("House Bill 245 passed.") == []
    names = [
        (e.name, e.type) for e in extract_facts("Goldman Sachs advised Brightline Foods.").entities
    ]
    assert names == [("Goldman Sachs", "org"), ("Brightline Foods", "org")]


def test_a_capital_after_a_preposition_of_place_is_the_city():
    entities = extract_facts(
        "Temperatures in Paris reached 39C, and parts of London hit 35C."
    ).entities
    assert [(e.name, e.type) for e in entities] == [("Paris", "place"), ("London", "place")]
    assert [
        e.name for e in extract_facts("Moscow said the strike was a provocation.").entities
    ] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a spokesman for the Red Cross", [("Red Cross", "org")]),
        ("Marcus Cross scored twice", [("Marcus Cross", "person")]),
        ("Hanseong Electronics sued", [("Hanseong Electronics", "org")]),
        ("evacuations near Pine Hollow", [("Pine Hollow", "place")]),
        ("fans of Coventry City", [("Coventry City", "place")]),
        ("Southern California Edison cut power", [("Southern California Edison", "other")]),
        ("Cyclone Hadiza hit the coast", [("Cyclone Hadiza", "other")]),
        (
            "led by the National Institute for Disaster Risk Management",
            [("National Institute for Disaster Risk Management", "org")],
        ),
        (
            "figures from the U.N. Office for the Coordination of Humanitarian Affairs",
            [("U.N. Office for the Coordination of Humanitarian Affairs", "org")],
        ),
        ("The Ministry of Foreign Affairs said", [("Ministry of Foreign Affairs", "org")]),
        ("appointed by President Bill Clinton", [("Bill Clinton", "person")]),
        ("said Park Ji-hoon, its counsel", [("Park Ji-hoon", "person")]),
        ("Iran-backed and Gaza-based groups", [("Iran", "place"), ("Gaza", "place")]),
        (
            "said Dr. Fatima Issufo of Doctors Without Borders",
            [("Fatima Issufo", "person"), ("Doctors Without Borders", "other")],
        ),
        ("Meteorologist Karen Liu said", [("Karen Liu", "person")]),
        ("It starts on Jan. 1, Jan Kowalski said", [("Jan Kowalski", "person")]),
    ],
)
def test_entity_types_of_the_sixth_read(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (  # "next month" looks ahead in its own clause only
            dt.date(2025, 3, 14),
            "Inflation slowed to 2.6% in February, reinforcing expectations of a cut next month.",
            ["2025-02", "2025-04"],
        ),
        (
            dt.date(2025, 8, 13),
            "Temperatures reached 108 F on Monday and were forecast to stay above 100 F "
            "through Friday.",
            ["2025-08-11", "2025-08-15"],
        ),
        (  # what a hearing is set for is to come
            dt.date(2025, 5, 22),
            "The judge ordered a confiscation hearing for Oct. 14.",
            ["2025-10-14"],
        ),
        (  # "would have a scan" is no past "would have ..."
            dt.date(2025, 10, 5),
            "Krol said the Italian would have a scan on Monday.",
            ["2025-10-06"],
        ),
        (dt.date(2025, 5, 20), "The plant would have closed in June.", ["2024-06"]),
        (  # a present tense before a weekday is a fixture
            dt.date(2025, 10, 5),
            "Rovers play Leeds on Saturday.",
            ["2025-10-11"],
        ),
        (dt.date(2025, 10, 5), "Rovers played Leeds on Saturday.", ["2025-10-04"]),
        (  # a year opening the sentence dates its months
            dt.date(2025, 10, 21),
            "In 2021, storage fell to 26% in March and to 20% on March 30.",
            ["2021", "2021-03", "2021-03-30"],
        ),
        (  # "Sheffield Wednesday" is a club, "Black Friday" a sale
            dt.date(2025, 10, 5),
            "Rovers travel to Sheffield Wednesday next Saturday after Black Friday.",
            ["2025-10-11"],
        ),
    ],
)
def test_dates_look_ahead_by_clause_and_schedule(published, text, expected):
    assert [d.value for d in extract_facts(text, published).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was fined 5,000 pounds.", [(5000.0, "GBP", False)]),
        ("The firm spent 450,000 pounds on security.", [(450000.0, "GBP", False)]),
        ("The baby weighed 8 pounds.", [(3.62874, "kg", False)]),
        ("It will cost 1,399 pounds.", [(1399.0, "GBP", False)]),
        ("winds of 195 km per hour", [(195.0, "km/h", False)]),
        ("50 billion cubic metres of capacity", [(5e10, "m3", False)]),
        ("down 0.2 percentage points", [(0.2, "pp", False)]),
        ("Temperatures reached 42 Celsius.", [(42.0, "°C", False)]),
        (  # one scale: a reading moves its zero, a change does not
            "It was 40 degrees Celsius (104 degrees Fahrenheit).",
            [(40.0, "°C", False), (40.0, "°C", False)],
        ),
        ("Warming reached 1.31C (2.36F) in 2023.", [(1.31, "°C", False), (1.31111, "°C", False)]),
        ("a 40-degree day", [(40.0, "degrees", False)]),
        ("Sea levels rose by 4.5 millimetres a year.", [(4.5e-06, "km", False)]),
        ("CO2 averaged 420 parts per million.", [(420.0, "ppm", False)]),
        ("Vacancies are down by a fifth.", [(20.0, "%", False)]),
        ("about a third of winter demand", [(33.3333, "%", True)]),
        ("Two-thirds of voters backed it.", [(66.6667, "%", False)]),
        ("a fifth generation fighter", [(5.0, "ordinal", False)]),
        ("He won a third term.", [(3.0, "ordinal", False)]),
        ("SCB revised the figure up to 3.4%.", [(3.4, "%", False)]),
        ("Up to 300 people died.", [(300.0, "people", True)]),
    ],
)
def test_money_speeds_volumes_shares_and_revisions(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sea levels rose faster than in the 1990s.", []),
        ("The council faces a gap in its budget for 2025/26.", []),
        ("The company cut its fiscal 2025 revenue forecast.", []),
        (
            "It would cost about $2.4 billion over 10 years.",
            [(2.4e9, "USD", True), (10.0, "years", False)],
        ),
        ("Over 300 people died.", [(300.0, "people", True)]),
    ],
)
def test_years_are_no_counts_and_periods_are_exact(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (dt.date(2024, 11, 5), "The summit opens in Baku on Nov. 11.", ["2024-11-11"]),
        (dt.date(2024, 12, 20), "The law takes effect on Jan. 1.", ["2025-01-01"]),
        (dt.date(2024, 12, 20), "The law took effect on Jan. 1.", ["2024-01-01"]),
        (dt.date(2024, 12, 20), "The company cut its fiscal 2025 forecast.", ["2025"]),
    ],
)
def test_schedules_in_the_present_look_ahead(published, text, expected):
    assert [d.value for d in extract_facts(text, published).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvane Semiconductor cut its outlook.", [("Norvane Semiconductor", "org")]),
        ("The flight left Denver for Boise.", [("Denver", "place"), ("Boise", "place")]),
        (  # codes keep their digits: no "CO" or "CD"
            "Emissions of CO2 and levels of CD4 rose.",
            [("CO2", "other"), ("CD4", "other")],
        ),
        ("COP28 ended.", [("COP28", "other")]),
        ("NATO and the EU met.", [("NATO", "org"), ("European Union", "org")]),
    ],
)
def test_gene_and_formula_names_are_no_entities_and_more_cities(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire was probably caused by a cigarette.", "probably"),
        ("The planning committee voted seven to four.", None),
        ("The firm is planning to cut 300 jobs.", "plans"),
        ("Temperatures were forecast to stay above 100 F.", "expected"),
        ("He allegedly stole $5,000.", "allegedly"),
        ("The alleged gunman was charged with murder.", None),
    ],
)
def test_hedges_the_sixth_and_seventh_reads_found(text, expected):
    assert extract_facts(text).modality == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (dt.date(2024, 10, 7), "The party won the vote on Sunday.", ["2024-10-06"]),
        (dt.date(2025, 3, 12), "The army could deploy troops near the border by May.", ["2025-05"]),
        (
            dt.date(2025, 1, 29),
            "The board declared a dividend, payable on February 27.",
            ["2025-02-27"],
        ),
        (dt.date(2024, 10, 7), "Talks are due to begin the following Monday.", []),
    ],
)
def test_eighth_read_dates(published, text, expected):
    assert [d.value for d in extract_facts(text, published).dates] == expected


def test_a_year_before_a_noun_and_a_forecast_noun():
    facts = extract_facts("The bank lowered its 2024 inflation forecast to 2.8%.")
    assert [(q.value, q.unit) for q in facts.quantities] == [(2.8, "%")]
    assert facts.modality is None


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            dt.date(2024, 6, 12),
            "In a vote on Tuesday, lawmakers approved the plan.",
            ["2024-06-11"],
        ),
        (dt.date(2024, 6, 12), "The heads of the two agencies met on Monday.", ["2024-06-10"]),
        (dt.date(2024, 6, 12), "The team's visit on Saturday drew 40,000 fans.", ["2024-06-08"]),
        (
            dt.date(2024, 6, 12),
            "In 2021, the firm was founded; it will open its first store on March 3.",
            ["2021", "2025-03-03"],
        ),
        (dt.date(2024, 6, 12), "President Joe Biden Monday signed the bill.", ["2024-06-10"]),
        # what is planned is ahead
        (dt.date(2025, 7, 30), "A further strike is planned for Aug. 12.", ["2025-08-12"]),
        (dt.date(2025, 7, 30), "The union plans a further strike on Aug. 12.", ["2025-08-12"]),
        (dt.date(2025, 7, 30), "The union held a strike on Aug. 12.", ["2024-08-12"]),
        # a weekday with its date written out: the date says which
        (
            dt.date(2024, 10, 30),
            "Dropbox will report next Thursday, Nov. 7.",
            ["2024-11-07", "2024-11-07"],
        ),
        (
            dt.date(2024, 5, 31),
            "It took place on Sunday, February 4, 2018.",
            ["2018-02-04", "2018-02-04"],
        ),
    ],
)
def test_review_dates(published, text, expected):
    assert [d.value for d in extract_facts(text, published).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flat is apartment 4C and the heat was bad.", [(4.0, None)]),
        ("Highs are expected to rise to 104F.", [(40.0, "°C")]),
        # a decimal with its scale's letter is a temperature without a heat word
        ("The limit is 1.5C.", [(1.5, "°C")]),
        ("The margin is plus or minus 0.13C.", [(0.13, "°C")]),
        ("Report to gate 4.5C now.", []),
        ("Temperatures reached ninety degrees Fahrenheit.", [(32.2222, "°C")]),
        ("Doctors raised concerns and he lost 50 pounds in a year.", [(22.6796, "kg")]),
        ("The shop sold 2 pounds of cheese for £5.", [(0.907185, "kg"), (5.0, "GBP")]),
        # money a few words after its word
        ("They escaped with watches worth an estimated 380,000 pounds.", [(380000.0, "GBP")]),
        ("The fee will rise to 9,535 pounds in September.", [(9535.0, "GBP")]),
        ("His weight rose to 250 pounds.", [(113.398, "kg")]),
    ],
)
def test_review_temperatures_and_pounds(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


def test_review_quadratic_cases_stay_fast():
    # linear work: these once took seconds (one search of the whole text per number or date)
    facts = extract_facts("it will rise, and " * 4000, dt.date(2024, 6, 12))
    assert facts.dates == ()
    assert len(extract_facts("4 C " * 2000).quantities) == 2000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It won an order worth R1.2 billion.", [(1.2e9, "ZAR", False)]),
        ("An SUV retails for N38 million.", [(3.8e7, "NGN", False)]),
        ("It costs ₦5,000.", [(5000.0, "NGN", False)]),
        ("Tickets cost KSh 200.", [(200.0, "KES", False)]),
        ("The deal is worth R$ 40 million.", [(4e7, "BRL", False)]),
        ("Route R2 is closed and the N5 road too.", []),
    ],
)
def test_rand_naira_shilling_and_real(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He signed a five-year contract.", [(5.0, "years", False)]),
        ("It imposed a three-month ban.", [(3.0, "months", False)]),
        ("It built a three-dimensional model.", []),
    ],
)
def test_a_duration_after_an_article(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last month, the bank cut rates.", [("Last month", "2025-04")]),
        ("Yesterday, the bank cut rates again.", [("Yesterday", "2025-05-21")]),
        ("Last year Ireland recorded its highest rainfall.", [("Last year", "2024")]),
        ("He told USA Today it was over.", []),  # a name, not the day
        ("The last red warning was issued two years ago.", [("two years ago", "2023")]),
        ("He left three weeks ago.", [("three weeks ago", "2025-W18")]),
        ("It closed 14 months ago.", [("14 months ago", "2024-03")]),
        ("A decade ago the plant opened.", [("A decade ago", "2015")]),
    ],
)
def test_dates_opening_a_sentence_and_counted_back(text, expected):
    dates = extract_facts(text, dt.date(2025, 5, 22)).dates
    assert [(d.text, d.value) for d in dates] == expected


def test_england_is_not_the_united_kingdom():
    names = [e.name for e in extract_facts("Entries in England fell, but Britain grew.").entities]
    assert names == ["England", "United Kingdom"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marieke de Vries said", [("Marieke de Vries", "person")]),
        ("Hotels on the Costa del Sol", [("Costa del Sol", "other")]),
        ("The outage began at Central European Time", [("Central European Time", "other")]),
        ("a raid in the Jewellery Quarter", [("Jewellery Quarter", "place")]),
        ("ESB Networks warned", [("ESB Networks", "org")]),
        ("Max Head said", [("Max Head", "person")]),
    ],
)
def test_ninth_read_entity_types(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the first end of a range in the second's currency or unit
            "The outage could cost between 40 million and 60 million euros.",
            [(40000000.0, "EUR"), (60000000.0, "EUR")],
        ),
        ("Rain of 3.1 to 4.7 inches fell.", [(7.874e-05, "km"), (0.00011938, "km")]),
        # labels and times, not quantities
        ("New cases of type 2 diabetes rose 4.1%.", [(4.1, "%")]),
        ("The outage began at 10:40 a.m. (0840 GMT).", []),
        ("The figure for 2023 had been revised up by 32,000.", [(32000.0, None)]),
        # a share
        ("One in five members had struggled.", [(20.0, "%")]),
        ("About 1 in 10 adults smoke.", [(10.0, "%")]),
        # a verb is not what is counted
        ("The ONS said 517,000 left.", [(517000.0, None)]),
    ],
)
def test_ninth_read_quantities(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Work visas fell by 81% to 27,000 in the year to March.", ["2025-03"]),
        (  # a reported "would" a long phrase before the month still looks ahead
            "Bessette said Paris would host a conference on rebuilding Ukraine's power plants "
            "in October.",
            ["2025-10"],
        ),
    ],
)
def test_ninth_read_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2025, 5, 22)).dates] == expected


def test_tenth_read_dates_and_places():
    published = dt.date(2025, 5, 8)
    assert [
        d.value for d in extract_facts("The IMF cut its forecast in April.", published).dates
    ] == ["2025-04"]
    assert [
        (e.name, e.type) for e in extract_facts("a farmer in the village of Mazar Dara").entities
    ] == [("Mazar Dara", "place")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The risk of a serious reaction is about one in 10,000.", [(0.01, "%")]),
        ("The cod caught off Cornwall rose to 12 pounds in the last survey.", [(5.44311, "kg")]),
        ("Tuition fees were frozen at 9,250 pounds.", [(9250.0, "GBP")]),
    ],
)
def test_review_of_the_tenth_session_quantities(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Banque de France cut its forecast.", [("Banque de France", "other")]),
        # a body's first word before "de", whatever the last word is
        ("The Rue de Rivoli was closed.", [("Rue de Rivoli", "other")]),
        ("‘Boris Johnson’s plan is dead,’ the minister said.", [("Boris Johnson", "person")]),
    ],
)
def test_review_of_the_tenth_session_entities(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed 300 people two years ago.", [(300.0, "people")]),
        (
            "Officials put the toll at 1,457, up from an estimate of 800 given on Monday.",
            [(1457.0, None), (800.0, None)],
        ),
        ("The stockpile fell below the 5 million considered the minimum.", [(5000000.0, None)]),
        ("The ministry said it had destroyed 25 Ukrainian drones.", [(25.0, "drone")]),
        (
            "The motion passed after four NSC lawmakers voted with the opposition.",
            [(4.0, "lawmaker")],
        ),
        ("He starred in six Marvel movies.", [(6.0, "movie")]),
        (
            "The council paid invoices worth between 40,000 and 310,000 pounds.",
            [(40000.0, "GBP"), (310000.0, "GBP")],
        ),
        ("A 5,000-pound fine was imposed.", [(5000.0, "GBP")]),
        ("We saw 71 unrelated patients.", [(71.0, "patient")]),
    ],
)
def test_tenth_read_quantities(text, expected):
    quantities = extract_facts(text, dt.date(2025, 5, 8)).quantities
    assert [(q.value, q.unit) for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "negated", "modality"),
    [
        ("Doctors Without Borders said it had treated 2,700 patients.", False, None),
        ("He left without a coat.", True, None),
        ("The motion called for the reversal of 500 million euros in planned cuts.", False, None),
        ("The firm planned to cut jobs.", False, "plans"),
    ],
)
def test_names_and_adjectives_are_no_negation_or_modality(text, negated, modality):
    facts = extract_facts(text)
    assert (facts.negated, facts.modality) == (negated, modality)


def test_a_third_before_a_verb_is_a_share():
    quantities = extract_facts("Around a third forecast a move as early as June.").quantities
    assert [(q.value, q.unit) for q in quantities] == [(33.3333, "%")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arsenal play Wolves on Saturday.", ["2024-08-17"]),
        ("The two leaders meet in Brussels on Monday.", ["2024-08-19"]),
        ("The visit on Monday was cancelled.", ["2024-08-12"]),
    ],
)
def test_a_present_tense_schedule_looks_ahead(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2024, 8, 14)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graham Whitcombe, 61, was convicted of fraud.", [(61.0, "years", False)]),
        (
            "Air defences destroyed 25 drones over seven Russian regions.",
            [(25.0, "drone", False), (7.0, "region", False)],
        ),
        (
            "The rules limit losses to 105 million pounds over three seasons.",
            [(105000000.0, "GBP", False), (3.0, "season", False)],
        ),
        ("Inflation edges up to 3.4%.", [(3.4, "%", False)]),
        ("Over 300 people died.", [(300.0, "people", True)]),
    ],
)
def test_tenth_read_ages_and_approximations(text, expected):
    assert [(q.value, q.unit, q.approx) for q in extract_facts(text).quantities] == expected


def test_mixed_case_acronyms_stay_whole():
    assert [e.name for e in extract_facts("The BoE has cut rates; IgG levels rose.").entities] == [
        "BoE",
        "IgG",
    ]


def test_a_count_back_in_thousands_is_no_date():
    facts = extract_facts(
        "Cattle domestication started around 8,000 years ago.", dt.date(2024, 5, 31)
    )
    assert facts.dates == ()


def test_facts_projected_onto_a_claim_are_whole_numbers_and_dates():
    from claimcheck.core.extract import extract_claims

    claims = extract_claims(
        "Labour won 412 seats, while the Conservatives won 12 seats. Shares rose on May 15, "
        "while bonds fell on May 1.",
        dt.date(2025, 6, 12),
    )
    assert [
        [q.text for q in c.facts.quantities] + [d.text for d in c.facts.dates] for c in claims
    ] == [
        ["412 seats"],
        ["12 seats"],
        ["May 15"],
        ["May 1"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average price of a home dropped 0.1% to 298,602 pounds.",
            [(0.1, "%"), (298602.0, "GBP")],
        ),
        ("Prices rose 6.8% to an average of 205,946 pounds.", [(6.8, "%"), (205946.0, "GBP")]),
        ("The threshold will halve to 125,000 pounds.", [(125000.0, "GBP")]),
        ("The baby weighed an average of 8 pounds.", [(3.62874, "kg")]),
    ],
)
def test_house_prices_in_pounds_are_sterling(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The election is on April 28.", ["2025-04-28"]),
        ("The men's final is on Sunday.", ["2025-04-13"]),
        ("The crash was the worst since June last year.", ["2024-06", "2024"]),
        ("The election was held on April 2.", ["2025-04-02"]),
    ],
)
def test_eleventh_read_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2025, 4, 10)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan costs C$2.5 billion.", [(2500000000.0, "CAD")]),
        ("Sales hit A$300 million and NZ$40 million.", [(300000000.0, "AUD"), (40000000.0, "NZD")]),
        ("They sold 20-ounce cans.", [(0.56699, "kg")]),
        ("It holds 1,000 litres of water.", [(1.0, "m3")]),
    ],
)
def test_dollar_currencies_ounces_and_litres(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hospitals postponed 2,800 planned operations.", None),
        ("Every stage performed as planned.", None),
        ("The union submitted new plans.", None),
        ("Its plans to cut jobs were dropped.", None),
        ("The company plans to cut 500 jobs.", "plans"),
        ("The government has planned a tax cut.", "plans"),
    ],
)
def test_plans_as_a_noun_an_adjective_or_a_manner_is_no_modality(text, modality):
    assert extract_facts(text).modality == modality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit of 1.2 billion to 1.5 billion Swedish crowns.",
            [(1.2e9, "SEK"), (1.5e9, "SEK")],
        ),
        ("Sales rose to 5 billion Swiss francs.", [(5e9, "CHF")]),
        ("Samsung earned 9 trillion won.", [(9e12, "KRW")]),
        ("Profit rose to 5 billion Canadian dollars.", [(5e9, "CAD")]),
        ("It cost 5 million rand.", [(5e6, "ZAR")]),
        ("Of 12 races, 7 won by Red Bull.", [(12.0, "race"), (7.0, None)]),
    ],
)
def test_currencies_beyond_the_majors(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winds exceeded 15 metres per second.", [(54.0, "km/h")]),
        ("Targets rose by 2.9 million barrels per day.", [(2.9e6, "bpd")]),
        ("Output fell 500,000 barrels a day.", [(5e5, "bpd")]),
    ],
)
def test_rates_written_out(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency hired 1,800 nurses in the past year.", []),
        ("This past weekend, 2,000 people marched in Paris.", ["2025-W47"]),
        ("The ban lasts until February.", ["2026-02"]),
        ("The strike lasted until February.", ["2025-02"]),
        # "from May" may be Theresa May
        ("The plan drew criticism from May, who was then prime minister.", []),
    ],
)
def test_past_year_and_a_month_a_state_runs_until(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2025, 11, 30)).dates] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Boeing 737 crashed in May.",
        "Shares were the worst performer on the STOXX 600 index.",
        "China's Chang'e 6 landed on the far side.",
        "He is a Formula 1 driver.",
    ],
)
def test_model_mission_and_index_numbers_are_names_not_quantities(text):
    assert extract_facts(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens won 12 seats, and the Left won three.", [(12.0, "seat"), (3.0, "seat")]),
        ("The Greens won 12 seats in 2019 and 3% of the vote.", [(12.0, "seat"), (3.0, "%")]),
        ("He scored 2 goals; she scored 5.", [(2.0, "goal"), (5.0, "goal")]),
        # another verb, or a measure: no noun to take
        ("The Lakers grabbed 50 rebounds and scored 112.", [(50.0, "rebound"), (112.0, None)]),
        ("Police seized 3 kg of cocaine; the suspects had 2.", [(3.0, "kg"), (2.0, None)]),
    ],
)
def test_a_bare_count_takes_the_noun_it_leaves_out(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


def test_every_month_of_a_list_is_a_date():
    text = "OPEC+ will hold output steady in January, February and March."
    assert [d.value for d in extract_facts(text, dt.date(2025, 11, 30)).dates] == [
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    text = "Sales fell in January, February and March."
    assert [d.value for d in extract_facts(text, dt.date(2025, 6, 15)).dates] == [
        "2025-01",
        "2025-02",
        "2025-03",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell in March and April, 2023, the company said.",
        "In January, August Wilson's play opened on Broadway.",
        "In March, April Ryan reported the story.",
    ],
)
def test_a_listed_month_is_no_name_and_no_second_year(text):
    dates = extract_facts(text, dt.date(2024, 5, 15)).dates
    assert len({d.value[:4] for d in dates if d.text == "April"}) <= 1
    assert not any(d.text in ("August", "April") and d.value.startswith("2024") for d in dates)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The war has killed tens of thousands of people.", 20_000, "people"),
        ("Hundreds of thousands of people fled.", 200_000, "people"),
        ("It will cost hundreds of millions of dollars.", 2e8, "dollar"),
        ("Thousands of people marched.", 2_000, "people"),
        ("He met dozens of officials.", 24, "official"),
    ],
)
def test_a_vague_plural_count_is_its_least_value_and_approximate(text, value, unit):
    (quantity,) = extract_facts(text).quantities
    assert (quantity.value, quantity.unit, quantity.approx) == (value, unit, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They received sentences of four and six years respectively.",
            [(4, "years"), (6, "years")],
        ),
        ("The deal runs for two or three years.", [(2, "years"), (3, "years")]),
        ("It is 20 or 30 miles away.", [(32.1869, "km"), (48.2803, "km")]),
        ("It has one hundred and six beds.", [(106, "bed")]),
        ("He is thirty and she is forty.", [(30, None), (40, None)]),
    ],
)
def test_coordinated_numbers_share_a_unit_and_are_never_summed(text, expected):
    assert [(q.value, q.unit) for q in extract_facts(text).quantities] == expected


def test_and_between_number_words_needs_a_scale_before_it():
    assert words_to_number("four and six") is None
    assert words_to_number("two thousand and five") == 2005
    assert words_to_number("two and a half million") == 2_500_000


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank said the budget, due on Nov. 4, would help.", "2025-11-04"),
        ("The report is expected on Nov. 4.", "2025-11-04"),
        ("The payment was due on Nov. 4 but was missed.", "2024-11-04"),
        # a plan given up: the nearest Nov. 4 (a week ahead, not a year back)
        ("The report, which had been expected on Nov. 4, was delayed.", "2025-11-04"),
        ("The company said sales fell in December.", "2024-12"),
    ],
)
def test_a_date_due_or_expected_is_the_coming_one_unless_past(text, value):
    (date,) = extract_facts(text, dt.date(2025, 10, 29)).dates
    assert date.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiprotich won in 2:00:35, inside the old mark of 2:00:56.", [7235, 7256]),
        ("He went through halfway in 59:51.", [3591]),
        ("She clocked 14:05.2 over 5,000 metres.", [845.2, 5]),
        ("The meeting starts at 10:30.", []),
        ("The blast came at 14:05:30 local time.", []),
        ("The samples were mixed at a molar ratio of 1:20.", []),
        ("The map was drawn at a scale of 1:50,000.", []),
        ("Antibodies were diluted in 1:50 blocking buffer.", []),
        ("The meeting ran 10:00 to 12:00.", []),
    ],
)
def test_race_times_are_seconds_and_clock_times_are_no_quantity(text, expected):
    assert [q.value for q in extract_facts(text).quantities] == expected


def test_a_bare_vague_count_at_a_clause_end_is_a_quantity():
    (quantity,) = extract_facts("A bomb exploded, killing and injuring dozens.").quantities
    assert (quantity.value, quantity.approx) == (24, True)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Jokic finished with 32 and 12 rebounds.", [None, "rebound"]),
        (
            "Vaccination reached 90% among people over 65 and 40 percent among children.",
            ["%", None, "%"],
        ),
        ("The index closed at 5,300 and 70 percent of stocks rose.", [None, "%"]),
        ("Strength was measured at three and six months.", ["months", "months"]),
    ],
)
def test_a_number_in_another_slot_keeps_its_own_unit(text, units):
    assert [q.unit for q in extract_facts(text).quantities] == units


@pytest.mark.parametrize(
    "text",
    ["The payment was due on Jan. 15 but was missed.", "Taxes were due on April 15."],
)
def test_a_past_due_date_stays_in_the_past(text):
    (date,) = extract_facts(text, dt.date(2024, 5, 15)).dates
    assert date.value.startswith("2024")


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("Under Dutch law, prisoners are eligible.", [("Netherlands", "place")]),
        (
            "Former French president Nicolas Sarkozy was jailed.",
            [("France", "place"), ("Nicolas Sarkozy", "person")],
        ),
        (
            "Sebastian Coe, president of World Athletics, praised the run.",
            [("Sebastian Coe", "person"), ("World Athletics", "org")],
        ),
        ("Taoiseach Micheal Martin said he was confident.", [("Micheal Martin", "person")]),
    ],
)
def test_an_opener_is_no_part_of_a_name_and_bodies_are_no_people(text, entities):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == entities


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The quake measured 6.2 and 3 people died.", [None, "people"]),
        (
            "In total, 115 and 48 plasma proteins from the rat were identified.",
            ["protein", "protein"],
        ),
    ],
)
def test_a_number_before_a_new_clause_keeps_its_own_unit(text, units):
    assert [q.unit for q in extract_facts(text).quantities] == units


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sheikh Hasina resigned on Monday.", "Sheikh Hasina"),
        ("Under Armour shares fell 12%.", "Under Armour"),
    ],
)
def test_names_that_open_with_a_title_like_word_stay_whole(text, name):
    assert name in [e.name for e in extract_facts(text).entities]


def test_a_due_date_aside_before_a_past_verb_is_past():
    (date,) = extract_facts("The rent, due on Nov. 1, was not paid.", dt.date(2025, 10, 29)).dates
    assert date.value == "2024-11-01"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("An amendment proposed by Labour was defeated by 84 votes to 65.", None),
        ("Acme raised its revenue forecast to a range of $9 billion to $9.1 billion.", None),
        ("The bank is forecast to cut rates.", "expected"),
    ],
)
def test_a_participle_with_its_agent_or_a_forecast_noun_is_no_modality(text, modality):
    assert extract_facts(text).modality == modality


def test_a_due_date_aside_before_could_not_is_past():
    (date,) = extract_facts(
        "The payment, due on Nov. 1, could not be made.", dt.date(2025, 10, 29)
    ).dates
    assert date.value == "2024-11-01"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mortgage approvals dropped to 61,200 in January, below the 64,000 forecast.", "2026-01"),
    ],
)
def test_a_forecast_figure_or_a_past_due_date_is_no_coming_date(text, value):
    (date,) = extract_facts(text, dt.date(2026, 3, 6)).dates
    assert date.value == value


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        (
            '"This is a very large analysis," said Mark Hendry, who was not involved in the research.',
            False,
        ),
        ('"It does not work," said Mark Hendry, who was not involved in the research.', True),
    ],
)
def test_a_speakers_not_involved_aside_negates_nothing(text, negated):
    assert extract_facts(text).negated is negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [("The driver, who was not involved in the crash, was questioned by police.", True)],
)
def test_a_not_involved_clause_outside_a_speaker_aside_is_negated(text, negated):
    assert extract_facts(text).negated is negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [("Police said the man, who was not involved in the attack, had been released.", True)],
)
def test_a_not_involved_clause_after_said_the_man_is_negated(text, negated):
    assert extract_facts(text).negated is negated


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('"This one means more than the others," Sinner said.', []),
        ("The one-year deal was signed.", [1]),
        ("One person died.", [1]),
    ],
)
def test_one_as_a_pronoun_is_no_quantity(text, values):
    assert [q.value for q in extract_facts(text).quantities] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The threshold fell to 300,000 pounds from 425,000 pounds last April.",
            [(300000.0, "GBP", False), (425000.0, "GBP", False)],
        ),
        ("($1 = 0.7920 pounds)", [(1.0, "USD", False), (0.792, "GBP", False)]),
        (
            "He lost 20 pounds to 180 pounds.",
            [(9.07185, "kg", False), (81.6466, "kg", False)],
        ),
    ],
)
def test_pounds_set_against_sterling_and_rate_footers(text, expected):
    assert quantities(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exposure was 8.3 micrograms per cubic metre, below the limit of 25 micrograms.",
            [(8.3, "µg/m3", False), (25.0, "µg/m3", False)],
        ),
        ("The guideline is 5 µg/m³.", [(5.0, "µg/m3", False)]),
        ("Lead levels hit 15 milligrams per litre.", [(15.0, "mg/L", False)]),
        ("A tablet contains 5 micrograms of vitamin D.", [(5.0, "microgram", False)]),
    ],
)
def test_concentrations(text, expected):
    assert quantities(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exposure to PM2.5 was linked to dementia.", [("PM2.5", "other")]),
        ("JPMorgan advised Brightline.", [("JPMorgan", "org"), ("Brightline", "other")]),
        ("The study was published in The Lancet.", [("Lancet", "other")]),
        ("Russia fired a Lancet at the tank.", [("Russia", "place"), ("Lancet", "weapon")]),
        ("Charts were drawn with ECharts Java.", [("ECharts Java", "other")]),
    ],
)
def test_names_with_digits_inner_capitals_and_journals(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2026-02-25", "He said pilots were prepared to strike again in March.", ["2026-03"]),
        ("2026-04-14", "The union threatened to strike in May.", ["2026-05"]),
        ("2026-08-19", "She said crews expected the winds to ease by Friday.", ["2026-08-21"]),
        ("2026-08-19", "Analysts had expected sales to rise in March.", ["2026-03"]),
        (
            "2026-02-25",
            "The strike runs from 00:01 on Wednesday until 23:59 on Thursday.",
            ["2026-02-25", "2026-02-26"],
        ),
        ("2026-11-05", "The launch had been scheduled for Monday but was delayed.", ["2026-11-02"]),
        ("2026-11-05", "The launch is scheduled for Monday.", ["2026-11-09"]),
        ("2026-04-14", "Gas cost $3.62 a gallon in the last week of March.", ["2026-03"]),
        ("2025-06-01", "The party has threatened to quit twice since December.", ["2024-12"]),
    ],
)
def test_dates_of_intentions_expectations_and_past_plans(published, text, expected):
    found = extract_facts(text, dt.date.fromisoformat(published)).dates
    assert [d.value for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ariane 6 rocket lifted off.", []),
        ("Arianespace plans up to 10 Ariane 6 missions next year.", [(10.0, None, True)]),
        ("Mutation of Trp 153 decreases the selectivity.", []),
        ("ATP increased the Vmax 12-fold.", [(12.0, "fold", False)]),
        ("In Kherson 12 people died.", [(12.0, "people", False)]),
        ("The May 5 vote passed.", []),
        ("About 5 people died.", [(5.0, "people", True)]),
    ],
)
def test_a_number_after_a_name_is_part_of_it(text, expected):
    assert quantities(text) == expected


def test_a_dose_after_a_concentration_stays_a_mass():
    text = "Lead in the water reached 15 mg/L, and each child ingested 2 milligrams a week."
    assert quantities(text) == [(15.0, "mg/L", False), (2.0, "milligram", False)]


def test_the_lancet_drone_after_in_the():
    text = "Russia has invested heavily in the Lancet, a drone that destroyed 300 vehicles."
    assert ("Lancet", "weapon") in [(e.name, e.type) for e in extract_facts(text).entities]


def test_a_partys_gapped_seats_are_no_model_number():
    text = "The Greens won 16 seats, the Liberals 11 and the Left eight."
    assert [q.value for q in extract_facts(text).quantities] == [16.0, 11.0, 8.0]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2024-05-15",
            "The union said in January it was prepared to strike in March.",
            ["2024-01", "2024-03"],
        ),
        (
            "2024-01-03",
            "The union had threatened to strike in March but called it off.",
            ["2023-03"],
        ),
        (
            "2024-05-18",
            "Investors expected the company to report profit on Thursday.",
            ["2024-05-16"],
        ),
        ("2024-05-15", "The trial had been listed for June 3 before it was moved.", ["2024-06-03"]),
        ("2024-05-15", "NASA said the launch had been rescheduled for Friday.", ["2024-05-17"]),
        (
            "2026-03-03",
            "OPEC+ agreed to raise output by 411,000 barrels per day in April.",
            ["2026-04"],
        ),
        ("2026-03-03", "Kazakhstan pledged to make cuts of 280,000 bpd by June.", ["2026-06"]),
    ],
)
def test_intentions_and_abandoned_plans_take_the_nearest_date(published, text, expected):
    found = extract_facts(text, dt.date.fromisoformat(published)).dates
    assert [d.value for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the city of Kharkiv 12 people were killed.", [(12.0, "people", False)]),
        ("The Pentagon sent the Navy 4 new ships.", [(4.0, "ship", False)]),
        ("Brazil beat the Dutch 2 to 1 in the final.", [(2.0, None, False), (1.0, None, False)]),
        (
            "The SPD won 206 seats, the Greens 118 and the Left 39.",
            [(206.0, "seat", False), (118.0, None, False), (39.0, None, False)],
        ),
    ],
)
def test_a_count_after_a_place_a_body_or_a_people_is_no_model_number(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sulphur dioxide reached 350 micrograms per cubic metre, up from 200 micrograms a year earlier.",
            [(350.0, "µg/m3", False), (200.0, "µg/m3", False)],
        ),
        (
            "The water held 5 mg/L of fluoride, and each child ingested 2 milligrams a day.",
            [(5.0, "mg/L", False), (2.0, "milligram", False)],
        ),
    ],
)
def test_a_concentration_said_short_but_not_a_dose(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A review in The Lancet found 3 million cases.",
        "Writing in the Lancet, researchers said so.",
    ],
)
def test_the_lancet_journal_without_a_publishing_verb(text):
    assert ("Lancet", "other") in [(e.name, e.type) for e in extract_facts(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pacific Gas and Electric Co (PG&E) said so.", ["Pacific Gas and Electric Co", "PG&E"]),
        ("Shares of SpaceX and AT&T rose.", ["SpaceX", "AT&T"]),
        ("Alternative for Germany won 39 seats.", ["Alternative for Germany"]),
        (
            "Ursula Munch of the Academy for Political Education said so.",
            ["Ursula Munch", "Academy for Political Education"],
        ),
        ("It reached 104 degrees Fahrenheit (40 degrees Celsius) at 0300 GMT.", []),
    ],
)
def test_names_with_ampersands_a_closing_capital_and_for(text, expected):
    assert [e.name for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders see about a 60% chance of a cut.", [(60.0, "%", True)]),
        ("Rescuers need at least another 48 hours.", [(48.0, "hours", True)]),
        ("Patients were followed over a 10-year period.", [(10.0, "years", False)]),
    ],
)
def test_an_approximation_before_an_article(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2024-05-15", "The union threatens to strike on Monday.", ["2024-05-20"]),
        ("2024-01-03", "He threatens to quit in December over a pay cut.", ["2024-12"]),
        ("2024-05-15", "The offer runs until midnight on Monday.", ["2024-05-20"]),
        ("2024-05-15", "The polls stayed open until midnight on Sunday.", ["2024-05-12"]),
        ("2024-05-15", "He had been jailed on Friday for 3 days.", ["2024-05-10"]),
        (
            "2024-05-15",
            "Trump wanted to hold a rally on Saturday, but 3,000 people protested.",
            ["2024-05-11"],
        ),
    ],
)
def test_present_intentions_look_ahead_and_past_events_stay_past(published, text, expected):
    found = extract_facts(text, dt.date.fromisoformat(published)).dates
    assert [d.value for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After 2 delays, ESA launched the Ariane 6.", [(2.0, "delay", False)]),
        (
            "The ECB raised rates 10 times; the Fed 11.",
            [(10.0, None, False), (11.0, None, False)],
        ),
        (
            "Ozone hit 180 micrograms per cubic metre; a runner inhales 30 micrograms per hour.",
            [(180.0, "µg/m3", False), (30.0, "microgram", False)],
        ),
    ],
)
def test_review_23_quantities(text, expected):
    assert quantities(text) == expected


def test_lancet_strikes_are_the_drones():
    text = "According to Ukrainian data, 30 soldiers died in the Lancet strikes."
    assert ("Lancet", "weapon") in [(e.name, e.type) for e in extract_facts(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unions complained about a 20% rise in rents.", [(20.0, "%", False)]),
        ("The film is about a 9-year-old boy.", [(9.0, "years", False)]),
    ],
)
def test_about_a_as_a_preposition_is_no_approximation(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Support from the European Union for Ukraine totals 88 billion euros.",
            ["European Union", "Ukraine"],
        ),
        ("The Party for Freedom won.", ["Party for Freedom"]),
        ("The firm spent $2 billion on R&D.", []),
        ("A report in the Lancet found 3 million deaths.", ["Lancet"]),
    ],
)
def test_review_24_entities(text, expected):
    assert [e.name for e in extract_facts(text).entities] == expected


def test_an_intention_reaches_its_second_infinitive():
    found = extract_facts(
        "The company seeks to close the deal on Monday and to hire 300 staff on Friday.",
        dt.date(2024, 5, 15),
    ).dates
    assert [d.value for d in found] == ["2024-05-20", "2024-05-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blood pressure above 130/80 millimetres of mercury is high.",
            [(130.0, "mmHg", False), (80.0, "mmHg", False)],
        ),
        ("A reading of 140/90 mmHg.", [(140.0, "mmHg", False), (90.0, "mmHg", False)]),
        ("It fell by 4.5 mm Hg.", [(4.5, "mmHg", False)]),
    ],
)
def test_blood_pressure_in_mmhg(text, expected):
    assert quantities(text) == expected


def test_a_model_number_after_a_count():
    assert quantities("Boeing delivered 40 737 MAX jets.") == [(40.0, None, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leerink's David Risinger said so.", [("Leerink", "other"), ("David Risinger", "person")]),
        ("The fine on Alphabet's Google was upheld.", [("Alphabet's Google", "other")]),
        ("He saw The King's Speech.", [("King's Speech", "other")]),
    ],
)
def test_what_a_name_owns_is_no_person_unless_a_person_is_named(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


def test_a_trade_opening_a_sentence_is_no_part_of_the_name():
    text = "Operator Fraport said 200 flights were cancelled."
    assert [(e.name, e.type) for e in extract_facts(text).entities] == [("Fraport", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's about a 20% rise.", [(20.0, "%", True)]),
        ("The party won close to a 60% share.", [(60.0, "%", True)]),
        ("Shares traded close to a 52-week high.", [(52.0, "weeks", False)]),
        ("Investors worried about a 2% drop in sales.", [(2.0, "%", False)]),
    ],
)
def test_about_a_approximates_unless_a_preposition(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won the Champions League for Real Madrid.", ["Champions League", "Real Madrid"]),
        ("The National Trust for Scotland has 300,000 members.", ["National Trust for Scotland"]),
        ("Aid from the African Union for Sudan rose.", ["African Union", "Sudan"]),
    ],
)
def test_for_inside_a_name_and_for_a_place(text, expected):
    assert [e.name for e in extract_facts(text).entities] == expected


def test_an_intention_runs_past_an_adjective_in_ed():
    found = extract_facts(
        "The union threatens to hold an unlimited strike on Monday.", dt.date(2024, 5, 15)
    ).dates
    assert [d.value for d in found] == ["2024-05-20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scandal around a £2 million loan grew.", [(2e6, "GBP", False)]),
        ("The tax would raise about a $1 billion a year.", [(1e9, "USD", True)]),
        ("In 2022 40 NHS trusts missed the target.", [(40.0, "trust", False)]),
    ],
)
def test_review_26_quantities(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carrier Global said so.", ["Carrier Global"]),
        ("Operator Fraport said so.", ["Fraport"]),
    ],
)
def test_a_trade_is_dropped_only_before_a_firms_own_name(text, expected):
    assert [e.name for e in extract_facts(text).entities] == expected


def test_a_name_in_s_keeps_it_as_an_owner():
    entities = extract_facts("Moody's Mark Zandi said so.").entities
    assert [(e.name, e.type) for e in entities] == [("Moody's", "other"), ("Mark Zandi", "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IMF cut its forecast.", [("IMF", "org")]),
        ("SpaceX launched 20 satellites.", [("SpaceX", "org")]),
        ("Analysts at Nvidia and Samsung", [("Nvidia", "org"), ("Samsung", "org")]),
        ("The WHO said cases rose.", [("WHO", "org")]),
        # the exact case only, and ambiguous names stay out
        ("Harrison Ford starred.", [("Harrison Ford", "person")]),
    ],
)
def test_well_known_bodies_are_organisations(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He joined Borussia Dortmund.", [("Borussia Dortmund", "org")]),
        ("Severn Valley Water was fined.", [("Severn Valley Water", "org")]),
        (
            "Real Madrid and Bayern Munich drew.",
            [("Real Madrid", "org"), ("Bayern Munich", "org")],
        ),
        (
            "The Department of Health and Social Care",
            [("Department of Health and Social Care", "org")],
        ),
        ("Intel said so.", [("Intel", "org")]),
    ],
)
def test_clubs_utilities_and_known_companies_are_organisations(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wiping about 310 million pounds off its market value", [(310e6, "GBP")]),
        ("an increase of about 104 pounds a year", [(104.0, "GBP")]),
        ("He lost 20 pounds a year.", [(9.07184740, "kg")]),
        ("They bought 5 pounds of cheese.", [(2.26796185, "kg")]),
    ],
)
def test_pounds_off_a_value_or_a_year_are_sterling(text, expected):
    got = [(q.value, q.unit) for q in extract_facts(text).quantities]
    assert [(pytest.approx(v), u) for v, u in expected] == got


def test_a_decimal_point_does_not_end_the_modal_phrase_of_a_coming_weekday():
    facts = extract_facts(
        "ANZ said it would lower its floating mortgage rate by 0.25 percentage points from Friday.",
        dt.date(2026, 3, 3),
    )
    assert [d.value for d in facts.dates] == ["2026-03-06"]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Smith, not Jones, will lead the team.", False),
        ("The council hoped to make the cuts by not filling vacancies.", False),
        ("The company did not pay the fine.", True),
        ("Smith will not lead the team.", True),
    ],
)
def test_a_contrast_or_a_negated_means_is_no_negation_of_the_claim(text, negated):
    from claimcheck.core.extract import extract_claims

    assert extract_claims(text)[0].facts.negated is negated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan Water, a local councillor, said so.", [("Jordan Water", "person")]),
        ("AMD affects 200 million people.", [("AMD", "other")]),
    ],
)
def test_review_27_entity_types(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She played with the Bergen Philharmonic Orchestra.",
            [("Bergen Philharmonic Orchestra", "org")],
        ),
        ("He received the Grand Cross in 2003.", [("Grand Cross", "other")]),
        ("Marcus Cross said so.", [("Marcus Cross", "person")]),
        ("Liberal Initiative won 9 seats.", [("Liberal Initiative", "org")]),
    ],
)
def test_orchestras_honours_and_parties_are_no_people(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


def test_the_day_a_report_was_made_is_past_whatever_it_looks_to():
    facts = extract_facts("Nimbus will cut 2,300 jobs, it said on Monday.", dt.date(2026, 3, 3))
    assert [d.value for d in facts.dates] == ["2026-03-02"]
    facts = extract_facts("The union said it will strike on Monday.", dt.date(2026, 3, 3))
    assert [d.value for d in facts.dates] == ["2026-03-09"]


def test_pounds_saved_are_sterling():
    got = [(q.value, q.unit) for q in extract_facts("It will save families 150 pounds.").quantities]
    assert got == [(150.0, "GBP")]


def test_wire18_facts():
    published = dt.date(2026, 3, 3)
    facts = extract_facts("The time would be allocated in May if approved.", published)
    assert [d.value for d in facts.dates] == ["2026-05"]
    facts = extract_facts("The plant would have closed in May.", published)
    assert [d.value for d in facts.dates] == ["2025-05"]
    got = [
        (q.value, q.unit)
        for q in extract_facts("Prices fell by almost a third since May.").quantities
    ]
    assert got == [(33.3333, "%")]
    got = [
        (q.value, q.unit) for q in extract_facts("It is 13 billion light years away.").quantities
    ]
    assert got == [(pytest.approx(13e9 * 9.4607e12), "km")]


def test_a_later_clauses_next_week_does_not_move_an_earlier_weekday():
    text = (
        "Pedro Sanchez, who visited Alzira on Monday, promised aid and said the government would "
        "act next week."
    )
    dates = [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates]
    assert dates[0] == "2026-03-02"


def test_review_29_facts():
    published = dt.date(2026, 3, 3)
    facts = extract_facts("The winner will be announced on Friday.", published)
    assert [d.value for d in facts.dates] == ["2026-03-06"]
    got = [(q.value, q.unit) for q in extract_facts("She saved 15 pounds in weight.").quantities]
    assert got == [(pytest.approx(6.80388555), "kg")]


@pytest.mark.parametrize(
    "text",
    [
        "The thieves stole 40,000 pounds in cash.",
        "He had embezzled 2 million pounds from the charity.",
        "She owed 300 pounds in rent.",
    ],
)
def test_pounds_stolen_or_owed_are_money(text):
    (quantity,) = extract_facts(text).quantities
    assert quantity.unit == "GBP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "could not ... until" looks ahead as "could" does ("could not reopen until June")
            "Officials said the bridge could not reopen until June.",
            ["2026-06"],
        ),
        ("The deal could close in December.", ["2026-12"]),
        (  # a past opening of the door is no look ahead
            "The ruling in January paved the way for his release.",
            ["2026-01"],
        ),
        (  # opening the door to something looks ahead
            "The bank is opening the door to a cut in May.",
            ["2026-05"],
        ),
        ("The vote paves the way for an election in June.", ["2026-06"]),
    ],
)
def test_wire20_months_after_could_and_opening_the_door(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brightwell Home Products is recalling about 1.2 million heaters.",
            [("Brightwell Home Products", "org")],
        ),
        ("The research was funded by the Hartwell Ocean Trust.", [("Hartwell Ocean Trust", "org")]),
    ],
)
def test_trusts_and_product_makers_are_bodies(text, expected):
    assert [(e.name, e.type) for e in extract_facts(text).entities] == expected


def test_a_score_after_the_beaten_sides_name_keeps_both_numbers():
    quantities = extract_facts("Rovers beat Harwick 3-1 on Saturday.").quantities
    assert [q.value for q in quantities] == [3.0, 1.0]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Replays appeared to show contact between the two players.", "appears"),
        ("The drug appears to reduce the risk of stroke.", "appears"),
        ("The effects seem to be consistent across groups.", "seems"),
        ("The mayor appeared in court.", None),
    ],
)
def test_appearing_and_seeming_are_hedges(text, modality):
    assert extract_facts(text).modality == modality


def test_a_negation_inside_an_after_clause_is_not_the_claims():
    from claimcheck.core.extract import extract_claims

    claims = extract_claims("The minister resigned after the bill was rejected.")
    assert [c.facts.negated for c in claims] == [False]
    claims = extract_claims("The minister did not resign after the vote.")
    assert [c.facts.negated for c in claims] == [True]


def test_model_numbers_of_a_product_are_no_weapons():
    entities = extract_facts("The recall covers model numbers CZ-150 and CZ-200.").entities
    assert not any(e.type == "weapon" for e in entities)
    assert [e.type for e in extract_facts("The Su-34 bomber was shot down.").entities] == ["weapon"]


def test_a_plural_acronym_is_no_part_of_a_name_before_it():
    found = [
        (e.text, e.type) for e in find_entities("Several Labour MPs said they had been threatened.")
    ]
    assert ("Labour MP", "person") not in found
    assert ("MP", "other") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both sides said they hoped to conclude a deal before the end of June.", "2026-06"),
        ("Fournier said he had invited Prado to visit potash mines in May.", "2026-05"),
        ("\"If it doesn't rain by April, I don't know what we'll do,\" he said.", "2026-04"),
        ("They had hoped to finish by June.", "2025-06"),
        ("If prices rose in January, demand would fall.", "2026-01"),
        ("He hoped to retire in February.", "2026-02"),
        ("She invited him to visit in January.", "2026-01"),
    ],
)
def test_a_hoped_for_invited_or_conditional_month_lies_ahead(text, expected):
    facts = extract_facts(text, dt.date(2026, 3, 3))
    assert [d.value for d in facts.dates] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health officials confirmed 37 new cases in West Yorkshire.",
            [("West Yorkshire", "place")],
        ),
        ("Since January, about 6,800 doses have been given.", []),
        ("State Sen. Howard Briggs sponsored the law.", [("Howard Briggs", "person")]),
        ("Kanye West said he would tour.", [("Kanye West", "person")]),
    ],
)
def test_compass_regions_opening_words_and_titles_are_no_people(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected


@pytest.mark.parametrize(
    ("text", "quantities", "dates"),
    [
        ("She said the gains reflected a 2023 law.", [], ["2023"]),
        ("A 2023 law took effect.", [], ["2023"]),
        ("The company sold 2023 cars.", [(2023.0, "car")], []),
        ("The 24-meter Aurora 2 rocket lifted off.", [(0.024, "km")], []),
        ("The strain is related to one circulating in Eastern Europe.", [], []),
        ("Thieves stole one painting.", [(1.0, "painting")], []),
    ],
)
def test_years_names_and_pronouns_that_count_nothing(text, quantities, dates):
    facts = extract_facts(text, dt.date(2026, 3, 3))
    assert [(q.value, q.unit) for q in facts.quantities] == quantities
    assert [d.value for d in facts.dates] == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state's Ports Minister, Danielle Fraser, spoke.",
            [("Ports Minister", "other"), ("Danielle Fraser", "person")],
        ),
        ("The Nurses' Health Study began in 1976.", [("Nurses' Health Study", "other")]),
        (
            "The Liberal Democrats' Rachel Huang spoke.",
            [("Liberal Democrats", "org"), ("Rachel Huang", "person")],
        ),
    ],
)
def test_offices_studies_and_a_partys_person(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan, which will cost $5 million, was approved on Monday.", ["2026-03-02"]),
        ("The plant, which was closed in May, will reopen on Monday.", ["2025-05", "2026-03-09"]),
    ],
)
def test_a_relatives_tense_does_not_date_the_main_clause(text, expected):
    facts = extract_facts(text, dt.date(2026, 3, 3))
    assert sorted(d.value for d in facts.dates) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deadline for applications is March 31.", "2026-03-31"),
        ("Passengers can rebook for free before March 31.", "2026-03-31"),
        ("The deadline was March 31.", "2025-03-31"),
    ],
)
def test_a_coming_deadline_later_in_the_month_lies_ahead(text, expected):
    facts = extract_facts(text, dt.date(2026, 3, 3))
    assert [d.value for d in facts.dates] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The king invited Macron to visit in October.", "2026-10"),
        ("He said he hoped to be fit by October.", "2026-10"),
        ("He hoped to retire in February.", "2026-02"),
    ],
)
def test_a_hoped_for_or_invited_month_is_ahead_unless_just_gone(text, expected):
    facts = extract_facts(text, dt.date(2026, 3, 3))
    assert [d.value for d in facts.dates] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kasumi cut its sales forecast in November.", "2025-11"),
        ("Kasumi's forecast was cut in November.", "2025-11"),
        ("Economists forecast a cut in June.", "2026-06"),
    ],
)
def test_a_forecast_noun_does_not_look_ahead(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == [expected]


def test_today_in_a_quote_said_on_a_weekday_is_that_day():
    published = dt.date(2026, 3, 3)
    text = '"Today the Supreme Court agreed," Brad Raffensperger said in a statement on Monday.'
    assert [d.value for d in extract_facts(text, published).dates] == ["2026-03-02"]
    plain = '"Today the Supreme Court agreed," Brad Raffensperger said.'
    assert [d.value for d in extract_facts(plain, published).dates] == ["2026-03-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deadline for applications is March 31.", ["2026-03-31"]),
        (
            "The dividend is payable on April 15 to shareholders of record on March 27.",
            ["2026-04-15", "2026-03-27"],
        ),
        # after a past verb, a later day of the month is last year's
        ("He was arrested on March 27.", ["2025-03-27"]),
    ],
)
def test_a_later_day_of_the_publication_month_is_this_years_unless_past(text, expected):
    found = extract_facts(text, dt.date(2026, 3, 3)).dates
    assert [d.value for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A decision is expected in April.", ["2026-04"]),
        ("The government has closed schools in the capital until March 16.", ["2026-03-16"]),
        ("Marco Bucci declared a day of mourning for Wednesday.", ["2026-03-04"]),
        ("The union called a strike for Thursday.", ["2026-03-05"]),
        ("Markets see a 78% chance of a cut, up from 55% on Monday.", ["2026-03-02"]),
    ],
)
def test_days_and_months_looked_ahead_to_or_back_on(text, expected):
    found = extract_facts(text, dt.date(2026, 3, 3)).dates
    assert [d.value for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and Hamas agreed to a ceasefire in April.", ["2025-04"]),
        ("The ship sank on March 19.", ["2025-03-19"]),
        ("On March 14, a gunman killed 12 people at a school.", ["2025-03-14"]),
        ("The deadline for applications is March 31, officials said.", ["2026-03-31"]),
    ],
)
def test_review_42_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served as mayor until March 15.", ["2025-03-15"]),
        (
            "Voters go to the polls on March 22, a month after the government collapsed.",
            ["2026-03-22"],
        ),
        ("Turnout for Sunday's referendum was 62%, officials said.", ["2026-03-01"]),
    ],
)
def test_review_43_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road is closed until March 20.", ["2026-03-20"]),
        ("The government has closed schools until March 16 and banned gatherings.", ["2026-03-16"]),
        ("Officials are bracing for Saturday's storm.", ["2026-03-07"]),
    ],
)
def test_review_44_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was arrested on March 27 and has been charged.", ["2025-03-27"]),
        ("The law, passed on March 18, has been challenged.", ["2025-03-18"]),
        ("He is accused of causing the crash on March 12.", ["2025-03-12"]),
        ("No group has claimed responsibility for Saturday's attack.", ["2026-02-28"]),
        ("Turnout for Sunday's election is estimated at 62%.", ["2026-03-01"]),
    ],
)
def test_review_45_dates(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == expected


def test_a_capitalised_number_word_inside_a_name_is_no_quantity():
    def values(text):
        return [q.value for q in extract_facts(text).quantities]

    assert values("McLaren won the opening race of the Formula One season.") == []
    assert values("The Big Ten conference voted.") == []
    # a headline's verb before the number, or a sentence's first word, keeps the count
    assert values("Storm Kills Five in Texas") == [5]
    assert values("Police said. Three men died.") == [3]


def test_a_name_before_a_place_noun_is_a_place():
    entities = extract_facts("She loaded two goats onto a truck in the Praia Nova neighbourhood.")
    assert [(e.name, e.type) for e in entities.entities] == [("Praia Nova", "place")]


@pytest.mark.parametrize(
    "name", ["Strait Line Shipping", "Thames Water", "Harbour Lending", "Metro Trains"]
)
def test_company_last_words_make_an_organisation(name):
    assert [(e.name, e.type) for e in extract_facts(f"{name} raised prices.").entities] == [
        (name, "org")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A protest is planned outside the museum on Saturday.", "2026-03-07"),
        ("She is considering a race in July.", "2026-07"),
        ("Drinking water is guaranteed until October.", "2026-10"),
        ("The protest was planned for Saturday.", "2026-02-28"),
    ],
)
def test_a_plan_or_state_that_runs_ahead_is_dated_ahead(text, expected):
    dates = extract_facts(text, dt.date(2026, 3, 3)).dates
    assert [d.value for d in dates] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum will lose 600,000 pounds a year.", [(600000.0, "GBP")]),
        ("She lost 40 pounds.", [(18.1437, "kg")]),
        ("a storm surge of three to four metres", [(0.003, "km"), (0.004, "km")]),
        ("He was sentenced to five to seven years.", [(5.0, "years"), (7.0, "years")]),
        ("The centre expects to train 12 to 18 pilots a year.", [(12.0, "pilot"), (18.0, "pilot")]),
    ],
)
def test_wire27_quantities(text, expected):
    assert [(round(q.value, 4), q.unit) for q in extract_facts(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The collection includes works by J.M.W. Turner.", "J.M.W. Turner"),
        ("J.R.R. Tolkien wrote it.", "J.R.R. Tolkien"),
        ("The U.S. Army said so.", "U.S. Army"),
    ],
)
def test_initials_run_together(text, name):
    assert [e.name for e in extract_facts(text).entities] == [name]


def test_a_count_before_a_numbered_compound():
    quantities = extract_facts("Panels were taken from three 14-storey blocks.").quantities
    assert sorted((q.value, q.unit) for q in quantities) == [(3.0, "block"), (14.0, "storey")]


def test_a_regulations_name_keeps_its_first_word():
    entities = extract_facts(
        "The General Data Protection Regulation took effect in May 2018."
    ).entities
    assert [(e.name, e.type) for e in entities] == [("General Data Protection Regulation", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop was robbed on Christmas Day.", ["2025-12-25"]),
        ("The telescope was launched on Christmas Day 2021.", ["2021-12-25"]),
        ("The sale will start on Boxing Day.", ["2026-12-26"]),
        ("Fireworks were set off on New Year's Eve.", ["2025-12-31"]),
    ],
)
def test_fixed_day_holidays_are_dated(text, expected):
    assert [d.value for d in extract_facts(text, dt.date(2026, 3, 3)).dates] == expected


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Goldman raised its forecast by two tenths of a percentage point to 3.2%", 0.2),
        ("Rates fell by a quarter of a percentage point", 0.25),
        ("Rates fell by half a percentage point", 0.5),
        ("The Fed made a quarter-point cut", 0.25),
        ("Inflation rose three quarters of a percentage point", 0.75),
    ],
)
def test_parts_of_a_percentage_point_in_words(text, points):
    quantities = extract_facts(text).quantities
    assert (quantities[0].value, quantities[0].unit) == (points, "pp")
    assert all(q.value != 20 for q in quantities)


def test_a_time_of_day_with_a_point_is_no_quantity():
    facts = extract_facts("The meeting began at 10.30 am and ended at 5.15 a.m.")
    assert facts.quantities == ()
    assert [q.value for q in extract_facts("Shares rose 10.30 percent").quantities] == [10.3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The next meeting is scheduled for 21-02-2026.", "2026-02-21"),
        ("The vote is on 03.04.2026.", "2026-04-03"),
        ("The result is due on 12-31-2026.", "2026-12-31"),
    ],
)
def test_numeric_dates_with_hyphens_or_points(text, value):
    assert [d.value for d in extract_facts(text).dates] == [value]


def test_a_year_before_gmt_is_a_time_of_day():
    dates = extract_facts("The quake struck on Monday (1917 GMT).", dt.date(2026, 3, 19)).dates
    assert [d.value for d in dates] == ["2026-03-16"]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The government will spend $A500 million on ships.", "AUD", 5e8),
        ("Spending will stay at $NZ1.3 billion a year.", "NZD", 1.3e9),
        ("BHP earned $US12.4 billion.", "USD", 1.24e10),
    ],
)
def test_dollars_with_the_country_after_the_sign(text, unit, value):
    facts = extract_facts(text)
    assert [(q.unit, q.value) for q in facts.quantities] == [(unit, value)]
    assert not any(e.text[:1] in "ANU" and e.text[-1:].isdigit() for e in facts.entities)


def test_a_currencys_letters_are_no_entity():
    facts = extract_facts(
        "Tata Electronics said it would invest Rs 27,000 crore and KSh 2.1 billion."
    )
    assert [e.text for e in facts.entities] == ["Tata Electronics"]
    assert [q.unit for q in facts.quantities] == ["INR", "KES"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The plant would create around 27,000 direct and indirect jobs", "job"),
        ("Contracts were awarded to 21 indigenous firms", "firm"),
    ],
)
def test_the_counted_noun_after_adjectives(text, unit):
    assert [q.unit for q in extract_facts(text).quantities] == [unit]


def test_over_a_sum_after_a_charge_or_row_is_its_cause_not_about():
    assert not extract_facts("The boss was jailed over £3.4m fraud.").quantities[0].approx
    assert not extract_facts("A row over a $2bn deal erupted.").quantities[0].approx
    assert extract_facts("The film grossed over $491 million worldwide.").quantities[0].approx
    assert extract_facts("The firm spent over £3.4m on lawyers.").quantities[0].approx


def test_an_owners_year_before_a_noun_is_a_date():
    facts = extract_facts("The state's 2026 budget allocated N148 billion to roads.")
    assert [d.value for d in facts.dates] == ["2026"]
    assert [q.value for q in facts.quantities] == [1.48e11]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Traders fully price in two rate cuts by December.", "2026-12"),
        ("Officials must decide before September.", "2026-09"),
        ("Prices had doubled by December.", "2025-12"),
        ("Prices rose by December.", "2025-12"),
    ],
)
def test_a_month_deadline_in_a_present_clause_is_ahead(text, value):
    dates = extract_facts(text, dt.date(2026, 5, 13)).dates
    assert [d.value for d in dates] == [value]


def test_the_month_a_twelve_month_figure_runs_through_is_a_date():
    dates = extract_facts(
        "In the 12 months through April, the CPI increased 3.1%.", dt.date(2026, 5, 13)
    ).dates
    assert [d.value for d in dates] == ["2026-04"]


@pytest.mark.parametrize(
    "text",
    [
        "Teacher numbers have risen slightly since 2024, not fallen.",
        "The new guidance covers the Sumy border area, not Kharkiv.",
    ],
)
def test_a_word_set_against_the_claim_at_its_end_negates_nothing(text):
    from claimcheck.core.extract import extract_claims

    assert not extract_claims(text)[0].facts.negated


def test_review77_fact_regressions():
    assert extract_facts("The factory's 1800 staff have not been paid.").dates == ()
    assert [d.value for d in extract_facts("In 1884 GMT was adopted as the standard.").dates] == [
        "1884"
    ]
    assert extract_facts("The app's version 2.10.2024 fixed the bug.").dates == ()
    assert all(
        q.unit != "pp" for q in extract_facts("The Fed made three quarter-point cuts.").quantities
    )
    assert all(
        q.unit != "pp"
        for q in extract_facts("Carlsen holds a half-point lead after seven rounds.").quantities
    )
    assert all(
        q.value != 0.5
        for q in extract_facts("Labour has a one-and-a-half-point lead in the poll.").quantities
    )
    assert extract_facts("The firm was fined over £2m yesterday.").quantities[0].approx


def test_review78_fact_regressions():
    pub = dt.date(2026, 5, 13)
    assert [d.value for d in extract_facts("By February, prices had doubled.", pub).dates] == [
        "2026-02"
    ]
    assert [
        e.text
        for e in extract_facts("Votes moved from the Five Star Movement to Forza Italia.").entities
    ][0] == "Five Star Movement"
    assert [
        d.value for d in extract_facts("The NHS's 2024 staff survey found low morale.").dates
    ] == ["2024"]
    assert [d.value for d in extract_facts("The rules take effect on 1.3.2026.").dates] == [
        "2026-03-01"
    ]
    assert extract_facts("The funds have been approved, not yet paid.").negated


def test_review79_fact_regressions():
    quantities = extract_facts(
        "The plant produced 10,000 cars last year but now employs just 800."
    ).quantities
    assert [q.unit for q in quantities] == ["car", None]
    dates = extract_facts(
        "Repairs should be complete by February, the council said.", dt.date(2026, 5, 13)
    ).dates
    assert [d.value for d in dates] == ["2027-02"]
    assert extract_facts("The trust's 2000 staff pay rise was agreed.").dates == ()


def test_review80_fact_regressions():
    pub = dt.date(2026, 5, 13)
    dates = extract_facts(
        "The council announced the closure before January, officials said.", pub
    ).dates
    assert [d.value for d in dates] == ["2026-01"]
    assert [d.value for d in extract_facts("The trust's 2024 staff costs rose 6%.").dates] == [
        "2024"
    ]


def test_a_committee_or_fund_to_a_verb_is_one_name():
    names = [
        e.name
        for e in extract_facts(
            "The Committee to Protect Journalists said 12 reporters were jailed."
        ).entities
    ]
    assert names[0] == "Committee to Protect Journalists"
    names = [
        e.name for e in extract_facts("He gave $5m to the Gates Foundation to Save lives.").entities
    ]
    assert "Gates Foundation" in names
