"""Word-level grammar for `core.extract`: lexicons, verb forms, clean-up and subjects.

Owns the small word lists behind a rough part-of-speech guess (determiners, prepositions,
auxiliaries, common verbs), verb morphology ("providing" -> "provides"/"provided"), the
`_Context` carried between sentences (last subject, person and entities, for pronouns),
markup blanking and claim tidying (`_blank_markup`, `_clean`), and finding a clause's main verb
and subject (`_main_verb`, `_subject_of`, `_resolve_start`). It does not decide what a claim is
(`core.extract`), cut clauses (`extract_clauses`) or judge them (`extract_kinds`). Pure
functions; the per-text and per-word guesses are cached with `functools.lru_cache`.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

from claimcheck.core.facts_dates import _WEEKDAYS
from claimcheck.core.facts_entities import (
    _ALIASES,
    _LEAD_NOUNS,
    _PLACES,
    _STOP_CAPS,
    _TITLE_WORDS,
    _UTILITY_LAST,
    KNOWN_COMPANIES,
    _is_demonym,
    entity_type,
)
from claimcheck.core.facts_text import _word_set, literal_alternation
from claimcheck.core.given_names import gender
from claimcheck.core.models import Entity

_NAME_INSIDE = re.compile(r"\s[A-Z][a-z]")
"""A name inside a stretch of text ("while rival Acme reported", "arrested Jones, who")."""
_DET = frozenset(
    "the a an this that these those his her its their our my your some any each every no "
    "both either neither all several many much few".split()
)
_PREP = frozenset(
    "of in on at to for from by with without within into onto over under about against "
    "between among through during before after since until upon across along around behind "
    "beyond near off per via amid amidst despite toward towards than like as outside inside".split()
)
_PRONOUN_SUBJ = frozenset("he she it they we i you".split())
_AUX = frozenset(
    "is are was were be been being am has have had will would could can may might should "
    "must shall does did do cannot 's 're".split()
)
_MODAL = frozenset("will would could can cannot may might should must shall".split())
_COMMON_VERBS = frozenset(
    """said says told cut cuts put puts set sets shut shuts hurt hurts arose burst crept sat
    forecast forecasts affects threatens undermines
    slept withheld withstood oversaw underwent rebuilt retook overran foresaw mistook undid
    became becomes began begins built builds made makes took takes gave
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
    wound wrung withdrew became overcame overtook undertook sits employs operates manages
    generates earns wants intends expects believe think know expect say fear allege alleges
    orbits sued sues""".split()
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
    r"At the same time|In other words|As a result of this|Separately|Elsewhere|Earlier|"
    r"Later|Overall|Last|Next|"
    # Nigerian and Indian copy: "Reacting, the commissioner said ..."
    r"(?:Reacting|Responding|Commenting|Continuing|Concluding|Speaking)(?: further| also)?"
    # (not the first item of a list: "Speaking, listening and writing scores fell")
    r"(?!\s*,\s*[a-z]+(?:\s*,\s*[a-z]+)*,?\s+(?:and|or)\b)|"
    r"Based on (?:my|our|the|available|current) [^,]{1,60}|To my knowledge|As far as I know|"
    r"As of my (?:knowledge|last|training)[^,]{0,60})\s*,\s*"
    r"|^(?:This|That|It) is (?:because|why|since) (?:of )?",
    re.IGNORECASE,
)
_DISCOURSE_FIRST = frozenset(
    "additionally in furthermore moreover also however meanwhile therefore thus hence "
    "consequently notably importantly interestingly similarly likewise nevertheless nonetheless "
    "still indeed specifically for as finally first second third lastly besides instead then "
    "now today generally typically currently recently historically ultimately amid amidst "
    "against that with to yes no well sure of despite even by on at based this it separately "
    "elsewhere earlier later overall last next reacting responding commenting continuing "
    "concluding speaking".split()
)
"""The first word of every `_LEADING_DISCOURSE` alternative (keep the two in step)."""
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _discourse_lead(text: str) -> re.Match[str] | None:
    """`_LEADING_DISCOURSE.match(text)`, settled by the first word for most texts."""
    first = _FIRST_WORD.match(text)
    if first is None or first.group(0).lower() not in _DISCOURSE_FIRST:
        return None
    return _LEADING_DISCOURSE.match(text)


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
_VP_ADVERBS = frozenset(
    "also later then still now currently subsequently eventually once last recently first "
    "never finally initially formerly originally briefly repeatedly immediately ultimately "
    "quickly twice soon previously".split()
)
"""Adverbs that may stand between "and" and the verb it joins ("and later charged with", "and
last underwent maintenance in 2018")."""
_STATIVE = frozenset(
    "located situated based headquartered known capable home part responsible famous "
    "designed named called near close equipped able due worth owned".split()
)
_PARTICIPLE_ED = re.compile(
    r"^(?:(?:also|now|often|once|later|recently|widely|first|still|originally|previously|"
    r"formerly|currently|officially|best|mostly|primarily|closely|jointly|wholly|privately|"
    r"publicly) )?"
    # not "red", "bed", "shed", "hundred": words in "-ed" that are no participles
    r"(?:(?!(?:red|bed|shed|hundred|sacred|naked|wicked|kindred|hatred|seed|need|speed|feed|"
    r"breed|bleed|greed|weed|reed|deed|creed|steed|tweed)\b)[a-z]\w*ed|known|born|built|made|"
    r"written|given|taken|held|led|seen|run|shown|found|"
    r"located|situated|based|capable|home|able|equipped|responsible|famous|situated|worth)\b"
)
_PARTICIPLE_ING = re.compile(r"^(?:(?:thus|thereby|also|further|effectively) )?(\w{3,}ing)\b")
_EXAMPLES = re.compile(r"(?:such as|including|like|e\.g\.|for example|for instance)\s")
_REL = re.compile(r"^(?:which|who|whose|where)\b")
_SUBORD_OPENER = re.compile(
    r"(?:Although|Though|Because|Since|While|Whereas)\s+(?=[a-z])", re.IGNORECASE
)
_PRONOUN_PREFIX = re.compile(r"(?:He|She|It|They)\b")
_TRAILING_CONJUNCTION = re.compile(r"(?:,?\s+(?:and|or|but))+$")
_SUBORD = re.compile(
    r"\b(?:(?:partly|mainly|largely|mostly|chiefly|primarily|in part|not least|only|simply|"
    r"just|precisely|especially|particularly)\s+)?"
    r"(because|although|though|whereas)\s+(?!of\b)(?=\w)",
    re.IGNORECASE,
)
"""A subordinate clause's opener, with the adverb that focuses it ("partly because"); "because
of higher costs" is a phrase, no clause."""
_AND_BECAUSE = re.compile(
    r",?\s+and\s+(?:(?:partly|mainly|largely|mostly|chiefly|primarily|in part|also)\s+)?"
    r"because\s+(?=\w)"
)
"""A second reason: "partly because X and partly because Y"."""
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
    r"(?:[^aeiou](?:at|ut)|iz|[^aeiou]v|[^aeiouk]c|(?:an|ar|er|ag)g|dg|[bptdgkf]l|ys|ur[sv]|"
    r"[^aeiou][iau]r)$"
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
    "uphold": "upheld", "withhold": "withheld", "withdraw": "withdrew", "slide": "slid",
    "flee": "fled", "sink": "sank", "steal": "stole", "swear": "swore", "tear": "tore",
    "wear": "wore", "hang": "hung", "dig": "dug", "shake": "shook", "freeze": "froze",
    "ride": "rode", "stick": "stuck", "sweep": "swept", "lend": "lent", "bend": "bent",
    "bind": "bound", "overcome": "overcame", "undertake": "undertook", "overtake": "overtook",
    "forgive": "forgave", "understand": "understood", "forecast": "forecast", "quit": "quit",
    "bid": "bid", "shut": "shut", "hurt": "hurt", "split": "split", "know": "knew",
    "blow": "blew", "swim": "swam", "sing": "sang", "drink": "drank", "eat": "ate",
    "forget": "forgot", "hide": "hid", "lay": "laid", "light": "lit", "wake": "woke",
    "beat": "beat", "read": "read", "spin": "spun", "swing": "swung", "strive": "strove",
    "bet": "bet", "deal": "dealt", "oversee": "oversaw", "foresee": "foresaw", "sleep": "slept",
    "broadcast": "broadcast", "undergo": "underwent", "override": "overrode", "rid": "rid",
    "seize": "seized", "shed": "shed", "upset": "upset", "outrun": "outran", "arise": "arose",
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
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfze":
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
    elif len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfze":
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


_DESCRIPTION_HEADS = frozenset(
    "ministry bank agency court commission council committee department army navy party union "
    "university hospital airport authority bureau service institute fund board parliament "
    "senate assembly club foundation association federation league alliance organization "
    "organisation regulator tribunal exchange company corporation plant museum school college "
    "group airline carrier utility military operator".split()
)
"""Common nouns that name again a body named before: "the ministry" after "Russia's Defence
Ministry". Not "government" or "administration" ("the administration" is the president's, not
the Food and Drug Administration), nor "police" or "office" (usually someone else's)."""
_HEAD_SYNONYMS = {
    "reserve": ("bank",),
    "administration": ("agency",),
    "organization": ("agency", "organization"),
    "organisation": ("agency", "organisation"),
    "staff": ("military",),
    "forces": ("military",),
    "centers": ("agency",),
    "centres": ("agency",),
    "institutes": ("agency",),
    "air": ("carrier", "airline", "company"),  # "Baltica Air" -> "the carrier"
    "airlines": ("carrier", "airline", "company"),
    "airways": ("carrier", "airline", "company"),
    "lines": ("carrier", "airline", "company"),  # "Delta Air Lines"
}
"""Common nouns for bodies whose name ends otherwise ("the Federal Reserve" -> "the bank", "the
Food and Drug Administration" -> "the agency")."""
_CORPORATE_SUFFIXES = frozenset(
    "inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv se spa gmbh holdings".split()
)
"""Last words of a company's name, which "the company" and "the firm" then mean."""
_COMPANY_SUBJECT = re.compile(r"(?!The\b)[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}")
"""A subject that may be a company ("Intel", "Boeing"): one to three capitalised words."""
_DESCRIBED_COMPANY_HEADS = (
    "group company firm carmaker automaker chipmaker drugmaker lender insurer retailer airline "
    "carrier conglomerate giant manufacturer supplier miner producer operator maker"
).split()
_DESCRIBED_COMPANY = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,3}?"
    r"(?P<head>" + "|".join(_DESCRIBED_COMPANY_HEADS) + r")\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})"
)
"""A company's name after what it is ("Danish shipping group Maersk", "German carmaker
Volkswagen"): the name is what "the company" means later."""
_DESCRIBED_HEAD_SET = frozenset(_DESCRIBED_COMPANY_HEADS)
_FATE = re.compile(
    r"\b(?:killed|died|dies|injured|wounded|hurt|convicted|jailed|sentenced|arrested|charged|"
    r"married|born|retired|fired|sacked|hired)\b"
)
_AGENCY_LIKE = re.compile(
    r"^[A-Z]{2,6}$|\b(?:Agency|Administration|Service|Bureau|Office|Commission|Authority)\b"
)
"""A body that "the agency" may mean: an agency's name or an acronym ("FEMA", "FDA")."""
_PEOPLES_TRADES = frozenset("miner producer operator maker".split())
_INDUSTRIES = frozenset(
    "oil gas steel gold copper ore coal lithium nickel telecoms telecom mobile satellite toy "
    "chip drug car aircraft software food drinks energy power solar wind battery cable rail "
    "ferry cruise port pipeline grid network fund tour bus shipping chemicals cement paper "
    "aluminium aluminum uranium diamond iron".split()
)


def _trade_of_a_firm(described: re.Match[str]) -> bool:
    """Whether "<words> <head> <Name>" names a firm by its trade: any company word does ("group",
    "carmaker"); a trade people have too ("miner", "producer") only after an industry or a
    country ("Oil producer Aramco", "Australian miner BHP"; not "Film producer Weinstein")."""
    head = described.group("head")
    if head not in _PEOPLES_TRADES:
        return True
    before = described.string[: described.start("head")].split()[-1:]
    word = before[0] if before else ""
    return word.lower() in _INDUSTRIES or bool(_demonym(word))


_NAMED_WITH_THE = frozenset(
    "ministry bank agency court commission council committee department army navy party union "
    "authority bureau service institute fund board parliament senate assembly foundation "
    "association federation league alliance organization organisation regulator tribunal "
    "exchange corporation plant museum university hospital airport group administration "
    "reserve staff forces centers centres institutes".split()
)


_UTILITY_WORDS = frozenset("electric electricity power energy gas water edison utilities".split())


def _head_words(low: str) -> list[str]:
    """The words of a lower-case body's name before "of"/"for", which end in its head noun:
    "centers for disease control and prevention" -> ["centers"]."""
    return low.split(" of ", 1)[0].split(" for ", 1)[0].split()


