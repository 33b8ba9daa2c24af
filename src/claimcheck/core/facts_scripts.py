"""Facts of sentences in non-Latin scripts, for `core.extract_scripts`.

`script_facts(text, published)` runs `core.facts.extract_facts` on a view of the text where
characters of scripts written without spaces are blanked and full-width digits are read as
ASCII (so "有5人" and "２０２４年" give numbers), then adds what a few language tables know:
scale words ("тыс.", "млн", "万", "亿"), percent, currencies, "people" counters ("человек",
"人"), ordinals ("3-го", "第3"), hedges ("около", "约"), dates ("30 мая 2024 года",
"2024年5月30日", "2024년", a year before "году"/"року") and "yesterday"/"today" words against
`published`. Offsets are into `text`. Pure and linear-time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata

from claimcheck.core.facts import extract_facts
from claimcheck.core.models import DateRef, Facts, Quantity

# Scripts written without spaces between words: CJK, kana, Thai, Lao, Tibetan, Myanmar, Khmer.
_SPACELESS = re.compile(
    "[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3040-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff]"
)



_FULL_WIDTH = str.maketrans(
    {**{0xFF10 + i: str(i) for i in range(10)}, 0xFF05: "%", 0xFF0C: ",", 0xFF0E: "."}
)
_SCALES = {
    "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "тис": 1e3, "тисяч": 1e3,
    "тисячі": 1e3, "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6, "млрд": 1e9, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиардов": 1e9, "мільярд": 1e9, "мільярда": 1e9, "мільярдів": 1e9,
    "χιλ": 1e3, "χιλιάδες": 1e3, "εκατ": 1e6, "εκατομμύρια": 1e6, "δισ": 1e9,
    "δισεκατομμύρια": 1e9, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12,
    "천": 1e3, "만": 1e4, "억": 1e8,
}  # fmt: skip
_UNITS = {
    "%": "%", "％": "%", "процент": "%", "процента": "%", "процентов": "%", "відсоток": "%",
    "відсотки": "%", "відсотків": "%", "τοις εκατό": "%",
    "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "гривна": "UAH", "гривны": "UAH",
    "гривен": "UAH", "гривня": "UAH", "гривні": "UAH", "гривень": "UAH", "доллар": "USD",
    "доллара": "USD", "долларов": "USD", "долар": "USD", "долара": "USD", "доларів": "USD",
    "евро": "EUR", "євро": "EUR", "ευρώ": "EUR", "δολάρια": "USD", "美元": "USD", "欧元": "EUR",
    "元": "CNY", "人民币": "CNY", "円": "JPY", "ドル": "USD", "ユーロ": "EUR", "달러": "USD",
    "км": "km", "χλμ": "km", "公里": "km", "キロ": "km", "킬로미터": "km",
    "человек": "people", "человека": "people", "людей": "people", "людини": "people",
    "осіб": "people", "особи": "people", "άνθρωποι": "people", "ανθρώπους": "people",
    "ανθρώπων": "people", "人": "people", "名": "people", "명": "people",
    "أشخاص": "people", "شخصا": "people", "شخص": "people",
}  # fmt: skip
_SCALE_OR_UNIT = re.compile(
    r"\s?(?P<scale>"
    + "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
    + r")?\.?\s?(?P<unit>"
    + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
    + r")?(?!\w)",
    re.IGNORECASE,
)
_SPACELESS_AFTER = re.compile(
    "\\s?(?P<scale>[千万萬亿億兆천만억]{1,2})?(?P<unit>" + "|".join(
        sorted((re.escape(u) for u in _UNITS if _SPACELESS.match(u) or u in "%％명"),
               key=len, reverse=True)
    ) + ")?"
)  # fmt: skip
_ORDINAL_AFTER = re.compile(
    r"-?(?:го|й|я|е|м|му|ому|ой|ий|ая|ое|ые|ых|ым|ого|ій|ої|а|ος|η|ο|ης|ου|ων)(?!\w)"
)
_APPROX_BEFORE = re.compile(
    r"(?:(?<!\w)(?:около|почти|более|свыше|менее|примерно|порядка|не менее|до|близько|майже|"
    r"понад|щонайменше|приблизно|περίπου|σχεδόν|πάνω από)|约为?|約為?|近|超过|超過|逾|大约|およそ|약)"
    r"\s?$",
    re.IGNORECASE,
)

_MONTHS: dict[str, int] = {}
for _names in (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου "
    "οκτωβριου νοεμβριου δεκεμβριου",
):
    _MONTHS.update({name: i + 1 for i, name in enumerate(_names.split())})
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:-?(?:го|е|ого))?\s+(?P<month>[^\W\d_]{3,12})"
    r"(?:\s+(?P<year>\d{4})(?!\d))?"
)
_CJK_DATE = re.compile(
    r"(?<!\d)(?=\d)(?:(?P<year>\d{4})\s?[年년]\s?)?(?:(?P<month>\d{1,2})\s?[月월]\s?"
    r"(?:(?P<day>\d{1,2})\s?[日일号])?)?"
)
_CJK_DAY = re.compile(r"(?<![\d月월])(\d{1,2})\s?日(?!間|间)")
"""A day of the month alone ("政府は31日"), read against `published`."""
_YEAR_WORD = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s?(?:г\.|год[ау]?\b|року\b|рік\b|р\.|έτος)"
    r"|(?:\bτο|\bστο|\bτου)\s(?P<year2>\d{4})(?!\d)",
    re.IGNORECASE,
)
_RELATIVE = {
    "вчера": -1, "сегодня": 0, "вчора": -1, "учора": -1, "сьогодні": 0, "χθες": -1, "χτες": -1,
    "σήμερα": 0, "昨天": -1, "今天": 0, "昨日": -1, "今日": 0, "어제": -1, "오늘": 0,
}  # fmt: skip
_RELATIVE_WORD = re.compile("|".join(_RELATIVE), re.IGNORECASE)


def _unaccented(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )


def _dates(text: str, digits: str, published: dt.date | None) -> list[DateRef]:
    """Dates found in `digits` (`text` with full-width digits read), worded as in `text`."""
    found: list[DateRef] = []
    for m in _CJK_DATE.finditer(digits):
        year, month, day = m.group("year"), m.group("month"), m.group("day")
        if not year and not month:
            continue
        if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
            continue
        date_end = m.start() + len(m.group(0).rstrip())
        value = _iso(year, month, day, published)
        found.append(DateRef(value, text[m.start() : date_end], m.start(), date_end))
    if published is not None:
        for m in _CJK_DAY.finditer(digits):
            day = int(m.group(1))
            if not 1 <= day <= 31 or any(d.start <= m.start() < d.end for d in found):
                continue
            month_start = published.replace(day=1)
            if day > published.day:  # the latest such day not after publication
                month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
            try:
                value = month_start.replace(day=day).isoformat()
            except ValueError:
                continue  # "31日" read in a month of thirty days
            found.append(DateRef(value, text[m.start() : m.end()], m.start(), m.end()))
    for m in _DAY_MONTH.finditer(text):
        month_number = _MONTHS.get(_unaccented(m.group("month")))
        if month_number and 1 <= int(m.group("day")) <= 31:
            value = _iso(m.group("year"), str(month_number), m.group("day"), published)
            found.append(DateRef(value, m.group(0), m.start(), m.end()))
    for m in _YEAR_WORD.finditer(text):
        year = m.group("year") or m.group("year2")
        at = m.start("year") if m.group("year") else m.start("year2")
        if 1000 <= int(year) <= 2199 and not any(d.start <= at < d.end for d in found):
            found.append(DateRef(str(int(year)), m.group(0), m.start(), m.end()))
    if published is not None:
        for m in _RELATIVE_WORD.finditer(text):
            offset = _RELATIVE.get(m.group(0).lower())
            if offset is None:
                continue  # a case-insensitive match whose lower case is spelt otherwise
            day = published + dt.timedelta(days=offset)
            found.append(DateRef(day.isoformat(), m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _iso(year: str | None, month: str | None, day: str | None, published: dt.date | None) -> str:
    if year is None and month is not None and published is not None:
        year = str(published.year)
        if (int(month), int(day or 1)) > (published.month, published.day):
            year = str(published.year - 1)  # the latest such date not after publication
    if year is None:
        return f"--{int(month or 0):02d}-{int(day):02d}" if day else f"--{int(month or 0):02d}"
    parts = [f"{int(year):04d}"]
    if month:
        parts.append(f"{int(month):02d}")
        if day:
            parts.append(f"{int(day):02d}")
    return "-".join(parts)


def script_facts(text: str, published: dt.date | None = None) -> Facts:
    """`extract_facts` for text in a non-Latin script, with offsets into `text`.

    Args:
        text: a claim or sentence in any script.
        published: the date relative dates are resolved against; None leaves them out.

    Returns:
        The facts; quantities carry the words as written in `text` (full-width digits too).
    """
    digits = text.translate(_FULL_WIDTH)  # one character for one: offsets stay
    view = _SPACELESS.sub(" ", digits)
    facts = extract_facts(view, published)
    dates = _dates(text, digits, published)
    quantities = []
    for q in facts.quantities:
        if any(d.start <= q.start < d.end for d in dates):
            continue
        quantities.append(_read_quantity(text, view, q))
    entities = tuple(e for e in facts.entities if text[e.start : e.end] == e.text)
    return dataclasses.replace(
        facts,
        quantities=tuple(quantities),
        dates=tuple(sorted((*dates, *facts.dates), key=lambda d: d.start)),
        entities=entities,
    )


def _scale(word: str) -> float:
    """ "млн" is 1e6; "千億" (a thousand hundred-millions) is 1e11."""
    if word in _SCALES:
        return _SCALES[word]
    product = 1.0
    for char in word:
        product *= _SCALES.get(char, 1.0)
    return product


def _read_quantity(text: str, view: str, q: Quantity) -> Quantity:
    """Scale words, units, ordinals and hedges of the languages above, around a number."""
    s, e = q.start, q.end
    value, unit, approx = q.value, q.unit, q.approx
    num_end = s
    while num_end < len(view) and (view[num_end].isdigit() or view[num_end] in ",."):
        num_end += 1
    num_end = num_end if view[num_end - 1 : num_end].isdigit() else num_end - 1
    if unit is None and e == num_end:
        ordinal = _ORDINAL_AFTER.match(text, e)
        if ordinal or text[max(0, s - 1) : s] == "第":
            unit = "ordinal"
            s = s - 1 if text[max(0, s - 1) : s] == "第" else s
            e = ordinal.end() if ordinal else e
        else:
            after = (
                _SPACELESS_AFTER.match(text, e)
                if _SPACELESS.match(text, e + (text[e : e + 1] == " "))
                else None
            )
            after = after or _SCALE_OR_UNIT.match(text, e)
            if after and (after.group("scale") or after.group("unit")):
                if after.group("scale"):
                    value *= _scale(after.group("scale").lower())
                if after.group("unit"):
                    unit = _UNITS.get(after.group("unit").lower(), unit)
                e = after.end()
    if not approx and _APPROX_BEFORE.search(text[max(0, s - 12) : s]):
        approx = True
    return dataclasses.replace(
        q, value=round(value, 6), unit=unit, text=text[s:e].strip(), start=s, end=e, approx=approx
    )
