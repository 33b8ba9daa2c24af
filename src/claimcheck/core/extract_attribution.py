"""Attribution for `core.extract`: who said it, and what they said.

Owns the speech-verb patterns, splitting a sentence into the attribution ("John Kirby said
that", "..., officials said", "According to X,") and its reported content (`_attribution`,
returning an `_Attribution`), and the speaker's canonical name (`_speaker_name`, titles
dropped, pronouns resolved from the `_Context`). Direct-quote detection patterns live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.core.extract_words import (
    _DESCRIPTION_HEADS,
    _DESCRIPTION_OPEN,
    _LOWER_TOKEN,
    _PLURAL_NOUNS,
    _PRONOUN_SUBJ,
    ING_ASIDE,
    _Context,
    _demonym,
    _described,
    _is_verb,
    _main_verb,
)
from claimcheck.core.facts import find_entities
from claimcheck.core.facts_dates import _MONTHS, _WEEKDAYS
from claimcheck.core.facts_entities import (
    _ORG_WORDS,
    _PLACES,
    _TITLE_WORDS,
    canonical_entity,
    entity_type,
)
from claimcheck.core.facts_text import _HAS_DIGIT, literal_alternation
from claimcheck.core.given_names import gender

_SPEECH_VERBS = (
    r"said|says|say|told|tells|stated|states|announced|announces|indicated|indicates|claimed|"
    r"claims|confirmed|confirms|reported|reports|added|adds|noted|notes|warned|warns|hinted|"
    r"hints|suggested|suggests|argued|argues|wrote|writes|insisted|insists|maintained|"
    r"acknowledged|admitted|admits|denied|denies|revealed|reveals|estimated|estimates|"
    r"explained|explains|declared|declares|asserted|asserts|alleged|alleges|predicted|"
    # not "rules", "counters", "cautions": plural nouns more often ("The new rules were ...")
    r"predicts|stressed|emphasized|emphasised|tweeted|cautioned|testified|testifies|"
    r"conceded|concedes|contended|contends|countered|ruled|"
    # a plural speaker's present ("Analysts estimate", "Experts warn", "Critics argue")
    r"estimate|warn|argue|predict|insist|note|allege"
)
_NOUN_NEXT = (
    r"(?:rose|fell|increased|decreased|jumped|dropped|declined|climbed|slipped|surged|reached|"
    r"totalled|totaled|remained|remain|were|are|was|is|have|has|had|will|would|could|may|might|"
    r"showed|show|suggest|suggested|indicate|indicated|said|say|says|put|of|from|by|filed|"
    r"made|against|should|can|cannot|must|do|does|did|also|often|need|needs)\b"
)
"""A word after a speech verb that makes the verb a plural noun ("claims rose", "reports said")."""
_OPENING_VERB_PATTERN = (
    # a bracket may hold commas: "Cllr Sarah Whitcombe (Lib Dem, Northgate) said"
    # (a thousands comma inside: "Lawyers for 3,000 customers said")
    r"^(?P<speaker>(?:[^,;:“\"(]|\([^()]{0,40}\)|(?<=\d),(?=\d{3}\b)){2,90}?"
    # an aside, longer when it is a relative ("Emery, who has been looking for a striker since
    # Watkins was injured in January, said")
    r"(?:(?:,\s+who\s(?!(?:[a-z]+|[A-Z]\w*)\s+(?:believe|believes|believed|say|says|said|"
    r"think|thinks|thought|allege|alleged|suspect|suspected)\b)[^,;“\"]{2,100}"
    r"|,[^,;“\"]{2,60}"
    # "Paul Henning, a professor of education policy at Piedmont State University, said": an
    # appositive opened by an article may run longer
    r"|,\s+(?:a|an|the)\s[^,;“\"]{2,100}"
    # "Sophia Lin Lakin, director of the American Civil Liberties Union's Voting Rights
    # Project, said": a role of a body may run longer too
    r"|,\s+(?:[a-z-]+\s+){1,3}(?:of|at|for)\s[^,;“\"]{2,100}){1,4},"
    # "Declan Furlong, speaking after a meeting of the ... group, said"
    r"|,\s+" + ING_ASIDE + r"[^,;“\"]{2,100},"
    # "The leaders of the United States, Japan and Canada said": a list in the speaker
    r"|(?:,\s+[A-Z][^,;:“\"]{1,40}){1,4},?\s+and\s+[A-Z][^,;:“\"]{1,40}?)?)\s+"
    r"(?:(?:has|have|had|also|previously|recently|publicly|later|earlier|already|again|once|"
    r"first|initially|repeatedly|(?!(?:family|assembly|ally|supply|monopoly|weekly|daily|"
    r"monthly|quarterly)\b)[a-z]+ly) )*"
    # not after an article: "Applicants with a confirmed booking can", "the reported cases"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bA )(?<!\bThe )"
    r"(?P<verb>SPEECH_VERBS)\b"
    # "Initial jobless claims rose", "Media reports said", "asylum claims, which", "member
    # states have agreed": the plural noun, its verb after it (the speaker runs on to the next speech verb)
    r"(?!(?:(?<=claims)|(?<=claim)|(?<=notes)|(?<=note)|(?<=reports)|(?<=estimates)|"
    r"(?<=estimate)|(?<=forecasts)|(?<=member states))"
    r"(?:,(?!\s+(?:however|though|meanwhile|nevertheless),)|\s+" + _NOUN_NEXT + r"))"
    r"(?!(?<=states)\s+" + _NOUN_NEXT + r")"
    # "ruled 6-3 that": the vote, then the report
    r"(?:(?<=ruled) \d{1,2}-\d{1,2}(?= that\b))?"
    # "said in a statement after the meeting that": when or how, up to the report's "that"
    r"(?: (?:in|on|at|after|during|before|following)\b[^,;:“\"]{1,60}?(?= that\b"
    # not a relative "that" ("in a report that was published")
    r"(?! (?:was|were|is|are|had|has|have|would|will|could|aired|ran|[a-z]+ed)\b))"
    r"| (?:on|in|at|last) [A-Z]?\w+)?"
    # "told analysts that", "told reporters after the meeting that": whom, then the report
    # ("told the BBC that", "told The Associated Press that": a name as well)
    r"(?:(?<=told) (?:(?:the|a|an|The) )?(?:[a-z]+|[A-Z][\w&.’'-]*)"
    r"(?: (?:[a-z]+|[A-Z][\w&.’'-]*)){0,4}(?= that\b"
    r"(?! (?:was|were|is|are|had|has|have|would|will|could|aired|ran|[a-z]+ed)\b))"
    # "told reporters the inquiry would report soon": whom, then the report without "that"
    r"|(?<=told) (?:reporters|journalists|Reuters|lawmakers|legislators|parliament|senators|"
    r"investors|analysts|supporters|delegates|residents|(?:the|a) (?:court|jury|committee|"
    r"newspaper|news conference|press conference|briefing|rally|crowd|meeting|hearing)"
    # "told the BBC the target ...", "told the Financial Times the ...": a named outlet
    r"|(?:the|The) [A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3})"
    # (not before "he": '"A guard told the court he had feared ..."' keeps its "he" whole)
    r"(?= (?:the|a|an|his|her|its|their|it|they|[A-Z]\w+) ))?"
    r"(?: with (?:high|medium|low|some|great|growing) confidence)?"
    # "cautioned, however, that"
    r"(?:, (?:however|though|meanwhile|nevertheless|also|too)(?=, that\b))?"
    r"[,:]? (?:that )?"
    # "reported receiving fees" is an act, not reported speech
    r"(?!(?:(?<=reported )|(?<=reports )|(?<=admitted )|(?<=acknowledged ))"
    r"[a-z]+ing\b)(?!(?:of|about(?!\s+(?:\$|€|£)?\d|\s+(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|half|a third|a quarter|a fifth|a tenth|a dozen)\b)|against|on|for|with|"
    r"from|out)\b)"
    r"(?!(?:the\s+)?lives\b)"  # "claims the lives of ...": kills, says nothing
    r"(?!(?<=told )to\b)"  # "Residents told to leave homes": an order they were given
    # "persons admitted to hospital": an admission, no speech ("admitted to colleagues that"
    # is one)
    r"(?!(?<=admitted )to\b(?![^,;]{0,40}\bthat\b))"
    r"(?P<content>.{12,})$"
)
_WHO_RESTRICTS = re.compile(
    r"(?P<np>(?:(?:An?|an?|The|the|Several|Some|Many|Most|Two|Three|Four|Five|Other)\s+)?"
    r"(?:[a-z-]+\s+){0,3}?[a-z-]+|[A-Z][a-z]+s)"
    # "Residents of Bichi who spoke to our correspondent"
    r"(?:\s+(?:of|in|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
    r"\s+who\s+(?!(?:said|says|told|say)\b)"
    r"(?P<rel>[a-z][^,;]{3,80})"
)
"""A common noun's speaker with a restrictive relative ("A lawyer who represents the families",
"Several members who voted against")."""
_CONCLUDED = r"concluded(?=\s+(?:(?:in|on|last)\s+\w+\s+)?(?:that|(?:he|she|it|they|there)\s+\w+))"
"""A finding's "concluded" before what was found ("The coroner concluded that ..."), not an
ending ("The trial concluded last week")."""
_OPENING_VERB = re.compile(
    _OPENING_VERB_PATTERN.replace("SPEECH_VERBS", f"{_SPEECH_VERBS}|{_CONCLUDED}"), re.DOTALL
)
_BASE_SPEECH = frozenset("estimate warn argue predict insist note".split())
"""Speech verbs in the base form: a plural speaker's present ("Analysts estimate")."""
_OPENING_VERB_NO_BASE = re.compile(
    _OPENING_VERB_PATTERN.replace(
        "SPEECH_VERBS",
        "|".join([*(v for v in _SPEECH_VERBS.split("|") if v not in _BASE_SPEECH), _CONCLUDED]),
    ),
    re.DOTALL,
)
"""The same, when a base form found first was no report ("Attempts to estimate X have
suggested that ...")."""
_SPEECH_WORDS = frozenset(_SPEECH_VERBS.split("|"))
_VERB_COMPLEMENT = re.compile(r"\s*(?:to|on|for|with|about|of|into|up|out)\b")
"""After a present closing verb: its own complement ("adds to", "insists on"), not a report."""
_NOT_THE_BODY = re.compile(
    r"\b(?:outside|near|against|at|opposite|from|inside|behind)\s+(?:the\s+)?$|"
    r"^(?:[Tt]he\s+)?(?:[Pp]rotesters|[Dd]emonstrators|[Cc]rowds?|[Aa]ctivists|[Ss]trikers)\b"
)
"""Before a body named in a speaker's phrase: where the speakers stood, or who they were
("Protesters outside Shell in London"): not the body speaking."""
_MALE_TITLES = frozenset("mr mister sir lord".split())
_FEMALE_TITLES = frozenset("mrs ms miss lady dame madam".split())
_NEUTRAL_TITLES = frozenset("dr prof professor".split())


