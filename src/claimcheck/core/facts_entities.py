"""Named entities for `core.facts`: aliases, canonical names, entity types and the name finder.

Owns `canonical_entity` ("U.S." -> "United States"), `entity_type` (person, place, org, weapon,
other; guesses from small word lists), the weapons-system table and pattern (also used by
`facts_numbers` for "24 F-16 jets"), and `_find_entities`, the finder behind
`core.facts.find_entities` and `Facts.entities`. Pure and linear-time: regexes and tables, no
model. The parse of one capitalised run is cached (`_parse_name`): names repeat across texts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.core.facts_places import PLACE_NAMES
from claimcheck.core.facts_text import _Coverage, _hyphen_parts
from claimcheck.core.given_names import gender
from claimcheck.core.models import Entity

# ---------------------------------------------------------------------------------------------
# Entities

_ALIASES: dict[str, str] = {}


def _alias(canonical: str, *names: str) -> None:
    _ALIASES[canonical.lower()] = canonical
    for name in names:
        _ALIASES[name.lower()] = canonical


_alias(
    "United States",
    "US",
    "U.S.",
    "U.S",
    "USA",
    "U.S.A.",
    "America",
    "American",
    "Americans",
    "United States of America",
    "the US",
    "the U.S.",
    "Washington",
)
_alias(
    "United Kingdom",
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "British",
    "Briton",
    "Britons",
    "London",
)
# England is not the United Kingdom: exam, health and school figures are England's alone
_alias("England", "English")
_alias("Netherlands", "The Netherlands", "Holland", "Dutch")
_alias("Russia", "Russian", "Russians", "Russian Federation", "Moscow", "Kremlin")
_alias("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev")
_alias("Germany", "German", "Germans", "Berlin")
_alias("France", "French", "Paris")
_alias("Italy", "Italian", "Italians", "Rome")
_alias("Spain", "Spanish")
_alias("Poland", "Polish", "Poles", "Warsaw")
_alias("China", "Chinese", "Beijing", "PRC")
_alias("Japan", "Japanese", "Tokyo")
_alias("India", "Indian", "Indians")
_alias("Iran", "Iranian", "Iranians", "Tehran")
_alias("Israel", "Israeli", "Israelis")
_alias("Canada", "Canadian", "Canadians")
_alias("Australia", "Australian", "Australians")
_alias("Turkey", "Turkish", "Türkiye")
_alias("Belarus", "Belarusian", "Minsk")
_alias("North Korea", "North Korean", "DPRK", "Pyongyang")
_alias("South Korea", "South Korean", "Seoul")
_alias("Sweden", "Swedish")
_alias("Norway", "Norwegian")
_alias("Denmark", "Danish")
_alias("Finland", "Finnish")
_alias("Belgium", "Belgian")
_alias("Greece", "Greek")
_alias("European Union", "EU", "E.U.")
_alias("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Alliance")
_alias("United Nations", "UN", "U.N.")
_alias("Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Zelenskiy")
_alias("Vladimir Putin", "Putin")
_alias("Joe Biden", "Biden")
_alias("Donald Trump", "Trump")
_alias("Barack Obama", "Obama")
_alias("SAMP/T", "SAMP-T", "SAMPT", "Mamba")
_alias("F-16", "F16", "F-16s", "Fighting Falcon")
_alias("ATACMS", "ATACM", "Army Tactical Missile System")
_alias("HIMARS", "High Mobility Artillery Rocket System")
_alias("Patriot", "Patriots", "MIM-104")
_alias("Storm Shadow", "SCALP")
_alias("Kharkiv", "Kharkov")
_alias("Belgorod", "Bilhorod")

_PLACES = (
    frozenset(
        "united states;united kingdom;netherlands;russia;ukraine;germany;france;italy;spain;poland;"
        "china;japan;india;iran;israel;canada;australia;turkey;belarus;north korea;south korea;"
        "sweden;norway;denmark;finland;belgium;greece;kharkiv;belgorod;crimea;donbas;donetsk;"
        "luhansk;zaporizhzhia;kherson;odesa;odessa;lviv;dnipro;kursk;bryansk;hawaii;honolulu;"
        "kansas;kenya;new york;new york city;california;texas;florida;europe;asia;africa;"
        "middle east;gaza;syria;iraq;afghanistan;pakistan;egypt;brazil;mexico;milky way;hollywood;"
        "black sea;baltic sea;taiwan;vietnam;indonesia;nigeria;south africa;argentina;chile;"
        "west bank".split(";")
    )
    | PLACE_NAMES
)
_WEAPON_NAMES = frozenset(
    "samp/t;f-16;atacms;himars;patriot;storm shadow;nasams;iris-t;javelin;stinger;nlaw;"
    "leopard;abrams;challenger;bradley;bayraktar;kinzhal;iskander;kalibr;shahed;lancet;"
    "taurus;gepard;hawk;harpoon;neptune;tomahawk;excalibur;caesar;krab;mig-29;su-27;s-300;"
    "s-400;f-35;a-10;mq-9;tb2".split(";")
)
_WEAPON_PATTERN = re.compile(
    r"(?=[A-Z])\b(?:[A-Z][A-Za-z]{0,4}-\d{1,3}[A-Z]{0,2}\b(?!-)|[A-Z]{2,5}/[A-Z]{1,2}\b|"
    r"(?:ATACMS|HIMARS|NASAMS|MLRS|NLAW|IRIS-T|SAMP/T|Patriot|Storm Shadow|Javelin|Stinger|"
    r"Leopard|Abrams|Bradley|Bayraktar|Kinzhal|Iskander|Kalibr|Shahed|Taurus|Gepard|"
    r"Tomahawk|Harpoon|Neptune|Lancet)(?: \d+[A-Z]?\d?)?\b)"
)
_PRODUCT_CODE_BEFORE = re.compile(
    r"\b(?:model|models|model numbers?|part numbers?|serial numbers?|lot numbers?|product "
    r"codes?|SKUs?|item numbers?|catalogue numbers?|catalog numbers?)\s+(?:[\w-]+(?:,\s+|\s+and\s+|"
    r"\s+or\s+))*$",
    re.IGNORECASE,
)
"""Before a code that names a product ("model numbers CZ-150 and ..."), not a weapon."""
_WEAPON_SYSTEM_WORDS = frozenset(
    "atacms himars nasams mlrs nlaw patriot storm javelin stinger leopard abrams bradley "
    "bayraktar kinzhal iskander kalibr shahed taurus gepard tomahawk harpoon neptune "
    "lancet".split()
)
"""The lower-case words of the systems `_WEAPON_PATTERN` names ("IRIS-T" and "SAMP/T" have
their "-" and "/"): every weapon it finds has "-", "/" or one of them among the text's words."""
_DASH_DIGIT = re.compile(r"-\d")
"""What a code-like weapon name ("F-16", "Su-27") holds: a text with "-" but without it (and
without "IRIS-T" or a system's name in a hyphenated word) has no weapon by "-"."""
_ORG_WORDS = frozenset(
    "athletics unit lab labs frontieres sociedad atletico olympique deportivo "
    "confederation "
    "networks uk council ministry department agency organization organisation committee university party "
    "court inc corp corporation ltd bank union forces army navy force command commission office "
    "institute association company group times post news press reuters guard service services "
    "studios studio administration government parliament congress senate house assembly "
    "federation foundation fund police board network airlines school college academy "
    "pentagon kremlin nato journal magazine review museum library center centre festival "
    "league club team society conference summit treaty accord church hospital airport "
    "station railway ministries agencies inc. corp. llc plc gmbh ag sa authority authorities "
    "bureau tribunal regulator exchange reserve directorate inspectorate secretariat cabinet "
    "partners holdings llp alliance coalition movement research labs laboratory laboratories "
    "technologies systems software media motors airways pharmaceuticals international "
    "industries enterprises solutions ventures air airline airlines capital supply democrats "
    "republicans conservatives socialists liberals greens staff therapeutics pharma "
    "biosciences biotech foods brands energy petroleum mining insurance securities circuit "
    "sachs stanley jpmorgan electronics devices instruments engineering logistics telecom "
    "communications chemicals automotive entertainment healthcare utilities semiconductor "
    "semiconductors associates advisors advisers consulting consultancy analytics polling "
    "insights observatory statistics equities orchestra philharmonic chorus ballet choir "
    "symphony ensemble quartet opera initiative trust products financial bancorp "
    "partnership cooperative pictures films publishing publishers".split()
)
_KNOWN_BODIES = frozenset(
    "IMF WHO WTO OPEC OECD FBI CIA NSA NASA ESA UNICEF UNESCO UNHCR UNRWA ECB IAEA ICJ FIFA "
    "UEFA IOC NHS FDA CDC SEC FTC IRS ASEAN Interpol Europol Frontex Hamas Hezbollah "
    "Taliban".split()
)
KNOWN_COMPANIES = frozenset(
    "Shell Apple Google Microsoft Tesla SpaceX Boeing Airbus Toyota Volkswagen Nvidia Samsung Sony "
    "Netflix Alphabet Meta Facebook Instagram OpenAI Anthropic Intel IBM Oracle Siemens BP Exxon "
    "ExxonMobil Chevron Pfizer Moderna AstraZeneca Novartis Nestlé Nestle Unilever Walmart Uber "
    "Airbnb Twitter TikTok ByteDance Huawei Alibaba Tencent Gazprom Rosneft Ryanair easyJet "
    "EasyJet Lufthansa Reuters Bloomberg BBC CNN Starbucks McDonald's Nike Adidas Ikea IKEA "
    "Spotify Qualcomm TSMC Stellantis Renault Peugeot Hyundai Kia Nissan Honda BMW "
    "Mercedes-Benz Daimler Porsche Ferrari Heineken Carlsberg Vodafone Ericsson Nokia Philips "
    "HSBC Barclays UBS Citigroup Citi Mastercard PayPal Disney Panasonic Hitachi "
    "Xiaomi BYD".split()
)
"""Companies news names often whose names carry none of `_ORG_WORDS` ("the company" may mean
them later)."""
_KNOWN_ORGS = _KNOWN_BODIES | KNOWN_COMPANIES
"""Bodies whose names carry none of `_ORG_WORDS` and which news names often (exact case:
"WHO", not "Who"); ambiguous ones stay out ("Amazon" the river, "Ford" the surname)."""
_COMPANY_LAST = frozenset("co co. nv bv spa se".split())
"""Company suffixes that are other things alone ("CO" is carbon monoxide, "BV" a virus)."""
_NAME_PARTICLES = frozenset("von van der den de da di del la le al bin ibn".split())
_NORTHERN_PARTICLES = frozenset("van von de der den ter ten".split())
_NOT_GIVEN_NAMES = frozenset("tour banque banco casa cour musee palais cote rue".split())
"""First words of French, Spanish or Portuguese names with "de" that are no people."""
_NOT_NAME_WORDS = frozenset(
    "of the and for in on at to de la del von van der al prize award awards sciences science "
    "studies economics economy affairs relations medal cup games olympics championship "
    "series war wars act law bill day week without against regulation regulations".split()
)
_PERSON_TITLES = frozenset(
    "president prime minister secretary spokesperson spokesman spokeswoman general gen. gen "
    "dr. dr mr. mr mrs. mrs ms. ms justice senator sen. governor gov. chancellor king queen "
    "prince pope ambassador admiral colonel col. lt. captain commander chief director "
    "professor prof. judge mayor envoy adviser advisor minister rep. representative "
    "councillor councilor cllr alderman sheriff marshal constable bishop archbishop cardinal "
    "rabbi imam pastor coach dean provost engr engr. comrade comr. alhaji alhaja barr. "
    "barrister hon. honourable".split()
)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿā-žș-ț"
"""Capital and small letters of the Latin alphabets names are written in ("Hernández",
"Łukasz", "Şahin")."""
_NAME_WORD_PARTS = (
    # each a word's first letter and the rest of it
    # a mixed-case acronym first ("BoE", "PwC", "DfE"): not cut to "Bo"
    ("[A-Z]", r"[a-z][A-Z]{1,2}(?![\w’'])"),
    (f"[{_UP}]", rf"[{_LOW}]?['’][{_UP}][{_LOW}]+"),
    (
        f"[{_UP}]",
        rf"[{_LOW}'’]+(?:[{_UP}][{_LOW}]+)*"
        # "SpaceX": one capital closing a name
        # "Co-operation", "Co-ordination": a lower-case half that belongs to the name
        rf"(?:[A-Z](?![\w’'&-]))?(?:-[{_UP}][{_LOW}]+|(?<=Co)-(?:operation|ordination|operative|op)\b)?",
    ),
    # "PG&E", "AT&T", "M&S": initials joined by "&"
    ("[A-Z]", r"[A-Z]{0,2}&[A-Z]{1,3}(?![\w’'])"),
    # "J.M.W. Turner", "J.R.R. Tolkien": initials run together, then an initial alone
    ("[A-Z]", r"\.(?:[A-Z]\.)+(?=\s[A-Z][a-z])"),
    # an acronym with the digits it ends with ("COP28", "MH370", "PM2.5"), never cut before them
    (f"[{_UP}]", r"\."),
    ("[A-Z]", r"[A-Z]+[a-z]{2,}(?:[A-Z][a-z]+)*"),
    ("[A-Z]", r"[A-Z]+(?:/[A-Z]+)?(?:\d+(?:\.\d+)?)?(?![\dA-Z])"),
    ("M", r"c[A-Z][a-z]+"),
)
_NAME_WORD = "(?:" + "|".join(first + rest for first, rest in _NAME_WORD_PARTS) + ")"
"""One word of a name: "Kirby", "O'Brien", "D'Alema", "Jean-Pierre", "J.", "NATO", "McCain",
"McLeish", "DeSantis", "YouTube", "JPMorgan", "SpaceX", "PG&E", "Hernández"."""
_CONNECT = (
    rf"(?:(?:\s(?:of|de|del|la|da|di|du|dos|das|van|von|der|den|al|bin)(?:\s(?:de|del|la|der|den))?|\s(?:and|&)"
    r"|(?=\sfor\b)(?:(?<=Institute)|(?<=Institutes)|(?<=Office)|(?<=Centre)|(?<=Centres)|(?<=Center)|"
    r"(?<=Centers)|(?<=Council)|(?<=Agency)|"
    r"(?<=Commission)|(?<=Committee)|(?<=Fund)|(?<=Foundation)|(?<=Organization)|"
    r"(?<=Organisation)|(?<=Association)|(?<=Society)|(?<=Alliance)|(?<=Coalition)|"
    r"(?<=Campaign)|(?<=Network)|(?<=Bureau)|(?<=Ministry)|(?<=Department)|(?<=Academy)|"
    r"(?<=Alternative)|(?<=Arbitration)|(?<=Tribunal)|"
    # a party's or a union's name ("the Party for Freedom", "National League for Democracy";
    # see `_for_a_place_or_person` for "the European Union for Ukraine")
    r"(?<=Movement)|(?<=Party)|(?<=Union)|(?<=Trust)|(?<=Partnership)|(?<=Federation)|(?<=Forum)"
    r")\sfor(?:\sthe)?"
    # "the Commission on Human Rights", "the Committee on Foreign Affairs"
    r"|(?=\son\b)(?:(?<=Commission)|(?<=Committee)|(?<=Council)|(?<=Conference)|(?<=Panel)|"
    r"(?<=Convention)|(?<=Task Force))\son(?!\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)(?:\sthe)?"
    # "the Campaign to Protect Rural England", "the Coalition to End Hunger"
    r"|(?=\sto\s(?:Protect|End|Save|Fight|Stop|Defend|Ban|Abolish|Prevent|Cure|Free|Restore|"
    r"Reform|Eliminate|Combat|Promote|Keep|Make|Build|Feed|Unite|Tackle|Beat|Halt)\b)"
    r"(?:(?<=Campaign)|(?<=Coalition)|(?<=Alliance)|(?<=Movement)|(?<=Committee)|(?<=Fund))\sto)"
    rf"\s(?=[{_UP}]))"
)
"""Small words inside a name: "Bank of England", "Ursula von der Leyen", "Procter & Gamble",
and "for" after a body's noun ("National Institute for Disaster Risk Management", "U.N. Office
for the Coordination of Humanitarian Affairs"). The lookahead for " for" spares the body nouns'
lookbehinds after every other name word."""
_NAME_WORD_AFTER_FIRST = (
    "(?:"
    + "|".join(
        rest if first == f"[{_UP}]" else f"(?<={first}){rest}" for first, rest in _NAME_WORD_PARTS
    )
    + ")"
)
"""`_NAME_WORD` after its first letter (any of `_UP`), which each kind of word tests behind."""
_NAME = re.compile(
    # the first letter first: the engine skips to capitals (not trying a name at every place)
    rf"[{_UP}](?<![\w’'][{_UP}])(?:(?<=U)\.S\.|(?<=U)\.K\.|(?<=E)\.U\.|(?<=U)\.N\.|"
    + _NAME_WORD_AFTER_FIRST
    + r")"
    r"(?:(?:\s|"
    + _CONNECT
    + r")(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.|"
    + _NAME_WORD
    + rf"|(?:al|el|bin|ibn|abu)-[{_UP}][{_LOW}]+))*"
)
_STOP_CAPS = frozenset(
    "the a an in on at to for from by with and or but as if when while after before this that "
    "these those there it its he she they we i you his her their our my your what which who "
    "why how where however meanwhile additionally also amidst amid although though despite "
    "according overall therefore thus yes no not some many most several other another each "
    "every all both one two three first second key points title url published monday tuesday "
    "wednesday thursday friday saturday sunday january february march april june july august "
    "feb apr aug sep sept oct nov dec "
    "september october november december may today yesterday it's that's there's here's "
    "what's he's she's let's it’s that’s there’s here’s what’s he’s she’s let’s "
    "former veteran fahrenheit celsius richter gmt utc since until during following "
    "throughout among amongst upon across around outside".split()
)


