"""Clause cutting for `core.extract`: from one sentence's content to atomic pieces.

Owns coordinated clauses (`_conjuncts`), lists of three or more and pairs of names
(`_split_list`), coordinated objects (`_split_objects`) and subjects
(`_split_coordinated_subject`), appositives, relative clauses and participle phrases
(`_adjuncts`), and the labelled-instruction, imperative and first-person tests. Each function
takes text and returns text or spans; none resolves pronouns across sentences (the caller's
`_Context` does) or computes facts.
"""

from __future__ import annotations

import re

from claimcheck.core.extract_words import (
    _ARTICLE_OPEN,
    _AUX,
    _BASE_IN_ED,
    _BASE_VERBS,
    _BETWEEN_END,
    _COMMON_VERBS,
    _DET,
    _DET_OPEN,
    _EXAMPLES,
    _FRONTED_PARTICIPLE_PHRASE,
    _ING_NOUNS,
    _ING_OPEN,
    _ING_PHRASE,
    _MODAL,
    _NAME_INSIDE,
    _PARTICIPLE_ED,
    _PARTICIPLE_ING,
    _PLURAL_NOUNS,
    _PREP,
    _PREP_AFTER,
    _PRONOUN_SUBJ,
    _REL,
    _STATIVE,
    _TRADE_VERBS,
    _VERB_CANDIDATE,
    _VP_ADVERBS,
    ING_ASIDE,
    _agree,
    _agree_singular,
    _apostrophe_of,
    _demonym,
    _discourse_lead,
    _first_words,
    _is_past,
    _is_verb,
    _main_verb,
    _np_before,
    _possessive,
    _prev_word,
    _subject_of,
    _trade_verb_opens,
)
from claimcheck.core.extract_words import (
    _IRREGULAR_PAST as _IRREGULAR_PAST_FORMS,
)
from claimcheck.core.facts_dates import _MONTHS, _WEEKDAYS, _YEAR_RE
from claimcheck.core.facts_entities import (
    _ALIASES,
    _PLACES,
    _TITLE_WORDS,
    _find_entities,
    canonical_entity,
    entity_type,
)
from claimcheck.core.facts_text import _HAS_DIGIT, inside_quotes, literal_alternation
from claimcheck.core.given_names import gender

_LIST_SPLIT = re.compile(r",\s+(?:and|or)\s+|,\s+|\s+(?:and|or)\s+")
_COORD_SUBJECT = re.compile(
    r"^(?P<a>(?:the\s+)?[A-Z][\w’'\-/.]*(?:\s+[A-Z][\w’'\-/.]*){0,3})\s+and\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w’'\-/.]*(?:\s+[A-Z][\w’'\-/.]*){0,3})\s+(?P<pred>.+)$",
    re.DOTALL,
)
_LIST = re.compile(
    # The lookahead is implied by the pattern (a head word, then a first item of at most 40
    # characters ending at a comma); checked first, it rejects most starts sooner (~35% faster).
    r"(?<!\d,)\b(?=[\w’']+\s+[^,;]{1,40},)"
    r"(?P<head>\b[\w’']+\s+)"
    r"(?P<items>(?:(?:(?!\band\b|\bor\b)[^,;]){1,40},\s+){1,8}"
    r"(?:(?!\band\b|\bor\b)[^,;]){1,40}?,?\s+(?:and|or)\s+(?:[^,;.]|\.(?=\w)){1,60})"
    r"(?P<tail>[,;]|\.(?!\w)|$)"
)
_LIST_END = re.compile(
    r",\s+[^,;]{1,40}?,?\s+(?:and|or)\s+(?:[^,;.]|\.(?=\w)){1,60}(?:[,;]|\.(?!\w)|$)"
)
"""What every `_LIST` match holds from its last item on (", C and D" then its end), without the
head and the items before: found from the commas alone, it rules out in a few microseconds
most clauses on which `_LIST` would fail after a long search."""
_AMOUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"millions?|billions?|combined|total|together)\b",
    re.IGNORECASE,
)
_QUANTIFIERS = frozenset("some several many few more most all each every no".split())
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TOTAL = re.compile(
    r"(?<![\w.-])\d[\d,.]*(?![\w-]|\s*(?:%|per\s?cent|percent))|\b(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|"
    r"hundreds|thousands|total|combined)\b",
    re.IGNORECASE,
)
"""A count before a list of places: the total over them ("40 people in Leeds, York and Hull")."""
_NAME_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")
_COUNTED_ITEM = re.compile(
    r"\s(?:(?:\$|€|£)?\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"many|dozens|hundreds|thousands|some|more than|about|nearly|around)\s)",
    re.IGNORECASE,
)
"""A list item that is a counted thing ("14 vehicles", "several firearms")."""
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the) $")
_BARE_NUMBER_AT_START = re.compile(r"\s*[\d.,%$€£-]+\s*(?:,|$|\band\b|\bor\b)")
_BARE_NUMBER_AFTER = re.compile(
    # "\b(?:and|or)": the boundary tested after the "a" or "o" (the engine skips to ",", "a", "o")
    r"(?:,|a(?<=\ba)nd|o(?<=\bo)r)\s*[\d.,%$€£-]+\s*(?:,|$|\band\b|\bor\b)"
)


def _bare_number_item(items: str) -> bool:
    """Whether a list's items hold a bare number ("1970, 1980 and 1990", "5%, 8% and 10%"): a
    search for `(?:^|,|\band|\bor)<number>(?:,|$|\band\b|\bor\b)`, its "^" branch tried at the
    start alone so that the rest can skip to its first characters."""
    return (
        _BARE_NUMBER_AT_START.match(items) is not None
        or _BARE_NUMBER_AFTER.search(items) is not None
    )


_ING_MODIFIERS = frozenset(
    "mining shipping cooking farming marketing banking trading manufacturing engineering "
    "publishing advertising accounting computing consulting fishing hunting nursing teaching "
    "gaming gambling boxing sailing swimming skiing racing parking heating lighting plumbing "
    "printing packaging processing retailing lending brewing logging drinking running walking "
    "cycling living dining sleeping working waiting voting polling shopping washing "
    "building housing recycling landing boarding hiking camping filling baking "
    "spending pricing racketeering laundering trafficking smuggling kidnapping stalking "
    "shoplifting poaching hacking phishing counterfeiting bootlegging profiteering rigging "
    "looting rioting speeding spying doping".split()
)
"""Words in "-ing" that modify a noun ("mining companies", "heating oil"), not gerunds."""
_SUM = re.compile(
    r"[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s*(?:%|per\s?cent|percent|million|billion|bn|m\b|pounds|"
    r"euros|dollars|yuan|yen|years?|months?|weeks?|days?|hours?)"
)
"""A sum of money, a share or a time: what the items of a list after "for" or "on" share
("paid $5 for apples, pears and plums", "jailed for 10 years for fraud, bribery and ...")."""
_GERUND_TO = re.compile(r"[a-z]+ing\s+(?:to|of)\b")
_ARTICLE_ITEM = re.compile(r",\s+(?:and\s+|or\s+)?(?:an?|the)\s")
"""A later list item that opens with an article."""
_LIST_HEAD = re.compile(
    r"\b(?:starring|including|such as|like|featuring|in|by|from|with|of|as|for|on|"
    r"include|includes|included)\s+"
    r"(?:(?!(?:" + "|".join(sorted(_ING_NOUNS | _ING_MODIFIERS)) + r")\b)[a-z]+ing\s+"
    r"(?!(?:of|to|and|or)\b))?"
)
"""The word a list hangs on inside its first item ("prices for farmers, truckers and
fishermen"), with the gerund after it ("by regulating axon guidance, dendritic morphogenesis
and synapse formation": each one regulated)."""
_BINARY_NAMES = re.compile(
    r"(?P<head>\b(?:starring|including|by|from|with|and|as|of|to|in|visited|hosted)\s+)"
    r"(?P<a>(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})\s+and\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})(?P<tail>\s*[,;.]|\s*$)"
)
_BINARY_NAMES_END = re.compile(
    r"and\s+(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}(?:\s*[,;.]|\s*$)"
)
"""What every `_BINARY_NAMES` match ends with ("and" then the second name and its end), found
by the regex engine's literal search for "and"; most clauses have none."""
_BINARY_NP = re.compile(
    r"(?P<head>\b(?:as|in|to|for|with|from|by)\s+)"
    r"(?P<a>(?:an?|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s+and\s+"
    r"(?P<b>(?:an?|the)?\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})(?P<tail>\s*[.;]|\s*$)"
)
_BINARY_NP_END = re.compile(
    r"and\s+(?:an?|the)?\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}(?:\s*[.;]|\s*$)"
)
"""What every `_BINARY_NP` match ends with ("and", the second noun phrase and its end), found
by the regex engine's literal search for "and"; most clauses have none."""


_COUNTED_PART = re.compile(
    r"including\s+(?:about |some |more than |nearly |almost |at least |up to |over )?(?:\$?\d|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|"
    r"a dozen|half)\s+(?:that|who|which|of)\b)"
)
"""A part counted out of a whole (", including 1.4 million children"): a fact, not examples."""
_ONE_MEMBER = re.compile(r"including\s+(?:a|an)\s")
_COUNTED_OBJECT = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:of\s+(?:the|its|their)\s+(?:\d[\d,]*\s+)?)?(?:[a-z-]+\s+)?[a-z-]+s\s*$"
)
"""A counted object right before a comma ("agreed on 14 of the 22 chapters"), whose examples
say which ones."""
_COUNT_IN = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
    r"hundreds|thousands)\s+(?:[a-z]+\s+)?(?:people|persons|children|adults|men|women|"
    r"passengers|workers|soldiers|civilians|students|patients|residents|victims|survivors)\b"
)
"""A count of people in the clause, of whom an "including a ..." names one."""
_FOCUS_ADVERBS = frozenset(
    "mostly mainly largely primarily chiefly mostly especially particularly notably "
    "including".split()
)
"""Words opening an apposition, not a list item ("in 116 countries, mostly gay and bisexual
men")."""


_FRONTED_TIME_ITEM = re.compile(
    r"(?:(?:Last|This|Next|Earlier|Later|Early|Late) (?:this |last |next )?(?:month|week|year|"
    r"season|quarter|spring|summer|autumn|fall|winter|night|weekend)|Yesterday|Today|Overnight),"
)
"""A fronted time before the first comma ("Last month, Britain and France ...")."""


def _list_start(clause: str) -> int:
    """Where a `_LIST` match can start at the earliest: its first item (at most 40
    characters, no comma) ends at the first comma, so its head word ends at most 40
    characters before it. Searching from there finds the same match (~2x sooner)."""
    first = clause.find(",")
    semicolon = clause.find(";")
    if 0 <= semicolon < first:
        first = semicolon
    k = first - 41  # the last character before the earliest first item
    if k <= 0:
        return 0
    while k > 0 and clause[k].isspace():
        k -= 1
    while k > 0 and _HEAD_CHAR.match(clause, k - 1):
        k -= 1
    return k


_HEAD_CHAR = re.compile(r"[\w’']")
"""A character of `_LIST`'s head word."""


_NAME_HEADS = frozenset(
    "act bill law treaty agreement accord convention commission committee council party "
    "alliance front program programme fund initiative plan strategy street avenue drive "
    "road lane boulevard square corporation company group bank foundation institute "
    "association union center centre".split()
)
"""Last words of one name that holds "and" ("the Appropriations and Border Security Act",
"the corner of Fifth Street and Oak Drive" names one corner)."""


def _one_name(a: str, b: str) -> bool:
    """Whether "a and b" is one name, not two: only the second ends with a name's head
    ("Appropriations and Border Security Act"), or both are streets of one corner."""
    if (
        b.lower().startswith("the ")
        or len(a.split()) < 2
        or a.lower().startswith("the ")
        and len(a.split()) < 3
    ):
        return False  # "the United States and the European Union", "Boeing and Lockheed ..."
    a_head = a.split()[-1].lower()
    b_head = b.split()[-1].lower()
    return b_head in _NAME_HEADS and (a_head not in _NAME_HEADS or a_head in _STREETS)


_STREETS = frozenset("street avenue drive road lane boulevard".split())


_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),")
"""", Texas," after a city: the place goes on."""
_CHANGE_WORDS = frozenset("up down ahead below above compared versus against from".split())
"""First words of a phrase that compares a figure, not of a list item ("up 18%")."""
_SAME_HEAD = re.compile(r"[a-z]+ (at|in|on|to|from|by|with|for) ")
"""A last list item that repeats the list's preposition after a word of its own ("online at")."""


_PAST_PARTICIPLE = (
    r"(?:[a-z]{3,}ed|written|built|made|run|led|known|shown|grown|drawn|held|sold|begun|"
    r"chosen|given|taken|won|found|brought|bought|taught|thought|caught|sung|spoken|stolen|"
    r"frozen|driven|ridden|hidden|beaten|eaten|fallen|seen|done|kept|left|lost|paid|told)"
)
_REDUCED_RELATIVE = re.compile(
    r"(?P<subj>[A-Z][^,;]{0,80}?)\s+(?P<cop>is|was|are|were)\s+(?P<np>(?:a|an)\s+[^;]{1,100}?)\s+"
    r"(?P<part>" + _PAST_PARTICIPLE + r"(?:(?:,\s+|\s+and\s+)" + _PAST_PARTICIPLE + r"){0,2})"
    r"\s+(?P<rest>(?:by|in\s+(?:1[5-9]|20)\d\d)\b[^;]*)"
)
"""A predicate noun with a participle of its own: "C# is a programming language developed by
Microsoft ...", "Acme is a startup founded in 2015 by ...", "Heat is a film written and
directed by Michael Mann"."""


def _reduced_relative(clause: str) -> list[str]:
    """ "X is a N developed by Y" -> ["X is a N.", "X was developed by Y."]; else [clause]."""
    if (" by " not in clause and " in 1" not in clause and " in 20" not in clause) or (
        " a " not in clause and " an " not in clause
    ):
        return [clause]
    m = _REDUCED_RELATIVE.fullmatch(clause.rstrip(" ."))
    if m is None:
        return [clause]
    np_words = m.group("np").lower().replace(",", " ").split()
    if (
        any(w in _PREP and w != "of" for w in np_words)
        or not _NOT_IN_PREDICATE_NOUN.isdisjoint(np_words)
        or np_words[-1].endswith("ly")
    ):
        # "an algorithm to analyze data produced by ...": the data's; "a cause of liver
        # disease, most frequently acquired by ...": the adverb's clause
        return [clause]
    cop = m.group("cop")
    first_part = m.group("part").split()[0].rstrip(",")
    if first_part in _MADE_PARTICIPLES or m.group("rest").startswith("in "):
        # an act, or one dated: "a former soldier convicted in 2019" was convicted
        cop = "were" if cop in ("are", "were") else "was"  # "is a film directed by": was
    subject = m.group("subj")
    return [
        f"{subject} {m.group('cop')} {m.group('np')}",
        f"{subject} {cop} {m.group('part')} {m.group('rest')}",
    ]


_PP_NAME_END = re.compile(
    r"[A-Za-z][a-z-]*(?: [a-z][\w-]*)* (?:to|in|from|for|of|near|at|into) "
    r"([A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*)*)"
)
"""A common noun and a preposition before a name ("Flights to Jaen", "residents of Kanyama")."""
_WHERE_PHRASE = re.compile(
    r"(?:located|situated|based|headquartered)\s+(?:(?:in|at|near|about|some|just)\b|\d)"
    r"|(?:located|situated)\s+on\b"
    r"|home\s+to\b|near\b"
)
"""Where a place is ("located 50 km from", "home to"), not "based on customs data"."""
_BODY_ACT_WHICH = re.compile(
    r"which\s+(?:(?:has|had|will|would)\s+)?(?:cut|cuts|raised|raises|lowered|lowers|reduced|"
    r"increased|delayed|hiked|slashed|held|kept)\b"
)
"""A body's own act in its relative ("which cut interest rates"), not a thing's effect."""
_BASED_ON = re.compile(r"based\s+(?:\w+\s+){0,2}?(?:on|upon)\b")
"""A source aside ("based on UN reports", "based in part on Chinese loans")."""
_BARE_SUBJECT_NP = re.compile(
    r"(?:The|A|An|Its|His|Her|Their)\s+(?!(?:[\w’'-]+\s+){0,3}?(?:of|in|on|to|for|from|at|by|with)\b)"
    r"(?:[\w’'-]+\s+){0,3}[\w’'-]+"
)
"""A subject noun phrase with no preposition inside ("The film")."""
_SUBORDINATE_NAMED_SUBJECT = re.compile(
    r"\b(?:since|when|after|before|because|as|until|while|although|though|that|whether|if)\s+"
    # "when members of two rival gangs, Los Lobos and Los Choneros,": a subject named in a pair
    r"(?:(?:his|her|its|their|the|a|an)\s+(?:[a-z-]+\s+)?[a-z]+|[a-z]+\s+of\s+(?:[a-z-]+\s+){0,3}"
    r"[a-z]+),\s+"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?$"
)
"""A subordinate clause's subject and its name up to a comma ("since his mother, Queen
Elizabeth II")."""
_ITEMS_BEFORE_LAST = re.compile(
    r"(?:^|(?<=[:;]\s))((?:[\w’'-]+(?: [\w’'-]+){0,2}, )+[\w’'-]+(?: [\w’'-]+){0,2},? (?:and|or) )$"
)
"""A list opening the clause before its last item ("Seniors, students and " of "Seniors,
students and children under 13")."""
_NAMES_LIST_BEFORE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}, )+[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2},? "
    r"(?:and|or) )$"
)
"""Names listed before the last one ("Seville, Cordoba and " of "Seville, Cordoba and Jaen")."""
_SHARED_BY_LIST = re.compile(r"(?:home to|together|all|both|between them|combined)\b")
"""A phrase after a list of names that holds for all of them ("home to 2.5 million people")."""
_TIME_EXAMPLE = re.compile(
    r"including\s+(?:(?:last|this|in|on)\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|spring|summer|autumn|winter|year|season|"
    r"\d{4})\b"
)
"""Examples that are times ("including last September", "including in 2019")."""
_LONE_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)")
_NOT_IN_PREDICATE_NOUN = frozenset(
    "to that which who whom whose whether where when is are was were be been has have had "
    "not".split()
)
_MADE_PARTICIPLES = frozenset(
    "developed founded directed written produced built released created designed published "
    "established formed launched invented discovered introduced composed recorded made "
    "co-founded co-written co-directed co-produced filmed painted sculpted engineered "
    "manufactured assembled constructed started opened signed acquired bought named "
    "elected appointed nominated commissioned".split()
)
"""Participles of an act that happened once ("a film directed by X": X directed it, in the
past); others describe a state and keep the tense ("a disease characterized by ...")."""


_LIST_VERBS = frozenset(
    """generate form cause increase reduce improve promote decrease lower raise express inhibit
    induce regulate activate block prevent enhance trigger affect control create develop build
    launch open close win lose sign approve reject kill destroy attack seize capture arrest
    charge injure wound damage hit strike fire shoot bomb shell invade occupy enter leave join
    quit resign retire marry divorce found establish acquire buy sell merge invest spend borrow
    lend earn pay owe cost save protect defend support oppose criticise criticize praise
    condemn welcome urge ask demand call order ban restrict limit allow permit require impose
    lift extend end start begin stop halt suspend resume delay cancel postpone announce
    publish release record produce direct write star play sing perform compose design invent
    discover identify detect measure test treat cure reverse restore repair replace remove add
    include contain carry deliver supply provide offer send receive host visit meet serve
    lead manage run operate own employ hire fire dismiss appoint elect nominate vote pass veto
    exacerbate worsen mitigate alleviate reflect represent suggest indicate show reveal confirm
    reach exceed surpass top double triple halve grow shrink expand contract fall rise climb
    drop jump surge plunge slide gain lose remain stay become mediate modulate bind encode
    secrete migrate acquire survive die recover return travel move flee escape evacuate""".split()
)
"""Verbs that open the verb phrases of a list ("express proteins, generate action potentials
and form synapses"), beyond the lexicon of the verb finder."""


_PLAIN_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _verb_like(word: str) -> bool:
    """A verb in its base, -s or past form (lower case), from the lexicons."""
    if not word.isalpha() or not word.islower():
        return False
    stems = {word}
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("s"):
        stems.add(word[:-1])
    if word.endswith("ed") and len(word) > 4:
        return True
    return any(s in _LIST_VERBS or s in _BASE_VERBS or s in _COMMON_VERBS for s in stems)


def _split_verb_phrases(clause: str, m: re.Match[str], first: str) -> list[str] | None:
    """One claim per verb phrase of a list of them ("Vitamin D deficiency exacerbates
    osteoporosis, causes osteomalacia and increases the risk of fractures"), each with the
    clause's subject; None when they do not all open with a verb."""
    vp_at = -1
    for word in _PLAIN_WORD.finditer(first):
        if _verb_like(word.group(0)) and not word.group(0).endswith("ed") and word.start() > 0:
            vp_at = m.start("items") + word.start()  # the verb nearest the list
    if vp_at < 0 and _verb_like(m.group("head").strip()):
        vp_at = m.start("head")
    if vp_at < 0:
        return None
    phrases = [p.strip() for p in _LIST_SPLIT.split(clause[vp_at : m.end("items")]) if p.strip()]
    if (
        len(phrases) < 3
        or not all(_verb_like(p.split()[0]) and 2 <= len(p.split()) <= 14 for p in phrases)
        or not clause[:vp_at].strip()
    ):
        return None
    subject, tail = clause[:vp_at], clause[m.end("items") :]
    return [f"{subject}{p}" for p in phrases[:-1]] + [f"{subject}{phrases[-1]}{tail}"]


_MODAL_BEFORE_HEAD = re.compile(
    r"\b(?:should|must|will|would|could|can|may|might|to)\s+(?:[a-z]+ly\s+)?$"
)
_VP_ITEM = re.compile(
    r"(?!(?:the|a|an|and|or|their|his|her|its|our|some|more|other)\b)[a-z]+\s+(?:(?:the|a|an|"
    r"their|his|her|its|our|your|them|it|him|us|off|out|up|down|away|back|to|for|with|on|in|"
    r"into|from)\b|[A-Z]|\d)"
)
"""A list item that is a verb phrase: a word, then its object or particle ("unplug them",
"turn off the gas", "contact Brightwell")."""


def _modal_verb_phrases(clause: str, verb_at: int, items: list[str], end: int) -> list[str] | None:
    """ "Consumers should stop using the heaters, unplug them and contact the firm": one claim
    per verb phrase under the modal (or "to") before `verb_at`, not "should stop unplug them";
    None when the items after the first are not verb phrases. `items` follow the verb, up to
    `end`."""
    if (
        len(items) < 2
        or not all(
            _VP_ITEM.match(i)
            # "close windows": a known verb and a bare plural object
            or ((w := i.split())[0] in _BASE_VERBS or w[0] in _MORE_BASE_VERBS)
            and len(w) >= 2
            for i in items[1:]
        )
    ):
        return None
    first_words = items[0].split()
    if any(
        len(words := item.split()) > 1 and words[1] in _PREP and words[1] in first_words
        for item in items[1:]
    ):
        return None  # "give money to charities, time to volunteers and ...": objects alike
    subject, tail = clause[:verb_at], clause[end:]
    head = clause[verb_at : clause.find(" ", verb_at) + 1]
    phrases = [f"{head}{items[0]}", *items[1:]]
    return [f"{subject}{p}" for p in phrases[:-1]] + [f"{subject}{phrases[-1]}{tail}"]


_HEAD_END = re.compile(
    r"\s(?:of|in|on|for|with|from|to|at|by|between|about|among|that|which|who)\s"
)
"""Where a noun phrase's head ends ("mixture of gases")."""


def _with_article(item: str) -> str:
    """ "comedian" -> "a comedian", "actor" -> "an actor"; items with their own determiner,
    names and plurals stay as they are."""
    first = item.split(" ", 1)[0]
    if not first.isalpha() or not first.islower() or first in _DET or first.endswith("s"):
        return item
    head_part = _HEAD_END.split(item, 1)[0]  # "mixture of gases": the head before "of"
    last = head_part.rsplit(" ", 1)[-1]
    if (
        first in _QUANTIFIERS
        or first in ("fewer", "less", "much")
        or (last != first and last.endswith("s") and not last.endswith(("ss", "us", "is")))
    ):
        return item  # "fewer managers", "operating changes": no "a"
    return ("an " if first[0] in "aeio" else "a ") + item


_BETWEEN_AND = re.compile(r"\bbetween\s+[^\s,]+(?:\s+[a-z%]+)?\s+and\s")


def _split_list(clause: str) -> list[str]:
    """Distribute a list of three or more items (or two names) over copies of the clause."""
    if (" and " not in clause and " or " not in clause) or "respectively" in clause:
        return [clause]  # "in 2016 and 2014 respectively": pairs, not every combination
    if " and by " in clause or " and from " in clause:
        # "funded by Gavi and by UNICEF": one preposition for the pair of names
        clause = _REPEATED_PREP_NAME.sub(r"\g<1>\g<2> and \g<3>", clause, count=1)
    if "plus or minus" in clause or "give or take" in clause:
        return [clause]  # "$37.5 billion, plus or minus 2%": one figure and its margin
    if (
        ", " in clause
        and (ing := _ING_PHRASE_AFTER_COMMA.search(clause)) is not None
        # not a list of things wanted ("wants a pay freeze, operating changes and ...")
        and _WANTS_IN.search(clause, 0, ing.start()) is None
    ):
        # "collapsed on Monday, sending cars and a lorry into a river": a participle phrase
        # with its objects, not a list with "Monday" in it
        return [clause]
    if _SHARE_OPENING.match(clause):
        # "Half of the workers are migrants from Romania, Poland and Bulgaria": the share is
        # of them all, not of each country's
        return [clause]
    if _not_a_list(clause):
        # "her two daughters, Fiona and Catriona, and five grandchildren" (a pair named inside
        # the list), "are sold in the target market and may reach other markets", "is third
        # in the polls, five points behind Labour, and faces a leadership vote" (a verb
        # phrase), "killed 6,300 people, most of them in Leyte and Samar" (one figure)
        return [clause]
    if "between" in clause and _BETWEEN_AND.search(clause):
        return [clause]  # "take between 33 and 53 minutes": one range
    modal_vp = _MODAL_VP_AND.search(clause)
    if modal_vp and (modal_vp.group(1) in _BASE_VERBS or modal_vp.group(1) in _MORE_BASE_VERBS):
        # "Brake fluid can leak from a faulty valve and reduce stopping power": a second verb
        # under the modal, no second object of "from"
        return [clause]
    if "," in clause and _DIGIT_COMMA.search(clause):
        # the comma of "1,100" is no list comma: read the clause without it
        masked = _DIGIT_COMMA.sub(_COMMA_MASK, clause)
        return [c.replace(_COMMA_MASK, ",") for c in _split_list_items(masked)]
    return _split_list_items(clause)


_AND_PAST_VERB = re.compile(
    # "\sand": "and" first, the engine looks for it; the space tested after it
    r"and(?<=\sand)\s+(?:[a-z]{3,}ed|took|sold|made|gave|won|lost|set|cut|put|paid|kept|held|"
    r"built|sent|spent|led|left|met|ran|began)\s+(?:a|an|the|his|her|its|their|him|them|it)\s"
)
"""A past verb and its object after "and" ("and appointed a successor"), not a listed item."""
_LIST_IN_LIST = re.compile(r",\s+[A-Z][\w’'-]*\s+and\s+[A-Z][\w’'-]*,\s+and\s")
"""Two names paired inside a list before its own ", and" ("..., Fiona and Catriona, and")."""
_AND_PRESENT_VERB = re.compile(r",\s+and\s+[a-z]{3,}s\s+(?:a|an|the|its|his|her|their)\s")
"""A verb in the present after ", and" ("and faces a leadership vote"), not a listed noun."""
_PART_OF_THEM = re.compile(
    r",\s+(?:most|much|many|some|all|half|several|none|each|both|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.%]*)\s+of\s+(?:them|whom|which|it)\b"
)
"""A part of what was just counted ("6,300 people, most of them in Leyte and Samar", "$2
billion, much of it for roads and bridges")."""
_VERB_PHRASE = (
    r"\s+(?:may|might|can|could|will|would|should|must|is|are|was|were|has|have|had)\s+"
    r"(?:not\s+)?[a-z]"
)
_AND_VERB_PHRASE = re.compile(r"and(?<=\sand)" + _VERB_PHRASE)
"""A second verb phrase after "and" ("and may reach", "and is sensitive"), not a listed item."""
_OR_VERB_PHRASE = re.compile(r"or(?<=\sor)" + _VERB_PHRASE)
"""The same after "or"."""
_MODAL_VP_AND = re.compile(
    # "\b(?:can|could|will|would|may|might|should|must)": each modal opening with its letter
    # (the engine skips to c, w, m and s), the word boundary tested after it
    r"(?:c(?<=\bc)(?:an|ould)|w(?<=\bw)(?:ill|ould)|m(?<=\bm)(?:ay|ight|ust)|s(?<=\bs)hould)"
    r"\s+[a-z]+\b[^,;]*?\s+and\s+([a-z]+)\b"
)
_MORE_BASE_VERBS = frozenset(
    "reduce damage affect harm prevent stop block boost cut raise lower trigger spark force "
    "threaten undermine weaken improve delay disrupt".split()
)
"""Base verbs beside `_BASE_VERBS` that follow a modal's first verb after "and"."""
_NAMED_PAIR_APPOSITIVE = re.compile(
    r"^(?:[^\s,]+\s+){0,4}[^\s,]+,\s+(?:(?:brothers|sisters|twins|siblings|cousins|spouses|"
    r"the\s+couple)\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?,\s+[a-z]"
)
"""A subject, then the pair it names, then the verb ("The band's founders, Lennon and
McCartney, wrote ...")."""
_GROUP_OF_LIST = re.compile(
    # "\b(?:group|coalition|...)": each word opening with its letter (the engine skips to
    # them), the word boundary tested after it
    r"(?:g(?<=\bg)roup|c(?<=\bc)(?:oalition|onsortium|ombination|ouple)|"
    r"a(?<=\ba)(?:lliance|ssociation)|t(?<=\bt)(?:eam|rio)|n(?<=\bn)etwork|f(?<=\bf)ederation|"
    r"m(?<=\bm)ix|p(?<=\bp)air|b(?<=\bb)loc)\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){0,2},\s+"
    r"(?:[^,;]{1,40},\s+)*[^,;]{1,40}?,?\s+and\s"
)
"""A group named by its members ("A group of farmers, truckers and fishermen blocked ..."):
the group acted, not each member."""
_GROUP_WORDS = (
    "group coalition consortium combination couple alliance association team trio network "
    "federation mix pair bloc"
).split()
"""The words `_GROUP_OF_LIST` opens with, one of which a text must hold (a cheap test)."""
_EXCEPT_LIST = re.compile(r"\b(?:except|excluding|other than|apart from)\s[^,;.]{1,60},\s")
"""A list of exceptions: what holds for all but them ("except A, B and C") holds for no one
of them alone."""
_DESCRIBED_ITEM = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:used|made|found|known|produced|derived|"
    r"sold|grown|given|designed|taken|prescribed|approved)\s+(?:in|by|for|from|as|to|with)\s"
    r"[^,]*\sand\s"
)
"""An appositive that describes the noun before it, with its own "and" ("styrene, a chemical
used in plastics and rubber"), not a list."""
_MEANING_AFTER = re.compile(r",\s+meaning\s|,\s+including\s[^,]*,\s")
"""What a clause means or includes, whose own list is no list of the clause ("hit its pathology
and radiology systems, meaning that results and scans ...", "out of the local economy,
including spending in shops, bars and rental housing")."""
_NOT_A_LIST_AFTER_COMMA = re.compile(
    # each opens with a comma: the engine looks for commas, and tries them all at each
    ",(?<=(?="
    + "|".join(
        f"(?:{p.pattern})"
        for p in (_MEANING_AFTER, _DESCRIBED_ITEM, _LIST_IN_LIST, _AND_PRESENT_VERB, _PART_OF_THEM)
    )
    + "),)"
)
"""Whether any of them matches (where the comma is, not the match)."""
_EXCEPT_WORDS = ("except", "excluding", "other than", "apart from")
"""The words `_EXCEPT_LIST` opens with."""


def _not_a_list(clause: str) -> bool:
    """Whether the clause's "and" or commas join no list's items (see `_split_list`)."""
    return bool(
        _NOT_A_LIST_AFTER_COMMA.search(clause)
        or _AND_VERB_PHRASE.search(clause)
        or _OR_VERB_PHRASE.search(clause)
        or _AND_PAST_VERB.search(clause)
        or (any(w in clause for w in _EXCEPT_WORDS) and _EXCEPT_LIST.search(clause))
        or (
            "of" in clause
            and any(map(clause.__contains__, _GROUP_WORDS))
            and _GROUP_OF_LIST.search(clause)
        )
        or _NAMED_PAIR_APPOSITIVE.match(clause)  # opens with "^": at the start or nowhere
        or ("," in clause and _COMPOUND_MEASURE.search(clause))
        # "sacked its manager, a step that surprised fans and delighted rivals": a summary
        # of the clause, no list item
        or (" that " in clause and _SUMMARY_APPOSITIVE.search(clause))
        # "The first six animals, four females and two males, will come": the count's parts
        or _COUNTED_PARTS_APPOSITIVE.match(clause)
        # "two runway excursions since 2019, one in Calgary and one in Duluth": where each was
        or (", one " in clause and _ONE_AND_ONE.search(clause))
        # "want tourists, while Lyon, Nice and Lille need workers": a second clause's
        # subjects, no items of the first clause's object
        or (", wh" in clause and _WHILE_CLAUSE.search(clause) is not None)
        # "infusions of the drug, velanumab, or a placebo": the drug's name, then the other
        # choice; no three items
        or (", or " in clause and _NAMED_THEN_OR.search(clause) is not None)
    )