def _courtesy_agrees(before: list[str], full: str) -> bool:
    """Whether the words before a surname let it be `full`, the person named before: none,
    lower-case ones, "Dr" or "Prof", or a courtesy title that agrees with a given name the table
    knows ("Mr Clinton" is not Hillary Clinton). A role ("President Biden") may be another
    person of that name, and an unknown given name tells nothing: the surname stays."""
    for word in before:
        if not word[:1].isupper():
            continue
        title = word.lower().rstrip(".")
        given = gender(full.split()[0])
        if title in _MALE_TITLES:
            if given != "m":
                return False
        elif title in _FEMALE_TITLES:
            if given != "f":
                return False
        elif title not in _NEUTRAL_TITLES:
            return False
    return True


_PRESENT_CLOSING = frozenset(
    "estimates argues warns notes claims insists predicts reports writes adds".split()
)
"""Present reporting verbs that close a sentence only after a named or determined speaker."""
_NAMED_OR_DETERMINED = re.compile(r"(?:the|a|an|its|their|his|her)\s|[A-Z]")
_CLOSING_WORDS = frozenset(
    "said says told added wrote noted warned reported claimed confirmed announced stated "
    "alleges allege alleged estimates argues warns notes claims insists predicts reports writes "
    "adds "
    "estimated predicted argued insisted explained acknowledged cautioned "
    "stressed concluded".split()
)
_ACCORDING = re.compile(
    r"^(?:According to|As reported by|Citing)\s+(?P<speaker>[^,]{2,80})"
    # "According to the survey, carried out by the Robert Koch Institute, 38% ..."
    r"(?:,\s+(?:carried out|conducted|published|released|commissioned|led|run|compiled)\b[^,]{0,80})?"
    r",\s+(?P<content>.{12,})$",
    re.DOTALL | re.IGNORECASE,
)
_ANY_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’")
_QUOTED = re.compile(r"[“\"]([^“”\"]{3,})[”\"]")
_SPEECH_NEAR = re.compile(
    # a trie of the words: their case-insensitive alternation was tried one word at a time
    r"\b(?:" + literal_alternation([*_SPEECH_VERBS.split("|"), "asked", "according to"]) + r")\b",
    re.IGNORECASE,
)


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
    aside: str = ""
    """What the sentence says of the speaker between commas ("a neurologist who was not
    involved", "which is 330 years old"), left out of the prefix: a claim of its own."""


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
    r"^(?P<content>.{12,}?),\s+(?P<speaker>(?!(?:which|who|that|as|and|but|while|so|yet|or|"
    r"nor|even|if|when|because|since|although|though|then|thus|where|than|above|below|up|down)\b)"
    r"(?!(?:more|less|higher|lower|fewer|greater|bigger|smaller)\s+than\s+"
    r"(?!\d|half|a\s+(?:third|quarter|dozen)|two|three|four|five|ten|a\s+hundred))"
    r"(?:[\w’'.\-]+ ){0,8}?[\w’'.\-]+(?: \([A-Z][\w&.-]{1,12}\))?"  # "... Statistics (ONS)"
    # '"...," Prime Minister Mark Ellison, who hosted the summit, told a news conference'
    # '"...," Schulze, 47, told supporters': an age
    # "his daughter, Kayla Fentress, said", "a military spokesman, Brigadier X, told"
    r"(?:,\s+(?:(?:who|the|an?)\s[^,“\"]{2,80}|\d{1,3}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),)?)"
    r"\s+(?:(?:have|has)\s+)?(?P<verb>said|says|told(?:"
    # whom: "told reporters", "told the jury", "told Reuters", "told The Associated Press"
    r" (?:(?:the|an?|The) )?(?:"
    # "told 2,000 nurses", "told a rally of about 2,000 people"
    r"(?:[a-z]+ ){0,4}\d[\d,.]* [a-z]+(?: [a-z]+)?|"
    # a descriptor before a name: "told broadcaster RTVE", "told local radio station RPP"
    r"(?:[a-z]+ ){1,3}[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}|"
    # a name, then what it is: "told Cadena SER radio", "told the Hartley Gazette newspaper"
    r"[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3} (?:radio|television|TV|newspaper|broadcaster|"
    r"magazine|channel|network|podcast)|"
    # ("told BBC Radio 4": a station's number)
    r"[a-z]+(?: [a-z]+){0,2}|[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}(?: \d{1,3}\b)?))?"
    r"|added|wrote|"
    r"noted|warned|reported|claimed|confirmed|announced|stated|estimated|predicted|argued|"
    r"insisted|explained|acknowledged|cautioned|stressed|concluded|alleges|allege|alleged|"
    # a present report: "..., the department estimates."
    r"estimates|argues|warns|notes|claims|insists|predicts|reports|writes|adds)\b"
    # after the verb: nothing, or when/how/whom it was said, or more after a comma; never
    # the content itself ("officials at the ministry said 40 people had been killed")
    r"(?P<rest>(?:\s*[,;]|\s+(?:on|in|at|outside|near|late|early|last|this|via|through|to|for|after|before|"
    r"during|while|when|as|adding|saying|citing|reporters|journalists|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b)[^“\"]{0,200}|"
    r"\s*[.!]?\s*)$",
    re.DOTALL,
)
_CLOSING_DATA = re.compile(
    r"^(?P<content>.{12,}?),\s+(?P<speaker>(?!(?:as|and|but|while|so|yet|or|though|although|"
    r"which|that|if|because)\b)(?:[\w’'.-]+\s+){0,4}?(?:figures|data|statistics|"
    r"records|documents|filings|polls?|surveys?|numbers|estimates|study|studies|report|review|"
    r"results|counts?|tallies|tally|projections|forecasts|minutes|"
    r"analysis|audit|inquiry)"
    # "data from Harbourline", "figures published by the ONS": whose data
    r"(?:\s+(?:from|by|of|published\s+by|released\s+by|compiled\s+by)\s+(?:the\s+)?"
    # "data from the market operator OMIE": a descriptor before the name
    r"(?:[a-z]+\s+){0,3}"
    r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})?)\s+"
    r"(?P<verb>showed|show|shows|indicated|indicate|indicates|suggested|suggest|suggests|found|"
    r"finds)"
    r"(?P<rest>\s+(?:on|in|at|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday)\b[^“\",]{0,60})?\.?$",
    re.DOTALL,
)
"""Data as the source after the content: ", official figures showed on Thursday"."""
_DATA_VERBS = frozenset(
    "showed show shows indicated indicate indicates suggested suggest found finds".split()
)
_RANKING_ASIDE = re.compile(
    r",\s+(?:(?:one|some|two|three|several)\s+of|including|such\s+as|notably|among\s+them)\s+"
    r"[^,]{2,80},?\s*$"
)
"""An aside placing the speaker among others ("The firm, one of the largest in Asia,")."""
_ASIDE_CUT = re.compile(r",\s+(?:who|the|an?)\s")
"""Where a closing speaker's name ends and its aside starts ("Nik Nanos, the firm's ...")."""
_CLOSING_VERB_FIRST = re.compile(
    r"^(?P<content>.{12,}?),\s+(?P<verb>said|says|added|wrote|noted)\s+"
    # "his manager, X", "Harbourline's head of research, X"
    r"(?P<speaker>(?:(?:his|her|their|its|the|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?:[’']s|s[’']))\s+"
    r"[a-z]+(?:\s+[a-z]+){0,2},\s+(?=[A-Z]))?"
    r"(?:(?!(?:to|by|for|in|on|at|from|with|of|as|into|after|before)\b)"
    r"[a-z]+\s+){0,4}[A-Z][^,]{2,60})(?P<rest>,[^“\"]{0,200})?$",
    re.DOTALL,
)
_CLOSING_VERB_FIRST_COMMON = re.compile(
    r"^(?P<content>.{12,}?),\s+(?P<verb>said|says|added)\s+"
    r"(?P<speaker>the\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(
        sorted(
            _DESCRIPTION_HEADS
            | set(
                "police government spokesman spokeswoman spokesperson firm minister president "
                "chairman chairwoman governor mayor executive director".split()
            )
        )
    )
    + r")(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][^,]{1,40}?|[a-z]+))?)"
    # "..., said the ministry on Tuesday"
    r"(?P<when>\s+(?:on\s+[A-Z][a-z]+|in\s+a\s+statement|last\s+(?:week|month|year)))?"
    r"(?P<rest>,[^“\"]{0,200})?[\s.]*$",
    re.DOTALL,
)
"""A closing report by a body named by its common noun (", said the ministry")."""
_CLOSING_ACCORDING = re.compile(
    r"^(?P<content>.{12,}?),\s+according to\s+(?P<speaker>[^,]{3,100})(?P<rest>,[^“\"]{0,200})?$",
    re.DOTALL,
)
_ROLE_THEN_NAME_END = re.compile(r",\s+([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})\s*\.?\s*")
"""A name closing the sentence after a role (", Infinitum.")."""
_OWNER_ROLE = re.compile(r"(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
"""A role before the name of who holds it ("its operator", "the regional governor")."""
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday".split()
)
"""Words that tell when, never a name after a role (", according to its owner, Tuesday")."""
_ADDING = re.compile(
    r"^[^,]{0,40},\s+(?P<ing>adding|saying|noting|warning|stressing|claiming|"
    r"insisting)\s+(?:that\s+)?(?P<content>.{12,})$",
    re.DOTALL,
)