@functools.lru_cache(maxsize=8192)
def canonical_entity(name: str) -> str:
    """Fold a name to its canonical form: "U.S." -> "United States", "Dutch" -> "Netherlands".

    Args:
        name: a name as written.

    Returns:
        The canonical name; unknown names come back with whitespace collapsed, a leading
        "the" dropped and a possessive "'s" removed.
    """
    clean = " ".join(name.split()).rstrip(".,;:")
    if clean.endswith(("’s", "'s")):  # no newline is left for a "$" to stop before
        clean = clean[:-2]
    key = clean.lower()
    if key in _ALIASES:
        return _ALIASES[key]
    if key.startswith("the "):
        clean = clean[4:]
        key = key[4:]
        if key in _ALIASES:
            return _ALIASES[key]
    if key + "." in _ALIASES:
        return _ALIASES[key + "."]
    return clean


_PLACE_WORDS = frozenset(k for k, v in _ALIASES.items() if v.lower() in _PLACES) | _PLACES


_PLACE_HEADS = frozenset(
    "street square avenue road boulevard bridge river lake mountains sea ocean gulf bay island "
    "rock lighthouse "
    "islands valley desert strait peninsula province region oblast county strip coast stadium "
    "arena palace park cathedral castle tower hotel hall hill hollow creek canyon heights springs "
    "falls harbor harbour reservoir canal township borough village city town district "
    "parish quarter isles isle head".split()
)
"""Last words that make a name a place."""
_OFFICE_LAST = frozenset(
    "minister secretary president governor senator ambassador chancellor commissioner "
    "spokesperson spokesman spokeswoman chairman chairwoman premier treasurer".split()
)
"""Offices that end a capitalised title ("Ports Minister"), not a person's surname."""
_COMPASS_FIRST = frozenset("north south east west".split())
"""Points of the compass that open a region's two-word name ("West Yorkshire")."""
_REGION_FIRST = frozenset(
    "north south east west northern southern eastern western central greater upper lower "
    "inner outer northeast northwest southeast southwest northeastern northwestern "
    "southeastern southwestern".split()
)
"""First words that make a region of the place that follows."""
_SURNAME_THINGS = frozenset(
    "fire storm flood crystal medal cup cross law bill act plan trial".split()
)
"""Thing heads that are also last names ("Billy Crystal", "Harry Flood")."""
_STRONG_PLACE_HEADS = _PLACE_HEADS - frozenset("rock county park hotel hall hill head".split())
"""Place heads that make a place even after a given name ("Don River"); the others are also
last names ("Grace Park", "Fiona Hill", "Chris Rock"). "City" and "Town" end
clubs too ("Coventry City"): a place is nearer than a person."""
_ROMAN = frozenset("ii iii iv v vi vii viii ix x xi xii".split())
_PLACE_FIRST = frozenset(
    "lake mount mt. mt cape port fort point isle gulf bay glen loch county san santa saint "
    "sao são".split()
)
"""First words that make a place of a name ("Lake Muskoka"; not "Mount" as a surname alone)."""
_THING_FIRST = frozenset("cyclone hurricane typhoon storm operation tropical order".split())
"""First words that make a name an event ("Cyclone Hadiza", "Storm Ciarán", "Operation Spiderweb")."""
_CLUB_LAST = frozenset(
    "rovers athletic wanderers albion rangers hotspur fc cf afc united celtic dynamo".split()
)
"""Last words of a sports club's name ("Bristol Rovers", "Manchester United"); not "City" or
"Town", which end places too ("Kansas City")."""
_CLUB_FIRST = frozenset(
    "borussia real atletico atlético bayern inter sporting olympique eintracht dinamo dynamo "
    "racing deportivo sparta slavia legia ferencvaros galatasaray fenerbahce besiktas".split()
)
"""First words of a sports club's name ("Borussia Dortmund", "Real Madrid")."""
_PREPOSITION_FIRST = frozenset("within inside along against towards toward via beyond".split())
"""First words of a capitalised phrase that make it no person's name ("Across Europe")."""
_UTILITY_LAST = frozenset(
    "water rail mail telecom airways shipping lending trains railways transport oil aerospace "
    "homes retail stores markets brewery breweries distillery farms dairies tobacco materials "
    "metals resources minerals hotels resorts cruises shipyard construction builders "
    "developments properties investments credit finance savings assurance".split()
)
"""Last words of a company's name that name what it supplies or does ("Thames Water", "Royal
Mail", "Strait Line Shipping"), after a word that is no given name."""
_THING_HEADS = frozenset(
    "report telescope project store programme program mission prize award average composite index "
    "elementary fire storm flood quake earthquake scandal crystal medal trophy cup time "
    "line cross bang study survey trial act bill law treaty plan".split()
)
"""Last words that make a name neither a person nor a place ("James Webb Space Telescope")."""


