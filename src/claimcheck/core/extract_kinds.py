"""Check-worthiness and kinds for `core.extract`.

Owns the tests that drop a unit before it becomes a claim (`_checkworthy`: too short, a
question, meta or first-person openers, evaluation without a number or date, no verb) and the
kind of a kept claim (`_kind`: comparison > quantity > date > event > other; quote and
attribution are decided by the caller), with the word lists they use. Pure functions; the
per-word verb tests are cached.
"""

from __future__ import annotations

import functools
import re

from claimcheck.core.extract_words import (
    _AUX,
    _BASE_VERBS,
    _COMMON_VERBS,
    _DET,
    _NOT_VERB_AFTER_NOUN,
    _PREP,
)
from claimcheck.core.facts_text import literal_alternation
from claimcheck.core.models import Facts, Kind

MIN_WORDS = 3
"""A claim shorter than this many words is not standalone enough to check."""


_NOT_CHECKWORTHY = re.compile(
    r"^(?:I\b|I'm|I’m|We\b|Let me|Let's|Please|Note that|Keep in mind|Remember|Sorry|"
    r"As an AI|As a language model|Overall,|In conclusion|In summary|To summarize|To sum up|"
    r"Ultimately,|Hope|Thank|Feel free|If you|You can|You may|You should|Here (?:is|are)|"
    r"It is (?:important|worth|essential|crucial|difficult|hard|impossible|unclear|"
    r"not possible)|It[’']s (?:important|worth|difficult|hard|impossible|unclear)|"
    r"Is there|What|How|Why|Do you|Does it|Can you|Would you|Read more|Read also|Sign up|"
    r"Click|Subscribe|Follow (?:us|me)|Watch|Listen|Advertisement|Related|See also|"
    r"Share this|Copyright|All rights reserved|Reporting by|Editing by|Photo|Image)\b",
)
_EVALUATIVE = re.compile(
    r"\b(?:remain(?:s|ed)? (?:\w+ )?(?:uncertain|unclear|to be seen|unknown|fluid|tense|"
    r"volatile|fragile|precarious|calm|stable|difficult|challenging|complex|high|elevated|"
    r"unresolved|murky)|(?:question|issue|matter|debate|possibility|door|options?|future|"
    r"outcome|fate|study|problem)s?\b[^.]{0,60}\bremain(?:s|ed)? open|"
    # present forms only: "This underscores ..." judges; "the study demonstrated that ..."
    # reports, and "highlighted", "reflection", "signalling" are other words
    r"(?:underscores?|underlines?|highlights?)\b|represents? an? (?:\w+ )?(?:change|shift|turn|step|milestone|"
    r"escalation|moment)|marks? an? (?:\w+ )?(?:change|shift|turn|escalation|moment)|"
    r"signal(?:s|ed|ing)? (?:an?|the|its|their|growing|further|continued)\b|"
    # "This demonstrates ...", not "studies demonstrate that ..."
    r"is a testament|testament to|(?:this|these|that|which|it) (?:\w+ )?"
    r"(?:reflects?|demonstrates?|illustrates?)\b(?!\s+that\b)|"
    # "Such support is crucial.", not "BAF is essential for development"
    r"is balanced by|(?:is|are) (?:crucial|essential|vital|important|significant|"
    r"remarkable|impressive|concerning|troubling|worrying|encouraging|promising|"
    r"unprecedented)(?=\s*(?:[.,;!]|$|that\b|because\b))|"
    r"(?:is|are) a (?:major|significant|key|crucial) step|"
    r"it is (?:also )?(?:important|essential|crucial|vital|necessary|advisable|worth|best) "
    r"to\b|"
    r"it is (?:difficult|hard|impossible) to (?:say|determine|know|predict)|"
    r"(?:seeks?|seeking|hopes?|hoping|strives?|striving) to (?:bolster|boost|"
    r"strengthen|improve|enhance|counter|protect|defend|deter|ensure|promote|support)|"
    r"declined to comment|did not (?:immediately )?(?:respond|comment|reply)|"
    r"(?:had|has|gave) no (?:immediate )?comment|could not be reached|"
    r"not immediately available for comment|"
    r"depends on (?:many|several|various|a number of) factors|"
    r"(?:in|on) the face of|growing (?:support|concern|pressure)|"
    r"is (?:generally )?(?:considered|regarded|seen) as (?:one of )?the (?:best|greatest|most)|"
    # the closing lines of a story: "The decision will be closely watched by investors.",
    # "Time will tell whether ...", "The tragedy has shocked the world.", "The result is a
    # political earthquake for Portugal.", "It is a debate that is likely to continue."
    r"(?:will|is|are) (?:be )?(?:closely |being |keenly )?watched|time will tell|"
    r"(?:has|have) (?:\w+ )?(?:shocked|stunned|rocked|gripped|captivated|captured) the "
    r"(?:\w+ )?(?:world|nation|country|community|town|city|public|imagination)|"
    r"(?:are|is|were|was) (?:not )?(?:yet |fully |entirely )?convinced|"
    r"^(?:many|some|most|few|other) (?:\w+ ){0,2}(?:believe|think|feel|fear|worry|wonder)\b|"
    r"(?:not|unable to) (?:be )?independently verif|"
    r"(?:a|an) (?:\w+ )?(?:entertaining|thrilling|exciting|dull|boring|memorable|"
    r"disappointing|remarkable|extraordinary) (?:afternoon|evening|night|day|game|match|"
    r"contest|affair|spectacle|occasion)|"
    r"(?:is|as|was|be) an? (?:\w+ )?(?:prudent|smart|wise|sensible|bold|risky|shrewd|clever|"
    r"foolish|welcome|savvy|reckless|misguided) (?:move|bet|step|decision|choice|gamble|"
    r"strategy|approach|policy)\b|"
    r"(?:is|was|marks?) an? (?:\w+ )?(?:earthquake|blow|setback|wake-up call|watershed|"
    r"turning point|game.changer)\b|"
    r"^it (?:is|was|remains) an? (?:\w+ )?(?:debate|question|matter|issue|story|reminder) "
    r"(?:that|of|about)\b)",
    re.IGNORECASE,
)
_EVALUATIVE_HINTS = (
    "shocked",
    "stunned",
    "rocked",
    "gripped",
    "captivated",
    "captured the",
    "convinced",
    "believe",
    "think",
    "feel",
    "fear",
    "worry",
    "wonder",
    "independently",
    "entertaining",
    "thrilling",
    "exciting",
    "dull",
    "boring",
    "memorable",
    "disappointing",
    "extraordinary",
    "open",
    "prudent",
    "smart",
    "wise",
    "sensible",
    "bold",
    "risky",
    "shrewd",
    "clever",
    "foolish",
    "welcome",
    "savvy",
    "reckless",
    "misguided",
    "watched",
    "time will",
    "earthquake",
    "blow",
    "setback",
    "wake-up",
    "watershed",
    "turning point",
    "changer",
    "debate",
    "question",
    "matter",
    "issue",
    "story",
    "reminder",
    "seek",
    "hop",
    "striv",
    "remain",
    "comment",
    "respond",
    "reached",
    "underscore",
    "underline",
    "highlight",
    "represent",
    "mark",
    "signal",
    "testament",
    "reflect",
    "demonstrat",
    "illustrat",
    "balanced",
    "crucial",
    "essential",
    "vital",
    "important",
    "significant",
    "remarkable",
    "impressive",
    "concerning",
    "troubling",
    "worrying",
    "encouraging",
    "promising",
    "unprecedented",
    "major",
    "key ",
    "difficult",
    "hard to",
    "impossible",
    "depends",
    "face of",
    "growing",
    "considered",
    "regarded",
    "seen as",
)
_EVALUATIVE_HINT = re.compile(literal_alternation(_EVALUATIVE_HINTS))
"""Any of the hints, in one pass over the lower-case text."""
"""Cheap substring test run before the `_EVALUATIVE` regex."""
_SUBJECTIVE = re.compile(
    r"\b(?:best|worst|greatest|beautiful|amazing|wonderful|terrible|awful|great|good|bad|"
    r"interesting|fascinating|exciting|boring|stunning|brilliant|excellent|poor|nice|"
    r"popular|iconic|legendary|renowned|famous|beloved|stark|dramatic|significant)\b",
    re.IGNORECASE,
)
_SUBJECTIVE_WORDS = frozenset(
    "best worst greatest beautiful amazing wonderful terrible awful great good bad interesting "
    "fascinating exciting boring stunning brilliant excellent poor nice popular iconic legendary "
    "renowned famous beloved stark dramatic significant".split()
)
_VAGUE_SUBJECT = re.compile(
    r"(?:This|That|These|Those|Such)\s+(?:\w+\s+)?(?:action|actions|move|moves|step|steps|"
    r"development|developments|decision|shift|escalation|contribution|contributions|measure|"
    r"measures|approach|effort|efforts)\b(?!\s+(?:of|by|in|on|at|to|from)\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(
    r"(?=[JFMASOND])(?:January|February|March|April|June|July|August|"
    r"September|October|November|December)\b"
)


