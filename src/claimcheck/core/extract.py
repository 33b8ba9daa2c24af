"""Atomic claim extraction: an article body in, standalone checkable claims out.

`extract_claims(body, published)` is pure and linear-time (rules and regexes, no model; the
only dependency is `core.facts`). It owns deciding what a claim is and how it is worded; it does
not store, match or judge claims. For each sentence from `core.sentences.split_sentences` it:

1. drops what is not check-worthy: questions, headings, datelines and other verbless units,
   first-person and meta sentences ("I think", "keep in mind", "based on my knowledge"),
   evaluation without a number or date ("remains uncertain", "underscore the growing support",
   "represents a stark change"), and claims whose subject is a bare "this move"/"these
   contributions" (not standalone);
2. keeps direct quotes whole, with their speaker (kind `quote`);
3. splits off the attribution, before ("X said that ...", "According to X, ...") or after the
   content ("..., officials said", "..., according to X", "..., adding that ...") and keeps it
   in every claim made from the reported content (kind `attribution`, `speaker` set to the
   person's canonical name when there is one, titles dropped);
4. cuts the content into atomic clauses: coordinated clauses (", and he ..."; ";"; ", so"),
   verb phrases sharing a subject ("was born in 1898 and served ..."), coordinated subjects
   ("Italy and the Netherlands have pledged ..." gives one claim each, verb agreement fixed),
   coordinated objects with determiners ("holds a degree ... and a doctorate ..."), lists of
   three or more ("starring A, B and C"), non-restrictive relative clauses (", which lifted
   ..."), appositives ("Maleficent, the main villain, ..." gives "Maleficent is the main
   villain"), participle and adjective phrases ("the city of Belgorod, located 32 kilometers
   from the border" gives "Belgorod is located 32 kilometers from the border"; ", capable of
   ..."; ", allowing ..." with the verb agreeing with its subject), absolute "with X doing Y"
   phrases, and "because/although" clauses (also when they open the sentence); illustrative
   ", such as ..." phrases are left out;
5. resolves pronoun subjects (he, she, it, they, his, its), also after a fronted phrase ("At
   Microsoft, he ..."), from the sentence or the ones before, and keeps hedges and modality as
   written ("could be considered" stays in the claim and in `facts.modality`).

Each claim keeps the span of the sentence or clause it came from (`body[start:end]`, the
clause's closing punctuation included when it ends the sentence), its `kind` (quote >
attribution > comparison > quantity > date > event > other) and its `facts`: `extract_facts`
runs once per sentence and `project_facts` moves the results onto each claim's text (same
values as running it on the claim, several times faster).

The rules are tuned on general English syntax and measured by `benchmarks/extract_quality.py`;
they misread some sentences (unknown present-tense verbs, adjective lists, nested clauses),
and a misread sentence still yields its words, never an exception.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from datetime import date

from claimcheck.core.facts import extract_facts, find_entities, project_facts
from claimcheck.core.models import Entity, ExtractedClaim, Facts, Kind
from claimcheck.core.sentences import split_sentences

MIN_WORDS = 3
"""A claim shorter than this many words is not standalone enough to check."""
MAX_SENTENCE = 1000
"""Sentences longer than this are kept whole (one claim) rather than parsed."""

# ---------------------------------------------------------------------------------------------
# Small lexicons for a rough part-of-speech guess

_DET = frozenset(
    "the a an this that these those his her its their our my your some any each every no "
    "both either neither all several many much few".split()
)
_PREP = frozenset(
    "of in on at to for from by with without within into onto over under about against "
    "between among through during before after since until upon across along around behind "
    "beyond near off per via amid amidst despite toward towards than like as".split()
)
_PRONOUN_SUBJ = frozenset("he she it they we i you".split())
_AUX = frozenset(
    "is are was were be been being am has have had will would could can may might should "
    "must shall does did do 's 're".split()
)
_MODAL = frozenset("will would could can may might should must shall".split())
_COMMON_VERBS = frozenset(
    """said says told became becomes began begins built builds made makes took takes gave
    gives won wins led leads held holds met meets saw sees went goes came comes left leaves
    found finds produced produces served serves marks tells uses allows makes represents
    follows seeks continues remains provides includes contains shows states claims owns
    runs ran wrote writes grew grows rose rises fell falls struck strikes hit hits sent sends
    lost loses kept keeps brought brings bought buys sold sells paid pays spent spends got
    gets stood stands lay lies lies knew knows thought thinks flew flies drove drives fought
    fights shot shoots killed kills lived lives died dies moved moves published publishes
    announced announces created creates released releases reached reaches hosted hosts
    consists lasted lasts means meant needs needed requires required helps helped allows
    offers offered plays played works worked occurs occurred happened happens appears
    appeared has had does did sank sunk swam drew drank ate rode rang sang spoke stole swore
    tore wore woke froze chose bore beat bit blew broke bred caught clung dealt dug dove fed
    felt fled flung forbade forgot forgave hung heard hid knelt laid lent let lit meant paid
    proved quit read rid sought sewed shook shone shrank slid slung spun spat split spread
    sprang stuck stung strove swept swung taught threw thrust trod understood upheld wept
    wound wrung withdrew became overcame overtook undertook""".split()
)
_SPEECH_VERBS = (
    r"said|says|say|told|tells|stated|states|announced|announces|indicated|indicates|claimed|"
    r"claims|confirmed|confirms|reported|reports|added|adds|noted|notes|warned|warns|hinted|"
    r"hints|suggested|suggests|argued|argues|wrote|writes|insisted|insists|maintained|"
    r"acknowledged|admitted|admits|denied|denies|revealed|reveals|estimated|estimates|"
    r"explained|explains|declared|declares|asserted|asserts|alleged|alleges|predicted|"
    r"predicts|stressed|emphasized|emphasised|tweeted"
)
_OPENING_VERB = re.compile(
    r"^(?P<speaker>[^,;:“\"]{2,90}?(?:,[^,;“\"]{2,60},)?)\s+"
    r"(?:has |have |had |also |previously |recently |publicly |later )*"
    r"(?P<verb>" + _SPEECH_VERBS + r")\b(?: (?:on|in|at|last) [A-Z]?\w+)?[,:]? (?:that )?"
    r"(?P<content>.{12,})$",
    re.DOTALL,
)
_SPEECH_WORDS = frozenset(_SPEECH_VERBS.split("|"))
_CLOSING_WORDS = frozenset(
    "said says told added wrote noted warned reported claimed confirmed announced stated".split()
)
_ACCORDING = re.compile(
    r"^(?:According to|As reported by|Citing)\s+(?P<speaker>[^,]{2,80}),\s+"
    r"(?P<content>.{12,})$",
    re.DOTALL | re.IGNORECASE,
)
_ANY_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’")
_QUOTED = re.compile(r"[“\"]([^“”\"]{3,})[”\"]")
_SPEECH_NEAR = re.compile(r"\b(?:" + _SPEECH_VERBS + r"|asked|according to)\b", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# Check-worthiness

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
    r"open|unresolved|murky)|underscores?|"
    r"underlines?|highlights?|represents? an? (?:\w+ )?(?:change|shift|turn|step|milestone|"
    r"escalation|moment)|marks? an? (?:\w+ )?(?:change|shift|turn|escalation|moment)|"
    r"signals?|is a testament|testament to|reflects?|demonstrates?|illustrates?|"
    r"is balanced by|(?:is|are) (?:crucial|essential|vital|important|significant|"
    r"remarkable|impressive|concerning|troubling|worrying|encouraging|promising|"
    r"unprecedented|a (?:major|significant|key|crucial) (?:step|factor))|"
    r"it is (?:difficult|hard|impossible) to (?:say|determine|know|predict)|"
    r"declined to comment|did not (?:immediately )?respond|could not be reached|"
    r"not immediately available for comment|"
    r"depends on (?:many|several|various|a number of) factors|"
    r"(?:in|on) the face of|growing (?:support|concern|pressure)|"
    r"is (?:generally )?(?:considered|regarded|seen) as (?:one of )?the (?:best|greatest|most))",
    re.IGNORECASE,
)
_EVALUATIVE_HINTS = (
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
_LEADING_DISCOURSE = re.compile(
    r"^(?:Additionally|In addition|Furthermore|Moreover|Also|However|Meanwhile|Therefore|"
    r"Thus|Hence|Consequently|Notably|Importantly|Interestingly|Similarly|Likewise|"
    r"Nevertheless|Nonetheless|Still|Indeed|In fact|Specifically|For example|For instance|"
    r"As a result|In turn|Finally|First|Second|Third|Lastly|Besides|Instead|Then|Now|"
    r"Today|Generally|Typically|In general|Currently|Recently|Historically|Ultimately|"
    r"In a (?:\w+ ){0,3}(?:turn|move|development|twist|step) of events|"
    r"In a (?:\w+ ){0,3}(?:move|development|twist|step)|"
    r"Amid(?:st)? (?:the )?(?:\w+ ){0,6}?(?:developments|tensions|backdrop|turmoil)(?: \w+){0,4}|"
    r"Against (?:this|that|the) backdrop(?: \w+){0,4}|In (?:this|that) context|"
    r"As such|That said|With this|To this end|Yes|No|Well|Sure|Of course|Despite this|"
    r"Despite that|In spite of this|Even so|By contrast|In contrast|On the other hand|"
    r"At the same time|In other words|As a result of this|"
    r"Based on (?:my|our|the|available|current) [^,]{1,60}|To my knowledge|As far as I know|"
    r"As of my (?:knowledge|last|training)[^,]{0,60})\s*,\s*"
    r"|^(?:This|That|It) is (?:because|why|since) (?:of )?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(
    r"(?=[JFMASOND])(?:January|February|March|April|June|July|August|"
    r"September|October|November|December)\b"
)

# ---------------------------------------------------------------------------------------------
# Kinds

_QUANTITY_ONLY_THAN = re.compile(r"\b(?:more|less|fewer) than\s+(?:\$|€|£)?\d", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# Clause splitting

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\$?\d[\d,.]*\d%?|[\w][\w'’\-/]*|[^\w\s]")
_BASE_VERBS = frozenset(
    """expect believe say think show suggest include remain continue provide make take give
    have need want use help allow offer require support oppose claim argue estimate predict
    plan agree hold face fear warn see know consider contain cover reach pay cost produce
    create cause lead follow win lose call run live work play grow fall rise keep lie stand
    depend vary differ exist occur happen mean describe represent refer consist involve seem
    appear become belong carry receive send spend own operate serve form build sell buy
    begin start end open close rise drop increase decrease join leave meet visit attack hit
    strike launch kill destroy fire shoot deliver arrive return stay move""".split()
)
"""Base forms: enough to tell a clause from a heading (never used to find the main verb)."""
_ADVERB_OPENERS = frozenset(
    "also later then previously subsequently eventually still now currently therefore however "
    "thus meanwhile additionally furthermore moreover instead often once first initially "
    "finally ultimately".split()
)
_STATIVE = frozenset(
    "located situated based headquartered known capable home part responsible famous "
    "designed named called near close equipped able due worth".split()
)
_PARTICIPLE_ED = re.compile(
    r"^(?:(?:also|now|often|once|later|recently|widely|first|still|originally|previously|"
    r"formerly|currently|officially|best|mostly|primarily) )?"
    r"(?:\w+ed|known|born|built|made|written|given|taken|held|led|seen|run|shown|found|"
    r"located|situated|based|capable|home|able|equipped|responsible|famous|situated|worth)\b"
)
_PARTICIPLE_ING = re.compile(r"^(?:(?:thus|thereby|also|further|effectively) )?(\w{3,}ing)\b")
_EXAMPLES = re.compile(r"(?:such as|including|like|e\.g\.|for example|for instance)\s")
_REL = re.compile(r"^(?:which|who|whose|where)\b")
_SUBORD_OPENER = re.compile(
    r"(?:Although|Though|Because|Since|While|Whereas)\s+(?=[a-z])", re.IGNORECASE
)
_PRONOUN_PREFIX = re.compile(r"(?:He|She|They)\b")
_TRAILING_CONJUNCTION = re.compile(r"(?:,?\s+(?:and|or|but))+$")
_SUBORD = re.compile(r"\b(because|although|though|whereas)\s+(?=\w)", re.IGNORECASE)
_WITH_ABS = re.compile(
    r",\s+with\s+(?P<subj>(?:the\s+)?[A-Z][\w’'\-/]*(?:\s+[A-Z][\w’'\-/]*){0,3})\s+"
    r"(?P<verb>\w+ing)\b(?P<rest>[^,;]*)"
)
_ING_TO_BASE_E = frozenset(
    "mak tak giv us provid becom serv receiv involv hav com liv mov produc reduc increas "
    "decreas declar releas pursu continu argu leav achiev believ approv purchas replac "
    "requir secur shar stor writ rid hid driv strik fac plac announc chang charg engag "
    "manag promot operat locat creat celebrat indicat generat estimat negotiat translat "
    "compet complet delet updat stat rat dat promot hous caus excus clos los".split()
)


_NEEDS_E = re.compile(
    r"(?:[^aeiou](?:at|ut)|iz|[^aeiou]v|[^aeiouk]c|(?:an|ar|er|ag)g|dg|[bptdgkf]l|ys|ur[sv])$"
)


_IRREGULAR_PAST = {
    "make": "made", "take": "took", "give": "gave", "send": "sent", "leave": "left",
    "hold": "held", "bring": "brought", "build": "built", "lead": "led", "keep": "kept",
    "hit": "hit", "put": "put", "set": "set", "say": "said", "tell": "told", "pay": "paid",
    "win": "won", "lose": "lost", "run": "ran", "come": "came", "become": "became",
    "go": "went", "get": "got", "see": "saw", "strike": "struck", "fight": "fought",
    "shoot": "shot", "meet": "met", "buy": "bought", "sell": "sold", "spend": "spent",
    "begin": "began", "rise": "rose", "fall": "fell", "draw": "drew", "grow": "grew",
    "throw": "threw", "fly": "flew", "write": "wrote", "drive": "drove", "speak": "spoke",
    "break": "broke", "choose": "chose", "feed": "fed", "feel": "felt", "find": "found",
    "stand": "stood", "sit": "sat", "think": "thought", "teach": "taught", "catch": "caught",
    "seek": "sought", "cut": "cut", "cost": "cost", "let": "let", "spread": "spread",
    "have": "had", "do": "did", "be": "was", "mean": "meant", "show": "showed",
}  # fmt: skip
_PAST_MARK = re.compile(r"(?:has|have|had|was|were|did)\b|\w+ed\b")


def _is_past(clause: str, verb_at: int) -> bool:
    """Whether the clause's main verb is past or present perfect ("has conducted", "lifted")."""
    if verb_at < 0:
        return False
    word = clause[verb_at:].split(None, 1)[0].lower() if clause[verb_at:].strip() else ""
    return bool(_PAST_MARK.match(word)) or word in _IRREGULAR_PAST.values()