_ARMS_AFTER = re.compile(
    r"\s+(?:drones?|strikes?|attacks?|munitions?|loitering|systems?)\b(?!\s+(?:the|a|an)\b)"
)
"""After the Lancet drone: its strikes, not the journal's verbs ("... attacks the idea")."""


def _for_a_place_or_person(group: str) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """A body's name joined by "for" to a place or a person ("European Union for Ukraine",
    "Democratic Party for Biden"): the two names and where they start; None for one name
    ("Party for Freedom", "National League for Democracy")."""
    left, right = group.split(" for ", 1)
    if len(left.removeprefix("The ").split()) < 2 or left.split()[-1] not in ("Union", "Party"):
        # "Alternative for Germany", "Party for Freedom": the name opens there; "National
        # Trust for Scotland": one name
        return None
    right_at = len(left) + 5
    if right.startswith("the "):
        right, right_at = right[4:], right_at + 4
    low = canonical_entity(right).lower()
    if (
        low in _PLACES
        or right.lower() in _PLACES
        or (gender(right) is not None and " " in right)
        or canonical_entity(right) != right
        and " " in canonical_entity(right)
    ):
        return (left, 0), (right, right_at)
    return None


_TRADES_BEFORE_NAMES = frozenset(
    "operator carrier airline insurer lender retailer broker carmaker automaker drugmaker "
    "chipmaker miner producer supplier".split()
)
"""Trades wire copy opens a sentence with before a firm's name ("Operator Fraport said")."""
_GENERIC_NAME_WORDS = frozenset(
    "global group corp inc association pilots price index air international holdings "
    "services systems partners".split()
)
_NAMES_IN_S = frozenset(
    "moody macy lloyd domino mcdonald sainsbury kellogg wendy hershey dillard sotheby christie "
    "harrod selfridge claire".split()
)
"""Names that end in "'s" themselves ("Moody's Mark Zandi" is Moody's and the person)."""
_ABBREVIATIONS_WITH_AND = frozenset("R&D Q&A M&A A&E P&L B&B R&B T&C G&T F&B".split())
"""Initials joined by "&" that are no names."""
_INNER_CAPITAL = re.compile(r"[A-Z]{2}[a-z]|[a-z][A-Z]")
_TWO_CAPITALS_THEN_LOWER = re.compile(r"[A-Z]{2}[a-z]")
_JOURNAL_BEFORE = re.compile(
    r"(?:\bin\s+The"  # "The" capitalised mid-sentence is part of the name
    r"|(?i:\b(?:published|publishes|publish|wrote|writes|writing|appeared|appears|printed|"
    r"study|paper|article|editorial|commentary|review|letter|argue|argued|argues|research|"
    r"report|reported|findings)\b"
    r"[^.;]{0,50}\bin\s+the)"
    r"|journal(?:\s+[Tt]he)?)\s*$"
)
"""Before a journal's name ("published in The Lancet", "the journal Lancet")."""