_NAME_WORDS = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
_NAMES_THEN_VERB = re.compile(
    rf"\s*{_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS}\s+"
    r"(?!(?:of|in|on|at|for|to|and|or|with|from|by|as)\b)[a-z]{3,}\s"
)
"""A list of names and a lower-case word after it, their verb ("Lyon, Nice and Lille need ")."""
_NAMED_THEN_OR = re.compile(
    r"\bthe\s+[a-z]+,\s+(?:[A-Z][\w-]*|[a-z]+(?:mab|nib|vir|mib|tide|zole|pril|sartan|statin|"
    r"cillin|mycin|parin|lukast|oxacin)),\s+or\s"
)
"""A noun, its one-word name between commas, then "or" ("the drug, velanumab, or", "the
factory, Boots, or"; not "the bus, train, or ferry")."""
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s")
_ONE_AND_ONE = re.compile(
    r",\s+one\s+(?:in|at|on|for|from|to)\s+[^,;]+?\s+and\s+(?:one|another|the\s+other)\s+"
    r"(?:in|at|on|for|from|to)\s"
)


_PART_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTED_PARTS_APPOSITIVE = re.compile(
    rf"[^,]{{1,60}},\s+{_PART_COUNT}\s+[a-z-]+\s+and\s+{_PART_COUNT}\s+[a-z-]+,\s+[a-z]",
    re.IGNORECASE,
)


_FINDING_THAT_BEFORE = re.compile(
    r"\b(?:found|finds|concluded|ruled|showed|shows|revealed|determined|established|alleged|"
    r"alleges|claimed|claims|believes|believed|suspects|suspected)\s+that\s+[^,;]*$"
)
"""A finding's "that" before the "and" (its clause's verbs are the finding's)."""
_SUBJECT_PAIR_WITH_APPOSITIVE = re.compile(
    r"(?:the\s+)?[A-Z][^,]{1,50}, (?:the|a|an|its|one of the)\s[^,]{2,50}, and (?:the\s+)?[A-Z]"
)
"""A named subject, its appositive and a second named subject ("the EPP, the largest group,
and the Patriots")."""
_SUMMARY_NOUNS = (
    r"(?:move|step|decision|deal|plan|process|procedure|change|measure|policy|rise|fall|"
    r"increase|drop|figure|development|shift|blow|boost)"
)
"""Nouns of a summary appositive, which sums up the clause before it (", a move that ...")."""
_SUMMARY_PARTICIPLE_BEFORE = re.compile(
    rf", (?:a|an) (?:[a-z-]+ ){{0,2}}{_SUMMARY_NOUNS} [a-z]+ed by [^,;]*$"
)
"""A summary appositive's participle and agent before "and"/"but" (", a move backed by X")."""
_SUMMARY_APPOSITIVE = re.compile(rf", (?:a|an) (?:[a-z-]+ ){{0,2}}{_SUMMARY_NOUNS} (?:that|which) ")


_COMPOUND_MEASURE = re.compile(
    r"\d\s+(?:hours?|minutes?|years?|months?|weeks?|days?|feet|foot|ft|stone|pounds?|lbs?)"
    r",\s+\d[\d.]*\s+(?:minutes?|seconds?|months?|weeks?|days?|hours?|inch(?:es)?|in|ounces?"
    r"|oz|pounds?|lbs?)\b"
)
"""One measure in several units ("in 2 hours, 9 minutes and 41 seconds"): no list."""


_DIGIT_COMMA = re.compile(r",(?<=\d,)(?=\d)")  # the comma first: the engine looks for it
_COMMA_MASK = "\u066c"
"""The Arabic thousands separator: one character that stands in for a digit's comma."""


def _listed_subjects(clause: str, m: re.Match[str]) -> list[str] | None:
    """A clause opening with a list of names ("Marcus Obi, Daniel Price and Kieran Walsh were
    charged"): one claim per name, the verb agreeing ("Marcus Obi was charged"); the clause
    whole when the predicate holds a figure they share ("won a combined 45%"). None when the
    list is not one of names (`_LIST`'s head word is then no name's first word)."""
    items = [i.strip() for i in _LIST_SPLIT.split(clause[: m.end("items")]) if i.strip()]
    first = items[0]
    if not (
        _NAME_ITEM.fullmatch(first) or (first[:4] == "The " and _NAME_ITEM.fullmatch(first[4:]))
    ):
        return None
    if len(items) < 3 or not all(_NAME_ITEM.fullmatch(i) for i in items[1:-1]):
        return [clause]
    last = items[-1]
    verb = _main_verb(" " + last)
    name = last[: verb - 1].strip() if verb > 1 else ""
    predicate = last[verb - 1 :] + clause[m.end("items") :] if verb > 1 else ""
    if (
        not name
        or len(name.split()) > 3
        or not _NAME_ITEM.fullmatch(name)
        or _AMOUNT.search(predicate)
    ):
        return [clause]
    predicate = _agree_singular(predicate)
    return [f"{subject} {predicate}" for subject in (*items[:-1], name)]


_COUNTED_GROUP_ITEM = re.compile(
    r"(?:two|three|four|five|six|both|the\s+two|the\s+three)\s+(?:[a-z-]+\s+){0,2}[a-z]+s$"
)
"""A counted group that the names after it name ("two rival gangs")."""
_ITEM_BEFORE_HEAD = re.compile(
    r"\b(?:were|are|was|is|included|includes|include|including)\s+(?:an?|the|\d[\d,]*)\s[^,]{2,60},"
    r"\s+(?:an?|the|\d[\d,]*)\s[^,]{2,60}\s(?:like|of|with|from)\s+$"
)
"""A list's earlier items before the head its later items seem to hang on ("were a gold
wreath, a pair of earrings shaped like ")."""


def _split_list_items(clause: str) -> list[str]:
    last_conj = max(clause.rfind(" and "), clause.rfind(" or "))
    # A list needs a comma before its last "and"/"or", and its ending (`_LIST_END`); only then
    # is the costly search run.
    m = (
        _LIST.search(clause, _list_start(clause))
        if clause.find(",", 0, last_conj) >= 0 and _LIST_END.search(clause) is not None
        else None
    )
    if m and m.start() < clause.find(",") and _FRONTED_TIME_ITEM.match(clause):
        # "Last month, Britain and France pledged ...": a fronted time, no list's first item
        m = _LIST.search(clause, clause.find(",") + 1)
    first_item = m.group("items").split(",", 1)[0] if m else ""
    if m and (
        _bare_number_item(m.group("items")) or first_item.count("(") != first_item.count(")")
    ):
        # "Lillard (born January 24, 1970) is an actor, comedian and director": the list
        # after the bracket
        close = clause.find(")", m.start())
        if 0 < close < last_conj and clause.find(",", close, last_conj) >= 0:
            again = _LIST.search(clause, close + 1)
            if again is not None and not _bare_number_item(again.group("items")):
                m = again
    if m and "followed by " in f"{m.group('head')}{m.group('items').split(',', 1)[0]}":
        return [clause]  # "followed by Samsung, Xiaomi and Oppo": a ranking, in its order
    if m and m.start() == 0 and clause[:1].isupper():
        subjects = _listed_subjects(clause, m)
        if subjects is not None:
            return subjects
        head_word = m.group("head").split()[:1] if m.group("head") else []
        first_words = m.group("items").split(",", 1)[0].split()
        if (
            head_word
            and head_word[0][:1].isupper()
            # not "Troops in Kharkiv, Sumy and Odesa were put on alert": places after a noun
            and not (
                len(first_words) == 2
                and first_words[0] in _PREP
                and first_words[1][:1].isupper()
                and all(
                    item.strip()[:1].isupper()
                    for item in _LIST_SPLIT.split(m.group("items"))[1:]
                    if item.strip()
                )
            )
            and _main_verb(" " + clause[: m.start("items")]) < 0
            and _main_verb(" " + " ".join(first_words)) < 0
            and _main_verb(" " + m.group("items").rsplit(" and ", 1)[-1]) > 0
        ):
            # "Dairy farmers, gamekeepers and councils opposed the plan": a subject list, its
            # first word an adjective of the first item only; kept whole
            return [clause]
    if m and not _bare_number_item(m.group("items")):
        items_text = m.group("items")
        items_at = m.start("items")
        # The list hangs on the nearest head word: "created by combining elements of A, B and
        # C" lists A, B and C.
        first_end = items_text.find(",")
        first = items_text[:first_end] if first_end > 0 else ""
        cut = 0
        max_words = 6  # an item's words at most (not counting the last)
        inner = None
        heads = list(_LIST_HEAD.finditer(first))
        inner = heads[-1] if heads else None
        if (
            len(heads) > 1
            and heads[-1].group(0).split()[0] in ("in", "from")
            and heads[-2].group(0).split()[0] not in ("as", "like", "such")
            and entity_type(first[heads[-1].end() :].strip()) == "place"
            and all(
                # lower-case items after any article, no places ("in Kenya, the UK and the
                # US": places again, the list is of places)
                bare[:1].islower() and entity_type(bare) != "place"
                for item in _LIST_SPLIT.split(items_text[first_end + 1 :])
                if (bare := _THE_OPEN.sub("", item.strip()))
            )
        ):
            # "spent on a villa in Portugal, two Porsche cars and school fees": a place after
            # the first item's last head, no names after it: the list hangs on the head before
            inner = heads[-2]
        if inner is not None and inner.group(0).split()[0] in ("for", "on"):
            head_at = m.start("items") + inner.start()
            # "$60 billion for Ukraine, $14 billion for Israel and ...": counted items, each
            # with its own sum (read below)
            counted_items = _COUNTED_ITEM.match(" " + items_text[first_end + 1 :].lstrip())
            if not counted_items and (
                _SUM.search(clause, max(0, head_at - 40), head_at)
                or _SUM.search(clause, m.start("items") + first_end)
            ):
                # "paid $5 for apples, pears and plums", "relies on oil, gas and coal for 80%
                # of its energy": one figure for all the items
                return [clause]
            if _main_verb(" " + items_text[first_end + 1 :].rsplit(" and ", 1)[-1]) > 0:
                return [clause]  # "for saying migrants, refugees and others should leave"
            if (
                _GERUND_TO.match(first, inner.end())  # "on lending to small firms, ..."
                # "produced 20 feature films for cinema, a number of short films and a TV
                # film": items with an article of their own are whole noun phrases
                or (
                    not _ARTICLE_OPEN.match(first, inner.end())
                    and _ARTICLE_ITEM.search(items_text, first_end)
                )
            ):
                inner = None
        # "confiscated 1.2 million euros in cash, 14 vehicles and several firearms": the items
        # are counted things, the first one starts at its count, not after "in"
        # (a space before it: the first item may open the items, "25% lower risk of ...")
        counted = _COUNTED_ITEM.search(" " + first[: inner.start()]) if inner is not None else None
        if counted and all(
            _COUNTED_ITEM.match(" " + item.strip())
            for item in _LIST_SPLIT.split(items_text[first_end + 1 :])
            if item.strip()
        ):
            cut = counted.start()
            max_words = 9  # "a 38% lower risk of dementia": each item counted, a phrase
            article = _ARTICLE_BEFORE.search(clause, max(0, items_at + cut - 4), items_at + cut)
            if article is not None and all(
                _ARTICLE_OPEN.match(item.strip() + " ")
                for item in _LIST_SPLIT.split(items_text[first_end + 1 :])
                if item.strip()
            ):
                # "to a 25% lower risk of X, a 38% lower risk of Y and ...": the first item's
                # article is its own, as the others have theirs
                cut = article.start() - items_at
        elif inner is not None:
            cut = inner.end()
        elif (names := re.search(r"(?:[A-Z][\w’'.\-]*\s*)+$", first)) and names.start() > 0:
            cut = names.start()  # "stars Angelina Jolie, Elle Fanning and Sharlto Copley"
        elif _main_verb(first) > 0:
            verb = _main_verb(first)
            cut = first.find(" ", verb) + 1 if first.find(" ", verb) > 0 else 0
        else:
            # "The report covers sales, costs and returns": a verb the verb finder does not
            # know, from the list's lexicon
            for word in _PLAIN_WORD.finditer(first):
                if word.start() > 0 and _verb_like(word.group(0)):
                    cut = word.end() + 1
        last_words = items_text.rsplit(" and ", 1)[-1].rsplit(" or ", 1)[-1].split()
        if (
            last_words
            and _verb_like(last_words[0])
            and last_words[1:2] != ["of"]
            and not last_words[0].endswith("ed")
        ):
            # "cells express proteins, generate action potentials and form synapses": acts
            phrases = _split_verb_phrases(clause, m, first)
            if phrases is not None:
                return phrases
        items_at += cut
        items_text = clause[items_at : m.end("items")] if cut < 0 else items_text[cut:]
        items = [i.strip() for i in _LIST_SPLIT.split(items_text) if i.strip()]
        verb_at = clause.rfind(" ", 0, items_at - 1) + 1
        if 0 < verb_at < items_at and _MODAL_BEFORE_HEAD.search(clause, 0, verb_at):
            # "should stop using the heaters, unplug them and contact the firm": verb phrases
            # under the modal, not objects of "stop"
            phrases = _modal_verb_phrases(clause, verb_at, items, m.end("items"))
            if phrases is not None:
                return phrases
        # not across brackets: "(28.2%, 95% CI=22.8-34.4) compared with those without (16.4%"
        balanced = items_text.count("(") == items_text.count(")")
        if (
            balanced
            and len(items) >= 3
            # ", up 18%", "ahead of": changes
            and not any(i.split()[0].lower() in _CHANGE_WORDS for i in items if i.split())
            # "one more cut this year, most likely in September, and two in 2025": a hedge
            # between commas, no list item
            and not any(_HEDGE_ITEM.match(i) for i in items[1:])
            # "The men, wearing balaclavas and carrying knives, forced ...": participle
            # phrases about the first, no items like it
            and (
                _PARTICIPLE_ITEM.match(items[0])
                or not all(_PARTICIPLE_ITEM.match(i) for i in items[1:])
            )
            and all(
                len(i.split()) <= max_words
                and i.split()[0].lower() not in _PREP
                and i.split()[0].lower() not in _PRONOUN_SUBJ
                and i.split()[0].lower() not in _FOCUS_ADVERBS
                and _main_verb(" " + i) < 0
                for i in items[:-1]
            )
            # "on a single shift, instead of the usual one or two", "on cars rather than
            # trucks, buses and vans": a contrast, no item
            and not any(i.split()[0].lower() in ("instead", "rather", "unlike") for i in items)
            # "Born in Trondheim in 1938, the daughter of a fisherman and an organist,": a year,
            # then an appositive, no items alike
            and not (
                items[0].isdigit()
                and any(i.split()[0].lower() in ("a", "an", "the") for i in items[1:])
            )
            and " rather than " not in items_text
            and " instead of " not in items_text
        ):
            before, after = clause[:items_at], clause[m.end("items") :]
            if (
                before.strip().lower() in ("the", "a", "an", "its", "their", "his", "her")
                and after.startswith(",")
                and any(i.split()[0].lower() in ("a", "an", "the") for i in items[1:])
            ):
                # "The film, a co-production of Germany and France, will be released": an
                # appositive on the subject, no list of subjects
                return [clause]
            if (
                _COUNTED_GROUP_ITEM.match(items[0])
                and len(items) > 2
                and all(_NAME_ITEM.fullmatch(i) for i in items[1:])
            ):
                # "members of two rival gangs, Los Lobos and Los Choneros,": the names say
                # which two, no list of three
                return [clause]
            if _ITEM_BEFORE_HEAD.search(before) is not None:
                # "were a gold wreath, a pair of earrings shaped like lions' heads, 14 silver
                # vessels and a bronze mirror": the list began before "like"; the vessels are
                # no shape of the earrings
                return [clause]
            if (
                all(_NAME_ITEM.fullmatch(i) for i in items[:-1])
                and _NAME_ITEM.match(items[-1])
                and _TOTAL.search(_YEARS.sub("", before.rsplit(",", 1)[-1]))
            ):
                # "cancelled 212 flights from Dublin, Shannon and Glasgow": a total over the
                # places, not 212 from each
                return [clause]
            if items[0][:1].isdigit() and all(
                len(i.split()) <= 2
                and i[:1].islower()
                and i.split()[0] not in _DET
                and i.split()[0] not in _QUANTIFIERS
                for i in items[1:-1]
            ):
                return [clause]  # "as many as 300,000 homes, farms and businesses": one count
            verb = _main_verb(" " + items[-1])
            head_of_last = items[-1][: verb - 1].split() if verb > 1 else []
            if (
                verb > 1
                and 0 < len(head_of_last) <= 3
                and all(_NAME_ITEM.fullmatch(i) for i in [*items[:-1], " ".join(head_of_last)])
                # "Floods in Pakistan, India and Bangladesh killed 300 people": a total
                and not _AMOUNT.search(items[-1][verb - 1 :] + clause[m.end("items") :])
            ):
                # "Troops in Kharkiv, Sumy and Odesa were put on alert": the last item ends
                # where the predicate starts
                last = items[-1]
                items[-1] = last[: verb - 1].rstrip()
                after = f" {last[verb - 1 :]}{after}"
            elif verb > 1 and all(_NAME_ITEM.fullmatch(i) for i in items[:-1]):
                return [clause]  # a list of names sharing one figure: the claim stays whole
            if before.strip() and items[-1]:  # a list that is the subject ("Donating, ...")
                last_words = items[-1].split()
                if len(last_words) >= 2 and all(_demonym(w) for w in [*items[:-1], last_words[0]]):
                    # "in Belgian, French and Spanish ports": each one's ports
                    noun = " ".join(last_words[1:])
                    items = [*(f"{i} {noun}" for i in items[:-1]), items[-1]]
                if items[0].startswith(("a ", "an ")):
                    # "is an American actor, comedian and director": each one "a"
                    items = [_with_article(i) for i in items]
                out = [f"{before}{item}{after}" for item in items]
                head = before.rstrip().rsplit(" ", 1)
                again = _SAME_HEAD.match(items[-1])
                if len(head) == 2 and again and again.group(1) == head[1]:
                    # "sold at A, B and C and online at D": the last item has its own adverb
                    out[-1] = f"{head[0]} {items[-1]}{after}"
                return out
    for pattern in (_BINARY_NAMES, _BINARY_NP):
        if pattern is _BINARY_NAMES and _BINARY_NAMES_END.search(clause) is None:
            continue  # no "and <Name>" closing the clause or a phrase: no pair of names
        if pattern is _BINARY_NP and _BINARY_NP_END.search(clause) is None:
            continue  # no "and" and a noun phrase closing the clause or a phrase: no pair
        m = pattern.search(clause)
        if m and inside_quotes(clause, m.start("a")):
            continue  # 'called her "a mentor and a friend"': the words as quoted
        if m and pattern is _BINARY_NAMES and _one_name(m.group("a"), m.group("b")):
            continue
        if (
            m
            and m.group("head").strip() in ("in", "from", "to", "at")
            and _AMOUNT.search(clause, 0, m.start("a"))
        ):
            continue  # "set up two treatment centres in Beira and Dondo": two in all
        if m and not _BETWEEN_END.search(clause, 0, m.start("a")):
            before, after = clause[: m.start("a")], clause[m.end("b") :]
            if after.startswith(", ") and _PLURAL_APPOSITIVE.match(after, 2):
                # "in Japan and Nigeria, the two largest export markets": the two together
                return [clause]
            first = m.group("a")
            of_at = first.rfind(" of ")
            if (
                pattern is _BINARY_NP
                and of_at > 0
                and not _DET_OPEN.match(m.group("b"))
                # not an act or a condition of its own ("the possession of cannabis and drink
                # driving", "a lack of rain and high temperatures")
                and not m.group("b").rstrip().endswith("ing")
                and m.group("b").split()[0].lower() not in _CONDITION_ADJECTIVES
                # the second item no longer than the "of" object, which has no article of its
                # own ("the closure of branches and job losses", "the closure of the plant and
                # job losses": the job losses are no closure)
                and (
                    len(m.group("b").split()) <= len(first[of_at + 4 :].split())
                    # "a variety of comedic and dramatic roles": two adjectives of one noun
                    or first[of_at + 4 :].strip().endswith(_ADJECTIVE_ENDS)
                )
                and not _DET_OPEN.match(first[of_at + 4 :])
            ):
                # "the rise in the price of diesel and cement": the price of each, the second
                # item without an article going with the nearest "of"
                before, first = before + first[: of_at + 4], first[of_at + 4 :]
            return [f"{before}{first}{after}", f"{before}{m.group('b')}{after}"]
    return [clause]


_ADJECTIVE_ENDS = ("ic", "al", "ar", "ous", "ive", "ary", "ful", "less")
"""Endings of an adjective standing alone before "and" ("comedic and dramatic roles")."""
_THE_OPEN = re.compile(r"^(?:the|a|an)\s+")
_CONDITION_ADJECTIVES = frozenset(
    "high low higher lower rising falling soaring surging strong weak heavy poor cold hot dry "
    "wet severe extreme record".split()
)
"""First words of a condition set beside a whole phrase ("a lack of rain and high
temperatures"), not beside its "of" object."""
_OBJECT_AND = re.compile(r"\s+and\s+(?=(?:a|an|the|his|her|its|their)\s)")
_OBJECT_AND_HINT = re.compile(r"and(?<=\sand)\s+(?:a|an|the|his|her|its|their)\s")
"""What every `_OBJECT_AND` match holds, found by the engine's literal search for "and": a
clause without it has no second object in any part of it."""
_VERB_CHAIN = re.compile(
    r"(?:\s*(?:has|have|had|is|are|was|were|been|be|being|also|not|"
    r"already|\w+ly))*\s*[\w’'-]+\s+"
)


def _split_objects(clause: str) -> list[str]:
    """ "He holds a degree from X and a doctorate from Y" -> one claim per object."""
    if " and " not in clause or _OBJECT_AND_HINT.search(clause) is None:
        return [clause]  # no "and" before a second object's article (a cheap test first)
    verb_at = _main_verb(clause)
    if verb_at <= 0:
        return [clause]
    chain = _VERB_CHAIN.match(clause, verb_at)
    if not chain:
        return [clause]
    head, objects = clause[: chain.end()], clause[chain.end() :]
    if not _DET_OPEN.match(objects) or "," in objects or '"' in objects or "“" in objects:
        return [clause]  # 'called her "a mentor and a friend"': the words as quoted
    parts = _OBJECT_AND.split(objects)
    if len(parts) != 2 or any(len(p.split()) < 2 for p in parts):
        return [clause]
    if _INNER_PREPOSITION.search(parts[0]) and not _INNER_PREPOSITION.search(parts[1]):
        return [clause]  # "left her home with her medication and her dog": both go "with"
    if " between " in f" {parts[0]} " or " both " in f" {parts[0]} ":
        return [clause]  # "the war between the army and the rebels": one war, both sides
    if _own_predicate(parts[1]) or (
        # "believe the gunman and his accomplice hid in the woods": more than a noun follows
        _BELIEF_VERB.fullmatch(head.split()[-1]) and len(parts[1].split()) > 2
    ):
        # "believe the pilot and the co-pilot were asleep", "expect the bank and the Treasury
        # to act": one subject of what is believed
        return [clause]
    return [f"{head}{part}" for part in parts]


_BELIEF_VERB = re.compile(
    r"(?:believe|believes|believed|think|thinks|thought|expect|expects|expected|know|knows|"
    r"knew|fear|fears|feared|suspect|suspects|suspected|say|says|said)"
)
"""Verbs whose object is a clause of its own, perhaps with a pair for its subject."""


def _own_predicate(phrase: str) -> bool:
    """Whether a noun phrase after "and" goes on with a finite verb of its own ("the co-pilot
    were asleep"), not a participle or a relative's verb ("a vector that contains ...")."""
    verb_at = _main_verb(" " + phrase)
    if verb_at <= 0:
        return False
    words = (" " + phrase)[:verb_at].split()
    after = (" " + phrase)[verb_at:].split(None, 2)
    verb = after[0].lower()
    following = after[1].lower() if len(after) > 1 else ""
    if (
        verb not in _AUX
        and verb not in _SIMPLE_PAST
        and (following in _PREP or following in ("last", "this", "next"))
    ):
        return False  # "the drugs found in the flat", "the plan published last week"
    return (
        verb in _AUX
        or verb in _COMMON_VERBS
        # "the developer colluded": a last verb; not "the doctors involved"
        or (verb.endswith("ed") and not following and verb not in _AFTER_NOUN_PARTICIPLES)
    ) and not (words and words[-1].lower() in ("that", "which", "who"))


_SIMPLE_PAST = frozenset(
    "hid fled sank ran came went fell rose flew drew drove took gave ate saw wrote broke spoke "
    "stole chose froze began swam sang rang drank grew knew threw blew wore tore".split()
)
"""Past forms that are no participles ("the accomplice hid in the woods")."""
_AFTER_NOUN_PARTICIPLES = frozenset(
    "involved concerned affected named mentioned accused arrested injured wounded detained "
    "required needed used listed proposed planned sustained suffered caused reported recorded "
    "identified seized found taken made".split()
)
"""Participles that stand after their noun at a clause's end ("the doctors involved")."""


_INNER_PREPOSITION = re.compile(r"\s(?:with|without)\s")


_GAP_APPROX = r"(?:(?:about|nearly|almost|more than|at least|some|over|around|roughly)\s+)?"
_GAP_DIGITS = r"[$€£]?\d[\d,.]*(?:\s*(?:%|per cent|percent))?(?:\s+(?:million|billion|thousand))?"
_GAP_NUMBER = _GAP_APPROX + _GAP_DIGITS
"""A figure in digits, perhaps approximate ("about 5%", "$3 million")."""
_GAPPED = re.compile(
    rf"(?P<head>(?:.*?\s)?)(?P<q1>{_GAP_NUMBER})(?P<mid>(?:\s+[^\d,;]*?)?)\s+"
    r"(?P<p>in|at|on|for|from|among|across|to)\s+(?P<pp1>[^,;\d]+?)"
    rf"(?P<more>(?:,\s+{_GAP_NUMBER}\s+(?P=p)\s+[^,;\d]+?)*),?\s+and\s+"
    rf"(?P<q2>{_GAP_NUMBER})\s+(?P=p)\s+(?P<pp2>[^,;\d]+?)(?P<tail>[.!]?)",
    re.DOTALL,
)
"""Figures with their verb left out after the first: "rose 5% in Europe and 3% in Asia",
"41 of the dead were in Sofala and 22 in Manica", "5% to Germany, 3% to France and 2% to
Italy"."""


_GAPPED_MAX = 400
"""Longer clauses are not tried for figures with their verb left out (the pattern is quadratic)."""
_MID_PREPOSITION = re.compile(r"\b(?:to|for|from|with|on|at|in|by|into|over)\b")
_AND_FIGURE = re.compile(rf"\sand\s+{_GAP_NUMBER}\s")


_GAP_SUBJECT = (
    # not "The" alone ("The police arrested 40 people and the Army 12")
    r"(?:[Tt]he\s+)?(?!(?:The|A|An)\s)[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|\d{2,4}\b(?![.,]\d)))*"
    # "the Left party", "the Social Democrats (SPD)"
    r"(?:\s+(?:party|alliance|bloc))?(?:\s+\([A-Z][\w&]{1,7}\))?"
)
_GAP_COUNT = (
    _GAP_APPROX
    + r"(?:"
    + _GAP_DIGITS
    + r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
"""A figure in digits or words up to twenty ("16", "eight", "0.8%")."""
_GAPPED_SUBJECTS = re.compile(
    rf"(?P<s1>{_GAP_SUBJECT})\s+(?P<verb>(?:[a-z]+\s+){{0,2}}?[a-z]+)\s+(?P<q1>{_GAP_COUNT})"
    r"(?P<noun>\s+(?!and\b|or\b)[a-z]+)?"
    rf"(?P<rest>(?:(?:,\s+(?:and\s+)?|\s+and\s+){_GAP_SUBJECT}\s+{_GAP_COUNT}"
    r"(?:\s+(?!and\b|or\b)[a-z]+)?)+)"
    r"(?P<tail>[.!]?)",
)
"""Subjects with their figures and the verb said once: "The Greens won 16 seats, the Liberals 11
and the Left eight", "The Dow fell 1.1%, the S&P 500 0.8% and the Nasdaq 1.4%"."""
_GAPPED_ITEM = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<s>{_GAP_SUBJECT})\s+(?P<q>{_GAP_COUNT})"
    r"(?P<noun>\s+(?!and\b|or\b)[a-z]+)?"
)


_RISE_VERBS = frozenset("rose gained climbed jumped increased advanced rallied added".split())
_FALL_VERBS = frozenset("fell dropped lost declined slipped slid eased tumbled sank".split())
_GAP_ITEM_HINT = re.compile(
    # "(?:,|\band)": the boundary tested after the "a", so the engine skips to commas and a's
    rf"(?:,|a(?<=\ba)nd)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z0-9][\w&’'.-]*){{0,3}}"
    rf"(?:\s+\([A-Z][\w&]{{1,7}}\))?\s+{_GAP_COUNT}"
)
"""A subject and its figure after a comma or "and" ("..., the Liberals 11"): cheap to look for."""


_FATE = r"(?:killed|injured|wounded|hurt|arrested|detained|rescued|evacuated|hospitali[sz]ed)"
_FATE_COUNT = (
    r"(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ee]leven|[Tt]welve|[Tt]wenty)"
)
_SHARED_ADVERBIAL = re.compile(r"(?:\s+(?:in|at|on|during|after|near|across|when|since)\b.*)?$")
_COUNTED_FATES = re.compile(
    r"(?P<pre>(?:[A-Z][^,]*,\s+)?)(?P<n1>(?:(?:[Aa]t least|[Aa]bout|[Nn]early|[Mm]ore than|[Ss]ome)\s+)?"
    + _FATE_COUNT
    + r")\s+(?P<noun>(?:[a-z]+\s+)?(?:people|persons|civilians|soldiers|"
    r"workers|passengers|children|men|women|officers|firefighters|miners|migrants|students|"
    r"protesters|inmates|residents|tourists|fans))\s+(?P<aux>were|have\s+been|had\s+been)\s+"
    rf"(?P<v1>{_FATE})\s+and\s+(?P<n2>(?:(?:at least|about|nearly|more than|some)\s+)?"
    + _FATE_COUNT
    + rf")\s+(?:others\s+|more\s+)?(?P<v2>{_FATE})\b(?P<rest>[^,;]*)"
)
"""Two counts of one group's fates, the second verb's auxiliary and noun left out ("Three
people were killed and 12 injured in the blast")."""


def _split_gapped_subjects(clause: str) -> list[str]:
    """ "The Greens won 16 seats, the Liberals 11" -> "The Liberals won 11 seats" too."""
    m = _GAPPED_SUBJECTS.fullmatch(clause.rstrip())
    if m is None or m.group("verb").split()[0] in _AUX and len(m.group("verb").split()) == 1:
        return [clause]
    verb, noun, tail = m.group("verb"), m.group("noun") or "", m.group("tail")
    items = list(_GAPPED_ITEM.finditer(m.group("rest")))
    verb_word = verb.split()[-1].lower()
    if any(
        ((item.group("noun") or "").strip(), verb_word in _RISE_VERBS)
        in (("lower", True), ("down", True), ("higher", False), ("up", False))
        and (verb_word in _RISE_VERBS or verb_word in _FALL_VERBS)
        for item in items
    ):
        return [clause]  # "Apple rose 3% and Google 2% lower": no shared verb
    out = [f"{m.group('s1')} {verb} {m.group('q1')}{noun}{tail}"]
    for item in items:
        subject = item.group("s")
        subject = subject[:1].upper() + subject[1:]
        out.append(f"{subject} {verb} {item.group('q')}{item.group('noun') or noun}{tail}")
    return out


_GAP_COUNT_WORD = (
    r"(?:(?i:about|nearly|almost|more than|at least|some|over|around|roughly|another)\s+)?"
    r"(?:\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?))"
)
_GAPPED_COUNTS = re.compile(
    rf"(?P<q1>{_GAP_COUNT_WORD})\s+(?P<noun>(?:[a-z]+\s+)?(?:[a-z]+s|people|children|men|women))"
    r"\s+(?P<vp>(?:[a-z]+\s+){0,3}?[a-z]+)\s+(?P<p>in|at|on|from|across|among)\s+"
    r"(?P<pp1>[^,;\d]+?)"
    rf"(?P<more>(?:,\s+{_GAP_COUNT_WORD}\s+(?P=p)\s+[^,;\d]+?)*),?\s+and\s+"
    rf"(?P<q2>{_GAP_COUNT_WORD})\s+(?P=p)\s+(?P<pp2>[^,;\d]+?)(?P<tail>[.!]?)",
)
"""Counts of people or things with the verb left out after the first: "Five people died in
Leyte and four in Negros Occidental", "Twelve were killed in Gaza, three in Lebanon and two in
Syria"."""
_GAPPED_COUNT_MORE = re.compile(rf",\s+({_GAP_COUNT_WORD})\s+(?:in|at|on|from|across|among)\s+")


