"""Normalised facts of a piece of text: quantities, dates, named entities, negation, modality.

`extract_facts(text, published)` fills a `claimcheck.core.models.Facts`; the stance code compares
two `Facts` (claim against passage) and the matcher searches with `normalise_quantity_tokens`.
Pure and linear-time: regexes and small tables, no model, no downloads, no clock (relative dates
need the caller's `published` date).

Semantics of the `Facts` it returns (the contract the stance code relies on):

- `quantities`: every number in the text except the ones that are part of a date, in text order.
  `value` is in the canonical unit with the scale applied: length in `km` ("20 miles" = 32.19),
  mass in `kg`, area in `km2`, speed in `km/h`, money in its currency code (`USD`, `EUR`, `GBP`,
  `RUB`, `UAH`, `JPY`, `CNY`; "$1.2 billion" = 1.2e9 USD, never converted between currencies),
  `%` for percent and percentage points, durations in their own unit (`years`, `months`,
  `weeks`, `days`, `hours`, `minutes`, `seconds`), ordinals ("second", "45th") as unit
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
  "hinted", "potentially", "possibly", "likely", "intends", "aims", "set to"; else None.
- Offsets (`start`, `end`) of quantities, dates and entities are into `text`.

Helpers for matching and stance: `canonical_entity`, `normalise_quantity_tokens` ("32km"),
`quantity_token`, `same_quantity`, `words_to_number`, `is_european_notation`, `find_entities`
and `project_facts` (facts of a sentence moved onto a claim cut from it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from claimcheck.core.models import DateRef, Entity, Facts, Quantity

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

_NUMBER_WORD = (
    r"(?:" + "|".join(sorted(list(_UNITS_WORDS) + list(_TENS_WORDS), key=len, reverse=True)) + r")"
)
_WORD_NUMBER = re.compile(
    rf"(?=[aotfsenzAOTFSENZ])\b(?:a|an|{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}|hundred|thousand|million|billion|"
    r"trillion|and(?= (?:" + _NUMBER_WORD + r")\b)))*\b",
    re.IGNORECASE,
)


def words_to_number(words: str) -> float | None:
    """Read English number words: "thirty-two" -> 32, "two hundred and five" -> 205.

    Args:
        words: number words, separated by spaces or hyphens ("a" and "an" count as one).

    Returns:
        The value, or None when the words are not a number.
    """
    total = 0.0
    current = 0.0
    seen = False
    for raw in re.split(r"[- ]+", words.lower().strip()):
        if not raw or raw == "and":
            continue
        if raw in ("a", "an"):
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
_units("yard|yards", "km", 0.0009144)
_units("nautical mile|nautical miles", "km", 1.852)
_units("kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "kg")
_units("g|gram|grams", "kg", 0.001)
_units("t|tonne|tonnes|metric ton|metric tons", "kg", 1000.0)
_units("ton|tons", "kg", 907.18474)
_units("lb|lbs|pound|pounds", "kg", 0.45359237)
_units("km2|sq km|square kilometers|square kilometres|square kilometer|square kilometre", "km2")
_units("square miles|square mile|sq mi", "km2", 2.589988)
_units("hectare|hectares|ha", "km2", 0.01)
_units("km/h|kph|kilometers per hour|kilometres per hour", "km/h")
_units("mph|miles per hour", "km/h", 1.609344)
_units("%|percent|per cent|pct|percentage points|percentage point|prozent|pour cent", "%")
_units("dollar|dollars|usd|us dollars", "USD")
_units("euro|euros|eur", "EUR")
_units("pound sterling|pounds sterling|gbp", "GBP")
_units("ruble|rubles|rouble|roubles|rub", "RUB")
_units("hryvnia|hryvnias|hryvnias|uah", "UAH")
_units("yen|jpy", "JPY")
_units("yuan|renminbi|cny", "CNY")
_units("year|years|yr|yrs", "years")
_units("month|months", "months")
_units("week|weeks", "weeks")
_units("day|days", "days")
_units("hour|hours|hrs|hr", "hours")
_units("minute|minutes|min|mins", "minutes")
_units("second|seconds|sec|secs", "seconds")
_units("degree|degrees|°c|°f|°", "degrees")
_units("mw|megawatt|megawatts", "MW")
_units("gw|gigawatt|gigawatts", "GW")

_CURRENCY_SYMBOL = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
}

# Words after a number that are not what it counts.
_NOT_COUNTED = frozenset(
    "a an the of in on at to for from by with and or but as than that which who this these "
    "those is are was were be been has have had will would could may might can per each more "
    "less times percent other others new old more most least about after before since ago "
    "years-old year-old until till through into onto when while if because so not no also "
    "just only over under up down out off into it its their his her they we he she i you "
    "there here then now were was did does do said says".split()
)

_APPROX_BEFORE = re.compile(
    r"(?:\b(?:about|around|nearly|almost|some|roughly|approximately|approx\.?|circa|ca\.|"
    r"more than|less than|fewer than|over|under|at least|up to|as many as|as much as|"
    r"an estimated|estimated|close to|upwards of|just over|just under|well over|"
    r"in excess of|below|above|~)\s*|~)$",
    re.IGNORECASE,
)

# A number as written: currency, digits (with separators) or number words, scale, unit.
_DIGITS_EN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_DIGITS_EU = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNIT_ALT = "|".join(
    re.escape(u) for u in sorted(_UNIT_TABLE, key=len, reverse=True) if u not in ("%", "°")
)
_TAIL = (
    r"(?P<scale>\s*(?:-\s*)?(?:hundred|thousand|million|billion|trillion)\b|"
    r"(?:bn|mn|mln|tn|trn|k|m|b)\b(?!/))?"
    r"(?P<unit>\s*(?:%|°[CF]?)|(?:\s*|-)(?:" + _UNIT_ALT + r")\b(?!-\w))?"
)
_NUMBER_EN = re.compile(
    r"(?=[\d$€£¥₽₴U.])(?P<cur>US\$|\$|€|£|¥|₽|₴)?\s?(?P<num>" + _DIGITS_EN + r")(?!\d)" + _TAIL,
    re.IGNORECASE,
)
_NUMBER_EU = re.compile(
    r"(?=[\d$€£¥₽₴U])(?P<cur>US\$|\$|€|£|¥|₽|₴)?\s?(?P<num>" + _DIGITS_EU + r")(?!\d)" + _TAIL,
    re.IGNORECASE,
)
_WORD_TAIL = re.compile(
    r"(?P<scale>\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<unit>(?:\s+|-)(?:" + _UNIT_ALT + r"|percent|per cent)\b(?!-\w))?",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"[ -](?:[a-z][a-z'-]*)(?: [a-z][a-z'-]*)?")
_EUROPEAN_SIGN = re.compile(r"\d,\d{1,2}(?![\d,])|\d,\d{4,}|\d\.\d{3}\.\d{3}|\d\.\d{3},\d")
_ENGLISH_SIGN = re.compile(r"\d,\d{3}\.\d|\d,\d{3},\d{3}")
_ORDINAL_DIGITS = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORDS = re.compile(r"(?=[fstenhFSTENH])\b(" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE)
_SPECIAL = re.compile(
    r"(?=[aotdcphAOTDCPH])\b(?:a|one|two|three|half a|a half)?\s?(dozen|couple|pair)s?\b(?: of)?",
    re.IGNORECASE,
)
_DOZENS = re.compile(r"\b(dozens|hundreds|thousands|millions|billions) of\b", re.IGNORECASE)


def is_european_notation(text: str) -> bool:
    """True when the text writes decimals with a comma ("12,5", "1.234,5")."""
    return bool(_EUROPEAN_SIGN.search(text)) and not _ENGLISH_SIGN.search(text)


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _counted_noun(text: str, end: int) -> tuple[str | None, int]:
    """The noun counted by a bare number ending at `end` ("2 black presidents" -> president)."""
    m = _COUNTED.match(text, end)
    if not m:
        return None, end
    words = m.group(0)[1:].split(" ")
    first = words[0]
    if first in _NOT_COUNTED:
        return None, end
    if (
        len(words) == 2
        and not first.endswith("s")
        and words[1].endswith("s")
        and words[1] not in _NOT_COUNTED
        and len(words[1]) > 3
    ):
        return _singular(words[1]), m.end()
    return _singular(first), end + 1 + len(first)


def _approx(text: str, start: int) -> bool:
    return bool(_APPROX_BEFORE.search(text[max(0, start - 16) : start]))


def _unit_for(unit_text: str | None, currency: str | None) -> tuple[str | None, float]:
    if currency:
        return _CURRENCY_SYMBOL[currency.lower()], 1.0
    if not unit_text:
        return None, 1.0
    key = unit_text.strip(" -").lower()
    key = re.sub(r"\s+", " ", key)
    if key.startswith("°"):
        return "degrees", 1.0
    return _UNIT_TABLE.get(key, (None, 1.0))


def _scale_for(scale_text: str | None) -> float:
    if not scale_text:
        return 1.0
    key = scale_text.strip(" -").lower()
    return _SCALE_WORDS.get(key) or _SCALE_ABBR.get(key, 1.0)


def _parse_digits(num: str, european: bool) -> float | None:
    try:
        if european:
            return float(num.replace(".", "").replace(",", "."))
        return float(num.replace(",", ""))
    except ValueError:
        return None


class _Coverage:
    """Character ranges already claimed by a fact; linear in the text, O(span) per check."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) < 0

    def add(self, start: int, end: int) -> None:
        if end > start:
            self._mask[start:end] = b"\x01" * (end - start)