_BANK_ACRONYMS = frozenset("ECB Fed BoE BOE BoJ BOJ RBA RBI RBNZ SNB PBOC".split())
"""Central banks named by their letters, which are banks for "the bank" as the full names are."""
_BANK_NAMES = frozenset(
    "HSBC Barclays UBS Citigroup Citi JPMorgan Santander Lloyds NatWest".split()
)
"""Commercial banks whose names carry no "bank", which are banks for "the bank" too."""


@functools.lru_cache(maxsize=4096)
def _description_heads(name: str) -> tuple[tuple[str, ...], str]:
    """The common nouns a later "the <noun>" may name `name` by, and the name as said then:
    "European Central Bank" -> (("bank",), "the European Central Bank")."""
    low = name.lower()
    if name in _BANK_ACRONYMS:
        return ("bank",), "the " + name  # "the ECB": one more bank "the bank" may mean
    if name in _BANK_NAMES:
        return ("bank",), name  # "Barclays": a bank, so "the bank" after it and the ECB is neither
    words = _head_words(low)
    if not words or (len(words) == 1 and " of " not in low and " for " not in low):
        return (), name  # a lone "Bank" or "Court" names nothing
    head = words[-1]
    if head in _CORPORATE_SUFFIXES or head in ("therapeutics", "pharmaceuticals", "motors"):
        heads: tuple[str, ...] = ("company", "firm")
        if not _UTILITY_WORDS.isdisjoint(low.split()):
            heads = (*heads, "utility")  # "Pacific Gas and Electric Co": "the utility"
    elif head == "department":
        heads = ("department", "agency")  # "California Department of Forestry": "the agency"
    elif head in _DESCRIPTION_HEADS:
        heads = (head,)
    elif head in _HEAD_SYNONYMS:
        heads = _HEAD_SYNONYMS[head]  # "the Federal Reserve" is "the bank"
    else:
        return (), name
    return heads, "the " + name if _named_with_the(name) else name


_MEASURE_NOUNS = frozenset(
    "revenue revenues profit profits income sales turnover earnings growth output inflation "
    "unemployment employment demand supply production exports imports spending investment "
    "debt deficit prices price costs cost wages pay rents rent traffic ridership attendance "
    "turnout rain rainfall snow snowfall temperatures wind winds flooding damage losses "
    "demand orders deliveries shipments bookings margins volume volumes consumption "
    "enrolment enrollment membership trade lending borrowing savings yields yield "
    "crime mortality".split()
)
"""Common nouns that open a sentence capitalised as what a figure measures ("Revenue rose
5%", "Rain fell"), never a company "the company" can mean."""


_NOBODY_WORDS = frozenset(
    "none nobody nothing everyone everybody everything anyone anything all both each some "
    "many most few several others another".split()
)


_THE_COMPANY = re.compile(r"\b[Tt]he\s+(?:company|firm)\b")
"""A sentence that names "the company" itself, apart from its subject."""


_COMPANY_LAST_WORDS = _UTILITY_LAST | frozenset(
    "holdings motors airlines airways energy foods group industries technologies systems "
    "pharmaceuticals telecom logistics mining petroleum semiconductor semiconductors "
    "electronics".split()
)
"""Last words of a company's name, an organisation "the company" may mean ("Thames Water")."""


_APPEAL_TO_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|plans?\s+to|intends?\s+to|planned\s+to|intended\s+to|"
    r"expects?\s+to|to)\s+appeal\s+(?:[\w’']+\s+){0,3}?to\s+(?:the\s+)?$"
)
"""Before a court's name: where an appeal may go ("would appeal the ruling to the "); one that
was made ("He appealed to the Court of Appeal") goes to the court that acts next."""
_GROUPS_OF_PEOPLE = frozenset(
    "unions management staff shareholders members trustees bosses campaigners councillors".split()
)
"""Subjects that are people inside or around a company, never "the company" itself (with
`_PLURAL_NOUNS`, whose first word no company subject has either: "lawmakers", "ministers")."""


@functools.lru_cache(maxsize=4096)
def _company_subject(subject: str, says_its: bool = False) -> bool:
    """Whether a sentence's subject may be a company "the company" means later ("Intel"; not
    "He" or "Shares")."""
    low = subject.lower()
    return (
        _COMPANY_SUBJECT.fullmatch(subject) is not None
        and low not in _PRONOUN_SUBJ
        and low.split()[0] not in _NOBODY_WORDS  # "None was larger than £300 million"
        and low.split()[0] not in _STOP_CAPS
        and low.split()[0] not in _LEAD_NOUNS
        and low.split()[0] not in _PLURAL_NOUNS  # "Analysts had expected more"
        and low not in _GROUPS_OF_PEOPLE  # "Unions criticised the fine. The company ..."
        # "Retailers counted the cost. The company ...": a plural common noun, no company
        and not (
            " " not in subject
            and low.endswith(("ers", "ists", "ants", "ents", "ians", "ors"))
            and subject not in KNOWN_COMPANIES
            # "Rogers raised its annual forecast": one body after all
            and not says_its
        )
        and low not in _MEASURE_NOUNS  # "Revenue rose 5%. Net profit fell, the company said"
        and subject.lower() not in _ALIASES
        and subject.lower() not in _PLACES
        and (
            entity_type(subject) == "other"
            or subject in KNOWN_COMPANIES
            # "Russian Railways", "Thames Water", "Strait Line Shipping": a company's name
            or (" " in subject and low.rsplit(" ", 1)[-1] in _COMPANY_LAST_WORDS)
        )
    )


def _named_with_the(name: str) -> bool:
    """Whether a body's name is said with "the" ("the European Central Bank", not "the Russia's
    Defence Ministry" or "the Intel")."""
    low = name.lower()
    if "'s " in low or "’s " in low or low.startswith("the "):
        return False
    words = _head_words(low)
    if low.endswith(("city council", "county council", "borough council", "district council")) or (
        len(low.split()) == 2
        and low.endswith(" council")
        and entity_type(name.split()[0]) == "place"
    ):
        return False  # "Leeds City Council", "Camden Council": said without "the"
    return bool(words) and words[-1] in _NAMED_WITH_THE


_REPORT_VERBS = r"said|says|told\s+\w+|claimed|alleged|reported"
_REPORTS_ON = re.compile(rf"\b(?:{_REPORT_VERBS})\s+(?:that\s+)?(?:the\s+)?$")
_ACTS_ON = re.compile(
    r"\b(?:fined|fines|sued|sues|acquired|acquires|bought|buys|charged|charges|investigated|"
    r"investigating|penalised|penalized|ordered|criticised|criticized|accused|accuses|warned|"
    rf"{_REPORT_VERBS})\s+(?:that\s+)?(?:the\s+)?$"
)
"""A verb before a body the subject acts on or reports on ("Ofgem fined Thames Water", "Unite
said BMW")."""


def _acted_on(entity: Entity, sentence: str) -> bool:
    """Whether `sentence` names `entity` right after `_ACTS_ON`'s verbs."""
    return _ACTS_ON.search(sentence, max(0, entity.start - 30), entity.start) is not None


_PERSON_HEADS = frozenset(
    "striker midfielder defender goalkeeper forward winger coach manager captain skipper actor "
    "actress singer rapper novelist".split()
)
"""Trades a person is named with ("Norwegian striker Erik Lund") and named again by ("The
striker was born in Bergen")."""
_PERSON_DESCRIBED = re.compile(
    r"\b(?P<head>(?i:" + "|".join(sorted(_PERSON_HEADS)) + r"))\s+(?P<name>[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){1,2})"
)
_FORMER_BEFORE = re.compile(r"(?i:former|ex-|assistant|retired|late|then)\s*$")
_UNNAMED_TRADE = re.compile(
    r"\b(?:their|its|his|her|a|an|another|new)\s+(?:[a-z]+\s+)?("
    + "|".join(sorted(_PERSON_HEADS))
    + r")\b(?!\s+[A-Z])"
)
_DESCRIPTION_OPEN = re.compile(
    # "The Swedish company", "the Boston-based company": a body's nationality or seat between
    r"(?:The|the)\s+(?:(?:[A-Z][a-z]+-based|[a-z]+-based|[A-Z][a-z]+(?:ish|ese|ian|an|ch)|"
    # "The central bank", "the state-owned company"
    r"central|federal|state-owned|state-run)\s+)?"
    r"(?P<head>"
    + "|".join(sorted(_DESCRIPTION_HEADS | _PERSON_HEADS | {"firm", "utility"}))
    + r")\b"
    r"(?P<own>['’]s\b)?"
    r"(?=\s+(?!(?:of|in|at|on|for|from|with|that|which|who|whose|where|and|or|to|by)\b)[a-z]"
    r"|,|$)"
)
"""A clause opening with a body named again ("The ministry said", "The company's shares"), not
a new one ("The ministry of ...", "The company that makes ...", "The company Acme")."""


