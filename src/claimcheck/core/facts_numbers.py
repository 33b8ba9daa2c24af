"""Quantities for `core.facts`: number words, units, scales, currencies and the number finder.

Owns `words_to_number` ("thirty-two", "a dozen", "1.5 million"), the unit table (lengths to km,
masses to kg, money by currency code, durations, percent), European decimal commas
(`is_european_notation`), `_find_quantities` (the finder behind `Facts.quantities`: value in the
canonical unit, counted noun, `approx` after hedges), and the matcher's helpers
`quantity_token` and `same_quantity`. Pure and linear-time; dates and weapon names are passed
in (or looked up in `facts_entities`) so "F-16" and "2024" are not read as quantities.
"""

from __future__ import annotations

import re

from claimcheck.core.facts_entities import (
    _WEAPON_NAMES,
    _WEAPON_PATTERN,
    _is_demonym,
    canonical_entity,
    entity_type,
)
from claimcheck.core.facts_text import (
    _HAS_DIGIT,
    _Coverage,
    _hyphen_parts,
    _word_set,
    literal_alternation,
)
from claimcheck.core.models import Quantity

# ---------------------------------------------------------------------------------------------
# Number words

_UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALE_WORDS = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_SCALE_ABBR = {
    # the Indian numbering of Indian and South Asian copy: "₹412 crore", "1.42 lakh tractors"
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
}
_SPECIAL_COUNTS = {"dozen": 12.0, "half": 0.5, "couple": 2.0, "pair": 2.0, "score": 20.0}

_NUMBER_WORD = f"(?:{literal_alternation([*_UNITS_WORDS, *_TENS_WORDS])})"
"""The number words as a trie: what they match sorted longest first, faster under IGNORECASE
(where the words' alternation was tried one word at a time)."""
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z’'-]*(?<!s)(?<!ed) $")
"""A capitalised word right before a capitalised number word: the number is part of a name
("Formula One", "Big Ten"), unless the word looks like a headline's verb ("Kills Five")."""
_TITLE_WORD_AFTER = re.compile(r"\s+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}")
_WORD_NUMBER = re.compile(
    rf"(?=[aotfsenzAOTFSENZ])\b(?:a|an|{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}|hundred|thousand|million|billion|"
    r"trillion|and a half|(?:(?<=hundred )|(?<=thousand )|(?<=million )|(?<=billion ))"
    r"and(?= (?:" + _NUMBER_WORD + r")\b)))*\b",
    re.IGNORECASE,
)


def words_to_number(words: str) -> float | None:
    """Read English number words: "thirty-two" -> 32, "two hundred and five" -> 205,
    "two and a half million" -> 2,500,000, "nineteen eighty-four" -> 1984.

    Args:
        words: number words, separated by spaces or hyphens ("a" and "an" count as one).

    Returns:
        The value, or None when the words are not a number.
    """
    tokens = [t for t in re.split(r"[- ]+", words.lower().strip()) if t]
    year = _year_in_words(tokens)
    if year is not None:
        return year
    total = 0.0
    current = 0.0
    seen = False
    for index, raw in enumerate(tokens):
        if raw == "and" and not (
            index > 0 and (tokens[index - 1] == "hundred" or tokens[index - 1] in _SCALE_WORDS)
        ):
            if tokens[index + 1 : index + 3] not in (["a", "half"], ["an", "half"]):
                return None  # "four and six": two numbers, not ten
        if raw == "and" or (raw == "half" and index > 0 and tokens[index - 1] in ("a", "an")):
            continue
        if raw in ("a", "an") and tokens[index + 1 : index + 2] == ["half"]:
            current += 0.5  # "two and a half million"
        elif raw in ("a", "an"):
            current += 1
        elif raw in _UNITS_WORDS:
            current += _UNITS_WORDS[raw]
        elif raw in _TENS_WORDS:
            current += _TENS_WORDS[raw]
        elif raw == "hundred":
            current = (current or 1) * 100
        elif raw in _SCALE_WORDS:
            total += (current or 1) * _SCALE_WORDS[raw]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _year_in_words(tokens: list[str]) -> float | None:
    """ "nineteen eighty-four" -> 1984, "twenty twenty-four" -> 2024: a year said in two
    pairs of digits (no "hundred" or "and" between them)."""
    if len(tokens) not in (2, 3) or tokens[0] not in _UNITS_WORDS and tokens[0] != "twenty":
        return None
    century = _UNITS_WORDS.get(tokens[0], 20)
    if century not in (19, 20):
        return None  # "twelve fifty" is a count, not the year 1250
    rest = tokens[1:]
    if rest[0] not in _TENS_WORDS and not (len(rest) == 1 and 10 <= _UNITS_WORDS.get(rest[0], 0)):
        return None
    if len(rest) == 2 and (
        rest[0] not in _TENS_WORDS or not 1 <= _UNITS_WORDS.get(rest[1], 0) <= 9
    ):
        return None
    tail = _TENS_WORDS.get(rest[0], _UNITS_WORDS.get(rest[0], 0))
    tail += _UNITS_WORDS.get(rest[1], 0) if len(rest) == 2 else 0
    return float(century * 100 + tail)


# ---------------------------------------------------------------------------------------------
# Units

_UNIT_TABLE: dict[str, tuple[str, float]] = {}


def _units(names: str, unit: str, factor: float = 1.0) -> None:
    for name in names.split("|"):
        _UNIT_TABLE[name] = (unit, factor)


_units("km|kms|kilometer|kilometers|kilometre|kilometres", "km")
_units("mile|miles|mi", "km", 1.609344)
_units("m|meter|meters|metre|metres", "km", 0.001)
_units("cm|centimeter|centimeters|centimetre|centimetres", "km", 1e-5)
_units("ft|foot|feet", "km", 0.0003048)
_units("inch|inches", "km", 2.54e-5)
_units("yard|yards", "km", 0.0009144)
_units("nautical mile|nautical miles", "km", 1.852)
_units("kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "kg")
_units("g|gram|grams", "kg", 0.001)
_units("t|tonne|tonnes|metric ton|metric tons", "kg", 1000.0)
_units("ton|tons", "kg", 907.18474)
_units("light year|light years|light-year|light-years", "km", 9.4607e12)
_units("lb|lbs|pound|pounds", "kg", 0.45359237)
_units("ounce|ounces|oz", "kg", 0.028349523125)
_units("litre|litres|liter|liters", "m3", 0.001)
_units("ml|millilitre|millilitres|milliliter|milliliters", "m3", 1e-6)
_units("square metres|square meters|square metre|square meter|sq m", "km2", 1e-6)
_units("km2|sq km|square kilometers|square kilometres|square kilometer|square kilometre", "km2")
_units("square miles|square mile|sq mi", "km2", 2.589988)
_units("hectare|hectares|ha", "km2", 0.01)
_units(
    "km/h|kph|km/hr|kilometers per hour|kilometres per hour|km per hour|kilometers an hour|"
    "kilometres an hour|km an hour",
    "km/h",
)
_units("mph|miles per hour|miles an hour", "km/h", 1.609344)
_units("m/s|metres per second|meters per second|metres a second|meters a second", "km/h", 3.6)
_units("bpd|barrels per day|barrels a day|barrels of oil per day|b/d", "bpd")
_units("cubic metres|cubic meters|cubic metre|cubic meter|m3|cu m", "m3")
_units("cubic feet|cubic foot", "m3", 0.0283168466)
_units("bcm", "m3", 1e9)
_units("%|percent|per cent|pct|prozent|pour cent", "%")
_units("percentage points|percentage point", "pp")
_units("dollar|dollars|usd|us dollars", "USD")
_units("euro|euros|eur", "EUR")
_units("pound sterling|pounds sterling|gbp", "GBP")
_units("basis points|basis point|bps|bp", "bp")
_units("ruble|rubles|rouble|roubles|rub", "RUB")
_units("hryvnia|hryvnias|hryvnias|uah", "UAH")
_units("yen|jpy", "JPY")
_units("yuan|renminbi|cny", "CNY")
_units("rupee|rupees|inr", "INR")
_units("swedish crowns|swedish crown|swedish kronor|swedish krona|kronor|sek", "SEK")
_units("norwegian crowns|norwegian crown|norwegian kroner|nok", "NOK")
_units("danish crowns|danish crown|danish kroner|dkk", "DKK")
_units("czech crowns|czech crown|korunas|czk", "CZK")
_units("swiss francs|swiss franc|chf", "CHF")
_units("canadian dollars|canadian dollar", "CAD")
_units("australian dollars|australian dollar|aud", "AUD")
_units("new zealand dollars|new zealand dollar|nzd", "NZD")
_units("hong kong dollars|hong kong dollar|hkd", "HKD")
_units("singapore dollars|singapore dollar|sgd", "SGD")
_units("zloty|zlotys|zlotych|pln", "PLN")
_units("mexican pesos|mexican peso|mxn", "MXN")
_units("argentine pesos|argentine peso", "ARS")
_units("philippine pesos|philippine peso", "PHP")
_units("turkish lira|turkish liras", "TRY")
_units("rand|zar", "ZAR")
_units("baht|thb", "THB")
_units("forint|forints|huf", "HUF")
_units("uae dirhams|emirati dirhams|aed", "AED")
_units("saudi riyals|saudi riyal", "SAR")
_units("shekel|shekels", "ILS")
_units("won|krw", "KRW")
_units("naira|ngn", "NGN")
_units("rupiah|idr", "IDR")
_units("ringgit|myr", "MYR")
_units("reais|brl", "BRL")
_units("pence|penny", "GBP", 0.01)
_units("year|years|yr|yrs", "years")
_units("month|months", "months")
_units("week|weeks", "weeks")
_units("day|days", "days")
_units("hour|hours|hrs|hr", "hours")
_units("minute|minutes|min|mins", "minutes")
_units("second|seconds|sec|secs", "seconds")
_units("degree|degrees|°", "degrees")
_units("°c|celsius|centigrade|degrees celsius|degrees centigrade|degrees c", "°C")
_units("°f|fahrenheit|degrees fahrenheit|degrees f", "°F")
_units("mm|millimeter|millimeters|millimetre|millimetres", "km", 1e-6)
_units("ppm|parts per million", "ppm")
_units("ppb|parts per billion", "ppb")
_units(
    "micrograms per cubic metre|micrograms per cubic meter|micrograms per cubic metre of air|"
    "micrograms per cubic meter of air|µg/m3|µg/m³|ug/m3|μg/m3|μg/m³",
    "µg/m3",
)
_units("milligrams per litre|milligrams per liter|mg/l", "mg/L")
_units("mmhg|mm hg|millimetres of mercury|millimeters of mercury", "mmHg")
_units("mw|megawatt|megawatts", "MW")
_units("gw|gigawatt|gigawatts", "GW")

_ISO_CURRENCIES = (
    "USD EUR GBP NOK SEK DKK ISK CHF JPY CNY AUD CAD NZD HKD SGD ZAR BRL MXN PLN CZK HUF TRY"
).split()
"""Currency codes written before a sum ("NOK 8.06 billion", "EUR 312 million")."""
_CURRENCY_SYMBOL = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    "₦": "NGN",
    "n": "NGN",
    "r": "ZAR",
    "r$": "BRL",
    "c$": "CAD",
    "a$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    # as Australian and New Zealand copy writes them: "$A500 million", "$NZ1.3 billion"
    "$us": "USD",
    "$a": "AUD",
    "$nz": "NZD",
    "$c": "CAD",
    "$hk": "HKD",
    "$s": "SGD",
    "ksh": "KES",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    **{code.lower(): code for code in _ISO_CURRENCIES},
}