_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


_NUMBER_TRIGGERS = frozenset(_UNITS_WORDS) | frozenset(_TENS_WORDS) | frozenset(_SCALE_WORDS)
_SPECIAL_TRIGGERS = frozenset(
    "dozen dozens couple pair pairs hundreds thousands millions billions".split()
)
_ORDINAL_TRIGGERS = frozenset(_ORDINALS)
_HAS_DIGIT = re.compile(r"\d")


_WEAPON_AFTER = re.compile(
    r"\s+([A-Z][A-Za-z]{0,4}-\d{1,3}[A-Z]{0,2}s?|[A-Z]{2,6}(?:/[A-Z]{1,2})?s?)\b"
)


def _find_quantities(
    text: str, taken: list[tuple[int, int]], words: frozenset[str] | None = None
) -> list[Quantity]:
    if words is None:
        words = _word_set(text)
    has_digit = _HAS_DIGIT.search(text) is not None
    european = has_digit and is_european_notation(text)
    pattern = _NUMBER_EU if european else _NUMBER_EN
    found: list[Quantity] = []
    coverage = _Coverage(len(text))
    for a, b in taken:
        coverage.add(a, b)
    free = coverage.free
    hyphen_words = {w for w in words if "-" in w}
    has_number_words = not words.isdisjoint(_NUMBER_TRIGGERS) or any(
        not _NUMBER_TRIGGERS.isdisjoint(w.split("-")) for w in hyphen_words
    )

    for m in pattern.finditer(text) if has_digit else ():
        s, e = m.start(), m.end()
        if m.group("cur") is None:
            s = m.start("num")
        # Part of a word or code ("F-16", "S-400", "COVID-19", "A4"): not a quantity.
        if (
            s > 0
            and (text[s - 1].isalpha() or text[s - 1] in "-/_")
            and not (text[s - 1] == "-" and (s < 2 or text[s - 2] == " "))
        ):
            continue
        if s > 0 and text[s - 1].isdigit():
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
        if m.group("cur") and unit_text:
            # "$5 million dollars": the currency already says it.
            pass
        elif unit is None and unit_text:
            unit = None
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
        found.append(
            Quantity(
                value=_round(value * factor),
                unit=unit,
                text=text[s:e].strip(),
                start=s,
                end=s + len(text[s:e].rstrip()),
                approx=_approx(text, s),
            )
        )
        coverage.add(s, e)
    special = not words.isdisjoint(_SPECIAL_TRIGGERS)
    for m in _SPECIAL.finditer(text) if special else ():
        if not free(m.start(), m.end()):
            continue
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
        value = {
            "dozens": 24.0,
            "hundreds": 200.0,
            "thousands": 2000.0,
            "millions": 2e6,
            "billions": 2e9,
        }[m.group(1).lower()]
        unit, e2 = _counted_noun(text, m.end())
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
        if word.lower().startswith(("a ", "an ")) and not re.search(
            r"hundred|thousand|million|billion|trillion", word, re.IGNORECASE
        ):
            continue
        value = words_to_number(word)
        if value is None:
            continue
        s, e = m.start(), m.end()
        tail = _WORD_TAIL.match(text, e)
        unit = None
        if tail and tail.end() > e:
            if tail.group("scale"):
                value *= _scale_for(tail.group("scale"))
            if tail.group("unit"):
                unit, factor = _unit_for(tail.group("unit"), None)
                value *= factor
            e = tail.end()
        if unit is None:
            noun, ne = _counted_noun(text, e)
            if noun:
                unit, e = noun, ne
        if word.lower() == "one" and unit is None:
            continue  # "one of the", "no one": not a quantity
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
    for m in _ORDINAL_DIGITS.finditer(text) if has_digit else ():
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
        if free(m.start(), m.end()):
            found.append(
                Quantity(
                    value=float(_ORDINALS[m.group(1).lower()]),
                    unit="ordinal",
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                )
            )
    found.sort(key=lambda q: q.start)
    return found