def _past_tense(ing: str) -> str:
    """The past form of a present participle: "targeting" -> "targeted", "making" -> "made"."""
    base = _base_form(ing)
    if base in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    stem = ing.lower()[:-3]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem + "ed"  # stopping -> stopped
    return base + "ed"


def _base_form(ing: str) -> str:
    """The base form of a present participle: "making" -> "make", "running" -> "run"."""
    third = _third_person(ing)
    if third == ing:
        return ing.lower()
    if third.endswith("ies"):
        return third[:-3] + "y"
    if third.endswith(("sses", "shes", "ches", "xes", "zes", "oes")) and third != "does":
        return third[:-2]
    if third == "has":
        return "have"
    return third[:-1]


def _agree(ing: str, subject: str, past: bool = False) -> str:
    """The finite form of a participle for this subject: "making" -> "makes", "make" or
    "made" (`past`, when the clause it hangs on is past or present perfect)."""
    if past and ing.lower().endswith("ing"):
        return _past_tense(ing)
    third = _third_person(ing)
    last = subject.split()[-1] if subject.split() else ""
    plural = (
        last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    ) or last.lower() in ("they", "we", "both")
    if not plural or third == ing:
        return third
    if third.endswith("ies"):
        return third[:-3] + "y"
    if third.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return third[:-2]
    return third[:-1]