CURRENCY_CODES = frozenset(_CURRENCY_SYMBOL.values())
"""The units of sums of money."""
_CAUSAL_OVER = re.compile(
    r"\b(?:jailed|sentenced|convicted|charged|arrested|sued|sacked|fired|dismissed|"
    r"suspended|investigated|questioned|probed?|inquiry|row|dispute|scandal|protests?|"
    r"clash(?:es)?|fight|battle|lawsuit|case|trial|concerns?|fears?|anger|outrage|criticism|"
    r"resigned|quit)\s+over\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
_NOUN_AFTER_SUM = re.compile(
    r"\s+(?!(?:worth|each|apiece|annually|yearly|a|an|per|in|of|on|for|from|to|by|and|or|"
    r"last|this|next|over|since|after|before|during|more|less|yesterday|today|tomorrow|tonight|"
    r"extra|instead|overall|altogether|total|earlier|later|ago)\b)[a-z]+(?<!s)(?<!ing)\b(?!-)"
)
"""A noun right after a sum, which "over" before it was about ("jailed over £3.4m fraud",
"a row over a $2bn deal"), not above ("over £3.4m in fines")."""

# Words after a number that are not what it counts.
_NOT_COUNTED = frozenset(
    "a an the of in on at to for from by with and or but as than that which who this these "
    "those is are was were be been has have had will would could may might can per each more "
    "less times percent other others new old more most least about after before since ago "
    "years-old year-old until till through into onto when while if because so not no also "
    "just only over under up down out off into it its their his her they we he she i you "
    "there here then now were was did does do said says rose fell jumped gained lost climbed "
    "left came went fled remain stayed won "
    "dropped slipped added closed ended edged rallied surged tumbled declined advanced "
    "retreated rise rises fall falls account accounts last short first next against between "
    "late early overnight earlier later "
    "among within across toward towards via despite behind beyond".split()
)

_APPROX_WORDS = (
    "about around nearly almost some roughly approximately approx approx. circa ca. more_than "
    "less_than fewer_than over under at_least up_to as_many_as as_much_as an_estimated "
    "estimated close_to upwards_of just_over just_under well_over in_excess_of below above ~"
).split()
"""What makes the number after it approximate ("_" for a space)."""
_APPROX_BEFORE = re.compile(
    # the words as a trie (`literal_alternation`), faster than their case-insensitive
    # alternation; the match is the same (one word ends where the text ends, with spaces)
    r"(?:\b(?:" + literal_alternation(w.replace("_", " ") for w in _APPROX_WORDS) + r")\s*"
    # "about a 60% chance", "at least another 48 hours" (not "over a 10-year period")
    # ("about", "around", "close to" only where a figure is expected: not "complained about a
    # 20% rise", "the row around a loan", "close to a 1,000-acre forest")
    r"|\b(?:nearly|almost|roughly|approximately|more than|less than|at least|some|"
    # the word first, so the lookbehinds are tried only before one of them
    r"(?=about|around|close to)"
    r"(?:(?<=^)|(?<=\bis )|(?<=\bwas )|(?<='s )|(?<=’s )|(?<=\bare )|(?<=\bwere )|(?<=\bbe )|"
    r"(?<=\bat )|(?<=\bto )|(?<=\bby )|(?<=\bof )|(?<=\bwith )|(?<=\bfor )|(?<=\bcost )|"
    r"(?<=\bcosts )|(?<=\bearns )|(?<=\bspent )|(?<=\brose )|(?<=\bfell )|(?<=\bwon )|"
    r"(?<=\bhit )|(?<=\bsee )|(?<=\bsaw )|(?<=\bhas )|(?<=\bhad )|"
    r"(?<=\braise )|(?<=\bnow ))"
    r"(?:about|around|close to))\s+(?:a|an|another|a further|an additional)\s+|~)$",
    re.IGNORECASE,
)
_APPROX_ENDS = tuple(
    {w.rsplit("_", 1)[-1] for w in _APPROX_WORDS} | {"a", "an", "another", "further", "additional"}
)
"""What every `_APPROX_BEFORE` match ends with before its spaces, in lower case: the last word
of an approximating phrase, of an article after "about" ("a", "a further"), or "~" (an ASCII
text that ends with none has no match; IGNORECASE is lower-case equality in ASCII)."""

# A number as written: currency, digits (with separators) or number words, scale, unit.
_DIGITS_EN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_DIGITS_EU = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNIT_ALT = literal_alternation({u for u in _UNIT_TABLE if u not in ("%", "°")})
_TAIL = (
    r"(?P<scale>\s*(?:-\s*)?(?:hundred|thousand|million|billion|trillion|lakh\s+crores?|"
    r"lakhs?|crores?|cr)\b|"
    r"(?:bn|mn|mln|tn|trn|k|m|b)\b(?!/))?"
    r"(?P<unit>\s*(?:%|°[CF]?)|(?:\s*|-)(?:" + _UNIT_ALT + r")\b(?!-\w))?"
)
_CURRENCY = (
    r"(?P<cur>(?-i:US)\$|(?-i:R)\$|(?<![A-Za-z])(?-i:C|A|NZ|HK|S)\$|\$(?-i:US|A|NZ|C|HK|S)(?=\d)|\$|€|£|¥|₽|₴|₹|₦|(?<![A-Za-z])(?-i:Rs\.?|INR|KSh|Ksh)"
    # an ISO code before a sum ("NOK 8.06 billion")
    r"|(?<![A-Za-z/])(?-i:" + "|".join(_ISO_CURRENCIES) + r")"
    # before a sum that reads as money: with its scale, thousands or cents ("NOK 8.06
    # billion", "USD 5,000", "NOK 6.48"; not "CAD 2 years", "USD 2025 outlook", "CAD 3D")
    r"(?=[ \u00a0](?:\d[\d,.]*\s?(?:million|billion|trillion|bn|mn|m)\b"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w|\.\d)|\d+\.\d{1,2}(?!\w|\.\d)"
    # a whole sum at a clause's end or "per share" ("CHF 85.", "NOK 3 per share")
    r"|\d+(?=\s*(?:[.,;:)]|$|per\b|a\s+share\b|each\b))))"
    # the rand and the naira by their letter, only before a sum with its scale or thousands
    r"|(?<![A-Za-z\d])(?-i:R|N)(?=\d[\d,.]*\s*(?:billion|million|bn|m\b|trillion)|\d{1,3}(?:,\d{3})+))"
)
"""A currency before a number; "Rs" and "INR" only as written, after no letter."""
_NUMBER_EN = re.compile(
    r"(?-i:(?=[\d$€£¥₽₴₹₦URIKNCAHSEGDJZBMPT.]))"
    + _CURRENCY
    + r"?\s?(?P<num>"
    + _DIGITS_EN
    + r")(?!\d)"
    + _TAIL,
    re.IGNORECASE,
)
_NUMBER_EU = re.compile(
    r"(?-i:(?=[\d$€£¥₽₴₹₦URIKNCAHSEGDJZBMPT]))"
    + _CURRENCY
    + r"?\s?(?P<num>"
    + _DIGITS_EU
    + r")(?!\d)"
    + _TAIL,
    re.IGNORECASE,
)
_WORD_TAIL = re.compile(
    r"(?P<scale>\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<unit>(?:\s+|-)(?:" + _UNIT_ALT + r"|percent|per cent)\b(?!-\w))?",
    re.IGNORECASE,
)
_COMPOUND_COUNT_NOUNS = frozenset(
    "storey story floor room bed bedroom seat page member man person strong mile kilometre "
    "kilometer metre meter lane bay acre hectare".split()
)
"""Nouns a number counts inside a compound before another noun ("14-storey blocks")."""
_COMPOUND_THEN_PLURAL = re.compile(
    rf" \d+(?:\.\d+)?-(?:{'|'.join(sorted(_COMPOUND_COUNT_NOUNS))}) ([a-z]{{3,}}s)\b"
)
"""Another number's hyphenated compound, then the plural counted ("three 14-storey blocks")."""
_COUNTED = re.compile(r"[ -](?:[A-Za-z][A-Za-z'-]*)(?: [A-Za-z][a-z'-]*){0,3}")
_EUROPEAN_SIGN = re.compile(r"\d,\d{1,2}(?![\d,])|\d,\d{4,}|\d\.\d{3}\.\d{3}|\d\.\d{3},\d")
_ENGLISH_SIGN = re.compile(r"\d,\d{3}\.\d|\d,\d{3},\d{3}")
_ORDINAL_DIGITS = re.compile(r"(\d(?<!\w\d)\d*)(?:st|nd|rd|th)\b", re.IGNORECASE)
"""Digits then "st", "nd", "rd" or "th" as one word, the word boundary before them tested
after the first digit (the engine skips to digits)."""
_ORDINAL_WORDS = re.compile(r"(?=[fstenhFSTENH])\b(" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE)
_SHARE_NOUNS = {**_ORDINALS, "quarter": 4}
"""The nouns of a share after a number word ("two-thirds", "three-quarters")."""
_QUARTER = re.compile(r"\b(?:[Aa]|[Oo]ne|(three|Three))[\s-]quarters?\b")
"""A quarter as a share ("a quarter", "three-quarters"), when `_share_after` agrees."""