def _round(value: float) -> float:
    return float(f"{value:.6g}") if value else 0.0


# ---------------------------------------------------------------------------------------------
# Dates

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
_DATE = re.compile(
    # Every branch starts with a digit, a month name or "(": the lookahead lets the regex
    # engine skip other positions quickly.
    rf"(?=[\d(JFMASOND])(?:"
    rf"(?P<iso>(?<!\d)(?P<iy>{_YEAR_RE})-(?P<im>0[1-9]|1[0-2])(?:-(?P<id>0[1-9]|[12]\d|3[01]))?\b)"
    rf"|(?P<mdy>\b(?P<m1>{_MONTH_RE})\s+(?P<d1>{_DAY_RE})\b(?:,?\s+(?P<y1>{_YEAR_RE})\b)?)"
    rf"|(?P<dmy>(?<![\d.,])(?P<d2>{_DAY_RE})\s+(?:of\s+)?(?P<m2>{_MONTH_RE})"
    rf"(?:,?\s+(?P<y2>{_YEAR_RE})\b)?)"
    rf"|(?P<my>\b(?P<m3>{_MONTH_RE})(?:\s+of)?,?\s+(?P<y3>{_YEAR_RE})\b)"
    rf"|\((?P<y5>{_YEAR_RE})\)"
    rf"|(?<![\d.,])(?P<y6>{_YEAR_RE})\s*[-–]\s*(?P<y7>{_YEAR_RE})\b"
    rf"|(?<![\d.,$€£])(?P<y8>{_YEAR_RE})(?![\d,.]\d|\s*%)\b)"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|of|during|before|after|between|to|and|through|early|"
    r"late|mid|year|summer|winter|spring|autumn|fall|the)[\s-]+$|[(,]\s*$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_RELATIVE = re.compile(
    r"(?=[lnptcMTWFStyw])(?:\b(?:(?P<dir>last|next|this|past|coming)\s+)?"
    r"(?P<unit>week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b|\b(?P<word>today|yesterday|tomorrow|tonight)\b)"
)
_IN_MONTH = re.compile(
    r"\b(?:in|since|until|by|during|early|late|mid)[\s-]+(?P<m4>January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is set to|are set to|plans? to|expected to|going to|expects?|forecasts?|"
    r"predicts?|scheduled|due to|next)\b",
    re.IGNORECASE,
)
_DATE_TRIGGERS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)
_FUTURE_TRIGGERS = frozenset(
    "will shall set plan plans expected going expect expects forecast forecasts predict "
    "predicts scheduled due next".split()
)
_RELATIVE_TRIGGERS = frozenset(_WEEKDAYS) | frozenset("today yesterday tomorrow tonight".split())
_RELATIVE_DIRECTIONS = frozenset("last next this past coming".split())
_RELATIVE_UNITS = frozenset("week month year weekend".split())
_MONTH_TRIGGERS = frozenset(k for k in _MONTHS if len(k) > 3 or k == "may")


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _find_dates(
    text: str, published: dt.date | None, words: frozenset[str] | None = None
) -> list[DateRef]:
    out: list[DateRef] = []
    if words is None:
        words = _word_set(text)
    has_digit = _HAS_DIGIT.search(text) is not None
    future = False
    if (has_digit or not words.isdisjoint(_DATE_TRIGGERS)) and not words.isdisjoint(
        _FUTURE_TRIGGERS
    ):
        future = bool(_FUTURE.search(text))
    for m in _DATE.finditer(text) if has_digit else ():
        value: str | None = None
        s, e = m.start(), m.end()
        if m.group("iso"):
            value = m.group("iso")
        elif m.group("mdy") or m.group("dmy"):
            month_text = m.group("m1") or m.group("m2")
            month = _month_number(month_text)
            day = _day_number(m.group("d1") or m.group("d2"))
            year_text = m.group("y1") or m.group("y2")
            if year_text:
                if _valid(int(year_text), month, day):
                    value = f"{int(year_text):04d}-{month:02d}-{day:02d}"
            elif published is not None:
                year = published.year
                if (month, day) > (published.month, published.day) and not future:
                    year -= 1
                elif (month, day) < (published.month, published.day) and future:
                    year += 1
                if _valid(year, month, day):
                    value = f"{year:04d}-{month:02d}-{day:02d}"
            elif _valid(2000, month, day):
                value = f"--{month:02d}-{day:02d}"
        elif m.group("my"):
            value = f"{int(m.group('y3')):04d}-{_month_number(m.group('m3')):02d}"
        elif m.group("y5"):
            s, e = m.start("y5"), m.end("y5")
            value = m.group("y5")
        elif m.group("y6"):
            for key in ("y6", "y7"):
                out.append(
                    DateRef(
                        value=m.group(key), text=m.group(key), start=m.start(key), end=m.end(key)
                    )
                )
            continue
        elif m.group("y8"):
            before = text[max(0, s - 12) : s]
            if _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(text, e):
                value = m.group("y8")
        if value:
            out.append(DateRef(value=value, text=text[s:e], start=s, end=e))
    if published is not None and (
        not words.isdisjoint(_RELATIVE_TRIGGERS)
        or (not words.isdisjoint(_RELATIVE_DIRECTIONS) and not words.isdisjoint(_RELATIVE_UNITS))
    ):
        taken = [(d.start, d.end) for d in out]
        for m in _RELATIVE.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            value = _relative(m, published, future)
            if value is not None:
                out.append(DateRef(value=value, text=m.group(0), start=m.start(), end=m.end()))
    if published is not None and not words.isdisjoint(_MONTH_TRIGGERS):
        taken = [(d.start, d.end) for d in out]
        for m in _IN_MONTH.finditer(text):
            s, e = m.start("m4"), m.end("m4")
            if any(s < b and a < e for a, b in taken):
                continue
            month = _month_number(m.group("m4"))
            year = published.year
            if month > published.month and not future:
                year -= 1  # "in May" in a December article: this year's May, already past
            elif month < published.month and future:
                year += 1  # "expect a cut in June" in December: next June
            out.append(DateRef(value=f"{year:04d}-{month:02d}", text=m.group("m4"), start=s, end=e))
    out.sort(key=lambda d: d.start)
    return out