_FRONTED = re.compile(
    r"(?:(?:On|In|At|Late|Early|Last|Earlier|Later|By|During|After|Before|Since|Outside|Inside|Speaking|"
    r"Writing|Asked|Responding|Addressing|Announcing|Briefing|Separately|Meanwhile|However|"
    # a speech event: "Handing down his budget, Dr Chalmers said ..."
    r"Handing|Unveiling|Presenting|Launching|Opening|Closing|Visiting|Touring|Campaigning|"
    r"Testifying|Appearing|Reacting|Commenting|Welcoming|Defending|Explaining|Answering|"
    r"Delivering|Introducing|Releasing|Publishing|Confirming|Giving|Replying|Reflecting|"
    r"Also|Still|Overnight|Yesterday|Today|Tonight)\b[^,;:“\"]{0,70},\s+"
    r"|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+(?:ET|EST|EDT|PT|PST|PDT|GMT|BST|CET|UTC)\b)?"
    r"\s+(?=[A-Z]))"
)
"""A phrase before the speaker: a time, place or circumstance ("On Sunday,", "Speaking at a
news conference,", "In a statement,"), or a live blog's time stamp ("8:35 a.m.")."""
_ASIDE = re.compile(
    r"\s*(?:(?:an?|the|who|which|whose|now|then|formerly|currently|[A-Z][\w’']*[’']s|"
    r"(?:chief|senior|deputy|head|director|president|professor|lead|principal|managing|"
    r"executive|global|regional|economist|analyst|strategist|spokes(?:man|woman|person)|"
    r"partner|founder|editor|researcher|manager|secretary|minister|member|leader)\b[^,]*?)\s|"
    r"\d{1,3}\s*,\s*$|" + ING_ASIDE + "|"
    # "TikTok, owned by Beijing-based ByteDance, said": a participle aside of the name
    r"(?:owned|based|led|run|backed|headquartered|controlled|chaired|founded|established|"
    r"created|formed|launched|filed|brought|published|released|issued|commissioned)\s+"
    r"(?:by|in|on|last|this|earlier)\s)"
)
"""What opens an aside after a speaker's name: "a neurologist who ...", "the bank's head"."""
_SPEAKER_TAIL_ASIDE = re.compile(
    r",\s*(?:for (?:its|their|his|her|our|my) part|by contrast|in contrast|however|meanwhile|"
    r"in turn|too|though|in response|instead|(?:still|also|now|already|mostly)\s+[a-z]+ing\b"
    r"[^,]*)\s*,?\s*$"
)
"""A discourse marker or a state between a speaker and the speech verb ("The ministry,
however, said", "Many residents, still living in tents, said")."""
_SPEAKING_WHEN = re.compile(
    r"\s*(?:speaking|writing|testifying)\b[^,]*\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|yesterday|today|last\s+\w+|(?:in|on)\s+\d{1,2}\s+\w+|"
    r"(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)"
)
"""A speaker's aside that says when they spoke ("speaking in parliament on Tuesday")."""
_AGE_THEN_ASIDE = re.compile(r"\s*(\d{1,3})\s*,\s*(?=\S)")
"""An age opening a speaker's aside, more of it after ("56, the former deputy governor"):
group 1 is the age."""
_ROLE_FOR_BODY = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){1,4}(?:for|of|at|with|from)\s+(?P<body>\S.*)"
)
"""A speaker named by a role at a body ("A spokesman for the ministry", "a senior official at
Acme"): a "which" after it is about the body, since "which" never means a person."""
_ASKED_BY = re.compile(
    r"\s+(?:polled|surveyed|cited|quoted|interviewed|contacted|consulted|asked|questioned)"
    r"\s+by\s+\S.*$"
)


_TOKEN_BYTES = bytes(
    c if 97 <= c <= 122 else 35 if chr(c).isalnum() or chr(c) in "_'-/" else 32 for c in range(256)
)
"""For an ASCII text: "a"-"z" kept, the other characters `_LOWER_TOKEN` may not touch (word
characters, "'", "-", "/") made "#", the rest blanked."""


def _lower_words(text: str) -> frozenset[str]:
    """The lower-case words of `text`, which tell whether it may report speech at all: the
    `_LOWER_TOKEN` matches. In an ASCII text (most), they are the runs between blanks of the
    text translated by `_TOKEN_BYTES` that hold no "#", found without the regex (about 40%
    faster)."""
    if text.isascii():
        runs = text.encode("ascii").translate(_TOKEN_BYTES).decode("ascii").split()
        return frozenset(filter(str.isalpha, runs))
    return frozenset(_LOWER_TOKEN.findall(text))


def _reports_words(words: frozenset[str]) -> bool:
    """Whether `words` (from `_lower_words`) hold a speech verb ("said", "denied")."""
    return not _SPEECH_WORDS.isdisjoint(words)


_NO_SPEAKER = frozenset(
    "a an the some many most all first second third last only new latest initial".split()
)
"""Opening words that are no speaker before a "speech" verb ("An estimated 17 million")."""


_EVIDENCE_SPEAKER = re.compile(
    r"(?:(?:the|The|its|Its|their|Their|new|New)\s+)?(?:[\w-]+\s+){0,2}(?:data|evidence|"
    r"sequencing|analysis|tests?|results|figures|findings|study|studies|modelling|modeling|"
    r"research|samples?|records)"
)
"""A speaker that is evidence, which a person or body reports at the end of the sentence."""


def _attribution(text: str, words: frozenset[str] | None = None) -> _Attribution | None:
    """Who `text` reports and how, or None. `words` are its `_lower_words` when the caller
    has them already."""
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
            named = (
                _ROLE_THEN_NAME_END.fullmatch(text, m.start("rest")) if m.group("rest") else None
            )
            if (
                named is not None
                and _OWNER_ROLE.fullmatch(m.group("speaker"))
                and named.group(1).lower() not in _WHEN_WORDS  # not "Tuesday" ("May Chen" is)
            ):
                # "..., according to its operator, Infinitum.": the name is who says it; a
                # place ("the club, Liverpool", "its council, London", "its survey, Berlin",
                # "its spokeswoman, Paris") may be the body, what the figure is for or where
                # the person is: the role speaks, the name stays in the claim
                found = _closing(m, f", according to {m.group('speaker')}, {named.group(1)}")
                if entity_type(canonical_entity(named.group(1))) != "place":
                    found.speaker = named.group(1)
                else:
                    found.speaker = m.group("speaker").split(" ", 1)[1]  # "council"
                return found
            return _closing(m, f", according to {m.group('speaker')}")
    if words is None:
        words = _lower_words(text)
    if not _reports_words(words) and "concluded" not in words:
        # ("..., an inquest jury concluded on Tuesday": a closing report only)
        return _data_attribution(text) if not words.isdisjoint(_DATA_VERBS) else None
    # "On Sunday, the ministry said ...", "Speaking at a news conference, Powell said ...":
    # a phrase before the speaker stays in the claim but is no part of the speaker
    fronted = _FRONTED.match(text)
    if (
        fronted
        and not text.startswith("Asked ")  # "Asked whether the union would accept ..., X said"
        and _main_verb(" " + fronted.group(0).rstrip(" ,")) > 0
        # "In a study published on Tuesday, the team said": a participle, no clause
        and _FRONTED_DOCUMENT_PARTICIPLE.fullmatch(fronted.group(0).rstrip(" ,")) is None
    ):
        fronted = None  # "Since tuberculosis is ..., patients admitted to ...": a clause
    at = fronted.end() if fronted else 0
    m = _OPENING_VERB.match(text[at:] if at else text)
    if m is None and at:
        at = 0
        m = _OPENING_VERB.match(text)
    if m and m.group("verb") in _BASE_SPEECH and _bare_base_form(m, text[at:] if at else text):
        m = _OPENING_VERB_NO_BASE.match(text[at:] if at else text)
    if m and m.group("speaker").rstrip().endswith((" neither", " either")):
        return None  # "He neither confirmed nor denied that ...": no report, the sentence whole
    if (
        m
        and _EVIDENCE_SPEAKER.fullmatch(m.group("speaker").strip())
        and (closing := _CLOSING_SPEAKER_FIRST.match(text)) is not None
    ):
        # "The data suggests that the strain came from Europe, the agency said": the agency
        # reports what the data suggests
        return _closing(closing, f", {closing.group('speaker')} {closing.group('verb')}")
    if m and len(m.group("speaker").split()) <= 22:
        speaker_text = m.group("speaker")
        # "Dr. Samuel Reyes, a neurologist who was not involved, said": the name, and its
        # appositive left out of the claims
        name, comma, aside = speaker_text.partition(",")
        closes = bool(comma) and aside.rstrip().endswith(",") and _ASIDE.match(aside) is not None
        aged = _AGE_THEN_ASIDE.match(aside) if comma and not closes else None
        if (
            aged is not None
            and aside.rstrip().endswith(",")
            and _ASIDE.match(aside, aged.end())
            # "Alan Hughes, 70, whose wife died", "Alice Moore, 29, a nurse, and her husband":
            # no aside of one person's own
            and not aside[aged.end() :].lstrip().startswith("whose")
            and " and " not in aside
        ):
            # "Anna Breman, 56, the former deputy governor of ..., told": the age, then who
            closes = True
        inner = aside.rstrip().rstrip(",")
        # "The sponsor, which he declined to name, is expected to pay ..., said X": the aside
        # closes before a predicate of the sentence's own, so the speaker comes later
        last_part = inner.rsplit(",", 1)[1] if "," in inner else ""
        head = name if closes and not (last_part and _PREDICATE_OPEN.match(last_part)) else ""
        named_then_who = _NAME_THEN_WHO.match(aside) if comma and not closes else None
        if named_then_who is not None and aside.rstrip().endswith(","):
            # "Kenya's environment minister, Wanjiru Kamau, who chaired the talks, said": the
            # title and the name; the relative is an aside of hers
            head = f"{name}, {named_then_who.group(1)}"
            aside = aside[named_then_who.end(1) :].lstrip(" ,")
        core = head or speaker_text
        # "A lawyer who represents the families said": the relative says which lawyer
        restricted = _WHO_RESTRICTS.fullmatch(core.strip())
        rel_words = restricted.group("rel").split() if restricted else []
        if (
            restricted is not None
            and _main_verb(" " + restricted.group("rel")) <= 0
            # "who oversees the budget": a verb the lexicon does not know, with its object
            and not (len(rel_words) >= 2 and rel_words[0].endswith(("s", "ed")))
        ):
            # "The man who police said had fled": the speech verb is the relative's own
            restricted = None
        bare = restricted.group("np") if restricted else core
        # The speaker phrase must not itself hold a verb ("Ukraine has used missiles that ..."),
        # but may say who asked ("Economists polled by Reuters said").
        if (
            len(core.split()) <= 14
            # "An estimated 17 million ...", "The first confirmed case": no speaker
            and not all(w in _NO_SPEAKER for w in bare.lower().split())
            # ("member states": the noun, not the verb)
            and _main_verb(" " + _ASKED_BY.sub("", bare).replace("member states", "members")) < 0
            and not re.search(r"\b(?:that|which|who)\b", bare)
            and not (
                text[max(0, at + m.start("content") - 5) : at + m.start("content")] != "that "
                and _object_not_content(m.group("verb"), m.group("content"))
            )
        ):
            content_at = at + m.start("content")
            prefix = text[:content_at].rstrip()
            if head and not _SPEAKING_WHEN.match(aside):
                # "Kenya's environment minister, Wanjiru Kamau, said": the name's commas stay
                # (an aside that says when they spoke stays too: "X, speaking in parliament on
                # Tuesday, said")
                name_comma = "," if named_then_who is not None else ""
                prefix = (
                    text[: at + len(head)]
                    + name_comma
                    + text[at + m.end("speaker") : content_at].rstrip()
                )
            who = core.strip()
            if "," in who:
                # "The Arts Council, for its part,", "Many residents, still living in tents,":
                # the speaker without the aside
                who = _SPEAKER_TAIL_ASIDE.sub("", who)
            if restricted:
                who = re.sub(r"^(?:An?|an?)\s+", "", who)  # "lawyer who represents ..."
            found = _Attribution(who, prefix=prefix, content_at=content_at)
            if head:
                found.aside = aside.strip().rstrip(",").strip()
            if named_then_who is not None and head:
                found.speaker = named_then_who.group(1)  # the name, whose relative the aside is
            named_aside = _TRADE_THEN_NAME.fullmatch(found.aside) if head else None
            if (
                named_aside is not None
                and _NAMES_ROLE.match(head.strip())
                # "chief executive Fiona Achterberg": a title; not "representing victim X"
                and found.aside[: named_aside.start(1)].split()[-1].lower() in _TITLE_WORDS
                and gender(named_aside.group(1).split()[0]) is not None
            ):
                # "Helen Dickinson's successor at the BRC, chief executive Fiona Achterberg,
                # said": Achterberg speaks, not Dickinson; the role is a claim about her
                found.speaker = named_aside.group(1)
                found.aside = head.strip()
            closing = _CLOSING_SPEAKER_FIRST.match(text) if "," in text[content_at:] else None
            if (
                closing is not None
                and closing.start("speaker") > content_at
                # the closing report ends the sentence (not "The company said it had cut 200
                # jobs, the spokesman said, and that ...": the company's report goes on)
                and not text[closing.end() :].strip(' .;:!?”"')
                and (
                    closing.group("speaker")[:1].isupper()
                    or closing.group("speaker").startswith("the ")
                )
                and _main_verb(" " + _ASIDE_CUT.split(closing.group("speaker"), 1)[0]) < 0
            ):
                # "The union had warned managers that numbers were too low, Alan Birch said":
                # Birch reports the union's warning; the closing speaker is the sentence's
                return _closing(closing, f", {closing.group('speaker')} {closing.group('verb')}")
            return found
    if words.isdisjoint(_CLOSING_WORDS):
        return _data_attribution(text) if not words.isdisjoint(_DATA_VERBS) else None
    m = _CLOSING_SPEAKER_FIRST.match(text)
    if (
        m
        and m.group("verb") in _PRESENT_CLOSING
        and (
            not _NAMED_OR_DETERMINED.match(m.group("speaker"))
            # "the cost adds to pressure": the verb's own complement, no report (not "the
            # bank warns in its latest forecast")
            or _VERB_COMPLEMENT.match(m.group("rest")) is not None
        )
    ):
        m = None  # "..., beating estimates": a participle and its object, no speaker
    if m and _main_verb(" " + _ASIDE_CUT.split(m.group("speaker"), 1)[0]) < 0:
        return _closing(m, f", {m.group('speaker')} {m.group('verb')}")
    m = _CLOSING_VERB_FIRST.match(text)
    if m and _main_verb(" " + _ASIDE_CUT.split(m.group("speaker"), 1)[0]) < 0:
        # "..., said Halberg would cut 2,800 jobs" reports a clause: "Halberg" is no
        # closing speaker (the speaker is before the verb)
        return _closing(m, f", {m.group('verb')} {m.group('speaker')}")
    m = _CLOSING_VERB_FIRST_COMMON.match(text)
    if m:
        return _closing(m, f", {m.group('verb')} {m.group('speaker')}{m.group('when') or ''}")
    return None