@dataclass
class _Context:
    """What the sentences before tell us about who "he", "she", "it" and "they" are."""

    subject: str | None = None
    person: str | None = None
    entities: tuple[Entity, ...] = ()
    """Entities of `person` and `subject`, projected onto claims that name them."""
    speaker: str | None = None
    """The organisation the sentence before reported ("the ministry said ..."), whom a
    following "It said" or "It added" means."""
    quote_speaker: str | None = None
    """Who the sentence before quoted, when it was a quote: the speaker of a quotation that
    goes on in the next sentence."""
    quote_phrase: str | None = None
    """`quote_speaker` as the sentence wrote it ("the ministry"), for the claim's wording."""
    people: dict[str, str] = field(default_factory=dict)
    """Full names of the people named so far, by last name: a later "Erdogan said" or
    "Hale's lawyers" means "Recep Tayyip Erdogan", "Marcus Hale"."""
    shared: set[str] = field(default_factory=set)
    """Last names two people named so far share ("Dennis Quaid ... His brother Randy Quaid",
    "Hunter Biden, the son of President Joe Biden"): a bare "Quaid" may be either, so it
    names nobody and stays as written."""

    recent: list[str] = field(default_factory=list)
    """Full names of the people named lately, the last one last (at most 6)."""
    last_body: str | None = None
    """The last subject that was a body's name ("Ford", "The FAA"): what "It said" means
    after a sentence about a thing ("The recall affects the Explorer")."""
    rival_subjects: bool = False
    """Whether the sentence before had two people as the subjects of two clauses ("Trump lost
    the state, and Raffensperger praised the ruling"), so "he" may mean either."""
    patients_in: str | None = None
    """The sentence before, where `patients` looks (when asked: most sentences never ask)."""
    people_named: int = 0
    """How many people the sentence before named ("the 24-year-old" is one of them only if
    it named one)."""
    other_after: tuple[str, int] | None = None
    """The sentence before and where its verb is, after which `other_person` looks (when asked);
    None when it has no verb."""
    lone_person_around: tuple[str, int, int] | None = None
    """The sentence before and the span around the one person it named, where
    `lone_person_plain` looks (when asked); None unless it named one person."""

    @property
    def patients(self) -> str | None:
        """People the sentence before said were acted on, by a count and a plural noun
        ("arrested two men" -> "two men"), whom a following "They are accused ..." means, not
        the police."""
        sentence = self.patients_in
        acted_on = (
            _PATIENTS.search(sentence)
            if sentence is not None
            and " " in sentence
            # every act ends in "-ed" and a count follows it: one search spares the 16 tests
            # in most sentences
            and _ED_THEN_COUNT.search(sentence) is not None
            and any(verb in sentence for verb in _PATIENT_VERBS)
            else None
        )
        return acted_on.group("np") if acted_on is not None else None

    @property
    def other_person(self) -> str | None:
        """Whether the sentence before spoke of someone else after its subject, by a noun
        ("arrested a man", "dropped the striker", "jailed a 19-year-old"): whom "the
        34-year-old" may mean; their age when said ("19"), else "", and None when it named no
        one else."""
        if self.other_after is None:
            return None
        other = _OTHER_PERSON.search(*self.other_after)
        # the age of the other one, if said ("met a 12-year-old"): "the 81-year-old" is not them
        return None if other is None else (other.group("age") or "")

    @property
    def lone_person_plain(self) -> bool:
        """Whether the sentence before named one person, plainly: not as a possessor ("X's
        cousin"), after "of" ("the murder of X") or with an age of their own ("X, 34")."""
        around = self.lone_person_around
        return around is not None and not _PERSON_NOT_PLAIN.search(*around)

    genders: dict[str, str] = field(default_factory=dict)
    """What the text has said of people's gender where their given name does not tell:
    "Judge Ellery said she had ..." -> {"Ellery": "f"} (see `note_gender`)."""

    def note_person(self, name: str) -> None:
        """Remember a full name by its last name (see `people` and `shared`)."""
        last = name.rsplit(" ", 1)[1]
        particle = _SURNAME_PARTICLE.search(name)
        if particle is not None:
            # "Femke de Wolde": "De Wolde" (and "de Wolde") names her again, unless someone
            # else has that name too ("Femke de Wolde and her brother Jan de Wolde")
            with_particle = particle.group(0).strip()
            for key in (with_particle[0].upper() + with_particle[1:], with_particle):
                if key in self.shared:
                    continue
                before = self.people.get(key)
                if before is None:
                    self.people[key] = name
                elif before != name:
                    del self.people[key]
                    self.shared.add(key)
        if last in self.shared:
            return
        known = self.people.get(last)
        if known is None:
            self.people[last] = name
        elif known != name and known.split(" ", 1)[0] != name.split(" ", 1)[0]:
            del self.people[last]  # two people of one last name: neither for sure
            self.shared.add(last)

    def gender_of(self, name: str) -> str | None:
        """ "f", "m" or None for a full name: its given name, else what the text said."""
        return gender(name) or self.genders.get(name)

    def note_gender(self, name: str, pronoun: str) -> None:
        """Remember that `pronoun` ("he", "she") meant `name`."""
        low = pronoun.lower()
        if low in ("he", "she") and gender(name) is None:
            self.genders[name] = "f" if low == "she" else "m"

    def person_for(self, pronoun: str) -> str | None:
        """Who "he" or "she" means: the last person named whose given name does not say the
        other ("She said" after "Coach Anna Berg praised striker Tom Ried" is Anna Berg);
        `person` when the names tell nothing, None when nobody named fits."""
        low = pronoun.lower()
        want = "f" if low in ("she", "her", "hers") else "m" if low in ("he", "his", "him") else ""
        if (
            want
            and self.person is None
            and self.recent
            and self.speaker is None
            # "A woman was arrested after the death of Mary Smith. "...," she said": the
            # woman, unnamed, not the victim
            and want not in self.unnamed
        ):
            # "Mr Smith's widow, Jane Smith, said ... "...," she said": no one person was the
            # subject, but only one named lately is a woman
            fits = [
                name
                for name in self.recent
                if self.gender_of(name) == want
                # two people, each the subject of a clause: one whose name tells nothing may be
                # meant as well
                or (self.rival_subjects and self.gender_of(name) is None)
            ]
            return fits[-1] if len(set(fits)) == 1 else None
        if not want or self.person is None:
            return self.person
        if want in self.unnamed:
            # "... fired three shots at the woman. She was hit": "she" may be the woman, so
            # only a name that says "she" is taken
            for name in (self.person, *reversed(self.recent)):
                if self.gender_of(name) == want:
                    return name
            return None
        if self.gender_of(self.person) in (None, want):
            return self.person
        for name in reversed(self.recent):
            if self.gender_of(name) in (None, want):
                return name
        return None  # nobody named fits: "she" after only men stays "she"

    unnamed_in: tuple[str, str] | None = None
    """The sentence before and it in lower case, where `unnamed` looks (when asked)."""

    @property
    def unnamed(self) -> frozenset[str]:
        """The genders ("f", "m") of people the sentence before spoke of without a name ("the
        woman", "a second man"), whom a following "she" or "he" may mean."""
        if self.unnamed_in is None:
            return _GENDERS[False, False]
        sentence, low = self.unnamed_in
        first = _UNNAMED.match(low) or _UNNAMED_AFTER_START.search(low, 1)  # `_UNNAMED.search`
        if first is None:
            return _GENDERS[False, False]
        found = {
            (m.lastgroup or "")[:1]
            for m in _UNNAMED.finditer(low, first.start())
            # "Mr Smith's widow, Jane Smith,": named after all
            if not _NAMED_AFTER.match(sentence, m.end())
        }
        if "n" in found:
            found |= {"f", "m"}  # "a third inmate": either
        return _GENDERS["f" in found, "m" in found]

    def remember(self, name: str) -> None:
        """Note `name` as the person named last."""
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)
        del self.recent[:-6]

    def full_name(self, name: str) -> str:
        """`name`, or the full name it is the last name of."""
        return self.people.get(name, name) if " " not in name else name

    descriptions: dict[str, str] = field(default_factory=dict)
    """The body named last for each common noun a later "the ministry", "the bank" or "the
    company" may mean: "ministry" -> "Russia's Defence Ministry" (see `note_descriptions`)."""

    def note_descriptions(
        self, entities: list[Entity], subject: str | None, sentence: str = ""
    ) -> None:
        """Remember the bodies `entities` name by their head noun ("European Central Bank" ->
        "bank", "Bank of England" -> "bank"), and a company named as the sentence's subject
        ("Intel said ...") for "the company" and "the firm". Two different bodies with one
        head in the same sentence make that head ambiguous (no longer resolved)."""
        seen: dict[str, str] = {}
        bodies = [e for e in entities if e.type not in ("person", "weapon", "place")]
        bare = _BARE_DESCRIPTION.fullmatch(subject) if subject and bodies else None
        # "The court ruled ..., overturning a decision by the 11th Circuit Court": "the court"
        # is still the one it was, not the court named after it
        kept = (
            (bare.group(1).lower(), self.descriptions.get(bare.group(1).lower())) if bare else None
        )
        for e in bodies:
            heads, named = _description_heads(e.name)
            if (
                "agency" in heads
                and "department" in heads
                and any(_AGENCY_LIKE.search(other.name) for other in bodies if other is not e)
            ):
                # "The Department of Homeland Security said FEMA sent 300 staff": "the
                # agency" may be the other body
                heads = ("department",)
            appealed_to = (
                sentence
                and "appeal" in sentence
                and _APPEAL_TO_BEFORE.search(sentence, max(0, e.start - 40), e.start) is not None
            )
            for h in heads:
                before = self.descriptions.get(h)
                if appealed_to and before and h not in seen:
                    # "The Court of Appeal ruled ... The fund will appeal to the Supreme Court.
                    # ..., the court said": still the court that ruled, not where an appeal
                    # may go
                    continue
                if h not in e.name.lower() and h not in seen and before and h in before.lower():
                    # "the agency" after the Northern Health Protection Agency and then a
                    # department (an agency too, but not by its name): still the Agency
                    continue
                named_before = seen.get(h)
                self.descriptions[h] = "" if named_before not in (None, named) else named
                seen[h] = named
                self.named_bodies.add(h)
        if kept is not None and kept[0] in seen:
            self.descriptions[kept[0]] = kept[1] or ""
        if (
            sentence
            # a head on its own is one of the sentence's `_word_set` words too: that (cached)
            # set settles most sentences
            and not _PERSON_HEADS.isdisjoint(_word_set(sentence))
            and not _PERSON_HEADS.isdisjoint(sentence.lower().split())
        ):
            people = {e.text: e.name for e in entities if e.type == "person"}
            named_now: dict[str, str] = {}
            for m in _PERSON_DESCRIBED.finditer(sentence):
                name = next((n for t, n in people.items() if m.group("name").startswith(t)), None)
                head = m.group("head").lower()
                if name is None or _FORMER_BEFORE.search(
                    sentence, max(0, m.start() - 12), m.start()
                ):
                    continue  # "Former striker Alan Shearer": no striker now
                # "striker Erik Lund ... striker Jonas Berg", in one sentence or two: neither
                # is "the striker"
                before = named_now.get(head) or self.descriptions.get(head)
                self.descriptions[head] = "" if before not in (None, name) else name
                named_now[head] = name
            for m in _UNNAMED_TRADE.finditer(sentence):
                # "Arsenal sacked their manager": another manager, unnamed
                if m.group(1).lower() not in named_now:
                    self.descriptions[m.group(1).lower()] = ""
        owned = _OWNED_BODY.fullmatch(subject) if subject and "s " in subject else None
        if subject and owned is not None and owned.group("head") not in seen:
            # "Sudan's health ministry said ... The ministry said": the same ministry
            self.descriptions[owned.group("head")] = subject
        described = (
            _DESCRIBED_COMPANY.fullmatch(subject)
            # its head is a word of the subject on its own (a cheap test first)
            if subject and " " in subject and not _DESCRIBED_HEAD_SET.isdisjoint(subject.split())
            else None
        )
        if (
            described is not None
            and _company_subject(described.group("name"))
            and _trade_of_a_firm(described)
            # "Coal miner Jenkins was killed": a person's fate
            and not (described.group("head") in _PEOPLES_TRADES and _FATE.search(sentence))
        ):
            # "Danish shipping group Maersk said ... The company did not rule out ...": Maersk
            subject = described.group("name")
            head = described.group("head")
            if head in _DESCRIPTION_HEADS and head not in seen:
                self.descriptions[head] = subject
        if (
            subject
            and _company_subject(subject, " its " in sentence)
            # "CutWatch, a website that tracks job cuts, estimates ...": no company
            and not _NOT_A_COMPANY.search(sentence, 0, len(subject) + 40)
            and subject not in self.people
            and subject not in self.people.values()
            and gender(subject) is None
            # "Debris fell into the sea, the company said": the company is another, unless the
            # subject is a name ("German carmaker Volkswagen is recalling ..., the company said")
            and (
                _THE_COMPANY.search(sentence) is None
                or any(e.name == subject or e.text == subject for e in entities)
            )
        ):
            # "Ofgem fined Thames Water. The company said ...": a body the subject acts on or
            # reports on may be the company; a known company reported on is
            others = [
                e
                for e in entities
                if e.text not in subject
                and (
                    e.type == "org"
                    # "Ofwat said Southvale had misreported data": a name of no known type
                    # reported on may be the company too, unless the subject is one
                    or (
                        e.type == "other"
                        and not any(o.type == "org" and o.text in subject for o in entities)
                    )
                )
                and _acted_on(e, sentence)
            ]
            reported = [
                e.name
                for e in others
                if e.name in KNOWN_COMPANIES
                and _REPORTS_ON.search(sentence, max(0, e.start - 30), e.start)
            ]
            for h in ("company", "firm"):
                if h not in seen and h not in self.named_bodies:
                    # never over a company named in full
                    self.descriptions[h] = (
                        reported[0] if len(reported) == 1 else "" if others else subject
                    )
        elif "company" not in seen and "company" not in self.named_bodies:
            # "Regulators said Boeing had failed ... The company said": the one known company
            # the sentence reports on or acts on, when its subject is no company
            known = {
                e.name for e in entities if e.name in KNOWN_COMPANIES and _acted_on(e, sentence)
            }
            # "Regulators said Boeing and Airbus had ...": two companies, neither
            if len(known) == 1 and len({e.name for e in entities if e.type == "org"}) == 1:
                self.descriptions["company"] = self.descriptions["firm"] = known.pop()

    named_bodies: set[str] = field(default_factory=set)
    """Heads a body was named for in full ("Jaguar Land Rover Ltd" for "the company"): a
    subject like "Sunak" does not take them over."""

    def described(self, head: str) -> str | None:
        """The body "the <head>" means ("the bank" -> "the European Central Bank"), or None."""
        return self.descriptions.get(head.lower()) or None

    lead_in: str | None = None
    """A sentence that introduced a list ("The recall covers:"), which each verbless item
    after it completes ("Nordwind OH-1500, lot numbers ...")."""

    subject_is_thing: bool = False
    """Whether the sentence before said "its" (and no "he", "she"): its subject, even a name
    shaped like a person's ("Goldman Sachs cut its forecast"), is what a following "it" is."""
    thing_subject: bool = False
    """Whether the sentence before had a long subject that is a thing ("The decision to close
    three of its plants ..."), not kept as `subject`: a following "It said" is the body before."""
    reported: bool = False
    """Whether the sentence before reported someone's words: its people are speakers, not
    who "the 34-year-old" in the next sentence is."""
    apostrophe: str = "’"
    """The apostrophe the text writes ("’" or "'"), for possessives the claims add."""
    plural_speaker: str | None = None
    """The many the sentence before reported ("the authors reported"), as written, whom a
    following "They said" means."""
    named_speaker: str | None = None
    """A name the sentence before reported that reads as a person's but need not be one
    ("Kessler Hydraulik said ..."): no given name tells, so a following "It said" means it."""

    def forget_speakers(self) -> None:
        """Drop who the sentence before reported or quoted (each sentence sets them anew)."""
        self.speaker = self.quote_speaker = self.quote_phrase = self.plural_speaker = None
        self.named_speaker = None
        self.reported = False


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s\s*([,;:!?%’”)]|\.(?![\w]))")  # \s\s*: \s+ the engine skips to
"""Space before punctuation, not before ".NET" or ".5"."""
_SPACE_POSSESSIVE = re.compile(r"(\w[’'])\s+(?=s\b)")
_SPACE_AFTER = re.compile(r"([(“])\s+")