def _split_gapped_counts(clause: str) -> list[str] | None:
    """One claim per count and place of `_GAPPED_COUNTS`; None when the clause is not one."""
    m = _GAPPED_COUNTS.fullmatch(clause.rstrip())
    if m is None:
        return None
    verb = m.group("vp").split()[0].lower()
    if not (verb in _AUX or verb in _COMMON_VERBS or verb.endswith("ed")):
        return None
    if m.group("noun").split()[0] in ("hundred", "thousand", "million", "billion"):
        return None  # "Eight hundred troops ... and 600 in Latvia": a number in words
    if _main_verb(" " + m.group("pp2")) > 0 or any(
        w in _AUX or w in _MODAL for w in m.group("pp2").split()
    ):
        return None  # "and four in Samar were rescued": a verb of their own
    noun, vp, p, tail = m.group("noun"), m.group("vp"), m.group("p"), m.group("tail")
    items = [(m.group("q1"), m.group("pp1"))]
    more = m.group("more")
    starts = list(_GAPPED_COUNT_MORE.finditer(more))
    for n, item in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(more)
        items.append((item.group(1), more[item.end() : end]))
    items.append((m.group("q2"), m.group("pp2")))
    singular = {"one": True, "1": True}
    out = []
    for q, pp in items:
        if singular.get(q.lower()):
            return None  # "and one in Samar": the noun and verb would need the singular
        out.append(f"{q[:1].upper()}{q[1:]} {noun} {vp} {p} {pp.strip()}{tail}")
    return out


_TO_AND_TO = re.compile(
    r"(?P<head>.*?\b[a-z]+\s+)to\s+(?P<items>(?!the\b|a\b|an\b)[a-z]+\s[^;]*?"
    r",?\s+and\s+to\s+(?!the\b|a\b|an\b)[a-z]+\s[^,;]+?)(?P<tail>[.!]?)",
    re.DOTALL,
)
_TO_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?to\s+|\s+and\s+to\s+")


def _split_to_and_to(clause: str) -> list[str]:
    """ "pledged to hire 5,000 nurses and to open 12 hospitals": one claim per infinitive,
    each under the verb that governs them; the clause whole otherwise ("went to Paris and to
    Berlin": places, no verbs)."""
    if " and to " not in clause:
        return [clause]
    m = _TO_AND_TO.fullmatch(clause.rstrip())
    if m is None:
        return [clause]
    items = _TO_ITEM_SPLIT.split(m.group("items"))
    if len(items) < 2 or not all(
        (w := item.split(" ", 1)[0]) in _BASE_VERBS or w in _MORE_BASE_VERBS or w in _TO_VERBS
        for item in items
    ):
        return [clause]
    return [f"{m.group('head')}to {item}{m.group('tail')}" for item in items]


_TO_VERBS = frozenset(
    "hire open close build cut raise lower create invest spend sell buy fund ban end stop "
    "increase reduce introduce expand launch recruit train provide protect review restore "
    "scrap freeze double halve deliver extend replace repair upgrade pay hold allow".split()
)
"""Verbs that follow "to" in plans and pledges, beside `_BASE_VERBS`."""


def _split_gapped(clause: str) -> list[str]:
    """ "Sales rose 5% in Europe and 3% in Asia" -> one claim per figure and place."""
    if " and " not in clause and ", " not in clause:
        return [clause]
    fates = _COUNTED_FATES.fullmatch(clause.rstrip(" .")) if " were " in clause else None
    if fates is not None:
        # "Three people were killed and 12 injured in the blast": 12 people were injured
        noun, aux, rest = fates.group("noun"), fates.group("aux"), fates.group("rest")
        pre, second = fates.group("pre"), fates.group("n2")
        if not pre:
            second = second[:1].upper() + second[1:]
        # a place or time is both counts' ("in the blast"); an agent or a means is the second
        # verb's only ("and three others arrested by police")
        shared = rest if _SHARED_ADVERBIAL.match(rest) else ""
        return [
            f"{pre}{fates.group('n1')} {noun} {aux} {fates.group('v1')}{shared}",
            f"{pre}{second} {noun} {aux} {fates.group('v2')}{rest}",
        ]
    named = _GAPPED_NAMED_SUBJECT.fullmatch(clause.rstrip(" ."))
    if named is not None and _HAS_DIGIT.search(named.group("rest2")):
        # "Vancouver raised fares by 2.3% in January and Montreal by 3% in February": the
        # second name did what the first did, by its own figure
        verb_phrase = f"{named.group('verb')} {named.group('obj')}"
        return [
            f"{named.group('s1')} {verb_phrase}{named.group('rest1')}",
            f"{named.group('s2')} {verb_phrase}{named.group('rest2')}",
        ]
    if " and " in clause and len(clause) <= _GAPPED_MAX:
        counts = _split_gapped_counts(clause)
        if counts is not None:
            return counts
    if _GAP_ITEM_HINT.search(clause):
        subjects = _split_gapped_subjects(clause)
        if len(subjects) > 1:
            return subjects
    if " and " not in clause or len(clause) > _GAPPED_MAX or not _AND_FIGURE.search(clause):
        return [clause]
    m = _GAPPED.fullmatch(clause.rstrip())
    if m is None or " and " in m.group("mid") or " and " in m.group("pp1"):
        return [clause]
    head, mid, p, tail = m.group("head"), m.group("mid"), m.group("p"), m.group("tail")
    if head.lower().endswith("between ") or re.search(rf"\d\S*\s+{p}\s", head):
        return [clause]  # "between 8% in A and 19% in B"; the last two of a longer list
    if _MID_PREPOSITION.search(mid):
        return [clause]  # "paid $5 million to victims in Texas and $3 million in legal fees"
    items = [(m.group("q1"), m.group("pp1"))]
    items += [
        (x.group(1), x.group(2))
        for x in re.finditer(rf",\s+({_GAP_NUMBER})\s+{p}\s+([^,;\d]+?)(?=,|$)", m.group("more"))
    ]
    last, predicate = m.group("pp2"), ""
    verb = _main_verb(" " + last) if _main_verb(" " + head) < 0 else -1
    if verb > 1:  # "132 patients in one group and 98 in the other had died": said of each
        last, predicate = last[: verb - 1].rstrip(), " " + last[verb - 1 :]
    items.append((m.group("q2"), last))
    return [f"{head}{q}{mid} {p} {pp}{predicate}{tail}" for q, pp in items]


_GAPPED_NAMED_SUBJECT = re.compile(
    r"(?P<s1>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) (?P<verb>[a-z]+) (?P<obj>(?:[a-z]+ ){0,3}?)"
    r"(?P<rest1>(?:by|to) [^,;]+?) and (?P<s2>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) "
    r"(?P<rest2>(?:by|to) [^,;]+?)"
)
"""Two named subjects sharing a verb, the second's elided ("A raised fares by 2% and B by 3%")."""
_JOINT = re.compile(
    r"\b(?:combined|together|jointly|totall?ing|in total|between them|a total of|accounts? for|accounted for|"
    r"make up|made up|makes up|share|shared)\b"
)
"""A predicate that holds for two subjects together, not for each ("accounted for 60%")."""
_RECIPROCAL = re.compile(
    r"(?:(?:have|has|had|will|would|could|did)\s+(?:not\s+|also\s+)?)?(?:met|meet|meets|"
    r"clashed|clash|collided|collide|merged|merge|negotiated|talked|held\s+talks|fought|"
    r"drew|tied|married|divorced|split\s+up|failed\s+to\s+agree|agreed\s+(?:on|a|an)\b|"
    r"signed\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:agreement|deal|treaty|accord|pact|memorandum))\b"
)
"""A predicate two subjects hold with each other ("met in Bergen", "signed a fisheries
agreement"), which neither holds alone."""
_PLURAL_DESCRIPTOR = re.compile(
    r"(?:[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|men|ies))\s+(?=[A-Z])"
)
"""A plural trade before two names ("Footballers ", "Actors ", "Politicians ")."""
_FLOATING_BOTH = re.compile(r"^((?:has|have|had|are|were|is|was|will|would)\s+)both\s+")


_NAME_LIST_SUBJECT = re.compile(
    r"(?P<items>(?:(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s+){1,6}"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},?\s+and\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?P<pred>[a-z].+)$",
    re.DOTALL,
)
"""Three or more names as a clause's subject: "Italy, France and Germany have pledged ..."."""


def _split_coordinated_subject(clause: str) -> list[str]:
    if ", " in clause and " and " in clause and clause[:1].isupper():
        listed = _NAME_LIST_SUBJECT.match(clause)
        if listed is not None:
            return _split_listed_subject(clause, listed)
    # `_COORD_SUBJECT` opens with a capital or "the" and needs an "and": tested first
    m = (
        _COORD_SUBJECT.match(clause)
        if "and" in clause and ("A" <= clause[:1] <= "Z" or clause[:1] == "t")
        else None
    )
    if m and "respectively" in clause:
        return _respectively([m.group("a"), m.group("b")], m.group("pred")) or [clause]
    if not m or "respectively" in clause:
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
    if _JOINT.search(pred):
        return [clause]  # "Labour and the Greens won a combined 45%": one figure for both
    if _RECIPROCAL.match(pred):
        return [clause]  # "Norway and Iceland met in Bergen": with each other
    pair = f"{m.group('a')} and {m.group('b')}"
    names = _find_entities(pair)
    if len(names) == 1 and " and " in names[0].text:
        return [clause]  # "The Food and Drug Administration approved ...": one name
    pred = _FLOATING_BOTH.sub(r"\1", _agree_singular(pred), count=1)  # "have both set"
    first = m.group("a")
    described = _PLURAL_DESCRIPTOR.match(first)
    if described is not None and any(
        e.type == "person" and e.text == first[described.end() :]
        for e in _find_entities(first[described.end() :])
    ):
        # "Footballers Cristiano Ronaldo and Lionel Messi were convicted": the plural is both
        # of theirs, not the first one's title
        first = first[described.end() :]
    return [f"{first} {pred}", f"{m.group('b')} {pred}"]


def _split_listed_subject(clause: str, m: re.Match[str]) -> list[str]:
    """One claim per name of "Italy, France and Germany have pledged more aid"; the clause
    whole when the predicate is not a verb phrase or holds for them together."""
    pred = m.group("pred")
    first = pred.split()[0].lower()
    if not (first in _AUX or first in _COMMON_VERBS or first.endswith("ed")):
        return [clause]
    names = [n.strip() for n in _LIST_SPLIT.split(m.group("items")) if n.strip()]
    if "respectively" in pred:
        return _respectively(names, pred) or [clause]
    if _JOINT.search(pred) or _AMOUNT.search(pred):
        return [clause]  # "... won a combined 45%", "... sent 40 tanks": a total, perhaps
    if any(_find_entities(n) == [] for n in names):
        return [clause]  # not names: "The Lakers, Celtics and Knicks" reads as one
    pred = _agree_singular(pred)
    return [f"{name} {pred}" for name in names]


_RESPECTIVELY = re.compile(r",?\s+respectively\b,?")
_FIGURE_ITEM = re.compile(r"[$€£¥]?\d")
_FIGURE_WORD = re.compile(r"[$€£¥]?\d[\d.,]*(?:%|[a-z]{1,3})?|[a-z]+")
"""A word of a figure item: "471,000", "$2", "3.5%", "10km", "bpd", "billion"."""
_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last".split()
)


def _respectively(subjects: list[str], pred: str) -> list[str] | None:
    """ "Russia and Iraq will hold back 471,000 bpd and 220,000 bpd respectively": one claim
    per subject with its own item; None when the items cannot be told apart with confidence.

    The items are the list that ends at "respectively", as many as the subjects: figures of
    the same shape ("3.1% and 2.8%", "$2 billion and $3 billion") or ordinals ("second and
    third"). Other items ("chairman and chief executive") have no clear start.
    """
    at = _RESPECTIVELY.search(pred)
    if at is None or len(subjects) < 2 or subjects[-1].endswith(("'s", "’s")):
        return None  # "Smith and Jones's wives": the subjects are not the names
    listed, suffix = pred[: at.start()], pred[at.end() :]
    if " and " in suffix and _HAS_DIGIT.search(suffix):
        return None  # "fell 2% and 3% respectively, to $80 and $76": a second pair after it
    if "(" in listed or ")" in listed:
        return None  # "(10.1% and 14.5%, respectively)": figures in brackets, not the verb's
    left, sep, last = listed.rpartition(" and ")
    if not sep or ", " in last or " and " in left:
        return None
    left = left.rstrip(",")  # "for 30 days, and 80 days, respectively"
    parts = left.rsplit(", ", len(subjects) - 2) if len(subjects) > 2 else [left]
    if len(parts) != len(subjects) - 1:
        return None
    head_words = parts[0].split()
    last_words = last.split()
    noun = ""
    if (
        len(last_words) > 1
        and _FIGURE_ITEM.match(last)
        and head_words
        and _BARE_FIGURE.fullmatch(head_words[-1])
        and all(_BARE_FIGURE.fullmatch(p.strip()) for p in parts[1:])
    ):
        # "cut 500 and 300 jobs respectively": the figures share the noun after the last
        noun = " " + " ".join(last_words[1:])
        last = last_words[0]
    width = len(last.split())
    if len(head_words) <= width:
        return None  # nothing left for the verb
    prefix = " ".join(head_words[:-width])
    items = [" ".join(head_words[-width:]), *(p.strip() for p in parts[1:]), last.strip()]
    items = [item + noun for item in items]
    width = len(items[-1].split())
    figures = all(_FIGURE_ITEM.match(item) for item in items)
    if figures:
        if not all(_FIGURE_WORD.fullmatch(w) for item in items for w in item.split()):
            return None  # "92% +/- 3%": a figure with its error, not one item per subject
    elif width != 1 or not all(item.lower() in _ORDINAL_WORDS for item in items):
        return None  # "in RNA biosynthesis and lipogenesis": where the first item starts?
    if any(len(item.split()) != width for item in items):
        return None
    if figures and len({tuple(w[:1].isdigit() for w in item.split()) for item in items}) > 1:
        return None  # "$2 billion and 300 jobs": not the same shape
    prefix = _agree_singular(prefix)
    return [f"{who} {prefix} {item}{suffix}" for who, item in zip(subjects, items, strict=True)]


_EMBEDDED_SUBJECT = re.compile(r"(?:whether|if|that)\s+(?=[A-Z])")
"""The opener of an embedded clause whose subject is a name ("whether X, owned by ...")."""


def _second_subject(after: str) -> bool:
    """Whether `after` (what follows "and") is a name with a relative clause closed by a
    comma and then a predicate ("Erling Haaland, who ..., scored"; not "Keir Starmer, who
    leads the party, at the palace")."""
    named = _NAMED_WHO.match(after)
    if not named:
        return False
    close = _next_comma(after, named.end())
    return close > 0 and _predicate_follows(after, close + 1)


_NAMED_WHO = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+(?:\d{1,3},\s+)?"
    # "Daniel Mercer, 29, a forklift driver from Bolton, was jailed": an aged name's appositive
    r"(?:who\s|(?<=\d,\s)(?:a|an|the)\s)"
)
"""A name opening a clause with a relative clause ("Erling Haaland, who ...") or, after an age,
an appositive."""
_AS_EVENT_VERBS = (
    r"beat|won|lost|drew|fell|rose|slid|sank|climbed|jumped|dropped|gained|surged|tumbled|"
    r"slumped|rallied|edged|dipped|soared|plunged|hit|took|struck|fled|stormed"
)
_SHARE_CLAUSE = re.compile(
    r"\s*(?:about\s+|nearly\s+|just\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)\s+[a-z]"
)
_FINDING_OF_SHARE = re.compile(
    r"\b(?:found|finds|showed|shows|suggested|suggests|indicated|indicates|revealed)\s+(?:that\s+)?"
    r"(?:about\s+|nearly\s+|just\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)\s+of\s"
)
"""A finding of a share of some people ("showed 64% of Spaniards"), which a following "while
29% supported it" goes on with."""
_CONJUNCTION = re.compile(
    # "(?=[;,\s])\s*(?:;|,\s*(?:and|...)\b|<the rest>)": the first character consumed, then what
    # may follow it (the engine skips to ";", "," and white space)
    r"[;,\s](?:(?<=;)|(?<=,)\s*(?:and|but|while|whereas|yet|so|as)\b|(?<=\s)\s*"
    r"(?:;|,\s*(?:and|but|while|whereas|yet|so|as)\b|and\b|but\b|while\b|whereas\b"
    # "scored in the 113th minute as Real Betis beat Athletic", "as shares fell 3%": a second
    # event, with its own subject and verb, and no comma
    r"|as(?=\s+(?:(?:the|its|their)\s+)?(?:(?:[A-Z][\w’'.-]*\s+){1,4}(?:\w+ed|"
    + _AS_EVENT_VERBS
    + r")|(?:[a-z]+\s+){1,2}(?:"
    + _AS_EVENT_VERBS
    + r"))\b)))"
    r"(?:\s+that\b(?!\s+(?:is|was|has|had|will|would|could|may|might|means|meant|makes|made)\b))?\s*"
)


_ING_NOUN_SUBJECT = re.compile(
    r"[a-z]+ing\s+(?!(?:and|or|but|to|the|a|an|of|in|on|at|for|with|it|they)\b)[a-z]+\s+"
    r"(?:(?:at|in|of|on|for)\s+[^,;]{1,40}?\s+)?"
    r"(?:will|would|are|were|was|is|have|has|had|could|may|might)\b"
)
"""A subject whose first word ends in -ing ("opening hours at six centres will"): a clause,
not a participle phrase."""
_FIGURE_CLAUSE = re.compile(
    r"(?:(?:the|its|their|our|his|her)\s+)?(?:(?![a-z]+ly\b)[a-z][\w-]*\s+){0,2}"
    r"(?![a-z]+ly\b)[a-z][\w-]*\s+(?:"
    + _AS_EVENT_VERBS
    + r"|increased|decreased|declined|grew|shrank|slipped|eased|widened|narrowed|"
    r"contracted|expanded|doubled|halved)\s[^,;]{0,40}?\d"
)
"""A clause of a figure's change after "and", "but" or "while" ("profit rose 5%", "operating
profit fell 12%")."""
_NAMED_FIGURE_CLAUSE = re.compile(
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:"
    + _AS_EVENT_VERBS
    + r"|pledged|sent|gave|donated|promised|provided|offered|contributed|committed|scored|"
    r"sold|bought|raised|paid|spent|cut|added|shed|posted|reported|recorded)\s"
    r"(?:[^,;]{0,20}?\s)?(?:[$€£]\s?)?\d"
)
"""A named subject's own clause with its figure ("and India sent 1,000 tents")."""
_WH_RELATIVE = re.compile(
    r"\b(?:which|who|whom|whose)\b|(?<!said )(?<!says )(?<!say )(?<!told )\bthat\s+"
    r"(?:would|will|could|can|may|might|is|are|was|were|has|have|had)\b"
)
_SUBORDINATE_WORD = re.compile(
    r"\b(?:where|which|who|that|when|whose|if|If|unless|Unless|whether|provided|assuming|"
    r"although|Although|though|Though)\b"
)
"""A word opening a relative or subordinate clause."""


_PLURAL_OPENING = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?([a-z]{3,}s)\s+([a-z]+)\b")


def _plural_subject_then_verb(text: str) -> bool:
    """ "markets price in ...", "the shares fell ...": a plural noun opening the text, then a
    word that can only be its verb (a present form the lexicon does not know)."""
    m = _PLURAL_OPENING.match(text)
    if m is None:
        return False
    noun, word = m.group(1), m.group(2)
    return (
        not noun.endswith(("ss", "us", "is"))
        and noun not in _PREP
        and word not in _PREP
        and word not in _DET
        and word not in _NOT_AFTER_PLURAL
        and not word.endswith(("ly", "ing", "al", "ic", "ous", "ive", "s"))
    )


_NOT_AFTER_PLURAL = frozenset(
    "and or but that which who whom whose than also not only both either such as so very more "
    "most less least worth enough everywhere too alone again still each all here there "
    "now then today abroad".split()
)


_REPORTING = frozenset(
    "said says reported reports noted notes told tells wrote writes announced stated confirmed "
    "added adds explained argued warned predicted expected forecast put".split()
)
_OBJECT_LEFT_OUT = frozenset(
    "requires required demands demanded allows allowed permits permitted intended intends "
    "promised promises hoped feared suggests suggested recommends recommended stipulates "
    "stipulated mandates mandated prescribes prescribed instructed wanted wants needed needs "
    "agreed".split()
)
"""Verbs that end an "as" clause whose object is the main clause (", as the law requires")."""
_BE_FORMS = frozenset("is are was were be been being".split())
_NEGATED_AS = re.compile(r"\b(?:not|never|neither|nobody|no\s+one|none)\b|n[’']t\b")
"""A denial inside an "as" clause (", as the two sides hadn't agreed"): a clause of its own."""
_FIGURE_OPEN = re.compile(r"(?:(?:to|by|at)\s+)?[\d$€£¥]")
"""A phrase that opens with a figure (or a change to or by one)."""


def _clause_end(text: str) -> int:
    """Where a subordinate clause opens in `text` (", when", " if", ...), else its end."""
    m = _SUBORDINATE_OPENS.search(text)
    return m.start() if m else len(text)


_SUBORDINATE_OPENS = re.compile(
    r"\s(?:when|if|because|while|until|unless|although|though)\s"
    # "as the yen rises", "since prices fell" (not "since January", "as a share of GDP",
    # "as well as", "such as China")
    r"|\s(?<!such )(?:as|since)\s+(?:the|its|their|his|her|it|they|he|she|prices|costs|demand|"
    r"rates)\b(?:\s+[\w-]+)?\s+(?:[a-z]+s|[a-z]+ed|rose|fell|grew|is|are|was|were)\b"
)
_MEASURE_END = re.compile(
    r"(?:\d|%|\bper\s?cent|\bpercent|\bpoints?|\bcents?|\bpence|\b(?:an?|per)\s+(?:ounce|barrel|"
    r"share|tonne|ton|litre|liter|gallon|kilo|kilogram|pound)|\b(?:thousand|million|billion|"
    r"trillion|bn|mn)|\b(?:dollars|euros|pounds|yen|yuan))$"
)
"""A figure's measure at the end of a phrase ("24 per cent", "$3,000 an ounce"), not a count
of people or things ("200 protesters", "20 youths"), whose participle is theirs."""
_AS_NOT_CLAUSE = frozenset(
    "well part a an of such usual expected planned much many long far soon if though to "
    "for in with opposed compared reported noted described mentioned shown seen".split()
)


_STATE_RELATIVE = re.compile(
    r"(?:[a-z]+ly\s+)?(?:(?:is|are|was|were)(?!\s+(?:[a-z]+ly\s+)?(?:\w+ed|\w+en|being)\b)|"
    r"(?:has|have|had)(?!\s+(?:[a-z]+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b)|lies|lay|sits|sat|"
    r"stands|stood|belongs|"
    r"belonged|borders|bordered|houses|housed|employs|employed|contains|contained|serves|"
    r"served|hosts|owns|owned|remains|remained|lives|lived|covers|spans)\b"
)
"""A relative clause that describes a state ("which lies near the border", "which belonged to
Smith"), not an event a participle could go on from."""
_ED_ADJECTIVE_SUBJECT = re.compile(
    r"[a-z]+ed\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:could|would|will|may|might|can|must|should|"
    r"are|were|have|had|has)\b"
)
"""An adjective in "-ed", its noun, then the clause's verb ("damaged water pipes could")."""
_PLURAL_NP_ONLY = re.compile(
    r"\s*(?:(?:the|its|their|[a-z]+ed)\s+)?(?:[a-z]+\s+){0,2}[a-z]+s\s*", re.IGNORECASE
)
"""A plural noun phrase alone ("overcrowded shelters"): no clause of its own."""
_AND_VERB_AFTER = re.compile(r",\s+and\s+(?:also\s+)?([a-z]+)\b")
"""A verb after ", and" ("..., and adds 300 jobs")."""


_PARTICIPLE_THEN_PLACE = re.compile(
    _PAST_PARTICIPLE
    + r"\s+(?:around|near|along|across|outside|inside|beside|under|over|into|onto|behind)\b"
)
"""A participle and a preposition of place: a reduced relative in a subject ("Walls built
around the plant")."""
_SHARED_AGENT = re.compile(_PAST_PARTICIPLE + r"\s+by\b")
_PARTICIPLE_BEFORE = re.compile(r"\s" + _PAST_PARTICIPLE + r"$")


def _relative_spans(text: str) -> list[tuple[int, int]]:
    """Relative clauses inside a subject, closed by a comma that a predicate follows
    ("Margaret Ellison, who served ... and became ..., died on Sunday")."""
    spans = []
    for m in _REL_OPEN.finditer(text):
        close = _next_comma(text, m.end())
        if close > 0 and _predicate_follows(text, close + 1):
            spans.append((m.start(), close))
    return spans


_REL_OPEN = re.compile(r",\s+(?:who|whose|which)\b")
_FINAL_RELATIVE = re.compile(
    r",\s+(?:who|which)\s+(?:will|would|could|can|may|might|should|must)\b[^,;]*$"
)
"""A relative clause under a modal that runs to the end of the text."""
_OTHER_REFERENT = {
    True: re.compile(
        r"\b(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+)?(?:attacker|man|woman|boy|girl|child|"
        r"victim|suspect|officer|driver|gunman|thief|robber|intruder|passenger|player|patient|"
        r"baby|mother|father|son|daughter|husband|wife|friend|neighbou?r)\b|\s[A-Z][a-z]+"
    ),
    # "them": something plural ("who rescued 40 dogs and fed them"); "it": something single
    # ("who had stolen a car and crashed it"); not "who had sat through a trial and
    # discharged them"
    "them": re.compile(
        r"\b(?:the|his|her|its|their|\d[\d,]*)\s+(?:[\w-]+\s+)?"
        r"(?:[a-z]+(?<![suia])s|children|people|men|women|staff)\b"
    ),
    "it": re.compile(r"\b(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?[a-z]+(?<!s)\b"),
}
"""Someone (for "him"/"her") or something (for "it"/"them") named inside a relative clause,
whom a pronoun after its "and" can mean ("who saw the attacker and tackled him")."""
_SAID_CLAUSE = re.compile(
    r"(?:said|says|told [a-z]+|added)\s+(?:that\s+)?(?:he|she|they|it|we|the\s+[a-z]+)\s+[a-z]+"
)
"""A speech verb after a speaker's aside and the reported clause's own subject."""
_ROLE_THEN_NAME = re.compile(
    r"(?:[A-Z][a-z]+|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?: [a-z][\w-]*){1,3}, "
    r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+"
)
"""A role, a comma and a name ("Her coach, Marco Bellini")."""
_APPOSITIVE_INSIDE = re.compile(r"[^,]+, (?:one of|an?|the|its|their)\s[^,]+, [^,]+")
"""A subject, its appositive between commas and a verb phrase ("the Ever Given, one of the
world's biggest ships, blocked the canal")."""
_PRESENT_WHERE_VERBS = r"holds|has|controls|needs|remains|runs|owns|employs|hosts|lives"
"""Verbs of a where-clause told in the present ("where Labor holds 29 seats")."""
_PRESENT_WHERE = re.compile(
    r",\s+where\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:" + _PRESENT_WHERE_VERBS + r")\b"
)
"""A where-clause told in the present ("where Labor holds 29 seats")."""
_LAST_RELATIVE = re.compile(
    rf",\s+(?:(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?{_SUMMARY_NOUNS}\s+that|who|which|"
    # "in Barcelona, where protesters blocked the road and set fire to bins"
    # (not "where she studied law and later joined": who "she" is is for the sentence to say;
    # not "where staff were cooking and spread to the roof": the fire's)
    r"where\s+(?!(?:he|she|it|they|we|i|you)\b)(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+"
    r"(?=(?:(?:have|has|had)\s+)?[a-z]+ed\b|(?:set|held|took|made|threw|broke|stole|hit|shot|"
    r"beat|burnt|lit|tore|fought|fled|ran|sank|sold|built|" + _PRESENT_WHERE_VERBS + r")\b))\s*"
    r"(?!(?:said|says|told)\b)(?:[^,;:“\"]|(?<=\d),(?=\d{3}))*$"
)
"""A relative clause that runs to the end of the text with no comma in it (also one in a
summary appositive: ", a process that usually takes months and includes checks")."""


_COUNT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands"
)
"""Counts in words that may stand as a subject ("two have died") or end a list ("16 and 18")."""
_COUNT_HEDGE = (
    r"(?:(?:around|about|some|nearly|almost|roughly|approximately|over|more than|fewer than|"
    r"less than|at least|an estimated|another|a further)\s+)?"
)
"""The hedge a count standing as a subject may have ("around 98,000", "another 150")."""
_COUNT_SUBJECT_VERBS = r"(?:have|has|had|were|was|are|is|will|remain|remained|died|fled)\b"
"""The verbs that follow a count standing as a clause's subject ("two have died")."""
_NUMBER_SUBJECT = re.compile(
    _COUNT_HEDGE
    + rf"(?:\d[\d,]*|{_COUNT_WORDS})\s+(?:(?:more|others|other people|people)\s+)?"
    + _COUNT_SUBJECT_VERBS
)
"""A number that is a new clause's subject: "... and two have died", ", and around 98,000
remain"."""


_OBJECT_PRONOUN_SOON = re.compile(r"(?:\S+\s+){0,4}(?:him|her|it|them)\b")
"""An object pronoun within the next words ("had hoped to keep him", "had it put down")."""


_DATED_WHERE_BEFORE = re.compile(
    r",\s+(?:where|when)\s+(?!(?:he|she|they|it|we|I)\b)[^,]*\b(?:19|20)\d\d\b[^,]*$"
)
"""A where-clause that dates an event of its own subject, right before a comma (not "where
they won the cup in 2019", whose "they" goes on with the sentence)."""
_POSSESSION_OPENERS = frozenset("a an no two three several previous prior".split())
"""Words after a main-verb "had" ("had a previous conviction", "had no insurance")."""
_PAST_RELATIVE = re.compile(
    r"\b(?:who|that|which)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|lived|reached|won|ran|had|cut|set|"
    r"made|lost|kept|held|paid|sold|bought)\b"
)


def _relative_goes_on(text: str, prev: int, m: re.Match[str], after: str) -> bool:
    """Whether a second verb after "and"/"but" goes on with an open relative on the main
    clause's object ("a man who lived nearby and had a conviction"), not with the main clause
    (a pronoun for the antecedent says the main clause: "... and charged him")."""
    rel = _PAST_RELATIVE.search(text, prev, m.start())
    return (
        rel is not None
        and "," not in text[rel.start() : m.start()]
        and not _relative_closed(text[rel.end() : m.start()])
        and _OBJECT_PRONOUN_SOON.match(after) is None
        and _main_verb(" " + text[prev : rel.start()]) > 0
    )


def _relative_closed(between: str) -> bool:
    """Whether the main clause's verb comes between a relative's auxiliary and an "and": "the
    man who had fled had been found and had been charged", "that were able to form ...
    retained actin and were unable"."""
    words = between.split()
    if any(w in _AUX or w in _MODAL for w in words):
        return True
    # a past in "-ed" after the relative's own verb (not "states" of "precursor states")
    return any(
        w.endswith("ed") and len(w) > 4 and w.islower() and w not in _BASE_IN_ED for w in words[1:]
    )


_ED_ADJECTIVES = frozenset(
    "specialized specialised related advanced skilled unskilled qualified sophisticated "
    "complicated unexploded unidentified unnamed undisclosed unspecified refined processed "
    "frozen experienced enriched used canned dried salted smoked liquefied".split()
)
"""Words in "-ed" that, before a noun, are adjectives more often than past verbs."""
_ADJECTIVE_THEN_NOUN = re.compile(
    r"[a-z]+ed\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:[.;,]|$|(?=(?:at|in|from|for|on)\s))"
)
"""An adjective in "-ed" and a noun that end the clause ("specialized chips.")."""
_CLAUSE_DETERMINERS = frozenset("the this these those".split())
"""Determiners that open a second clause's subject after "and" (not "its", whose owner the
claim would lose)."""
_NOT_NP_WORDS = frozenset("which who whom whose that where when it they he she we".split())
_PREP_OBJECT_END = re.compile(
    r"\b(?:for|of|in|on|at|with|from|to|by|between|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+$"
)
"""The clause ends on a preposition's object ("for the eight macrochromosomes")."""
_BETWEEN_WORD = re.compile(r"\bbetween\b")
_REPORT_BEFORE_AND = re.compile(
    r"\b(?:said|says|say|told|tells|denied|denies|deny|ruled|rules|found|finds|heard|hears|"
    r"reported|reports|claimed|claims|argued|argues|insisted|insists|alleged|alleges|believed|"
    r"believes|thinks|thought|showed|shows|confirmed|confirms|concluded|concludes|revealed|"
    r"reveals|warned|warns|stated|states|suggested|suggests|admitted|admits|accepted|accepts|"
    r"rejected|rejects|learned|knew|knows|noted|notes|added|adds|believe|think|fear|fears|"
    r"feared|suspect|suspects|suspected|know|expect|expects)\b"
)
"""A report or a judgement before a no-comma "and the ...": the clause after it may be the
report's or the writer's, so it is not cut."""