_BASE_SPEECH_NEXT = re.compile(r"\s+(?:that|the|a|an|it|its|they|their|this|these|[A-Z]|\d)\b")


def _bare_base_form(m: re.Match[str], text: str) -> bool:
    """Whether a base-form speech verb is no report: an infinitive ("to estimate the
    incidence"), a second verb ("examine X and argue"), or a noun ("interval estimate
    methods")."""
    speaker = m.group("speaker").strip()
    return (
        re.search(
            r"\b(?:to|and|or|we|I|not|never|cannot|can|could|will|would|may|might|must|should|"
            r"did|do|does)$",
            speaker,
            re.IGNORECASE,
        )
        is not None
        or speaker[:1].islower()
        or _BASE_SPEECH_NEXT.match(text, m.end("verb")) is None
    )


def _data_attribution(text: str) -> _Attribution | None:
    """ "Net migration fell to 431,000, official figures showed on Thursday": the figures are
    the source, as a speaker would be."""
    m = _CLOSING_DATA.match(text)
    if m is None:
        return None
    return _closing(m, f", {m.group('speaker')} {m.group('verb')}")


_WHEN_SAID = re.compile(
    r"(\s+(?:(?:on|in|at|late|early|last|this|via|through)\s[^,;:“\"()]{1,60}?|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
    r"(?:\s[^,;:“\"()]{1,40}?)?))\s*(?=[,.;]?$|,)"
)
"""When and how a closing attribution was made: " on Wednesday", " in a statement on Saturday"."""
_WHEN_AFTER_NAME = re.compile(
    r"(,\s+on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2,8}\.?\s\d{1,2})"
    r"|,\s+in\sa\s(?:statement|post|letter|interview)[^,;:“\"()]{0,40}?)\s*(?=[,.;]?$|,)"
)
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|could|may|might|expected|plans?|set to)\b")
_COMPARED_REST = re.compile(
    r",\s+(?:an?\s+(?:[\d.,]+%?|(?:\w+\s+)?(?:increase|decrease|rise|fall|drop|jump|gain|"
    r"decline|record|high|low))|up|down|compared|more than|less than|fewer than|twice|double|"
    # "the lowest level since 2021", "a fee that could rise to 75 million euros"
    r"the\s+(?:[a-z]+est|most|least)|an?\s+(?:\w+\s+)?(?:fee|sum|figure|amount|price|deal|"
    r"level|rate|total|value)\s+(?:that|which)\s)\b"
)
"""What may follow a closing attribution and still be reported: a comparison of the figure."""


_ACT_VERBS = frozenset("reported reports announced announces".split())
_OBJECT_VERBS = _ACT_VERBS | frozenset(
    "admitted admits denied denies confirmed confirms acknowledged revealed reveals claimed "
    "claims estimated predicted".split()
)
"""Speech verbs that also take a plain object ("admitted the charges", "denied the claims")."""
_OBJECT_ONLY_VERBS = frozenset(
    "conceded concedes countered ruled testified testifies cautioned contended contends "
    "declared declares wrote writes".split()
)
"""Speech verbs that report only with a clause after them ("conceded defeat" is an act)."""
_COUNT_VERBS = _ACT_VERBS | frozenset("added adds estimated estimates confirmed confirms".split())
_COUNTED_OBJECT = re.compile(
    r"(?:(?:a further|another|an additional|more than|nearly|about|around|almost|over|some|"
    r"at least|up to|roughly)\s+)?(?:[$€£₹¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|dozens|hundreds|thousands|millions)\b)"
)
"""What opens a counted object: "four deaths", "a further $2 billion", "about 300 jobs"."""
_OBJECT_THEN_ACT = re.compile(
    r"(?:the|a|an|his|her|its|their)\s[^,]{1,60},\s+(?:(?:and|but|then)\s+)?[a-z]{3,}ed\b"
)
"""An object, then the next act in a list: "the facts, pleaded temporary dementia ..."."""
_OBJECT_THEN_CLAUSE = re.compile(r"([^,]{1,40}),\s+(?:and|but)\s+(?!that\b)")
"""A short object, then another clause after ", and"/", but"."""
_AND_ACT = re.compile(
    r"\band (?:also |later |then )?(?:[a-z]+ed|cut|set|kept|made|took|gave|won|lost|sold|"
    r"bought|paid|said|will|would|plans|expects)\b(?! that\b)"
)
"""A second act of the subject: "reported earnings ... and raised its forecast", "has reported
cases and will start its own campaign"."""
_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|where|as|because|while|after|since|although|though|when)\b"
)
"""Where a relative or subordinate clause after an object starts ("revenue of $14.2 billion,
as demand accelerated")."""
_OWN_VERB = re.compile(r"\b(?:[a-z]+ed|was|were|is|are|has|have|had|will|would|could|can)\b")


def _object_not_content(verb: str, content: str) -> bool:
    """Whether what follows "reported", "announced" is its object, not reported words: "X
    reported first-quarter earnings above expectations and raised its forecast" is two acts;
    "he admitted the facts, pleaded ... and was sentenced" lists acts."""
    if content.lower().startswith("that "):
        return False
    if verb in ("added", "adds") and content.startswith(("to ", "up ")):
        return True  # "added to the 11,000 people who had left": an act, no words
    if (
        verb in ("added", "adds")
        and content.startswith(("a ", "an ", "another ", "his ", "her ", "their ", "its "))
        and _main_verb(" " + re.split(r",| and | but ", content, maxsplit=1)[0]) < 0
    ):
        return True  # "Ferri added a third goal in stoppage time": an act, no words
    if verb in _OBJECT_ONLY_VERBS:
        # "conceded defeat and said ...", "countered the claim": an object, unless a clause
        # follows ("conceded the plan had failed")
        clause = re.split(r",| and | but ", content, maxsplit=1)[0]
        if _main_verb(" " + clause) < 0:
            return True
    if verb in _COUNT_VERBS and _COUNTED_OBJECT.match(content):
        # "reported four deaths", "added 50 billion cubic metres of capacity": a count, not
        # words, unless it has its own verb ("reported 12 people had died")
        comma = content.find(",")
        if _main_verb(" " + (content[:comma] if comma > 0 else content)) < 0:
            return True
    if verb in _OBJECT_VERBS and _OBJECT_THEN_ACT.match(content):
        return True  # "the facts, pleaded temporary dementia": an object, then acts
    if verb in _OBJECT_VERBS and (obj := _OBJECT_THEN_CLAUSE.match(content)) is not None:
        if _main_verb(" " + obj.group(1)) < 0 and _OWN_SUBJECT.match(content, obj.end()):
            # "has denied wrongdoing, and prosecutors have not charged him": the denial's
            # object, then a clause of the writer's
            return True
    if verb not in _ACT_VERBS:
        return False
    # "reported revenue of $4 billion, which was 12% more": the verb of a relative clause is
    # not the content's own
    relative = _RELATIVE.search(content)
    head = content[: relative.start()] if relative else content
    if _main_verb(" " + head) < 0 or _main_verb(" " + head.split(",", 1)[0]) < 0:
        # "reported record revenue on Thursday, helped by chip demand, but cut ...": the
        # object ends at its comma
        return True
    second = _AND_ACT.search(content)
    # "reported earnings ... and raised": the object has no verb of its own before "and";
    # "reported gunmen killed 12 and wounded 30" reports a clause
    return (
        second is not None
        and not _OWN_VERB.search(content, 0, second.start())
        # "reported the minister knew about the payments and would resign": "knew" is the
        # reported clause's own verb
        and _main_verb(" " + content[: second.start()]) < 0
    )