def _the_journal(text: str, start: int, end: int) -> bool:
    """Whether the "Lancet" at `text[start:end]` is the journal ("published in The Lancet"),
    not the drone ("the Lancet strikes")."""
    return _JOURNAL_BEFORE.search(
        text, max(0, start - 80), start
    ) is not None and not _ARMS_AFTER.match(text, end)


def entity_type(name: str, before: str = "") -> str:
    """Guess the type of a canonical name: "person", "place", "org", "weapon" or "other"."""
    kind = _entity_type(name, before)
    first = name.split(" ", 1)[0]
    if (
        kind == "person"
        and " " in name
        and first in _KNOWN_ORGS
        and first.isupper()
        and all(w[:1].isupper() for w in name.split())  # not "NHS England's chief executive"
        and gender(name.split(" ", 1)[1]) is None  # not "BBC Tim Davie": a person after it
    ):
        return "org"  # "NHS England", "BBC Radio": a known body's acronym, never a given name
    return kind


def _entity_type(name: str, before: str = "") -> str:
    low = name.lower()
    if low in _WEAPON_NAMES or _WEAPON_PATTERN.fullmatch(name):
        return "weapon"
    if low in _PLACES:
        return "place"
    words = low.split()
    if low in ("nato", "european union", "united nations") or not _ORG_WORDS.isdisjoint(words):
        return "org"
    if name in _KNOWN_ORGS:
        return "org"  # "IMF", "Tesla", "SpaceX": bodies whose names carry no body's word
    if len(words) == 2 and words[-1] == "cross" and words[0] in ("red", "blue", "green", "white"):
        return "org"  # "Red Cross"; not "Marcus Cross" or "King's Cross"
    if "&" in words or (len(words) > 1 and words[-1] in _COMPANY_LAST):
        return "org"  # "Caldwell & Pryce", "Procter & Gamble", "Boeing Co"
    if (
        len(words) > 1
        and words[-1] in _PLACE_HEADS
        and (gender(name) is None or words[-1] in _STRONG_PLACE_HEADS)
    ):
        return "place"  # "Wall Street", "Red Sea", "Don River"; not "Fiona Hill"
    if len(words) > 1 and words[0] in _REGION_FIRST and " ".join(words[1:]) in _PLACE_WORDS:
        return "place"  # "Northern California", "Eastern Europe", "Greater Manchester"
    if len(words) == 2 and words[0] in _COMPASS_FIRST and gender(name) is None:
        return "place"  # "West Yorkshire", "East Anglia": a region, not a person
    if len(words) > 1 and words[-1] in _OFFICE_LAST and gender(words[0]) is None:
        return "other"  # "Ports Minister", "Home Secretary": an office, not a person
    if (
        len(words) > 1
        and words[-1] in _THING_HEADS
        and (words[-1] not in _SURNAME_THINGS or gender(name) is None)
    ):
        return "other"  # "James Webb Space Telescope", "Canyon Fire"; not "Billy Crystal"
    if len(words) > 1 and words[-1] in _ROMAN and gender(name) is None:
        return "other"  # "Artemis III", "Falcon IX"; not "Henry VIII"
    if len(words) > 1 and words[0] in _THING_FIRST:
        return "other"  # "Cyclone Hadiza", "Storm Ciarán": events, not people
    if len(words) > 1 and words[0] in _PREPOSITION_FIRST:
        # "Across Europe" (a fronted phrase read as a name), "Inside Climate News": no person
        return "other"
    if len(words) > 1 and words[0] in _PLACE_FIRST and gender(name) is None:
        return "place"  # "Lake Muskoka", "Mount Rushmore", "Fort Worth"
    if len(words) > 1 and words[-1] in _CLUB_LAST:
        return "org"  # "Bristol Rovers", "Hartlepool Athletic"
    if len(words) > 1 and (
        words[0] in _CLUB_FIRST or (words[-1] in _UTILITY_LAST and gender(name) is None)
    ):
        return "org"  # "Borussia Dortmund", "Real Madrid", "Thames Water", "Royal Mail"
    last = before.lower().split()[-1:] if before.strip() else []
    if last and last[0] in _PERSON_TITLES:
        return "person"
    if (
        2 <= len(words) <= 5
        and words[1] in _NAME_PARTICLES
        and name[:1].isupper()
        and name.split()[-1][:1].isupper()
        and (
            gender(name) is not None
            # "Pieter van Loon", "Marieke de Vries": a Dutch or German name; not "Costa del Sol"
            or (
                words[1] in _NORTHERN_PARTICLES
                and words[0] not in _PLACE_WORDS
                and words[0] not in _NOT_GIVEN_NAMES
                # "Banque de France", "Banco de Portugal": a body of a place
                and words[-1] not in _PLACES
                and words[-1] not in _ALIASES
            )
        )
    ):
        return "person"  # "Ursula von der Leyen", "Pieter van Loon": a given name first
    if (
        2 <= len(words) <= 4
        and all(w[:1].isalpha() for w in words)
        and not any(c.isdigit() for c in name)  # "Average PM2.5", "Falcon 9"
        and not _TWO_CAPITALS_THEN_LOWER.search(name)  # "ECharts Java"; not "LeBron James"
        and "'s " not in low
        and "’s " not in low  # "Alphabet's Google", "The King's Speech": what one owns
        and name[:1].isupper()
        and not name.isupper()
        and _NOT_NAME_WORDS.isdisjoint(words)
        # "Manchester United", "Texas Instruments" open with a place; surnames may be one
        # ("Luis Montenegro")
        and words[0] not in _PLACE_WORDS
        and " ".join(words[:2]) not in _PLACE_WORDS
        and not (
            words[0] in _REGION_FIRST and words[1] in _PLACE_WORDS
        )  # "Southern California Edison"
    ):
        return "person"
    return "other"