def _relative(m: re.Match[str], published: dt.date, future: bool) -> str | None:
    word = (m.group("word") or "").lower()
    if word in ("today", "tonight"):
        return published.isoformat()
    if word == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat()
    if word == "tomorrow":
        return (published + dt.timedelta(days=1)).isoformat()
    unit = (m.group("unit") or "").lower()
    direction = (m.group("dir") or "").lower()
    step = -1 if direction in ("last", "past") else 1 if direction in ("next", "coming") else 0
    if unit in _WEEKDAYS:
        if not m.group("unit")[0].isupper():
            return None
        delta = (published.weekday() - _WEEKDAYS[unit]) % 7
        if step == 1 or (future and step == 0):
            ahead = (_WEEKDAYS[unit] - published.weekday()) % 7 or 7
            return (published + dt.timedelta(days=ahead)).isoformat()
        if step == -1 and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat()
    if not direction:
        return None  # "week", "month" alone are not dates
    if unit in ("week", "weekend"):
        year, week, _ = (published + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        month = published.month + step
        year = published.year
        if month == 0:
            month, year = 12, year - 1
        elif month == 13:
            month, year = 1, year + 1
        return f"{year:04d}-{month:02d}"
    if unit == "year":
        return f"{published.year + step:04d}"
    return None


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
    "England",
    "English",
    "London",
)
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