_POINT_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<part>tenths?|quarters?|thirds?|halves|half)\s+of\s+(?:a|one)\s+percentage\s+point"
    r"|[Hh]alf\s+(?:of\s+)?(?:a|one)\s+percentage\s+point"
    # "a quarter-point cut", "a three-quarter point lead" (not "three quarter-point cuts",
    # three cuts, nor "one-and-a-half-point")
    r"|(?P<n2>an?|one|three(?=-))[\s-](?P<part2>quarter|half|tenth)[\s-](?:percentage[\s-])?point)"
    r"\b(?!-)",
    re.IGNORECASE,
)
"""A part of a percentage point in words ("two tenths of a percentage point", "half a
percentage point", "a quarter-point cut")."""
_RATE_CONTEXT = re.compile(
    r"\b(?:rates?|yields?|inflation|interest|cut|cuts|hike|hikes|raise|raised|Fed|bank|poll|"
    r"polls|percent|unemployment|GDP|growth|mortgage|bond|bonds|forecast|vote|votes)\b|%",
    re.IGNORECASE,
)
"""What makes a "quarter-point" a part of a percentage point (not a chess game's)."""
_PARTS = {**_SHARE_NOUNS, "half": 2, "halve": 2}
"""The parts of a point `_POINT_FRACTION` reads ("tenth", "quarter", "third", "half")."""


def _point_fraction(m: re.Match[str]) -> float:
    """The percentage points of a `_POINT_FRACTION` match."""
    count = (m.group("n") or m.group("n2") or "a").lower()
    part = (m.group("part") or m.group("part2") or "half").lower().rstrip("s")
    return (1.0 if count in ("a", "an") else words_to_number(count) or 1.0) / _PARTS[part]


def _share_of_quarter(text: str, end: int, start: int = -1) -> bool:
    """Whether "quarter(s)" ending at `end` is a share: of what follows ("of the cases", not "of
    a million", "of an hour", "of one percentage point"), of people who say or back something
    ("Three quarters said"), or, after "about", "over" or "more than" (at `start`), of people
    the verb after it is about ("About three quarters were women"; not "More than three
    quarters have passed": of a year)."""
    if text.startswith(" of ", end):
        return not text.startswith((" of a ", " of an ", " of one "), end)
    if _SHARE_SAY_NEXT.match(text, end) is not None:
        return True  # "Three quarters said ...": of the people asked
    return (
        start >= 0
        and _APPROX_BEFORE_SHARE.search(text, max(0, start - 14), start) is not None
        and _SHARE_VERB_NEXT.match(text, end) is not None
    )


_SHARE_SAY_NEXT = re.compile(
    r"\s+(?:said|say|says|told|agreed|agree|believe|believed|think|thought|supported|support|"
    r"opposed|oppose|backed|wanted|want|voted)\b"
)


_APPROX_BEFORE_SHARE = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|close to|over|under|just over|just under|"
    r"more than|less than|fewer than|at least)\s+$",
    re.IGNORECASE,
)


_SHARE_VERB_NEXT = re.compile(
    r"\s+(?:were|are|was|is|have|had|will|would)\b"
    # (not of a year: "More than three quarters have passed", "were profitable")
    r"(?![^.;]*\b(?:passed|elapsed|gone|profitable|profit|profits|loss|losses|growth|"
    r"earnings|revenue|consecutive|fiscal|GDP|tough|difficult)\b)"
)


_FRACTION_BEFORE = re.compile(r"\b(?:a|one|(two))[\s-]$", re.IGNORECASE)
"""Before an ordinal that is a share: "a fifth", "one third", "two-thirds"."""
_SHARE_BY = re.compile(
    r"\b(?:by|than|about|nearly|almost|roughly|around|over|under|just|only)\s+$",
    re.IGNORECASE,
)


def _share_after(text: str, start: int, end: int) -> bool:
    """Whether "a third" at `text[start:end]` is a share ("a third of the budget", "down by a
    fifth."), not a rank ("a fifth generation fighter", "a third time")."""
    if text.startswith(" of ", end):
        return True
    by = _SHARE_BY.search(text, max(0, start - 9), start) is not None
    if by and _SHARE_VERB_AFTER.match(text, end):
        return True  # "Around a third forecast a move": a share of people, doing something
    if by and _SHARE_WHEN_AFTER.match(text, end):
        return True  # "fallen by almost a third since October": a share, then when
    return (end == len(text) or text[end] in ".,;)") and by


_SHARE_WHEN_AFTER = re.compile(
    r"\s+(?:since|in|over|from|compared|last|this|between|during|after|before|year-on-year)\b"
)
_SHARE_VERB_AFTER = re.compile(
    r"\s+(?:said|say|says|expect|expected|expects|forecast|forecasts|predicted|predict|"
    r"believe|believed|think|thought|want|wanted|support|supported|oppose|opposed|voted|"
    r"were|are|have|had|will|would)\b"
)


_SPECIAL = re.compile(
    r"(?=[aotdcphAOTDCPH])\b(?:a|one|two|three|half a|a half)?\s?(dozen|couple|pair)s?\b(?: of)?",
    re.IGNORECASE,
)
_DOZENS = re.compile(
    r"\b(?:(tens|dozens|hundreds) of (hundreds|thousands|millions|billions)(?: of\b)?"
    r"|(dozens|hundreds|thousands|millions|billions)(?: of\b|(?=[,.;]|\s+(?:more|others)\b)))",
    re.IGNORECASE,
)
"""A vague plural count: "thousands of" (2,000 at least), "tens of thousands" (20,000)."""
_VAGUE_COUNT = {"tens": 20.0, "dozens": 24.0, "hundreds": 200.0, "thousands": 2000.0}
_VAGUE_SCALE = {"hundreds": 100.0, "thousands": 1000.0, "millions": 1e6, "billions": 1e9}


def is_european_notation(text: str) -> bool:
    """True when the text writes decimals with a comma ("12,5", "1.234,5")."""
    return bool(_EUROPEAN_SIGN.search(text)) and not _ENGLISH_SIGN.search(text)


_SINGULAR_AS_IS = frozenset("series species".split())
_IE_PLURALS = frozenset("movies calories cookies rookies zombies selfies pies ties lies".split())


def _singular(word: str) -> str:
    w = word.lower()
    if w in _SINGULAR_AS_IS:
        return w
    if w in _IE_PLURALS:
        return w[:-1]  # "movies" -> "movie", not "movy"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_CASUALTIES = frozenset(
    "wounded injured killed dead missing arrested detained displaced evacuated infected "
    "hospitalized hospitalised rescued captured".split()
)


_VERB_ENDINGS = ("ates", "izes", "ises", "ludes", "ifies", "ains", "eeds")
_AFTER_PARTICIPLE = frozenset("the a an on in by at to for from as".split())
_PEOPLE_NOUNS = frozenset("people children men women".split())
_PARTICIPLES_NOT_COUNTED = frozenset(
    "given taken seen known shown held made paid sold done".split()
)
"""Participles after a number that say what was done to it ("an estimate of 800 given on
Monday"), not what it counts."""
_COUNTED_MODIFIERS = frozenset("new old more other additional further".split())
"""Words between a number and what it counts that would otherwise end the search."""


def _counted_noun(text: str, end: int) -> tuple[str | None, int]:
    """The noun counted by a bare number ending at `end` ("2 black presidents" -> president)."""
    m = _COUNTED.match(text, end)
    if not m:
        compound = _COMPOUND_THEN_PLURAL.match(text, end)
        if compound is not None and compound.group(1) not in _NOT_COUNTED:
            # "three 14-storey blocks": the blocks, past the other number's compound
            return _singular(compound.group(1)), end  # the compound's number stays its own
        return None, end
    words = m.group(0)[1:].split(" ")
    first = words[0]
    if text[end : end + 1] == "-" and first in _COMPOUND_COUNT_NOUNS:
        # "14-storey blocks": the number measures the storeys, not the blocks
        return _singular(first), end + 1 + len(first)
    if first in _PEOPLE_NOUNS:
        return first, end + 1 + len(first)  # "300 people two years ago": people
    if first[:1].isupper():
        # "25 Ukrainian drones", "four NSC lawmakers": a name before the counted plural
        if first.lower() in _NOT_COUNTED:
            return None, end  # "12 These diseases": a new sentence
        for k in (1, 2):
            if (
                len(words) > k
                and words[k].islower()
                and words[k].endswith("s")
                and len(words[k]) > 3
                and words[k] not in _NOT_COUNTED
                and not words[k - 1].islower()
                and not words[k].endswith(_VERB_ENDINGS)  # "2,3-DPG activates"
            ):
                return _singular(words[k]), end + 1 + len(" ".join(words[: k + 1]))
        return None, end
    if (
        first in _COUNTED_MODIFIERS
        and len(words) > 1
        and (words[1].endswith("s") or words[1] in ("people", "children", "men", "women"))
        and len(words[1]) > 2
        and words[1] not in _NOT_COUNTED
    ):
        return _singular(words[1]), end + 2 + len(first) + len(words[1])  # "1,200 new cases"
    if (
        first in _NOT_COUNTED
        or first in _PARTICIPLES_NOT_COUNTED
        or (
            len(first) > 4
            and first.endswith("ed")
            # "11,700 recorded", "5 million considered the minimum"; not "71 unrelated patients"
            and (len(words) == 1 or words[1].lower() in _AFTER_PARTICIPLE or words[1][:1].isupper())
            and first not in _CASUALTIES
        )
    ):
        return None, end  # "11,700 recorded": a verb, not what is counted; "40 wounded" counts
    # "2 black presidents", "580 guided aerial bombs", "21 indigenous firms": the plural after
    # one or two modifiers (an adjective in "-ous" is none)
    for k in (1, 2):
        if (
            len(words) > k
            and not any(
                (w.endswith("s") and not w.endswith("ous")) or w in _NOT_COUNTED for w in words[:k]
            )
            and words[k].endswith("s")
            and words[k] not in _NOT_COUNTED
            and len(words[k]) > 3
        ):
            return _singular(words[k]), end + 1 + len(" ".join(words[: k + 1]))
    if (
        len(words) > 3
        and words[1] in ("and", "or")
        and words[3].endswith("s")
        and len(words[3]) > 3
        and words[3] not in _NOT_COUNTED
        and not any(w.endswith("s") or w in _NOT_COUNTED for w in (words[0], words[2]))
    ):
        # "27,000 direct and indirect jobs": the plural after two modifiers joined
        return _singular(words[3]), end + 1 + len(" ".join(words[:4]))
    return _singular(first), end + 1 + len(first)


def _share(text: str, start: int, end: int, value: float) -> Quantity:
    """A share written in words at `text[start:end]` ("one in five", "a third", "a quarter"),
    as the percentage `value`."""
    return Quantity(
        value=value,
        unit="%",
        text=text[start:end],
        start=start,
        end=end,
        approx=_approx(text, start),
    )


