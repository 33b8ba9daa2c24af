"""Claims from sentences written mostly in a non-Latin script (Cyrillic, Greek, CJK, ...).

The rules in `core.extract` read English syntax (verbs, pronouns, attributions), so a Russian,
Greek, Chinese or Japanese sentence fails their verb test and used to give no claim at all.
This module is the language-neutral fallback `core.extract` hands such sentences to:

- `is_non_latin(sentence)`: whether most of its letters are non-Latin (Chinese, Japanese,
  Korean, Thai... characters weigh double, as one of them is about a syllable or a word); a few
  Latin names in a Cyrillic sentence keep it non-Latin, a Cyrillic name in an English sentence
  keeps it English. Pure ASCII is answered at once by `str.isascii`, other text by a regex
  scan.
- `extract_script_claims(sentence, start, end, published)`: at most one claim per sentence,
  the whole sentence cleaned, with the sentence's span. It is kept when it is declarative (no
  final `?`, `？`, `؟`, Greek `;`), not a heading or fragment (at least 4 words in scripts
  written with spaces, 3 with a digit, 8 letters in scripts without; a unit without closing
  punctuation needs 8 words or 16 letters), and carries something checkable: a digit of any
  script, a capitalised word after the first (names in Cyrillic, Greek, Latin), enough text
  (12 letters of Chinese or Japanese, 8 words in uncased scripts such as Arabic or Hindi), or
  in uncased scripts a speech verb ("说", "表示", "قال": who said what can be checked).
- its facts come from `core.facts_scripts.script_facts` (digits of any script, scale words,
  counters, dates in Russian, Ukrainian, Greek, Chinese, Japanese and Korean).

Kind: `quote` for a quotation of at least three words (six CJK letters) with a speaker sign
(a colon before it, a dash, comma or Japanese "と" after it, or a speech verb such as
"заявил", "είπε", "表示"); otherwise `core.extract_kinds._kind` on the facts (quantity > date
> other; its English word tests only fire on Latin words, which these sentences mostly lack).

What it does not do: no clause splitting, no pronoun resolution, no opinion filter and no
English context update (pronouns after a non-Latin sentence keep the earlier referent). The
tables are small and cover Russian, Ukrainian, Greek, Chinese, Japanese and Korean; other
languages get the structural rules and the digits only. Pure and linear-time; never imports
textual, click or rich.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.core.extract_kinds import _kind
from claimcheck.core.extract_words import _clean
from claimcheck.core.facts_scripts import _SPACELESS, script_facts
from claimcheck.core.facts_text import _HAS_DIGIT
from claimcheck.core.models import ExtractedClaim, Kind

# Letters of scripts other than Latin (Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai,
# Georgian, Hangul, Ethiopic, ... CJK, kana, Yi, presentation forms, supplementary planes).
# General punctuation, symbols and CJK punctuation (U+2000-2E7F, U+3000-303F) are left out.
_NON_LATIN = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0530-\u1cff\u1f00-\u1fff\u2e80-\u2fdf\u3040-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua500-\ua6ff\uac00-\ud7af\uf900-\ufaff"
    "\ufb1d-\ufdff\ufe70-\ufefc\uff66-\uffdc\U00010000-\U0003ffff]"
)
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CASED_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_DATELINE = re.compile(r"([^\W\d_]{2,}(?:[ -][^\W\d_]{2,})?),\s")

MIN_WORDS = 4
"""Words a sentence in a script written with spaces needs to be a claim (3 with a digit)."""
MIN_LETTERS = 8
"""Letters a sentence in a script written without spaces needs to be a claim."""
CHECKABLE_LETTERS = 12
"""Letters that make a Chinese or Japanese sentence checkable without a digit."""
CHECKABLE_WORDS = 8
"""Words that make a sentence in an uncased script (Arabic, Hebrew, Hindi) checkable."""
UNPUNCTUATED_WORDS = 8
"""Words a unit without closing punctuation needs, so headings and captions stay out."""

_CLOSING = " \t\r\n\"'”’»」』）)]"
_TERMINAL = ".!。！…।॥۔؛"
_QUESTION = "?？؟\u037e"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff \t"
"""Zero-width characters stripped from the ends of a claim (inside a word they may matter)."""
_NO_STOP_AFTER = "。！」』）»…।॥۔"
"""A claim ending in one of these gets no ASCII full stop from `_clean`."""

# Quotations and the signs that someone is quoted.
_QUOTES = re.compile(
    r"«(?P<a>[^«»]+)»|„(?P<b>[^„“”]+)[“”]|“(?P<c>[^“”]+)”|\"(?P<d>[^\"]+)\""
    r"|「(?P<e>[^「」]+)」|『(?P<f>[^『』]+)』"
)
_SPEECH = re.compile(
    r"(?:сказа|заяви|сообщи|сообща|отмети|подчеркну|добави|говори|рассказа|уточни|пише|"
    r"пишет|написа|повідоми|зазначи|наголоси|розповів|каже|додав|сказав|заявив|"
    r"είπε|δήλωσε|ανέφερε|τόνισε|πρόσθεσε|υπογράμμισε|"
    r"说|說|表示|指出|强调|強調|宣布|述べ|語っ|話し|発表|"
    r"قال|أعلن|صرح|أكد|אמר|말했|밝혔)",
    re.IGNORECASE,
)


_TITLES = frozenset(
    "губернатор президент премьер-министр премьер министр мэр глава спикер председатель "
    "пресс-секретарь генерал посол міністр голова мер речник посол πρόεδρος πρωθυπουργός "
    "υπουργός δήμαρχος εκπρόσωπος".split()
)
"""Titles that open a sentence capitalised and are not part of the speaker's name."""
_PATRONYMIC = ("ич", "овна", "евна", "івна")