def _first_clause_has_verb(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether `text[start:m.start()]`, before a no-comma "and the ...", is a clause of its own:
    a verb that is no participle before a preposition ("Intervals based on tail areas and the
    score methods are ..."), no subordinate word, no "between" waiting for its "and"."""
    if (
        _SUBORDINATE_WORD.search(text, start, m.start())
        or _BETWEEN_WORD.search(text, start, m.start())
        # "The company denied the claims and the regulator dropped the case", "The court heard
        # the defendant and the victim had argued": whether the report goes on is unclear
        or _REPORT_BEFORE_AND.search(text, start, m.start())
    ):
        return False
    part = " " + text[start : m.start()]
    verb = _main_verb(part)
    if verb <= 0:
        return False
    words = part[verb:].split(None, 2)
    return not (
        words
        and words[0].endswith("ed")
        and words[0] not in _AUX
        and words[0] not in _COMMON_VERBS
        and len(words) > 1
        and words[1] in _PREP
    )


_NP_WORD = re.compile(r"(?:[a-z][\w’'-]*|[A-Z][\w’'.-]*)")
_DET_AFTER_ED = re.compile(
    r"\s*(?:[.!]?$|(?!the\s+(?:next|following|previous|same|day|week|month|year)\b)"
    r"(?:the|a|an|its|his|her|their|\d)\b)"
)
_NP_ADVERBS = frozenset("now also later then still".split())
_PARTICIPLE_TOO = frozenset(
    "found set held made built sent paid sold kept put cut hit shut lost won led told brought "
    "bought taught caught spent spread struck hung shot laid lent dealt fed heard hid "
    "published produced served created released announced hosted needed offered required "
    "seized sustained involved reported affected used collected recorded obtained detected "
    "identified described mentioned listed included caused received suffered incurred "
    "planned proposed approved issued imposed introduced launched signed agreed discussed "
    "scheduled expected estimated owned operated funded backed based located taken given "
    "seen shown known named designed ordered raised called dubbed termed".split()
)
"""Verbs whose participle after a noun says what was done to it ("the drugs found in the
flat", "the injuries sustained"), rather than what the noun did."""
_INTRANSITIVE_ED = frozenset(
    "moved arrived landed lived worked stayed returned travelled traveled walked remained "
    "waited voted competed played died collapsed rallied protested failed started ended "
    "retired resigned escaped disappeared clashed campaigned appeared emerged marched "
    "gathered rioted struck surrendered agreed crashed exploded jumped climbed slumped "
    "plunged soared surged tumbled fell".split()
)
"""Pasts in "-ed" that take no object and go on with a phrase ("and the staff moved to a new
office"), as a participle after a noun does not ("the aide accused of leaking")."""
_SEEM = frozenset(("looks", "seems"))


def _np_then_verb(after: str, ed_ends: bool = True) -> bool:
    """Whether `after` (what follows "and") opens with a determiner, one to three words and a
    finite verb: a known one ("the shares were", "the mayor said"), or a past in "-ed" that
    ends the clause or takes an object ("the chief executive resigned.", "the government
    declared a state"); not "the nurses involved in the case". `ed_ends`: whether a past in
    "-ed" may end the clause (not after a preposition's object: "for the eight chromosomes and
    the 14 microchromosomes studied")."""
    words = after.split(None, 6)
    for i in range(1, min(len(words), 6)):
        word = words[i].rstrip(".!,;")
        if i > 1:  # the noun phrase has a word at least
            if word in _NP_ADVERBS:
                continue
            participle = word in _PARTICIPLE_TOO or (
                word.endswith("ed") and len(word) > 4 and word not in _BASE_IN_ED
            )
            if participle:
                rest = after.split(None, i + 1)
                tail = " " + rest[i + 1] if len(rest) > i + 1 else words[i][len(word) :]
                if _DET_AFTER_ED.match(tail) is not None and tail.strip(" .!"):
                    return True  # "and the government declared a state of emergency"
                if word in _PARTICIPLE_TOO:
                    # "and the drugs found in the flat", "and the injuries sustained.": a
                    # participle of what was done to the noun, no verb of its own
                    return False
                # "and the staff moved to a new office", "and the fans cheered.": a verb that
                # takes no object (not "the winged helix domain": an adjective)
                following = tail.split(None, 1)[0].strip(".,;!").lower() if tail.strip() else ""
                if not following:
                    return ed_ends
                return word in _INTRANSITIVE_ED and (
                    following in _PREP
                    or following.endswith("ly")
                    or following in ("back", "away", "out", "up", "down", "off", "home", "again")
                )
            if word in _AUX or word in _MODAL or word in _COMMON_VERBS or word in _SEEM:
                following = words[i + 1].rstrip(".,;") if i + 1 < len(words) else ""
                if (
                    word.endswith("s")
                    and word not in _AUX
                    and (following.endswith("ed") or following in _PARTICIPLE_TOO)
                ):
                    continue  # "the price rises announced in the budget": a plural noun
                return not words[i].endswith(",")
        if (
            not _NP_WORD.fullmatch(word)
            or word in _PREP
            or word in _DET
            or word in _NOT_NP_WORDS
            or words[i].endswith((",", ";", ":"))
        ):
            return False  # "the F-35C which is", "the new curves, it is": no verb of theirs
    return False


_NUMBER_BEFORE = re.compile(rf"(?:\d|\b(?:{_COUNT_WORDS}))\W*$")
_BARE_COUNT = re.compile(
    _COUNT_HEDGE + rf"(?:\d[\d,]*|{_COUNT_WORDS})(?=\s+{_COUNT_SUBJECT_VERBS})",
    re.IGNORECASE,
)
"""A count standing as a clause's subject without its noun: "two" of "and two have died"."""
_COUNTED_PLURAL = re.compile(
    rf"\b(?:\d[\d,.]*(?:\s+(?:million|billion))?|(?i:{_COUNT_WORDS})"
    r"|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+"
    r"((?:[a-z]+\s+)?(?:[a-z]{3,}s|people|children|men|women))\b"
)


def _fill_counted_noun(clause: str, before: str) -> str:
    """ "two have died" after "53 people have been hospitalized and": "two people have died".

    The noun is the one counted in the clause before, when it counts just one thing.
    """
    bare = _BARE_COUNT.match(clause)
    if (
        bare is None
        or bare.group(0).lower().endswith((" one", " 1"))
        or bare.group(0) in ("one", "One", "1")
    ):
        return clause  # "and one has died": the noun would need the singular
    verb = _main_verb(" " + before)
    if verb <= 0:
        return clause
    # only the count that is the clause's subject ("53 people have been hospitalized"), not
    # an object ("destroyed 300 homes, and 12 have died": not the homes)
    counted = _COUNTED_PLURAL.findall(before, 0, verb - 1)
    if len(counted) != 1 or len(_COUNTED_PLURAL.findall(before)) != 1:
        return clause  # none, or two things counted: which one is unclear
    noun = counted[0].split()[-1]
    return f"{clause[: bare.end()]} {noun}{clause[bare.end() :]}"


def _past_before(text: str, start: int, end: int) -> bool:
    """Whether the clause `text[start:end]` has a past main verb ("approved", "sold")."""
    part = " " + text[start:end]
    at = _main_verb(part)
    if at <= 0:
        return False
    verb = part[at:].split(" ", 1)[0].lower()
    return verb.endswith("ed") or verb in _IRREGULAR_PAST


_IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_FORMS.values()) - frozenset(
    "was had did said thought meant felt knew understood read".split()
)
"""Irregular pasts of acts ("sold", "stole"), from the verb finder's table (not an auxiliary,
a speech verb or a verb of thinking)."""


_ASIDE_RELATIVE = re.compile(r"^\s*[^,]{1,40},\s+(?:which|who)\s[^,]+,\s+$")
"""A subject, then a relative clause between commas, up to the verb."""
_WHO_IN_SUBJECT = re.compile(r"[a-z]\s+who\s")
"""A restrictive relative in a clause's subject ("the patients who were treated")."""


def _conjuncts(text: str, reported: bool = False) -> list[tuple[int, int]]:
    """Cut a clause at ", and"/", but"/";"/" and <verb>" where a new clause or verb phrase starts.

    `reported`: the clause is what someone said or found; a no-comma "and the <noun> <verb>"
    in it is not cut (the report may or may not go on over it).

    Returns spans into `text`.
    """
    cuts: list[tuple[int, int]] = []  # (cut start, next clause start)
    if ", and " in text and (_AGED_PAIR.match(text) or _aged_people(text) is not None):
        return [(0, len(text))]  # "Kieran Doyle, 31, and Mohammed Rashid, 29, were ...": one
    inside = _relative_spans(text) if ", wh" in text else ()
    # a relative clause that runs to the end ("the merged group, which will keep its
    # headquarters in Oslo and have a listing in New York"): its "and <verb>" is its own
    final_rel = _FINAL_RELATIVE.search(text) if ", wh" in text else None
    # "Police arrested Smith, who was born in Leeds and moved to London": the relative runs
    # to the end, and its "and moved" is its own, not the police's
    last_who = _LAST_RELATIVE.search(text) if ", wh" in text or " that " in text else None
    when_at = text.find(", when ")
    # "Patients who took the drug and exercised daily lost more weight": the subject's
    # relative clause runs up to the sentence's verb, and its "and" is its own
    who_at = text.find(" who ")
    subject_relative_end = (
        _main_verb(text) if who_at > 0 and _WHO_IN_SUBJECT.match(text, who_at - 1) else -1
    )
    for m in _CONJUNCTION.finditer(text):
        if inside and any(a < m.start() < b for a, b in inside):
            continue  # "X, who served ... and became ..., died": the relative clause's "and"
        if who_at < m.start() < subject_relative_end and m.group(0).strip() in ("and", "or"):
            continue
        if m.group(0).strip(" ,") == "but" and _ONLY_CONDITION.match(text, m.end()):
            continue  # "prepared to phase out its tariffs, but only if ...": a condition
        if (
            m.group(0).strip(" ,") in ("while", "whereas")
            and _SHARE_CLAUSE.match(text, m.end())
            and _FINDING_OF_SHARE.search(text, 0, m.start())
        ):
            # "A poll showed 64% of Spaniards opposed raising the age, while 29% supported it":
            # the second share is the poll's too, of the same people; kept whole
            continue
        after = text[m.end() :]
        words = _first_words(after[:60])  # (no more than words[:4] is read)
        if not words:
            continue
        first = words[0]
        low = first.lower()
        new_clause = False
        if (
            final_rel is not None
            and m.start() > final_rel.start()
            and m.group(0).strip() == "and"
            and first.islower()
            and low not in _PRONOUN_SUBJ
            and low not in _DET
            and (low in ("have", "be") or low in _BASE_VERBS or low in _MORE_BASE_VERBS)
        ):
            continue  # a base verb under the relative's modal
        if (
            last_who is not None
            and m.start() > last_who.start()
            # "the centre, which was built for 400 people but held 1,100": the centre's too
            and m.group(0).strip() in ("and", "but")
            and first.islower()
            # "where Labor holds 29 seats and needs ...": a present where-clause goes on only
            # in the present (not "where the navy runs a base and spilled 20,000 tonnes")
            and not (
                _PRESENT_WHERE.match(last_who.group(0)) is not None
                and not (low.endswith("s") and not low.endswith("ss") and low != "was")
            )
            and low not in _PRONOUN_SUBJ
            and low not in _DET
            # "stopped the driver, who was drunk and arrested him": the main clause's act,
            # whose object is the one the relative is about (no other it could be)
            and not (
                len(words) > 1
                and words[1].lower() in ("him", "her", "them", "it")
                # ("taken to hospital, where doctors treated him and released him": the
                # doctors' again)
                and not last_who.group(0).lstrip(", ").startswith("where")
                and not _OTHER_REFERENT[
                    True if words[1].lower() in ("him", "her") else words[1].lower()
                ].search(text, last_who.start() + 2, m.start())
            )
        ):
            continue
        if m.group(0).strip() == "and" and low.endswith(("ed", "ing")):
            opened = text.rfind(", ", 0, m.start())
            if (
                opened >= 0
                and _ING_PHRASE.match(text, opened + 2)
                and "," not in text[opened + 2 : m.start()]
                and text.find(",", m.end()) > 0
            ):
                # "the men, wearing balaclavas and armed with a handgun, forced ...": the
                # participle phrase's second part, not the sentence's next verb
                continue
        if (
            0 <= when_at < m.start()
            and m.group(0).strip() == "and"
            and (
                "," not in text[when_at + 7 : m.start()]
                # "when the Ever Given, one of the biggest ships, blocked ... and held up"
                or _APPOSITIVE_INSIDE.fullmatch(text, when_at + 7, m.start()) is not None
            )
            and (low in _COMMON_VERBS or _is_verb(first, None))
        ):
            # "since 2019, when an explosion injured five workers and caused ...": the
            # explosion's two acts, not the sentence subject's
            continue
        if (
            m.group(0).strip() == "and"
            and _SHARED_AGENT.match(after)
            and _PARTICIPLE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            continue  # "a film written and directed by Michael Mann": one agent, two acts
        if (
            m.group(0).strip(" ,") in ("and", "but")
            and low.endswith("ed")
            and len(words) > 1
            and words[1] == "by"
            and _SUMMARY_PARTICIPLE_BEFORE.search(text, 0, m.start()) is not None
        ):
            # "approved the changes, a move backed by industry but criticised by consumer
            # groups": the move's second participle, no act of the subject
            continue
        prev = cuts[-1][1] if cuts else 0
        if (
            m.group(0).strip(" ,") in ("and", "but", "while", "whereas")
            and (
                _FIGURE_CLAUSE.match(after) is not None
                or _NAMED_FIGURE_CLAUSE.match(after) is not None
            )
            and _HAS_DIGIT.search(text, prev, m.start()) is not None
            # "KwaZulu-Natal, where cases fell ... and deaths dropped": the relative's own
            and _SUBORDINATE_WORD.search(text, prev, m.start()) is None
            and _main_verb(" " + text[prev : m.start()]) > 0
        ):
            # "Sales fell 3% but profit rose 5%", ", while operating profit fell 12%": a second
            # figure's own subject and verb, comma or not
            new_clause = True
        elif m.group(0).strip() in ("while", "whereas"):
            continue  # "while" without a comma splits only between two figures' clauses
        elif m.group(0).strip(" ,") == "as":
            # ", as inflation eased to 2.6%": a clause of its own only with its own subject and
            # verb ("as expected", "as he said", "as part of" are not)
            verb = _main_verb(" " + after[:80])
            verb_words = after[verb - 1 :].lower().split() if verb > 0 else []
            while len(verb_words) > 1 and (verb_words[0] in _AUX or verb_words[0] in _MODAL):
                verb_words = verb_words[1:]  # ", as analysts had expected"
            verb_word = verb_words[0] if verb_words else ""
            new_clause = (
                0 < verb < 50
                and low not in _PRONOUN_SUBJ
                and low not in _AS_NOT_CLAUSE
                and not _ING_OPEN.match(after)
                and not _is_verb(first, None)
                and verb_word.strip(".,") not in _REPORTING  # ", as Reuters reported"
                # ", as the law requires": a verb with its object left out, no claim (not a
                # passive: ", as more inspections were required")
                and not (
                    len(verb_words) == 1
                    and verb_word.strip(".,;") in _OBJECT_LEFT_OUT
                    # (not a passive, ", as more inspections were required", nor a denial,
                    # ", as the two sides never agreed")
                    and _prev_word(after, after.rfind(verb_word)) not in _BE_FORMS
                    and _NEGATED_AS.search(after, 0, after.rfind(verb_word)) is None
                )
            )
            before_as = text[: m.start()].split()[-2:]
            if (
                new_clause
                and "," not in m.group(0)
                and before_as
                and (
                    before_as[-1].lower()
                    in (
                        "such",
                        "well",
                        "same",
                        "twice",
                        "times",
                        "much",
                        "many",
                        "soon",
                        "long",
                        "far",
                    )
                    or (len(before_as) == 2 and before_as[0].lower() == "as")
                )
            ):
                new_clause = False  # "stocks such as Nvidia rose", "rose twice as fast as wages"
            if new_clause and "," not in m.group(0):
                # without a comma, only an event with a figure of its own ("as Real Betis beat
                # Athletic Bilbao 3-2"); "as YAP decreased" is how the first one happened
                comma_after = after.find(",")
                end_of_clause = comma_after if comma_after >= 0 else len(after)
                new_clause = _HAS_DIGIT.search(after, 0, end_of_clause) is not None
        elif ";" in m.group(0):
            # not inside brackets: "(hazard ratio 0.66; 95% CI 0.57-0.77; p<0.001)"
            new_clause = text.count("(", 0, m.start()) <= text.count(")", 0, m.start())
        elif m.group(0).rstrip().endswith("that"):
            # "..., saying that A and that B": B is said too; the participle's report holds
            # both (a clause of its own would lose who said it)
            new_clause = not _ING_SPEECH_THAT.search(text, 0, m.start())
        elif low in _PRONOUN_SUBJ or (
            # "... and that would help borrowers": "that" is the next clause's subject; not
            # after a relative ("factors for which we could not adjust and that may explain")
            low == "that"
            and len(words) > 1
            and (words[1].lower() in _AUX or words[1].lower() in _MODAL)
            and _WH_RELATIVE.search(text, prev, m.start()) is None
        ):
            new_clause = True
        elif (
            "and" in m.group(0)
            and _NUMBER_SUBJECT.match(after)
            and not _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
            # the first clause has its own verb: not "Ahmed Khan and two others were charged"
            and _main_verb(text[cuts[-1][1] if cuts else 0 : m.start()]) > 0
        ):
            # "53 people have been hospitalized and two have died"; not "types 16 and 18 is"
            new_clause = True
        elif (
            "and" in m.group(0)
            and _second_subject(after)
            # the first clause has its own verb: not "John Smith and Mary Jones, who ..., were"
            and _main_verb(" " + text[cuts[-1][1] if cuts else 0 : m.start()]) > 0
        ):
            # "... and Erling Haaland, who had missed two matches, scored twice": a new
            # subject, marked by its relative clause and followed by its predicate
            new_clause = True
        elif (
            m.group(0).strip() == "and"
            and not reported
            and low in _CLAUSE_DETERMINERS
            and _first_clause_has_verb(text, max(prev, text.rfind(", ", 0, m.start()) + 2), m)
            and _np_then_verb(after, _PREP_OBJECT_END.search(text, 0, m.start()) is None)
        ):
            # "The company lost money and the chief executive resigned": a second subject
            # and its own verb, without a comma
            new_clause = True
        elif first == "May":
            new_clause = False  # "in April and May": the month, not the modal
        elif (
            low == "had"
            and len(words) > 1
            and words[1].lower() in _POSSESSION_OPENERS
            and _relative_goes_on(text, prev, m, after)
        ):
            # "arrested a man who lived nearby and had a previous conviction": the man had it
            new_clause = False
        elif low in _AUX and low not in ("be", "being", "been") or low in _MODAL:
            new_clause = (
                ("and" in m.group(0) or "but" in m.group(0))
                # "The regulator found that TikTok had failed ... and had misled users": the
                # finding's second verb, whose subject is the finding's, not the regulator's
                and not (
                    "," not in m.group(0)
                    and _FINDING_THAT_BEFORE.search(text, prev, m.start()) is not None
                )
                and not (
                    # "a man who had refused to leave and had not been heard from": the
                    # relative's second verb, under the same auxiliary (not after the main verb:
                    # "the man who had fled had been found and had been charged")
                    "," not in m.group(0)
                    and (
                        rel := re.search(rf"\b(?:who|which|that)\s+{low}\b", text[prev : m.start()])
                    )
                    and not _relative_closed(text[prev + rel.end() : m.start()])
                    # "sold the striker who had scored 20 goals and had hoped to keep him": a
                    # pronoun for the antecedent makes it the main clause's act again (not in a
                    # relative inside the subject: "The bank that had lent the money and had
                    # lost it all was rescued")
                    and not (
                        _OBJECT_PRONOUN_SOON.match(after)
                        and _main_verb(" " + text[prev : prev + rel.start()]) > 0
                    )
                )
            )
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
        elif (
            low in _VP_ADVERBS
            and m.group(0).strip(" ,") == "and"
            and not reported
            and len(words) > 1
            and _is_verb(words[1], None)
        ):
            # "and last underwent maintenance", "and once ranked among" (not "but never
            # debated", whose passive may be elided, nor inside a report: "said prices rose
            # and never explained why" is the speaker's)
            new_clause = True
        elif low == "think" and len(words) > 1 and words[1].lower().startswith("tank"):
            new_clause = False  # "charities and think tanks": the noun
        elif (
            low in _TRADE_VERBS
            and not after.lstrip().startswith(f"{first},")
            and not (
                "," in m.group(0)
                and len(words) > 1
                and words[1].lower() in _PREP
                # its own verb follows ("imports from China rose"), not "imports from Norway
                # when prices are low": the verb, its subject left out
                and _VERB_CANDIDATE.search(
                    after, after.find(first) + len(first), _clause_end(after)
                )
                is not None
            )
        ):
            # (", but imports, which account for most of the deficit, fell", ", but imports
            # from China rose 7%": the noun, then its verb: see the comma's case below)
            # "Brazil exports beef and imports wheat": a second verb with its object; not
            # "imports and exports both fell", "and imports fell", "and exports of cars"
            new_clause = (
                "and" in m.group(0)
                and _trade_verb_opens(words)
                and _main_verb(" " + text[prev : m.start()]) > 0
            )
        elif (
            m.group(0).strip() == "but"
            and low.endswith("ed")
            and _relative_goes_on(text, prev, m, after)
        ):
            # "a launch that reached orbit but placed its payload in the wrong orbit": the
            # launch placed it
            new_clause = False
        elif low in _COMMON_VERBS or _is_verb(first, None):
            # "citing weaker demand and strikes.": a plural noun ending the clause, not a verb
            new_clause = not (len(words) == 1 or words[1] in ".;:!?") or not low.endswith("s")
            if new_clause and low.endswith("ed") and "," not in m.group(0):
                # "Aspirin and related compounds have been studied": an adjective in the
                # subject, not a second verb phrase (the first part has no verb of its own);
                # "for data centers and specialized chips": an adjective of the last item
                new_clause = (
                    _main_verb(" " + text[cuts[-1][1] if cuts else 0 : m.start()]) > 0
                    and not (low in _ED_ADJECTIVES and _ADJECTIVE_THEN_NOUN.match(after))
                    # "warned that overcrowded shelters and damaged water pipes could lead to
                    # ...": an adjective in the reported clause's subject, whose verb follows
                    and not (
                        _ED_ADJECTIVE_SUBJECT.match(after)
                        and _PLURAL_NP_ONLY.fullmatch(
                            text,
                            text.rfind(" that ", 0, m.start()) + 6
                            if " that " in text[: m.start()]
                            else (cuts[-1][1] if cuts else 0),
                            m.start(),
                        )
                    )
                )
            elif (
                new_clause
                and "," not in m.group(0)
                and (low not in _COMMON_VERBS or low in _SAME_IN_PAST)
                and _MODAL_RELATIVE.search(text, cuts[-1][1] if cuts else 0, m.start())
            ):
                # "passed a bill that would cap rents and cut taxes": the bill's second act,
                # under its modal, not the house's
                new_clause = False
            if (
                new_clause
                and "," not in m.group(0)
                and low.endswith("s")
                and len(words) > 1
                and words[1] in ("to", "in", "of", "for", "on", "at")
                and _past_before(text, cuts[-1][1] if cuts else 0, m.start())
            ):
                # "approved a tax rise and cuts to services": a second object of the past
                # verb, not a present one
                new_clause = False
            if (
                new_clause
                and "," not in m.group(0)
                and (low in _SAME_IN_PAST or low == "lay")
                and _INFINITIVE.search(text, cuts[-1][1] if cuts else 0, m.start())
            ):
                # "wants to raise taxes and cut spending", "was forced to close two plants
                # and lay off 300 workers": a bare verb under the same "to", not a past act
                new_clause = False
            if (
                new_clause
                and "," not in m.group(0)
                and (
                    sub_open := _SUBORDINATE_OPEN.search(
                        text, cuts[-1][1] if cuts else 0, m.start()
                    )
                )
                and "," not in text[sub_open.end() : m.start()]
                and _main_verb(" " + text[sub_open.end() : m.start()]) > 0
                # "until the merger with Scotland in 1707 sanctioned by the Act of Union":
                # a noun and its participle, no clause
                and not _SHARED_AGENT.search(text, sub_open.end(), m.start())
            ):
                # "pulled two survivors from the rubble, four days after an earthquake killed
                # 412 people and left thousands homeless": the second verb may be the
                # subordinate clause's as well as the main one's; the sentence stays whole
                # rather than give the main subject the earthquake's act
                new_clause = False
            if (
                new_clause
                and "," not in m.group(0)
                and _PERFECT_MODAL_RELATIVE.search(text, prev, m.start())
            ):
                # "a budget that would have frozen council tax and sold off three buildings":
                # the budget's second act, which never happened either
                new_clause = False
        elif (
            "," in m.group(0)
            and _AND_NAMED_RELATIVE.match(text, m.start())
            and not _second_subject(after)
        ):
            # "met the Greens, who won 9 seats, and the Liberals, who won 14": a second
            # object with its relative, no clause (its verb is the relative's)
            new_clause = False
        elif "," in m.group(0):
            verb = _main_verb(after[:80])
            if 50 <= verb < 75 and (
                _WHO_IN_SUBJECT.search(after, 0, verb) or _ASIDE_RELATIVE.search(after, 0, verb)
            ):
                # ", and 93.1% of the patients who were treated completed ...", ", but
                # imports, which account for most of the deficit, fell": a subject with its
                # relative clause is longer
                verb = 49
            if not 0 < verb < 50 and _SUBJECT_PAIR_WITH_APPOSITIVE.match(after):
                # ", while the European People's Party, the largest group, and the Patriots
                # voted": a long subject, the verb after it
                far = _main_verb(after[:160])
                verb = 49 if far > 0 else verb
            new_clause = (
                (
                    0 < verb < 50
                    and (
                        not _ING_OPEN.match(after)
                        # "Inflation fell, and housing costs ...": the first clause too short to
                        # stand alone keeps the second
                        or (
                            _ING_NOUN_SUBJECT.match(after) is not None
                            and len(text[prev : m.start()].split()) >= 4
                        )
                    )
                )
                or (
                    verb < 0
                    and m.group(0).strip(" ,") in ("while", "whereas", "but", "yet")
                    and (
                        _plural_subject_then_verb(after)
                        # ", while Lyon, Nice and Lille need workers": names, then their verb
                        or _NAMES_THEN_VERB.match(after) is not None
                    )
                )
            )
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
            elif (
                len(parts) == 2
                and m.group(0).strip(" ,") == "and"
                and _APPOSITIVE_PART.fullmatch(parts[1])
                and parts[0].split()[0].lower() not in _PREP
                # a name with its appositive, not the first item of a list ("The pathway of
                # X, the compartmentalization of Y, and factors involved remain unknown")
                and (
                    len(parts[0].split()) == 1 or any(w[:1].isupper() for w in parts[0].split()[1:])
                )
                and _main_verb(" " + before) < 0
            ):
                # "The EPP, the largest group, and the Patriots voted": a subject with its
                # appositive, then the second subject; no clause before the "and"
                new_clause = False
        if new_clause:
            if "and" in m.group(0) and (
                low in _COMMON_VERBS or _is_verb(first, None) or low in _MODAL
            ):
                # "Police arrested two men, seized 5 kg of cocaine, and recovered $20,000":
                # the verb phrases listed before the last one are acts of the subject too
                lead = cuts[-1][1] if cuts else 0
                last = low
                if low in _MODAL and (listed := _COMMA_VERB.search(text, lead, m.start())):
                    # "had hired 350 staff, extended opening hours and would pay": the listed
                    # ones have the form of the first after a comma
                    last = listed.group(1)
                cuts.extend(_listed_verb_phrases(text, lead, m.start(), last))
            cuts.append((m.start(), m.end()))
    if not cuts and text.count(", ") >= 2:
        cuts.extend(_asyndetic_verb_phrases(text))
    cuts.sort()
    spans = []
    pos = 0
    for cut_start, next_start in cuts:
        if cut_start > pos:
            spans.append((pos, cut_start))
        pos = next_start
    spans.append((pos, len(text)))
    return [s for s in spans if s[1] > s[0]]


_APPOSITIVE_PART = re.compile(r"\s*(?:the|a|an|its|one of the)\s[^,;:]{2,60}")
"""An appositive between the commas of a coordinated subject (" the largest group")."""


def _past_verb_next(text: str, at: int) -> bool:
    """Whether the word at `at` is a past verb or an auxiliary ("closed,", "had")."""
    words = text[at:].split(None, 1)
    word = words[0].strip(",.;:") if words else ""
    return word.islower() and (
        (word.endswith("ed") and len(word) > 3) or word in _IRREGULAR_PAST or word in _AUX
    )


def _verb_form(word: str) -> str:
    """A rough form class for comparing listed verbs: "-ed" (an irregular past too: "made"),
    "-s" or other."""
    if word.endswith("ed") or word in _IRREGULAR_PAST:
        return "ed"
    return "s" if word.endswith("s") and not word.endswith("ss") else ""


_FRONTED_PHRASE_OPEN = re.compile(
    r"(?:After|Before|During|Following|Since|In|On|At|By|Last|This|Earlier|Later)\s"
)
"""A fronted time or place phrase's first word ("After the 1952 revolution, ...")."""
_PARTICIPLE_ASIDE_SUBJECT = re.compile(
    r"(?:[Tt]he|[Aa]n?|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4},\s+[a-z]+ed\b[^,]*"
)
"""A subject and a participle aside up to its closing comma ("The report, published in May")."""
_ASYNDETIC_VP = re.compile(
    r",\s+([a-z]{3,}ed)\s+(?=(?:the|an?|its|their|his|her)\s|[A-Z][a-z]|"
    # a bare object ("urged reform"), not a preposition
    r"(?!(?:by|in|on|at|to|from|for|with|as|after|during|over|under|into|about)\b)[a-z]{3,}\b)"
)
"""A past verb and its object after a comma ("..., ended the British occupation")."""


def _asyndetic_verb_phrases(text: str) -> list[tuple[int, int]]:
    """Cuts at each ", <past verb> <object>" after a past main verb, when there are two or more
    and no "and" joins the last ("Egypt expelled British troops, ended the occupation,
    nationalized the canal, expelled King Farouk and his family")."""
    two = _ASYNDETIC_VP.search(text)
    if two is None or _ASYNDETIC_VP.search(text, two.end()) is None:
        # fewer than two such phrases in all the text (each match is its own comma's): no
        # cut, whatever the verb (the subject is not looked for)
        return []
    verb_at = _subject_of(text)[1]
    first_comma = text.find(", ", verb_at) if verb_at > 0 else -1
    if first_comma < 0 or _verb_form(text[verb_at:].split(None, 1)[0]) != "ed":
        return []
    found = [
        (m.start(), m.start(1))
        for m in _ASYNDETIC_VP.finditer(text, first_comma)
        if m.group(1) not in _COMPLEMENT_PARTICIPLES
        and m.group(1) not in _NOT_LISTED_VERBS
        and text.count("(", 0, m.start()) <= text.count(")", 0, m.start())
    ]
    if found and _PARTICIPLE_ASIDE_SUBJECT.fullmatch(text, 0, found[0][0]):
        # "The report, published in May, blamed the council, criticised ...": the first cut
        # ends the aside, not a verb phrase; the clause runs to the next one
        found = found[1:]
    return found if len(found) >= 2 else []


def _listed_verb_phrases(text: str, start: int, end: int, last_verb: str) -> list[tuple[int, int]]:
    """Cuts at ", <verb>" between `start` and the "and <last_verb>" at `end`, where the verb
    has the last one's form and a direct object follows, in a clause whose first stretch holds
    its verb ("Police arrested two men, seized ..."; not "The firm, founded in 1998, ...", "the
    town, abandoned by its residents,", lists under "to" or inside a relative clause)."""
    first_comma = text.find(",", start, end)
    if (
        first_comma >= 0
        and _FRONTED_PHRASE_OPEN.match(text, start)
        and _main_verb(" " + text[start:first_comma]) < 0
    ):
        # "After the 1952 revolution, Egypt expelled ..., ended ...": past the fronted phrase
        first_comma = text.find(",", first_comma + 1, end)
    if first_comma < 0 or _main_verb(" " + text[start:first_comma]) < 0:
        return []
    if _LIST_BLOCKER.search(text, start, end):
        return []  # "vowed to cut taxes, build ...", "the man, who stole a car, robbed ..."
    form = _verb_form(last_verb)
    found = []
    for m in _COMMA_VERB.finditer(text, first_comma, end):
        word = m.group(1)
        if (
            (word in _COMMON_VERBS or (form == "ed" and word.endswith("ed")))
            and _verb_form(word) == form
            and word not in _STATIVE
            and word not in _NOT_LISTED_VERBS  # "aged 34", "adjusted net income of $2 billion"
            and not _TIME_AGO.match(text, m.end())  # "the jet, delivered three weeks ago,"
            and not _NOUN_AFTER_PARTICIPLE.match(text, m.end())  # "adjusted earnings of"
            and text.count("(", start, m.start()) <= text.count(")", start, m.start())
        ):
            found.append((m.start(), m.start() + len(m.group(0)) - len(word) - 1))
    return found


_COMMA_VERB = re.compile(
    r",\s+([a-z]+)\s+(?!(?:by|in|at|on|from|with|for|to|into|of|between|as|after|during|since|"
    r"under|over|near|across|through|about|against|without|within|last|next|this|earlier|later|"
    r"only|just|overnight|once|twice|yesterday|today|here|there|[a-z]+ly)\b)(?=[a-z\d$€£]|"
    # a name as the object ("expelled King Farouk"), not a day or a month
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z])"
)
"""A comma, a lower-case word and what looks like its direct object (a determiner, a number
or a plural noun), not a preposition or a time ("introduced last year")."""
_TIME_AGO = re.compile(r"[\w ]{0,25}?\b(?:ago|earlier|later|before)\b")
_NOT_LISTED_VERBS = frozenset(
    "aged dubbed named renamed called nicknamed titled priced valued estimated ranked rated "
    "adjusted diluted restated annualized annualised combined reported expected".split()
)
_LIST_BLOCKER = re.compile(r"\bto\s+[a-z]+\s[^,]*,|,\s+(?:who|which|that)\s")
_NOUN_AFTER_PARTICIPLE = re.compile(r"[a-z]+s\s+of\b")