_TITLE_WORDS = frozenset(
    "president prime minister secretary spokesperson spokesman spokeswoman general gen gen. "
    "dr dr. mr mr. mrs mrs. ms ms. justice senator sen. governor gov. chancellor king queen "
    "prince pope ambassador admiral colonel col. lt. captain commander chief director "
    "professor prof. judge mayor envoy adviser advisor rep. representative foreign defense "
    "defence vice deputy speaker leader majority minority whip chairman chairwoman chair ceo "
    "founder head executive officer director-general secretary-general economist premier "
    "commissioner prosecutor detective inspector sergeant lieutenant attorney councillor "
    "councilor cllr alderman sheriff marshal constable bishop archbishop cardinal rabbi imam "
    "pastor coach dean provost meteorologist forecaster analyst strategist researcher scientist "
    "historian lawyer manager midfielder striker defender goalkeeper winger referee taoiseach "
    "tanaiste brigadier superintendent supt supt. trooper warden magistrate auditor ombudsman "
    "treasurer comptroller administrator curator headteacher headmaster headmistress engr "
    "engr. comrade comr. alhaji alhaja barr. barrister hon. honourable".split()
)


_OFFICE_WORDS = frozenset(
    "State Defence Defense Exchequer Treasury Staff Health Justice Commerce Energy "
    "Transportation Education Labor Agriculture Interior Homeland Security Housing "
    "Veterans Affairs".split()
)
"""Words of the office in a title with "of" ("Secretary of State", "Chief of Staff")."""


def _split_title(surface: str) -> tuple[str, int] | None:
    """For "Ukrainian President Volodymyr Zelensky": ("Ukrainian", offset of "Volodymyr")."""
    words = surface.split(" ")
    last = -1
    for i, word in enumerate(words[:-1]):
        # "Vice-President": a title after its hyphen too
        if word.lower() in _TITLE_WORDS or word.lower().rpartition("-")[2] in _TITLE_WORDS:
            last = i
    if last < 0:
        return None
    if last + 2 < len(words) and words[last + 1] == "of":
        # "Secretary of State Brad Raffensperger", "Chancellor of the Exchequer Rachel
        # Reeves": the office is part of the title
        j = last + 2 + (words[last + 2] == "the")
        office = j
        while j < len(words) - 1 and words[j] in _OFFICE_WORDS:
            j += 1
        if j > office:
            last = j - 1
    rest = words[last + 1 :]
    if not rest or not all(w[:1].isupper() or w in _NAME_PARTICLES for w in rest):
        return None  # a name may hold a particle ("Pieter van Loon"), not other small words
    if (
        any(w.lower() in _ORG_WORDS for w in rest)
        or rest[-1].lower() in _NOT_NAME_WORDS
        or all(w.lower() in _TITLE_WORDS for w in rest)
    ):
        # "Justice Department", "Inspector General", "Ministry of Foreign Affairs": a body or a
        # title, no name
        return None
    head_words = [w for w in words[:last] if w.lower() not in _TITLE_WORDS]
    head = (
        " ".join(head_words)
        if head_words and words[0] == head_words[0] and len(head_words) == len(words[:last])
        else ""
    )
    if head and head.lower() not in _ALIASES:
        head = ""
    return head, len(" ".join(words[: last + 1])) + 1


def _prev_word(text: str, at: int) -> str:
    """The (at most 20-character) word before offset `at`, lower case."""
    seg = text[max(0, at - 64) : at].rstrip()
    if len(seg) >= 20 or at <= 64:
        tail = seg[-20:].split()
        return tail[-1].lower() if tail else ""
    j = at - 1  # a long run of white space: walk it
    while j >= 0 and text[j].isspace():
        j -= 1
    k = j
    while k >= 0 and not text[k].isspace() and j - k < 20:
        k -= 1
    return text[k + 1 : j + 1].lower()


@functools.lru_cache(maxsize=8192)
def _name_type(name: str) -> str:
    return entity_type(name)


_HOMETOWN_BEFORE = re.compile(r"(?:\d{1,3}|[DRI]-[A-Z][\w.]*),\s+of\s+$")
"""", 52, of Coral Gables": a person's age, then where they live."""


_EMPLOYER_BEFORE = re.compile(
    r"\b(?:economist|analyst|strategist|director|research|partner|executive|professor|"
    r"researcher|spokes(?:man|woman|person)|manager|fellow|official|officer|adviser|advisor|"
    r"lawyer|employee|engineer|consultant|trader|banker|scientist|lecturer)\s+(?:at|with)\s+"
    r"(?:(?:estate|travel|talent|insurance)\s+agents?\s+|(?:investment|law|consulting|"
    r"consultancy|brokerage|research)\s+(?:bank|firm|group)\s+|the\s+)?$"
)
"""A job before "at": the name after it is the employer ("economist at Wells Fargo")."""
_EMPLOYER_LAST_WORDS = frozenset("at with agent agents bank firm group the".split())
"""The words `_EMPLOYER_BEFORE` can end with (before its closing white space)."""
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:village|town|city|district|province|region|county|municipality|island|port|"
    r"suburb|hamlet)\s+of\s+$"
)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:neighbourhood|neighborhood|district|township|suburb|village|area|region|province|"
    r"county|municipality|settlement|ward|constituency)\b(?!-)"
)
"""A noun after a name that makes it a place ("the Praia Nova neighbourhood")."""
_OPEN_QUOTES = "\"“'‘"
_CLOSE_QUOTES = ('"', "”", "'", "’")


_OUTLET_AFTER = re.compile(
    r"[’']?\s+(?:radio|television|TV|newspaper|broadcaster|magazine|news\s+agency|channel|"
    r"network|podcast|website)\b"
)
"""A noun after a name that makes it a news outlet ("Cadena SER radio")."""


def _type_in_text(name: str, text: str, at: int) -> str:
    """`entity_type(name, <the word before offset at>)`, looking at that word only when it can
    matter: a title ("President", "Gen.") makes a person only of a name typed "other"."""
    kind = _name_type(name)
    # The three patterns before a person's name end with a word then white space: that word
    # (`_prev_word`) settles most names without them.
    before = _prev_word(text, at) if kind == "person" else ""
    if before == "of" and (
        _HOMETOWN_BEFORE.search(text, max(0, at - 20), at)
        or _PLACE_OF_BEFORE.search(text, max(0, at - 16), at)
    ):
        return "place"  # "52, of Coral Gables", "the village of Mazar Dara"
    if before in _EMPLOYER_LAST_WORDS and _EMPLOYER_BEFORE.search(text, max(0, at - 40), at):
        return "org"  # "chief economist at Wells Fargo", "head of research at Knight Frank"
    if (
        kind == "person"
        and at > 0
        and text[at - 1] in _OPEN_QUOTES
        and text.startswith(_CLOSE_QUOTES, at + len(name))
        and not text.startswith("s", at + len(name) + 1)  # "‘Boris Johnson’s plan ...’"
    ):
        return "other"  # 'the 1979 film "Breaking Away"': a title in quotation marks
    if (
        kind == "person"
        and _PLACE_NOUN_AFTER.match(text, at + len(name))
        and gender(name.split(" ", 1)[0]) is None  # not "the Keir Starmer camp"
    ):
        return "place"  # "in the Praia Nova neighbourhood", "the Kanyama township"
    if kind == "person" and _OUTLET_AFTER.match(text, at + len(name)):
        return "org"  # "told Cadena SER radio", "wrote in the Hartley Gazette newspaper"
    if (
        kind in ("weapon", "person")
        and name.startswith("Lancet")
        and _the_journal(text, at, at + len(name))
    ):
        return "other"  # "published in The Lancet": the journal, not the drone
    if kind != "other":
        return kind
    before = _prev_word(text, at)
    if (
        before.endswith(",")
        and before[:-1] not in ("prime", "chief", "king", "queen", "general")
        and (text.startswith((",", ".", ";"), at + len(name)) or at + len(name) == len(text))
    ):
        # "The spokesman, Ruben del Campo,": a name in apposition to a person's role, between
        # commas (not "After meeting the minister, Labour said")
        before = before[:-1]
    return "person" if before in _PERSON_TITLES else kind