def _approx(text: str, start: int) -> bool:
    before = text[max(0, start - 28) : start]
    tail = before.rstrip()
    if tail.isascii() and not tail.lower().endswith(_APPROX_ENDS):
        return False  # no word `_APPROX_BEFORE` ends with ends the text (a cheap test)
    m = _APPROX_BEFORE.search(before)
    if m is None:
        return False
    if m.group(0).endswith(("a ", "an ")) and (
        _AGE_AT.match(text, start)
        or _ABOUT_AS_PREPOSITION.search(text, max(0, start - 40), start - len(m.group(0)))
        or (
            m.group(0).lower().startswith("close") and _RECORD_AFTER.search(text, start, start + 40)
        )
    ):
        # "is about a 9-year-old boy", "complained about a 20% rise", "close to a 52-week high":
        # what it is about or near, not an approximate figure
        return False
    if m.group(0).lower().startswith("up to") and _MOVED_UP.search(text, max(0, start - 70), start):
        return False  # "revised the figure up to 3.4%": moved to it, exactly
    if m.group(0).lower().startswith("over") and _NOUN_BEFORE_OVER.search(text, 0, start):
        return False  # "destroyed 25 drones over seven regions": across them, not more than
    if (
        m.group(0).lower().startswith("over")
        and (d := _DURATION_AT.match(text, start)) is not None
        and not re.match(r"\s+(?:of age|old|and older)\b", text[d.end() : d.end() + 12])
    ):
        return False  # "$2.4 billion over 10 years": the period, not "more than"
    return True


_AGE_AT = re.compile(r"\d{1,3}-year-old")
_ABOUT_AS_PREPOSITION = re.compile(
    r"\b(?:complain\w*|ask\w*|worr\w*|care[sd]?|talk\w*|spoke|speak\w*|told|tell\w*|wr[oi]te\w*|"
    r"warn\w*|think\w*|thought|know\w*|knew|learn\w*|hear\w*|heard|concern\w*|question\w*|"
    r"story|book|film|debate|row|report|news|information|details|nothing|something|centred|"
    r"centered|revolves?|revolved|built|based|fear\w*|angry|upset|protest\w*)\s*$",
    re.IGNORECASE,
)
"""Before "about a" or "around a" that is a preposition, not an approximation."""
_RECORD_AFTER = re.compile(r"\b(?:high|low|record|peak|level)\b")
_PRESSURE = re.compile(
    r"\b(?P<sys>\d{2,3})/(?P<dia>\d{2,3})\s*(?:mm\s?Hg|millimet(?:re|er)s of mercury)",
    re.IGNORECASE,
)
"""A blood pressure reading: "130/80 mmHg", "140/90 millimetres of mercury"."""
_DURATION_AT = re.compile(
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+"
    r"(?:years?|months?|weeks?|days?|decades?|hours?|seasons?|quarters?|terms?)\b",
    re.IGNORECASE,
)
_NAME_COMMA_BEFORE = re.compile(
    r"\b(?!(?:In|At|On|By|For|From|The|An?|Of|To|And|But)\s)[A-Z][a-z][\w’'-]*\s+[A-Z][\w’'-]+,\s*$"
)
"""A full name and a comma before a number between commas: the person's age."""
_NOUN_BEFORE_OVER = re.compile(r"\b\d[\d,.]*\s+[a-z]+s\s+over\s+$")
"""A counted plural before "over": the preposition ("25 drones over seven regions")."""
_MOVED_UP = re.compile(
    r"\b(?:revised|revises|revise|ticked|moved|pushed|marked|adjusted|raised|raises|bumped|"
    r"edges|edged|inches|inched|creeps|crept|"
    r"nudged|went|goes|inched|crept|edged)\b[^.;,]{0,45}\bup\s+to\s*$",
    re.IGNORECASE,
)


def _unit_for(unit_text: str | None, currency: str | None) -> tuple[str | None, float]:
    if currency:
        return _CURRENCY_SYMBOL[currency.lower()], 1.0
    if not unit_text:
        return None, 1.0
    key = unit_text.strip(" -").lower()
    key = re.sub(r"\s+", " ", key)
    if key.startswith("°"):
        return _UNIT_TABLE.get(key.replace(" ", ""), ("degrees", 1.0))
    if key == "mm" and unit_text.strip() != "mm":
        return None, 1.0  # "2 mM" is millimolar, "664 MM" a code
    if key == "ml" and unit_text.strip(" -") not in ("ml", "mL"):
        return None, 1.0  # "40 ML models": machine learning; "570 Ml": megalitres
    return _UNIT_TABLE.get(key, (None, 1.0))


_RACE_TIME = re.compile(
    # hours, minutes and seconds anywhere: "won in 2:00:35"
    r"(?<![\d:.,])(?P<time>(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>[0-5]\d(?:\.\d{1,3})?))(?![\d:]|\.\d)"
    # minutes and seconds after "in", "clocked", "a time of", before the clause goes on
    r"|\b(?:in|clocked|timed|ran|run|(?:time|record|best|mark) of)\s+"
    r"(?P<mtime>(?P<m2>\d{1,2}):(?P<s2>[0-5]\d(?:\.\d{1,3})?))(?![\d:]|\.\d|,\d)"
    r"(?=\s*(?:$|[.,;)]|(?:in|at|on|for|and|over|to win)\b))"
)
"""A race or running time in seconds: "2:00:35" anywhere, "in 59:51", "clocked 14:05.2" (not
"at 14:05:30", a time of day, "a ratio of 1:20", "a scale of 1:50,000" or "ran 10:00 to 12:00")."""
_CLOCK = re.compile(
    r"\d(?<![\d:.]\d)\d?(?::\d{2}(?![\d:])(?:\s*[ap]\.?m\.?)?|\s*[ap]\.m\.|\s*[ap]m\b"
    r"|\.[0-5]\d\s*(?:[ap]\.m\.|[ap]m\b))",
    re.IGNORECASE,
)
"""A time of day: "4:17 a.m.", "20:00", "6 p.m.", "10.30 am" (British and Indian copy); one or
two digits after no digit, colon or point, tested after the first digit (the engine skips to
digits)."""


_BELOW_ZERO_UNIT = re.compile(r"\s?(?:%|°|[CF]\b|degrees?\b|per\s?cent)", re.IGNORECASE)
"""What a number below zero is measured in: a temperature or a percentage."""
_NUMBER_BEFORE = re.compile(r"(?<![\w.-])(\d[\d,]*(?:\.\d+)?)%?$")


def _range_end(text: str, at: int) -> bool:
    """Whether the number at `at`, after a hyphen, is one of two ("10-20%", "4.25%-4.50%",
    "310-320mg", a vote "218-212", a score "3-1"): a number of its own before the hyphen, and
    a larger one after it unless both are small whole numbers. Model numbers ("Boeing 787-8",
    "737-100" after a maker) and codes with letters ("MCM2-7") stay codes."""
    before = _NUMBER_BEFORE.search(text, max(0, at - 24), at - 1)
    after = _DIGITS_AT.match(text, at)
    if not before or not after:
        return False
    if (
        len(before.group(1)) <= 2
        and len(after.group(0)) <= 2
        and _SCORE_VERB.search(text, max(0, before.start() - 40), before.start())
    ):
        return True  # "beat Harwick 3-1": a score after the beaten side's name
    if _MODEL_BEFORE.search(text, max(0, before.start() - 30), before.start()):
        return False  # "Boeing 737-800", "Airbus A320-200": a model, whatever the order
    low, high = before.group(1), after.group(0)
    if low.isdigit() and high.isdigit() and len(low) <= 3 and len(high) <= 3:
        return True  # a vote or a score, either way round: "passed 218-212", "won 3-1"
    try:
        return float(high.replace(",", "")) > float(low.replace(",", ""))
    except ValueError:
        return False


_SCORE_VERB = re.compile(
    r"\b(?:beat|beats|beaten|defeated|defeats|thrashed|edged|drew|lost|won|trounced|"
    r"routed|overcame|stunned)\b[^.,;]*$"
)
"""A result before a team's name: its score follows ("beat Harwick 3-1")."""
_MODEL_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
"""A capitalised word right before a number: a maker or a name ("Boeing 737")."""
_DIGITS_AT = re.compile(r"\d[\d,]*(?:\.\d+)?")


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PER_BEFORE = re.compile(r"\b(?:per|every|each)\s+$", re.IGNORECASE)
"""Before "second" that is a unit of time ("1,000 litres per second"), not an ordinal."""
_CODE_REST = re.compile(r"-\d")
_CODE_AFTER = re.compile(r"[A-Za-z]\d|-\d+-\d")
"""After a number that is part of a code: "22K001", "1-800-555-0142"."""
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:[Ss]ection|[Aa]rticle|[Cc]lause|[Pp]aragraph|[Cc]hapter|[Rr]ule|[Rr]oute|[Ff]light|"
    r"[Gg]ate|[Pp]latform|[Jj]unction|[Ii]nterstate|[Hh]ighway|[Aa]mendment|[Rr]esolution|"
    r"[Pp]hase|Category|Level|Stage|Tier|Bill|Proposition|Prop\.?|Measure)|S&P|FTSE|"
    r"Nikkei|Stoxx|STOXX|Russell|Nasdaq(?: Composite)?|"
    r"Hang Seng|"
    # models and missions: "Boeing 737", "Falcon 9", "Chang'e 6", "iPhone 16", "Windows 11"
    r"Boeing|Apollo|Artemis|Chang[’']e|Chandrayaan|Soyuz|Falcon|Galaxy|iPhone|Pixel|Windows|"
    r"Model|Covid|COVID|Formula)\s+$"
)
"""Before a number that names something ("section 114 warning", "Flight 370")."""
_NAME_WITH_NUMBER = re.compile(
    # "the 24-meter Aurora 2 rocket", "booked on Aurora 2 rockets"
    r"(?:\b(?:[Tt]he|an?|its|their|his|her|of|on|aboard|new|first|latest|next|[a-z]+['’]s)|\d|"
    r"\d-[a-z]+)\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|Under|Over|About|Some|Top|No)\b)"
    r"[A-Z][a-z]+(?<!s)\s+$"
)
"""A name before a number that is part of it, after an article or a count: "the Ariane 6
rocket", "up to 10 Ariane 6 missions" (not "the May 5 vote", nor a party's seats in "the
Greens won 16, the Liberals 11")."""
_COUNT_THEN_MODEL = re.compile(r".*\b(?!(?:1[89]|20)\d\d\b)\d[\d,]*\s\d$", re.DOTALL)
_CAPITAL_AFTER = re.compile(r"\s(?:MAX|Max|neo|NEO|NG|ER|XL|LR|XWB|Dreamliner)\b|-\d")
"""A model's name after its number ("737 MAX", "A320neo"), not an acronym ("40 NHS trusts")."""
_GAP_OPENING = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_COUNT_BEFORE = re.compile(r"(?<![\d.])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*")
"""A count before, not a year ("In 2023, the Ariane 6 ...")."""
_NOT_MODEL_AFTER = re.compile(r"\s+(?:to|times|-|of)\b")
_GAPPED_END = re.compile(r"\s*(?:[,;.]|\band\b|\bor\b|$)")