def _third_person(ing: str) -> str:
    """Turn a present participle into a third-person present verb: making -> makes."""
    word = ing.lower()
    if not word.endswith("ing") or len(word) < 5:
        return ing
    stem = word[:-3]
    if stem in _ING_TO_BASE_E or _NEEDS_E.search(stem):
        stem += "e"
    elif len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        stem = stem[:-1]  # running -> run, but adding -> add
    elif stem.endswith("y") or stem.endswith("ly"):
        pass
    if stem.endswith(("s", "sh", "ch", "x", "z", "o")):
        return stem + "es"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
        return stem[:-1] + "ies"
    if stem == "hav":
        return "has"
    return stem + "s"


@dataclass
class _Context:
    """What the sentences before tell us about who "he", "she", "it" and "they" are."""

    subject: str | None = None
    person: str | None = None
    entities: tuple[Entity, ...] = ()
    """Entities of `person` and `subject`, projected onto claims that name them."""


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%’”)])")
_SPACE_POSSESSIVE = re.compile(r"(\w[’'])\s+(?=s\b)")
_SPACE_AFTER = re.compile(r"([(“])\s+")


_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,200}>|\*\*|__|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)")
_MD_LINK = re.compile(r"\[([^\[\]]{1,200})\]\([^()\s]{1,500}\)")
_CONTROL = re.compile(r"\x1b\[[0-9;]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def _pad_entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group(0))
    if len(char) != 1:
        return m.group(0)
    return (char if char != "\xa0" else " ") + " " * (len(m.group(0)) - 1)


def _blank_markup(text: str) -> str:
    """Tags, control characters and HTML entities replaced by text of the same length (spaces,
    or the entity's character padded with spaces), so that the rules see words while every
    offset still points into the body."""
    if "&" in text:
        text = _ENTITY.sub(_pad_entity, text)
    if "<" in text or "*" in text or "_" in text:
        text = _MARKUP.sub(lambda m: " " * len(m.group(0)), text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


def _clean(text: str) -> str:
    """Tidy a claim's wording: spacing, markup and control characters, capital, final stop."""
    if "<" in text or "*" in text or "_" in text:
        text = _MARKUP.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        text = _SPACES.sub(" ", text)
    text = text.strip(" ,;:-–—")
    if _SPACE_BEFORE.search(text):
        text = _SPACE_BEFORE.sub(_first_group, text)
    if "’ s" in text or "' s" in text:
        text = _SPACE_POSSESSIVE.sub(r"\1", text)
    if text.startswith('" '):
        text = '"' + text[2:]
    if "( " in text or "“ " in text:
        text = _SPACE_AFTER.sub(r"\1", text)
    text = text.rstrip(" ,;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?”\"’'":
        text += "."
    return text


def _words(text: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(text)]


def _is_verb(word: str, prev: str | None) -> bool:
    low = word.lower()
    if low in _AUX or low in _COMMON_VERBS:
        return not (prev and prev.lower() in _DET)
    if "-" in word or not word.isalpha() or word[0].isupper():
        return False
    if low.endswith("ed") and len(low) > 4:
        return not (prev and (prev.lower() in _DET or prev.lower() in _PREP))
    return False


_PRONOUN_START = re.compile(
    r"(?:He|She|It|They|We|I|he|she|it|they|we)\s+(?:also\s+|still\s+|"
    r"later\s+|then\s+|now\s+|often\s+)?(?=[a-z])"
)
_COPULA = re.compile(r"(is|are|was|were|has been|have been|had been)\b")
_PLACE_OF = re.compile(r"^(?:the )?(?:city|town|village|region) of ", re.IGNORECASE)
_PRONOUN_OPEN = re.compile(
    r"(?:[A-Z][^,]{0,60},\s+)?(He|She|It|They|His|Her|Its|Their|he|she|they)"
    r"\b(?![’'])\s*"
)
_BETWEEN_END = re.compile(r"\bbetween\s+$|\bboth\s+$")
_DET_OPEN = re.compile(r"(?:a|an|the|his|her|its|their)\s")
_ING_OPEN = re.compile(r"\w+ing\b")
_ARTICLE_OPEN = re.compile(r"(?:an?|the)\s")
_DIGIT_OR_CAP = re.compile(r"\d|[A-Z]")
_LOWER_TOKEN = re.compile(r"(?<![\w'’\-/])[a-z]+(?![\w'’\-/])")
_VERBS = _AUX | _COMMON_VERBS


def _prev_word(text: str, at: int) -> str:
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    k = j
    while k >= 0 and not text[k].isspace():
        k -= 1
    return text[k + 1 : j + 1].lower()


_PLURAL_THEN_WORD = re.compile(r"\b[A-Za-z]{3,}s\s+([a-z]+)\b")
_NOT_VERB_AFTER_NOUN = frozenset(
    "and or but that which who whom whose than also not only both either such as so very more "
    "most less least".split()
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_AUX_AHEAD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b")


def _adjectival(text: str, end: int) -> bool:
    """An -ed word before a noun, with the clause's real verb still to come ("bottled water
    brand ... is")."""
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    if (
        word in _PREP
        or word in _DET
        or word in _AUX
        or word in ("by", "that", "to", "and", "or")
        or word.endswith("ly")
    ):
        return False
    stop = len(text)
    for sep in (",", " and ", ";"):
        at = text.find(sep, nxt.end())
        if 0 <= at < stop:
            stop = at
    return _AUX_AHEAD.search(text, nxt.end(), stop) is not None


@functools.lru_cache(maxsize=4096)
def _main_verb(text: str) -> int:
    """Character offset of the first finite verb in `text` (not at offset 0), or -1."""
    brackets = "(" in text or "[" in text
    pronoun = _PRONOUN_START.match(text)
    if pronoun:
        return pronoun.end()  # "They focus on ...": the word after a subject pronoun
    for m in _LOWER_TOKEN.finditer(text, 1):
        low = m.group(0)
        known = low in _VERBS
        if not known and not (len(low) > 4 and low.endswith("ed")):
            continue
        at = m.start()
        prev = _prev_word(text, at)
        if prev in _DET or (not known and (prev in _PREP or prev.endswith("ing"))):
            continue
        if not known and _adjectival(text, m.end()):
            continue
        if prev in ("and", "or"):
            # "Relationships provide intimacy and are practiced ...": the first verb was a
            # plural present form the lexicon does not know.
            plural = _PLURAL_THEN_WORD.search(text, 0, at)
            while plural is not None:
                word = plural.group(1)
                if (
                    word not in _PREP
                    and word not in _DET
                    and word not in _NOT_VERB_AFTER_NOUN
                    and not word.endswith(("ly", "ing", "ed"))
                ):
                    return plural.start(1)
                plural = _PLURAL_THEN_WORD.search(text, plural.end(1), at)
        if brackets and text.count("(", 0, at) + text.count("[", 0, at) > text.count(
            ")", 0, at
        ) + text.count("]", 0, at):
            continue
        return at
    return -1


def _np_before(text: str, end: int) -> str:
    """The noun phrase ending at `end`: back to a determiner, preposition, verb or comma."""
    words = list(_WORD.finditer(text[:end]))
    start_index = len(words)
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group(0)
        low = w.lower()
        if (
            w in (",", ";", ":", "(", ")", "—", "–")
            or low in _PREP
            or low in _AUX
            or low in ("and", "or", "but", "that", "which", "who")
        ):
            break
        if low in _COMMON_VERBS or (low.endswith("ing") and w.islower() and len(low) > 5):
            break
        start_index = i
        if low in _DET:
            break
    if start_index >= len(words):
        return ""
    phrase = text[words[start_index].start() : end].strip()
    phrase = re.sub(
        r"^(?:the )?(?:city|town|village|region|province|country) of ",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    return phrase


@functools.lru_cache(maxsize=4096)
def _subject_of(text: str) -> tuple[str, int]:
    """The subject of a clause and the offset where its predicate starts (-1 if none)."""
    verb = _main_verb(text)
    if verb <= 0:
        return "", -1
    subject = text[:verb].strip().rstrip(",")
    # "The US National Security Council, through spokesperson John Kirby," -> the head NP;
    # "In 1980, Justice Douglas" -> "Justice Douglas" (a fronted phrase is not the subject).
    parts = [p.strip() for p in subject.split(",") if p.strip()]
    head = ""
    for part in parts:
        first = part.split()[0].lower()
        if (
            first in _PREP
            or first in _ADVERB_OPENERS
            or first.endswith(("ly", "ed", "ing"))
            or _LEADING_DISCOURSE.match(part + ", ")
        ):
            continue
        head = part
        break
    if head and all(w.lower() in _ADVERB_OPENERS or w.lower().endswith("ly") for w in head.split()):
        head = ""  # "previously served": no subject of its own
    return head, verb


def _passive_aux(clause: str, verb_at: int) -> str:
    """The copula opening the predicate ("is", "was", "were", "has been"), else ""."""
    if verb_at < 0:
        return ""
    m = _COPULA.match(clause, verb_at)
    return m.group(1) if m else ""


def _plain_subject(subject: str) -> str:
    return _PLACE_OF.sub("", subject)


def _resolve(subject: str, ctx: _Context) -> str:
    low = subject.lower()
    if low in ("he", "she") and ctx.person:
        return ctx.person
    if low in ("it", "they") and ctx.subject:
        return ctx.subject
    return subject


def _resolve_start(clause: str, ctx: _Context) -> str:
    """Replace a pronoun or possessive that opens a clause by its antecedent."""
    m = _PRONOUN_OPEN.match(clause)
    if not m:
        return clause
    word = m.group(1).lower()
    if m.start(1) > 0 and word not in ("he", "she", "they"):
        return clause  # "In May, it ..." is too risky: "it" may be dummy
    if m.start(1) > 0:
        # "At Microsoft, he leads a team" -> "At Microsoft, Ming Zhou leads a team"
        name = ctx.person if word in ("he", "she") else ctx.subject
        if not name:
            return clause
        return f"{clause[: m.start(1)]}{name} {clause[m.end() :]}"
    rest = clause[m.end() :]
    if word in ("he", "she") and ctx.person:
        return f"{ctx.person} {rest}"
    if word in ("his", "her") and ctx.person:
        return f"{ctx.person}’s {rest}"
    if word in ("it", "they") and ctx.subject:
        if word == "they":
            rest = re.sub(
                r"^(are|were|have)\b",
                lambda v: {"are": "are", "were": "were", "have": "have"}[v.group(1)],
                rest,
            )
        return f"{ctx.subject} {rest}"
    if word in ("its", "their") and ctx.subject:
        return f"{ctx.subject}’s {rest}"
    return clause


def _agree_singular(predicate: str) -> str:
    return re.sub(
        r"^(\s*(?:\w+ly\s+)?)(have|are|were)\b",
        lambda m: m.group(1) + {"have": "has", "are": "is", "were": "was"}[m.group(2)],
        predicate,
    )


_LIST_SPLIT = re.compile(r",\s+(?:and|or)\s+|,\s+|\s+(?:and|or)\s+")
_COORD_SUBJECT = re.compile(
    r"^(?P<a>(?:the\s+)?[A-Z][\w’'\-/.]*(?:\s+[A-Z][\w’'\-/.]*){0,3})\s+and\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w’'\-/.]*(?:\s+[A-Z][\w’'\-/.]*){0,3})\s+(?P<pred>.+)$",
    re.DOTALL,
)
_LIST = re.compile(
    r"(?P<head>\b[\w’']+\s+)"
    r"(?P<items>(?:(?:(?!\band\b|\bor\b)[^,;]){1,40},\s+){1,8}"
    r"(?:(?!\band\b|\bor\b)[^,;]){1,40}?,?\s+(?:and|or)\s+[^,;.]{1,60})"
    r"(?P<tail>[,;.]|$)"
)
_BARE_NUMBER_ITEM = re.compile(r"(?:^|,|\band|\bor)\s*[\d.,%$€£-]+\s*(?:,|$|\band\b|\bor\b)")
_LIST_HEAD = re.compile(
    r"\b(?:starring|including|such as|like|featuring|in|by|from|with|of|as|"
    r"include|includes|included)\s+"
)
_BINARY_NAMES = re.compile(
    r"(?P<head>\b(?:starring|including|by|from|with|and|as|of|to|in|visited|hosted)\s+)"
    r"(?P<a>(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})\s+and\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})(?P<tail>\s*[,;.]|\s*$)"
)
_BINARY_NP = re.compile(
    r"(?P<head>\b(?:as|in|to|for|with|from|by)\s+)"
    r"(?P<a>(?:an?|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s+and\s+"
    r"(?P<b>(?:an?|the)?\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})(?P<tail>\s*[.;]|\s*$)"
)


def _split_list(clause: str) -> list[str]:
    """Distribute a list of three or more items (or two names) over copies of the clause."""
    if " and " not in clause and " or " not in clause:
        return [clause]
    last_conj = max(clause.rfind(" and "), clause.rfind(" or "))
    # A list needs a comma before its last "and"/"or"; only then is the costly search run.
    m = _LIST.search(clause) if clause.find(",", 0, last_conj) >= 0 else None
    if m and not _BARE_NUMBER_ITEM.search(m.group("items")):
        items_text = m.group("items")
        items_at = m.start("items")
        # The list hangs on the nearest head word: "created by combining elements of A, B and
        # C" lists A, B and C.
        first_end = items_text.find(",")
        first = items_text[:first_end] if first_end > 0 else ""
        cut = 0
        inner = None
        for found in _LIST_HEAD.finditer(first):
            inner = found
        names = re.search(r"(?:[A-Z][\w’'.\-]*\s*)+$", first)
        if inner is not None:
            cut = inner.end()
        elif names and names.start() > 0:
            cut = names.start()  # "stars Angelina Jolie, Elle Fanning and Sharlto Copley"
        elif _main_verb(first) > 0:
            verb = _main_verb(first)
            cut = first.find(" ", verb) + 1 if first.find(" ", verb) > 0 else 0
        items_at += cut
        items_text = items_text[cut:]
        items = [i.strip() for i in _LIST_SPLIT.split(items_text) if i.strip()]
        if len(items) >= 3 and all(
            len(i.split()) <= 6
            and i.split()[0].lower() not in _PREP
            and i.split()[0].lower() not in _PRONOUN_SUBJ
            and _main_verb(" " + i) < 0
            for i in items[:-1]
        ):
            before, after = clause[:items_at], clause[m.end("items") :]
            if before.strip():  # a list that is the subject ("Donating, volunteering, ...")
                return [f"{before}{item}{after}" for item in items]
    for pattern in (_BINARY_NAMES, _BINARY_NP):
        m = pattern.search(clause)
        if m and not _BETWEEN_END.search(clause, 0, m.start("a")):
            before, after = clause[: m.start("a")], clause[m.end("b") :]
            return [f"{before}{m.group('a')}{after}", f"{before}{m.group('b')}{after}"]
    return [clause]


_OBJECT_AND = re.compile(r"\s+and\s+(?=(?:a|an|the|his|her|its|their)\s)")
_VERB_CHAIN = re.compile(
    r"(?:\s*(?:has|have|had|is|are|was|were|been|be|being|also|not|"
    r"already|\w+ly))*\s*[\w’'-]+\s+"
)


def _split_objects(clause: str) -> list[str]:
    """ "He holds a degree from X and a doctorate from Y" -> one claim per object."""
    if " and " not in clause:
        return [clause]
    verb_at = _main_verb(clause)
    if verb_at <= 0:
        return [clause]
    chain = _VERB_CHAIN.match(clause, verb_at)
    if not chain:
        return [clause]
    head, objects = clause[: chain.end()], clause[chain.end() :]
    if not _DET_OPEN.match(objects) or "," in objects:
        return [clause]
    parts = _OBJECT_AND.split(objects)
    if len(parts) != 2 or any(len(p.split()) < 2 for p in parts):
        return [clause]
    return [f"{head}{part}" for part in parts]


def _split_coordinated_subject(clause: str) -> list[str]:
    m = _COORD_SUBJECT.match(clause)
    if not m:
        return [clause]
    pred = m.group("pred")
    first = pred.split()[0].lower() if pred.split() else ""
    if not (first in _AUX or first in _COMMON_VERBS or first.endswith("ed")):
        return [clause]
    if re.match(
        r"(?:are|were|have)\s+(?:both\s+)?(?:\w+\s+)?(?:at war|allies|neighbou?rs|"
        r"partners|rivals|enemies|married|related|similar|different)",
        pred,
    ):
        return [clause]
    pred = _agree_singular(pred)
    return [f"{m.group('a')} {pred}", f"{m.group('b')} {pred}"]


_CONJUNCTION = re.compile(
    r"(?=[;,\s])\s*(?:;|,\s*(?:and|but|while|whereas|yet|so)\b|and\b|but\b)"
    r"(?:\s+that\b)?\s*"
)


def _conjuncts(text: str) -> list[tuple[int, int]]:
    """Cut a clause at ", and"/", but"/";"/" and <verb>" where a new clause or verb phrase starts.

    Returns spans into `text`.
    """
    cuts: list[tuple[int, int]] = []  # (cut start, next clause start)
    for m in _CONJUNCTION.finditer(text):
        after = text[m.end() :]
        words = _words(after[:60])
        if not words:
            continue
        first = words[0]
        low = first.lower()
        new_clause = False
        if ";" in m.group(0) or m.group(0).rstrip().endswith("that"):
            new_clause = True
        elif low in _PRONOUN_SUBJ:
            new_clause = True
        elif low in _AUX and low not in ("be", "being", "been") or low in _MODAL:
            new_clause = "and" in m.group(0) or "but" in m.group(0)
        elif low in (
            "also",
            "later",
            "then",
            "previously",
            "subsequently",
            "eventually",
            "now",
            "still",
            "currently",
            "has",
            "was",
        ):
            new_clause = len(words) > 1 and _is_verb(words[1], None)
        elif low in _COMMON_VERBS or _is_verb(first, None):
            new_clause = True
        elif "," in m.group(0):
            verb = _main_verb(after[:80])
            new_clause = 0 < verb < 50 and not _ING_OPEN.match(after)
        if new_clause and "," in m.group(0) and ";" not in m.group(0):
            # "temperature, size, and luminosity are ...": the end of a list, not a clause
            before = text[cuts[-1][1] if cuts else 0 : m.start()]
            parts = before.split(",")
            if (
                len(parts) >= 2
                and all(
                    0 < len(p.split()) <= 4
                    and _main_verb(" " + p) < 0
                    and not any(ch.isdigit() for ch in p)
                    for p in parts
                )
                and len(words) > 1
                and _main_verb(" " + " ".join(words[:4])) > 0
                and words[0].lower() not in _PRONOUN_SUBJ
                and words[0].lower() not in _DET
            ):
                new_clause = False
        if new_clause:
            cuts.append((m.start(), m.end()))
    spans = []
    pos = 0
    for cut_start, next_start in cuts:
        if cut_start > pos:
            spans.append((pos, cut_start))
        pos = next_start
    spans.append((pos, len(text)))
    return [s for s in spans if s[1] > s[0]]


_LABEL = re.compile(r"[A-Z][\w’'-]{1,30}(?: [A-Za-z][\w’'-]{1,20}){0,2}:\s+(?=[A-Z])")
_FIRST_PERSON = re.compile(
    r"\b(?:I|we) (?:recommend|suggest|think|believe|hope|feel|would|will|can|cannot|can't|"
    r"don't|do not|am|was|have)\b|\bmy (?:knowledge|training|opinion|view)\b"
)
_IMPERATIVE_VERBS = frozenset(
    "look determine compare select choose evaluate research shortlist consider make take use "
    "check ensure avoid try remember note keep find ask contact visit read follow start add "
    "remove click go get let put open close install run create write call be do don't never "
    "always discuss plan review search enter type press save download upload book hire "
    "measure mix stir cook bake prepare apply wait see learn explore test adjust".split()
)
_DECLARATIVE_NEXT = frozenset(
    "is are was were has have had shows showed show suggests suggested found finds says said "
    "of on in by that which".split()
)


def _imperative(text: str) -> bool:
    """An instruction ("Compare the quotes ...", "Look for reviews"): not a claim."""
    parts = text.split(None, 2)
    if len(parts) < 2 or not parts[0][:1].isupper():
        return False
    first, second = parts[0].lower().strip(",:"), parts[1].lower().strip(",.:;")
    return (
        first in _IMPERATIVE_VERBS
        and second not in _DECLARATIVE_NEXT
        and not (second.endswith("s") and second not in _DET and second not in ("this", "its"))
    )


def _strip_leading(sentence: str) -> int:
    m = _LEADING_DISCOURSE.match(sentence)
    return m.end() if m else 0


def _adjuncts(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Take relative clauses, appositives and participle phrases out of a clause.

    Returns:
        The clause without them, and side claims with their offset in `text`.
    """
    side: list[tuple[str, int]] = []
    main_parts: list[str] = []
    pos = 0
    subject, verb_at = _subject_of(text)
    n = len(text)
    i = 0
    last_antecedent = ""
    last_past = False
    while True:
        comma = text.find(",", i)
        if comma < 0:
            break
        after = text[comma + 1 :].lstrip()
        after_at = n - len(after)
        # The adjunct runs to the next comma (or the end).
        nxt = text.find(",", after_at)
        end = n if nxt < 0 else nxt
        segment = text[after_at:end].strip().rstrip(".")
        handled = False
        if _EXAMPLES.match(after):
            # ", such as Jupiter and Saturn," only illustrates: leave it out of the claim.
            handled = True
        elif _REL.match(after):
            antecedent = _np_before(text, comma)
            head_word = antecedent.split()[0] if antecedent.split() else ""
            last_word = antecedent.split()[-1].lower() if antecedent.split() else ""
            if (
                antecedent
                and not head_word[:1].isupper()
                and head_word.lower() not in _DET
                and len(antecedent.split()) == 1
                and (last_word.endswith(("er", "ly")) or last_word[:1].isdigit())
                and subject
                and subject.lower() not in ("there", "it", "this", "that")
                and verb_at >= 0
                and comma > verb_at
            ):
                antecedent = subject  # ", which" after an adjective or a number: the subject
            rel = re.sub(r"^(?:which|who|where)\s+", "", segment)
            # A relative clause inside the subject ends at the next comma; one after the main
            # verb runs to the end of the clause unless a participle phrase follows.
            if verb_at < 0 or comma > verb_at:
                tail_end = n
                ing = re.search(r",\s+(?:\w+ing|with)\b", text[after_at:])
                if ing:
                    tail_end = after_at + ing.start()
                end = tail_end
                segment = text[after_at:end].strip().rstrip(".")
                rel = re.sub(r"^(?:which|who|where)\s+", "", segment)
            if antecedent and after.startswith(("whose", "where")):
                rel = ""  # ", where its fate is uncertain": no standalone claim to make
            if antecedent and rel:
                side.append((f"{antecedent} {rel}", comma))
                last_antecedent = antecedent
                last_past = _is_past(rel, 0)
            handled = True
        elif _PARTICIPLE_ING.match(after) and comma > max(verb_at, 0) and verb_at > 0:
            verb = _PARTICIPLE_ING.match(after).group(1)  # type: ignore[union-attr]
            if verb.lower() not in (
                "including",
                "according",
                "during",
                "following",
                "regarding",
                "concerning",
                "notwithstanding",
                "nothing",
                "something",
                "anything",
                "everything",
                "morning",
                "evening",
                "building",
                "ceiling",
                "king",
                "spring",
                "thing",
                "wing",
                "string",
                "ring",
                "ping",
                "bring",
            ):
                end = n
                nxt_ing = re.search(r",\s+(?:\w+ing|with)\b", text[after_at + len(verb) :])
                if nxt_ing:
                    end = after_at + len(verb) + nxt_ing.start()
                segment = text[after_at:end].strip().rstrip(".")
                rest = segment[segment.lower().find(verb.lower()) + len(verb) :]
                # After a relative clause the participle goes on describing its antecedent:
                # "a policy shift, which lifted the ban, allowing Ukraine to ...".
                actor = last_antecedent or subject
                if actor:
                    past = last_past if last_antecedent else _is_past(text, verb_at)
                    side.append((f"{actor} {_agree(verb, actor, past)}{rest}", comma))
                handled = True
        elif _PARTICIPLE_ED.match(after) and comma > 0 and not _REL.match(after):
            antecedent = _np_before(text, comma)
            first = after.split()[0].lower() if after.split() else ""
            # "X, located 32 km ..." describes the noun before the comma.
            rest_words = segment.split(None, 1)
            if (
                antecedent
                and (verb_at < 0 or comma > verb_at or first in _STATIVE)
                and not (len(rest_words) > 1 and _main_verb(" " + rest_words[1]) > 0)
            ):
                copula = "is" if first in _STATIVE or first in ("also", "now") else "was"
                side.append((f"{antecedent} {copula} {segment}", comma))
                handled = True
        elif (
            _ARTICLE_OPEN.match(after)
            and comma > 0
            and (
                (nxt > 0 and (verb_at < 0 or comma < verb_at or nxt < n - 1))
                or (nxt < 0 and 0 <= verb_at < comma)
            )
        ):
            antecedent = _np_before(text, comma)
            if (
                antecedent
                and (antecedent.split()[-1][:1].isupper() or antecedent.split()[-1].isdigit())
                and _main_verb(" " + segment) < 0
                and len(segment.split()) <= 12
            ):
                side.append((f"{antecedent} is {segment}", comma))
                handled = True
        if not handled or not _REL.match(after):
            last_antecedent = ""
        if handled:
            main_parts.append(text[pos:comma])
            pos = end + 1 if text[end : end + 1] == "," and comma < verb_at else end
            i = end
            if end >= n:
                break
        else:
            i = comma + 1
    main_parts.append(text[pos:])
    main = "".join(main_parts)
    return main, side


@dataclass
class _Attribution:
    """Who a sentence reports, and how to say so in each claim made from its content."""

    speaker: str
    """The speaker phrase as written ("spokesperson John Kirby", "the Ukrainian air force")."""
    prefix: str = ""
    """Text put before each claim ("John Kirby said that")."""
    suffix: str = ""
    """Text put after each claim (", officials said", ", according to the governor")."""
    content_at: int = 0
    content_end: int = -1
    """The reported content is `text[content_at:content_end]` (-1: to the end)."""
    extra: tuple[str, str, int] | None = None
    """A second report by the same speaker (", adding that ..."): prefix, content, offset."""


_SPEECH_ING = {
    "adding": "added",
    "saying": "said",
    "noting": "noted",
    "warning": "warned",
    "stressing": "stressed",
    "claiming": "claimed",
    "insisting": "insisted",
}
_CLOSING_SPEAKER_FIRST = re.compile(
    r"^(?P<content>.{12,}?),\s+(?P<speaker>(?!(?:which|who|that|as|and|but|while)\b)"
    r"(?:[\w’'.\-]+ ){0,5}?[\w’'.\-]+)\s+(?P<verb>said|says|told(?: [a-z]+)?|added|wrote|"
    r"noted|warned|reported|claimed|confirmed|announced|stated)\b(?P<rest>[^“\"]{0,200})$",
    re.DOTALL,
)
_CLOSING_VERB_FIRST = re.compile(
    r"^(?P<content>.{12,}?),\s+(?P<verb>said|says|added|wrote|noted)\s+"
    r"(?P<speaker>[A-Z][^,]{2,60})(?P<rest>,[^“\"]{0,200})?$",
    re.DOTALL,
)
_CLOSING_ACCORDING = re.compile(
    r"^(?P<content>.{12,}?),\s+according to\s+(?P<speaker>[^,]{3,100})(?P<rest>,[^“\"]{0,200})?$",
    re.DOTALL,
)
_ADDING = re.compile(
    r"^[^,]{0,40},\s+(?P<ing>adding|saying|noting|warning|stressing|claiming|"
    r"insisting)\s+(?:that\s+)?(?P<content>.{12,})$",
    re.DOTALL,
)


def _attribution(text: str) -> _Attribution | None:
    m = _ACCORDING.match(text)
    if m:
        return _Attribution(
            m.group("speaker"),
            prefix=f"According to {m.group('speaker')},",
            content_at=m.start("content"),
        )
    if ", according to " in text:
        m = _CLOSING_ACCORDING.match(text)
        if m:
            return _closing(m, f", according to {m.group('speaker')}")
    words = frozenset(_LOWER_TOKEN.findall(text))
    if words.isdisjoint(_SPEECH_WORDS):
        return None
    m = _OPENING_VERB.match(text)
    if m and len(m.group("speaker").split()) <= 14:
        speaker_text = m.group("speaker")
        # The speaker phrase must not itself hold a verb ("Ukraine has used missiles that ...").
        if _main_verb(" " + speaker_text) < 0 and not re.search(
            r"\b(?:that|which|who)\b", speaker_text
        ):
            return _Attribution(
                speaker_text,
                prefix=text[: m.start("content")].rstrip(),
                content_at=m.start("content"),
            )
    if words.isdisjoint(_CLOSING_WORDS):
        return None
    m = _CLOSING_SPEAKER_FIRST.match(text)
    if m and _main_verb(" " + m.group("speaker")) < 0:
        return _closing(m, f", {m.group('speaker')} {m.group('verb')}")
    m = _CLOSING_VERB_FIRST.match(text)
    if m:
        return _closing(m, f", {m.group('verb')} {m.group('speaker')}")
    return None


def _closing(m: re.Match[str], suffix: str) -> _Attribution:
    """An attribution after its content: "X happened, officials said, adding that Y"."""
    speaker = m.group("speaker")
    attribution = _Attribution(speaker, suffix=suffix, content_at=0, content_end=m.end("content"))
    rest = m.group("rest") or ""
    added = _ADDING.match(rest)
    if added:
        name = re.sub(r"^(?:the)\s+", "the ", speaker)
        attribution.extra = (
            f"{name[:1].upper()}{name[1:]} {_SPEECH_ING[added.group('ing')]} that",
            added.group("content"),
            m.start("rest") + added.start("content"),
        )
    return attribution


def _speaker_name(phrase: str, ctx: _Context) -> str:
    low = phrase.strip().lower()
    if low in ("he", "she") and ctx.person:
        return ctx.person
    entities = find_entities(phrase)
    people = [e.name for e in entities if e.type == "person"]
    if people:
        return people[-1]
    stripped = phrase.strip()
    names = [e for e in entities if e.end >= len(stripped.rstrip(".,"))]
    if names:
        return names[-1].name  # the phrase ends with a name: "the US National Security Council"
    return re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE)


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
_AS_AS = re.compile(r"\bas \w+ as\b", re.IGNORECASE)
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
    if _NOT_CHECKWORTHY.match(text):
        return False
    has_hard_fact = _DIGIT.search(text) is not None or _MONTH_NAME.search(text) is not None
    if evaluative and not has_hard_fact:
        low = text.lower()
        if any(h in low for h in _EVALUATIVE_HINTS) and _EVALUATIVE.search(text):
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


def _update_context(
    sentence: str,
    ctx: _Context,
    entities: list[Entity] | None = None,
    subject_text: str | None = None,
) -> None:
    """Remember who the sentence was about, for pronouns in the next ones.

    `subject_text` is the sentence without its opening discourse phrase, when the caller has
    it (its subject is already cached).
    """
    if entities is None:
        entities = find_entities(sentence)
    people = [e for e in entities if e.type == "person"]
    person_entity = people[-1] if people else None
    if person_entity is not None:
        ctx.person = person_entity.name
    subject, verb_at = _subject_of(subject_text if subject_text is not None else sentence)
    if (
        subject
        and verb_at > 0
        and subject.lower() not in _PRONOUN_SUBJ
        and len(subject.split()) <= 8
        and not subject.lower().startswith(("this", "these", "that", "there", "it "))
    ):
        ctx.subject = _plain_subject(subject)
        subject_entities = tuple(e for e in entities if e.text in ctx.subject)
    else:
        subject_entities = tuple(e for e in ctx.entities if e.text in (ctx.subject or ""))
    if person_entity is not None:
        # The claim says the canonical name ("Barack Obama" for "Obama").
        named = Entity(person_entity.name, person_entity.name, "person")
        ctx.entities = (named, *subject_entities)
    else:
        ctx.entities = (*(e for e in ctx.entities if e.type == "person"), *subject_entities)


def _claims_from_sentence(
    body: str, start: int, end: int, published: date | None, ctx: _Context
) -> list[ExtractedClaim]:
    sentence = _blank_markup(body[start:end])
    if len(sentence) > MAX_SENTENCE:
        text = _clean(sentence)
        if not _checkworthy(text):
            return []
        facts = extract_facts(text, published)
        return [
            ExtractedClaim(text=text, start=start, end=end, kind=_kind(text, facts), facts=facts)
        ]
    if not _checkworthy(sentence, evaluative=False) or sentence.endswith(":"):
        _update_context(sentence, ctx)
        return []
    claims: list[ExtractedClaim] = []

    # Direct quotes stay whole, with their speaker.
    quoted = _QUOTED.search(sentence)
    if quoted and len(quoted.group(1).split()) >= 3 and _SPEECH_NEAR.search(sentence):
        attribution = _attribution(sentence.replace(quoted.group(0), "the quoted statement"))
        speaker = _speaker_name(attribution.speaker, ctx) if attribution else ctx.person
        text = _clean(
            re.sub(
                r"\b(he|she)\s+(said|says|added|told)\b",
                lambda m: f"{speaker} {m.group(2)}" if speaker else m.group(0),
                sentence,
            )
        )
        facts = extract_facts(text, published)
        claims.append(
            ExtractedClaim(
                text=text, start=start, end=end, kind=Kind.QUOTE, facts=facts, speaker=speaker
            )
        )
        _update_context(sentence, ctx)
        return claims

    lead = _strip_leading(sentence)
    label = _LABEL.match(sentence, lead)
    if label and _imperative(sentence[label.end() :]):
        _update_context(sentence, ctx)
        return []  # "Compare: Compare the quotes ...": a labelled instruction
    body_text = sentence[lead:].rstrip().rstrip(".!").rstrip()
    if lead and (_NOT_CHECKWORTHY.match(body_text) or _imperative(body_text)):
        _update_context(sentence, ctx)
        return []
    if _imperative(body_text) or (
        _FIRST_PERSON.search(body_text) and _FIRST_PERSON.search(_ANY_QUOTE.sub("", body_text))
    ):
        _update_context(sentence, ctx)
        return []
    base = start + lead
    attribution = _attribution(body_text)
    prefix = ""
    speaker = None
    content = body_text
    content_at = 0
    suffix = ""
    extra_pieces: list[tuple[str, int, int, str]] = []
    if attribution is not None:
        speaker = _speaker_name(attribution.speaker, ctx)
        prefix = attribution.prefix
        if speaker and _PRONOUN_PREFIX.match(prefix):
            prefix = _PRONOUN_PREFIX.sub(speaker, prefix, count=1)  # "She added" -> "Lagarde added"
        suffix = (
            re.sub(r"\b(he|she)\b", speaker, attribution.suffix) if speaker else attribution.suffix
        )
        content_at = attribution.content_at
        content_end = attribution.content_end if attribution.content_end >= 0 else len(body_text)
        content = body_text[content_at:content_end]
        if attribution.extra is not None:
            extra_prefix, extra_text, extra_at = attribution.extra
            extra_pieces.append((extra_text, extra_at, len(body_text), extra_prefix))
    pieces: list[tuple[str, int, int]] = []
    # Absolute "with X doing Y" phrases become their own clauses, in the present tense: they
    # describe the main predicate ("have pledged support, with Italy providing ...").
    for wm in list(_WITH_ABS.finditer(content)):
        rest = wm.group("rest")
        sub_texts = re.split(
            r"\s+and\s+(?=(?:the\s+)?[A-Z][\w’'\-/]*(?:\s+[A-Z]\S*){0,3}\s+\w+ing\b)",
            f"{wm.group('subj')} {wm.group('verb')}{rest}",
        )
        for sub in sub_texts:
            sm = re.match(
                r"((?:the\s+)?[A-Z][\w’'\-/]*(?:\s+[A-Z][\w’'\-/]*){0,3})\s+(\w+ing)\b(.*)",
                sub,
                re.DOTALL,
            )
            if sm:
                pieces.append(
                    (
                        f"{sm.group(1)} {_agree(sm.group(2), sm.group(1))}{sm.group(3)}",
                        content_at + wm.start(),
                        content_at + wm.end(),
                    )
                )
        content = content[: wm.start()] + " " * (wm.end() - wm.start()) + content[wm.end() :]
    # A sentence opening with "Although/Because/Since/While X, Y": X and Y are both claims.
    subord_open = _SUBORD_OPENER.match(content)
    if subord_open:
        comma = content.find(", ", subord_open.end())
        if (
            comma > 0
            and _main_verb(" " + content[subord_open.end() : comma]) > 0
            and _main_verb(content[comma + 2 :]) > 0
        ):
            pieces.append(
                (
                    content[subord_open.end() : comma],
                    content_at + subord_open.end(),
                    content_at + comma,
                )
            )
            content_at += comma + 2
            content = content[comma + 2 :]
    # Subordinate "because/although" clauses.
    sub = (
        _SUBORD.search(content)
        if ("because" in content or "though" in content or "whereas" in content)
        else None
    )
    if sub and sub.start() > 10:
        sub_clause = content[sub.end() :]
        main_subject, _ = _subject_of(content)
        sub_clause = re.sub(r"^(it|they)\b", main_subject or r"\1", sub_clause)
        pieces.append((sub_clause, content_at + sub.start(), content_at + len(content)))
        content = _TRAILING_CONJUNCTION.sub("", content[: sub.start()].rstrip(" ,"))
    for cs, ce in _conjuncts(content):
        clause = content[cs:ce]
        if not clause.strip():
            continue
        pieces.append((clause, content_at + cs, content_at + ce))

    main_subject, main_verb_at = _subject_of(content)
    main_subject = _resolve(main_subject, ctx) if main_subject else main_subject
    main_aux = _passive_aux(content, main_verb_at)
    # After the first clause, "it" and "they" mean this sentence's subject.
    usable = (
        bool(main_subject)
        and len(main_subject.split()) <= 12
        and main_subject.split()[0].lower() not in _PRONOUN_SUBJ
    )
    # In reported content, "he" and "she" are the speaker when the speaker is a person.
    speaker_is_person = (
        bool(speaker)
        and attribution is not None
        and any(
            e.type == "person" and e.name == speaker for e in find_entities(attribution.speaker)
        )
    )
    person = speaker if speaker_is_person else ctx.person
    local = _Context(
        subject=main_subject if usable else ctx.subject, person=person, entities=ctx.entities
    )
    first_ctx = ctx if not speaker_is_person else _Context(ctx.subject, person, ctx.entities)
    sentence_facts: Facts | None = None
    pieces.sort(key=lambda piece: piece[1])
    runs: list[tuple[str, int, int, str | None]] = [(c, a, b, None) for c, a, b in pieces]
    for extra_text, extra_at, _extra_end, extra_prefix in extra_pieces:
        runs.extend(
            (extra_text[a:b], extra_at + a, extra_at + b, extra_prefix)
            for a, b in _conjuncts(extra_text)
        )
    for index, (clause, cs, ce, own_prefix) in enumerate(runs):
        piece_prefix = prefix if own_prefix is None else own_prefix
        piece_suffix = suffix if own_prefix is None else ""
        clause_ctx = first_ctx if index == 0 else local
        clause = clause.strip(" ,;")
        lead_m = _LEADING_DISCOURSE.match(clause)
        if lead_m and index > 0:
            clause = clause[lead_m.end() :]
        if not clause:
            continue
        subj, verb_at = _subject_of(clause)
        opener = clause.split()[0].lower() if clause.split() else ""
        if (
            verb_at < 0
            or (subj == "" and main_subject)
            or opener in _AUX
            or (opener.endswith("ed") and opener.isalpha() and len(opener) > 4)
        ):
            # An elided subject: "... and served on the Court" -> "<subject> served ...".
            first = clause.split()[0].lower() if clause.split() else ""
            if main_subject and (
                first in _AUX
                or first in _COMMON_VERBS
                or first.endswith("ed")
                or first in ("also", "later", "then", "previously")
            ):
                if main_aux and re.match(r"\w+(?:ed|en|wn|t)\s+by\b", clause):
                    clause = f"{main_aux} {clause}"  # "... and signed by X": keep the passive
                clause = f"{main_subject} {clause}"
        clause = _resolve_start(clause, clause_ctx)
        main, side = _adjuncts(clause)
        texts = []
        for piece in _split_coordinated_subject(main):
            for listed in _split_list(piece):
                texts.extend(_split_objects(listed))
        for side_text, _ in side:
            # A side claim may carry its own adjunct: "targeting the city of Belgorod, located
            # 32 kilometers from the border".
            inner_main, inner_side = _adjuncts(side_text)
            texts.extend(_split_list(_resolve_start(inner_main, local)))
            texts.extend(_resolve_start(t, local) for t, _ in inner_side)
        for text in texts:
            joined = _clean(f"{piece_prefix} {text}" if piece_prefix else text)
            if piece_suffix:
                joined = _clean(joined.rstrip(".") + piece_suffix)
            if _VAGUE_SUBJECT.match(text):
                continue  # "This action follows ...": not standalone
            if (
                not _checkworthy(joined)
                or _SUBJECTIVE_WORDS.intersection(text.lower().split())
                and _SUBJECTIVE.search(text)
                and not _DIGIT_OR_CAP.search(text, 1)
            ):
                continue
            if sentence_facts is None:
                sentence_facts = extract_facts(sentence, published)
            facts = project_facts(sentence_facts, joined, _context_entities(ctx))
            kind = Kind.ATTRIBUTION if speaker else _kind(joined, facts)
            span_start = (
                base + cs if not prefix or attribution is None or attribution.suffix else base
            )
            span_end = base + ce
            span_start, span_end = _trim_span(sentence, span_start, span_end, start, end)
            claims.append(
                ExtractedClaim(
                    text=joined,
                    start=span_start,
                    end=span_end,
                    kind=kind,
                    facts=facts,
                    speaker=speaker,
                )
            )
    _update_context(
        sentence,
        ctx,
        list(sentence_facts.entities) if sentence_facts is not None else None,
        body_text,
    )
    return _dedupe(claims)


def _context_entities(ctx: _Context) -> tuple[Entity, ...]:
    """Entities of the names that pronouns were resolved to (they are not in the sentence)."""
    return ctx.entities


def _trim_span(view: str, s: int, e: int, floor: int, ceiling: int) -> tuple[int, int]:
    """Trim a clause span `[s, e)` of the body, seen through `view` (= the sentence at
    `[floor, ceiling)` with markup blanked), to words; extend it to the sentence end when only
    closing punctuation follows."""
    s = max(floor, min(s, ceiling))
    e = max(s, min(e, ceiling))
    while s < e and (view[s - floor].isspace() or view[s - floor] in ",;"):
        s += 1
    while e > s and view[e - 1 - floor].isspace():
        e -= 1
    if e <= s:
        return floor, ceiling
    if view[e - floor :].strip(" .!?…\"'”’)]") == "":
        e = ceiling  # the clause ends the sentence: keep its closing punctuation
    return s, e


def _dedupe(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    seen: set[str] = set()
    out = []
    for claim in claims:
        key = claim.text.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(claim)
    return out


def extract_claims(body: str, published: date | None = None) -> list[ExtractedClaim]:
    """Split an article body into atomic, standalone, checkable claims.

    Args:
        body: the article body exactly as stored (offsets count its Python `str` characters).
        published: the article's publication date, to resolve relative dates in `facts`.

    Returns:
        Claims in reading order; `body[claim.start:claim.end]` is the sentence or clause each
        came from. Empty text, or text with nothing check-worthy, gives `[]`.
    """
    claims: list[ExtractedClaim] = []
    if not body or not body.strip():
        return claims
    ctx = _Context()
    for start, end in split_sentences(body):
        claims.extend(_claims_from_sentence(body, start, end, published, ctx))
    return claims