_LABEL = re.compile(r"[A-Z][\w’'-]{1,30}(?: [A-Za-z][\w’'-]{1,20}){0,2}:\s+(?=[A-Z])")
_FIRST_PERSON_VERB = (
    r"(?:recommend|suggest|think|believe|hope|feel|would|will|can|cannot|can't|don't|do not|"
    r"am|was|have)\b"
)
_FIRST_PERSON = re.compile(
    # "\b(?:I|we) <verb>|\bmy <noun>", each alternative opening with its letter (the engine
    # skips to I, w and m) and the word boundary tested after it
    rf"I(?<=\bI) {_FIRST_PERSON_VERB}|w(?<=\bw)e {_FIRST_PERSON_VERB}"
    r"|m(?<=\bm)y (?:knowledge|training|opinion|view)\b"
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
        # "Save the Children said ...": a body's name that opens with a verb
        and not (len(parts) > 2 and _TITLED_NAME_SAID.match(text))
    )


_TITLED_NAME_SAID = re.compile(
    r"[A-Z][a-z]+\s+(?:the\s+|of\s+the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+"
    r"(?:said|says|told|added|warned|reported|estimated|announced)\b"
)


def _strip_leading(sentence: str) -> int:
    m = _discourse_lead(sentence)
    return m.end() if m else 0


_DATE_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS) | {"today", "yesterday", "tomorrow"}
"""Words of a time ("in January, a record low" says nothing about January)."""
_YEAR = re.compile(_YEAR_RE)
_PRONOUN_WORDS = frozenset("it its they their them he his she her this that these those".split())


def _word_after(text: str, comma: int) -> int:
    """The offset of the first non-space character after `text[comma]`."""
    return len(text) - len(text[comma + 1 :].lstrip())


def _next_comma(text: str, start: int) -> int:
    """The next comma at or after `start` that separates phrases, not digits ("340,000")."""
    at = text.find(",", start)
    while 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        at = text.find(",", at + 1)
    return at


_HEDGED = re.compile(
    r"\b(?:will|would|could|may|might|must|should|shall|likely|unlikely|expected to|"
    r"set to|due to|poised to|on track to|"
    # "agreed on Monday to buy": a time between the verb and its "to"
    r"(?:plans?|planned|aims?|intends?|hopes?|seeks?|wants?|threatened|agreed|agrees|"
    r"offered|proposed)(?:\s+(?:on|in|at|last|this|late|early)\s+\w+)?\s+to)\b"
)
"""A predicate that says what may happen, not what did (lower case: "in May" is a month;
"can range" says what is possible, not what is uncertain)."""


_PLANNED_ACT = re.compile(
    r"\b(?:plans?|planned|aims?|aimed|intends?|intended|hopes?|hoped|seeks?|sought|wants?|"
    r"wanted|agreed|agrees|offered|offers|proposed|proposes|pledged|pledges|promised|promises|"
    r"decided|voted"
    # "called on governments to restore rescue operations": whom, then the act asked for
    r"|(?P<asked>called\s+on|urged|asked|ordered|pressed|encouraged)(?:\s+[\w’'-]+){1,3}?)"
    r"\s+to\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+(?!and\b)[^\s,]+){1,6})$"
)
"""A planned act ending where a relative starts ("plans to hire 500 coaches")."""
_PREP_INSIDE = re.compile(r"\b(?:on|in|of|for|to|with|from|at|by|into|about)\b")
"""A preposition inside a planned act's object ("their dependence on the United States"),
whose relative may mean the preposition's object."""
_EFFECT_OF_PLAN = re.compile(
    r"which\s+(?:would|will|could|might|may)\s+(?:also\s+)?(?:cost|save|mean|add|require|"
    r"need|affect|reduce|cut|increase|double|halve|raise|bring|create|generate|"
    # "which would take years": a time, not what a ferry carries
    r"take\s+(?:years|months|weeks|days|decades|time|longer|up\s+to))\b"
)
"""What a planned act would do or cost ("which would cost $45 million")."""


def _gerund(verb: str) -> str:
    """ "hire" -> "hiring", "cut" -> "cutting", "build" -> "building"."""
    if verb == "be":
        return "being"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):
        return verb + verb[-1] + "ing"  # one short syllable
    return verb + "ing"


def _aged_name(text: str, comma: int) -> re.Match[str] | None:
    """`_AGED_NAME` ending at `comma`, searched only when an age or a party tag (a word with a
    hyphen, "R-Texas") ends there, not after every word."""
    if comma < 1:
        return None
    if not text[comma - 1].isdigit() and "-" not in text[text.rfind(" ", 0, comma) + 1 : comma]:
        return None
    return _AGED_NAME.search(text, max(0, comma - 80), comma)


_MORE_ITEMS = re.compile(r",\s*(?:and\s+)?(?:the\s+)?[A-Z]|\s+and\s+(?:the\s+)?[A-Z]")
"""A list going on after an item: ", Italy", " and the Netherlands"."""
_SHARE_FIGURE = re.compile(
    r"(?:a|one|two)\s+(?:third|quarter|half|fifth|tenth)s?|half|[$€£]?\d[\d.,]*\s*(?:%|per\s*cent|"
    r"percent|points?|billion|million)?"
)
"""A figure a change is by or to ("a third", "5%"), which no relative is about."""
_BARE_FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?")
"""A number on its own ("16,177.77"), which no participle phrase describes."""
_RANKING = re.compile(
    r"\b(?:most|highest|largest|biggest|top|first|led|leads|leading|ahead|best|greatest|"
    r"main|commonest|leader)\b"
)
"""A clause that ranks ("was the most common", "led the market"): what follows it in a
", followed by ..." phrase is the next in the ranking."""
_HELD_IN = re.compile(
    r"(?P<np>\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:office|headquarters|"
    r"plant|factory|site|mill|mine|store|shop|branch|base|hospital|school|campus|warehouse|"
    r"depot|facility|centre|center|refinery|port|airport|station|studio|lab|laboratory|unit|"
    r"operation|operations|subsidiary|division|team|club|restaurant|hotel|museum|prison|court)"
    # "St. Colman's High School in ", "Snaresbrook Crown Court in "
    r"|(?<![\w’'.-])(?!(?:At|In|On|Near|From|To|For|By|With|Outside)\s)"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}\s+(?:School|College|Academy|"
    r"Hospital|Infirmary|University|Court|Prison|Museum|Station|Airport|Stadium|Plant|Mine|"
    r"Centre|Center|Library|Theatre|Theater|Cathedral|Church|Mosque|Hotel|Factory)))\s+"
    r"(?P<prep>in|at|near|outside)\s+"
    r"(?P<city>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s+)?$"
)
"""A place's noun phrase before a town ("its head office in ", "The school in ", "an office in
Lyon, " before its country): what a following ", which employs ..." is about."""
_EITHER_SUPERLATIVE = re.compile(
    r"\s*(?:is|was) (?:the|one of the) (?:largest|biggest|oldest|newest|smallest) in\b"
)
"""A superlative a place and an institution in it may both have ("the largest in Europe")."""
_THING_BY_BEFORE = re.compile(
    r"(?P<np>(?:The|A|An)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+[a-z]+(?:ed|en)?\s+by\s+"
    r"(?:[a-z-]+\s+){0,3}"
)
"""A subject's thing, its participle and "by" before a person's name, its title words too
("A review led by retired judge ")."""
_NAME_AT_END = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*$")
_ORG_PREDICATE = re.compile(
    r"\s*(?:employs|employed|houses|housed|produces|produced|makes|made|handles|handled|"
    r"serves|served|processes|processed|opened|closed|(?:will|would|could) (?:close|employ|create)|"
    r"(?:has|had) (?!(?:(?:about|around|more than|some|over|nearly|almost)\s+)?[\d,.]+"
    r"(?:\s+(?:million|billion|thousand))?\s+(?:residents|people|inhabitants|citizens)\b)"
    r"(?:\d[\d,.]*|about|around|more than|some)|"
    # "a depot in Gothenburg, Sweden, which is expected to open in 2027"
    r"(?:is|are|was|were) (?:expected|due|set|scheduled|planned) to (?:open|close|employ)|"
    # "which is the busiest in the country": a court's, a station's
    r"(?:is|was) (?:the|one of the) busiest in)\b"
)
"""What an office or plant does, not its town: employ people, produce, open, close."""
_CHANGE_APPOSITIVE = re.compile(
    r"(?:an?\s+[\d.,]+\s?(?:%|percent\b|per cent\b)|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:increase|decrease|rise|drop|fall|jump|gain|decline|cut|record|high|low|difference|gap|"
    r"peak|surge|slump|loss|margin|plunge|rebound|improvement|deterioration)s?\b"
    # the measure ends the phrase: "the biggest gain since 2019", not "the record label"
    r"(?=\s+(?:since|of|in|for|on|at|to|from|this|last|ever|yet)\b|\s*[,.;]|\s*$))"
)
"""An appositive that measures the figure or change before it ("a 3% increase", "the biggest
gain since 2019", "a national record"), not the name before it."""
_ACTS_LISTED_AFTER_AGE = re.compile(
    r"[a-z]{3,}ed\s+(?:(?:off|up|out|down)\s+)?"
    r"(?!(?:by|in|on|at|for|from|to|with|after|as|during|last|this|over)\b)[a-z]+[^,]{0,60},"
    r"\s+([a-z]+)\s"
)
"""Past verbs with objects listed up to an ", and" ("tipped off dealers, stole cash, and ...")."""
_LISTED_PAST_WITH_OBJECT = re.compile(
    r"([a-z]{3,}ed)\s+(?:(?:the|an?|its|their|his|her)\s|[A-Z][a-z])"
)
"""A past verb and its object's determiner ("limited the number")."""
_COMPLEMENT_PARTICIPLES = frozenset(
    "named called dubbed voted elected crowned appointed ranked rated considered".split()
)
"""Participles whose phrase holds a noun phrase of its own ("named the best player")."""
_PREDICATE_WITH_OBJECT = re.compile(
    r"(?:called|described|dismissed|welcomed|praised|criticised|criticized|urged|told|warned|"
    r"said|added|asked|accused|blamed|thanked|defended|rejected|denied|forced|smashed|stole|"
    r"seized|attacked|threatened|grabbed|broke|took|made|entered|fled|left)\s+"
    r"(?:the|a|an|it|him|her|them|this|that|his|their|its)\b"
    r"|[a-z]{3,}ed\s+(?:its|their|his|her)\s"  # "knocked its systems offline"
)
"""A verb and its object: the main predicate, though shaped like a participle phrase."""


def _closes_aside(text: str, comma: int) -> bool:
    """Whether `text[comma]` closes an aside after a name: an appositive ("X, a doctor who
    ...,"), a relative clause, an age or a party tag."""
    before = text.rfind(",", 0, comma)
    if before < 0:
        return False
    aside = text[before + 1 : comma].strip()
    return bool(_ASIDE_OPEN.match(aside)) or _aged_name(text, comma) is not None


_ASIDE_OPEN = re.compile(
    r"(?:an?|the|who|which|whose|of|one of)\s|[A-Z][\w’']*[’']s\s|"
    r"[a-z]+(?:\s[a-z]+)?\s(?:of|at|for)\s[A-Z]|" + ING_ASIDE
)
"""What opens an aside after a name: an appositive, a relative clause, an affiliation ("Rajesh
Patel, of the Liberal Democrats,"), a bare title ("Sebastian Coe, president of World
Athletics,")."""
_AGED_NAME = re.compile(
    r"\b((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s*(?:\d{1,3}|[DRI]-[A-Z][\w.]*)\s*$"
)
"""A name and an age or a party tag, ending where a phrase starts ("Marcus Hale, 46", "Sen.
Tom Reyes, R-Texas")."""
_KIN_PAIR_BEFORE = re.compile(
    r"(?<![\w’'])((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[’']s)\s+"
    r"[a-z]+)\s+and\s+(?:(?:his|her|their|the)\s+)?$"
)
"""The first of two people before a relative ("Her mother and brother, who were")."""
_ING_PHRASE_AFTER_COMMA = re.compile(
    r",\s+(?!(?:including|according|excluding|following|during|regarding)\b)[a-z]{3,}ing\s+"
    r"(?:the|a|an|its|their|his|her|[a-z]{3,}s)\s+(?:and|or)\s"
)
"""A participle and its first object before "and" (", sending cars and a lorry")."""
_PLAIN_BODY_SUBJECT = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*){0,4}|"
    r"(?<=he\s)[a-z]+(?:\s+[a-z]+)?)(?:[’']s\s+[a-z]+)?"
)
_INNER_RELATIVE = re.compile(r"\s(?:who|which|that)\s[^,]*\sand\s+(?:who|which)\s")
_AND_WHO = re.compile(r",?\s+and\s+(?:who|which)\s+")
_REPEATED_PREP_NAME = re.compile(
    r"\b((?:by|from)\s+)((?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+and\s+\1"
    # (not "by the Senate and by Friday it had been signed": a time)
    r"((?:the\s+)?(?!(?:"
    + literal_alternation([w.capitalize() for w in (*_WEEKDAYS, *_MONTHS)])
    + r"|Christmas|Easter|Then|Now)\b)[A-Z])"
)
"""A preposition said again before the second name of a pair ("by Gavi and by UNICEF")."""
_SHARE_OF_BEFORE = re.compile(
    r"\b(?:[Mm]ost|[Mm]any|[Ss]ome|[Hh]alf|[Aa]ll|[Ss]everal|[Bb]oth|[Tt]wo|[Tt]hree|"
    r"[Oo]ne)\s+of\s+$"
)
"""A share before a group ("Most of "), which a relative on the group is about."""
_SHARE_OPENING = re.compile(
    r"(?:(?:Half|Many|Most|Some|All|Both|Several|None|Few|About half|More than half)\s+of\s+"
    r"(?:the|them|its|their)\b"
    # "Most cases were in Tel Baraka and Oussa": most of them in both places together
    r"|(?:Most|Half|The majority of|The bulk of|Nearly all|Almost all)\s+(?!of\b)[a-z])"
    r"[^,]{0,40}?\s(?:are|were|is|was|work|works|live|lives|come|comes|[a-z]+ed)\s"
    r"(?!well-known|known|among)"
)
"""A claim about what a share of a group is ("Half of the workers are migrants from ...")."""
_SHARE_OF_WHOM = re.compile(
    r",\s+(?P<q>many|most|some|all|several|half|none|both|each|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|about\s+half|more\s+than\s+half)\s+of\s+"
    r"whom\s+(?P<rest>[^,;“\"]{2,120}?)(?:,|(?=[.;]?\s*$))"
)
"""A relative on a share of a group of people ("Customers, many of whom are pensioners, ...")."""
_ADJECTIVES_WITH_TO = frozenset(
    "equal equivalent similar close identical comparable related linked attached due next "
    "worth".split()
)
"""Adjectives after a noun that take "to" ("a credit equal to two days' service")."""
_COUNT_BEFORE_GROUP = re.compile(
    r"^(?:(?:at\s+)?least\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|"
    r"up\s+to\s+)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|dozens|hundreds|thousands)\s+(?=\S)",
    re.IGNORECASE,
)
"""A count before a group's noun ("at least three informants")."""
_PEOPLE_NP = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+s")
"""A plain plural noun phrase ("Customers", "the residents"), a group a share is taken of."""
_AGED_GROUP_BEFORE = re.compile(
    r"\b((?:the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:men|women|people|boys|girls|teenagers|brothers|sisters|suspects|children)),\s*aged\s+"
    r"\d{1,3}(?:,\s*\d{1,3})*(?:\s*(?:,\s*)?(?:and|to)\s+\d{1,3})?\s*$",
    re.IGNORECASE,
)
"""People and their ages right before a relative ("two men, aged 24 and 31, who ...")."""
_CITY_COMMA_BEFORE = re.compile(r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?),\s+$")
_NAME_AND_BEFORE = re.compile(r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+$")


_PLACE_NOUNS = frozenset(
    "city town village region province district country state island islands port area "
    "capital border coast valley camp base airport airfield plant factory hospital school "
    "prison building square street neighbourhood neighborhood suburb oblast county".split()
)
_PLACE_BEFORE = frozenset(
    "in at into near across through outside inside toward towards hit struck visited reached "
    "entered attacked shelled bombed".split()
)
"""Words after which a name is a place ("in Porto", "hit Porto")."""
_KNOWN_PLACE_BEFORE = frozenset("to from with of left for".split())
"""Words after which a name is a place only when it is a known one ("to Kyiv", not "with Xi",
"to Fox News")."""


_QUALIFIER = re.compile(
    r"(?:adjusted|measured|compared|calculated|expressed|converted|excluding|estimated|"
    r"seasonally|rounded|weighted)\b"
)
"""Participles that qualify a figure ("Prices, adjusted for inflation, rose 5%"): kept in the
claim, never a claim of their own."""
_INVERTED_SPEECH = re.compile(
    r"(?:said|reported|told|added|wrote|announced|stated|noted)\s+(?:the\s+)?[A-Z]"
)
"""", reported Reuters": an attribution with the verb first, not a participle."""


_AND_ING = re.compile(
    r"\s+and\s+(?!(?:rising|falling|soaring|growing|ongoing|increasing|declining|existing|"
    r"remaining|leading|following|emerging|upcoming|outstanding|mounting|lingering)\b)"
    r"(\w{3,}ing)\b(?=\s+(?:the|a|an|its|their|his|her|more|about|some|nearly|\d))"
)


def _agree_and_ing(text: str, actor: str, past: bool) -> str:
    """Every " and <verb>ing" in `text` put in the tense of its subject `actor`."""

    def agree(m: re.Match[str]) -> str:
        return f" and {_agree(m.group(1), actor, past)}"

    return _AND_ING.sub(agree, text)


_COUNTED_REL_SUBJECT = re.compile(
    r"(?P<subject>(?:both|many|most|several|two|three|four|five|six)\s+(?:[a-z]+\s+)?"
    # not a time: "which three times won the league", "which two years later reopened"
    r"(?!(?:times|years|months|weeks|days|decades|hours|minutes|seasons)\b)"
    r"(?:[a-z]+s|people|men|women|children))\s+(?P<verb>[a-z]+)\b"
)
"""A relative clause's counted subject and its verb: "(which) both firms use"."""
_NAME_BETWEEN_COMMAS = re.compile(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s")
"""A person's name set between commas after the subject ("The group leader, Anne Whitlow,")."""
_NAME_HEAD_BEFORE = re.compile(
    r"((?:[A-Z][\w’'&-]*\s+)*(?:Office|Court|Council|Institute|Centre|Center|Agency|Commission|"
    r"Fund|Foundation|Association|Society|Committee|Alliance|Campaign|Network|Bureau|Ministry|"
    r"Department|Academy|Trust|Tribunal|Authority|Service|Arbitration)\s+(?:for|of)\s+(?:the\s+)?"
    # "The Council for the Exploration of the Sea": more of the name's parts
    r"(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?)*)$"
)
"""A name's first part before "for" ("Independent Office for "), whose rest a relative follows."""


def _whole_name(text: str, antecedent: str, at: int) -> str:
    """`antecedent` (ending at `at`) with the first part of the body's name it ends
    ("The Independent Office for Police Conduct, which", "The Council for the Exploration of the
    Sea, which"): the whole name, not its last word."""
    if not antecedent[:1].isupper() and not antecedent.startswith("the "):
        return antecedent
    start = at - len(antecedent)
    bare = antecedent[4:] if antecedent.startswith("the ") else antecedent
    if not bare[:1].isupper():
        return antecedent
    name_head = _NAME_HEAD_BEFORE.search(
        text, max(0, start - 80), start + len(antecedent) - len(bare)
    )
    if name_head is None:
        return antecedent
    the = (
        "the "
        if text[max(0, name_head.start(1) - 4) : name_head.start(1)].lower() == "the "
        else ""
    )
    return the + name_head.group(1) + bare


_NOUN_BEFORE_WORDS = frozenset("of on in for with about the a an".split())
"""Words before a noun, not before a comparative ("and gender", "the water")."""
_PAIR_IN_PHRASE = re.compile(
    r"\b(?:a|an|the)\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+"
    r"(?P<rest>(?:on|about|over|into|of|for)\s+[^,]{1,40}?\s+and\s+)$"
)
"""A singular noun phrase whose preposition holds a pair before a relative ("a question on
religion and ethnicity, which was"): what a singular "which" means."""
_REL_TIME_FIRST = re.compile(
    r"(?:one|two|three|four|five|six|\d+|a|several)\s+(?:years?|months?|weeks?|days?|"
    r"decades?)\s+(?:later|earlier|afterwards|after)\s+"
)
"""A time that opens a relative before its own subject ("which two years later it closed")."""
_OBJECT_REL = re.compile(
    # "which two years later it closed": a time before the relative's own subject
    r"(?:" + _REL_TIME_FIRST.pattern + r")?"
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|he|she|they|we|it|"
    r"[A-Z][\w’'-]*)\b|" + _COUNTED_REL_SUBJECT.pattern + ")"
)
"""A relative clause opening with its own subject: "which the company designed"."""
_WHICH_IS_AFTER = re.compile(
    r",\s+(?:which|who)\s+((?:is|was|are|were|has|had)\s(?:[^,;]|,(?=\d{3}\b)){3,80})(?=,)"
)
"""A relative clause right after a list of examples, closed by a comma (", which is operated
by Freeport,")."""
_WHO_OBJECT_REL = re.compile(
    r"(?!(?:always|sometimes|perhaps|nowadays|afterwards|besides|thus|towards|whereas|"
    r"nevertheless|regardless)\b)"
    r"(?:(?:the\s+)?[a-z]{3,}s|police|(?:the\s+)?[A-Z][\w’'-]*)\s+(?:identified|named|described|"
    r"hired|employed|appointed|elected|arrested|charged|accused|blamed|suspected|chose|picked|"
    r"knew|saw|met|interviewed|rescued|treated|recruited|sacked|fired|signed)\b"
    r"(?!\s+(?:that|to)\b)"
)
"""A who-clause opening with its own subject and a verb of which the antecedent is the object
("who survivors identified as the boat's captain")."""
_BARE_PLURAL_SUBJECT = re.compile(
    r"(?!(?:gets|has|was|does|makes|takes|needs|remains|includes|seems|always|sometimes|"
    r"perhaps|nowadays|afterwards|besides|unless|thus)\b)[a-z]{3,}s\s+"
    r"(?:(?:had|have|were|are|would|will|could|can|may|might|must|should|did|do)\b|"
    r"(?:[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")"
    r"(?=\s+(?:in|on|at|by|for|from|with|during|last|this|after|before|earlier|"
    r"recently)\b|\s*$))"
)
"""A relative clause opening with a plural noun and its verb: "which engineers had inspected",
"which thieves took in 2019"."""


_BEFORE_OBJECT = frozenset(
    "of on to in at for from with by about after before into over under against and or than "
    "as near".split()
)


_PLACE_TIME_PREPOSITIONS = frozenset("by at in for before after near into".split())
_DETERMINED_THING = re.compile(
    r"(?:the|an?)(?:\s+[a-z][a-z-]*){0,2}\s+(?!(?:day|days|week|weeks|month|months|year|years|"
    r"decade|decades|hour|hours|minute|minutes|time|times|pace|end|moment|"
    r"period|while|quarter|half|start|beginning|rest|first|second|third|future|"
    r"past|same|meantime|way)\b)[a-z][a-z-]*"
)
_LEVEL_EXPECTED = re.compile(
    r"(?:level|levels|rate|rates|term|season)\s*,\s+which\s+(?:[\w-]+\s+){1,3}?(?:had\s+)?"
    r"(?:expected|forecast|predicted|defended|welcomed|criticised|criticized|regretted|"
    r"opposed|feared|anticipated)\b"
)
"""A level or rate whose relative judges the act ("held rates at the current level, which most
economists had expected": the hold, not the level)."""


def _object_slot(text: str, antecedent_at: int, comma: int) -> bool:
    """Whether the noun before ", which <subject> <verb>" is the object of the sentence's verb
    ("cover the H20 chip, which Nvidia sold"), not of a preposition ("the village of
    Pervomaiske, which Ukraine denied" refers to the whole claim)."""
    before = text[: max(0, antecedent_at)].split()
    # the sentence's subject ("The bridge, which engineers had inspected in May, collapsed")
    if not before or before[-1].lower().strip(",") not in _BEFORE_OBJECT:
        return True
    # "will report back by the next summit, which Barbados will host": a thing named by its
    # determiner after a preposition of place or time (not "a plant in Ohio, which", "the
    # rise in prices, which")
    return (
        before[-1] in _PLACE_TIME_PREPOSITIONS
        and _DETERMINED_THING.fullmatch(text, max(0, antecedent_at), comma) is not None
        and _LEVEL_EXPECTED.search(text, max(0, comma - 8), comma + 80) is None
    )


_CLAUSE_VERBS = frozenset(
    "denied denies rejected rejects called calls said says described describes dismissed "
    "dismisses welcomed welcomes criticised criticized condemned condemns confirmed confirms "
    "disputed disputes blamed praised hailed attributed attributes".split()
)


_YEAR_BEFORE_COMMA = re.compile(
    r"\b(?:since|in|until|from)\s+((?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:19|20)\d\d)\s*$"
)
"""A year (with its month) that a ", when ..." clause dates ("since July 2022, when")."""
_EMBEDDING_WORDS = (
    " that",
    " whether",
    " why",
    " how",
    " if",
    " because",
    " when",
    " after",
    " since",
    " although",
    " though",
    " while",
    " as",
    " before",
    " until",
)
"""What opens a clause inside the sentence, whose subject a relative clause may close in
("examine why the system, which ..., had not been installed")."""

_SAID_WORDS = (" said", " says", " told reporters", " added", " warned", " confirmed")
"""Speech verbs a report without "that" follows."""
_MODAL_OR_AUX_NEXT = re.compile(
    r"\s*(?:would|will|could|can|may|might|must|should|had|has|have|was|were|is|are)\b"
)
_WANTS = re.compile(
    r"(?:wants?|wanted|demands?|demanded|seeks?|sought|proposes?|proposed|includes?|included|"
    r"offers?|offered|needs?|needed|(?:calls?|called|asks?|asked|pushed|pushes)\s+for)\b"
)
"""A verb whose objects are things wanted or listed ("wants a pay freeze, ...")."""
_WANTS_IN = re.compile(r"\b" + _WANTS.pattern)
"""`_WANTS` anywhere in a stretch, at a word's start."""
_ING_NOUN_LIST_END = re.compile(r"\w{3,}ing\s+[a-z]+s?\s+(?:and|or)\s+[^,;]{2,60}?[.!]?\s*")
"""An "-ing" noun phrase, then the list's last item, to the end ("operating changes and
fewer managers.")."""
_ING_LIST_ITEM = re.compile(
    r"(?!(?:saying|adding|noting|warning|stressing|claiming|insisting|arguing)\b)"
    r"\w{3,}ing\s*(?:,|\s(?:and|or)\s+"
    # not "killing and injuring dozens": two participles and their object
    r"(?!\w+ing\s+(?:dozens|hundreds|thousands|scores|many|several|at|more|about|\d))"
    r"\w+(?:\s+\w+)?\s*(?:[.,;]|$))"
)
"""An "-ing" word that only joins a list ("vomiting and diarrhea.")."""

_CONSEQUENCE = re.compile(
    r"(?:(?:has|have|had|also|in turn|further)\s+)?(?:hurt|hurts|pushed|"
    r"pushes|boosted|boosts|increases|increased|caused|causes|sparked|sparks|triggered|triggers|"
    r"prompted|prompts|fuelled|fueled|fuels|weighed|weighs|means|meant|dragged|drags|"
    r"worsened|angered|angers|alarmed|surprised)\b"
    r"|(?:typically|usually|often|normally)\s+(?:takes|took)\b"  # "which typically takes weeks"
    # "which would mean he could be freed", "which would narrow the gap": a modal consequence
    r"|(?:would|could|will|may|might)\s+(?:also\s+)?(?:mean|narrow|widen|push|lift|lower|raise|"
    r"hurt|trigger|spark|force)\b"
)
"""The verb of a ", which" clause that is about the whole event before it ("which hurt
consumers", "which pushed up mortgage costs")."""
_MEANT_CLAUSE = re.compile(
    r"(?:meant|means)\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:could|would|can|will|had|have|has|were|was|are|is|must|did|do|does)\b"
)
"""A consequence with a clause of its own ("which meant supermarkets could no longer ...")."""
_AGENT_HEADS = frozenset(
    "states countries members governments lawmakers parliaments nations regulators courts "
    "judges officials authorities ministers councils companies firms banks".split()
)
_TAKES_TIME = re.compile(
    r"(?:would|could|will|may|might|can|is\s+expected\s+to|is\s+likely\s+to)\s+(?:also\s+)?"
    r"take\s+(?:up\s+to\s+|several\s+|many\s+|another\s+|at\s+least\s+)?(?:[\w-]+\s+)?"
    r"(?:months|weeks|years|days|hours|time|decades)\b"
)
"""A ", which" clause about how long the event before it takes ("which could take months")."""
_ENDS_WITH_PHRASE = re.compile(
    r"\b(?:in|on|at|during|since|across|over)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?\s*$"
    # "two-thirds of their sentence", not "a fleet of electric buses"
    r"|\b(?:thirds?|halves|half|quarters?|fifths?|percent|per cent|share|proportion|majority|"
    r"part|%)\s+of\s+(?:the\s+|their\s+|its\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?\s*$"
    r"|\b[a-z]{3,}ed\s*$"
    # "cut output by a third", "rose to $3 billion": a change's figure
    r"|\b(?:by|to)\s+(?:a\s+(?:third|quarter|half|fifth)|half|\S*\d[\d.,]*\s*(?:%|per\s*cent|"
    r"percent|[a-z]+)?)\s*$"
)
"""A clause ending with a prepositional phrase ("rose 5% in France", "two-thirds of their
sentence") or a participle ("once controls had been completed")."""

_MODAL_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:would|will|could|can|may|might|should|must)\s[^,;]*$"
)
"""A relative clause under a modal, still open: "a bill that would cap rents at 2%"."""
_PERFECT_MODAL_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:would|could|might|should|may|must)\s+(?:not\s+)?have\s[^,;]*$"
)
"""The same in the perfect ("a budget that would have frozen ..."): what did not happen."""
_POSSESSIVES = frozenset("its their his her our my your".split())
_SAME_IN_PAST = frozenset("cut put set hit hurt let shut quit spread cost bid beat read".split())
"""Verbs whose past is their base form: after "would cap rents and", "cut" is the base form
(a known past form, "and paid $43 billion", goes on with the sentence's subject)."""
_INFINITIVE = re.compile(
    r"\bto\s+(?:[a-z]+ly\s+)?(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|"
    r"your|him|them|me|us|it|be)\b)[a-z]+(?<!s)(?<!ed)\s"
)
"""An infinitive ("to raise", "to close"), not "to the", "to investors" or "to be"."""
_ESTIMATES = re.compile(
    r"\s+(?:(?:analysts'|analysts’|market|its|their|the)\s+)?(?:own\s+)?(?:estimates|forecasts|"
    r"expectations|consensus|guidance|projections)\b"
)
_OWNED_FIGURE = r"((?:[A-Z][\w’'.&-]*(?:\s[A-Z][\w’'.&-]*)?[’']s\s+)(?:[a-z-]+\s+){0,2}?[a-z-]+)"
"""A figure and its named owner ("Nvidia's revenue"), the group the two verb patterns keep."""
_CAUSED_FIGURE = re.compile(
    r"(?:lifted|pushed|drove|boosted)\s+"
    + _OWNED_FIGURE
    + r"(?=\s+(?:by|to|up|down|higher|lower|sevenfold|\d))"
)
"""A verb that moved a figure and the figure it moved ("lifted Nvidia's revenue by 262%")."""
_CUT_FIGURE = re.compile(
    r"(?:cut|hit|dented|hurt|lowered|dragged)\s+"
    + _OWNED_FIGURE
    + r"(?=\s+(?:by|to|down|lower|\d))"
)
"""A verb that lowered a figure and the figure ("cut BP's profit by 30%, missing forecasts")."""
_DEAL_REL = re.compile(
    r"which\s+(?:created|formed|would create|will create|cost|closed|collapsed|took|"
    r"was (?:completed|blocked|approved|announced|valued|agreed))\b"
)
"""What a ", which" after "the merger of A and B" says of the merger itself."""


def _titled_person(subject: str) -> str:
    """The person's name a subject ends with after a title ("Finance Minister Nicola Willis"
    -> "Nicola Willis"), else the subject as it is."""
    if _LONE_PERSON.fullmatch(subject) or " " not in subject:
        return subject
    people = [e for e in _find_entities(subject) if e.type == "person"]
    if people and people[-1].end == len(subject):
        return people[-1].name
    return subject