_PLACES = frozenset(
    "united states;united kingdom;netherlands;russia;ukraine;germany;france;italy;spain;poland;"
    "china;japan;india;iran;israel;canada;australia;turkey;belarus;north korea;south korea;"
    "sweden;norway;denmark;finland;belgium;greece;kharkiv;belgorod;crimea;donbas;donetsk;"
    "luhansk;zaporizhzhia;kherson;odesa;odessa;lviv;dnipro;kursk;bryansk;hawaii;honolulu;"
    "kansas;kenya;new york;new york city;california;texas;florida;europe;asia;africa;"
    "middle east;gaza;syria;iraq;afghanistan;pakistan;egypt;brazil;mexico;milky way;hollywood;"
    "black sea;baltic sea;taiwan;vietnam;indonesia;nigeria;south africa;argentina;chile".split(";")
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
_ORG_WORDS = frozenset(
    "council ministry department agency organization organisation committee university party "
    "court inc corp corporation ltd bank union forces army navy force command commission office "
    "institute association company group times post news press reuters guard service services "
    "studios studio administration government parliament congress senate house assembly "
    "federation foundation fund police board network airlines school college academy "
    "pentagon kremlin nato journal magazine review museum library center centre festival "
    "league club team society conference summit treaty accord church hospital airport "
    "station railway ministries agencies inc. corp. llc plc gmbh ag sa".split()
)
_NOT_NAME_WORDS = frozenset(
    "of the and for in on at to de la del von van der al prize award awards sciences science "
    "studies economics economy affairs relations medal cup games olympics championship "
    "series war wars act law bill day week".split()
)
_PERSON_TITLES = frozenset(
    "president prime minister secretary spokesperson spokesman spokeswoman general gen. gen "
    "dr. dr mr. mr mrs. mrs ms. ms justice senator sen. governor gov. chancellor king queen "
    "prince pope ambassador admiral colonel col. lt. captain commander chief director "
    "professor prof. judge mayor envoy adviser advisor minister rep. representative".split()
)
_NAME_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|[A-Z]\.|[A-Z]{2,}(?:/[A-Z]+)?|Mc[A-Z][a-z]+)"
_CONNECT = r"(?:\s(?:of|de|del|la|van|von|der|al|bin|and)\s(?=[A-Z]))"
_NAME = re.compile(
    r"(?=[A-Z])(?<![\w’'])(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.|" + _NAME_WORD + r")"
    r"(?:(?:\s|" + _CONNECT + r")(?:U\.S\.|" + _NAME_WORD + r"))*"
)
_STOP_CAPS = frozenset(
    "the a an in on at to for from by with and or but as if when while after before this that "
    "these those there it its he she they we i you his her their our my your what which who "
    "why how where however meanwhile additionally also amidst amid although though despite "
    "according overall therefore thus yes no not some many most several other another each "
    "every all both one two three first second key points title url published monday tuesday "
    "wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december may today yesterday".split()
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
    clean = re.sub(r"\s+", " ", name.strip()).rstrip(".,;:")
    clean = re.sub(r"[’']s$", "", clean)
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


def entity_type(name: str, before: str = "") -> str:
    """Guess the type of a canonical name: "person", "place", "org", "weapon" or "other"."""
    low = name.lower()
    if low in _WEAPON_NAMES or _WEAPON_PATTERN.fullmatch(name):
        return "weapon"
    if low in _PLACES:
        return "place"
    words = low.split()
    if low in ("nato", "european union", "united nations") or any(w in _ORG_WORDS for w in words):
        return "org"
    last = before.lower().split()[-1:] if before.strip() else []
    if last and last[0] in _PERSON_TITLES:
        return "person"
    if (
        2 <= len(words) <= 4
        and all(w[:1].isalpha() for w in words)
        and name[:1].isupper()
        and not name.isupper()
        and not any(w in _NOT_NAME_WORDS or w in _PLACE_WORDS for w in words)
    ):
        return "person"
    return "other"


_TITLE_WORDS = frozenset(
    "president prime minister secretary spokesperson spokesman spokeswoman general gen gen. "
    "dr dr. mr mr. mrs mrs. ms ms. justice senator sen. governor gov. chancellor king queen "
    "prince pope ambassador admiral colonel col. lt. captain commander chief director "
    "professor prof. judge mayor envoy adviser advisor rep. representative foreign defense "
    "defence vice deputy speaker leader majority minority whip chairman chairwoman chair ceo "
    "founder head".split()
)


def _split_title(surface: str) -> tuple[str, int] | None:
    """For "Ukrainian President Volodymyr Zelensky": ("Ukrainian", offset of "Volodymyr")."""
    words = surface.split(" ")
    last = -1
    for i, word in enumerate(words[:-1]):
        if word.lower() in _TITLE_WORDS:
            last = i
    if last < 0:
        return None
    rest = words[last + 1 :]
    if not rest or not all(w[:1].isupper() for w in rest):
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
def _cached_type(name: str, previous_word: str) -> str:
    return entity_type(name, previous_word)


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
    while words and words[0].lower().strip(".") in _STOP_CAPS:
        s = group.index(words[0], s) + len(words[0])
        while s < e and group[s].isspace():
            s += 1
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
    )
    if len(surface) < 2:
        return None
    split = (
        _split_title(surface)
        if " " in surface and not _TITLE_WORDS.isdisjoint(surface.lower().split())
        else None
    )
    titled: list[tuple[str, str, str, int]] = []
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