_PREP_BEFORE_ONE = re.compile(r"\b(?:to|with|than|as|like|from)\s+$")
"""Before a pronoun "one" ("related to one circulating in Europe")."""


def _model_number(text: str, s: int, num_end: int) -> bool:
    """Whether the number at `text[s:num_end]` is part of the name before it ("the Ariane 6
    rocket"); not a count after a place, a body or a people ("the Navy 4 new ships", "beat
    the Dutch 2 to 1"), nor one a gapped clause leaves after its subject ("the SPD won 206
    seats, the Left 39")."""
    if _COUNT_THEN_MODEL.match(text, max(0, s - 12), s + 1) and _CAPITAL_AFTER.match(text, num_end):
        return True  # "40 737 MAX jets": a count, then a model's number and name
    before = text[max(0, s - 40) : s]
    # what `_NAME_WITH_NUMBER` ends with: a capitalised word ("[A-Z][a-z]+", not in "s") as
    # the last word before white space (a cheap test first)
    last = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
    if not (
        "A" <= last[:1] <= "Z"
        and last[1:].isascii()
        and last[1:].isalpha()
        and last[1:].islower()
        and not last.endswith("s")
    ):
        return False
    named = _NAME_WITH_NUMBER.search(text, max(0, s - 40), s)
    if named is None:
        return False
    name = text[named.start() : s].split()[-1]
    if entity_type(name) != "other" or _is_demonym(name.lower()):
        return False
    if _NOT_MODEL_AFTER.match(text, num_end):
        return False
    # "the SPD won 206 seats, the Left 39": a name after ", (and) the", a count before it
    gapped = _GAP_OPENING.search(text, max(0, named.start() - 8), named.start() + 4)
    return not (
        gapped is not None
        and _GAPPED_END.match(text, num_end)
        and _COUNT_BEFORE.search(text, 0, named.start())
    )


_LABEL_WORDS = frozenset(
    "section article clause paragraph chapter rule route flight gate platform junction "
    "interstate highway amendment resolution phase category level stage tier ftse nikkei bill "
    "proposition prop measure "
    "stoxx russell nasdaq hang boeing apollo artemis chang chang'e chang’e chandrayaan soyuz falcon "
    "galaxy iphone pixel windows model covid formula".split()
)
_ONE_IN_COUNTS = {w: n for w, n in _UNITS_WORDS.items() if 2 <= n <= 10} | {
    "twenty": 20,
    "a hundred": 100,
    "100": 100,
}
_ONE_IN = re.compile(
    r"\b(?:[Oo]ne|1)\s+in\s+(?:every\s+)?("
    + "|".join(_ONE_IN_COUNTS)
    + r"|\d{1,3}(?:,\d{3})+|\d{1,6})\b(?![,.]\d|\s*%)"
)
"""A share as "one in N" ("one in five members", "1 in 10 adults")."""
_KIND_BEFORE = re.compile(r"\b[Tt]ype\s+$")
_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC)\b")
_YEAR_LIKE = re.compile(
    r"(?:1[89]|20)\d\d(?:s\b|[/–-]\d\d\b)|(?<=fiscal )\d{4}\b|(?<=FY)\d{4}\b|"
    r"(?<=financial year )\d{4}\b|"
    # "the figure for 2023", "revised since 2019": a year after a preposition, no noun after
    r"(?:(?<=for )|(?<=since )|(?<=until )|(?<=from ))(?:19|20)\d\d\b(?![\d,.]|\s+(?:people|men|women|children|[a-z]+s)\b)|"
    # "its 2024 inflation forecast", "the 2024 election": a year before a noun
    r"(?:(?<=its )|(?<=the )|(?<=their )|(?<=his )|(?<=her )|(?<=our )|(?<=this ))"
    r"(?:19|20)\d\d(?= [a-z])"
)
"""A year that is no count: a decade, a season or fiscal year ("2025/26", "fiscal 2025")."""
_AGED = ("-year-old", "-years-old", " years old", " year old")
"""What follows an age."""
_PENCE_CONTEXT = frozenset(
    "pence penny price prices fare fares cost costs coin litre shares share stock stocks "
    "deposit deposits".split()
)
"""Words that make "20p" pence when no "£" is written."""
_FEE_WORDS = frozenset("charge charges charged fee fees".split())
"""Words that make a small "10p" pence ("a 10p charge")."""
_FEE_NEAR = re.compile(r"\b(?:" + literal_alternation(_FEE_WORDS) + r")\b", re.IGNORECASE)
"""One of `_FEE_WORDS` where it stands."""
_TEMPERATURE = re.compile(
    r"\b(?:degrees?|celsius|fahrenheit|temperatures?|warming|warmer|cooler|heat|hotter|colder|"
    r"highs?|lows?|heatwave)\b",
    re.IGNORECASE,
)
"""Words that make a "C" or "F" after a number a temperature scale ("warming of 1.31C")."""
_SCALE_LETTER = re.compile(r" ?([CF])(?![\w-])")
"""A temperature scale's letter right after a number."""
_NOT_DECIMAL_TEMPERATURE = re.compile(
    r"(?:\b(?:at|fig|figs|figure|figures|panel|panels|table|rate|rates)\.?|\()\s*$", re.IGNORECASE
)
_NOT_TEMPERATURE_BEFORE = re.compile(
    r"\b(?:apartment|apt|seat|flat|room|suite|gate|row|unit|floor|platform|block|building|size|"
    r"grade|class|vitamin|hepatitis|type|section|category|level|terminal|bay|hall)\s+$",
    re.IGNORECASE,
)


def _celsius(fahrenheit: float, text: str, at: int) -> float:
    """Degrees Fahrenheit at `text[at]` in Celsius; a change ("warming of 2.36F", "rose by 4F")
    has no zero to move."""
    if _TEMPERATURE_CHANGE.search(text, max(0, at - 30), at):
        return fahrenheit * 5 / 9
    return (fahrenheit - 32) * 5 / 9


def _temperature_near(text: str, at: int) -> bool:
    """Whether the number at `text[at]` may be a temperature: heat is spoken of shortly before
    it, and it labels no seat or flat ("seat 23F", "apartment 4C")."""
    return (
        _TEMPERATURE.search(text, max(0, at - 60), min(len(text), at + 40)) is not None
        and _NOT_TEMPERATURE_BEFORE.search(text, max(0, at - 12), at) is None
    )


_TEMPERATURE_CHANGE = re.compile(
    r"\bwarming\b[^;!?]{0,30}$|\b(?:by|anomaly of|increase of|rise of)\s+(?:about\s+)?$",
    re.IGNORECASE,
)
"""Before a temperature that is a change, not a reading ("warming reached 1.31C (2.36F)")."""
_WEIGHED = re.compile(r"\b(?:weigh|weighs|weighed|weighing|weight|tons?|cargo|payload)\b", re.I)


_MONEY_BEFORE = re.compile(
    r"\b(?:fined?|fines|paid|pay|pays|paying|cost|costs|costing|spent|spend|spends|worth|"
    r"price[sd]?|salary|wages?|fee|fees|compensation|damages|bail|raised|donated|earned|earns|"
    r"sold for|bought for|bid|penalty|budget|invested|loan|debt|awarded|prize|charged|"
    r"costs? of|sum of|tune of|save|saves|saving|saved|savings of|stole|stolen|steal|"
    r"steals|stealing|embezzled|defrauded|swindled|laundered|owed|owes|owe|lent|borrowed|"
    r"withdrew|withdrawn|deposited|transferred|earning|won|repay|repays|repaid|repaying|"
    r"refund|refunds|refunded|overpaid|overpayments?|reimburse[ds]?|reimbursed)\b"
    r"(?:(?!\s(?:but|he|she|they|it|lost|gained)\s)[^.;]){0,40}$",
    re.IGNORECASE,
)
_MONEY_NOUN_OF_BEFORE = re.compile(
    r"\b(?:grants?|pensions?|bills?|rent|tax|benefits?)\s+(?:of|came to|comes to|"
    r"totalling|totaling|worth)\s+(?:(?:about|around|nearly|almost|some|up to|more than)\s+)?"
    r"[\d,.]+(?:\s+(?:million|billion|thousand))?[\s-]*(?:pounds?)?\s*$"
)
"""Money nouns right before the sum, in lower case ("a grant of 5,000 pounds", "The bill came
to 300 pounds"; not "Grant, a 250-pound lineman")."""
"""Money words shortly before "<number> pounds", which make them sterling whatever the sum."""
_MONEY_NOUN_AFTER = re.compile(
    r"\s+(?:fine|fines|bill|deal|contract|fee|salary|budget|package|payout|loan|bonus|prize|"
    r"settlement|investment|grant|penalty|bid|offer|takeover|transfer|donation|payment|"
    r"compensation|award|refund|subsidy)\b"
)
"""A money noun after "pound" ("a 5,000-pound fine")."""
_MONEY_CHANGE = re.compile(
    r"\b(?:fees?|prices?|costs?|salary|salaries|wages?|fines?|fares?|tuition|rents?|bills?|"
    r"budgets?|pay|thresholds?|values?|valuations?)\b(?:[^.;]|\.(?=\d)){0,30}\b(?:rise|rises|rose|fall|falls|"
    r"fell|frozen|capped|increased?|cut|dropped|drops|climbed|climbs|jumped|slipped|halve|halved|"
    r"double|doubled|reached|hit)\b(?:[^.;]|\.(?=\d)){0,14}?\s(?:to|at)\s+(?:an\s+average\s+of\s+)?"
    r"(?:[^.;]|\.(?=\d)){0,24}$|\b(?:average|asking|sale|selling|house|home)\s+(?:price|value)s?\s+of\s+$"
    r"|\ban\s+average\s+of\s+$",
    re.IGNORECASE,
)
"""A sum of money changing: "fees will rise to 9,535 pounds", "frozen at 9,250 pounds"."""