_LEAD_NOUNS = frozenset(
    "shares share stocks members residents citizens thousands hundreds dozens millions "
    "billions supporters opponents critics officials leaders families relatives friends fans "
    "parts part much half rest sales prices employees workers staff shareholders investors "
    "owners users customers students graduates veterans victims survivors emissions levels "
    "sales exports imports".split()
)
"""Common nouns that open a sentence before "of" and a name ("Shares of Tesla Inc fell")."""


_NOT_PERSON_OPENERS = frozenset(
    "grand foreign super golden open serie civil royal national federal central world premier "
    "home air coast space red blue green white black new old great high supreme state first "
    "united general special davis formula grand south north east west".split()
)
"""Words that open an event's or a body's name, not a person's ("French Grand Prix")."""
_BODY_WORDS = frozenset(
    "consortium guard guards society police force forces group ministry agency office service "
    "party army navy council board bank union league club team church court airline airways "
    "railway railways post times telegraph herald tribune journal news press survey institute "
    "exchange authority commission academy museum foundation trust fund corporation crescent "
    "cross council institution registry".split()
)
"""Last words of a body's name ("British Retail Consortium", "Iranian Revolutionary Guards")."""
_NOT_SURNAME_ENDINGS = (
    "ion",
    "ry",
    "my",
    "ty",
    "cy",
    "al",
    "ics",
    "ment",
    "ance",
    "ence",
    "ship",
    "ure",
    "ate",
    "ism",
    "ist",
    "ogy",
    "ix",
    "ers",
    "ies",
)
"""Endings of the common nouns that close a body's name ("Film Academy", "Cancer Registry")."""


_BODY_OF_PLACE = frozenset(
    "kingdom republic state states union emirates federation bank university college church "
    "city county province duchy principality commonwealth islands department ministry court "
    "council house museum party government parliament assembly people".split()
)
"""Last words of a name before "of <place>" that is no person ("Arab Republic of Egypt")."""


def _is_demonym(low: str) -> bool:
    """ "american", "italian", "british": a people's adjective the aliases know."""
    return (
        low.endswith(("an", "ish", "ese", "ch", "ic", "i"))
        and low in _ALIASES
        and low not in _PLACES
    )


@functools.lru_cache(maxsize=16384)
def _parse_name(
    group: str,
) -> tuple[int, bool, tuple[tuple[str, str, str, int], ...], str, str] | None:
    """The name inside one `_NAME` match, which depends on the match alone (so it is cached).

    Returns None when the match holds no name, else `(offset of the name in the match, whether
    it is a single unknown word (dropped at the start of a sentence), the entities of a titled
    name ("Ukrainian President Volodymyr Zelensky") as (name, text, type, offset in the name),
    canonical name, surface text)`.
    """
    s, e = 0, len(group)
    words = group.split()
    # Drop capitalised function words at the edges ("The", "In", "Additionally").
    if (
        len(words) == 2
        and words[0].lower() in _TRADES_BEFORE_NAMES
        and words[1].lower() not in _GENERIC_NAME_WORDS
    ):
        s = group.index(words[1], len(words[0]))
        words = words[1:]  # "Operator Fraport", "Insurer Aviva": the trade, then the name
    while words and words[0].lower().strip(".") in _STOP_CAPS and words[0] not in _KNOWN_ORGS:
        s = group.index(words[0], s) + len(words[0])
        while s < e and group[s].isspace():
            s += 1
        words = words[1:]
    if len(words) > 2 and words[1] == "of" and words[0].lower() in _LEAD_NOUNS:
        # "Shares of Tesla Inc", "Members of Congress": the name is what follows "of"
        s = group.index(words[2], group.index(words[1], s) + 2)
        words = words[2:]
    if len(words) == 2 and words[0] in ("Under", "Acting") and _is_demonym(words[1].lower()):
        # "Under Dutch law": the people's adjective, not "Under Armour" or "Acting Up"
        s = group.index(words[1], s + len(words[0]))
        words = words[1:]
    while words and words[-1].lower() in ("of", "and", "the", "de", "van", "von"):
        words = words[:-1]
    if not words:
        return None
    surface = group[s:e]
    last_word = words[-1]
    e = s + surface.rfind(last_word) + len(last_word)
    surface = group[s:e]
    if surface.endswith(".") and not re.search(r"(?:[A-Z]\.){2}$", surface):
        surface = surface[:-1]
        e -= 1
    name = canonical_entity(surface)
    low = name.lower()
    single_unknown = (
        len(words) == 1
        and low not in _ALIASES
        and low not in _PLACES
        and low not in _WEAPON_NAMES
        and name not in _KNOWN_ORGS
    )
    if len(surface) < 2:
        return None
    titled: list[tuple[str, str, str, int]] = []
    left, of, right = surface.partition(" of ")
    if of and right and " " in left and not _TITLE_WORDS.isdisjoint(left.lower().split()):
        # "Professor James Whitfield of University College London": a person and a body
        left_split = _split_title(left)
        if left_split is not None and left_split[1] < len(left):
            head, person_at = left_split
            person = left[person_at:]
            right_name = canonical_entity(right)
            titled.append((canonical_entity(person), person, "person", person_at))
            titled.append((right_name, right, _name_type(right_name), len(left) + len(of)))
            return s, single_unknown, tuple(titled), name, surface
    if (
        of
        and right
        and 2 <= len(left.split()) <= 3
        and " of " not in right
        and (
            gender(left) is not None
            # "Johan Ekdahl of Skara Securities": two words, then a body by its name
            or (
                len(left.split()) == 2
                and left.split()[-1].lower() not in _BODY_WORDS
                and _TITLE_WORDS.isdisjoint(left.lower().split())  # "Chief Constable of ..."
                and _name_type(canonical_entity(right)) == "org"
            )
            or (
                canonical_entity(right).lower() in _PLACES
                and left.split()[-1].lower() not in _BODY_OF_PLACE
                and left.split()[-1].lower() not in _BODY_WORDS
                # "The Prime Minister of Japan", "Attorney General of Texas": a title
                and _TITLE_WORDS.isdisjoint(left.lower().split())
            )
        )
        and _name_type(canonical_entity(left)) == "person"
    ):
        # "Fatima Issufo of Doctors Without Borders", "Mary Robinson of Ireland": a person
        # (a known given name first) and where she is from
        right_name = canonical_entity(right)
        titled.append((canonical_entity(left), left, "person", 0))
        titled.append((right_name, right, _name_type(right_name), len(left) + len(of)))
        return s, single_unknown, tuple(titled), name, surface
    split = (
        _split_title(surface)
        if " " in surface and not _TITLE_WORDS.isdisjoint(surface.lower().replace("-", " ").split())
        else None
    )
    if split is None and len(words) == 3 and words[1][:1].isupper():
        nation = words[0].removesuffix("’s").removesuffix("'s")
        low_nation = nation.lower()
        if (
            low_nation in _PLACES or low_nation == "britain"
            if nation != words[0]
            else _is_demonym(low_nation)
        ) and (
            gender(words[1]) is not None
            or (
                words[1].lower() not in _NOT_PERSON_OPENERS
                and not words[2].lower().rstrip("’'s").endswith(_NOT_SURNAME_ENDINGS)
                and words[2].lower().rstrip("’'s") not in _BODY_WORDS
                and _name_type(" ".join(words[1:])) == "person"
            )
        ):
            # "American Taylor Fritz", "Britain's Cameron Norrie": the country, then a person
            split = (nation, surface.index(words[1], len(words[0])))
    if (
        split is None
        and 3 <= len(words) <= 4
        and words[0].endswith(("’s", "'s"))
        and words[0][:-2].lower() not in _PLACES
        and gender(" ".join(words[1:])) is not None
        and _name_type(canonical_entity(" ".join(words[1:]))) == "person"
    ):
        # "Leerink's David Risinger", "Apple's Tim Cook": the owner, then the person
        owner = words[0] if words[0][:-2].lower() in _NAMES_IN_S else words[0][:-2]
        owned_at = surface.index(words[1], len(words[0]))
        owned = surface[owned_at:]
        owner_name = owner if owner.endswith(("'s", "’s")) else canonical_entity(owner)
        titled.append((owner_name, owner, _name_type(owner_name), 0))
        titled.append((canonical_entity(owned), owned, "person", owned_at))
        return s, single_unknown, tuple(titled), name, surface
    if split is not None:
        # "Ukrainian President Volodymyr Zelensky": the person, and the country if named.
        head, person_at = split
        if head:
            head_name = canonical_entity(head)
            titled.append(
                (head_name, head, "place" if head_name.lower() in _PLACES else "other", 0)
            )
        person = surface[person_at:]
        titled.append((canonical_entity(person), person, "person", person_at))
    return s, single_unknown, tuple(titled), name, surface