def _find_entities(text: str) -> list[Entity]:
    out: list[Entity] = []
    taken = _Coverage(len(text))
    for m in _WEAPON_PATTERN.finditer(text):
        word = m.group(0)
        if word.split("-")[0].upper() in ("COVID", "SARS", "MERS", "G", "H", "N", "T", "UTF"):
            continue
        out.append(
            Entity(
                name=canonical_entity(word), text=word, type="weapon", start=m.start(), end=m.end()
            )
        )
        taken.add(m.start(), m.end())
    for m in _NAME.finditer(text):
        group = m.group(0)
        if " " not in group and group.lower() in _STOP_CAPS:
            continue  # "The", "In", "However": the commonest match, settled at once
        if not taken.free(m.start(), m.end()):
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
            if back < 0 or text[back] in '.!?“"-•:\n':
                continue
        if titled:
            out.extend(
                Entity(t_name, t_text, t_type, s + t_at, s + t_at + len(t_text))
                for t_name, t_text, t_type, t_at in titled
            )
            continue
        out.append(
            Entity(
                name=name,
                text=surface,
                type=_cached_type(name, _prev_word(text, s)),
                start=s,
                end=s + len(surface),
            )
        )
    out.sort(key=lambda ent: ent.start)
    return out


# ---------------------------------------------------------------------------------------------
# Negation and modality