_LONE_PERSON = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A subject that is one person's name ("Smith", "Rishi Sunak")."""
_SINGULAR_REL = re.compile(
    r"(?:which|who)\s+(?:(?:now|also|still|already|currently|\w+ly)\s+)?"
    r"(?:is|was|has|does|[a-z]+[^s\W]s)\b"
)
"""A relative clause whose verb agrees with one thing ("which is", "who chairs")."""
_OPENING_NAME_LIST = re.compile(
    r"[A-Z][\w&’'.-]*(?:\s[A-Z][\w&’'.-]*){0,3}(?:,\s[A-Z][\w&’'.-]*(?:\s[A-Z][\w&’'.-]*){0,3})*"
    r",?\s(?:and|or)\s[A-Z][\w&’'.-]*(?:\s[A-Z][\w&’'.-]*){0,3}"
)
"""Names listed from the start of a sentence to a comma ("Britain, France and Germany")."""
_SHARED_HEAD_BEFORE = re.compile(r"(?:^|\b([A-Za-z]+) )([A-Za-z][a-z]+) and $")
"""A word and "and" just before a plural noun phrase, opening the text or after a determiner
("Oil and gas stocks", "the oil and gas stocks"): the two share the phrase's head."""
_PLURAL_REL = re.compile(
    r"(?:which|who)\s+(?:(?:also|both|together|all|still|now)\s+)*(?:have|are|were|do)\b"
    r"|(?:which|who)\s+(?:both|together|all)\b"
)
"""A relative clause whose verb says its antecedent is plural ("which have", "which
together pump")."""
_REL_VERB = re.compile(r"(?:which|who)\s+(?:(?:also|both|together|all|still|now)\s+)*([a-z]+)\b")


def _plural_relative(after: str) -> bool:
    """A relative clause whose verb agrees with a plural: "which have", "who were", "which
    own" (a known verb without its "-s"; not "which cut", whose past is the same word)."""
    if _PLURAL_REL.match(after):
        return True
    verb = _REL_VERB.match(after)
    if verb is None:
        return False
    word = verb.group(1)
    return word not in _COMMON_VERBS and (
        f"{word}s" in _COMMON_VERBS or f"{word}es" in _COMMON_VERBS
    )


_OPENER_INSIDE = re.compile(
    r".*\b(?:when|while|because|although|though|until|once|whether|if|that)\s+(?=[A-Z])"
)
"""The last clause opener inside a noun phrase found backwards ("levelled when John
Smith"): the noun phrase starts after it."""


def _mid_sentence(phrase: str) -> str:
    """A noun phrase as it reads inside a claim: "The bridge" -> "the bridge"."""
    return "the" + phrase[3:] if phrase.startswith("The ") else phrase


def _object_relative(antecedent: str, rel: str, owner: str = "") -> list[str]:
    """ "(chips,) which the company designed for China" -> ["the company designed chips for
    China"]; nothing when the clause does not read that way. `owner` is the sentence's
    subject, which a relative's "it" after a time means ("bought a plant, which two years
    later it closed")."""
    when = _REL_TIME_FIRST.match(rel)
    if when is not None:
        # "(which) two years later the council closed": the time, then the clause
        rest = rel[when.end() :]
        if owner and rest.startswith("it ") and not _plural_phrase(owner):
            rest = f"{_mid_sentence(owner)} {rest[3:]}"
        found = _object_relative(antecedent, rest)
        return (
            [f"{when.group(0)[:1].upper()}{when.group(0)[1:].rstrip()}, {found[0]}"]
            if found
            else []
        )
    subject, verb_at = _subject_of(rel)
    if not subject and (counted := _COUNTED_REL_SUBJECT.match(rel)):
        subject, verb_at = counted.group("subject"), counted.start("verb")  # "both firms use"
    if not subject or verb_at <= 0 or len(subject.split()) > 4:
        return []
    if subject.lower() in ("he", "she", "they", "we", "it"):
        return []  # who "he" is is for the sentence to say
    words = rel[verb_at:].split()
    index = 0
    while index < len(words) - 1 and (
        words[index].lower() in _AUX
        or words[index] in _MODAL
        or words[index] in ("not", "also", "never", "already", "still", "first", "later")
        or words[index].endswith("ly")
    ):
        index += 1
    if index >= len(words) or not words[index].isalpha():
        return []
    if words[index].lower() in _CLAUSE_VERBS and not (
        antecedent.split()
        and antecedent.split()[-1].lower().strip(".,") in _PROPOSAL_NOUNS
        and words[index].lower() not in ("denied", "denies", "said", "says", "confirmed")
    ):
        # ", which Ukraine denied": about the whole claim, not the noun (but "offered a 2%
        # rise, which the union rejected": the rise)
        return []
    last = index
    if last + 2 < len(words) and words[last + 1] == "to" and words[last + 2].isalpha():
        last += 2  # "which the company plans to build": the object of "build"
    elif last + 1 < len(words) and words[last + 1].endswith("ing") and words[last + 1].isalpha():
        last += 1  # "which the government began rolling out"
    if last > index and last + 1 < len(words) and words[last + 1] in _PARTICLES:
        last += 1
    head = " ".join(words[: last + 1])
    rest = " ".join(words[last + 1 :])
    after = [w.lower().strip(".,") for w in words[last + 1 : last + 3]]
    if after and after[0] in _PREP and (len(after) == 1 or after[1] in _PREP):
        # "which investigators are still searching for", "which officials were warned about
        # in 2019": a stranded preposition, whose object is the antecedent; no claim
        return []
    return [f"{subject} {head} {antecedent} {rest}".strip()]


_PARTICLES = frozenset("out up off down back in on over".split())
_SUBJECT_THEN_NAME = re.compile(
    r"(?:The|An?|Its|His|Her|Their|Several|Some|Many|Two|Three|Four|Five|Six|\d+)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+"
    # "A group of authors, including Margaret Ellery, sued ..."
    r"(?:including\s+|among\s+them\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
)
"""A subject noun phrase and the name set after it ("The union's president, Joaquín
Larrea")."""
_DITRANSITIVE_ROLE_BEFORE = re.compile(
    r"\b(?:gave|give|gives|giving|awarded|awards|handed|hands|paid|pays|offered|offers|sent|"
    r"granted|grants|promised|lent|sold|showed|owed|owes)\s+(?:its|his|her|their|the|a|an)\s+"
    r"(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s*$"
)
"""A giving verb and its role-named receiver, whose name follows in commas ("gave its lead
actress, ")."""
_PROPOSAL_NOUNS = frozenset(
    "offer offers rise raise increase cut cuts proposal proposals plan plans bid bids deal "
    "deals demand demands request requests package settlement agreement terms budget "
    "ceasefire truce law bill measure measures decision ruling".split()
)
"""What one rejects, welcomes or criticises ("a 2% rise, which the union rejected")."""


def _plural_phrase(phrase: str) -> bool:
    """A rough number test for a noun phrase: "Prices", "Investors", "Shares of the company"
    and "the two sides" are plural; "Reuters" and "Athens" (names) are not."""
    head = f" {phrase} "
    for preposition in (" of ", " in ", " at ", " from ", " for "):
        if preposition in head:  # the head noun: "Shares of the company", "Officials in Kyiv"
            head = head[: head.index(preposition)] + " "
    capitals = [w for w in head.split() if w[:1].isupper()]
    if len(capitals) > 1:
        return " and " in head  # "Charles Dickens", "Walt Disney Pictures": a name
    low = head.lower()
    words = low.split()
    if not words:
        return False
    last = words[-1]
    if " and " in low or last in ("people", "police", "children", "forces"):
        return True
    if (
        last.endswith("men")
        and last not in ("specimen", "regimen", "abdomen", "omen", "stamen")
        and head.split()[-1].islower()  # not "Yemen"
    ):
        return True  # "the men", "gunmen", "women"
    return (
        last.endswith("s")
        and not last.endswith(("ss", "us", "is", "ics", "news"))
        and last not in _ALIASES
        and last not in _PLACES
        and last not in ("reuters", "athens", "paris", "brussels", "wales", "philippines")
    )


_PLACE_ADJECTIVES = frozenset(
    "neighboring neighbouring nearby northern southern eastern western central coastal "
    "rural remote besieged occupied".split()
)


def _is_surname_only(subject: str) -> bool:
    """A lone capitalised word that may be a person's last name ("Carter"), not a body, a
    place or a plural ("Reuters", "Police", "Texas")."""
    low = subject.lower()
    return (
        " " not in subject
        and subject[:1].isupper()
        and not subject.isupper()
        and not low.endswith("s")
        and low not in _PLACES
        and (low not in _ALIASES or entity_type(_ALIASES[low]) == "person")
        and entity_type(subject) == "other"
    )


_NAMED_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|al)){0,4}")
"""A subject that names someone ("Carter", "the Dalai Lama"), whom "he" or "she" after it means."""


_RELATIVE_WORD = re.compile(r"\b(?:who|whose|which|that)\b")


_RELATIVE_WORDS = frozenset("who whom whose which that where when".split())


def _plain_appositive(segment: str, in_subject: bool, at_end: bool = False) -> bool:
    """Whether an appositive is a noun phrase with no verb of its own, or, inside the subject,
    one whose only verb is in its relative clause ("John Smith, a lawyer who represented the
    family, said", "Voss, the glaciologist whose surveys produced the first map, died"; not
    "the first of which ...")."""
    verb = _main_verb(" " + segment)
    if verb < 0:
        return len(segment.split()) <= 12
    participle = segment[verb - 1 :].split(None, 1)[0]
    before = segment[: verb - 1].split()
    if (
        (in_subject or at_end)
        and participle.endswith("ed")
        and participle != "compared"  # "compared to": a comparison, no participle phrase
        and len(segment.split()) <= 25
        and _PREP_AFTER.match(segment, verb - 1 + len(participle))
        # right after the appositive's noun, a common one ("a former banker appointed by")
        and before
        and before[0] in ("a", "an", "the")
        and before[-1].isalpha()
        and before[-1].islower()
        and not any(w in _AUX or w in _MODAL or w in _RELATIVE_WORDS for w in before)
        # no verb after the phrase: "a spokesman based in Berlin declined to comment" is a
        # subject and its predicate
        and _main_verb(" " + segment[verb - 1 + len(participle) :]) < 0
    ):
        # "Hale, a former banker appointed by the governor, resigned"; "funded by the Hartwell
        # Ocean Trust, a private foundation based in Boston."
        return True
    relative = _RELATIVE_WORD.search(segment, 0, verb)
    return (
        in_subject
        and len(segment.split()) <= 25
        and relative is not None
        and not segment[: relative.start()].rstrip().endswith((" of", " whom"))
    )


_REPORTED_REL = re.compile(
    # who reports: a noun, not an adverb or auxiliary ("which also said ...")
    r"(?!(?:also|now|later|previously|recently|earlier|then|still|already|has|have|had|was|is|"
    r"were|are|would|will|could|may|might|only|first|once|last|never)\b)(?![a-z]+ly\b)"
    r"(?P<who>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?P<verb>say|says|said|suspect|suspects|suspected|believe|believes|believed|think|thinks|"
    r"thought|allege|alleges|alleged|claim|claims|claimed|argue|argues|argued|insist|insists|"
    r"insisted|estimate|estimates|estimated)\s+"
    r"(?P<rest>(?!(?:against|for|about|over|with|at|on|in)\b)(?!(?:the|a|an|that|it|he|she|they|we|i|you|this|these|those|his|her|its|their|"
    r"our|many|most|some|all|no|few|several|more|there|if|when|while|because)\b)[a-z]+\b.*)",
    re.DOTALL,
)
"""A relative clause whose gap is the subject of a report: "(which) officials suspect was
arson", "(who) prosecutors say drove the van"."""


_SUBJECT_THEN_PRESENT = re.compile(
    r"((?:[A-Z][\w’'&.-]*\s+){1,3}|(?:the|its|their)\s+(?:[a-z]+\s+)?[a-z]+\s+)"
    r"(?!(?:is|was|has|does)\b)[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\s+[a-z]"
)
"""A subject, then a present verb the lexicon does not know ("Starbucks faces fierce ...",
"the company operates two plants")."""


def _where_claim(text: str, comma: int, place: str, rel: str) -> bool:
    """Whether ", where <rel>" after `place` (ending at `text[comma]`) makes a claim of its
    own: the place is a name or a place noun ("the port") after a preposition or a verb of
    movement ("hit Porto"), and the clause has its own subject and verb (not "its fate is
    uncertain", which leans on the sentence)."""
    words = rel.split()
    place_words = place.split()
    if len(words) < 3 or not place_words or len(place_words) > 5 or _is_time(place):
        return False
    named = all(w[:1].isupper() or w in ("of", "the", "de", "and") for w in place_words)
    if not named and place_words[-1].lower() not in _PLACE_NOUNS:
        return False
    before = text[: max(0, comma - len(place))].split()
    while before and before[-1].lower() in _PLACE_ADJECTIVES:
        before.pop()  # "in neighboring Riverton, where ..."
    word = before[-1].lower().strip(",") if before else ""
    known = named and all(
        w.lower() in _PLACES or _ALIASES.get(w.lower(), "").lower() in _PLACES
        for w in place.replace(",", " ").split()
        if w[:1].isupper()
    )
    if named and word == "for" and not known:
        # "warnings were in place for Santa Paula, where ...": a place by its name only
        known = entity_type(canonical_entity(place)) == "place"
    elif named and word in ("to", "from", "left") and not known:
        # "moved to Los Angeles, California": a place unless it reads as a person or a body
        known = (
            ", " in place
            or all(  # "Los Angeles, California": city, region
                entity_type(part.strip()) in ("place", "other")
                for part in re.split(r",| and ", place)
                if part.strip()
            )
            and not re.search(r"\b(?:News|Times|Post|Journal|Ministry|Agency|Bank)\b", place)
        )
    of_place = word == "of" and (
        (len(before) > 1 and before[-2].lower() in _PLACE_NOUNS)
        # "revived memories of East Palestine, where ...": a place by its name
        or (named and entity_type(canonical_entity(place)) == "place")
    )
    if word not in _PLACE_BEFORE and not of_place and not (word in _KNOWN_PLACE_BEFORE and known):
        return False
    if not named and word in _KNOWN_PLACE_BEFORE:
        return False
    verb = _main_verb(" " + rel)
    if verb < 0 and (present := _SUBJECT_THEN_PRESENT.match(rel)) is not None:
        verb = present.end(1) + 1  # "where Starbucks faces fierce competition"
    subject = [w.lower() for w in rel[: verb - 1].split()]
    # "where he founded a bakery": "he" is named later (a clause opening with a person's
    # pronoun is resolved); "where its fate is uncertain" leans on the sentence
    return verb > 0 and (subject in (["he"], ["she"], ["it"]) or _PRONOUN_WORDS.isdisjoint(subject))


def _is_time(phrase: str) -> bool:
    """Whether a noun phrase only names a time: "January", "May 2023", "the 1990s"."""
    words = [w.lower().strip(".,") for w in phrase.split() if w.lower() not in ("the", "of")]
    return bool(words) and all(
        w in _DATE_WORDS or _YEAR.fullmatch(w) or w.isdigit() or w.endswith("0s") for w in words
    )


_LABEL_NUMBER = re.compile(
    r"\b(?:section|article|clause|chapter|no\.?|number|type|phase|level|category|grade|stage|"
    r"paragraph|rule|schedule)\s+\d+\w*",
    re.IGNORECASE,
)
"""A number that names rather than counts ("section 114", "Article 5")."""


_NOUN_THEN_NOUN = re.compile(r"\s*[a-z]+\s+(?:\d+\s*(?:\(|[.;]?$)|[a-z]+(?<![su]s)s\b)")
_FRONTED_PP = re.compile(
    r"(?:In|On|At|For|From|With|By|During|Among|Across|Under|Over|After|Before|Since|Following)\s"
)
"""A clause that opens with a prepositional phrase, not its subject ("In other arenas, ...")."""
_GROUP_ACT = re.compile(
    r"\b(?:met|meet|meets|meeting|each other|one another|themselves|coalition|"
    r"alliance|merged?|merging|gathered|convened|united|agreed with|signed a (?:pact|deal|"
    r"treaty|joint)|formed|form|clashed|negotiated|talks)\b"
)
"""A predicate that only a group can do ("met in Rome", "formed a coalition"), beside what
`_JOINT` already says they do together."""
_SUBJECT_PREPOSITION = re.compile(r"\b(?:in|of|at|from|for|with|on|across|by)\s")


def _members_did(text: str, at: int, end: int) -> list[str]:
    """The claims about each name of the ", including A, B and C," aside at `at`..`end` inside
    the subject, whose predicate follows `end`: "A has issued ...". None when the members are
    not names, or the predicate holds for the group as a whole (a total, "combined")."""
    if text[end : end + 1] != "," or not _predicate_follows(text, end + 1):
        return []
    if _SUBJECT_PREPOSITION.search(text, 0, at):
        return []  # "Officials in several states, including Ohio,": not the subject's members
    members = text[at + len("including ") : end]
    predicate = text[end + 1 :].strip()
    names = [n.strip() for n in _LIST_SPLIT.split(members) if n.strip()]
    if not names or not all(len(n.split()) <= 4 and _NAME_ITEM.fullmatch(n) for n in names):
        return []
    if (
        _JOINT.search(predicate)
        or _GROUP_ACT.search(predicate)
        or _TOTAL.search(_LABEL_NUMBER.sub("", _YEARS.sub("", predicate)))
    ):
        # "Six firms, including Acme, employ 5,000 people": the group's total; "met in
        # Rome", "formed a coalition", "declared themselves": what the group did together
        return []
    predicate = _agree_singular(predicate)
    return [f"{name} {predicate}" for name in names]


_LIST_TAIL_ENDS = re.compile(r",\s+[^,]{1,40}(?:,\s+[^,]{1,40})*,?\s+(?:and|or)\s+[^,]{1,40}?[.]?")
"""The rest of a list that ends the text (", bars and rental housing")."""


def _examples_end(text: str, end: int) -> int:
    """Where a list of examples that starts before `end` (its first comma) ends: ", including
    Alphabet, Apple and Microsoft," runs to the comma after its "and" item."""
    start = end
    first = text[text.rfind(",", 0, end) + 1 : end]
    tail_first = text[end + 1 :].split(None, 1)[0].lower() if text[end + 1 :].split() else ""
    if (" and " in first or " or " in first) and not (
        _LIST_TAIL_ENDS.fullmatch(text, end)
        and _main_verb(" " + text[end + 1 :]) < 0
        and tail_first not in _BASE_VERBS  # ", show normal karyotypes": the predicate
    ):
        # ", such as the pyramids and the sphinx,": the list is whole already (not
        # ", including spending by staff and students in shops, bars and rental housing")
        return end
    while end < len(text) and text[end] == ",":
        item_end = _next_comma(text, end + 1)
        item = text[end + 1 : item_end if item_end > 0 else len(text)]
        words = item.split()
        if not words or len(words) > 6 or words[0].lower() in _PREP or _main_verb(" " + item) > 0:
            return end  # the sentence goes on ("..., including rice, to Kenya and Uganda")
        if " and " in f" {item} " or " or " in f" {item} ":
            return item_end if item_end > 0 else len(text)
        end = item_end if item_end > 0 else len(text)
    return start if end >= len(text) else end


def _predicate_follows(text: str, at: int, plural: bool = False) -> bool:
    """Whether `text[at:]` opens with a verb: a known one, or a lower-case word that is not a
    function word ("employs", "reported"; after a plural subject also "carry")."""
    rest = text[at:].lstrip()
    first = rest.split(None, 1)[0] if rest.split() else ""
    if not first.isalpha() or not first.islower():
        return False
    low = first.lower()
    if low in _AUX or low in _COMMON_VERBS:
        return True
    return (
        low not in _PREP
        and low not in _DET
        and low not in _PRONOUN_WORDS
        and low not in ("and", "or", "but", "which", "who", "where", "while", "as", "than")
        and (plural or low.endswith(("s", "ed")) or _VERB_THEN_OBJECT.match(rest) is not None)
        and not low.endswith(("ss", "ly", "ous", "ing", "al", "ic", "ive"))
    )


_FRONTED_OPEN = re.compile(
    r"(?:After|Before|When|While|Since|Although|Though|If|Once|Having|Following|Despite|Until|"
    r"As|Because|Unlike|Like|With|Without)\b"
)
_ADJUNCT_AFTER = re.compile(
    r"\s+(?:on|in|at|for|to|from|by|during|last|this|next|earlier|later)\s+[^,;]*[.!]?$"
)
"""A last adjunct after an appositive's closing comma ("..., on Monday.")."""
_BY_WHOM_BEFORE = re.compile(
    r"\b(?:led|headed|chaired|run|founded|backed|owned|funded|commissioned|coordinated|"
    r"directed|supervised)\s+by\s+[^,]*$"
)
"""A participle and its agent before a comma ("A team led by Melody Ding,")."""
_VERB_THEN_OBJECT = re.compile(r"[a-z]+\s+(?:their|its|his|her)\s")
"""A plain word then a possessive object: a verb ("Arsenal, who ..., open their campaign")."""


_FULL_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
_AGED_PAIR = re.compile(
    r"(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){0,3}?(?:that\s+)?"
    rf"(?P<a>{_FULL_NAME}|[A-Z][a-z’'-]+),\s+(?P<age_a>\d{{1,3}}),\s+and\s+"
    rf"(?P<b>{_FULL_NAME}|[A-Z][a-z’'-]+|(?:his|her|their)\s+[a-z]+(?:\s+[A-Z][\w’'-]+){{0,2}}),"
    r"\s+(?P<age_b>\d{1,3}),\s+"
    # "Smith, 34, and Jones, 29, both from Leeds, were jailed": what they share
    r"(?:(?:(?P<shared>(?:both|all)\s+(?:from|of)\s+(?!whom\b|which\b)[^,]{2,40})"
    r"|(?:both|all)\s+of\s+whom\s+[^,]{2,40}),\s+)?"
    r"(?P<vp>(?:were|are|have|had|[a-z]+ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b.*)",
    re.DOTALL,
)
"""Two people, each with an age, sharing a predicate ("His co-defendants Kieran Doyle, 31, and
Mohammed Rashid, 29, were convicted", "Smith, 45, and his wife, 42, were arrested")."""
_AGED_PERSON = re.compile(
    rf"(?P<who>{_FULL_NAME},\s+\d{{1,3}}"
    r"(?:,\s+of\s+[^,;]{2,40}?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)?),"
    r"(?P<sep>\s+and\s+|\s+(?=[A-Z])|\s+(?P<vp>(?:were|are|have|had|[a-z]+ed|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")\b.*))",
    re.DOTALL,
)
"""One of several people in court copy, with age and home: "Daniel Price, 24, of Holloway
Road, Handsworth," and what follows (the next, after "and", or the shared predicate)."""


def _aged_people(text: str) -> tuple[list[tuple[str, int]], str] | None:
    """The people of "A, 24, of X, B, 31, and C, 19, of Y, were remanded", each with their
    age and home and offset, and their shared predicate; None for any other clause."""
    if _AGE_BETWEEN_COMMAS.search(text) is None:
        return None  # most clauses: no age at all
    people: list[tuple[str, int]] = []
    capital = _CAPITAL.search(text)
    at = capital.start() if capital else -1
    while at >= 0:
        m = _AGED_PERSON.match(text, at)
        if m is None:
            return None
        people.append((m.group("who"), m.start()))
        if m.group("vp") is not None:
            return (people, m.group("vp")) if len(people) >= 2 else None
        at = m.end()
    return None


_AGE_BETWEEN_COMMAS = re.compile(r", \d{1,3},")
_CAPITAL = re.compile(r"[A-Z]")


_NAMED_APPOSITIVE = re.compile(
    r"(?:The|the|A|An|a|an|Two|two|Three|three|Four|four|Both|both|Its|His|Her|Their) [a-z-]+(?: [a-z-]+)?, "
    # a trade before the name ("bookkeeper Linda Tran"), never a preposition ("in Armley")
    # ("Two men, including Tom Reid,": one of them, not their name)
    r"(?:(?!(?:in|at|on|from|of|near|for|to|with|by|outside|inside|across|around|including|"
    r"among|notably|especially|mainly|like|such|plus|except|excluding)\b)[a-z]+ )?"
    r"(?P<name>[A-Z][\w&.’'-]*(?: (?:of |and |& )?[A-Z][\w&.’'-]*){0,4}),\s+(?:\d{1,3},\s+)?"
)
"""A common noun named by the appositive after it ("The company, Lonestar Regional Health,",
"A co-accused, bookkeeper Linda Tran, 44,")."""


_LEADING_ADVERB = re.compile(r"(?:closely|jointly|wholly|privately|publicly)\s+")
"""An adverb before a participle phrase inside the subject ("closely watched by the bank")."""
_AS_NAMED_CLAUSE = re.compile(
    r"\sas\s+(?:(?:the|its|their)\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}[a-z]{3,}\b"
)
"""An "as" clause with a subject of its own ("as Rovers beat Harwick"), between the main verb and
a participle phrase: whose act the participle is, the words do not say."""
_PRICE_ING = frozenset("starting costing retailing selling pricing".split())
"""Participles that give the price of what was named last ("the Lumina 12, starting at $799")."""
_PRICE_AFTER = re.compile(r"\s+(?:at|from|for)\s+(?:about\s+|around\s+)?[$€£¥₹]")
_SELF_OBJECT = re.compile(r"\s+(?:him|her|them|himself|herself|themselves)\b")
"""A participle's object that is the clause's own subject ("keeping him at the club")."""


_ELLIPTICAL_END = re.compile(
    r"\b(?:it|they|he|she|we|this|that|so)\s+(?:might|may|could|would|will|can|did|does|do|had|"
    r"has|have|was|were|is|are|should|must)(?:\s+(?:not|too|also))?\s*\.?$"
)
"""A clause ending on its auxiliary, its verb left out ("... suggested it might")."""
_PARTICIPLE_ITEM = re.compile(r"[a-z]+(?:ing|ed)\s+(?:with|by|in|on|at|to|from)?\b")
"""A list item that opens with a participle ("wearing balaclavas", "armed with a knife")."""
_HEDGE_ITEM = re.compile(
    r"\b(?:(?:most|more|very|quite) )?[a-z]+ly (?:in|on|at|by|during|after|before|from|through|"
    r"via|with|for|to)\b|(?:namely|perhaps|maybe|probably|possibly|likely|specifically|"
    r"particularly|especially|notably|mainly|mostly|largely|chiefly|primarily)\b"
)
"""An adverb opening what looks like a list item: a hedge or aside ("most likely in
September", "probably in the second half")."""
_PASSIVE_IN = re.compile(r"\b(?:been|was|were|is|are|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
"""A passive inside a stretch ("has been diluted", "was either expressed")."""
_SUBORDINATE_OPEN = re.compile(
    r"\b(?:after|before|since|until|when|once|because|whereas)\s+"
    r"(?=(?:the|an?|its|his|her|their|[A-Z][\w’'-]*|[a-z]+s|[a-z]*men|people|children|police)\s)"
)
"""A subordinate clause opening with its subject ("after an earthquake killed ...")."""
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|when|because|since|while|before)\s+(?P<subj>(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:[’']s\s+[a-z]+)?)\s+[a-z]+ed\b"
)
"""A subordinate clause's named subject before a speech participle ("after Harwood's board
rejected ..., saying")."""
_TOTAL_ING = frozenset("taking bringing lifting pushing raising".split())
_TOTAL_AFTER = re.compile(
    r"\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+)?(?:total|tally|toll|number|contribution|"
    r"count|sum|stake|holding)\b"
)
"""A participle of a running total ("taking its total contribution to $9 billion")."""
_NAMED_CLAUSE_SUBJECT = re.compile(
    r"\b(?P<subj>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?!said\b|told\b)[a-z]{3,}ed\b"
)
"""A clause's named subject and its past verb ("the Commonwealth had committed")."""
_SPEECH_ING_WORDS = frozenset(
    "saying adding noting warning arguing insisting claiming stressing citing".split()
)
_ONE_NAMED_BEFORE = re.compile(
    r"\b(?:one|another|the other|a third),\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})$"
)
"""One of several, named between commas, before a participle: "and one, Swati Dhingra,"."""
_ROLE_OF_BEFORE = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:head|chief|"
    r"leader|director|president|chairman|chairwoman|chair|spokes(?:man|woman|person)|member|"
    r"boss|founder|owner|minister|secretary|governor|mayor|captain|coach|manager|editor|"
    r"commander|deputy|son|daughter|wife|husband|mother|father|brother|sister|widow))\s+of\s+$"
)
"""A person's role before "of" and a body ("The head of the agency"): what ", who" is about."""
_PEOPLE_WITH_BEFORE = re.compile(
    r"(?P<np>\b(?:(?:the|The|those|Those)\s+)?"
    r"(?:(?:[a-z]+(?:al|ic|ous|ive|ful|less|able|ible|ern|ish|ese|an|y)|young|old|older|"
    r"elderly|poor|sick|new|all|many|most|some|adult|female|male|injured|displaced|infected|"
    r"unvaccinated|vaccinated|wounded|detained|affected|armed|insured|uninsured|retired|"
    r"disabled)\s+)?"
    r"(?:patients|people|adults|children|"
    r"women|men|residents|workers|participants|voters|students|families|users|customers|"
    r"passengers|victims|survivors|soldiers|migrants|refugees|those|smokers|employees))\s+"
    r"(?P<prep>with|without|from|of|in|at|on|under|over)\s+$"
)
"""People before a preposition and a thing ("patients with chronic kidney disease"): whom a
", who ..." after the thing is about."""
_PLURAL_WHO = re.compile(r"who\s+(?:were|are|have|remain|live|work)\b")
_SINGULAR_WHO = re.compile(r"who\s+(?:was|is|has|earns|owns|runs|leads|lives|works)\b")
_ONE_PERSON_NOUNS = frozenset(
    "gunman attacker shooter killer bomber suspect pilot soldier doctor teacher ceo president "
    "driver officer leader founder owner boss manager coach player singer actor author victim "
    "man woman boy girl father mother son daughter husband wife priest bishop judge".split()
)
_EVENT_TOLL = re.compile(
    r"(?:also\s+)?(?:killed|injured|left|destroyed|damaged|caused|forced|claimed|displaced|"
    r"affected|triggered|sparked|prompted|wounded|trapped|occurred|happened|took\s+place|"
    r"(?:was|were)\s+caused|began|started|followed|came)\b"
)
"""What an event did or how it happened ("killed 43 people", "occurred in 2018"), after
"which "."""
_EVENT_IN_BEFORE = re.compile(
    r"(?P<np>\b(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?)?(?i:floods?|protests?|fires?|wildfires?|"
    r"earthquakes?|quakes?|attacks?|strikes?|war|fighting|clashes|riots?|storms?|outbreaks?|"
    r"elections?|talks|blasts?|explosions?|crash|crashes|landslides?|shootings?|bombings?|"
    r"collapses?|derailments?|sinking|accidents?|disasters?|stampedes?)"
    # "the collapse of the Morandi bridge in Genoa": the event of a thing
    r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)\s+"
    r"(?P<prep>in|across|near)\s+$"
)
"""An event in a place ("floods in Spain"): what ", which killed ..." is about."""
_TRAILING_NAME = re.compile(r"\s[a-z][\w-]*\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})$")
"""A full name ending a stretch after a lowercase word ("Alcaraz faces Taylor Fritz")."""
_BETWEEN_BEFORE = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:between|(?:(?<=merger )|(?<=combination )|(?<=tie-up ))of)\s+[^,;]{2,60}?"
    r"\s+and\s+$"
)
"""A noun phrase, "between" (or a merger's "of") and a first party: what a ", which" after
the second party ("the war between the army and the RSF, which ...") is about."""
_ING_SPEECH_THAT = re.compile(
    r",\s+(?:" + "|".join(sorted(_SPEECH_ING_WORDS - {"citing"} | {"telling"})) + r")\b"
    r"[^,;]{0,40}?\bthat\b"
)
"""A report in a participle phrase: ", saying that", ", telling reporters that"."""
_NAMES_LIST_TAIL = re.compile(
    r",\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+){0,6}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)"
    r"{0,2},?\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w’'-]*"
)
"""After a comma: the rest of a list of names ("..., Denmark and Australia")."""
_WHOSE_FACT = re.compile(
    r"whose\s+(?:\d[\d,.]*\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+of\s+\d[\d,]*)?\s+(?:said|says|is|are|was|were|has|have|had|will|would|"
    r"could|[a-z]{2,}ed|rose|fell|grew|employs|employ|includes|include|owns|own|runs|run|"
    r"makes|make|won|lost|took|made|sold|bought|led|held|left|beat|hit|drew|sank|spent|"
    r"built|land|lands|operate|operates|produce|produces|carry|carries|serve|serves|earn|"
    r"earns|supply|supplies|cover|covers)\b"
)
"""A "whose" clause with a noun and its verb ("whose lawyer said", "whose shares fell")."""
_NAMED_ANTECEDENT = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")
_CLOCK_TIME = re.compile(r"\b\d{1,4}(?::\d\d)?\s*(?:GMT|UTC|ET|EST|BST|CET|a\.m\.|p\.m\.|am|pm)\b")
_PLURAL_APPOSITIVE = re.compile(
    r"(?:(?:two|both|three|all)\s+of\s+)?the\s+(?:[a-z]+\s+){0,3}[a-z]{3,}s\b(?!\s*(?:’|'))"
)
"""An appositive naming several ("the largest buyers in Asia")."""
_EVENT_WHICH = re.compile(
    r"which\s+(?:\w+\s+(?:said|says|estimated|estimates)\s+(?:would|will|could)\s+)?"
    r"(?:cost|costs|took|takes|meant|means|led|leads|brought|brings|raised|raises|pushed|"
    r"pushes|added|adds|helped|helps|hurt|hurts|boosted|boosts|saved|saves|save)\b"
)
"""A relative whose verb says what an act did ("which cost £2m"), not what a counted thing does."""
_COUNTED_NP = re.compile(r"\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+")
"""A count and its noun ("300 staff", "500 new patients")."""
_SINGULAR_WHICH = re.compile(r"which\s+(?:has|is|was)\b")
_EFFECT_WHICH = re.compile(
    r"which\s+(?:(?:could|would|can|may|might|will)\s+(?:also\s+)?)?(?:hurt|hurts|harm|harms|"
    r"harmed|damage|damages|damaged|overstate|overstates|understate|skew|skews|boost|boosts|"
    r"boosted|help|helps|helped|cause|causes|caused|lead|leads|led|allow|allows|allowed|"
    r"prompt|prompts|prompted|trigger|triggers|triggered|spark|sparks|sparked|push|pushes|"
    r"pushed|weigh|weighs|weighed|drag|drags|dragged|mean|means|meant|raise|lower|cut|reduce|"
    r"increase|delay|threaten|undermine|enable|enables|enabled"
    # what a finding shows ("which suggests that"), not "which showed strong growth"
    r"|(?:suggests?|suggested|shows?|showed|indicates?|indicated|confirms?|confirmed)\s+that"
    r"|(?:made|makes)\s+(?:it|them))\b"
)
"""A relative that says what an act did or may do ("which could hurt", "which makes it
possible"), rather than what its last noun is."""
_ONLY_CONDITION = re.compile(r"\s*(?:only|not)\s+(?:if|when|after|until|once|because)\b")
"""A condition after "but" ("but only if Canada raised its quota"): part of the clause."""
_ALONG_WITH_BEFORE = re.compile(
    r",\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+[^,]{1,60}\s+and\s+$"
)
"""Goods added to a list before its last item ("along with syringes and "), which a relative on
the last item may be about together."""
_NAME_PREPOSITIONS = r"(?:by|from|to|with|for|in|at|on)"
"""Prepositions before a name that a pair's second part may repeat (", and by UNICEF")."""
_AND_PREP_AFTER = re.compile(rf",\s+(?:and|or)\s+{_NAME_PREPOSITIONS}\s+(?:the\s+)?[A-Z]")
"""A second prepositional phrase with a name after a relative (", and by UNICEF")."""
_AND_NAMED_RELATIVE = re.compile(
    r",\s+and\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+(?:who|which)\s"
)
"""A second named object with a relative of its own (", and the Liberals, who won 14")."""
_AND_PART = re.compile(rf"^,\s+and\s+(?=(?:{_NAME_PREPOSITIONS}\s+)?(?:the\s+)?[A-Z])")
_MEANS_INSIDE = re.compile(r"\s(?:using|via|through|by)\s")
"""A means inside the antecedent ("the enzymes using E. coli"): the act is what has effects."""
_PREP_END = re.compile(r"\b(?:on|of|by|in|using|for|from|with|to|into|at|over|against)\s*$")
"""A preposition right before the antecedent: the noun is its object, not the act's."""