def _closing(m: re.Match[str], suffix: str) -> _Attribution:
    """An attribution after its content: "X happened, officials said, adding that Y"."""
    speaker = m.group("speaker")
    rest = m.group("rest") or ""
    when = _WHEN_SAID.match(rest)
    if when:
        suffix += when.group(1)  # ", officials said on Wednesday", "... in a statement"
    elif (after_name := _WHEN_AFTER_NAME.match(rest)) and not _LOOKS_AHEAD.search(
        m.group("content")
    ):
        # ", said his coach, Patrick Sang, on Tuesday": when, after the name's closing comma
        # (not after a content that looks ahead, whose "Tuesday" would be read as the next)
        suffix += after_name.group(1)
    after_when = rest[when.end() :] if when else rest
    if _COMPARED_REST.match(after_when) and _HAS_DIGIT.search(after_when) and "://" not in rest:
        # "..., according to WHO figures, a 160% increase on last year": the figure's
        # comparison is part of what is reported (also after when it was said)
        suffix += _NEXT_CLAUSE.split(after_when, 1)[0].rstrip(" .")
    attribution = _Attribution(speaker, suffix=suffix, content_at=0, content_end=m.end("content"))
    added = _ADDING.match(rest)
    if added:
        name = re.sub(r"^(?:the)\s+", "the ", speaker)
        attribution.extra = (
            f"{name[:1].upper()}{name[1:]} {_SPEECH_ING[added.group('ing')]} that",
            added.group("content"),
            m.start("rest") + added.start("content"),
        )
    elif (
        (which := _WHICH_AFTER_CLOSING.match(rest, when.end() if when else 0)) is not None
        and speaker.split(" ", 1)[0].lower() not in _PRONOUN_SUBJ
        and _is_verb(which.group("verb"), None)
        and not which.group("verb").endswith("ing")
        # "..., which could force evacuations", "which means real wages fell", "which would
        # make it the worst month": about what was reported, not the source
        and not (which.group("rel") == "which" and _SENTENTIAL_WHICH.match(which.group("vp")))
        # "..., which gave no further details": nothing to check
        and _NO_DETAILS.match(which.group("vp")) is None
    ):
        # "..., according to the agriculture ministry, which put losses at 6.5 billion
        # rupees": what the source did, a claim of its own
        name = re.sub(r"^(?:the)\s+", "the ", speaker)
        attribution.extra = (
            "",
            f"{name[:1].upper()}{name[1:]} {which.group('vp')}",
            m.start("rest") + which.start("vp"),
        )
    elif (ing := _ING_AFTER_CLOSING.match(rest, when.end() if when else 0)) is not None:
        # "..., the ministry said, ending a five-month ordeal": the participle's fact (and
        # its figures) stays in the report, as the sentence has it
        attribution.suffix += ing.group(1)
    elif (tail := _CLAUSE_AFTER_CLOSING.match(rest, when.end() if when else 0)) is not None:
        # "..., authorities said, as 800 firefighters battled the blaze": the clause after
        # the report is a claim too; the speaker's own ("but warned that", "though they
        # noted that") keeps the speaker, the writer's ("as ...") has none
        name = re.sub(r"^(?:the)\s+", "the ", speaker)
        name = f"{name[:1].upper()}{name[1:]}"
        content, at = tail.group("content"), m.start("rest") + tail.start("content")
        again = _SPEAKER_AGAIN.match(content)
        if again:
            prefix = f"{name} {again.group('verb')} that"
            content, at = content[again.end() :], at + again.end()
        elif (
            # "..., the opposition leader said, and the prime minister must resign": still
            # the speaker's words ("according to X" has no verb to say it again with)
            "verb" in m.re.groupindex
            and tail.group("conj") in ("while", "whereas", "but", "and", "because")
            # someone else's report ("and rival Acme reported"), not a place ("to Poland")
            and not any(
                n.lower() not in _PLACES and n.lower() not in _CALENDAR_WORDS
                for n in _NAMES_INSIDE.findall(content)
            )
            # "..., but Israel said it had targeted militants": a report of its own (not "but
            # no new students will be admitted": a passive)
            and not _reports_itself(content)
            # "..., the bank said, but many economists expected a cut": other people's view
            # (not "but branches closed last year will not reopen": a participle in the subject)
            and not (
                (view := _OTHERS_VIEW.match(content)) is not None
                and _AUX_LATER.search(content, view.end()) is None
            )
        ):
            prefix = f"{name} {m.group('verb').split()[0]}"
        else:
            prefix = ""
        if (
            content
            and (again or _OWN_SUBJECT.match(content))
            and not (
                _ELLIPTICAL_TAIL.match(content)
                or (len(content.split()) <= 5 and _ELLIPTICAL_TAIL_END.search(content))
            )
        ):
            # only a clause with its own subject: ", but did not give further details",
            # ", as they appealed for witnesses", ", as is customary" are the speaker's or
            # nobody's, no claim
            attribution.extra = (prefix, content, at)
        elif (
            "verb" in m.re.groupindex
            and tail.group("conj") == "and"
            and (passive := _PASSIVE_SUBJECT.match(m.group("content"))) is not None
            and _PASSIVE_GOES_ON.match(content)
        ):
            # "The suspect was arrested on Monday, police said, and charged with murder on
            # Tuesday": the same subject, the same report
            subject = passive.group("subject")
            if subject.split()[0] in _LOWER_OPENERS:
                subject = subject[:1].lower() + subject[1:]  # "Police said the suspect was"
            attribution.extra = (
                f"{name} {m.group('verb').split()[0]}",
                f"{subject} {passive.group('aux')} {content}",
                at,
            )
        elif (
            "verb" in m.re.groupindex
            and tail.group("conj") == "and"
            and _AUX_VP.match(content)
            and (plain := _PLAIN_SUBJECT.match(m.group("content"))) is not None
        ):
            # "Exports fell 3 per cent, she said, and were expected to recover in 2028": the
            # same subject, the same report
            subject = plain.group(1)
            if subject.split()[0] in _LOWER_OPENERS or not find_entities(subject):
                subject = subject[:1].lower() + subject[1:]  # "She said exports were ..."
            attribution.extra = (f"{name} {m.group('verb').split()[0]}", f"{subject} {content}", at)
    return attribution


_AUX_VP = re.compile(r"(?:was|were|is|are|has|have|had|will|would)\s+(?:not\s+)?[a-z]+")
"""A verb phrase with its auxiliary and no subject ("were expected to recover")."""
_PLAIN_SUBJECT = re.compile(
    r"((?:(?:The|A|An|His|Her|Their|Its)\s+)?(?:[a-z-]+\s+){0,2}?[A-Za-z][a-z-]+s?|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:fell|rose|grew|dropped|climbed|jumped|"
    r"slipped|increased|decreased|declined|was|were|had|have|has)\b"
)
"""The first clause's own subject before its verb ("Exports fell")."""


_PASSIVE_SUBJECT = re.compile(
    r"(?P<subject>(?:The|A|An|His|Her|Their|Its|Two|Three|Four|Five|Six|\d[\d,]*)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?P<aux>was|were)\s+[a-z]+ed\b"
)
"""A clause whose subject was acted on ("The suspect was arrested ...")."""
_LOWER_OPENERS = frozenset("The A An His Her Their Its Two Three Four Five Six".split())
_PASSIVE_GOES_ON = re.compile(
    r"(?:later\s+|then\s+|also\s+)?(?:charged|released|jailed|sentenced|remanded|bailed|"
    r"taken|treated|questioned|detained|convicted|fined|freed|transferred|moved|flown|"
    r"discharged|interviewed|arrested|cautioned|named|identified)\b"
)
"""A participle after ", and" that goes on with the same passive subject ("and charged")."""


def _reports_itself(content: str) -> bool:
    """Whether a clause after a closing report is a report of its own: a speech verb among its
    first words, not in a passive ("will be admitted")."""
    words = content.lower().rstrip(".").split()[:8]
    return any(
        word in _SPEECH_WORDS and (i == 0 or words[i - 1] not in _PASSIVE_AUX)
        for i, word in enumerate(words)
    )