_NEGATION = re.compile(
    r"\b(?:not|never|no longer|nobody|nothing|none|neither|nor|denied|denies|deny|denying|"
    r"ruled out|rules out|rule out|ruling out|refused|refuses|refuse|rejected|rejects|"
    r"failed to|fails to|without)\b|n[’']t\b|\bno\b(?!\.\s?\d)(?=\s+[a-z])",
    re.IGNORECASE,
)
_MODALITY = re.compile(
    r"\b(could|may|might|would|should|will|plans?|planned|planning|expected|expects|"
    r"considering|considers|consider|reportedly|allegedly|hinted|hints|potentially|possibly|"
    r"likely|unlikely|intends?|intended|aims?|aimed|is set to|are set to|poised|"
    r"contingent|proposed|proposes|suggested|believed|thought to|said to)\b",
    re.IGNORECASE,
)
_MODALITY_CANON = {
    "plan": "plans",
    "planned": "plans",
    "planning": "plans",
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
}


_NEGATION_TRIGGERS = frozenset(
    "not never longer nobody nothing none neither nor denied denies deny denying ruled rules "
    "rule ruling refused refuses refuse rejected rejects failed fails without no".split()
)
_MODALITY_TRIGGERS = frozenset(
    "could may might would should will plan plans planned planning expected expects "
    "considering considers consider reportedly allegedly hinted hints potentially possibly "
    "likely unlikely intend intends intended aim aims aimed set poised contingent proposed "
    "proposes suggested believed thought said".split()
)