_MARKUP = re.compile(
    r"</?[A-Za-z][^<>]{0,200}>|\*\*|__|(?<!\w)\*(?=\w)|(?<=\w)(?<!(?<!\w)[A-Z])\*(?!\w)"
)
"""Tags and Markdown emphasis; not the star of a grade ("an A or A*", "9* rated")."""
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
    if not text.isprintable() and _CONTROL.search(text):  # every control is unprintable
        text = _CONTROL.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _space_before(text: str) -> bool:
    """Whether `_SPACE_BEFORE` matches in `text`. In a printable ASCII text (most) the only
    space is " " and a match is " " then the mark: eight substring tests, cheaper than the
    search."""
    if text.isascii() and text.isprintable():
        return (
            " ." in text
            and _SPACE_BEFORE.search(text) is not None
            or " ," in text
            or " ;" in text
            or " :" in text
            or " !" in text
            or " ?" in text
            or " %" in text
            or " )" in text
        )
    return _SPACE_BEFORE.search(text) is not None


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


def _clean(text: str) -> str:
    """Tidy a claim's wording: spacing, markup and control characters, capital, final stop."""
    if "<" in text or "*" in text or "_" in text:
        text = _MARKUP.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if not text.isprintable() and _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        text = _SPACES.sub(" ", text)
    text = text.strip(" ,;:-–—")
    if _space_before(text):
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
    elif (
        text[-1:] in '”"'
        and text[-2:-1] not in ".!?,;:…"
        and (text.count('"') % 2 == 0 if text[-1] == '"' else "“" in text)
    ):
        text += "."  # 'said the parliament had "caved to pressure".'
    return text


_FIRST_WORDS = re.compile(r"\s*(" + _WORD.pattern + ")" + (r"(?:\s*(" + _WORD.pattern + "))?") * 4)
"""The first five `_WORD` matches in one match: `findall` skips only white space between
them, and a later group that fails leaves the ones after it unmatched too."""


def _first_words(text: str) -> list[str]:
    """`_WORD.findall(text)[:5]`, without reading the rest of the text."""
    m = _FIRST_WORDS.match(text)
    return [word for word in m.groups() if word is not None] if m is not None else []


def _is_verb(word: str, prev: str | None) -> bool:
    low = word.lower()
    if low in _AUX or low in _COMMON_VERBS:
        return not (prev and prev.lower() in _DET)
    if "-" in word or not word.isalpha() or word[0].isupper():
        return False
    if low.endswith("ed") and len(low) > 4 and low not in _BASE_IN_ED:
        return not (prev and (prev.lower() in _DET or prev.lower() in _PREP))
    return False


_BASE_IN_ED = frozenset(
    "speed need feed seed breed bleed proceed succeed exceed heed embed shred".split()
)
"""Base forms that end in "-ed" like a past participle ("would cap rents and speed up ...")."""


_PRONOUN_START = re.compile(
    r"(?:He|She|It|They|We|I|he|she|it|they|we)\s+(?:also\s+|still\s+|"
    # not "He and his wife left": a subject joined to another
    r"later\s+|then\s+|now\s+|often\s+)?(?=[a-z])(?!(?:and|or|nor)\s)"
)
_COPULA = re.compile(
    r"(is|are|was|were|has been|have been|had been|(?:will|would|could|may|might|must|should|can)"
    r" be)\b"
)
_PLACE_OF = re.compile(r"^(?:the )?(?:city|town|village|region) of ", re.IGNORECASE)
_TRIAL = (
    r"(?:trial|charges?|court|prosecution|extradition|deportation|prison|jail|life|"
    r"a\s+(?:judge|hearing|court|trial|maximum|(?:\w+\s+)?sentence|fine)|up\s+to\s+\d+\s+years)"
)
"""What people arrested face ("trial", "charges")."""
_SUFFERED = re.compile(
    r"\s+(?:(?:are|were|have\s+been|had\s+been|will\s+be|could\s+be|may\s+be)\s+"
    r"(?:(?:also|later|now|still|both|all)\s+)?(?:accused|charged|suspected|held|detained|"
    r"being\s+held|due\s+(?:to\s+(?:appear|face\s+" + _TRIAL + r"|stand\s+trial|be\s+[a-z]+ed)|"
    r"(?:back\s+)?in\s+court|before\s+(?:magistrates|a\s+judge|the\s+court))|"
    r"expected\s+to\s+(?:appear|face\s+" + _TRIAL + r"|stand\s+trial)|"
    r"in\s+custody|taken|treated|questioned|released|freed|remanded|jailed|sentenced|convicted|"
    r"believed)\b|"
    r"(?:(?:face|faced)\s+" + _TRIAL + r"|appeared|will\s+appear|remain\s+in)\b)"
)
"""What is said of people acted on ("are accused of", "were taken to", "face charges")."""
_PATIENT_VERBS = (
    "arrested detained captured rescued charged freed released evacuated kidnapped abducted "
    "jailed sentenced convicted questioned identified intercepted"
).split()
"""The acts of `_PATIENTS`: a text holding none of them (a cheap test) has no match."""
_PATIENTS = re.compile(
    r"\b(?:" + "|".join(_PATIENT_VERBS) + r")\s+"
    r"(?P<np>(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
    r"(?:[a-z]+\s+|[A-Z][a-z]+\s+)?(?:men|women|people|suspects|teenagers|boys|girls|"
    r"migrants|rebels|fighters|soldiers|workers|crew\s+members|passengers|children|"
    r"students|protesters|activists|journalists|survivors))\b"
)
"""People acted on, after the act ("arrested two men", "rescued 40 migrants")."""
_ED_THEN_COUNT = re.compile(r"ed\s+[tfsen\d]")
"""What `_PATIENTS` needs: each of `_PATIENT_VERBS` ends in "-ed", and a count follows it
("two", "three", ..., "ten", "several" or digits)."""
assert all(verb.endswith("ed") for verb in _PATIENT_VERBS)
_OTHER_PERSON = re.compile(
    r"\b(?:a|an|the|two|three)\s+(?:(?P<age>\d{1,3})-year-old|teenager|youngster|striker|forward|"
    r"midfielder|defender|goalkeeper|player|man|woman|men|women|boy|girl|suspect|defendant|"
    r"driver|victim|child|pupil|student|worker|officer|soldier)s?\b"
)
_PERSON_NOT_PLAIN = re.compile(r"\bof\s+[A-Z]|[A-Z][\w-]*[’']s\b|,\s*\d{1,3}\b")
"""Around a person's name: "of X" (a victim, a relative), "X's" (a possessor), "X, 34"."""
_SURNAME_PARTICLE = re.compile(
    r"\s(?:de|van|von|van der|van den|da|di|du|del|della|le|la|ter)\s[A-Z][\w’'-]+$"
)
"""A last name with its particle ("de Wolde", "van der Berg")."""
_UNNAMED_NOUN = (
    r" (?:(?P<f>woman|girl|mother|wife|daughter|sister|grandmother|widow|niece)"
    r"|(?P<m>man\b|boy|father|husband|son\b|brother|grandfather|widower|nephew))"
)
_UNNAMED = re.compile(
    _UNNAMED_NOUN
    # an unnamed speaker opening the sentence ("A spokeswoman for the ministry said"), not
    # one named in an appositive ("Nikos Papadakis, a spokesman for ...")
    + r"|^(?:a|an|the) (?:[a-z]+ )?(?:(?P<f2>spokeswoman|chairwoman|businesswoman|congresswoman|"
    r"policewoman|councilwoman)|(?P<m2>spokesman|chairman|businessman|congressman|policeman|"
    r"councilman)"
    # "A third inmate was questioned. He ...": a person of either sex opening the sentence
    r"|(?P<n>inmate|prisoner|suspect|driver|passenger|officer|worker|student|patient|pilot|"
    r"soldier|teenager|resident|witness|victim|defendant|employee|tourist|motorist|"
    r"pedestrian|cyclist|hiker|climber|guard|detainee|migrant|survivor|guide|instructor|"
    r"teacher|nurse|farmer|fisherman|gunman|attacker|shooter|skier|swimmer|jockey|athlete|"
    r"toddler|priest))\b"
    # the person, not a noun it qualifies ("The priest shortage", "the teacher union")
    r"(?!\s+(?:shortage|shortages|abuse|scandal|union|unions|strike|strikes|training|pay|"
    r"numbers|crisis|group|groups|association|licence|license|camp|population|visa|shelter)\b)"
)
"""Nouns for people without their name, by the pronoun that may mean them."""
_UNNAMED_AFTER_START = re.compile(_UNNAMED_NOUN)
"""`_UNNAMED` after the start, where its "^" branch cannot match: the engine skips to spaces."""
_GENDERS = {
    (False, False): frozenset(),
    (True, False): frozenset("f"),
    (False, True): frozenset("m"),
    (True, True): frozenset("fm"),
}
_NAMED_AFTER = re.compile(r",\s+(?:[a-z]+\s+){0,2}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,")
"""A name set after an unnamed person's noun ("the widow, Jane Smith,")."""
_BARE_DESCRIPTION = re.compile(r"[Tt]he\s+([a-z]+)")
"""A subject that is a common noun alone ("The court"), which means a body named before."""
_PRONOUN_OPEN = re.compile(
    r"(?:[A-Z][^,]{0,60},\s+|(?:There|Here|Later|Then|Soon|Eventually|Afterwards|Now)\s+)?"
    r"(He|She|It|They|His|Her|Its|Their|he|she|they)"
    r"\b(?![’'])\s*"
)
ING_ASIDE = (
    r"(?!(?:during|according|including|concerning|regarding|following|pending|"
    r"notwithstanding|nothing|something|anything|everything|morning|evening)\b)[a-z]+ing\s"
)
"""A participle opening an aside ("speaking after a meeting", "wearing balaclavas"), not a
preposition in "-ing" ("during talks") or a noun ("morning")."""
_ING_PHRASE = re.compile(ING_ASIDE)
_BETWEEN_END = re.compile(
    r"\bbetween\s+$|\bboth\s+$"
    r"|\b(?:merger|combination|marriage|partnership|alliance|tie-up|union)\s+of\s+$"
)
"""Before "A and B" that are one pair: "between", "both", "the merger of"."""
_DET_OPEN = re.compile(r"(?:a|an|the|his|her|its|their)\s")
_ING_OPEN = re.compile(r"\w+ing\b")
_ARTICLE_OPEN = re.compile(r"(?:an?|the)\s|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?[’']s\s+[a-z]")
"""What opens an appositive: an article, or a possessive ("Chega's leader")."""
_DIGIT_OR_CAP = re.compile(r"\d|[A-Z]")
_LOWER_TOKEN = re.compile(r"(?<![\w'’\-/])[a-z]+(?![\w'’\-/])")
_VERBS = _AUX | _COMMON_VERBS
_TRADE_VERBS = frozenset(("imports", "exports", "projects", "face", "faces"))
"""Verbs that are nouns as often ("Canada imports sugar", "Oil imports fell", "The suspects
face up to 10 years", "face masks"): read as verbs by `_main_verb` alone, and only where a noun
cannot be."""
_VERB_CANDIDATE = re.compile(
    r"(?<![\w'’\-/])(?:"
    + literal_alternation({v for v in _VERBS | _TRADE_VERBS if v.isalpha() and v.islower()})
    + r"|[a-z]{3,}ed)(?![\w'’\-/])"
)
"""The `_LOWER_TOKEN` tokens `_main_verb` looks at (a known verb, or five letters or more
ending in "-ed"), found by the regex engine rather than by a Python loop over every word."""


def _trade_verb_opens(words: list[str]) -> bool:
    """Whether a clause's words open with "imports" or "exports" as a verb with its object
    ("imports wheat"), not as a noun ("imports rose", "exports of cars", "exports both")."""
    return (
        len(words) > 1
        and words[0].lower() in _TRADE_VERBS
        and words[0].lower() not in ("face", "faces")  # "wore gloves and face masks"
        and words[1].isalpha()
        and words[1].lower() not in _PREP
        and words[1].lower() not in ("worth", "both", "and", "or")
        and _VERB_CANDIDATE.fullmatch(words[1]) is None
    )


def _demonym(word: str) -> bool:
    """ "Belgian", "French", "Dutch": a people's adjective (whose noun a list may share)."""
    return word[:1].isupper() and " " not in word and _is_demonym(word.lower())


def _prev_word(text: str, at: int) -> str:
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    k = j
    while k >= 0 and not text[k].isspace():
        k -= 1
    return text[k + 1 : j + 1].lower()