_OTHERS_VIEW = re.compile(
    r"(?:[a-z]+\s+)?(?:economists|analysts|forecasters|judges|officials|critics|experts|"
    r"lawmakers|investors|residents|workers|members|unions|opponents|campaigners|scientists|"
    r"doctors|lawyers|diplomats|traders|observers|leaders|fans|supporters|protesters|voters|"
    r"shareholders|rivals|activists|environmentalists|branches|groups|teachers|farmers|nurses|"
    r"parents|pilots|staff|students|passengers|tenants|drivers|patients|retailers|landlords|"
    r"homeowners|businesses|employers|employees|unionists|families)\s+(?:expected|disagreed|"
    r"protested|warned|argued|said|say|thought|think|believe|believed|feared|fear|voted|want|"
    r"wanted|criticised|criticized|objected|rejected|questioned|doubted|predicted|complained)\b"
)
"""Other people's view or act after "but" ("but many economists expected a cut")."""
_AUX_LATER = re.compile(r"\b(?:will|would|can|could|may|might|are|is|were|was|have|has|had)\b")
"""An auxiliary after such a view, which makes its verb a participle in the subject ("but
branches closed last year will not reopen")."""
_CALENDAR_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)
"""Month and weekday names, lower case: capitalised words that name no one."""
_PASSIVE_AUX = frozenset("be been being was were is are not".split())
_NAMES_INSIDE = re.compile(r"\s([A-Z][a-z][\w’'-]*)")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|though|although)\s")
"""Where a clause of its own starts after a closing report's comparison."""
_WHICH_AFTER_CLOSING = re.compile(
    r",\s+(?P<rel>which|who)\s+(?P<vp>(?:also\s+)?(?P<verb>[a-z]+)\s(?:[^“\",;]|(?<=\d),(?=\d)){6,}?)"
    r"[\s.]*$"
)
"""A relative on a closing source (", according to the ministry, which put losses at ..."),
ending the sentence."""
_SENTENTIAL_WHICH = re.compile(
    r"(?:means|meant|mean|suggests|suggested|implies|implied|"
    # "which could further reduce heating demand": a consequence the fact may have
    r"(?:could|would|may|might)\b|"
    r"(?:will|should|can)\s+(?:also\s+)?(?:force|mean|make|push|lift|"
    r"raise|hurt|cause|lead|leave|bring|take|add|trigger|spark|prompt|delay|disrupt|be)\b|"
    r"(?:is|was|are|were)\s+(?!\w+ed\b)|"
    r"(?:makes|made|brings|brought|takes|took|puts|put|pushes|pushed|lifts|lifted|leaves|left)\s+"
    r"(?:it|the\s+(?:total|toll|number|figure|tally|count))\b)"
)
"""A closing relative about what was reported, not the source ("which would make it the worst
month", "which means real wages fell", "which was the highest since 2009")."""
_NO_DETAILS = re.compile(
    r"(?:gave|provided|offered|released|disclosed)\s+no\s+(?:further\s+|other\s+|more\s+)?"
    r"(?:details|information|comment|figures?|breakdown)|did\s+not\s+|declined\s+to\b"
)
_ING_AFTER_CLOSING = re.compile(
    r"(,\s+(?:with\s+[A-Za-z][^,;“\"]{1,40}?\s+(?!(?:saying|accusing|arguing|insisting|claiming|"
    r"warning|denying|disputing|calling|describing)\b))?[a-z]{3,}ing\s[^“\"]{8,}?)[\s.]*$",
    re.DOTALL,
)
"""A participle phrase after a closing report (", the ministry said, ending a five-month
ordeal"), or an absolute one (", with Adelaide recording 19 days above 40 degrees")."""
_CLAUSE_AFTER_CLOSING = re.compile(
    r",\s+(?P<conj>as|while|whereas|though|although|but|and|because)\s+(?P<content>[^“\"]{12,})$",
    re.DOTALL,
)
"""A clause after a closing report (", officials said, as ...", ", the company said, while",
", the company said, and analysts said ...")."""
_OWN_SUBJECT = re.compile(
    r"(?:(?:the|a|an|its|their|some|more|about|nearly|over)\b|[A-Z0-9$€£]|"
    # "but local jobs will be cut": an adjective, a plural and its verb
    r"[a-z]{3,}\s+[a-z]{3,}s\s+(?:will|would|could|are|were|have|had|[a-z]{3,}ed)\b|"
    # "and two more are due on Wednesday": a count and its verb
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:are|were|is|was|have|had|will|would|could|remain|remained|"
    r"[a-z]{3,}ed)\b|"
    # a bare plural and its verb: "costs fell 2%", "investigators focused on"
    r"[a-z]{3,}s\s+(?:[a-z]{3,}ed|fell|rose|grew|sank|held|kept|had|have|were|are|will|would|"
    r"could|said|say)\b|"
    # a bare mass noun and its change: "unemployment rose to 8.9%", "inflation was 3%"
    r"(?!(?:also|then|later|still|now|again|even|just|only|never|often|yet)\b)[a-z]{3,}(?<!ly)"
    r"\s+(?:rose|fell|grew|climbed|dropped|jumped|slipped|slid|increased|decreased|declined|"
    r"edged|stood|remained|surged|plunged|eased|was|is|has|had|will|would)\b|"
    # "his lawyer said", "no charges have been filed", "her trial is due": a subject of its
    # own when a verb follows it at once ("and his involvement in ..." is another object)
    r"(?:his|her|no)\s+(?:[a-z]+\s+){1,2}(?:said|says|is|are|was|were|has|have|had|will|would|"
    r"could|[a-z]{3,}ed)\b)"
)
"""A clause that opens with a subject of its own (not a verb or a pronoun)."""
_SPEAKER_AGAIN = re.compile(
    r"(?:(?:he|she|it|they)\s+)?(?:also\s+)?(?P<verb>noted|added|warned|said|cautioned|"
    r"stressed|insisted|acknowledged|conceded)\s+(?:that\s+)?"
)
"""The speaker going on: "they noted that", "warned that"."""
_ELLIPTICAL_TAIL = re.compile(r"(?:expected|forecast|predicted|planned|promised)\b|\w+\s+did\b")
"""A tail that only compares with a hedge ("as expected", "as analysts had forecast")."""
_ELLIPTICAL_TAIL_END = re.compile(
    r"\b(?:expected|forecast|predicted|estimated|anticipated|feared|hoped|did|had|have|was|"
    r"were|does|do)\W*$"
)
"""A short tail ending on its verb ("as analysts had expected"); not `extract_clauses`'
`_ELLIPTICAL_END`, which ends on an auxiliary after a pronoun."""


_PEOPLE_ENDINGS = (
    "ers", "ors", "ists", "ans", "ants", "ents", "ives", "ats", "als", "ites", "ss", "us", "is",
    "ics", "'s", "’s",
)  # fmt: skip


def _name_in_s(word: str) -> bool:
    """One capitalised word in "s" that is a body's name ("Siemens", "Barclays", "Adidas"),
    not a plural of people ("Officials", "Farmers", "Democrats") or of things ("Exports")."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and low.isalpha()
        and low.endswith("s")
        and low not in _PLURAL_NOUNS
        and not low.endswith(_PEOPLE_ENDINGS)
    )


_TIME_TAIL = re.compile(
    r"\s+(?:on|in|last|this|earlier|late|early)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|week|month|year|\d{4})$"
)
"""A time at the end of a source ("... published by the ONS on Thursday")."""
_OWNERS_ROLE = re.compile(
    r"[’']s\s+(?:[a-z-]+\s+){0,2}(?:chief|head|director|boss|president|chair|chairman|chairwoman|"
    r"spokes(?:man|woman|person)|minister|secretary|executive|officer|manager|leader|founder|"
    r"governor|economist|analyst)\b"
)
"""A role of a body's ("NHS England's chief executive"): a person."""


def _organisation(speaker: str | None) -> bool:
    """Whether who a sentence reports ("the ministry said") is what a following "It said"
    means: one body, not a person, a pronoun, a plural ("officials") or two ("Apple and
    Google")."""
    if not speaker:
        return False
    low = speaker.lower()
    words = low.split()
    if _OWNERS_ROLE.search(speaker):
        return False  # "NHS England's chief executive": a person, whom "It said" does not mean
    if speaker[:1].isupper() and len(words) > 1 and entity_type(speaker) == "org":
        return True  # "Acme Foods", "ESB Networks": a body's name, though it ends in "s"
    if (
        low in ("it", "he", "she", "they", "this", "that", "there", "we", "i", "you")
        or (low.endswith("s") and not _name_in_s(speaker))
        or "or" in words
        or "," in low
    ):
        return False
    entities = find_entities(speaker)
    if "and" in words and not (
        # "the Competition and Markets Authority": one body's name; not "Apple and Google"
        len(entities) == 1 and " and " in entities[0].text and entities[0].type == "org"
    ):
        return False
    return not any(e.type == "person" for e in entities)


_TITLE_CASE_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of\s+the|the|of|for|and)\s+[A-Z][\w’'-]*)+")
"""A name whose small words are inside it ("Friends of the Earth", "Save the Children")."""
_WHEN_WORD = re.compile(
    r"^(?:Earlier|Later|Previously|Meanwhile|Also|Now)\s+(?=\S)|\s+(?:now|also|later|earlier|"
    r"previously|again|then|still)$"
)
"""A time word at the edge of a speaker phrase ("The fire brigade now says", "Earlier it")."""
_THING_SUBJECT = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
"""A subject that is a thing ("The recall", "The new penalty"), which says nothing."""
_SPEAKING_NOUNS = _DESCRIPTION_HEADS | frozenset(
    "watchdog regulator prosecutor prosecutors lender insurer automaker carmaker drugmaker "
    "chipmaker firm government judge police".split()
)
"""Nouns of bodies that speak: a subject with one is no thing ("The central bank")."""
_UNNAMED_SPEAKER = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:official|spokesman|spokeswoman|spokesperson|officer|"
    r"source|witness|resident|diplomat|executive|analyst|doctor|lawyer)"
)
"""One person named by a role only ("a railway official"), whom a following "He said" means."""


def _could_be_person(name: str) -> bool:
    """Whether a two-word name is a person's, by a given name or at least by no body's word
    ("Keisha Ormond", not "Acme Holdings")."""
    words = name.lower().split()
    if any(w in _TITLE_WORDS or w in _TITLE_HEADS for w in words):
        return False  # "Chief Constable", "Prime Minister", "Lord Smith": a title
    return gender(name.split()[0]) is not None or (
        entity_type(canonical_entity(name)) not in ("org", "place") and _ORG_WORDS.isdisjoint(words)
    )


_TITLE_HEADS = frozenset(
    "archbishop bishop duke duchess earl lord lady baron baroness prince princess king queen "
    "president prime minister secretary chief executive constable mayor governor chancellor "
    "health foreign home defence defense finance".split()
)
"""Words of a title, not of a name ("Chief Constable of Kent", "Lord Smith of Finsbury")."""


_PERSON_OF_PLACE = re.compile(
    r"(?!The\s)([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+of\s+[A-Z][\w’'.&-]*(?:\s+(?!and\b)[\w’'.&-]+)*"
)
"""A person and where they are from, found as one name ("Keisha Ormond of Yonkers")."""
_FRONTED_DOCUMENT_PARTICIPLE = re.compile(
    r"(?:In|On|At|By|Under)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:published|released|"
    r"issued|posted|filed|seen|obtained|sent|delivered|made|given)\b[^,]*"
)
"""A fronted phrase whose verb is a participle ("In a study published on Tuesday")."""
_BY_PUBLISHER = re.compile(
    r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:published|issued|released)\s+by\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*){0,5})"
)
_PEOPLE_AFTER_BODY = re.compile(
    r"\s+(?:researchers|scientists|journalists|staff|reporters|analysts|economists|officials|"
    r"experts|doctors)\b"
)
"""People of a body after its name ("Lancet researchers"): they published it, not the body."""
_AUTHORED_DOCS = frozenset(
    "figures data guidance report statistics statement forecast estimate estimates survey study "
    "review analysis assessment".split()
)
"""What a body publishes as its own words ("The figures were published by the ONS")."""
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|examined|read)\s+by\s")
"""Who saw a document ("court documents seen by AP"), which is not who says what it says."""
_BY_BODY = re.compile(
    r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:operated|owned|run|"
    r"managed|controlled|maintained|approved|announced)\s+by\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w&.’'-]*(?:\s+(?:of\s+)?[A-Z][\w&.’'-]*){0,4})"
)
"""A passive's agent that is a name ("is operated by Gulfline Midstream Partners")."""
_SINGLE_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w&’'.-]*){0,4}"
)
"""A body's name a closing "..., it said" may mean ("Acme Motors", "the Bundesbank", "The Bank
of Canada")."""
_BRACKETED = re.compile(r"\s+\([^()]*\)")
_OWNED_UNIT_AT = re.compile(
    r"(?:[Tt]he )?([A-Z][\w-]*(?: [A-Z][\w-]*)*[’']s (?:[a-z]+ ){0,2}(?:centre|center|office|branch|unit|"
    r"team|division|station|bureau|headquarters|service|agency|department|observatory|lab|"
    r"laboratory))\s+(?:on|in|at|near|for)\s"
)
"""A body's unit and where it is ("Meteo-France's regional centre on the island of ...")."""
_COMMON_HEAD = re.compile(
    # "Republican leaders in the General Assembly", "An official at Global Affairs Canada"
    r"(?:(?:[Tt]he|[Aa]ll)\s+)?(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]+s\s+(?:in|at|from|of)\s+"
    r"|(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z]+\s+)?(?:official|officer|executive|analyst|economist|"
    r"researcher|scientist|engineer|employee|worker|diplomat|negotiator|judge|magistrate|"
    r"prosecutor|coroner|doctor|teacher|resident)\s+(?:at|in|from|with)\s+"
    r"|(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z]+\s+)?(?:lawyer|"
    r"attorney|solicitor|barrister|spokes(?:man|woman|person)|representative|adviser|advisor|aide|"
    r"agent|friend|relative|publicist|source close)s?\s+(?:for|to|of|representing)\s+"
    r"|(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Za-z]+\s+)?(?i:ministry|government|agency|office|department|"
    r"embassy|council|court|police|army|military|authorities|administration|committee|company|"
    r"firm|bank|union|hospital|university|regulator|commission|institute|institution|"
    r"foundation|centre|center|museum|school|observatory|laboratory|lab)\s+(?:in|at)\s+"
    # "police in the canton of Valais"
    r"(?=[A-Z]|the\s+(?:canton|state|province|region|county|city|town|district|department)\b)"
)
"""A common noun before where it is or whom it speaks for ("Policymakers in Brussels",
"A lawyer for Obi", "The health ministry in Port Sudan"): the speaker is the noun's, not the
name's or the place's."""