def _negated(text: str, words: frozenset[str] | None = None) -> bool:
    if (
        words is not None
        and words.isdisjoint(_NEGATION_TRIGGERS)
        and "n’t" not in text
        and "n't" not in text
    ):
        return False
    return bool(_NEGATION.search(text))


def _modality(text: str, words: frozenset[str] | None = None) -> str | None:
    if words is not None and words.isdisjoint(_MODALITY_TRIGGERS):
        return None
    for m in _MODALITY.finditer(text):
        word = m.group(1).lower()
        if word == "may" and m.group(1)[0] == "M" and re.match(r"\s+\d", text[m.end() :]):
            continue  # the month
        if word == "may" and m.group(1) == "May" and m.start() > 0:
            continue  # "in May"
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
    dates = _find_dates(text, published, words)
    date_spans = [(d.start, d.end) for d in dates]
    entities = _find_entities(text)
    weapon_spans = [(e.start, e.end) for e in entities if e.type == "weapon"]
    quantities = _find_quantities(text, date_spans + weapon_spans, words)
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        negated=_negated(text, words),
        modality=_modality(text, words),
    )


def find_entities(text: str) -> list[Entity]:
    """The named entities of `text` (see `Facts.entities`), in order."""
    return _find_entities(text)


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
    quantities = []
    for q in facts.quantities:
        at = text.find(q.text)
        if at >= 0:
            quantities.append(Quantity(q.value, q.unit, q.text, at, at + len(q.text), q.approx))
    dates = []
    for d in facts.dates:
        at = text.find(d.text)
        if at >= 0:
            dates.append(DateRef(d.value, d.text, at, at + len(d.text)))
    entities = []
    seen: set[int] = set()
    for e in (*facts.entities, *extra_entities):
        at = text.find(e.text)
        if at >= 0 and at not in seen:
            seen.add(at)
            entities.append(Entity(e.name, e.text, e.type, at, at + len(e.text)))
    entities.sort(key=lambda e: e.start)
    # A claim cut from a sentence without negation or modality has none either.
    words = _word_set(text) if facts.negated or facts.modality else frozenset()
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        negated=facts.negated and _negated(text, words),
        modality=_modality(text, words) if facts.modality else None,
    )


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


def same_quantity(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    """True when two quantities have the same unit and values within `tolerance` (relative)."""
    if a.unit != b.unit:
        return False
    if a.value == b.value:
        return True
    scale = max(abs(a.value), abs(b.value))
    return scale > 0 and abs(a.value - b.value) / scale <= tolerance