_FUNCTION_WORDS_IN_S = frozenset(
    "this thus perhaps always across unless whereas besides towards sometimes nevertheless "
    "less does was has is its his".split()
)
"""Words in "-s" that are neither plural nouns nor verbs in "-s" ("This", "always")."""
_FUNCTION_WORDS_IN_S_ALT = "|".join(sorted(_FUNCTION_WORDS_IN_S))
_PLURAL_THEN_WORD = re.compile(
    r"\b(?!(?i:" + _FUNCTION_WORDS_IN_S_ALT + r")\b)[A-Za-z]{3,}s\s+([a-z]+)\b"
)
"""A plural noun (not "This", "Thus") and the word after it, maybe its verb."""
_NOT_VERB_AFTER_NOUN = frozenset(
    "and or but that which who whom whose than also not only both either such as so very more "
    "most less least".split()
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_MODAL_NEXT = re.compile(r"\s+(?:would|will|could|can|may|might|must|should|shall)\b")
_AUX_AHEAD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b")


_CLAIM_NOUN_THAT = re.compile(
    r"\s+(?:suggestions|claims|reports|allegations|accusations|rumours|rumors|fears|"
    r"suspicions|concerns|speculation|assertions|charges|warnings)\s+that\s"
)
"""A noun that a "that" clause completes, after a verb in "-ed" ("rejected claims that")."""


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
    if _CLAIM_NOUN_THAT.match(text, end):
        return False  # "rejected suggestions that the government had been slow": a verb
    stop = len(text)
    for sep in (",", " and ", ";", " but "):  # "remained open to talks but would not"
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
    skip_to = 0
    relative_verb = -1  # the verb of a restrictive "who" clause inside the subject
    for m in _VERB_CANDIDATE.finditer(text, 1):
        low = m.group(0)
        known = low in _VERBS or low in _TRADE_VERBS
        at = m.start()
        if at < skip_to:
            continue
        prev = _prev_word(text, at)
        if relative_verb >= 0 and (
            prev in _AUX
            or prev in _PRONOUN_SUBJ
            or prev in _STILL_RELATIVE
            or (
                prev.endswith("ly")
                and _prev_word(text, text.rfind(" ", 0, at - 1)) in _AUX | {"who"}
            )
        ):
            # "who was arrested", "who say they were", "who did not have dementia and had",
            # "who were successfully treated": still the relative's
            continue
        if known and low in _NOUN_TOO and text.endswith(("'s ", "’s "), 0, at):
            continue  # "The bank's forecast shows ...": the owner's noun, not a verb
        if prev in _DET or (
            not known
            and (
                prev in _PREP
                # a gerund before it ("using fertilised eggs"), not a person's surname
                # ("Graham Stirling called for"; "a Reading based firm", "Following
                # delayed talks" are no names)
                or (prev.endswith("ing") and not _surname_before(text, at))
            )
        ):
            if not (prev == "than" and text.endswith(("more than ", "less than "), 0, at)):
                continue  # not "free cash flow more than doubled": a verb after all
        if not known and _adjectival(text, m.end()):
            continue
        if low.endswith("s") and _MODAL_NEXT.match(text, m.end()):
            continue  # "most of the job cuts would be ...": a noun before its modal
        if low == "think" and text.startswith(" tank", m.end()):
            continue  # "Brookings think tank": the noun
        if low == "fear" and not (prev.endswith("s") or prev in _PRONOUN_SUBJ):
            continue  # "public fear grew": the noun; "Residents fear": the verb
        if low == "projects" and not text.startswith(" that ", m.end()):
            continue  # "The bureau projects that": the verb; "building projects": the noun
        if low in _TRADE_VERBS and (
            text[m.end() : m.end() + 1] != " "
            or prev in ("and", "or", "of", "for", "on", "in")
            or _VERB_CANDIDATE.match(text, m.end() + 1)
            or text.startswith(("both ", "worth "), m.end() + 1)
        ):
            continue  # "Oil imports fell", "imports and exports": the noun; "Canada imports
            # sugar": the verb
        if (
            low.endswith("ed")
            and prev.endswith("ly")
            and _GRADED_ADVERB_BEFORE.search(text, max(0, at - 40), at)
        ):
            continue  # "the most commonly reported side effect": an adjective
        if low.endswith("s") and _NOUN_BEFORE_ASIDE.match(text, m.end()):
            continue  # "The number of asylum claims, which include ...": the subject's noun
        if prev in ("and", "or", "but"):
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
                    # "Young voters participation ... but rose": a noun, no verb
                    and not (len(word) > 6 and word.endswith(_NOUN_ENDINGS))
                ):
                    if (
                        word.endswith("s")
                        and len(word) > 3
                        # "The new virus spreads": a singular noun in -s, not a verb
                        and not text[plural.start() : plural.start(1)]
                        .rstrip()
                        .lower()
                        .endswith(("us", "is", "ss"))
                    ):
                        before = _prev_word(text, plural.start())
                        if (
                            before.isalpha()
                            and before not in _DET
                            and before not in _PREP
                            and not before.endswith(("ing", "ed"))  # "with purified proteins"
                        ):
                            # "The plan raises taxes ... and cuts ...": a singular noun, its
                            # verb in "-s", then a plural object (not "Prices rose and")
                            return plural.start()
                        if not before and prev == "but":
                            # "Arms sales to Ukraine outpace production but have slowed": two
                            # nouns opening the sentence, its subject; look further on
                            plural = _PLURAL_THEN_WORD.search(text, plural.end(1), at)
                            continue
                    return plural.start(1)
                plural = _PLURAL_THEN_WORD.search(text, plural.end(1), at)
            if low.endswith("ed") and (noun := _WORD_AFTER.match(text, m.end())):
                if noun.group(1) not in _DET and noun.group(1) not in _PREP:
                    continue  # "Aspirin and related compounds": no verb yet, an adjective
        if brackets and text.count("(", 0, at) + text.count("[", 0, at) > text.count(
            ")", 0, at
        ) + text.count("]", 0, at):
            continue
        comma = text.rfind(", ", 0, at) if "," in text else -1
        if comma > 0 and (
            _APPOSITIVE_RELATIVE.match(text, comma, at)
            or (
                # "Hale, a former banker appointed by the governor in 2019, resigned": the
                # appositive's participle
                low.endswith("ed")
                and _APPOSITIVE_NP.fullmatch(text, comma, at)
                and _PREP_AFTER.match(text, m.end())
                and _NAME_BEFORE_COMMA.search(text, 0, comma)
                and not _FRONTED_PP_OPEN.match(text, 1 if text[:1] == " " else 0)
            )
        ):
            # "Voss, the glaciologist whose surveys produced ..., died": the verb of the
            # appositive's relative clause; the sentence's comes after its closing comma
            close = text.find(", ", at)
            if close > 0:
                skip_to = close
                continue
        if relative_verb < 0 and prev == "who" and _WHO_AFTER_NOUN.search(text, 0, at):
            # "Families who lost relatives sued the club": the subject's relative clause; the
            # sentence's verb comes after it (else the relative's is all there is)
            relative_verb = at
            continue
        if (
            (low.endswith("ed") or low in _PAST_PARTICIPLES)
            and ", wh" in text
            and prev not in _AUX
            and prev not in _PRONOUN_SUBJ
            and prev not in _STILL_RELATIVE  # "and boosted in vivo X, which ..., improved"
            and prev[-1:].isalnum()  # a noun before it, not the start of a verb phrase
            and not prev.endswith("ly")
            and (later := _PARTICIPLE_RELATIVE_THEN_VERB.match(text, m.end())) is not None
            and (
                later.group("verb") in _VERBS
                or (
                    later.group("verb").endswith("ed")
                    and later.group("verb") not in _NOT_VERB_AFTER_NOUN
                )
            )
            # not the relative's own list: "silencing, which promoted X, improved Y"
            and not (
                later.group("wh") == "which"
                and later.group("rel").endswith("ed")
                and later.group("verb").endswith("ed")
            )
        ):
            # "Two ferries ordered in 2015 from the shipyard, which was nationalised in 2019,
            # are years late", "A review led by X, which was published in July, recommended":
            # the participle and the relative are the subject's; its verb comes after them
            return later.start("verb")
        if relative_verb >= 0 and "," in text[relative_verb:at]:
            # "Of the 515 patients who met the criteria, 84% had ...": the relative of a
            # fronted phrase, or of an aside; its verb is the one to go on from
            return relative_verb
        return at
    if relative_verb >= 0:
        return relative_verb
    present = _PRESENT_AFTER_NOUN.match(text)
    if present and present.group(1) not in _FUNCTION_WORDS_IN_S:
        return present.start(1)  # "The rover carries 11 instruments": a verb the lexicon lacks
    base = _BASE_AFTER_PLURAL.match(text)
    if base is None:
        return -1
    verb = base.group(1)
    if (
        verb not in _PREP
        and verb not in _DET
        and verb not in _NOT_VERB_AFTER_NOUN
        and verb not in _NOT_BASE_VERBS
        and not verb.endswith(_NOUN_ENDINGS)
        and (
            not verb.endswith(_ADJECTIVE_ENDINGS)
            or verb in _BASE_VERBS
            or verb in ("prevent", "invent", "present")
        )
        and (base.group("next") not in _PLACE_WORDS_AFTER or verb in _BASE_VERBS)
    ):
        return base.start(1)  # "Similar schemes operate in 50 countries": the same, plural
    return -1


_PAST_PARTICIPLES = frozenset(
    "led made built held run won sold bought taken given written known seen set kept brought "
    "sent hit shot caught chosen drawn grown shown thrown".split()
)
"""Irregular past participles that may open a noun's reduced relative ("a review led by")."""
_PARTICIPLE_RELATIVE_THEN_VERB = re.compile(
    r"\s+(?:by|in(?!\s+(?:vivo|vitro|situ)\b)|from|at|for|on|with|to|under|after|during|since)\b"
    r"[^,;]*,\s+(?P<wh>which|who)\s(?P<rel>[a-z]+)[^,;]*,\s+(?P<verb>[a-z]+)\b(?!-)"
)
"""After a participle: its phrase, a relative clause between commas, then a lowercase word
that may be the sentence's verb ("ordered in 2015 from X, which was ..., are")."""
_NAME_AFTER_FRONTED = re.compile(
    r"\s(?P<before>[a-z\d][\w’'-]*)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$"
)
"""The name ending a fronted phrase without a comma, after a lower-case word or a number."""
_SURNAME_BEFORE = re.compile(r"(?<![\w’'])([A-Z][a-z]+\.?)\s+[A-Z][a-z]*ing\s+$")
"""A given name and a surname in "-ing" right before a word ("Graham Stirling ")."""


def _surname_before(text: str, at: int) -> bool:
    """Whether a person's given name (or title) and surname in "-ing" end right before `at`
    ("Graham Stirling called", "Dr Golding visited", "Chelsea Manning said"; not "a Reading
    based", "Most Reading based firms")."""
    named = _SURNAME_BEFORE.search(text, 0, at)
    return named is not None and named.group(1).lower() not in _NO_GIVEN_NAMES


_NO_GIVEN_NAMES = frozenset(
    "the a an this that these those its their his her our in on at by for from with to of "
    "most many some several few all both each every other another two three four five six "
    "seven eight nine ten local new old top more less".split()
)
"""Capitalised words before a name in "-ing" that are no given name ("Most Reading")."""


_STILL_RELATIVE = frozenset("not never also and or but".split())
"""Words before a verb that keep it in the relative clause the verb before opened."""
_WHO_AFTER_NOUN = re.compile(r"[A-Za-z]\s+who\s+$")
"""A restrictive "who" right after its noun (no comma: "Families who ")."""
_NOUN_TOO = frozenset(
    "forecast forecasts cut cuts set sets hit hits means needs offers plays works claims "
    "states holds leads meets marks runs falls rises lies shows uses spending".split()
)
"""Known verbs that are also nouns after a possessive ("the bank's forecast", "Apple's cuts")."""
_PRESENT_AFTER_NOUN = re.compile(
    r"(?:The|the|A|a|An|an|Its|its|This|this)\s+(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*[^s\W]\s+"
    r"([a-z]{3,}s)\s+(?=(?:the|a|an|its|their|his|her|about|more|some|up|down)\b|\d|[$€£])"
)
"""A singular noun phrase, a verb in "-s" and its object ("The rover carries 11 ...")."""