def _weights(text: str) -> tuple[int, int, int]:
    """(non-Latin letters, of which in scripts without spaces, Latin letters)."""
    non_latin = len(_NON_LATIN.findall(text))
    if not non_latin:
        return 0, 0, 0
    return non_latin, len(_SPACELESS.findall(text)), len(_LATIN.findall(text))


def is_non_latin(sentence: str) -> bool:
    """Whether a sentence is written mostly in a non-Latin script.

    Args:
        sentence: any text (markup blanked or not).

    Returns:
        True when its non-Latin letters, those of scripts without spaces counted twice,
        outnumber its Latin letters. Pure ASCII and Latin-only text give False at once.
    """
    if sentence.isascii():
        return False
    non_latin, spaceless, latin = _weights(sentence)
    return non_latin > 0 and non_latin + spaceless > latin


def _is_question(text: str) -> bool:
    tail = text.rstrip(_CLOSING)
    if any(mark in tail[-2:] for mark in _QUESTION):
        return True
    return tail.endswith(";") and _GREEK.search(text) is not None  # the Greek question mark


def _checkworthy(text: str) -> bool:
    """The language-neutral tests of the module docstring."""
    if _is_question(text):
        return False
    tail = text.rstrip(_CLOSING)
    if tail.endswith((":", "：")):
        return False  # an introduction to a list or a quote on the next lines
    non_latin, spaceless, latin = _weights(text)
    punctuated = bool(tail) and tail[-1] in _TERMINAL + "?"
    has_digit = _HAS_DIGIT.search(text) is not None
    if spaceless * 2 >= non_latin + latin:
        letters = spaceless + latin
        if letters < MIN_LETTERS or (not punctuated and letters < 2 * MIN_LETTERS):
            return False
        return (
            has_digit
            or letters >= CHECKABLE_LETTERS
            or _QUOTES.search(text) is not None
            or _SPEECH.search(text) is not None  # reported speech: who said what
        )
    words = _WORD.findall(text)
    dateline = _DATELINE.match(text)
    if dateline and dateline.group(1).isupper() and len(words) <= MIN_WORDS:
        return False  # "БЕЛГОРОД, 31 мая.": a dateline
    if len(words) < MIN_WORDS - has_digit or (not punctuated and len(words) < UNPUNCTUATED_WORDS):
        return False
    if has_digit:
        return True
    cased = [w for w in _CASED_WORD.findall(text) if w[0].isupper() or w[0].islower()]
    if len(cased) < len(words) // 2:  # an uncased script: Arabic, Hebrew, Hindi, Korean
        return len(words) >= CHECKABLE_WORDS or _SPEECH.search(text) is not None
    return any(w[0].isupper() for w in cased[1:])