_QUANTITY_ONLY_THAN = re.compile(r"\b(?:more|less|fewer) than\s+(?:\$|€|£)?\d", re.IGNORECASE)


_EVENT_WORDS = frozenset(
    "struck hit won lost led held met sent built began became took gave made "
    "signed killed launched died born fell rose shot fought left went came "
    "won".split()
)


_THAN = re.compile(
    r"\b(?:more|less|fewer|greater|larger|smaller|higher|lower|bigger|faster|slower|older|"
    r"younger|longer|shorter|better|worse|cheaper|stronger|weaker|\w+er)\s+(?:\w+\s+){0,3}?than\b"
    r"(?!\s+(?:\$|€|£)?\d)",
    re.IGNORECASE,
)
_AS_AS = re.compile(
    r"\bas (?!(?:early|soon|late|well|long|far|recently|much|many|little|few)\b)\w+ as\b",
    re.IGNORECASE,
)
"""A comparison of equals ("as big as"), not a time or amount ("as early as", "as many as")."""
_SUPERLATIVES = frozenset(
    "largest biggest highest lowest smallest oldest youngest fastest slowest longest shortest "
    "most least".split()
)
_AUX_PAST = frozenset("has have had was were".split())
_WORD_EDGE = ".,;:!?\"'”’“‘()[]"