_PREDICATE_OPEN = re.compile(
    r"\s*(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must)\b"
)
"""A stretch that opens with an auxiliary: the sentence's predicate, not more of an aside."""
_NAME_THEN_WHO = re.compile(
    r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?:who|whose|"
    # "The firm's founder, John Smith, based in London, said"
    r"(?:based|born|raised|elected|appointed)\s+(?:in|at|on|to|by|as|from)\b)\s"
)
"""A name after a title, then its relative ("..., Wanjiru Kamau, who chaired the talks,")."""
_NAMES_ROLE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}[’']s\s+[a-z]")
"""A role named by whose it is ("Helen Dickinson's successor")."""
_TRADE_THEN_NAME = re.compile(r"(?:[a-z][a-z-]*\s+){1,3}([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
"""An aside that is a trade and a name ("chief executive Fiona Achterberg")."""
_OWNER_BEFORE_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:[’']s|s[’'])\s+"
    r"(?=[A-Z][a-z]+\s+[A-Z][\w’'-]+$)"
)
"""A body owning the person named after it ("The Liberal Democrats' Rachel Huang")."""
_NATION_BEFORE_NAME = re.compile(r"([A-Z][a-z]+)(?:[’']s)?\s+(?=[A-Z][a-z]+\s+[A-Z][\w’'-]+$)")
"""A nationality or country before a person's first and last name ("American Taylor
Fritz", "Britain's Cameron Norrie")."""
_ROLE_OF_NAME = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][a-z-]*\s+){0,2}(?i:mayor|head|chief|leader|president|governor|"
    r"chairman|chairwoman|chair|director|director-general|secretary-general|minister|secretary|"
    r"executive|officer|commissioner|boss|founder|owner|manager|coach|captain|spokesman|"
    r"spokeswoman|spokesperson|ambassador|envoy|prosecutor|judge|editor|chancellor|premier|"
    r"governor-general|dean|principal|sheriff|commander|chief executive)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?[A-Z][\w&’'.-]*){0,5}"
)
"""A role and whose it is ("The mayor of London", "the chief executive of Tesla"): a person."""
_JOINT_ITEM = r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*|\s+of\s+(?:the\s+)?){0,5}"
_JOINT = re.compile(
    rf"(?:[Tt]he\s+)?{_JOINT_ITEM}(?:,\s+(?:the\s+)?{_JOINT_ITEM})*,?\s+and\s+(?:the\s+)?"
    + _JOINT_ITEM
)
"""Bodies or countries joined by "and", as a speaker ("NASA and the European Space Agency",
"Britain, France and Germany")."""
_AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}\s*,?\s*$")
_AGE_EPITHET = re.compile(r"[Tt]he (?:\d{1,3}-year-old|teenager|youngster)(?: [A-Z][a-z]+)?")
"""How wire copy names the person just named again as the speaker: "the 42-year-old"."""


_FOR_SOMEONE = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}[’']s\s+(?:lawyers?|attorneys?|solicitors?|family|"
    r"representatives?|spokes(?:man|woman|person)|agent|campaign|office)"
)
"""Who speaks for someone named ("Lorraine Kettering's lawyers")."""


_BODY_OWNS_SUBJECT = re.compile(r"(?:[Tt]he\s+)?([a-z]+)[’']s\s+[a-z]")
"""A subject that a body owns ("The agency's outlook"), whose "it said" is the body's."""
_DATA_FROM_SUBJECT = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ss]eparate|[Nn]ew|[Ll]atest|[Oo]fficial|[Ff]resh|[Pp]rovisional|"
    r"[Pp]reliminary|[Mm]onthly|[Qq]uarterly|[Aa]nnual)\s+)*"
    r"(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Ee]stimates|[Ss]urvey|[Rr]esearch|"
    r"[Aa]nalysis)\s+(?:from|by|(?:published|compiled|released)\s+by)\s+(?P<body>\S.*)"
)
"""A subject that is a body's data ("Separate figures from data firm Kantar"): a following
"it said" is the body's."""


def _body_named_last(body: str) -> str | None:
    """The name of the body a data source's phrase ends with ("data firm Kantar" -> "Kantar"),
    if it ends with one that is no person."""
    named = [e for e in find_entities(body) if e.type != "person"]
    return named[-1].name if named and named[-1].end == len(body) else None


_PLURAL_LOWER_HEAD = re.compile(
    r"(?:(?:[Tt]he|[Bb]oth|[Tt]wo|[Tt]hree|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    # "The band's founders", "Acme's two owners"
    r"(?:[a-z-]+[’']s\s+)?|[A-Z][\w&-]*[’']s\s+)(?:[a-z-]+\s+){0,2}[a-z-]+s"
)
"""A plural noun phrase of common words ("The two unions"), which names set after it list."""
_NAMED_PAIR_ASIDE = re.compile(
    r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+and\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),?\s*$"
)
"""Two people named after a group ("Two others, Josh Matlow and Alejandra Bravo,")."""
_BODY_AFTER_OF = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){1,2}(?:by|of|from)\s+(?:the\s+)?"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})"
)
"""A thing and the body it is by ("The decision by the Guadalquivir Hydrographic Confederation")."""