def _quote(text: str) -> tuple[bool, str | None]:
    """Whether `text` quotes someone, and the speaker's name when a cased script shows it."""
    for m in _QUOTES.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        wide = len(_SPACELESS.findall(inner))
        if len(_WORD.findall(inner)) < 3 and wide < 6:
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        after = text[m.end() : m.end() + 3].lstrip()
        outside = text[: m.start()] + " … " + text[m.end() :]
        speech = _SPEECH.search(outside)
        if (
            not (":" in before or "：" in before or after[:1] in (",", "—", "–", "-", "，", "と"))
            and not speech
        ):
            continue
        return True, _speaker(outside, speech)
    return False, None


def _speaker(outside: str, speech: re.Match[str] | None) -> str | None:
    """The last run of capitalised words outside the quotation (titles left out, its last two
    words, three with a patronymic), else a capitalised word within three words after the speech verb
    ("— написал Гладков"), else None."""
    runs: list[list[str]] = []
    previous_end = -2
    for m in _CASED_WORD.finditer(outside):
        word = m.group(0)
        if not word[0].isupper() or not word[1:2].islower() or word.lower() in _TITLES:
            previous_end = -2
            continue
        if runs and m.start() == previous_end + 1:
            runs[-1].append(word)
        else:
            runs.append([word])
        previous_end = m.end()
    named = [run for run in runs if len(run) >= 2]
    if named:
        run = named[-1]
        # A first name, a patronymic and a surname stay; else the last two words are the name
        # ("Франции Эммануэль Макрон" is France's Emmanuel Macron).
        keep = 3 if len(run) >= 3 and run[-2].endswith(_PATRONYMIC) else 2
        return " ".join(run[-keep:])
    if speech is not None:
        at = speech.end()
        while at < len(outside) and outside[at].isalnum():
            at += 1  # the rest of the verb
        for index, m in enumerate(_CASED_WORD.finditer(outside, at)):
            word = m.group(0)
            if index >= 3:
                break
            if word[0].isupper() and word[1:2].islower():
                return word
    return None


def extract_script_claims(
    sentence: str, start: int, end: int, published: dt.date | None = None
) -> list[ExtractedClaim]:
    """The claim of one sentence written mostly in a non-Latin script.

    Args:
        sentence: the sentence `body[start:end]`, markup and control characters blanked.
        start: its offset in the body.
        end: its end in the body.
        published: the article's date, for "yesterday" and dates without a year.

    Returns:
        `[]` when the sentence is not check-worthy (see the module docstring), else one claim:
        the sentence cleaned, spanning `[start, end)`.
    """
    if not _checkworthy(sentence):
        return []
    text = _clean(sentence).strip(_INVISIBLE)
    if (
        len(text) > 1
        and text.endswith(".")
        and text[-2] in _NO_STOP_AFTER
        and not sentence.rstrip(_INVISIBLE).endswith(".")
    ):
        text = text[:-1]  # "。" is a full stop already
    facts = script_facts(text, published)
    quoted, speaker = _quote(text)
    kind = Kind.QUOTE if quoted else _kind(text, facts)
    return [
        ExtractedClaim(
            text=text,
            start=start,
            end=end,
            kind=kind,
            facts=facts,
            speaker=speaker if quoted else None,
        )
    ]