_TITLE_ABBREVIATIONS = frozenset(
    "gen lt col maj capt sgt adm cmdr dr mr mrs ms sen rep gov prof pres amb hon engr barr alh "
    "pst comr".split()
)
"""Titles written with a full stop ("Gen. Smith"): the stop does not end a sentence."""


def _after_title(text: str, stop: int) -> bool:
    """Whether `text[stop]` is the full stop of a title abbreviation ("Gen. Smith")."""
    if stop < 1 or text[stop] != ".":
        return False
    start = stop
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:stop].lower() in _TITLE_ABBREVIATIONS


@functools.lru_cache(maxsize=4096)
def _names_joined(surface: str) -> tuple[tuple[tuple[str, int], ...], str] | None:
    """The names of "A and B" when both are known places or both look like people's full
    names ("Saudi Arabia and Kryvyi Rih", "Łukasz Piszczek and Émile Zola"), with their
    offsets and type; None when it is one name ("Bosnia and Herzegovina", "Securities and
    Exchange Commission")."""
    parts = []
    at = 0
    for part in surface.split(" and "):
        parts.append((part, at))
        at += len(part) + len(" and ")
    if all(
        canonical_entity(p).lower() in _PLACES or _name_type(canonical_entity(p)) == "place"
        for p, _ in parts
    ):
        return tuple(parts), "place"
    if all(len(p.split()) >= 2 and _name_type(canonical_entity(p)) == "person" for p, _ in parts):
        return tuple(parts), "person"
    if all(len(p.split()) >= 2 and _name_type(canonical_entity(p)) == "org" for p, _ in parts):
        return tuple(parts), "org"  # "Real Madrid and Bayern Munich"
    if (
        len(parts) == 2
        and parts[0][0] != parts[1][0]
        and all(
            " " not in p
            and (p in _KNOWN_ORGS or p.lower() not in _STOP_CAPS)
            and (p in _KNOWN_ORGS or _name_type(canonical_entity(p)) == "other")
            for p, _ in parts
        )
    ):
        return tuple(parts), "other"  # "Apple and Microsoft"; not "Food and Drug Administration"
    return None


_CAPITALS = frozenset(
    "Washington London Moscow Kyiv Kiev Berlin Paris Rome Warsaw Beijing Tokyo Tehran Minsk "
    "Seoul Pyongyang".split()
)
"""Capitals that stand for their country ("Moscow said") unless a preposition of place says
the city is meant ("in Moscow")."""
_LOCATIVE = frozenset("in at near to from of outside around across into inside downtown".split())


_SHORT_MONTHS = frozenset("Jan Mar Jun Jul".split())
"""Month abbreviations that are also names (the others are in `_STOP_CAPS`)."""
_DAY_AFTER = re.compile(r"\.?\s{1,3}\d{1,2}\b")


_BRIEF_WORDS = frozenset(
    "Environment Food Rural Affairs Housing Communities Local Government Culture Media Sport "
    "Digital Science Sciences Innovation Technology Business Energy Industrial Strategy Skills "
    "Levelling Up Education Health Social Care Work Pensions Transport Justice Trade "
    "Agriculture Fisheries Forestry Tourism Heritage Arts Youth Employment Enterprise "
    "Infrastructure Planning Water Climate Change Research Industry Regional Development "
    "Children Families Equality Equalities Women Labour Welfare Security Net Zero Lands Natural "
    "Resources Mines Immigration Citizenship Veterans Alcohol Tobacco Firearms Explosives "
    "Educational Scientific Cultural Economic Sustainable Public Works Home Foreign "
    "Commonwealth Finance Interior Information Communications Services Human Consumer "
    "Competition Markets Organization Organisation Food Water Sanitation Safety Standards "
    "Innovation Universities Training Sports Recreation Wellbeing Wildlife Parks".split()
)
"""The words of a ministry's brief ("Environment, Food and Rural Affairs")."""
_LISTED_BODY = re.compile(
    r"\b(?:(?:Department|Ministry|Secretary|Minister|Office|Bureau|Committee|Commission)\s+"
    r"(?:for|of)\s+|United\s+Nations\s+)"
    r"(?P<items>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)+,?\s+and"
    r"(?:\s+[A-Z][a-z]+)+)"
)


_LISTED_HEAD = re.compile(
    r"Department|Ministry|Secretary|Minister|Office|Bureau|Committee|Commission|United"
)
"""The words `_LISTED_BODY` opens with: one plain search spares it most texts (7x cheaper)."""


def listed_bodies(text: str) -> list[tuple[int, int]]:
    """The spans of bodies whose names list their brief with commas ("the Department for
    Environment, Food and Rural Affairs", "Bureau of Alcohol, Tobacco, Firearms and
    Explosives"): one name, not a list of names. Every listed word must belong to a brief, so
    "the Ministry of Defence, Britain and France" stays three."""
    if ", " not in text or " and " not in text or _LISTED_HEAD.search(text) is None:
        return []
    found = []
    for m in _LISTED_BODY.finditer(text):
        head, _, last = m.group("items").rpartition(" and")
        if not all(w in _BRIEF_WORDS for w in re.split(r",?\s+", head.strip())):
            continue
        taken = last.split()
        keep = 0
        while keep < len(taken) and taken[keep] in _BRIEF_WORDS:
            keep += 1  # "... and Rural Affairs Secretary Steve Reed": up to "Affairs"
        if keep == 0:
            continue
        end = m.start("items") + len(head) + len(" and")
        end = text.index(taken[keep - 1], end) + len(taken[keep - 1])
        found.append((m.start(), end))
    return found