_BASE_AFTER_PLURAL = re.compile(
    # the clause's own subject: after a determiner, or opening the sentence (not the tail of
    # a clause, "and sells fuel to 40 countries", "and its factory in Leeds")
    r"(?:(?:(?:The|the|Their|their|These|these|Those|those|Some|some|Many|many|Most|most|"
    r"Similar|similar|Other|other)\s+|(?=[A-Z]))(?:[a-z][a-z-]*\s+){0,2}?"
    # a tail after "and" with a word before its plural ("and homeostatic mechanisms try to")
    r"|(?!(?:" + _FUNCTION_WORDS_IN_S_ALT + r")\b)[a-z][a-z-]*(?<!s)\s+"
    r"(?:[a-z][a-z-]*\s+)?|(?=others\s))"
    r"(?!(?:" + _FUNCTION_WORDS_IN_S_ALT + r")\b)"
    r"[A-Za-z][a-z-]*[^su\W]s\s+"
    r"([a-z]{3,}(?<![s])(?<!ly)(?<!ing)(?<!ed))\s+(?=(?P<next>the|a|an|its|their|his|her|about|"
    r"more|some|up|down|in|on|at|to|for|with|from|into|across|over)\b|\d|[$€£])"
)
"""A plural noun phrase, a base verb the lexicon lacks and its object or place ("Similar
schemes operate in ...", "The pills reduce the risk"); before a place, only a base verb the
lexicon knows ("operate in", not "The jobs market in Wales")."""
_ADJECTIVE_ENDINGS = ("ant", "ent", "ive", "ous", "ful", "able", "ible", "ic", "ary", "less")
"""Endings of an adjective after a plural ("Parasites resistant to chloroquine")."""
_PLACE_WORDS_AFTER = frozenset("in on at for with from into across over".split())
_NOT_BASE_VERBS = frozenset(
    "throughout beneath below above unlike besides except versus alone only all both each "
    "also even just still already often now then there here together worth apiece ago alike "
    "overall combined".split()
)
"""Words after a plural noun that are no verb ("accolades throughout his career")."""
_NOUN_ENDINGS = (
    "ence",
    "ance",
    "tion",
    "sion",
    "ment",
    "ity",
    "ness",
    "ism",
    "ship",
    "hood",
    "ics",
    "al",
    "ist",
    "ian",
    "ine",
    "ure",
    "age",
    "ogy",
)
"""Endings of a noun that follows a plural in a compound ("diabetes prevalence in")."""
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*[a-z])\b(?<!ly)(?!-)")
"""The lowercase word after a participle, not an adverb in "-ly" ("related compounds")."""
_GRADED_ADVERB_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:most|more|least|less)\s+\w+ly\s+$")
"""Before a participle: it is an adjective of a noun phrase ("the most commonly reported")."""
_NOUN_BEFORE_ASIDE = re.compile(r",\s+(?:which|who)\s")
"""After a plural noun: a relative clause between commas (a verb takes no ", which")."""
_APPOSITIVE_NP = re.compile(r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w-]*\s")
"""An appositive opened by an article, a noun of at most four words, up to the word after it
("Hale, a former banker ")."""
_NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w’'.-]*$")
_FRONTED_PP_OPEN = re.compile(
    r"(?:With|In|On|At|For|From|By|After|Before|During|Under|When|While|If|Once|Asked|"
    r"Speaking|Unlike|Like|As|Outside|Inside)\s"
)
_PREP_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:by|from|for|in|at|to|as|with|on)\b")
_APPOSITIVE_RELATIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+[^,]{0,60}?\b(?:whose|who|which)|who|whose)\b"
)


_ING_NOUNS = frozenset(
    "meeting hearing building funding wedding ceiling morning evening offering briefing "
    "screening rating ruling sentencing bombing shooting killing landing opening signing "
    "spending training warning housing clothing setting painting recording filing".split()
)
"""Nouns in "-ing" that end a noun phrase ("a meeting"), not verbs that open a clause."""


_ORDINAL_ADJECTIVES = frozenset("first second third fourth fifth last next latest only new".split())
_NAMING_PARTICIPLES = frozenset("named called dubbed titled entitled nicknamed renamed".split())


_SUBORDINATORS = frozenset(
    "when while whereas because although though unless until once where".split()
)
"""Words that open a clause, never part of the noun phrase after them."""