_RATE_FOOTER = re.compile(r"(?:[$€¥]|US\$|USD|EUR)\s?1\s?=\s?\d[\d.,]*\s?pounds?$", re.IGNORECASE)
"""A wire copy's exchange-rate footer: "($1 = 0.7920 pounds)"."""
_FROM_POUNDS = re.compile(
    r"\d[\d,.]*(?:\s(?:million|billion|m|bn))?\s(?P<unit>pounds?)"
    r"\s(?:from|to|against|versus|and|or)\s(?:about\s|around\s|nearly\s)?"
    r"\d[\d,.]*(?:\s(?:million|billion|m|bn))?\s?pounds?$",
    re.IGNORECASE,
)
"""A sum in pounds set against the one before it ("fell to 300,000 pounds from 425,000
pounds"): money if that one is."""


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_PER_PERIOD_AFTER = re.compile(
    r"\s+(?:off\b|a\s+(?:year|month|week|day)\b|per\s+(?:year|month|week|day|annum)\b|"
    r"annually\b|from\s+(?:its|the)\s+(?:market\s+)?value)",
    re.IGNORECASE,
)
"""What follows a sum, not a weight: "a year", "per month", "off its market value"."""
_BODY_WEIGHT_BEFORE = re.compile(
    r"\b(?:lost|lose|loses|losing|gained|gain|gains|gaining|put on|shed|sheds|shedding)\b",
    re.IGNORECASE,
)
"""A body's weight changing ("lost 20 pounds a year")."""


def _sterling(unit_text: str | None, value: float, text: str, end: int) -> bool:
    """Whether "pounds" after a number is money: "48 million pounds", "a 12 million pound
    fine", "fined 5,000 pounds", "will cost 1,399 pounds" are; "200 pounds" and "5 million pounds
    of beef" are weights."""
    if unit_text is None or unit_text.strip(" -").lower() not in ("pound", "pounds"):
        return False
    if _WEIGHED.search(text, max(0, end - 60), end) is not None:
        return False  # "weighs 1.5 million pounds"
    if _OF_AFTER.match(text, end) or text.startswith(" in weight", end):
        return False  # "2 pounds of cheese", "saved 15 pounds in weight": weights
    gained_or_lost = _BODY_WEIGHT_BEFORE.search(text, max(0, end - 50), end) is not None
    if gained_or_lost and value >= 10000:
        return True  # "will lose 600,000 pounds": no body's weight, a loss of money
    if _PER_PERIOD_AFTER.match(text, end) and not gained_or_lost:
        return True  # "104 pounds a year", "310 million pounds off its market value"
    if _MONEY_NOUN_AFTER.match(text, end):
        return True  # "a 5,000-pound fine", "a 2 million pound contract"
    if _RATE_FOOTER.search(text, max(0, end - 30), end):
        return True  # "($1 = 0.7920 pounds)"
    paired = _FROM_POUNDS.search(text, max(0, end - 80), end)
    if paired is not None and _sterling(paired.group("unit"), 0, text, paired.end("unit")):
        return True  # "fell to 300,000 pounds from 425,000 pounds"
    if (
        _MONEY_BEFORE.search(text, max(0, end - 56), end)
        or _MONEY_NOUN_OF_BEFORE.search(text, max(0, end - 60), end)
        or _MONEY_CHANGE.search(text, max(0, end - 80), end)
        or "£" in text
    ):
        return True  # "fined 5,000 pounds", "will cost 1,399 pounds"
    return value >= 1e6


def _scale_for(scale_text: str | None) -> float:
    if not scale_text:
        return 1.0
    key = " ".join(scale_text.strip(" -").lower().split())
    return _SCALE_WORDS.get(key) or _SCALE_ABBR.get(key, 1.0)


def _parse_digits(num: str, european: bool) -> float | None:
    try:
        if european:
            return float(num.replace(".", "").replace(",", "."))
        return float(num.replace(",", ""))
    except ValueError:
        return None


_NUMBER_TRIGGERS = frozenset(_UNITS_WORDS) | frozenset(_TENS_WORDS) | frozenset(_SCALE_WORDS)
_SPECIAL_TRIGGERS = frozenset(
    "dozen dozens couple pair pairs hundreds thousands millions billions".split()
)
_ORDINAL_TRIGGERS = frozenset(_ORDINALS)
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
"""The endings `_ORDINAL_DIGITS` needs after the digits: in `_word_set` words (digits are no
letters there) a word of their own, or the first part of a hyphenated one ("1st-round")."""


_WEAPON_AFTER = re.compile(
    r"\s+([A-Z][A-Za-z]{0,4}-\d{1,3}[A-Z]{0,2}s?|[A-Z]{2,6}(?:/[A-Z]{1,2})?s?)\b"
)