def _plural_word(word: str) -> bool:
    """A lower-case plural noun ("cells", "prices"), not "gas", "virus", "analysis"."""
    return (
        word.islower()
        and word.isalpha()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "ics"))
    )


_PERIOD_ANTECEDENT = re.compile(
    r"(?i:the|this|last|next|that)\s+(?:(?:financial|fiscal|calendar|whole|entire|previous|"
    r"current)\s+)?(?:season|year|quarter|period|month|"
    r"week|half|decade|century|term|session)"
)
"""A period as a noun phrase ("the season", "this year", "the first half")."""
_ABOUT_A_PERIOD = re.compile(
    r"which\s+(?:saw|sees|marked|marks|ended|ends|began|begins|runs|ran|starts|started|"
    r"finishes|finished|lasted|lasts|included|includes|(?:was|is|will\s+be|has\s+been|"
    r"had\s+been)\s+(?:also\s+)?(?:the|a|an|one|its|their)\b)"
)
"""A relative that says what a period was or brought ("which saw record sales")."""
_NOUNS_LIST_TAIL = re.compile(
    # (an item may hold a nationality: "two Indian nurses")
    r",\s+(?:[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+(?=\s+[a-z]))){0,2},\s+){0,6}"
    r"[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+(?=\s+[a-z]))){0,2},?\s+"
    r"(?:and|or)\s+[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+(?=\s+[a-z]))){0,2}(?=,\s)"
)
"""After a comma: the rest of a list of things closed by a comma (", valves and robots,")."""
_CLAUSE_WORDS = frozenset("how what whether why when where that it they he she".split())
"""Words that make a stretch a clause, not a noun phrase a relative clause can be about."""
_CAUSE_PARTICIPLE = re.compile(
    r"(?:(?:largely|mainly|partly|mostly)\s+)?(?:led|helped|driven|boosted|fuell?ed|fueled|"
    r"hit|hurt|weighed|dragged|pushed|pulled|supported|offset|underpinned|lifted|buoyed|"
    r"spurred|propelled|held back|dented)(?:\s+(?:down|up|back|higher|lower))?\s+by\b"
)
"""A participle that gives the cause of the clause's event: "grew 22 per cent to 41,300 units,
led by shipments to South Africa" (the exports were led by them, not the units)."""