def _is_comparison(text: str, low: str, words: list[str]) -> bool:
    """ "faster than", "compared with", superlatives ("the largest"), "as big as"."""
    found = (" than " in low and _THAN.search(text) is not None) or (
        "compared with" in low or "compared to" in low
    )
    if not found and "-" in low:
        found = any(w.rsplit("-", 1)[-1] in _SUPERLATIVES for w in words if "-" in w)
    if not found and not _SUPERLATIVES.isdisjoint(words):
        for i, word in enumerate(words):
            if word in _SUPERLATIVES and not (
                word in ("least", "most") and i > 0 and words[i - 1] == "at"
            ):
                found = True
                break
    if not found and low.count(" as ") > 1:
        found = _AS_AS.search(text) is not None
    return found and not (" than " in low and _QUANTITY_ONLY_THAN.search(text))


def _is_event(words: list[str]) -> bool:
    """A past or perfect verb: "-ed" words, "has taken", "was built", irregular pasts."""
    if not _EVENT_WORDS.isdisjoint(words) or any(map(_past_like, words)):
        return True
    if _AUX_PAST.isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word in _AUX_PAST and i + 1 < len(words):
            after = words[i + 1]
            if after.endswith("ly") and i + 2 < len(words):
                after = words[i + 2]
            if after.endswith(("ed", "en", "t")):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def _edge_stripped(word: str) -> str:
    return word.strip(_WORD_EDGE)


@functools.lru_cache(maxsize=65536)
def _past_like(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ed")


def _kind(text: str, facts: Facts) -> Kind:
    low = text.lower()
    words = list(map(_edge_stripped, low.split()))
    if _is_comparison(text, low, words):
        return Kind.COMPARISON
    if any(q.unit != "ordinal" for q in facts.quantities):
        return Kind.QUANTITY
    if facts.dates:
        return Kind.DATE
    if _is_event(words):
        return Kind.EVENT
    return Kind.OTHER


_ELLIPTIC_AUX = frozenset(
    "have has had do does did will would could can should is are was were not so".split()
)
_ELLIPTIC_END = frozenset("done so did does do".split()) | _ELLIPTIC_AUX


def _checkworthy(text: str, evaluative: bool = True) -> bool:
    """Whether a unit can hold a checkable claim.

    Args:
        text: a sentence or claim.
        evaluative: also reject evaluation without a number or date (done per clause, so
            "X happened, so it is difficult to say Y" keeps its first clause).
    """
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    if text.rstrip().endswith("?"):
        return False
    if (
        evaluative
        and "," not in text
        and words[-1].rstrip(".").lower() in _ELLIPTIC_END
        and words[-2].lower() in _ELLIPTIC_AUX
    ):
        return False  # "(as) previous summits have done": the verb is left out
    if _NOT_CHECKWORTHY.match(text):
        return False
    if (
        evaluative
        and _DIGIT.search(text) is None
        and _MONTH_NAME.search(text) is None  # no number or date: may be mere evaluation
    ):
        low = text.lower()
        if _EVALUATIVE_HINT.search(low) and _EVALUATIVE.search(text):
            return False
    return _has_verb(words)


def _has_verb(words: list[str]) -> bool:
    """A rough test that a unit is a clause and not a heading or a bare noun phrase."""
    # Either test below suffices; the per-word one is cached and settles most units.
    if any(map(_verb_word, words)):
        return True
    last = words[-1] if words else None
    for previous, word in zip(words, words[1:], strict=False):
        # "Deliveries begin ...": a word after a plural noun is most often its verb
        if _after_plural_ok(word) and _plural_noun(previous) and word is not last:
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _verb_word(word: str) -> bool:
    """A verb on its own: an auxiliary, a known verb, or a lower-case "-ed"/"-s" word."""
    if word == "May" or word == "Will":
        return False  # the month, a name
    low = word.lower().strip(".,;:!?\"'”’)(")
    return (
        low in _AUX
        or low in _COMMON_VERBS
        or low in _BASE_VERBS
        or (len(low) > 3 and low.endswith(("ed", "s")) and low.isalpha() and word[0].islower())
    )


@functools.lru_cache(maxsize=65536)
def _plural_noun(word: str) -> bool:
    return word.endswith("s") and word[:-1].isalpha() and len(word) > 3


@functools.lru_cache(maxsize=65536)
def _after_plural_ok(word: str) -> bool:
    """A word that, after a plural noun, is read as its verb ("Deliveries begin")."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in _PREP
        and low not in _DET
        and low not in _NOT_VERB_AFTER_NOUN
        and not low.endswith(("ly", "ing", "al", "ic", "ous", "ive"))
    )