def _find_quantities(
    text: str,
    taken: list[tuple[int, int]],
    words: frozenset[str] | None = None,
    has_digit: bool | None = None,
) -> list[Quantity]:
    """The quantities of `text` outside the `taken` spans; `words` (`_word_set(text)`) and
    `has_digit` (whether it holds a digit), when the caller has them, are not computed again."""
    if words is None:
        words = _word_set(text)
    if has_digit is None:
        has_digit = _HAS_DIGIT.search(text) is not None
    european = has_digit and is_european_notation(text)
    pattern = _NUMBER_EU if european else _NUMBER_EN
    found: list[Quantity] = []
    coverage = _Coverage(len(text))
    for a, b in taken:
        coverage.add(a, b)
    if has_digit and "/" in text:
        for ratio in _PRESSURE.finditer(text):  # "130/80 mmHg": both readings, each in mmHg
            for key in ("sys", "dia"):
                at, to = ratio.start(key), ratio.end(key)
                found.append(Quantity(float(ratio.group(key)), "mmHg", text[at:to], at, to, False))
            coverage.add(ratio.start(), ratio.end())
    if has_digit and ":" in text:
        for run in _RACE_TIME.finditer(text):  # "won in 2:00:35", "halfway in 59:51"
            key = "time" if run.group("time") else "mtime"
            at, to = run.start(key), run.end(key)
            if text.endswith("at ", 0, at):
                coverage.add(at, to)  # "at 14:05:30": a time of day
                continue
            hours = run.group("h") or 0
            minutes = run.group("m") or run.group("m2")
            secs = run.group("s") or run.group("s2")
            found.append(
                Quantity(
                    value=_round(int(hours) * 3600 + int(minutes) * 60 + float(secs)),
                    unit="seconds",
                    text=text[at:to],
                    start=at,
                    end=to,
                    approx=False,
                )
            )
            coverage.add(at, to)
    if has_digit and (":" in text or "m." in text or "pm" in text or "am" in text):
        for clock in _CLOCK.finditer(text):  # "at 4:17 a.m.": a time of day, not 4 and 17
            coverage.add(clock.start(), clock.end())
    if "in" in words and ("one" in words or "1 in " in text):
        for m in _ONE_IN.finditer(text):  # "one in five members": 20%, not five members
            n = m.group(1).lower()
            share = _ONE_IN_COUNTS[n] if n in _ONE_IN_COUNTS else int(n.replace(",", ""))
            if share >= 2 and coverage.free(m.start(), m.end()):
                found.append(_share(text, m.start(), m.end(), _round(100 / share)))
                coverage.add(m.start(), m.end())
    free = coverage.free
    kinds_or_zones = "ype" in text or "GMT" in text or "UTC" in text  # once: text may be long
    has_minus = "minus" in words
    has_label = not words.isdisjoint(_LABEL_WORDS) or "S&P" in text
    has_magnitude = "magnitude" in words
    has_number_words = not words.isdisjoint(_NUMBER_TRIGGERS) or (
        "-" in text and not _NUMBER_TRIGGERS.isdisjoint(_hyphen_parts(words))
    )

    for m in pattern.finditer(text) if has_digit else ():
        s, e = m.start(), m.end()
        if m.group("cur") is None:
            s = m.start("num")
        # Part of a word or code ("F-16", "S-400", "COVID-19", "A4"): not a quantity.
        # "-12C" and "minus 5 degrees" are below zero; "4.25%-4.50%" is a range, whose second
        # end is a number of its own.
        signed = s > 0 and text[s - 1] in "-−" and (s < 2 or text[s - 2] in " (\n")
        if (
            s > 0
            and (text[s - 1].isalpha() or text[s - 1] in "-/_")
            and not signed
            and not (
                text[s - 1] == "-"
                and not any(a <= s - 2 < b for a, b in taken)  # "April 27-29": a date's
                and _range_end(text, s)
            )
        ):
            continue
        if s > 0 and text[s - 1].isdigit():
            continue
        if (
            s > 1
            and text[s - 1] == "-"
            and text[s - 2].isdigit()
            and _CODE_REST.match(text, m.end("num"))
        ):
            continue  # "312-744-8263": the middle of a phone number
        num_end = m.end("num")
        if (
            m.group("cur") is None
            and num_end - s == 4
            and text[s] in "12"
            and _YEAR_LIKE.match(text, s)
        ):
            continue  # "the 1990s", "its budget for 2025/26", "fiscal 2025": times, not counts
        if (
            (
                num_end < len(text)
                and (text[num_end].isalpha() or text[num_end] == "-")
                and _CODE_AFTER.match(text, num_end)
            )
            or (
                has_label
                and m.group("cur") is None
                and m.group("unit") is None
                and m.group("scale") is None
                and _LABEL_BEFORE.search(text, max(0, s - 12), s)
            )
            or (
                m.group("cur") is None
                and m.group("unit") is None
                and m.group("scale") is None
                and num_end - s <= 3
                and text[s - 1 : s] == " "
                and text[num_end : num_end + 1] != "-"  # "the Vmax 12-fold"
                and _model_number(text, s, num_end)
            )
            or (
                m.group("cur") is None
                and kinds_or_zones
                and (
                    _KIND_BEFORE.search(text, max(0, s - 6), s)
                    or (num_end - s == 4 and _ZONE_AFTER.match(text, num_end))
                )
            )
        ):
            # "22K001", "1-800-555-0142", "section 114", "type 2 diabetes", "0840 GMT": names
            # and times, not quantities
            continue
        num_end = m.end("num")
        if (
            text[num_end : num_end + 2].lower() in ("st", "nd", "rd", "th")
            and not text[num_end + 2 : num_end + 3].isalpha()
        ):
            continue  # "45th" is an ordinal
        if not free(s, m.start("num") + len(m.group("num"))):
            continue
        value = _parse_digits(m.group("num"), european)
        if value is None:
            continue
        minus = (
            has_minus
            and text[max(0, s - 6) : s].lower() == "minus "
            and text[max(0, s - 14) : s].lower() != "plus or minus "  # a margin, not below zero
        )
        if (
            m.group("cur") is None
            and (minus or signed)
            and (minus or _BELOW_ZERO_UNIT.match(text, m.end("num")))
        ):
            value = -value  # "-12C", "minus 5 degrees", "(-3%)"; "the -300 model" stays a name
            s -= 1 if signed else 6
        scale_text = m.group("scale")
        unit_text = m.group("unit")
        # "m" after a number is million only with money ("$5m"); else metres ("5m").
        if scale_text and scale_text.strip().lower() in ("m", "b", "k") and not m.group("cur"):
            if scale_text.strip().lower() == "m" and not unit_text:
                unit_text, scale_text = scale_text, None
            else:
                e = m.start("scale")
                scale_text, unit_text = None, None
        if m.group("cur") is None and e > m.end("num") and text[m.end("num") : e].strip() == "":
            e = m.end("num")
        value *= _scale_for(scale_text)
        unit, factor = _unit_for(unit_text, m.group("cur"))
        if (
            unit == "KRW"
            and unit_text
            and unit_text.strip().lower() == "won"
            and (not scale_text or text[m.end("unit") : m.end("unit") + 2] in ("'t", "’t"))
        ):
            unit, unit_text = None, None  # "7 won", "2 million won't": the verb
            e = m.end("scale") if scale_text else m.end("num")
        if unit == "kg" and _sterling(unit_text, value, text, e):
            unit, factor = "GBP", 1.0
        if m.group("cur") and unit_text:
            # "$5 million dollars": the currency already says it.
            pass
        elif unit is None and unit_text:
            unit = None
        if unit is None and not m.group("cur") and text.startswith(_AGED, e):
            unit = "years"  # "the 22-year-old", "aged 34 years old"
        elif (
            unit is None
            and not m.group("cur")
            and not scale_text
            and text.startswith(",", e)
            and e - s <= 3
            and _NAME_COMMA_BEFORE.search(text, max(0, s - 40), s)
        ):
            unit = "years"  # "Graham Whitcombe, 61, was convicted": his age
        if unit is None and not m.group("cur") and not scale_text:
            after = text[e : e + 2]
            if (
                after[:1] == "p"
                and (len(after) < 2 or not (after[1].isalnum() or after[1] in "."))
                and (
                    "£" in text
                    or not words.isdisjoint(_PENCE_CONTEXT)
                    # "a 10p charge", "50p fee" (not "1080p", "1p/19q")
                    or (
                        not words.isdisjoint(_FEE_WORDS)
                        and value < 100
                        and not text.startswith(("p/", "p-"), e)
                        # the fee right by the sum ("a 10p charge", "charged 20p"), not
                        # "the 2p orbital carries a negative charge"
                        and _FEE_NEAR.search(text, max(0, s - 16), min(len(text), e + 12))
                        is not None
                    )
                )
            ):
                unit, factor, e = "GBP", 0.01, e + 1  # "20p": pence (not chromosome "2p")
            elif (
                (scale := _SCALE_LETTER.match(text, e) if after[:1] in ("C", "F", " ") else None)
                and (
                    _temperature_near(text, s)
                    # "1.5C", "0.13C": a decimal with its scale's letter, a reading
                    or (
                        after[:1] == "C"
                        and "." in text[s:e]
                        and _NOT_TEMPERATURE_BEFORE.search(text, max(0, s - 12), s) is None
                        # a C-rate ("cycled at 1.5C"), a figure panel ("Figure 2.3C")
                        and _NOT_DECIMAL_TEMPERATURE.search(text, max(0, s - 16), s) is None
                    )
                )
            ):
                # "1.31C (2.36F)", "above 100 F"
                unit, e = ("°C" if scale.group(1) == "C" else "°F"), scale.end()
            elif (
                after[:1] in ("-", "–")
                and _range_end(text, e + 1)
                or (text.startswith(" to ", e) and text[e + 4 : e + 5].isdigit())
                or (
                    text.startswith(" and ", e)
                    and text[e + 5 : e + 6].isdigit()
                    and text[max(0, s - 8) : s].lower().endswith("between ")
                )
            ):
                # "10-12 per cent", "5-6 billion", "between 40,000 and 310,000 pounds": the
                # first end is counted like the second
                gap = 4 if text.startswith(" to ", e) else 5 if text.startswith(" and ", e) else 1
                other = pattern.match(text, e + gap)
                if other is not None and (other.group("unit") or other.group("scale")):
                    other_scale = other.group("scale")
                    if other_scale is None or other_scale.strip().lower() not in ("m", "b", "k"):
                        value *= _scale_for(other_scale)
                        unit, factor = _unit_for(other.group("unit"), other.group("cur"))
                        if unit == "kg" and _sterling(
                            other.group("unit"), value * factor, text, other.end()
                        ):
                            unit, factor = "GBP", 1.0
        if unit is None and m.group("cur") is None and scale_text:
            # "between 40 million and 60 million euros", "2 billion to 3 billion dollars":
            # the first end is in the second's currency or unit
            gap = 4 if text.startswith(" to ", e) else 5 if text.startswith(" and ", e) else 0
            if gap == 5 and not text[max(0, s - 8) : s].lower().endswith("between "):
                gap = 0
            other = pattern.match(text, e + gap) if gap else None
            if (
                other is not None
                and other.start() == e + gap
                and (other.group("unit") or other.group("cur"))
            ):
                unit, factor = _unit_for(other.group("unit"), other.group("cur"))
        if (
            unit is None
            and has_magnitude
            and text[max(0, s - 10) : s].lower()
            in (
                "magnitude ",
                "magnitude-",
            )
        ):
            unit = "magnitude"  # "a magnitude 7.8 earthquake"
        if unit is None and not m.group("cur"):
            weapon = _WEAPON_AFTER.match(text, e)
            if weapon and (
                weapon.group(1).rstrip("s").lower() in _WEAPON_NAMES
                or _WEAPON_PATTERN.fullmatch(weapon.group(1).rstrip("s"))
            ):
                # "24 F-16 jets", "12 HIMARS": counted by the system's name
                unit, e = canonical_entity(weapon.group(1).rstrip("s")), weapon.end(1)
            else:
                noun, ne = _counted_noun(text, e)
                if noun:
                    unit, e = noun, ne
        e = max(e, m.end("num"))
        value *= factor
        if unit == "°F":  # one scale for temperatures, so that 40 °C and 104 °F agree
            value, unit = _celsius(value, text, s), "°C"
        found.append(
            Quantity(
                value=_round(value),
                unit=unit,
                text=text[s:e].strip(),
                start=s,
                end=s + len(text[s:e].rstrip()),
                approx=_approx(text, s)
                and not (
                    unit in CURRENCY_CODES
                    and _CAUSAL_OVER.search(text, max(0, s - 40), s)
                    and _NOUN_AFTER_SUM.match(text, e)
                ),
            )
        )
        coverage.add(s, e)
    for m in _POINT_FRACTION.finditer(text) if "point" in text else ():
        if free(m.start(), m.end()) and (
            "percentage" in m.group(0).lower() or _RATE_CONTEXT.search(text) is not None
        ):
            # "two tenths of a percentage point", "a quarter-point cut": 0.2 and 0.25 points
            found.append(
                Quantity(
                    value=_round(_point_fraction(m)),
                    unit="pp",
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                    approx=_approx(text, m.start()),
                )
            )
            coverage.add(m.start(), m.end())
    special = not words.isdisjoint(_SPECIAL_TRIGGERS)
    for m in _SPECIAL.finditer(text) if special else ():
        if not free(m.start(), m.end()) or m.group(0)[:6].lower() == "dozens":
            continue  # "dozens of": a vague count (below), not 12
        base = (
            words_to_number(m.group(0).split()[0])
            if m.group(0).split()[0].lower() not in ("dozen", "couple", "pair", "half")
            else 1.0
        )
        if m.group(0).lower().startswith(("half a", "a half")):
            base = 0.5
        value = (base or 1.0) * _SPECIAL_COUNTS[m.group(1).lower()]
        end = m.end()
        unit, e2 = _counted_noun(text, end if text[end - 1] != " " else end - 1)
        found.append(
            Quantity(
                value=value,
                unit=unit,
                text=text[m.start() : e2].strip(),
                start=m.start(),
                end=e2,
                approx=_approx(text, m.start()),
            )
        )
        coverage.add(m.start(), e2)
    for m in _DOZENS.finditer(text) if special else ():
        if not free(m.start(), m.end()):
            continue
        if m.group(1):  # "tens of thousands": 20 thousand at least
            value = _VAGUE_COUNT[m.group(1).lower()] * _VAGUE_SCALE[m.group(2).lower()]
        else:
            value = 2 * _VAGUE_SCALE.get(m.group(3).lower(), 12.0)
        unit, e2 = _counted_noun(text, m.end())
        if unit is None and text.endswith(" of", m.start(), e2):
            e2 -= 3  # "hundreds of thousands of its citizens": the count alone
        found.append(
            Quantity(
                value=value,
                unit=unit,
                text=text[m.start() : e2],
                start=m.start(),
                end=e2,
                approx=True,
            )
        )
        coverage.add(m.start(), e2)
    for m in _WORD_NUMBER.finditer(text) if has_number_words else ():
        word = m.group(0)
        if word.lower() in ("a", "an") or not free(m.start(), m.end()):
            continue
        if (
            word[:1].isupper()
            and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and not _TITLE_WORD_AFTER.match(text, m.end())
            and _LOWER_WORD.search(text) is not None  # not a headline ("Gunmen Kill Two")
        ):
            # "the Formula One season", "the Big Ten", "Air Force One": a name's word (not a
            # headline's "Police Arrest Three Men", "Storm Kills Five")
            continue
        if (
            word.lower() == "one"
            and _PRONOUN_ONE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and _PRONOUN_ONE_AFTER.match(text, m.end())
        ):
            continue  # "This one means more", "the one that got away": a pronoun
        s, e = m.start(), m.end()
        if word.lower().startswith(("a ", "an ")) and not re.search(
            r"hundred|thousand|million|billion|trillion", word, re.IGNORECASE
        ):
            # "a five-year contract": the number after the article, when a unit follows it
            tail = _WORD_TAIL.match(text, e)
            if tail is None or not tail.group("unit"):
                continue
            article = word.split(" ", 1)[0]
            word = word[len(article) + 1 :]
            s += len(article) + 1
        value = words_to_number(word)
        if value is None:
            continue
        tail = _WORD_TAIL.match(text, e)
        unit = None
        if tail and tail.end() > e:
            if tail.group("scale"):
                value *= _scale_for(tail.group("scale"))
            if tail.group("unit"):
                unit, factor = _unit_for(tail.group("unit"), None)
                if unit == "kg" and _sterling(tail.group("unit"), value, text, tail.end()):
                    unit, factor = "GBP", 1.0
                value *= factor
            e = tail.end()
        if unit is None:
            noun, ne = _counted_noun(text, e)
            if noun:
                unit, e = noun, ne
        if word.lower() == "one" and (
            unit is None
            or (unit.endswith("ing") and _PREP_BEFORE_ONE.search(text, max(0, s - 8), s))
        ):
            continue  # "one of the", "no one", "related to one circulating in": no quantity
        if unit == "°F":  # "ninety degrees Fahrenheit": one scale, as for digits
            value, unit = _celsius(value, text, s), "°C"
        if (
            unit is not None
            and unit.rstrip("s") in _SHARE_NOUNS
            and value < 10
            # "three-quarters of voters", not "two quarters", "three quarters of an hour"
            and (
                unit.rstrip("s") != "quarter"
                or "-" in text[s:e]  # "one-quarter are ...", "three-quarters"
                or _share_of_quarter(text, e, s)
            )
        ):
            share = _SHARE_NOUNS[unit.rstrip("s")]
            if share >= 3 and value < share:  # "two-thirds", "one fifth": a share
                value, unit = value * 100 / share, "%"
        found.append(
            Quantity(
                value=_round(value),
                unit=unit,
                text=text[s:e],
                start=s,
                end=e,
                approx=_approx(text, s),
            )
        )
        coverage.add(s, e)
    ordinal_digits = has_digit and (
        not words.isdisjoint(_ORDINAL_ENDS)
        or not text.isascii()  # ("ſ" is an "s" to the case-blind regex, no letter here)
        or ("-" in text and any(w.split("-", 1)[0] in _ORDINAL_ENDS for w in words if "-" in w))
    )
    for m in _ORDINAL_DIGITS.finditer(text) if ordinal_digits else ():
        if free(m.start(), m.end()):
            found.append(
                Quantity(
                    value=float(m.group(1)),
                    unit="ordinal",
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                )
            )
            coverage.add(m.start(), m.end())
    ordinal_words = not words.isdisjoint(_ORDINAL_TRIGGERS)
    for m in _ORDINAL_WORDS.finditer(text) if ordinal_words else ():
        if m.group(0)[:1].isupper() and _NAME_AFTER.match(text, m.end()):
            continue  # "the First Amendment", "the Second World War": a name
        part = _FRACTION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if part and free(part.start(), m.end()) and _share_after(text, part.start(), m.end()):
            # "down by a fifth", "a third of winter demand": a share, not a rank
            share = _ORDINALS[m.group(1).lower()]
            if share >= 3:
                value = _round((2 if part.group(1) else 1) * 100 / share)
                found.append(_share(text, part.start(), m.end(), value))
                coverage.add(part.start(), m.end())
                continue
        if free(m.start(), m.end()) and not _PER_BEFORE.search(
            text, max(0, m.start() - 7), m.start()
        ):
            found.append(
                Quantity(
                    value=float(_ORDINALS[m.group(1).lower()]),
                    unit="ordinal",
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                )
            )
    for m in _QUARTER.finditer(text) if "quarter" in words else ():
        if (
            free(m.start(), m.end())
            and _share_after(text, m.start(), m.end())
            # not "a quarter of a million", "a quarter of a century": a part of a measure
            and (
                not text.startswith(" of ", m.end()) or _share_of_quarter(text, m.end(), m.start())
            )
        ):
            # "nearly a quarter of the cases", "fell by a quarter": 25%
            found.append(_share(text, m.start(), m.end(), 75.0 if m.group(1) else 25.0))
            coverage.add(m.start(), m.end())
    found.sort(key=lambda q: q.start)
    if len(found) > 1:
        found = _elided_units(text, _shared_units(text, found))
        found = _rates_said_short(text, found)
    return found