def _np_before(text: str, end: int) -> str:
    """The noun phrase ending at `end`: back to a determiner, preposition, verb or comma."""
    words = list(_WORD.finditer(text[:end]))
    start_index = len(words)
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group(0)
        low = w.lower()
        if (
            low == "of"
            and i > 0
            and start_index < len(words)
            and words[i - 1].group(0)[:1].isupper()
            and words[start_index].group(0)[:1].isupper()
        ):
            continue  # inside a name: "the Bank of England", "the University of Oxford"
        head = words[i - 1].group(0) if low == "of" and i > 0 else ""
        if (
            head
            and start_index < len(words)
            and words[start_index].group(0)[:1] in "$€£¥0123456789"
            and head.isalpha()
            and head.islower()
            and head not in _COMMON_VERBS
            and head not in _DET
            and head not in _PREP
            and head not in ("total", "number", "average", "maximum", "minimum")
            and not head.endswith(("ed", "ing"))
        ):
            # "revenue of $4 billion, which ...": the figure of what, with its determiner
            start_index = i - 1
            if i > 1 and words[i - 2].group(0).lower() in _DET:
                start_index = i - 2
            break
        if (
            w in (",", ";", ":", "(", ")", "—", "–")
            or low in _PREP
            or low in _AUX
            or low in ("and", "or", "but", "that", "which", "who")
            # "evacuating people when Cyclone Tamsin, which ...": the clause's subject
            or (w.islower() and low in _SUBORDINATORS)
        ):
            break
        if i > 0 and w.islower() and words[i - 1].group(0).lower() in _MODAL:
            break  # "will play Taylor Fritz": "play" is a verb after its modal
        if (
            i > 1
            and w.islower()
            and low in ("up", "out", "off", "down")
            and words[i - 2].group(0).lower() == "to"
            and words[i - 1].group(0).isalpha()
            and words[i - 1].group(0).islower()
        ):
            break  # "to speed up compensation payments": the verb's particle, then its object
        if (
            (
                low in _COMMON_VERBS
                and not w[:1].isupper()
                # "The cuts, which": a plural noun right before the end, after a determiner
                # or another noun ("Spending cuts"), not a verb
                and not (
                    i == len(words) - 1
                    and low.endswith("s")
                    and i > 0
                    and (
                        words[i - 1].group(0).lower() in _DET
                        or (
                            words[i - 1].group(0).islower()
                            and words[i - 1].group(0) not in _COMMON_VERBS
                            and words[i - 1].group(0) not in _AUX
                            and words[i - 1].group(0) not in _MODAL
                            and not words[i - 1].group(0).endswith(("ed", "ly"))
                        )
                    )
                )
            )
            or (low.endswith("ing") and w.islower() and len(low) > 5 and low not in _ING_NOUNS)
            or (  # "Police reported two arrests": a past verb after a name
                low.endswith("ed")
                and w.isalpha()
                and w.islower()
                and len(low) > 4
                and i > 0
                and (
                    words[i - 1].group(0)[:1].isupper()
                    and words[i - 1].group(0).lower() not in _DET
                    # "The firm hired Acme Corp": a past verb after a determiner and a noun
                    or i > 1
                    and words[i - 1].group(0).islower()
                    and words[i - 1].group(0).isalpha()
                    and words[i - 1].group(0) not in _DET
                    and words[i - 1].group(0) not in _ORDINAL_ADJECTIVES  # "the first confirmed"
                    and not words[i - 1].group(0).endswith("ly")  # "A recently developed X"
                    and low not in _NAMING_PARTICIPLES  # "A character named Totoro"
                    and words[i - 2].group(0).lower() in _DET
                    and i + 1 < len(words)
                    # "The firm hired Acme Corp", "The study enrolled 500 patients"
                    and (words[i + 1].group(0)[:1].isupper() or words[i + 1].group(0)[:1].isdigit())
                )
            )
        ):
            break  # a verb ends the phrase; "the Fed" is a name, not "fed"
        start_index = i
        if low in _DET:
            break
    if start_index >= len(words):
        return ""
    begin = words[start_index].start()
    if text[end - 1 : end] in ('"', "”") and begin > 0 and text[begin - 1] in ('"', "“"):
        begin -= 1  # 'starred in "The Confession", which': the title whole, in its quotes
    phrase = text[begin:end].strip()
    phrase = re.sub(
        r"^(?:the )?(?:city|town|village|region|province|country) of ",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    return phrase


_PHRASE_COMMA = re.compile(r",(?!(?<=\d,)\d)(?!\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\b)")
"""A comma between phrases, not inside a number ("12,500") or before a home town ("the San
Jose, California-based company")."""


def _is_name(phrase: str) -> bool:
    """A phrase that is a known name ("Italy", "Sicily") or capitalised words only, more than
    one ("Emily Thornberry"), not an adverb or participle opening the clause."""
    words = phrase.split()
    if phrase.lower() in _ALIASES or phrase.lower() in _PLACES:
        return True
    return len(words) > 1 and all(w[:1].isupper() for w in words)


_VERB_BEFORE_TO = re.compile(r"(?<=\S)\s+([a-z]+s)\s+to$")
"""A subject ending "... aims to": the present verb the verb finder did not know."""
_TRAILING_ADVERB = re.compile(r"(?<=\S)\s+([a-z]+ly)$")
_LY_NOUNS = frozenset(
    "family assembly ally rally supply monopoly anomaly belly jelly bully holly lily fly "
    "reply italy july daily weekly monthly quarterly elderly tally friendly early only "
    "homily melancholy".split()
)
"""Words in "-ly" that end a noun phrase ("the family", "the weekly")."""
_LY_ADVERBS = frozenset(
    "recently narrowly ultimately eventually previously initially subsequently finally "
    "reportedly allegedly apparently currently officially formally publicly quietly quickly "
    "slowly largely mostly mainly partly fully nearly barely briefly repeatedly successfully "
    "unanimously overwhelmingly immediately already".split()
)
_NAME_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")
"""First characters of a word that ends a name: a capital, or "(" of "(AD)"."""


_GERUND_SUBJECT_AUX = frozenset("was is has had were are will would could may might".split())
_ADJECTIVE_PARTICIPLE_NP = re.compile(
    r"(?!(?:Using|Including|Following|Based|Given|Compared|According|Regarding|Considering|"
    r"Excluding|Starting|Beginning|Assuming|Concerning)\b)[A-Z][a-z]+(?:ed|ing)\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|it|them|him|and|or|to|by|"
    r"in|on|at|of|for|with|from|as|into|up|out|down|off|over)\b)[a-z][a-z-]+\b"
)
"""An adjective in "-ed"/"-ing" and the noun after it opening a sentence ("Adjusted earnings",
"Rising prices"), not a verb and its object ("Joined the NFL", "Using human neurons")."""
_NAME_LIST_PART = re.compile(r"[A-Z][\w&’'.-]*(?:\s(?:(?:and|or|of|the)\s)?[A-Z][\w&’'.-]*){0,3}")
"""One item (or the last "A and B" pair) of a list of names opening a sentence."""
_FRONTING_WORDS = frozenset(
    "like unlike besides outside inside across amid amidst against with without as after "
    "before under over beyond despite near".split()
)
_RELATIVE_TIME_PART = re.compile(r"(?i)(?:[\w-]+ ){1,3}(?:later|earlier|ago|afterwards)")
"""A fronted time counted from another ("Two years later, he made ...")."""
_TIME_OPENERS = frozenset("yesterday today tomorrow earlier later meanwhile now then".split()) | (
    frozenset(_WEEKDAYS)
)


_SUBJECT_ADVERBS = (" also", " now", " still", " later", " then", " previously", " already")
"""Adverbs between a subject and its verb, which are no part of the subject."""


_HEDGED_COUNT_SUBJECT = re.compile(
    r"(?:[Aa]bout|[Aa]round|[Oo]ver|[Uu]nder|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]pproximately)\s+"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|"
    r"thousands)\b)"
)
"""A count with its hedge that opens a subject ("About 1,100 dock workers"), not a fronted
phrase."""


_FRONTED_PARTICIPLE_PHRASE = re.compile(
    r"[a-z]{3,}ed\s+(?:online|on|by|in|at|from|late|last|earlier|overnight|yesterday|today|"
    r"after|before|during|since|following)\b[^,]{0,40},"
)
"""A participle and its adjunct inside a fronted phrase ("In a statement posted online,")."""


_FRONTED_WHERE = re.compile(r",\s+(?:where|when)\s+[^,]*$")
"""A relative of a fronted place or time that runs up to the first verb found."""


@functools.lru_cache(maxsize=4096)
def _subject_of(text: str) -> tuple[str, int]:
    """The subject of a clause and the offset where its predicate starts (-1 if none)."""
    verb = _main_verb(text)
    if verb <= 0:
        return "", -1
    after = 0  # where the clause starts again after a fronted phrase whose verb was found
    if (
        "," not in text[:verb]
        and text[: text.find(" ")].lower() in _PREP
        and (comma := text.find(", ", verb)) > 0
        and _FRONTED_PARTICIPLE_PHRASE.match(text, verb)
    ):
        # "In a statement posted online, Koh apologised": "posted" is in the fronted phrase
        after = comma + 2
        if text.startswith(("which ", "where ", "when "), after) and (
            (closing := text.find(", ", after)) > 0
        ):
            # "Under rules introduced after an outage, which left ..., operators must": past
            # the relative of the fronted phrase too
            after = closing + 2
    elif (
        ", wh" in text[:verb]
        and text[: text.find(" ")].lower() in _PREP
        and _FRONTED_WHERE.search(text, 0, verb) is not None
        and (comma := text.find(", ", verb)) > 0
    ):
        # "In Malawi, where the storm caused floods, the government said": "caused" is the
        # fronted place's relative; the subject follows it
        after = comma + 2
    if after:
        subject, later = _subject_of(text[after:])
        if later > 0 and subject:
            return subject, after + later
    subject = text[:verb].strip().rstrip(",")
    if subject.endswith(" cannot"):
        # "The fine cannot be appealed": the modal is the predicate's, not the subject's
        verb = text.rfind("cannot", 0, verb)
        subject = text[:verb].strip()
    if " " in subject and subject.endswith(_SUBJECT_ADVERBS):
        # "Oduya also noted": Oduya
        subject = subject.rsplit(" ", 1)[0].rstrip(",")
    # "The US National Security Council, through spokesperson John Kirby," -> the head NP;
    # "In 1980, Justice Douglas" -> "Justice Douglas" (a fronted phrase is not the subject).
    parts = [p.strip() for p in _PHRASE_COMMA.split(subject) if p.strip()]
    if (
        len(parts) > 1
        and (" and " in parts[-1] or " or " in parts[-1])
        and all(_NAME_LIST_PART.fullmatch(p) for p in parts)
        and _discourse_lead(parts[0] + ", ") is None
        and parts[0].lower() not in _TIME_OPENERS
        # "In Brazil, Petrobras and Vale cut output": a fronted phrase, no list item
        and parts[0].split()[0].lower() not in _PREP | _FRONTING_WORDS
    ):
        return subject, verb  # "Salesforce, Microsoft and Workday have announced": all three
    if (
        len(parts) > 1
        and " of " in parts[0]
        and (" and " in parts[-1] or " or " in parts[-1])
        and parts[0].split()[0].lower() in _DET
        and all(len(p.split()) <= 6 and _main_verb(" " + p) < 0 for p in parts[1:])
    ):
        # "A coalition of librarians, authors and the Louisiana Library Association sued":
        # the group of all of them
        return subject, verb
    head = ""
    fronted_place = False
    for part in parts:
        first = part.split()[0].lower()
        if fronted_place and part is not parts[-1] and part.lower() in _PLACES:
            fronted_place = False
            continue  # "In Windsor, Ontario, Mark Carney promised": the city's region
        fronted_place = first in _PREP and part[-1:].isalpha() and part.split()[-1][:1].isupper()
        if (
            (first in _PREP and not _HEDGED_COUNT_SUBJECT.match(part))
            or first in _ADVERB_OPENERS
            or (part is not parts[-1] and _RELATIVE_TIME_PART.fullmatch(part) is not None)
            # "In Malawi, where the storm caused floods, the government said": a relative
            # aside of the fronted phrase
            or (part is not parts[-1] and first in ("where", "when", "which", "whose"))
            or (
                first.endswith(("ed", "ing"))
                # "Adjusted earnings per share were", "Rising prices hurt": a lone part that
                # opens with an adjective and its noun is the subject (a fronted participle
                # phrase ends with a comma before it; "Joined the NFL" is a verb phrase)
                and not (len(parts) == 1 and _ADJECTIVE_PARTICIPLE_NP.match(part))
                # "signalling was disrupted", "Shipping has slowed": a gerund as the subject
                # of an auxiliary (not "Speaking on Monday, he said")
                and not (
                    len(parts) == 1
                    and " " not in part
                    and part.lower() != "according"
                    and text[verb:].split(" ", 1)[0] in _GERUND_SUBJECT_AUX
                )
                and not (
                    # a name right before the verb: "Boeing said", "Ming Zhou is", "United
                    # Airlines cancelled", "Earlier, Ahmed said"
                    part is parts[-1]
                    and part[:1].isupper()
                    and (
                        _is_name(part)
                        if " " in part
                        else text[verb:].split(" ", 1)[0].lower() in _VERBS
                    )
                )
            )
            or (first.endswith("ly") and not _is_name(part))  # "Italy" is no adverb
            or _discourse_lead(part + ", ")
        ):
            continue
        head = part
        break
    if not head and parts and parts[-1].split()[0].lower() in _PREP:
        # "In his later years Veldkamp lived ...", "In 2019 Reid moved ...": a fronted
        # phrase with no comma, then the name that is the subject
        named = _NAME_AFTER_FRONTED.search(parts[-1])
        if (
            named is not None
            and named.group(2).lower() not in _STOP_CAPS
            # "during exercise the activation of PDHa occurred": part of a noun phrase
            and named.group("before") not in _PREP
            and named.group("before") not in _DET
        ):
            head = named.group(2)
    if (
        head
        and not _is_name(head)
        and all(
            w.lower() in _ADVERB_OPENERS or w.lower() in _VP_ADVERBS or w.lower().endswith("ly")
            for w in head.split()
        )
    ):
        head = ""  # "previously served": no subject of its own
    to_verb = _VERB_BEFORE_TO.search(head) if head.endswith(" to") else None
    if to_verb:
        # "The European Union aims to cut ...": an unknown present verb before "to"
        at = text.rfind(to_verb.group(0).strip(), 0, verb)
        if at > 0:
            head, verb = head[: to_verb.start()], at
    adverb = _TRAILING_ADVERB.search(head) if head.endswith("ly") else None
    before = head[: adverb.start()].split()[-1:] if adverb else []
    if adverb and (
        adverb.group(1) in _LY_ADVERBS
        # after a name: "Democratic Alliance (AD) narrowly", "the Court ultimately"
        or (adverb.group(1) not in _LY_NOUNS and before and before[0][0] in _NAME_END)
    ):
        head = head[: adverb.start()]  # "The AD narrowly won": the subject is "The AD"
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
        return ctx.person_for(low) or subject
    if low in ("it", "they") and ctx.subject:
        if low == "it" and _plural_head(ctx.subject):
            return subject
        if low == "it" and _names_a_person(ctx):
            return subject  # "Halvorsen said ... Northern Skies said it had": no person
        if low == "they" and _singular_common_noun(ctx.subject):
            return subject  # "The win was Rovers' seventh. They have 68 points": not the win
        return ctx.subject
    return subject


_NOT_A_COMPANY = re.compile(
    r"^[^,]{1,60},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:website|site|newspaper|tracker|"
    r"think[- ]tank|charity|non-?profit|blog|publication|database|campaign|union|pressure group|"
    r"watchdog|magazine|broadcaster|podcast|newsletter)\b"
)
"""A subject whose appositive says it is no company ("CutWatch, a website that ...")."""
_COLLECTIVE_NOUNS = frozenset(
    "company club team government party council police army board committee family group "
    "band side crew firm union league bank ministry court jury panel authority agency "
    "department administration opposition coalition alliance squad staff public couple "
    "pair cabinet orchestra crowd audience family household firm trio duo "
    "suspect victim patient person individual driver passenger child teenager student worker "
    "officer employee resident customer user member applicant defendant claimant".split()
)
"""Singular nouns that "they" may stand for: groups ("The club said they would appeal") and
people of unknown sex ("The suspect ... They will appear in court")."""


_PEOPLE_ADJECTIVES = frozenset(
    "elderly poor rich young old sick dead injured wounded unemployed homeless disabled "
    "vulnerable missing accused displaced living wealthy".split()
)
"""Adjectives that name many people after "the" ("The elderly ... They")."""


def _singular_common_noun(phrase: str) -> bool:
    """ "The win", "a report": a singular common noun after a determiner, which "they" does not
    stand for; not a name, a plural or a group ("the club")."""
    if " and " in phrase:
        return False  # "A man and a woman": two
    words = phrase.split(" of ", 1)[0].split()
    if len(words) < 2 or (
        words[0].lower() not in ("the", "a", "an", "this", "that")
        # "Mr Ashcroft's mother": an owner's, one person
        and not words[-2].endswith(("'s", "’s"))
    ):
        return False
    head = words[-1]
    return (
        head.islower()
        and head.isalpha()
        and head not in _COLLECTIVE_NOUNS
        and head not in _PEOPLE_ADJECTIVES
        and not _plural_head(phrase)
    )


_DUMMY_IT = re.compile(
    r"(?:is|was|has been|had been|remains|seems|appears|(?:will|would|could|may|might)\s+be)"
    r"\s+(?:not\s+)?(?:also\s+)?(?:"
    r"(?:true|clear|unclear|possible|impossible|likely|unlikely|certain|uncertain|known|"
    r"understood|believed|expected|estimated|reported|said|thought|important|necessary|"
    r"difficult|hard|easy)\s+(?:that|whether|if|how|why|what|when)\b"
    r"|(?:the\s+)?(?:first|second|third|last)\s+time\b|time\s+to\b"
    # "It has been a brutal season for the bush": a time, no referent
    r"|(?:a|an|the)\s+(?:\w+\s+){0,2}(?:season|year|week|day|month|summer|winter|spring|"
    r"autumn|weekend|night|decade|period|campaign)\s+(?:for|of|in)\b"
    r"|(?:(?:very|too|so|more|less|much)\s+)?(?:important|necessary|difficult|hard|easy|"
    r"possible|impossible|foolish|wise|naive|wrong|right|fair|unfair|premature|tempting|safe|"
    r"reasonable|unreasonable|worth|natural|vital|crucial|essential|useful|helpful|misleading|"
    r"unusual|rare|common|surprising|sensible|risky|dangerous|tricky|too early|too late)\s+to\b)"
)
"""What follows a dummy "it", which stands for no earlier noun."""


_EVENT_IT = re.compile(
    r"was\s+(?:the|a|an)\s+(?:\w+\s+)?(?:\w+est|first|second|third|worst|biggest|"
    r"largest|latest|only)\b"
    # "It is the largest sale in the club's history": a deal or event, not a body ("It is the
    # largest bank in Europe" is the company)
    r"|is\s+the\s+(?:\w+est|first|second|third|worst|biggest|largest|latest|only)\s+"
    r"(?:[a-z-]+\s+)?(?:sale|deal|acquisition|purchase|transfer|takeover|merger|fine|penalty|"
    r"recall|drop|fall|rise|gain|increase|decline|loss|cut|hike|attack|strike|storm|quake|"
    r"earthquake|outbreak|crash|settlement|payout|order|contract|investment|bid|offer|listing|"
    r"bankruptcy|fee|signing)s?\b"
)
"""After "it" that means what a report told of, not who reported it: "It was the deadliest
attack this year"."""


def _names_a_person(ctx: _Context) -> bool:
    """Whether the subject remembered is a person ("Ollie Watkins"), whom "it" never means."""
    subject = ctx.subject
    if not subject or ctx.subject_is_thing:
        return False
    names = [name for name in (ctx.person, *ctx.people.values()) if name]
    return any(
        subject == name
        or _titled(subject, name)
        # "Energy Secretary Ed Miliband": a title of several words, then the name
        or (subject.endswith(f" {name}") and " " in name and gender(name) is not None)
        for name in names
    ) or any(e.type == "person" and subject in (e.text, e.name) for e in ctx.entities)


def _titled(subject: str, name: str) -> bool:
    """Whether `subject` is `name` after titles ("Rep. Alicia Grant", "Defence Minister X")."""
    if not subject.endswith(" " + name):
        return False
    words = subject[: -len(name)].lower().split()
    return bool(words) and all(w in _TITLE_WORDS for w in words)


_EPITHET = re.compile(
    r"(?:The|the) (?:\d{1,3}-year-old|teenager|youngster)"
    r"(?: [A-Z][a-z]+)?(?: (?:international|striker|forward|midfielder|defender|goalkeeper|"
    r"winger|player|actor|actress|singer|rapper|driver|rider|runner|swimmer|boxer|champion))?"
    r"(?=,|\s+(?:is|was|were|has|had|have|will|would|could|can|may|might|must|should|said|"
    r"told|[a-z]+ed|[a-z]+s)\b)"
)
"""How wire copy names the person just named again, as the subject right after them: "The
24-year-old", "The 24-year-old Nigerian international" (followed by a comma or a verb)."""


_AGENT_VERB = re.compile(
    r"(?:also\s+)?(?:blamed|attributed|cited|urged|called|denied|confirmed|announced|"
    r"estimated|reported|expects|forecast|plans|warned|noted|added|said|says|issued|"
    r"disclosed|declined|published|recommended|advised|acknowledged|refused|"
    r"(?:did|does|has|have|had|would)\s+not\s+(?:yet\s+)?(?:disclose|say|said|give|given|"
    r"comment|commented|elaborate|provide|provided|specify|specified|name|named|identify|"
    r"identified|reveal|revealed|respond|responded|confirm|confirmed|release|released|"
    r"rule\s+out|ruled\s+out|exclude|excluded))\b"
)
"""What a body that spoke does next ("It blamed energy prices", "It did not rule out more
rain"), not a figure's verb."""
_DISCLOSED = re.compile(
    r"(?:also\s+)?(?:(?:did|have|had)\s+not\s+(?:yet\s+)?(?:release|released|name|named|identify|"
    r"identified|disclose|disclosed|give|given|reveal|revealed|publish|published|confirm|"
    r"confirmed)|declined\s+to\s+(?:name|identify|give|release|disclose|reveal)|"
    r"released|named|identified|disclosed|published|issued)\b"
)
"""What a source does with what it knows ("They did not release their names"), and those it
reports on do not."""
_MINDS_VERB = re.compile(
    r"(?:also\s+)?(?:expect|predict|believe|think|fear|hope|warn|say|see|argue|want)\b"
)
"""What people do, and a figure never ("They expect further rises")."""
_SOURCE_ACT = re.compile(r"(?:also\s+)?(?:released|identified|projected|predicted)\s+")
"""What a source does, and a thing too ("The volcano released ash")."""
_DOCUMENT_OBJECT = re.compile(
    r"(?:(?:the|its|new|a|an|\$?[\d.,]+\s+(?:million|billion)?)\s+)*(?:[a-z]+\s+){0,3}"
    r"(?:figures|data|guidance|funds|statement|report|list|names|details|estimate|estimates|"
    r"forecast|projections?|results|numbers|statistics|analysis|findings|guidelines|"
    r"recommendations|sales|savings|damage|losses|growth)\b"
)
_OWNED_BODY = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+(?:[a-z]+\s+){0,2}(?P<head>ministry|bank|"
    r"government|army|military|police|agency|regulator|council|court|parliament|department|"
    r"office|navy|party|federation|union)"
)
"""A body named by its country or owner ("Sudan's health ministry"), for "the ministry"."""
_OWNER = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})[’']s\s+[a-z]")
"""A subject that is something of a named owner ("Nvidia's revenue"): whom "its" means."""


def _apostrophe_of(text: str) -> str:
    """The apostrophe `text` writes: "'" when it has only straight ones, else "’"."""
    return "'" if "'" in text and "’" not in text else "’"


def _possessive(phrase: str, mark: str = "’") -> str:
    """ "the hosts" -> "the hosts’", "Intel" -> "Intel’s" (`mark`: the text's apostrophe)."""
    last = phrase.rsplit(" ", 1)[-1]
    return phrase + mark if last.islower() and last.endswith("s") else phrase + mark + "s"


def _described(text: str, ctx: _Context) -> str | None:
    """`text` with the body it opens with named ("The bank also said" -> "The European Central
    Bank also said"), or None when it opens with none or with one not named before (or the
    noun is part of a compound: "The bank holiday", "The exchange rate")."""
    if text[:1] not in ("T", "t"):
        return None  # the common case, settled before the pattern
    m = _DESCRIPTION_OPEN.match(text)
    name = ctx.described(m.group("head")) if m else None
    if not m or not name:
        return None
    if not m.group("own") and m.end() < len(text) and text[m.end()] != ",":
        following = text[m.end() :].split(None, 2)[:1]
        word = following[0].lower() if following else ""
        if not (
            word in _AUX
            or word in _COMMON_VERBS
            or word.endswith(("ed", "ly"))
            or word in ("said", "says", "also", "still", "now", "has", "have", "will", "would")
            or (word.endswith("s") and not word.endswith("ss") and word not in _DET)
        ):
            return None
    name = name[0].upper() + name[1:] if text[0] == "T" else name
    owner = m.group("own") or ""
    if owner and name.endswith("s"):
        owner = owner[0]  # "National Union of Mineworkers'", not "Mineworkers's"
    return name + owner + text[m.end() :]


def _plural_head(phrase: str) -> bool:
    """Whether a noun phrase that is no name has a plural head ("Relatives of several
    victims", "the talks"; not "the United States", "Reuters", "the crisis")."""
    words = phrase.split(" of ", 1)[0].split()
    named = [w for w in words if w.lower() not in _DET]
    if not named or (len(named) > 1 and all(w[:1].isupper() for w in named)):
        return False  # "the United States", "Lehman Brothers"
    if len(named) == 1 and named[0][:1].isupper() and named[0].lower() not in _PLURAL_NOUNS:
        return False  # "Athens", "the Netherlands", "CBS", "Barclays": names
    head = words[-1].lower()
    return (
        head.endswith("s")
        and not head.endswith(("ss", "us", "is", "ics", "news", "'s", "’s"))
        and head not in _SINGULAR_IN_S
    )


_PLURAL_NOUNS = _LEAD_NOUNS | frozenset(
    "relatives officials residents authorities experts analysts scientists researchers "
    "protesters troops soldiers voters lawmakers workers police prosecutors investigators "
    "doctors nurses teachers students parents children people families witnesses rescuers "
    "firefighters authorities economists observers activists developers participants "
    "patients traders investors regulators critics sources executives employees officers "
    "bankers strategists forecasters pollsters diplomats judges ministers consumers customers "
    "shoppers users buyers owners tenants homeowners householders motorists commuters "
    "travellers travelers viewers readers fans supporters subscribers passengers drivers".split()
)
"""Plural common nouns that open a sentence capitalised ("Relatives of the victims ...")."""
_SINGULAR_IN_S = frozenset(
    "series species means headquarters pancreas chaos gas lens diabetes measles mumps "
    "rabies herpes atlas canvas alias bias".split()
)


_EVENT_RANK = re.compile(
    r"(?:was|is|marked|will be|would be)\s+(?:the|its|their|his|her|[A-Z][\w-]*[’']s|"
    r"the\s+[a-z]+[’']s)\s+"
    r"(?:[a-z]+\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"latest|biggest|largest|highest|lowest|worst|best|steepest|sharpest|longest|strongest|"
    r"weakest|fastest|slowest|deadliest|most|fewest|least)\s+(?:[a-z-]+\s+)?"
    r"(?:quarter|quarters|gain|rise|fall|drop|increase|decrease|decline|loss|profit|win|defeat|"
    r"victory|title|election|vote|time|month|week|year|day|session|attack|strike|cut|hike|"
    r"quake|earthquake|outbreak|crash|level|reading|result|close|performance|flood|floods|"
    r"fire|wildfire|storm|heatwave|drought|disaster|season|final|match|game|race|trophy|"
    r"championship|tournament|award|medal|goal|record|trial|conviction|case|hearing|appeal|"
    r"arrest|offence|offense|visit|trip|appearance|term|bid|attempt|theft|thefts|robbery|"
    r"burglary|heist|raid|shooting|stabbing|explosion|blast|derailment|collision|accident|"
    r"incident|failure|launch|breach|cyberattack|outage|leak|spill|recall|protest|riot|murder|"
    r"killing|death|closure|stoppage|walkout|downgrade|default|bankruptcy|escape|expulsion|"
    r"eviction|evacuation|rescue|ban|fine|penalty|sanction|sanctions|deal|merger|acquisition|"
    r"takeover|layoff|layoffs|shutdown|collapse|coup|invasion|ceasefire|sale|contract|loan|"
    r"bailout|rally|crackdown|reform|ruling|verdict|deployment|operation|transfer|signing)\b"
)
"""After "It": a ranked event ("was the third record quarter", "was the biggest gain since
2020"), which is what happened, not the last subject."""


def _body_reported(ctx: _Context) -> bool:
    """Whether the sentence before was reported by a body or by people unnamed ("..., the club
    said", "officials said"): no person who could be "the 22-year-old" spoke."""
    speaker = ctx.speaker or ""
    return (
        ctx.lone_person_plain
        and bool(speaker)
        and speaker != ctx.person
        and speaker not in ctx.people.values()
        and (speaker[:1].islower() or entity_type(speaker) != "person")
    )


def _resolve_start(clause: str, ctx: _Context) -> str:
    """Replace a pronoun, a possessive or a body named again ("The ministry said") that opens
    a clause by its antecedent."""
    named = _described(clause, ctx)
    if named is not None:
        return named
    epithet = _EPITHET.match(clause)
    if (
        epithet
        and ctx.person
        and (not ctx.reported or _body_reported(ctx))
        and (ctx.subject == ctx.person or (not ctx.unnamed and ctx.person in ctx.recent[-1:]))
    ):
        # "The 24-year-old" -> "Reece James"; also after "Chelsea signed Thiago Rocha"
        return ctx.person + clause[epithet.end() :]
    m = _PRONOUN_OPEN.match(clause)
    if not m:
        return clause
    word = m.group(1).lower()
    if m.start(1) > 0 and word not in ("he", "she", "they"):
        return clause  # "In May, it ..." is too risky: "it" may be dummy
    if word in ("they", "their") and _names_a_person(ctx) and not (ctx.subject or "").endswith("s"):
        return clause  # "Judge Ellery jailed the men. ..., they could face": not the judge
    if word == "they" and ctx.patients and m.start(1) == 0 and _SUFFERED.match(clause, m.end(1)):
        # "Police arrested two men. They are accused of smuggling": the men, not the police
        return f"The {ctx.patients}{clause[m.end(1) :]}"
    if word in ("they", "their") and _singular_common_noun(ctx.subject or ""):
        return clause  # "The win was Rovers' seventh. They have 68 points": not the win
    if m.start(1) > 0:
        # "At Microsoft, he leads a team" -> "At Microsoft, Ming Zhou leads a team"
        name = ctx.person_for(word) if word in ("he", "she") else ctx.subject
        if not name:
            return clause
        if name.split()[0] in ("The", "Those", "These", "This", "That", "A", "An"):
            name = name[0].lower() + name[1:]  # "If convicted, those arrested face ..."
        return f"{clause[: m.start(1)]}{name} {clause[m.end() :]}"
    rest = clause[m.end() :]
    if word == "it" and _EVENT_RANK.match(rest):
        return clause  # "It was the third record quarter in a row": the event, not a thing
    if word in ("he", "she") and ctx.person:
        name = ctx.person_for(word)
        return f"{name} {rest}" if name else clause
    if word in ("his", "her") and ctx.person:
        name = ctx.person_for(word)
        return f"{name}{ctx.apostrophe}s {rest}" if name else clause
    if (
        word == "it"
        and ctx.speaker
        and ctx.reported
        # "Ed Miliband said ... It plans to": a person is no "it"
        and ctx.speaker != ctx.person
        and ctx.speaker not in ctx.people.values()
        and (
            _AGENT_VERB.match(rest)
            # "Profit fell 10%, the bank said. It identified $2 billion in savings": a figure,
            # many or an event does not; "It released the figures": documents are the source's
            or (
                (source_act := _SOURCE_ACT.match(rest)) is not None
                and (
                    _DOCUMENT_OBJECT.match(rest, source_act.end())
                    or (ctx.subject or "").lower() in _MEASURE_NOUNS
                    or (ctx.subject or "").lower() == "police"
                    or _plural_head(ctx.subject or "")
                )
            )
        )
    ):
        # "Inflation rose to 3%, the ministry said. It blamed energy prices": the ministry
        return f"{re.sub(r'^the ', 'The ', ctx.speaker)} {rest}"
    if (
        word == "they"
        and m.start(1) == 0
        and ctx.speaker
        and ctx.reported
        and ctx.speaker != ctx.subject
        and (_plural_head(ctx.speaker) or ctx.speaker.lower() in ("police", "the police"))
        and _DISCLOSED.match(rest.lstrip())
    ):
        # "The victims were buried, police said. They did not release their names": the
        # police, whose act that is, not the victims
        return f"{ctx.speaker[:1].upper()}{ctx.speaker[1:]} {rest}"
    if (
        word == "they"
        and m.start(1) == 0
        and ctx.reported
        and not ctx.speaker
        and (ctx.subject or "").lower() in _MEASURE_NOUNS
        and (_AGENT_VERB.match(rest.lstrip()) or _MINDS_VERB.match(rest.lstrip()))
    ):
        return clause  # "Sales fell 5%, officials said. They blamed the weather": not sales
    if word in ("it", "its") and _names_a_person(ctx):
        return clause  # "Ollie Watkins scored. It was his 17th goal": "it" is no person
    if word == "it" and _DUMMY_IT.match(rest):
        return clause  # "It is true that ...", "It is not the first time ...": no referent
    if word == "it" and ctx.reported and _EVENT_IT.match(rest):
        return clause  # "The ministry said 12 people died. It was the deadliest attack": the event
    if word in ("it", "its") and ctx.subject and _plural_head(ctx.subject):
        return clause  # "Relatives of the victims were in court. It was ...": not them
    if (
        word in ("they", "their")
        and ctx.subject
        and ctx.person
        and ctx.subject.endswith(ctx.person)
    ):
        return clause  # "Zelenskiy said ... They have been advancing": "they" is no one person
    if word in ("it", "they") and ctx.subject:
        if word == "they":
            rest = re.sub(
                r"^(are|were|have)\b",
                lambda v: {"are": "are", "were": "were", "have": "have"}[v.group(1)],
                rest,
            )
        return f"{ctx.subject} {rest}"
    if word in ("its", "their") and ctx.subject:
        owner = _OWNER.match(ctx.subject) if word == "its" else None
        if owner is not None:
            # "Nvidia's revenue rose 94%. Its data center segment grew": Nvidia's
            return f"{_possessive(owner.group(1), ctx.apostrophe)} {rest}"
        return f"{_possessive(ctx.subject, ctx.apostrophe)} {rest}"
    return clause


def _agree_singular(predicate: str) -> str:
    return re.sub(
        r"^(\s*(?:\w+ly\s+)?)(have|are|were|face|own|want|need|plan|expect|remain|hold|run|"
        r"employ|operate|control|produce|sell|use|lead|make|say|do)\b",
        lambda m: m.group(1) + _SINGULAR_OF.get(m.group(2), m.group(2) + "s"),
        predicate,
    )


_SINGULAR_OF = {"have": "has", "are": "is", "were": "was", "do": "does"}
"""Singular forms not made by adding "s"."""