def _adjuncts(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Take relative clauses, appositives and participle phrases out of a clause.

    Returns:
        The clause without them, and side claims with their offset in `text`.
    """
    share = _SHARE_OF_WHOM.search(text) if " of whom " in text else None
    if share is not None:
        # "Customers, many of whom are pensioners, described losing their savings": the
        # customers described it; many of them are pensioners
        antecedent = _np_before(text, share.start())
        end = share.end()
        while (
            text[end - 1 : end] == ","
            and not _predicate_follows(text, end)
            and (next_comma := text.find(",", end)) > 0
        ):
            # "half of whom are migrants from Romania, Poland and Bulgaria, went on strike":
            # the relative runs over its list to the comma its predicate follows
            end = next_comma + 1
        if _PEOPLE_NP.fullmatch(antecedent) and (
            antecedent.split()[-1].islower()
            or text.startswith(antecedent + ",")
            # "many Swedes, most of whom": a people after a quantifier, not a name
            or (
                len(antecedent.split()) > 1
                and antecedent.split()[-2].lower() in _DET | {"many", "most", "some", "several"}
            )
        ):
            group = re.sub(r"^(?:many|most|some|several)\s+", "", _mid_sentence(antecedent))
            # "at least three informants, one of whom": one of the informants
            group = _COUNT_BEFORE_GROUP.sub("", group)
            if text.startswith(group) and " " not in group:
                group = group.lower()  # "Customers, many of whom": the customers
            group = (
                group if group.lower().startswith(("the ", "its ", "their ")) else f"the {group}"
            )
            rest = text[share.start("rest") : end].rstrip(" ,")
            said = f"{share.group('q').capitalize()} of {group} {rest.strip()}"
            main, sides = _adjuncts(f"{text[: share.start()]} {text[end:].lstrip()}".strip())
            return main, [(said, share.start()), *sides]
    side: list[tuple[str, int]] = []
    main_parts: list[str] = []
    pos = 0
    court = _aged_people(text) if ", and " in text and text[:1].isupper() else None
    if court is not None and (len(court[0]) > 2 or ", of " in text):
        # "Daniel Price, 24, of Holloway Road, Handsworth, Kieran Walsh, 31, and Marcus Obi,
        # 19, were remanded": each with their age and home
        people, vp = court
        shared = _agree_singular(vp)
        lead, *others = people
        return f"{lead[0]}, {shared}", [(f"{who}, {shared}", at) for who, at in others]
    pair = _AGED_PAIR.match(text) if ", and " in text else None
    if pair:
        # "Kieran Doyle, 31, and Mohammed Rashid, 29, were convicted": each with their age
        predicate = _agree_singular(pair.group("vp"))
        b = pair.group("b")
        if b.startswith(("his ", "her ")) and pair.group("a") not in ("He", "She", "They"):
            # "Smith, 45, and his wife, 42": the first one's
            b = f"{_possessive(pair.group('a'), _apostrophe_of(text))} {b.split(' ', 1)[1]}"
        second = f"{b}, {pair.group('age_b')}, {predicate}"
        opening = text[: pair.start("a")]
        if opening.endswith("that "):
            second = opening + second  # "The court heard that Jones, 29, had stolen ..."
        sides = [(second, pair.start("b"))]
        if pair.group("shared"):
            # "..., both from Leeds,": what they share, a claim of its own
            both = f"{pair.group('a')} and {pair.group('b')} are {pair.group('shared')}"
            sides.append((both, pair.start("shared")))
        first = f"{pair.group('a')}, {pair.group('age_a')}, {predicate}"
        return (opening + first if opening.endswith("that ") else first), sides
    named = _NAMED_APPOSITIVE.match(text)
    if named and not _is_time(named.group("name")) and _predicate_follows(text, named.end()):
        # "The company, Lonestar Regional Health, operates 14 hospitals": the name is the
        # subject (the verb finder may not know "operates")
        text = f"{named.group('name')} {text[named.end() :]}"
    # only a separating comma opens a phrase to take out: without one, the loop below stops at
    # once and the subject is not needed
    subject, verb_at = _subject_of(text) if _next_comma(text, 0) >= 0 else ("", -1)
    n = len(text)
    i = 0
    last_antecedent = ""
    last_past = False
    last_state = False
    last_rel = (-1, -1)
    """Where the last relative clause taken out starts (its comma) and ends."""
    predicate_comma = -1
    while True:
        comma = _next_comma(text, i)
        if comma < 0:
            break
        if comma == predicate_comma:
            i = comma + 1  # closes a phrase inside the subject: the predicate follows
            continue
        after = text[comma + 1 :].lstrip()
        after_at = n - len(after)
        aged = False
        aside = False
        subject_aside = False
        embedded_subject = False
        # The adjunct runs to the next comma (or the end), past a region after its city
        # ("which is headquartered in Austin, Texas, employed ...").
        nxt = _next_comma(text, after_at)
        if nxt > 0:
            region = _REGION_AFTER.match(text, nxt)
            if region and region.group(1).lower() in _PLACES:
                nxt = region.end() - 1
            elif _REL.match(after) and (names := _NAMES_LIST_TAIL.match(text, nxt)):
                # "which followed 18,402 people in Britain, Denmark and Australia for ...,":
                # the clause runs past its list of names
                nxt = _next_comma(text, names.end())
            elif _REL.match(after) and (nouns := _NOUNS_LIST_TAIL.match(text, nxt)):
                # "The company, which makes pumps, valves and robots, expects ...": past its
                # list of things, to the comma that closes it
                nxt = nouns.end()
        end = n if nxt < 0 else nxt
        segment = text[after_at:end].strip().rstrip(".")
        handled = False
        keep_in_main = False  # a relative left in the claim (below)
        if (
            _EXAMPLES.match(after)
            and not _COUNTED_PART.match(after)
            # "won the U.S. Open twice, including last September": one of the times, a date
            # the claim keeps
            and not _TIME_EXAMPLE.match(after)
            # "pulled three people from the mud, including a seven-year-old girl": who one of
            # those counted was, a fact that stays in the claim
            and not (
                _ONE_MEMBER.match(after)
                and 0 <= verb_at < comma
                and _COUNT_IN.search(text, verb_at, comma) is not None
            )
            # "agreed on 14 of the 22 chapters, including rules on customs, digital trade and
            # procurement": which ones were agreed, a fact the claim keeps (at its end)
            and not (
                after.startswith("including ")
                and 0 <= verb_at < comma
                and _COUNTED_OBJECT.search(text, verb_at, comma) is not None
            )
        ):
            # ", such as Jupiter and Saturn," only illustrates: leave it out of the claim;
            # ", including 1.4 million children" counts: it stays.
            handled = True
            aside = True
            if verb_at < 0 and "," not in text[:comma] and not _FRONTED_PP.match(text):
                # a verb the verb finder does not know ("The planets, including Jupiter,
                # orbit the sun"): inside the subject when a predicate follows the list
                listed_end = _examples_end(text, end)
                subject_aside = (
                    text[listed_end : listed_end + 1] == ","
                    and _predicate_follows(text, listed_end + 1, True)
                    # "agonists, including exendin-4, and the modulator, compound 2": a noun
                    # before a number or a plural ("lower doses") is no verb
                    and not _NOUN_THEN_NOUN.match(text, listed_end + 1)
                )
            else:
                subject_aside = comma < verb_at
            if subject_aside or _HAS_DIGIT.search(text, max(0, comma - 60), comma):
                # examples inside the subject, or of a measured whole ("180 million tonnes
                # of cargo, including coal, chemicals and fuel": no item carries the
                # figure): the list runs to its "and" item ("Six companies, including
                # Alphabet, Apple and Microsoft, have been ...")
                end = _examples_end(text, end)
            if subject_aside and after.startswith("including "):
                # "Several authorities, including Birmingham and Woking, have issued ...":
                # each named member did what the group did
                side.extend((claim, after_at) for claim in _members_did(text, after_at, end))
            if (
                not 0 <= verb_at < comma  # inside the subject: its predicate follows
                and text[end : end + 1] == ","
                and (example_rel := _WHICH_IS_AFTER.match(text, end))
            ):
                # ", including Cerro Verde, which is operated by Freeport,": the relative
                # is about the last example, and goes with the aside
                item = text[text.rfind(",", 0, end) + 1 : end].strip()
                item = re.sub(r"^(?:including|such as|like|notably|especially)\s+", "", item)
                if item and " and " not in item and " or " not in item:
                    side.append((f"{item} {example_rel.group(1)}", end))
                    end = example_rel.end()
        elif (
            after.startswith("when ")
            and nxt < 0
            and 0 <= verb_at < comma
            and (when_time := _YEAR_BEFORE_COMMA.search(text, 0, comma)) is not None
            and _main_verb(" " + after[5:85]) > 0
            and after[5:6].islower()
            and after.split()[1].lower() not in _PRONOUN_WORDS
        ):
            # "the largest since July 2022, when a blaze destroyed 1,000 hectares": what
            # happened then is a claim of its own, dated
            side.append((f"In {when_time.group(1)}, {segment[5:]}", comma))
            handled = True
        elif _REL.match(after):
            antecedent = _np_before(text, comma)
            antecedent = _whole_name(text, antecedent, comma)
            share_of = (
                _SHARE_OF_BEFORE.search(text, 0, comma - len(antecedent)) if antecedent else None
            )
            if share_of is not None:
                # "Most of the survivors, who were from Sudan": most of them, not all
                antecedent = share_of.group(0) + antecedent
            pair_in = (
                _PAIR_IN_PHRASE.search(
                    text, max(0, comma - len(antecedent) - 90), comma - len(antecedent)
                )
                if (
                    antecedent[:1].islower()
                    and antecedent.split()[0] not in _DET  # "cats and the internet, which"
                    and _SINGULAR_WHICH.match(after)
                )
                else None
            )
            if pair_in is not None:
                # "a question on religion and ethnicity, which was dropped": the question
                antecedent = f"the {pair_in.group('np')} {pair_in.group('rest')}{antecedent}"
            to_at = comma - len(antecedent) - 4
            rel_words = after.split(None, 1)[1] if " " in after else ""
            planned = _PLANNED_ACT.search(text, max(0, comma - 90), comma)
            asked_for = planned is not None and planned.group("asked") is not None
            if (
                planned is not None
                and _EFFECT_OF_PLAN.match(after)
                # "asked the company to cancel the project, which would cost $10 billion":
                # the project's cost; "urged it to ban smoking in cars, which would save 500
                # lives": the ban's effect
                and not (asked_for and re.match(r"which\s+(?:would|could|will)\s+cost\b", after))
            ):
                # "The city plans to hire 500 coaches, which would cost $45 million": the
                # hiring would, not the coaches or the city's plans
                antecedent = f"{_gerund(planned.group('verb')).capitalize()}{planned.group('rest')}"
            elif planned is not None and not _PREP_INSIDE.search(planned.group("rest")):
                # "plans to plant trees, which would take ten years to grow": the trees, the
                # planned act's object (not "The city plans to plant trees would ...")
                antecedent = re.sub(r"^an? ", "the ", planned.group("rest").strip())
            elif (
                antecedent
                and to_at > 0
                and text[to_at : comma - len(antecedent)] == " to "
                # "an offensive to retake Bakhmut, which Russia captured": Bakhmut
                and not _OBJECT_REL.match(rel_words)
                and not _BARE_PLURAL_SUBJECT.match(rel_words)
                # "to assess capacity": a verb; not "sold its stake to Comcast", "to a consortium"
                and antecedent[:1].islower()
                and antecedent.split()[0] not in _DET
            ):
                # "a mechanism to assess capacity, which will be used": the mechanism
                head = _np_before(text, to_at)
                if head and head.split()[0].lower() in ("a", "an", "the", "its", "their"):
                    antecedent = re.sub(r"^an? ", "the ", f"{head} to {antecedent}")
            if not antecedent and text[comma - 1 : comma] == ")":
                # "The Socialist Party (PS), which ...": the name before its acronym
                bracket = text.rfind(" (", 0, comma)
                if bracket > 0 and ")" not in text[bracket : comma - 1]:
                    antecedent = _whole_name(text, _np_before(text, bracket), bracket)
            if (
                antecedent
                and not _plural_phrase(antecedent)
                and (
                    _plural_relative(after)
                    # "Britain, France and Germany, which signed the deal, said": a list of
                    # names that opens the sentence is its subject, all of it
                    or (
                        after.startswith(("which", "who"))
                        and not _SINGULAR_REL.match(after)  # "..., and Nvidia, which is"
                        and _OPENING_NAME_LIST.fullmatch(text, 0, comma) is not None
                        and text.split(None, 1)[0].lower() not in _PREP
                    )
                )
            ):
                # "Kazakhstan and Iraq, which have exceeded their quotas": both of them
                items = [antecedent]
                before = text[: comma - len(antecedent)].rstrip()
                if before.endswith(" and"):
                    joint = " and "
                    before = before[:-4].rstrip()
                    while len(items) < 6:
                        item = _np_before(text, len(before))
                        if not item or " " in item.strip() and len(item.split()) > 4:
                            break
                        words = item.split()
                        if any(w[:1].isupper() for w in words[1:]) and any(
                            w[:1].islower() and w not in ("the", "of", "de") for w in words
                        ):
                            items = [antecedent]  # "The report cites Russia and China, which"
                            break
                        items.insert(0, item)
                        before = text[: len(before) - len(item)].rstrip()
                        if not before.endswith(","):
                            break
                        before = before[:-1].rstrip()
                    if len(items) > 1 and not any(
                        _is_time(item) or _BARE_FIGURE.fullmatch(item) for item in items
                    ):
                        antecedent = ", ".join(items[:-1]) + joint + items[-1]
            elif antecedent and (
                head_share := _SHARED_HEAD_BEFORE.search(text, 0, comma - len(antecedent))
            ):
                # "Oil and gas stocks, which fell 2%": one phrase, its head shared
                if (
                    _plural_phrase(antecedent)
                    and antecedent.split()[0].lower() not in _DET | _POSSESSIVES
                    and (not head_share.group(1) or head_share.group(1).lower() in _DET - {"that"})
                ):
                    antecedent = f"{head_share.group(2)} and {antecedent}"
            age = _aged_name(text, comma) if antecedent.isdigit() or "-" in antecedent else None
            if age:
                # "Marcus Hale, 46, who worked at ...": the clause is about Hale, and the main
                # claim keeps the age between its commas
                antecedent = age.group(1)
                aged = True
            kin_pair = (
                _KIN_PAIR_BEFORE.search(
                    text, max(0, comma - len(antecedent) - 40), comma - len(antecedent)
                )
                if after.startswith("who") and _PLURAL_WHO.match(after) and " " not in antecedent
                else None
            )
            if kin_pair is not None:
                # "Her mother and brother, who were in the same flat": both of them
                antecedent = f"{kin_pair.group(1)} and {antecedent}"
            aged_group = (
                _AGED_GROUP_BEFORE.search(text, max(0, comma - 100), comma)
                if after.startswith("who") and text[comma - 1 : comma].isdigit()
                else None
            )
            if aged_group is not None:
                # "arrested two men, aged 24 and 31, who were later charged": the men
                antecedent = aged_group.group(1)
            if after.startswith("who") and (
                role := _ROLE_OF_BEFORE.search(text, 0, comma - len(antecedent))
            ):
                # "The head of the agency, who resigned": the head
                antecedent = f"{role.group('np')} of {antecedent}"
                antecedent = (
                    antecedent[0].upper() + antecedent[1:] if role.start() == 0 else antecedent
                )
            elif (
                after.startswith("who")
                and not antecedent[:1].isupper()
                and (people_with := _PEOPLE_WITH_BEFORE.search(text, 0, comma - len(antecedent)))
                # not "victims of the gunman, who killed 18", "children of the soldier, who was
                # killed": the one person after "of"
                and not _SINGULAR_WHO.match(after)
                and (
                    _PLURAL_WHO.match(after) is not None
                    or not (
                        people_with.group("prep") == "of"
                        and antecedent.split()[-1].lower() in _ONE_PERSON_NOUNS
                    )
                )
            ):
                # "in patients with chronic kidney disease, who were excluded": the patients
                antecedent = f"{people_with.group('np')} {people_with.group('prep')} {antecedent}"
            elif (
                after.startswith("which")
                and (event := _EVENT_IN_BEFORE.search(text, 0, comma - len(antecedent)))
                and (
                    # "the collapse of the mine in Soma, which is in western Turkey": the place's;
                    # the event of a thing only when the clause says what it did
                    " of " not in event.group("np") or _EVENT_TOLL.match(after, 6)
                )
            ):
                # "floods in Spain, which killed 224 people": the floods
                antecedent = f"{event.group('np')} {event.group('prep')} {antecedent}"
                antecedent = re.sub(r"^an? ", "the ", antecedent)
            listed_before = (
                _ITEMS_BEFORE_LAST.search(
                    text, max(0, comma - len(antecedent) - 100), comma - len(antecedent)
                )
                if antecedent and _plural_relative(after)
                else None
            )
            if listed_before is not None and _main_verb(" " + listed_before.group(1)) < 0:
                # "Seniors, students and children under 13, who make up 30% of riders": all of
                # them, not the last
                antecedent = listed_before.group(1) + antecedent
            if (
                after.startswith("who")
                and " and " not in antecedent  # "John Smith and Mary Jones, who run": both
                and (tail := _TRAILING_NAME.search(antecedent))
            ):
                antecedent = tail.group(1)  # "Alcaraz faces Taylor Fritz, who ...": Fritz
            if after.startswith(("who", "which")) and antecedent.startswith(("a ", "an ")):
                named = _CITY_COMMA_BEFORE.search(text, 0, comma - len(antecedent))
                if named and (entity_type(canonical_entity(named.group(1))) == "person") == (
                    after.startswith("who")
                ):
                    # "married Thomas Hart, a geologist, who died in 2012": Hart died
                    antecedent = named.group(1)
            if after.startswith("which") and any(w[:1].isupper() for w in antecedent.split()):
                held = _HELD_IN.search(text, 0, comma - len(antecedent))
                if held and _EITHER_SUPERLATIVE.match(after, 6):
                    # "The office in Dublin, which is the largest in Europe": the office or the
                    # city, either may be meant; no claim of it
                    antecedent = ""
                elif held and _ORG_PREDICATE.match(after, 6):
                    # "job cuts at its head office in Leeds, which employs about 600 people":
                    # the office employs them, not Leeds
                    city = held.group("city") or ""
                    antecedent = f"{held.group('np')} {held.group('prep')} {city}{antecedent}"
                    antecedent = re.sub(
                        r"^(?:its|their|his|her|an?)\s", "the ", antecedent, flags=re.IGNORECASE
                    )
                elif (
                    (by_whom := _THING_BY_BEFORE.fullmatch(text, 0, comma - len(antecedent)))
                    is not None
                    and (named := _NAME_AT_END.search(antecedent)) is not None
                    and entity_type(canonical_entity(named.group(0))) == "person"
                ):
                    # "A review led by retired judge Brian Hollis, which was published in
                    # July": the review was published, not the judge
                    antecedent = re.sub(r"^(?:[Aa]n?|The)\s", "the ", by_whom.group("np"))
            if (
                after.startswith("which")
                and _BARE_FIGURE.fullmatch(antecedent)
                and not _is_time(antecedent)
            ):
                antecedent = ""  # "measuring 5.5, which triggered landslides": not the figure
            elif after.startswith("which") and antecedent[:1] in ("t", "T", "a", "A"):
                pair_of = _BETWEEN_BEFORE.search(text, 0, comma - len(antecedent))
                if (
                    pair_of is not None
                    and text.startswith(" of ", pair_of.end("np"))
                    and not _DEAL_REL.match(after)
                ):
                    pair_of = (
                        None  # "the merger of Sprint and T-Mobile, which is owned by": T-Mobile
                    )
                if pair_of is not None:
                    # "the war between the army and the RSF, which broke out in 2023": the war
                    antecedent = re.sub(r"^(?:[Aa]n?|The) ", "the ", pair_of.group("np"))
            if (
                after.startswith("which")
                and antecedent.endswith("ed")
                and " " not in antecedent
                and antecedent.islower()
            ):
                # "once the evidence is reviewed, which lawyers said could take weeks": the
                # event, no noun
                antecedent = ""
            if after.startswith("which") and antecedent and _is_time(antecedent):
                # "at a meeting on Wednesday, which ran for four hours": the meeting ran
                before_time = text[: comma - len(antecedent)].rstrip()
                prep = before_time.rsplit(" ", 1)[-1].lower()
                if prep in ("on", "in", "during", "since", "until", "by", "last", "this"):
                    antecedent = _np_before(text, len(before_time[: -len(prep)].rstrip()))
                    antecedent = re.sub(r"^an? ", "the ", antecedent)  # that one meeting
                    if _CLAUSE_WORDS.intersection(antecedent.lower().split()):
                        # "changed how it records assaults in January 2022, which may
                        # account for ...": the whole event, no noun phrase
                        antecedent = ""
            if (
                _EVENT_WHICH.match(after)
                and _COUNTED_NP.fullmatch(antecedent)
                and not _is_time(antecedent)
            ):
                # "The company hired 300 staff, which cost £2m": the hiring, not the staff
                antecedent = ""
            if (
                antecedent
                and _EFFECT_WHICH.match(after)
                and (
                    _PREP_END.search(text, 0, comma - len(antecedent))
                    # "produced the enzymes using E. coli, which makes it possible"
                    or _MEANS_INSIDE.search(antecedent)
                )
                # "pressure on the Bank of England, which cut interest rates": a body acts
                # (its own act after "on"/"for"/"to", not a thing's effect after "from")
                and not (
                    antecedent.split()[-1][:1].isupper()
                    and _BODY_ACT_WHICH.match(after)
                    and text[: comma - len(antecedent)].rstrip().rsplit(" ", 1)[-1].lower()
                    in ("on", "for", "to", "against", "with", "at", "by")
                    and entity_type(canonical_entity(re.sub(r"^the\s+", "", antecedent)))
                    in ("org", "person")
                )
            ):
                # "threatened tariffs on some European goods, which could hurt Sweden's
                # economy": an effect of the act (or of the tariffs), not of the goods
                antecedent = ""
            if antecedent and _SINGULAR_WHICH.match(after) and _plural_word(antecedent.split()[-1]):
                # "the build-up of calcium in brain cells, which has been linked to ...": not
                # the cells (the verb says one thing); which one, the words do not say
                antecedent = ""
            if (
                after.startswith("which")
                and _PERIOD_ANTECEDENT.fullmatch(antecedent)
                and not _ABOUT_A_PERIOD.match(after)
            ):
                # "a loss of 85.9 million pounds for the season, which was driven by wages",
                # "a notice this year, which would declare it bankrupt": not the season or the
                # year (whose own relative says what the period was: "which saw record sales")
                antecedent = ""
            place = antecedent
            place_end = comma
            if after.startswith("where") and place and _is_time(place):
                # "moved to Lyon in 1998, where he founded ...": the place comes before the time
                before = text[: comma - len(place)].rstrip()
                prep = before.rsplit(" ", 1)[-1].lower()
                if prep in ("in", "on", "during", "since", "until", "by"):
                    place_end = len(before[: -len(prep)].rstrip())
                    place = _np_before(text, place_end)
            head_word = antecedent.split()[0] if antecedent.split() else ""
            last_word = antecedent.split()[-1].lower() if antecedent.split() else ""
            if (
                antecedent
                and not head_word[:1].isupper()
                and head_word.lower() not in _DET
                and len(antecedent.split()) == 1
                and (
                    # "a question on sexual orientation and gender, which": a noun after "and"
                    (
                        last_word.endswith(("er", "ly"))
                        and _prev_word(text, comma - len(antecedent)) not in _NOUN_BEFORE_WORDS
                    )
                    # "except for 1q+, which was found": the thing named after a preposition
                    or (
                        last_word[:1].isdigit()
                        and _prev_word(text, comma - len(antecedent))
                        not in ("for", "of", "on", "in", "with", "about")
                    )
                )
                and subject
                and subject.lower() not in ("there", "it", "this", "that")
                and verb_at >= 0
                and comma > verb_at
            ):
                antecedent = subject  # ", which" after an adjective or a number: the subject
            rel = re.sub(r"^(?:which|whom|who|where)\s+", "", segment)
            # A relative clause inside the subject ends at the next comma; one after the main
            # verb runs to the end of the clause unless a participle phrase follows.
            if (
                verb_at < 0
                and nxt > 0
                and not text[:comma].strip().count(" ") > 5
                and _predicate_follows(text, nxt + 1, _plural_phrase(antecedent))
            ):
                # "The park, which attracts 1.8 million visitors, covers ...": the verb finder
                # knew neither verb; the predicate follows the closing comma
                verb_at = _word_after(text, nxt)
            elif (
                0 <= verb_at < comma
                and nxt > 0
                and "," not in text[verb_at:comma]
                and _PARTICIPLE_THEN_PLACE.match(text, verb_at)
                and _predicate_follows(text, nxt + 1, _plural_phrase(subject))
            ):
                # "Walls built around the plant, which supplies hot water, appeared to be
                # holding": "built" opens a reduced relative; the predicate follows the comma
                verb_at = _word_after(text, nxt)
            that_subject = (
                0 <= verb_at < comma
                and nxt > 0
                and bool(antecedent)
                and (
                    text[: comma - len(antecedent)].rstrip().endswith(_EMBEDDING_WORDS)
                    # "said the engineers, who were unhurt, would return home": a report
                    # without "that", its subject's predicate after the relative
                    or (
                        text[: comma - len(antecedent)].rstrip().endswith(_SAID_WORDS)
                        and _MODAL_OR_AUX_NEXT.match(text, nxt + 1) is not None
                    )
                )
                and _predicate_follows(text, nxt + 1, _plural_phrase(antecedent))
            )
            if that_subject:
                # "arguing that Almond, who has no previous convictions, had repaid ...": the
                # clause closes inside the subject of the embedded clause, whose predicate follows
                embedded_subject = True
            elif verb_at < 0 or comma > verb_at:
                tail_end = n
                # ", which owns a 4.5% stake, to boost margins": the purpose is not the clause's
                ing = re.search(r",\s+(?:\w+ing|with|to\s+[a-z]+)\b", text[after_at:])
                if ing:
                    tail_end = after_at + ing.start()
                next_object = _AND_NAMED_RELATIVE.search(text, after_at, tail_end)
                if next_object is not None:
                    # "met the Greens, who won 9 seats, and the Liberals, who won 14": the
                    # first relative ends where the next object and its own relative start
                    tail_end = next_object.start()
                if (
                    0 < nxt < tail_end
                    and _ADJUNCT_AFTER.fullmatch(text, nxt + 1)
                    and _STATE_RELATIVE.match(
                        re.sub(r"^(?:which|whom|who)\s+", "", text[after_at:nxt].strip())
                    )
                ):
                    # "arrested the driver, who was 54, on Saturday": the day is the arrest's
                    # (a state has none; not "which previously hosted the final, in 1992")
                    tail_end = nxt
                and_main = _AND_VERB_AFTER.match(text, nxt) if 0 < nxt < tail_end else None
                if (
                    and_main is not None
                    and verb_at > 0
                    and (form := _verb_form(text[verb_at:].split(None, 1)[0]))
                    and _verb_form(and_main.group(1)) == form
                    and _verb_form(segment.split()[1] if len(segment.split()) > 1 else "") != form
                ):
                    # "gives Acme a stake in the mine, which opened in 2019, and adds 300
                    # jobs": a verb in the main verb's form, not the relative's, goes on
                    # with the main clause; the relative closes at its comma
                    tail_end = nxt
                if 0 < nxt < tail_end and _AND_PREP_AFTER.match(text, nxt):
                    # "funded by Gavi, which has pledged $18 million, and by UNICEF": the
                    # main clause's second agent; the relative closes at its comma
                    tail_end = nxt
                end = tail_end
                segment = text[after_at:end].strip().rstrip(".")
                rel = re.sub(r"^(?:which|whom|who|where)\s+", "", segment)
            # "Rhodes and Corfu, where ...": both places
            pair = _NAME_AND_BEFORE.search(text, 0, place_end - len(place)) if place else None
            listed = False
            if pair and place[:1].isupper():
                place = f"{pair.group(1)} and {place}"
                # "Texas, Oklahoma and Kansas, where ...": which of them is not said
                listed = text[: pair.start()].rstrip().endswith(",")
            comma_place = (
                _CITY_COMMA_BEFORE.search(text, 0, place_end - len(place))
                if place and pair is None
                else None
            )
            if comma_place and place[:1].isupper():
                place = f"{comma_place.group(1)}, {place}"  # "Los Angeles, California, where"
            if (
                place
                and not listed
                and after.startswith("where")
                and _where_claim(text, place_end, place, rel)
            ):
                # "hit Porto, where the airport cancelled 85 flights": a fact about the place;
                # "Carter returned to Georgia, where he ...": he is the sentence's subject
                if rel.startswith(("he ", "she ")):
                    he_is = _mid_sentence(subject)
                    by_name = bool(_NAMED_SUBJECT.fullmatch(subject))
                    low_subject = subject.lower()
                    by_name = (
                        by_name
                        and low_subject not in _PRONOUN_SUBJ
                        and low_subject not in _PRONOUN_WORDS
                    )
                    # a person ("Carter", "Pierre Martin"), not "Reuters" or "Police"
                    by_name = by_name and (
                        entity_type(canonical_entity(subject)) == "person"
                        or gender(subject) is not None
                        or _is_surname_only(subject)
                    )
                    rel = he_is + rel[rel.index(" ") :] if by_name else ""
                elif rel.startswith("it "):
                    # "The phone will go on sale in Britain, where it will cost 1,399 pounds"
                    thing = (
                        subject
                        and subject.lower() not in _PRONOUN_SUBJ
                        and not _plural_phrase(subject)
                        and entity_type(canonical_entity(subject)) != "person"
                        and gender(subject) is None
                    )
                    the_thing = _mid_sentence(subject)
                    rel = the_thing + rel[2:] if thing else ""
                if rel:
                    side.append((f"In {place}, {rel}", comma))
                rel = ""
            elif (
                antecedent
                and after.startswith("whose ")
                and (
                    _NAMED_ANTECEDENT.fullmatch(antecedent) or antecedent.lower().startswith("the ")
                )
                and _WHOSE_FACT.match(rel)
            ):
                # "Mercer, whose lawyer said he had been paid ...", "The firm, whose shares fell
                # 5%,": what is theirs, a claim of its own
                side.append((f"{_possessive(antecedent, _apostrophe_of(text))} {rel[6:]}", comma))
                rel = ""
            elif antecedent and after.startswith(("whose", "where")):
                rel = ""  # ", where its fate is uncertain": no standalone claim to make
            if (
                antecedent
                and rel
                and after.startswith("which")
                and _CONSEQUENCE.match(rel)
                and _ENDS_WITH_PHRASE.search(text, 0, comma)
            ):
                # "Prices rose 5% in France, which hurt consumers": the rise hurt them, not
                # France; the clause is about the whole event, no claim of its own
                # ("which meant supermarkets could no longer sell the fish": a consequence
                # with a clause of its own stays in the claim)
                keep_in_main = _MEANT_CLAUSE.match(rel) is not None and nxt < 0
                rel = ""
            if (
                antecedent
                and rel
                and after.startswith("which")
                and _SHARE_FIGURE.fullmatch(antecedent)
                # ("which is more than the army receives": a comparison of the figure, kept)
                and not rel.startswith(("is ", "was ", "are ", "were "))
            ):
                # "cut output by a third, which left growers short of cash": the cut did, not
                # "a third"
                rel = ""
            if (
                antecedent
                and rel
                and after.startswith("which")
                and _TAKES_TIME.match(rel)
                # who or what acts, not an act ("repairs, which could take two years")
                and (
                    (
                        antecedent[:1].isupper()
                        and not antecedent.split()[0].endswith("ing")
                        # "The inquiry, which could take ...": a sentence's first "The"
                        and antecedent.split()[0].lower() not in _DET
                    )
                    or antecedent.split()[-1].lower() in _AGENT_HEADS
                )
            ):
                # "need approval from member states, which could take months": the approval
                # would, not the states; no claim of its own
                rel = ""
            if (
                antecedent
                and rel
                and (
                    (
                        after.startswith("which")
                        and (_OBJECT_REL.match(rel) or _BARE_PLURAL_SUBJECT.match(rel))
                    )
                    # "two men, who survivors identified as the captain": the men are named
                    or (after.startswith(("who ", "whom ")) and _WHO_OBJECT_REL.match(rel))
                )
                and not _REPORTED_REL.fullmatch(rel)  # "which the WMO says are the highest"
            ):
                # ", which the company designed for China": the antecedent is the object;
                # after a preposition ("the village of X, which Ukraine denied") it is the
                # whole claim the clause is about: no claim of its own
                held = (
                    _HELD_IN.search(text, 0, comma - len(antecedent))
                    if antecedent[:1].isupper()
                    else None
                )
                if _object_slot(text, comma - len(antecedent), comma):
                    the = _mid_sentence(antecedent)
                    side.extend((t, comma) for t in _object_relative(the, rel, subject))
                elif held is not None:
                    # "Jobs could go at a depot in Wakefield, which both firms use": the depot
                    np = re.sub(r"^(?:its|their|his|her|an?)\s", "the ", held.group("np"))
                    the = f"{np} {held.group('prep')} {held.group('city') or ''}{antecedent}"
                    side.extend((t, comma) for t in _object_relative(the, rel, subject))
                rel = ""
            if (
                antecedent
                and rel
                and after.startswith("which")
                and _ALONG_WITH_BEFORE.search(
                    text, max(0, comma - len(antecedent) - 80), comma - len(antecedent)
                )
            ):
                # "shipped 5 million doses, along with syringes and safety boxes, which
                # arrived on Friday": the whole shipment arrived, not the boxes alone
                rel = ""
            if rel and _ELLIPTICAL_END.search(rel):
                # "whether the vaccine prevents infection, which earlier trials suggested it
                # might": the verb left out is the hedged claim; none to make of it alone
                rel = ""
            reported = _REPORTED_REL.fullmatch(rel) if antecedent and rel else None
            pronoun_reporter = (
                reported is not None and reported.group("who").lower() in _PRONOUN_WORDS
            )
            if (
                reported is not None
                and pronoun_reporter
                and (not subject or subject.split()[0].lower() in _PRONOUN_WORDS | {"i", "we"})
            ):
                # "Ukraine's army said it had repelled an attack, which it said involved 30
                # tanks": inside a report, the reporter's own words again
                rel = reported.group("rest")
                reported = None
            # "Finance Minister Nicola Willis welcomed the move, which she said ...": the
            # person the subject ends with, without the title
            reporter = (
                _titled_person(subject) if reported is not None and pronoun_reporter else subject
            )
            if (
                reported is not None
                and pronoun_reporter
                and not (
                    _LONE_PERSON.fullmatch(reporter)
                    and (
                        gender(reporter) == ("f" if reported.group("who").lower() == "she" else "m")
                        # "Nicola" is a man's name in Italy, a woman's elsewhere
                        or (gender(reporter) is None and " " in reporter)
                    )
                    and reporter.lower() not in _PLURAL_NOUNS
                    and not reporter.endswith(("ers", "ors", "ists", "ants", "ents", "ians"))
                    and entity_type(canonical_entity(reporter)) not in ("org", "place")
                    and "’s" not in antecedent
                    and "'s" not in antecedent
                    and not _NAME_INSIDE.search(text, len(subject), comma - len(antecedent))
                )
            ):
                pronoun_reporter = False  # "Police arrested the man, who she said ...": she
            if (
                pronoun_reporter
                and reported is not None
                and reported.group("who").lower() == "it"
                # (inside a report, "the deal helps cleaners, who it claims ...": the reporter's
                # own words again, read as before)
                and subject[:1].isupper()
                and _PLAIN_BODY_SUBJECT.fullmatch(subject) is None
            ):
                pronoun_reporter = False  # "Last year the regulator fined ..., which it argues"
            if reported:
                # "The fire, which officials suspect was arson": officials suspect the fire was
                # arson; "Rashid, who prosecutors say drove the van": prosecutors say so;
                # "Smith defended the policy, which he said had cut crime": Smith said so
                about = _mid_sentence(antecedent)
                who = reporter if pronoun_reporter else reported.group("who")
                if (
                    who.lower() == "it"
                    and subject
                    and subject.lower() not in _PRONOUN_WORDS
                    # a plain name or "the <noun>" (not "Last year the regulator", nor a subject
                    # that runs into its verb)
                    and _PLAIN_BODY_SUBJECT.fullmatch(subject) is not None
                    and not _plural_phrase(subject)
                    and entity_type(canonical_entity(subject)) != "person"
                    and gender(subject) is None
                ):
                    # "The company wants to suspend the strike, which it argues is harming
                    # farmers": the company argues so
                    who = subject
                if not (
                    who.lower() == "it" and subject[:1].isupper()
                ):  # an "it" that the sentence's own subject does not name: no claim to make
                    said = f"{who[:1].upper()}{who[1:]} {reported.group('verb')} {about} "
                    side.append((said + reported.group("rest"), comma))
                rel = ""
            if antecedent and rel:
                for each_rel in (
                    # (not "who had reported the man who attacked her and who was arrested": the
                    # second "who" may be the inner relative's)
                    _AND_WHO.split(rel) if not _INNER_RELATIVE.search(rel) else [rel]
                ):
                    # "Rui Fontes, who commanded the match and who later retired,": two acts
                    side.append((f"{antecedent} {each_rel}", comma))
                last_antecedent = antecedent
                last_past = _is_past(rel, 0)
                last_state = _STATE_RELATIVE.match(rel) is not None
                last_rel = (comma, end)
            handled = not keep_in_main
        elif (
            _PARTICIPLE_ING.match(after)
            # "nausea, vomiting and diarrhea", "clothing, bedding and furniture": a noun in a
            # list, not a participle phrase
            and not _ING_LIST_ITEM.match(after)
            # "The company wants a pay freeze, operating changes and fewer managers": a list of
            # things wanted, one of them an "-ing" noun phrase
            and not (
                0 < verb_at < comma
                and _WANTS.match(text, verb_at)
                and _ING_NOUN_LIST_END.fullmatch(after)
                # "called for an inquiry, citing failures and delays": the speaker's reasons
                and after.split(None, 1)[0].lower() not in _SPEECH_ING_WORDS
                and after.split(None, 1)[0].lower()
                not in ("blaming", "accusing", "urging", "calling", "arguing", "demanding")
            )
            and comma > max(verb_at, 0)
            and verb_at > 0
            # "was likely to lower rates, taking the rate to 2.75%": the consequence of a
            # hedged event is hedged too; it stays in the claim
            and not _HEDGED.search(text, verb_at, comma)
            # "Her coach, X, an Italian who ..., said she had prepared for 14 weeks, running
            # 200 km a week": the reported subject's, for the report to split
            and not (
                text[verb_at - 2 : verb_at] == ", "
                and _SAID_CLAUSE.match(text, verb_at, comma) is not None
            )
        ):
            verb = _PARTICIPLE_ING.match(after).group(1)  # type: ignore[union-attr]
            if verb.lower() not in (
                "including",
                "according",
                "meaning",  # ", meaning they should be ready to leave": what the clause means
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
                if last_antecedent and subject and 0 < last_rel[1] < verb_at:
                    # "Attacks by the Houthis, who began the campaign, forced carriers to
                    # reroute, adding 10 days": the relative closed inside the subject, whose
                    # verb came after it; the participle goes on from the main clause
                    actor = subject
                    last_antecedent = ""
                if actor == subject and text.startswith(subject):
                    named_after = _NAME_BETWEEN_COMMAS.match(text, len(subject))
                    if named_after is not None and (
                        gender(named_after.group(1).split()[0]) is not None
                        or entity_type(canonical_entity(named_after.group(1))) == "person"
                    ):
                        # "The group leader, Anne Whitlow, disagreed, saying ...": she said
                        actor = named_after.group(1)
                described_before = False
                asked = re.match(r"\s+(?:it|them)\b", rest) if last_antecedent else None
                if asked is not None and subject:
                    # "wrote to the committee, which scrutinises legislation, asking it to
                    # examine the bill": the subject asked the committee
                    actor = subject
                    rest = f" {_mid_sentence(last_antecedent)}{rest[asked.end() :]}"
                    last_antecedent = ""
                if (
                    last_antecedent
                    and subject
                    # a relative on the main verb's object, the participle right after it
                    and 0 < verb_at < last_rel[0]
                    and text[last_rel[1] : comma].strip() == ""
                    and (last_state or (not last_past and _is_past(text, verb_at)))
                ):
                    # "The army shelled the town, which lies near the border, killing three
                    # people": after a relative that describes (a state, or the present after a
                    # past event) the participle may be the event's ("killing") or the
                    # antecedent's ("which overheats easily, posing a fire risk"); it stays in
                    # the main claim, which is what the sentence says; the subject's words
                    # ("visited the factory, which employs 2,000 people, saying ...") are its own
                    actor = subject
                    last_antecedent = ""
                    described_before = verb.lower() not in _SPEECH_ING_WORDS
                if verb.lower() in _TOTAL_ING and _TOTAL_AFTER.match(rest):
                    # "said he was pleased the Commonwealth had committed $1.2 billion, taking
                    # its total contribution to $9 billion": the total of the clause's own
                    # subject, the last one named before the comma
                    named_subjects = list(
                        _NAMED_CLAUSE_SUBJECT.finditer(text, max(0, verb_at), comma)
                    )
                    if named_subjects:
                        actor = named_subjects[-1].group("subj")
                        actor = actor[:1].upper() + actor[1:]
                inner = _SUBORDINATE_SUBJECT.search(text, max(0, verb_at), comma)
                if inner is not None and verb.lower() in _SPEECH_ING_WORDS:
                    # "raised its bid after Harwood's board rejected ..., saying they
                    # undervalued the company": the board said so
                    actor = inner.group("subj")
                named = _ONE_NAMED_BEFORE.search(text, max(0, comma - 60), comma)
                if named is not None:
                    # "with two members backing a cut and one, Swati Dhingra, pushing for ...":
                    # the person named just before
                    actor = named.group(1)
                caused = (
                    (_CUT_FIGURE if verb.lower() == "missing" else _CAUSED_FIGURE).match(
                        text, verb_at, comma
                    )
                    if verb.lower() in ("beating", "topping", "missing", "exceeding", "surpassing")
                    and _ESTIMATES.match(rest)
                    else None
                )
                if caused is not None:
                    # "Growing demand lifted Nvidia's revenue by 262%, beating estimates": the
                    # revenue beat them, not the demand
                    actor = caused.group(1)[:1].upper() + caused.group(1)[1:]
                if verb.lower() in _PRICE_ING and _PRICE_AFTER.match(rest):
                    # "unveiled a cheaper phone, the Lumina 12, starting at $799": the price of
                    # the thing named last, not an act of the subject
                    priced = _np_before(text, comma)
                    ok = bool(priced) and not priced[:1].isdigit()
                    actor = priced[:1].upper() + priced[1:] if ok else ""
                if (
                    0 < verb_at < comma
                    and not last_antecedent
                    # "cut 500 jobs after sales fell, blaming weak demand": the subject's words
                    and verb.lower() not in _SPEECH_ING_WORDS
                    and verb.lower() not in ("blaming", "citing", "vowing", "promising")
                    and (sub_open := _SUBORDINATE_OPEN.search(text, verb_at, comma)) is not None
                    and "," not in text[sub_open.end() : comma]
                    and _main_verb(" " + text[sub_open.end() : comma]) > 0
                    # an act of the subordinate's own subject, not a passive ("retained even
                    # after the substance has been diluted, allowing water to ..." goes on
                    # with the main clause)
                    and not _PASSIVE_IN.search(text, sub_open.end(), comma)
                ):
                    # "Fourteen people were killed when a bridge collapsed, sending cars
                    # plunging 40 metres": the collapse sent them, not the people; the phrase
                    # stays in the claim
                    described_before = True
                if _DATED_WHERE_BEFORE.search(text, 0, comma):
                    # "revived memories of East Palestine, where a train derailed in 2023,
                    # forcing a controlled burn": the earlier event's consequence, not the
                    # subject's (no claim to make of it)
                    actor = ""
                # "Costa signed a contract, keeping him at the club": what keeps him is the
                # act, not Costa; the phrase stays in the claim
                keep = described_before or (
                    bool(actor) and not last_antecedent and bool(_SELF_OBJECT.match(rest))
                )
                if not last_antecedent and _AS_NAMED_CLAUSE.search(text, max(0, verb_at), comma):
                    # "Mensah scored twice as Rovers beat Harwick 3-1, moving four points
                    # clear": the team moved, or the win moved it; not the scorer. The phrase
                    # stays in the claim.
                    keep = True
                if verb.lower() == "adding" and rest.startswith(" to "):
                    # "ordered 6,500 more evacuated, adding to the 11,000 who had left": the
                    # order adds to them, not the sheriff; the phrase stays in the claim
                    keep = True
                if actor and not keep:
                    past = last_past if last_antecedent else _is_past(text, verb_at)
                    # "closing loopholes ... and extending curbs": both participles agree
                    rest = _agree_and_ing(rest, actor, past)
                    side.append((f"{actor} {_agree(verb, actor, past)}{rest}", comma))
                handled = not keep
        elif (
            _BASED_ON.match(after)
            and comma > 0
            and nxt > 0
            and not _BARE_SUBJECT_NP.fullmatch(text, 0, comma)
            and (_past_verb_next(text, nxt + 1) or _predicate_follows(text, nxt + 1))
        ):
            # "Fighting in Sudan, based on UN reports, displaced 8 million people": a source
            # aside inside the subject; the predicate after it is the subject's
            handled = True
            aside = True
        elif (
            _PARTICIPLE_ED.match(after)
            and comma > 0
            # "imports used cars, refined fuel and rice": an adjective of a listed noun
            and not (
                after.split(None, 1)[0].lower() in _ED_ADJECTIVES
                and re.match(r"[a-z]+ed\s+[a-z][\w-]*,?\s+(?:and|or)\s", after)
            )
            # "cuts by the end of 2025, unchanged from December": a change of the figure
            and not after.startswith(("unchanged", "little changed", "largely unchanged"))
            # "The group's president, Manuel Ortega, called on the government": a verb
            and not after.startswith(("called on ", "called for ", "called off "))
            # "The union's president, Joaquín Larrea, called the stoppage irresponsible": a
            # verb after the subject's name, the phrase running to the end
            and not (nxt < 0 and _SUBJECT_THEN_NAME.fullmatch(text, 0, comma) is not None)
            # "Fighting in Sudan, based on UN reports, has displaced ...": where a figure
            # comes from, no fact about the noun before the comma; it stays in the claim
            and not (
                _BASED_ON.match(after)
                # "The film, based on a novel by Jane Austen, won": the subject's own source
                and not _BARE_SUBJECT_NP.fullmatch(text, 0, comma)
            )
            # "since his mother, Queen Elizabeth II, travelled there": the subordinate clause's
            # verb after its subject's name, no participle of the name
            and not _SUBORDINATE_NAMED_SUBJECT.search(text, max(0, comma - 90), comma)
            # "Ollie Watkins, 28, headed in ...": the verb after an age is the name's predicate,
            # unless another follows the phrase ("Hale, 46, arrested on Monday, appeared ...")
            and not (
                _aged_name(text, comma) and not (nxt > 0 and _predicate_follows(text, nxt + 1))
            )
            and not _REL.match(after)
            and not _QUALIFIER.match(after)
            and not _INVERTED_SPEECH.match(after)
            # "X, a doctor who was not involved, called the findings ...": a verb with its
            # object after an appositive is the predicate
            and not (_PREDICATE_WITH_OBJECT.match(after) and _closes_aside(text, comma))
            # "shortened the period for requesting absentee ballots, limited the number of
            # drop boxes and made it a crime ...": a past verb with its object, listed after
            # the main past verb, not a participle of the noun before
            and not (
                0 <= verb_at < comma
                and (past_listed := _LISTED_PAST_WITH_OBJECT.match(after)) is not None
                and past_listed.group(1) not in _COMPLEMENT_PARTICIPLES
                and _is_past(text, verb_at)
            )
            # "the gang, led by X, 58, tipped off dealers, stole cash, and steered ...": the
            # first of the subject's listed acts after an age, no phrase about the person
            and not (
                (listed_acts := _ACTS_LISTED_AFTER_AGE.match(after)) is not None
                and _verb_form(listed_acts.group(1)) == "ed"
                and _aged_name(text, comma) is not None
            )
        ):
            antecedent = _np_before(text, comma)
            ranked = False
            if after.startswith("followed by "):
                # "Apple led with 21%, followed by Samsung, Xiaomi and Oppo": the ranking runs
                # to the list's last item and follows the subject; after a step ("Samples
                # were sequenced, followed by a 3-phase analysis") it follows the step, which
                # has no noun phrase: the phrase stays in the claim
                end = _examples_end(text, end)
                segment = text[after_at:end].strip().rstrip(".")
                ranked = _RANKING.search(text, 0, comma) is not None
                if not ranked:
                    antecedent = ""
            by_subject = bool(
                ranked
                or _BARE_FIGURE.fullmatch(antecedent)
                or (antecedent and _is_time(antecedent))
                # "rose 24 per cent, helped by", "to $2.1 billion, dragged down by": a figure
                # with its unit (not "counted 200 protesters, led by": people)
                or (
                    0 < verb_at < comma
                    and _FIGURE_OPEN.match(stretch := text[text.find(" ", verb_at) + 1 : comma])
                    is not None
                    and (
                        _MEASURE_END.search(stretch) is not None
                        or any(c in stretch for c in "%$€£¥")  # "to 90% of the market"
                    )
                )
            )
            if (
                (
                    ranked
                    or _BARE_FIGURE.fullmatch(antecedent)
                    or (antecedent and _is_time(antecedent))
                    # "grew 22 per cent to 41,300 units, led by shipments": a figure's cause;
                    # not "called by Unite, led by its general secretary"
                    or (_CAUSE_PARTICIPLE.match(after) and _HAS_DIGIT.search(text, 0, comma))
                )
                and subject
                and 0 <= verb_at < comma
            ):
                # "jumped 1.3% to 16,177.77, led by chipmakers", "reported record revenue on
                # Thursday, helped by chip demand": the subject, not the figure or the day
                antecedent = subject
            elif (
                antecedent
                and _is_time(antecedent)
                and nxt > 0
                and "," not in text[:comma]
                and text[:1].isupper()
                and _predicate_follows(text, nxt + 1)
            ):
                # "The version used on Wednesday, known as Ariane 62, has two boosters": the
                # subject the phrase sits in, not the day
                antecedent = text[:comma].strip()
            if (
                0 <= verb_at < comma
                and comma - len(antecedent) <= verb_at
                # (not when a bare figure or day gave the phrase to the subject)
                and not (by_subject and antecedent == subject)
            ):
                # the noun phrase cannot reach back over the main verb ("employs 300 people")
                verb_end = text.find(" ", verb_at)
                antecedent = text[verb_end:comma].strip() if 0 < verb_end < comma else ""
            first = after.split()[0].lower() if after.split() else ""
            if first == "worth" and antecedent:
                before = text[: comma - len(antecedent)].rstrip()
                prep = before.rsplit(" ", 1)[-1].lower()
                first_item = _np_before(text, len(before) - 4) if prep == "and" else ""
                if first_item:
                    # "contracts with NASA and several customers, worth a combined $310
                    # million": the contracts' worth, not the customers'
                    before = text[: len(before) - 4 - len(first_item)].rstrip()
                    prep = before.rsplit(" ", 1)[-1].lower()
                if prep in ("with", "for", "from", "to", "by", "of", "in", "on", "at"):
                    # "won a contract with the army, worth $2 billion": the contract's worth
                    whole = _np_before(text, len(before) - len(prep)).strip()
                    if whole.rsplit(" ", 1)[-1].lower() in _ADJECTIVES_WITH_TO:
                        whole = whole.rsplit(" ", 1)[0]  # "a credit equal to ...": the credit
                    if whole:
                        antecedent = re.sub(r"^an? ", "the ", whole)
                        if antecedent.split()[0].lower() not in _DET:
                            antecedent = f"the {antecedent}"  # "the contracts"
                elif first_item and re.search(r"\b(?:combined|together|in total)\b", after):
                    # "bought Acme and Zenith, worth $2 billion together": both
                    antecedent = f"{first_item} and {antecedent}"
            # "X, located 32 km ..." describes the noun before the comma.
            led = _LEADING_ADVERB.match(segment)
            rest_words = segment[led.end() if led else 0 :].split(None, 1)
            # "The company, founded in 1998, employs ...": the verb finder took the participle
            # for the main verb; the phrase closes with a comma and the predicate follows.
            inside_subject = (
                (verb_at == after_at or (led is not None and verb_at == after_at + led.end()))
                and nxt > 0
                and subject
                and _predicate_follows(text, nxt + 1, _plural_phrase(subject))
            )
            if inside_subject:
                antecedent = subject
                place_of = (
                    _PP_NAME_END.fullmatch(subject)
                    if _WHERE_PHRASE.match(segment[led.end() if led else 0 :])
                    else None
                )
                if place_of is not None:
                    # "Flights to Jaen, located 50 km from the coast, were cut": where Jaen
                    # is, not the flights; after a list ("Flights to Paris, Rome and Jaen,
                    # located ...") which of them is not for the words to say
                    antecedent = (
                        place_of.group(1) if text[:comma].rstrip().endswith(subject) else ""
                    )
            age = _aged_name(text, comma)
            if age and nxt > 0:
                antecedent = age.group(1)  # the phrase is about Hale, not "46"
                embedded_subject = aged = True
            embedded = _EMBEDDED_SUBJECT.match(antecedent)
            if embedded and nxt > 0 and _predicate_follows(text, nxt + 1):
                # "investigating whether X, owned by Elon Musk, breached the act": the phrase
                # closes inside the subject of the embedded clause, whose predicate follows
                antecedent = antecedent[embedded.end() :]
                embedded_subject = True
            if (
                antecedent
                and (verb_at < 0 or comma > verb_at or first in _STATIVE or inside_subject)
                and not (len(rest_words) > 1 and _main_verb(" " + rest_words[1]) > 0)
                # "had been inspected, repaired and widened": a list of the verb's
                # participles, not a phrase about "inspected"
                and not (antecedent.islower() and _LONE_PARTICIPLE.fullmatch(antecedent))
            ):
                present = first in _STATIVE or first in ("also", "now")
                names_before = (
                    _NAMES_LIST_BEFORE.search(text, max(0, comma - 120), comma - len(antecedent))
                    if antecedent[:1].isupper() and _SHARED_BY_LIST.match(segment)
                    else None
                )
                if names_before is not None and not aged:
                    # "Seville, Cordoba and Jaen, home to some 2.5 million people": the three
                    # cities', not Jaen's alone
                    antecedent = f"{names_before.group(1)}{antecedent}"
                plural = _plural_phrase(antecedent) or names_before is not None
                copula = ("are" if plural else "is") if present else ("were" if plural else "was")
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
            opener = _OPENER_INSIDE.search(antecedent) if " " in antecedent else None
            if opener:
                antecedent = antecedent[opener.end() :]  # "levelled when John Smith"
            age = _aged_name(text, comma) if antecedent.isdigit() else None
            if age and nxt > 0 and _predicate_follows(text, nxt + 1):
                # "Daniel Mercer, 29, a forklift driver from Bolton, was jailed": the
                # appositive is about Mercer, not "29", and the age stays with him
                antecedent = age.group(1)
                embedded_subject = aged = True
            if (
                antecedent
                and nxt > 0
                and 0 <= verb_at < comma
                and text[: comma - len(antecedent)].rstrip().endswith(_EMBEDDING_WORDS)
                and _predicate_follows(text, nxt + 1, _plural_phrase(antecedent))
            ):
                # "levelled when John Smith, the club captain, scored": the appositive closes
                # inside the subject of the embedded clause, whose predicate follows
                embedded_subject = True
            # a possessive ("Chega's leader") describes only a subject that opens the clause:
            # "In Germany, Scholz's coalition ..." is no appositive
            possessive = not after.startswith(("a ", "an ", "the "))
            if _CHANGE_APPOSITIVE.match(after):
                antecedent = ""  # "$886 billion for the Pentagon, a 3% increase": the figure's
            lead_word = antecedent.split(" ", 1)
            if (
                len(lead_word) == 2
                and lead_word[0] in _BASE_VERBS
                and text[: comma - len(antecedent)].endswith(" to ")
            ):
                # "in talks to buy Lumisor, a maker of optical components": Lumisor
                antecedent = lead_word[1]
            shares_of = re.match(r"(?:[Ss]hares|[Ss]tock|[Uu]nits) (?:of|in) ", antecedent)
            if shares_of is not None:
                # "Shares of NSK Holdings, the airline's parent, fell": the company
                antecedent = antecedent[shares_of.end() :]
            if (
                antecedent
                and (
                    _is_time(antecedent)
                    or _CLOCK_TIME.search(antecedent)
                    # "Japan and South Korea, the largest buyers in Asia": not South Korea alone
                    or (
                        text[: comma - len(antecedent)].rstrip().endswith(" and")
                        and _PLURAL_APPOSITIVE.match(after)
                    )
                )
            ):
                # "fell 7 percent by 1015 GMT, the biggest fallers in the index": no time is
                # what the appositive describes
                antecedent = ""
            if (
                antecedent
                and nxt < 0
                and _DITRANSITIVE_ROLE_BEFORE.search(text, 0, max(0, comma - len(antecedent)))
            ):
                # "The jury gave its lead actress, Leila Farahani, the award": the award is
                # what she was given, no appositive of hers
                antecedent = ""
            described = segment.split()[1:] if not possessive else segment.split()
            in_list = (
                text[: max(0, comma - len(antecedent))].rstrip().endswith(",")
                or bool(_MORE_ITEMS.match(text, end))
                or " and " in segment
            )
            named_only = bool(described) and all(
                w[:1].isupper() for w in described if w not in ("of", "and", "the")
            )
            titled = any(w.lower().strip(",.") in _TITLE_WORDS for w in described)
            if named_only and (in_list or not titled):
                # "the United States, the United Kingdom, Italy": a list; "John Smith, the
                # Chief Executive of Acme": a title describes him
                antecedent = ""
            if (
                antecedent
                and antecedent.lower() in _PLACES
                and _CITY_COMMA_BEFORE.search(text, 0, comma - len(antecedent))
            ):
                # "born in Uppsala, Sweden, the youngest of four children": about the subject,
                # not the country that only says where the city is
                antecedent = ""
            if (
                antecedent
                and (antecedent.split()[-1][:1].isupper() or antecedent.split()[-1].isdigit())
                and not (possessive and text[: comma - len(antecedent)].strip())
                and not _is_time(antecedent)
                and _plain_appositive(segment, 0 < nxt < verb_at, nxt < 0)
            ):
                side.append((f"{antecedent} is {segment}", comma))
                handled = True
        if not handled or not _REL.match(after):
            last_antecedent = ""
        if handled:
            closes_inside_subject = text[end : end + 1] == "," and (
                comma < verb_at
                or embedded_subject
                # "Researchers led by Melody Ding, a professor at ..., found": the participle
                # is inside the subject, whose predicate follows the closing comma
                or (
                    _BY_WHOM_BEFORE.search(text, max(0, comma - 80), comma) is not None
                    and _predicate_follows(text, end + 1)
                )
            )
            # "In Ireland, where the firm employs 3,200 people, the company said": the
            # fronted phrase keeps its comma
            fronted = (
                pos == 0
                and text.find(",") == comma
                and _FRONTED_PP.match(text) is not None
                and (
                    _main_verb(" " + text[:comma]) < 0
                    # "Under rules introduced after an outage in 2023, which ...,": a
                    # participle inside the fronted phrase
                    or _FRONTED_PARTICIPLE_PHRASE.search(text, 0, comma + 1) is not None
                )
                and text[end : end + 1] == ","
                # "Before the plant, which employs 2,000 people, closed, ...": the relative
                # closes inside the fronted clause's subject, whose verb follows
                and not _past_verb_next(text, end + 1)
            )
            # "Her coach, Marco Bellini, an Italian who ..., said": the role's name keeps its
            # closing comma
            role_named = (
                closes_inside_subject and _ROLE_THEN_NAME.fullmatch(text, pos, comma) is not None
            )
            main_parts.append(
                text[pos:comma]
                + ("," if (aged and closes_inside_subject) or fronted or role_named else "")
            )
            # an aside between commas takes its closing comma along ("The planets, including
            # Jupiter, orbit ...")
            closes_aside = aside and text[end : end + 1] == "," and (verb_at > end or subject_aside)
            # "launched Atlas, an AI assistant, on Monday": an appositive in the predicate
            # takes its closing comma along before an adjunct
            closes_in_predicate = (
                text[end : end + 1] == ","
                and not _FRONTED_OPEN.match(text)
                and 0 <= verb_at < comma
                and _ADJUNCT_AFTER.match(text, end + 1) is not None
            )
            pos = (
                end + 1
                if closes_inside_subject or closes_aside or closes_in_predicate or fronted
                else end
            )
            i = end
            if closes_inside_subject:
                # "The museum, located in Kyiv, reopened ...": what follows the closing comma
                # is the main predicate, never another phrase about "Kyiv".
                predicate_comma = end
                if verb_at <= end:
                    verb_at = _word_after(text, end)
            if end >= n:
                break
        else:
            i = comma + 1
    main_parts.append(text[pos:])
    if len(main_parts) > 1 and (_AND_NAMED_RELATIVE.search(text) or _AND_PREP_AFTER.search(text)):
        # "met the Greens[, who won 9 seats], and the Liberals[, who won 14]": with the
        # relatives out, the two objects are a pair again ("met the Greens and the Liberals")
        main_parts = [
            _AND_PART.sub(" and ", part, count=1) if k > 0 else part
            for k, part in enumerate(main_parts)
        ]
    main = "".join(main_parts)
    return main, side