_RATE_OF_MASS = {"µg/m3": ("microgram", "micrograms"), "mg/L": ("milligram", "milligrams")}
"""Concentrations, and the mass a sentence names them by after it has said them in full."""


def _rates_said_short(text: str, found: list[Quantity]) -> list[Quantity]:
    """A mass after a concentration in the same sentence is that concentration ("8.3
    micrograms per cubic metre, below the limit of 25 micrograms": 25 µg/m3); not a dose
    ("each child ingested 2 milligrams a week", "700 micrograms of lead")."""
    rate = None
    out = []
    for q in found:
        if q.unit in _RATE_OF_MASS:
            rate = q.unit
        elif (
            rate is not None
            and q.unit in _RATE_OF_MASS[rate]
            and not _DOSE_BEFORE.search(text, max(0, q.start - 40), q.start)
            and not _DOSE_AFTER.match(text, q.end)
        ):
            q = Quantity(q.value, rate, q.text, q.start, q.end, q.approx)
        out.append(q)
    return out


_DOSE_BEFORE = re.compile(
    r"\b(?:ingest|ingested|inhaled|inhales|inhale|took|take|takes|taking|contains?|contained|"
    r"consumed|consume|ate|eat|drank|drink|swallowed|emitted|emit|released|release|injected|"
    r"given|received|intake|dose|doses|dosage|tablet|pill|capsule|breathes?|breathed|absorbs?|"
    r"absorbed|excretes?|excreted|needs?|needed|exposed)\b[^.;]*$"
)
_DOSE_AFTER = re.compile(
    r"\s+(?:of\b|a\s+(?:day|week|month|dose)\b|per\s+(?:day|dose|kg|kilogram|hour)\b|"
    r"an\s+hour\b|in\s+an\s+hour\b|each\b|every\b|daily\b|hourly\b)"
)
"""After a mass that is a dose or an amount of a substance ("2 milligrams a day", "700
micrograms of lead"), not a concentration said short."""


_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:this|that|the|each|every|any|which|no|another)\s+$", re.I)
_PRONOUN_ONE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?\"”]|(?:is|was|has|had|means|meant|that|who|which|of|will|would|could|"
    r"can|did|does)\b)"
)
_NOT_SHARED_BEFORE = re.compile(r"\b(?:over|under|aged|with|won|beat|scored|than|to)\s+$")
"""Before a number whose slot differs from the next one's ("finished with 32 and 12 rebounds")."""
_CLAUSE_OPEN_BEFORE = re.compile(
    r"(?:^|[.,;:(]|\b(?:of|in|at|for|by|from|between|and|but|while|In|At|Of))\s*$"
)
"""Before a number that opens its phrase: the start, a comma, a preposition."""
_PREDICATE_AFTER = re.compile(
    r"(?:\s+(?:of\s+)?[a-z-]+){0,3}?\s+(?:were|was|are|is|have|has|had|will|would|could|made|"
    r"rose|fell|died|grew|gained|won|lost|took|[a-z]{3,}ed)\b"
)
"""A verb right after a quantity's noun phrase ("3 people died", "60 percent of stocks gained")."""
_AND_OR_BETWEEN = re.compile(r"\s*,?\s+(?:and|or|to)\s+")
_FIRST_NUMBER = re.compile(r"[$€£]?[\d.,]+|[A-Za-z]+(?:-[A-Za-z]+)?")


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number coordinated with a measured one takes its unit ("four and six years":
    4 years and 6 years; "two or three years"), read again with that unit so that scales
    and conversions apply."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if (
            first.unit is not None
            or second.unit in (None, "ordinal", "vs")
            or second.unit.endswith("ly")  # "1.5 and 1.2 respectively": no unit
            or (joined := _AND_OR_BETWEEN.fullmatch(text, first.end, second.start)) is None
            or first.approx
            or (
                (before := _NOT_SHARED_BEFORE.search(text, max(0, first.start - 10), first.start))
                # "sentenced to five to seven years": a range after "to" shares its unit
                and not (before.group(0).startswith("to") and " to " in joined.group(0))
            )
            # "measured 6.2 and 3 people died": after a verb, the second opens a clause of
            # its own (not "In total, 115 and 48 proteins were identified")
            or (
                _PREDICATE_AFTER.match(text, second.end) is not None
                and _CLAUSE_OPEN_BEFORE.search(text, max(0, first.start - 12), first.start) is None
            )
        ):
            continue  # "people over 65 and 40 percent", "closed at 5,300 and 70 percent"
        number = _FIRST_NUMBER.match(second.text)
        if number is None or number.end() >= len(second.text):
            continue
        again = _find_quantities(first.text + second.text[number.end() :], [])
        if (
            len(again) == 1
            and again[0].unit == second.unit
            # the two of one order ("three to four metres"), compared in the same unit
            and 0.1 <= again[0].value / (second.value or 1) <= 10
        ):
            out[i] = Quantity(
                again[0].value, second.unit, first.text, first.start, first.end, first.approx
            )
    return out


_ELIDED_END = re.compile(r"\s*(?:[.,;!?]|$)")
_COUNT_VERB_BEFORE = re.compile(
    r"\b(won|took|got|lost|gained|had|has|have|holds|held|secured|kept|scored)\s+"
    r"(?:(?:just|only|about|nearly|some)\s+)?$"
)


def _elided_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare count that leaves out the noun of a count before it takes that noun's unit ("The
    Greens won 12 seats, and the Left won three": three seats)."""
    out: list[Quantity] = []
    last_noun: str | None = None
    last_verb = ""
    for q in found:
        # the verb before the count, looked for only where it is read
        verb = (
            _COUNT_VERB_BEFORE.search(text, max(0, q.start - 20), q.start)
            if (q.unit is None and last_noun is not None)
            or (q.unit and q.unit.isalpha() and q.unit.islower())
            else None
        )
        if (
            q.unit is None
            and last_noun is not None
            and verb is not None
            and verb.group(1) == last_verb  # "won 12 seats ... won three", not "scored 112"
            and q.value == int(q.value)
            and 0 < q.value < 1000
            and _ELIDED_END.match(text, q.end)
        ):
            q = Quantity(q.value, last_noun, q.text, q.start, q.end, q.approx)
        elif q.unit and q.unit.isalpha() and q.unit.islower() and q.unit not in _NOT_COUNTED_UNITS:
            last_noun = q.unit
            last_verb = verb.group(1) if verb else ""
        out.append(q)
    return out


_NOT_COUNTED_UNITS = frozenset(
    "years months weeks days hours minutes seconds ordinal degrees kg km".split()
)


def _round(value: float) -> float:
    return float(f"{value:.6g}") if value else 0.0


def _format_value(value: float, significant: int = 6) -> str:
    rounded = float(f"{value:.{significant}g}")
    if rounded == int(rounded) and abs(rounded) < 1e15:
        return str(int(rounded))
    return f"{rounded:.{significant}g}"


def quantity_token(quantity: Quantity, significant: int = 6) -> str:
    """A search token for one quantity: 32 km -> "32km", 1.2e9 USD -> "1200000000usd".

    Args:
        quantity: the quantity.
        significant: significant digits kept ("20 miles" is "32.1869km" with 6, "32km" with 2).
    """
    unit = (quantity.unit or "").lower().replace(" ", "")
    return f"{_format_value(quantity.value, significant)}{unit}"


def same_quantity(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    """True when two quantities have the same unit and values within `tolerance` (relative)."""
    if a.unit != b.unit:
        return False
    if a.value == b.value:
        return True
    scale = max(abs(a.value), abs(b.value))
    return scale > 0 and abs(a.value - b.value) / scale <= tolerance