def _speaker_name(phrase: str, ctx: _Context) -> str:
    if "(" in phrase:  # "Cllr Sarah Whitcombe (Lib Dem, Northgate)", "Halvern Systems (HLVN.O)"
        phrase = _BRACKETED.sub("", phrase)
    phrase = _WHEN_WORD.sub("", phrase.strip())  # "The fire brigade now", "Earlier it"
    if "," in phrase:
        phrase = _AGE_AFTER_NAME.sub("", phrase)  # "Schulze, 47,"
        # "The firm, one of the largest in Asia,": the firm, not Asia
        phrase = _RANKING_ASIDE.sub("", phrase)
    low = phrase.strip().lower()
    named_pair = _NAMED_PAIR_ASIDE.search(phrase) if " and " in phrase and "," in phrase else None
    if (
        named_pair is not None
        and (
            all(
                entity_type(name) == "person" for name in (named_pair.group(1), named_pair.group(2))
            )
            # "The two unions, CCOO and UGT,": bodies named after their plural noun (not "Police
            # in Leeds, Bradford and York", "Leaders of Britain, France and Germany": a list)
            or (
                _PLURAL_LOWER_HEAD.fullmatch(phrase[: named_pair.start()]) is not None
                and phrase.rstrip().endswith(",")
            )
        )
    ):
        return f"{named_pair.group(1)} and {named_pair.group(2)}"  # "Two others, A and B,"
    by_body = (
        _BODY_AFTER_OF.fullmatch(ctx.subject)
        if low == "it" and not ctx.speaker and ctx.subject
        else None
    )
    if by_body is not None and entity_type(by_body.group(1).strip()) == "org":
        # "The decision by the Guadalquivir Hydrographic Confederation affects growers. ...,
        # it said": the body that decided
        return by_body.group(1).strip()
    if low == "it" and not ctx.speaker and ctx.named_speaker:
        return ctx.named_speaker
    if low == "it" and not ctx.speaker and not ctx.subject and ctx.thing_subject and ctx.last_body:
        # "Acme cut 500 jobs. The decision to close three of its plants ... was taken in May.
        # It said ...": a decision says nothing; the body before does
        return re.sub(r"^the\s+", "", ctx.last_body, flags=re.IGNORECASE)
    if (
        low == "it"
        and not ctx.speaker
        and ctx.quote_speaker
        and not ctx.subject
        and ctx.quote_speaker.lower() in _DESCRIPTION_HEADS
    ):
        # '"...," the court said in a statement. It added that ...': the court again
        return ctx.quote_speaker
    if (
        low == "it"
        and not ctx.speaker
        and ctx.subject
        and ctx.subject.lower() not in ("it", "they", "he", "she")
        and not any(e.type == "person" for e in find_entities(ctx.subject))
        and _SINGLE_NAME.fullmatch(ctx.subject)
        and not (" " not in ctx.subject and ctx.subject.endswith("s"))  # "Exports": a plural
    ):
        return re.sub(r"^the\s+", "", ctx.subject, flags=re.IGNORECASE)  # "..., it said"
    if (
        low == "it"
        and not ctx.speaker
        and ctx.subject
        and _DESCRIPTION_OPEN.fullmatch(ctx.subject) is not None
    ):
        return ctx.subject[4:]  # "The company rejected the offer. It said ...": the company
    if (
        low == "it"
        and not ctx.speaker
        and ctx.subject
        and _THING_SUBJECT.fullmatch(ctx.subject)
        and ctx.subject.rsplit(" ", 1)[-1].lower() in _SPEAKING_NOUNS
        and len(ctx.subject.split()) <= 4
    ):
        # "The defence ministry named the ringleader. It said ...": the ministry
        return ctx.subject[4:]
    by_agent = (
        (
            _BY_BODY.search(ctx.patients_in)
            or (
                published
                # "The figures were published by the ONS": its figures (not "The letter was
                # published by The Guardian": someone else's words, nor "by Lancet researchers")
                if ctx.subject.rsplit(" ", 1)[-1].lower() in _AUTHORED_DOCS
                and (published := _BY_PUBLISHER.search(ctx.patients_in)) is not None
                and not _PEOPLE_AFTER_BODY.match(ctx.patients_in, published.end())
                else None
            )
        )
        if low == "it"
        and not ctx.speaker
        and ctx.subject
        and ctx.patients_in
        and _THING_SUBJECT.fullmatch(ctx.subject)
        and _SPEAKING_NOUNS.isdisjoint(ctx.subject.lower().split())
        else None
    )
    if by_agent is not None and entity_type(canonical_entity(by_agent.group("body"))) != "person":
        # "The pipeline is operated by Gulfline Midstream Partners. It said ...": the body
        # that acts, not the pipeline
        return by_agent.group("body").rstrip(".")
    if (
        low == "it"
        and not ctx.speaker
        and ctx.subject
        and _THING_SUBJECT.fullmatch(ctx.subject)
        and _SPEAKING_NOUNS.isdisjoint(ctx.subject.lower().split())
        and ctx.last_body
    ):
        # "Ford recalled 100,000 cars. The recall affects the Explorer. It said ...": a thing
        # says nothing; the body that was the subject before does
        return re.sub(r"^the\s+", "", ctx.last_body, flags=re.IGNORECASE)
    owner = (
        _BODY_OWNS_SUBJECT.match(ctx.subject)
        if low == "it" and not ctx.speaker and ctx.subject
        else None
    )
    if owner is not None and owner.group(1).lower() in _DESCRIPTION_HEADS:
        # "The agency's outlook ... does not offer much relief. It said ...": the agency, not
        # its outlook
        body = f"the {owner.group(1).lower()}"
        named = _described(body, ctx)
        return named[4:] if named and named.lower().startswith("the ") else named or body[4:]
    if (
        low in ("he", "she")
        # the person named is not the subject ("The spokesman, X, told Prime Minister Y
        # that ...": Y is named last, X spoke)
        and (ctx.person is None or ctx.person not in (ctx.subject or ""))
        and ctx.quote_speaker
        and ctx.gender_of(ctx.quote_speaker) == ("f" if low == "she" else "m")
    ):
        # "X's successor, chief executive Fiona Achterberg, said ... '...,' she said": the
        # woman who spoke, not the other woman her sentence named
        return ctx.quote_speaker
    data_from = (
        _DATA_FROM_SUBJECT.fullmatch(ctx.subject)
        if low == "it" and not ctx.speaker and ctx.subject
        else None
    )
    if data_from is not None:
        # "Separate figures from data firm Kantar showed ... Shoppers spent £12.8 billion, it
        # said": Kantar, whose figures they were
        body = data_from.group("body")
        if (named_last := _body_named_last(body)) is not None:
            return named_last
        if body.lower().startswith("the ") and body.rsplit(" ", 1)[-1] in _DESCRIPTION_HEADS:
            named_body = _described(body, ctx) or body  # "the ministry" -> "Russia's ..."
            return named_body[4:] if named_body.lower().startswith("the ") else named_body
    if low in ("he", "she") and (ctx.person or (ctx.recent and ctx.speaker is None)):
        return ctx.person_for(low) or phrase.strip()
    if low in ("he", "she") and ctx.speaker and _UNNAMED_SPEAKER.fullmatch(ctx.speaker):
        # "..., a railway official told reporters. He said ...": that official
        return re.sub(r"^(?:an?|the)\s+", "", ctx.speaker, flags=re.IGNORECASE)
    if (
        ctx.person
        # "Sonoma County Sheriff Mark Esparza ordered ...": the subject is him, with his title,
        # and no one else the age may be ("arrested a man", "dropped the striker")
        and (
            ctx.subject == ctx.person
            or (
                (ctx.subject or "").endswith(ctx.person)
                and not ctx.unnamed
                and (
                    ctx.other_person is None
                    # "met a 12-year-old ... The 81-year-old said": another age, not them
                    or (
                        ctx.other_person != ""
                        and re.search(r"\d", phrase) is not None
                        and f"{ctx.other_person}-year" not in phrase
                    )
                )
            )
        )
        and ctx.people_named == 1
        and low.startswith("the ")
        and _AGE_EPITHET.fullmatch(phrase.strip())
    ):
        # '"...," the 42-year-old said' after a sentence about him alone; a nationality ("the
        # Spaniard") may be the other player, so it stays as written
        return ctx.person
    demonym = phrase.strip()[4:] if low.startswith("the ") else ""
    if (
        demonym[:1].isupper()
        and " " not in demonym
        # one person ("the Italian", "the Spaniard", "the Briton"), not a people ("the French",
        # "the Americans": the country, as before)
        and demonym.endswith(("an", "ard", "on", "i", "er"))
        and (country := canonical_entity(demonym)) != demonym
        and entity_type(country) == "place"
    ):
        if (
            ctx.person
            and ctx.subject == ctx.person
            and ctx.people_named == 1
            and ctx.other_person is None
            and not ctx.unnamed
        ):
            # 'Jannik Sinner said he had struggled. "...," the Italian told reporters': the
            # one person the sentence before was about, and no one else
            return ctx.person
        return demonym  # '"...," the Italian told reporters': a person, never Italy
    if low == "it" and ctx.speaker:
        return re.sub(r"^the\s+", "", ctx.speaker, flags=re.IGNORECASE)
    if low == "they" and ctx.plural_speaker:  # "the authors reported ... They said"
        return re.sub(r"^the\s+", "", ctx.plural_speaker, flags=re.IGNORECASE)
    stripped = phrase.strip()
    seen_by = _SEEN_BY.search(stripped)
    if seen_by is not None and seen_by.start() > 0:
        # "according to court documents seen by AP": the documents say it, AP only saw them
        return re.sub(r"^(?:the|a|an)\s+", "", stripped[: seen_by.start()], flags=re.IGNORECASE)
    source = (
        _DATA_FROM_SUBJECT.fullmatch(_TIME_TAIL.sub("", stripped))
        if " by " in stripped or " from " in stripped
        else None
    )
    if source is not None:
        # "according to figures published by NHS England on Thursday": NHS England
        if (named_last := _body_named_last(source.group("body"))) is not None:
            return named_last
    if " and " in stripped and "," not in stripped:
        pair = [e for e in find_entities(stripped) if e.type == "person"]
        if (
            len(pair) == 2
            and pair[0].start == 0
            and pair[1].end == len(stripped)
            and stripped[pair[0].end : pair[1].start].strip() == "and"
        ):
            return stripped  # "Melissa Ryan and Ollie Marsh said": both of them
    if "," in stripped:
        # "The union's general secretary, William Mabapa,", "Its director-general, Josef
        # Aschbacher": the person named between the commas
        inner = [
            e.name
            for e in find_entities(stripped)
            if e.type == "person" and stripped[: e.start].rstrip().endswith(",")
        ]
        if inner:
            return inner[-1]
    named = _described(stripped, ctx)
    if named:  # "the ministry" -> "Russia's Defence Ministry", "the bank" -> "European ..."
        return named[4:] if named.lower().startswith("the ") else named
    if " " in stripped and stripped in ctx.people:
        return ctx.people[stripped]  # "De Wolde": Femke de Wolde
    from_place = _PERSON_OF_PLACE.fullmatch(stripped)
    if from_place is not None and _could_be_person(from_place.group(1)):
        return from_place.group(1)  # "Keisha Ormond of Yonkers": Keisha Ormond
    last_word = stripped.rsplit(" ", 1)[-1]
    if last_word in ctx.people and _courtesy_agrees(stripped.split()[:-1], ctx.people[last_word]):
        # "Erdogan", "Mr. Erdogan", "Dr Chalmers": the full name said before
        return ctx.people[last_word]
    if _ASKED_BY.search(stripped) and stripped[:1].isupper():
        # "Most economists polled by Reuters": the economists, not Reuters
        return re.sub(r"^(?:[Mm]ost|[Aa]ll|[Tt]he|[Mm]any|[Ss]ome)\s+", "", stripped)
    if _FOR_SOMEONE.fullmatch(stripped):
        return stripped  # "Lorraine Kettering's lawyers": they speak, not Kettering
    if _WHO_RESTRICTS.fullmatch(stripped):
        return stripped  # "Voters who backed Labour": the voters, not the party
    if _COMMON_HEAD.match(stripped):
        # "lawyer for Obi", "Policymakers in Brussels", "officials at the ministry": the noun's,
        # not the name's or the place's
        return re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", stripped)
    owned_unit = _OWNED_UNIT_AT.match(stripped)
    if owned_unit is not None:
        # "Meteo-France's regional centre on the island of Reunion": the centre, not the island
        return owned_unit.group(1)
    if _TITLE_CASE_NAME.fullmatch(stripped):
        return stripped  # "Friends of the Earth", "Save the Children": one name
    owner_of = _OWNER_BEFORE_NAME.match(stripped)
    if owner_of is not None and any(
        e.type == "person" and e.text == stripped[owner_of.end() :]
        for e in find_entities(stripped[owner_of.end() :])
    ):
        # "The Liberal Democrats' Rachel Huang", "Labour's Angela Rayner": the person
        return stripped[owner_of.end() :]
    nation = _NATION_BEFORE_NAME.match(stripped)
    if (
        nation
        and (_demonym(nation.group(1)) or nation.group(1).lower() in _PLACES)
        and any(
            e.type == "person" and e.text == stripped[nation.end() :]
            for e in find_entities(stripped)
        )
    ):
        # "American Taylor Fritz", "Britain's Cameron Norrie": the person, not the country;
        # not "Russia's Defence Ministry", "Ukrainian Air Force"
        phrase = stripped = stripped[nation.end() :]
    entities = find_entities(phrase)
    people = [e.name for e in entities if e.type == "person"]
    if (
        not people
        and len(entities) >= 2
        and " and " in stripped
        and stripped.index(" and ") > entities[0].start
        and all(e.type in ("org", "place") for e in entities)
        and _JOINT.fullmatch(stripped)
    ):
        # "NASA and the European Space Agency said", "Britain, France and Germany said": all
        # of them, not the last
        return re.sub(r"^the\s+", "", stripped, flags=re.IGNORECASE)
    if people:
        return people[-1]
    names = [e for e in entities if e.end >= len(stripped.rstrip(".,"))]
    if names and _ROLE_OF_NAME.fullmatch(stripped):
        # "The mayor of London", "the head of the IMF": the person in that role, not the
        # place or the body
        return re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", stripped)
    if names and " in " in stripped:
        at = stripped.rfind(" in ")
        bodies = [e for e in entities if e.type == "org" and e.end <= at]
        if (
            bodies
            and names[-1].start > at
            # not a place-like body after a preposition ("Protesters outside Shell in London")
            and _NOT_THE_BODY.search(stripped[: bodies[-1].start]) is None
        ):
            # "The Nigeria Labour Congress (NLC) in Kano": the body (its branch there), not
            # the place
            return bodies[-1].name
    if names:
        return names[-1].name  # the phrase ends with a name: "the US National Security Council"
    return re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE)