@dataclass(frozen=True, slots=True)
class _Span:
    """A part of a `_NAME` match, read like one."""

    start_at: int
    text: str

    def start(self) -> int:
        return self.start_at

    def end(self) -> int:
        return self.start_at + len(self.text)

    def group(self, _: int = 0) -> str:
        return self.text


_PLURAL_OWNER_INSIDE = re.compile(r"[a-z](s)[’']\s+(?=[A-Z])")
_PLURAL_ACRONYM_END = re.compile(r"\s([A-Z]{2,})$")


def _name_matches(text: str) -> Iterator[re.Match[str] | _Span]:
    """`_NAME` matches, with a plural owner before a person's name ("Liberal Democrats'
    Rachel Huang") and a plural acronym at the end ("Labour MPs": "Labour", "MP"; not one
    person "Labour MP") on their own."""
    for m in _NAME.finditer(text):
        group = m.group(0)
        # most names hold no apostrophe: the search is spared for them
        plural_owner = (
            _PLURAL_OWNER_INSIDE.search(group) if "s'" in group or "s’" in group else None
        )
        if plural_owner is not None and gender(group[plural_owner.end() :].split()[0]):
            # "Liberal Democrats' Rachel Huang": the party, then the person
            yield _Span(m.start(), group[: plural_owner.end(1)])
            yield _Span(m.start() + plural_owner.end(), group[plural_owner.end() :])
            continue
        end = m.end()
        if text.startswith("s", end) and not text[end + 1 : end + 2].isalnum():
            acronym = _PLURAL_ACRONYM_END.search(group)
            if acronym is not None:
                yield _Span(m.start(), group[: acronym.start()])
                yield _Span(m.start() + acronym.start(1), acronym.group(1))
                continue
        yield m


def _find_entities(text: str, words: frozenset[str] | None = None) -> list[Entity]:
    """`find_entities`; `words` (`facts_text._word_set(text)`), when given, spares the weapon
    regex on texts with no "-", "/" and no system's name."""
    out: list[Entity] = []
    taken: _Coverage | None = None  # the weapons' spans, made at the first weapon found
    weapons = (
        words is None
        or "/" in text
        or not words.isdisjoint(_WEAPON_SYSTEM_WORDS)
        or (
            "-" in text
            and (
                _DASH_DIGIT.search(text) is not None
                or "IRIS-T" in text
                # a system's name hyphenated to a word ("Patriot-style"): one of its parts
                or not _WEAPON_SYSTEM_WORDS.isdisjoint(_hyphen_parts(words))
            )
        )
    )
    m: re.Match[str] | _Span
    for m in _WEAPON_PATTERN.finditer(text) if weapons else ():
        word = m.group(0)
        if word.split("-")[0].upper() in ("COVID", "SARS", "MERS", "G", "H", "N", "T", "UTF"):
            continue
        if word == "Lancet" and _the_journal(text, m.start(), m.end()):
            continue  # "published in The Lancet": the journal, not the drone
        if "-" in word and _PRODUCT_CODE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "model numbers CZ-150 and CZ-200": products, not weapons
        out.append(
            Entity(
                name=canonical_entity(word), text=word, type="weapon", start=m.start(), end=m.end()
            )
        )
        if taken is None:
            taken = _Coverage(len(text))
        taken.add(m.start(), m.end())
    for m in _name_matches(text):
        group = m.group(0)
        if " " not in group and group.lower() in _STOP_CAPS and group not in _KNOWN_ORGS:
            continue  # "The", "In", "However": the commonest match, settled at once
        if group.rsplit(" ", 1)[-1].lower() in _TITLE_ABBREVIATIONS and text.startswith(
            ".", m.end()
        ):
            continue  # the "Gen" of "Gen. Smith", "State Sen.": a title, not a name
        if group in _SHORT_MONTHS and _DAY_AFTER.match(text, m.end()):
            continue  # "Jan. 1", "Mar 3": a date, not a name
        if taken is not None and not taken.free(m.start(), m.end()):
            continue  # inside a weapon's name
        if group in _ABBREVIATIONS_WITH_AND:
            continue  # "R&D", "Q&A": no names
        if " for " in group and (split_for := _for_a_place_or_person(group)) is not None:
            # "the European Union for Ukraine": the body, then whom it is for
            for part, at in split_for:
                part_type = _type_in_text(canonical_entity(part), text, m.start() + at)
                out.append(
                    Entity(
                        canonical_entity(part),
                        part,
                        part_type,
                        m.start() + at,
                        m.start() + at + len(part),
                    )
                )
            continue
        parsed = _parse_name(group)
        if parsed is None:
            continue
        rel_s, single_unknown, titled, name, surface = parsed
        s = m.start() + rel_s
        if single_unknown:
            # A lone unknown capitalised word opening the text or a sentence is not a name.
            back = s - 1
            while back >= 0 and text[back].isspace():
                back -= 1
            if (
                (back < 0 or text[back] in '.!?“"-•:\n')
                and not _after_title(text, back)
                # "NASA's crew": an acronym is a name wherever it stands ("BACKGROUND" is not)
                and not (2 <= len(surface) <= 6 and surface.isupper())
                and not _INNER_CAPITAL.search(surface)  # "JPMorgan", "PwC", "BlackRock"
            ):
                continue
        if titled:
            out.extend(
                Entity(t_name, t_text, t_type, s + t_at, s + t_at + len(t_text))
                for t_name, t_text, t_type, t_at in titled
            )
            continue
        joined = (
            _names_joined(surface) if " and " in surface and name.lower() not in _PLACES else None
        )
        if joined is not None:  # "Saudi Arabia and Kryvyi Rih": two names, not one
            parts, kind = joined
            out.extend(
                Entity(
                    canonical_entity(p),
                    p,
                    "org" if p in _KNOWN_ORGS else kind,
                    s + at,
                    s + at + len(p),
                )
                for p, at in parts
            )
            continue
        if surface in _CAPITALS and _prev_word(text, s) in _LOCATIVE:
            # "Temperatures in Paris", "flew to Moscow": the city, not its government
            out.append(Entity(surface, surface, "place", s, s + len(surface)))
            continue
        out.append(
            Entity(
                name=name,
                text=surface,
                type=_type_in_text(name, text, s),
                start=s,
                end=s + len(surface),
            )
        )
    if "-" in text:
        out = [_korean_given(e, text) if e.type == "person" else e for e in out]
    for s, e in listed_bodies(text):
        name = text[s:e]
        out = [ent for ent in out if ent.end <= s or ent.start >= e]
        out.append(Entity(name, name, "org", s, e))
    out.sort(key=lambda ent: ent.start)
    return out


_KOREAN_REST = re.compile(
    r"-(?!(?:like|based|led|made|born|run|owned|held|style|era|wide|free|bound|sized|only|old|esque|ish|"
    r"long|class|label|daily|third|thirds|half|term|time|year|day|week|month|fold|level|scale|"
    r"type|rich|ready|proof)\b)([a-z]{2,5})\b(?!-)"
)


def _korean_given(person: Entity, text: str) -> Entity:
    """ "Park Ji" of "Park Ji-hoon", "Moon Jae" of "Moon Jae-in": the whole name (a Korean given
    name's second part is written in lower case after a hyphen)."""
    words = person.text.split()
    if len(words) != 2 or len(words[-1]) > 4 or not words[0][1:].islower():
        return person
    rest = _KOREAN_REST.match(text, person.end)
    if rest is None:
        return person
    full = person.text + rest.group(0)
    return Entity(full, full, "person", person.start, rest.end())


def find_entities(text: str) -> list[Entity]:
    """The named entities of `text` (see `Facts.entities`), in order."""
    return _find_entities(text)
