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


_EDITORIAL_NOTE = (
    r"(?:(?:Additional|Further) reporting|Writing by|Compiled by|Editor['’]s note|"
    r"(?:Correction|Clarification)\s*:|"
    r"(?:An|A|The) (?:earlier|previous|original) version of this|"
    r"This (?:story|article|report|obituary|interview|piece|post|page|version|transcript) "
    r"(?:has been|was|have been) (?:updated|edited|corrected|amended|condensed)|"
    r"(?:The|This) (?:interview|conversation|transcript|exchange|Q&A) (?:has been|was) "
    r"(?:edited|condensed|lightly edited|translated)|"
    r"This (?:fact[- ]check|story|article|report) is (?:also )?available in|"
    # a byline: at most four names of at most four words, each name's words then "and" or ","
    r"(?:By|BY|Reporting by|Editing by)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"(?:(?:\s+and|\s*,)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}){0,3}\s*$)"
)
_EDITORIAL = re.compile(_EDITORIAL_NOTE)
_CONTRIBUTORS = re.compile(
    r"(?:[\w.’'-]+\s+){1,8}contributed (?:reporting )?to this (?:report|story|article)"
)
"""A contributors' line ("Jane Doe in Kyiv contributed to this report"). Tried only when the
text has "contributed": its one to eight words cost more than every other opener together."""


def _editorial(text: str) -> bool:
    """A newsroom's note about the story itself (corrections, updates, editing, bylines,
    contributors), not a claim."""
    return _EDITORIAL.match(text) is not None or (
        "contributed" in text and _CONTRIBUTORS.match(text) is not None
    )


_SERVICE = (
    r"(?:This (?:press release|release|article|announcement|report) contains "
    r"forward-looking statements|Actual results (?:may|could) differ|For more information|"
    r"Anyone with (?:any )?information)|"
    r"(?:Consumers|Customers|Readers|Anyone|Those|People|Residents|Parents|Viewers|Owners|"
    r"Passengers|Patients|Listeners)\s+(?:\w+\s+){0,3}(?:can|may|should|are asked to|are urged "
    r"to)\s+(?:\w+\s+)?(?:contact|call|visit|email|e-mail|phone|text|write to|go to)\b"
    # "... contact Brightwell for a full refund": the refund offered is a fact
    r"(?![^.,;\d]*\bfor\s+an?\s+(?:full\s+|free\s+)?(?:refund|replacement|repair)\b)"
)
"""Service information ("Consumers can contact Nordwind toll-free at ..."), not a claim."""
_NOT_CHECKWORTHY = re.compile(
    r"^(?:I\b|I'm|I’m|We\b|Let me|Let's|Please|Note that|Keep in mind|Remember|Sorry|"
    r"As an AI|As a language model|Overall,|In conclusion|In summary|To summarize|To sum up|"
    r"Ultimately,|Hope|Thank|Feel free|If you|You can|You may|You should|Here (?:is|are)|"
    r"It is (?:important|worth|essential|crucial|difficult|hard|impossible|unclear|"
    r"not possible)|It[’']s (?:important|worth|difficult|hard|impossible|unclear)|"
    r"Is there|What|How|Why|Do you|Does it|Can you|Would you|Read more|Read also|Sign up|"
    r"Click|Subscribe|Follow (?:us|me)|Watch|Listen|Advertisement|Related|See also|"
    r"Share this|Copyright|All rights reserved|Reporting by|Editing by|Photo|Image)\b|"
    + _EDITORIAL_NOTE
    + "|"
    + _SERVICE,
)


def _not_checkworthy(text: str) -> bool:
    """Whether `text` opens as no claim does: first person, meta talk, questions, calls to
    action, a newsroom's note or service information."""
    return _NOT_CHECKWORTHY.match(text) is not None or (
        "contributed" in text and _CONTRIBUTORS.match(text) is not None
    )


_UNREPORTED = r"^(?![^.]*\b(?:said|says|told|according|voted)\b)[^.]*"
"""Opens a rule that holds only where nobody is reported saying it ("..., the minister
said" keeps the claim)."""
_EVALUATIVE_RULES: tuple[tuple[str, str], ...] = (
    # (hint words, pattern): a pattern is tried only when one of its hints opens a word of
    # the text, so the cost grows with the hints present, not with the rules
    (
        "remain",
        r"remain(?:s|ed)? (?:\w+ )?(?:uncertain|unclear|to be seen|unknown|fluid|tense|"
        r"volatile|fragile|precarious|calm|stable|difficult|challenging|complex|high|elevated|"
        r"unresolved|murky)",
    ),
    (  # "the question remains open"; a border crossing that remained open is a fact
        "remain",
        r"(?:question|issue|matter|debate|possibility|door|options?|future|outcome|fate|"
        r"study|problem)s?\b[^.]{0,60}\bremain(?:s|ed)? open",
    ),
    # present forms only: "This underscores ..." judges; "the study highlighted ..." reports
    ("underscore underline highlight", r"(?:underscores?|underlines?|highlights?)\b"),
    (
        "represent",
        r"represents? an? (?:\w+ )?(?:change|shift|turn|step|milestone|escalation|moment)",
    ),
    ("mark", r"marks? an? (?:\w+ )?(?:change|shift|turn|escalation|moment)"),
    (  # "It is a fantastic piece of business", "It was a truly miserable week": a verdict
        "fantastic terrific brilliant wonderful amazing incredible superb excellent miserable "
        "dreadful awful remarkable extraordinary stunning",
        r"(?:is|was|are|were|be|been) (?:an? )?(?:\w+ly )?(?:fantastic|terrific|brilliant|"
        r"wonderful|amazing|incredible|superb|excellent|miserable|dreadful|awful|remarkable|"
        r"extraordinary|stunning)\b",
    ),
    # the verb with what it signals; "the signal was weak", "signalling" are nouns
    ("signal", r"signal(?:s|ed|ing)? (?:an?|the|its|their|growing|further|continued)\b"),
    ("testament", r"is a testament|testament to"),
    (  # "This demonstrates ...", not "studies demonstrate that ..."
        "reflect demonstrat illustrat",
        r"(?:this|these|that|which|it|the (?:\w+ )?(?:move|decision|step|deal|visit|"
        r"announcement|result|vote|ruling|attack|agreement|policy|plan|law|choice|shift)) "
        r"(?:\w+ )?(?:reflects?|demonstrates?|illustrates?)\b(?!\s+that\b)",
    ),
    ("balanced", r"is balanced by"),
    (  # "Such support is crucial.", not "BAF is essential for development"
        "crucial essential vital important significant remarkable impressive concerning "
        "troubling worrying encouraging promising unprecedented",
        r"(?:is|are) (?:crucial|essential|vital|important|significant|remarkable|impressive|"
        r"concerning|troubling|worrying|encouraging|promising|unprecedented)"
        r"(?=\s*(?:[.,;!]|$|that\b|because\b))",
    ),
    ("major significant key crucial", r"(?:is|are) a (?:major|significant|key|crucial) step"),
    (  # "Such cooperation is important for regional stability."
        "crucial essential vital important",
        r"^such (?:\w+ ){1,3}(?:is|are) (?:crucial|essential|vital|important)\b",
    ),
    (
        "important essential crucial vital necessary advisable worth best",
        r"it is (?:also )?(?:important|essential|crucial|vital|necessary|advisable|worth|best) "
        r"to\b",
    ),
    (
        "difficult hard impossible",
        r"it is (?:difficult|hard|impossible) to (?:say|determine|know|predict)",
    ),
    (
        "seek hop striv",
        r"(?:seeks?|seeking|hopes?|hoping|strives?|striving) to (?:bolster|boost|strengthen|"
        r"improve|enhance|counter|protect|defend|deter|ensure|promote|support)",
    ),
    (
        "comment respond reply reached say disclose specify",
        r"declined to (?:comment|say|disclose|specify)|did not (?:immediately )?(?:respond|comment|"
        r"reply)|(?:(?:did|would|could) not|cannot|can't|can’t) say (?:whether|how|when|why|what|if|"
        r"who|which)\b|"
        r"(?:had|has|gave) no (?:immediate )?comment|could not be reached|"
        r"not immediately available for comment",
    ),
    ("depends", r"depends on (?:many|several|various|a number of) factors"),
    # a verdict on someone's work or conduct: "have done an outstanding job", "has handled this
    # dispute badly", "a long overdue victory", "has no reason to be embarrassed"
    (
        "job",
        r"(?:has|have|had|did|do|does) (?:done )?an? (?:\w+ )?(?:outstanding|excellent|great|"
        r"good|fantastic|terrible|poor|bad|fine|superb|remarkable) job",
    ),
    (  # not a finding ("An inquiry found police handled the protest badly")
        "badly poorly brilliantly disastrously",
        r"^(?!.*\b(?:found|concluded|ruled|said|says|inquiry|audit|report)\b)"
        r"(?:(?!\bby\s)[^.;])*\b(?:handled|managed|dealt with|played)\b[^.;]{0,40}\b"
        r"(?:badly|poorly|brilliantly|disastrously)\b",
    ),
    ("overdue", r"\blong overdue\b(?!\s+for\b)"),
    (
        "reason",
        r"(?:has|have|had) no reason to (?:be|feel) (?:[a-z]+ly )?[a-z]+(?:ed|ful|ous|ive|ble|al|"
        r"ant|ent|ic|ry|ing)\b",
    ),
    (
        "worrying troubling sad encouraging welcome grim bleak sobering",
        r"(?:is|was) a (?:\w+ )?(?:worrying|troubling|sad|encouraging|welcome|grim|bleak|"
        r"sobering) (?:picture|day|sign|development|reminder|moment|outcome|result)\b",
    ),
    (
        "sanguine cautious optimistic pessimistic upbeat bullish bearish",
        r"(?:are|were|is|was) (?:more|less|far more|far less) (?:sanguine|cautious|optimistic|"
        r"pessimistic|upbeat|bullish|bearish)\s*[.!]?$",
    ),
    ("face", r"(?:in|on) the face of"),
    ("growing", r"growing (?:support|concern|pressure)"),
    (
        "considered regarded seen",
        r"is (?:generally )?(?:considered|regarded|seen) as (?:one of )?the "
        r"(?:best|greatest|most)",
    ),
    # the closing lines of a story: "The decision will be closely watched by investors.",
    # "Time will tell whether ...", "The tragedy has shocked the world.", "The result is a
    # political earthquake for Portugal.", "It is a debate that is likely to continue."
    ("watched", r"(?:will|is|are) (?:be |being )?(?:closely|keenly) watched"),
    ("time", r"time will tell"),
    (  # "Explosions have rocked the city", "Rebels have captured the city" are events
        "shocked stunned rocked gripped captivated",
        r"(?:has|have) (?:\w+ )?(?:shocked|stunned|rocked|gripped|captivated) the "
        r"(?:\w+ )?(?:world|nation|country|community|public)\b(?!\s+of\b)",
    ),
    ("captured", r"captured the (?:\w+ )?imagination"),
    ("convinced", r"(?:are|is|were|was) (?:not )?(?:yet |fully |entirely )?convinced"),
    (
        "believe think feel fear worry wonder want expect",
        r"^(?:many|some|most|few|other) (?:\w+ ){0,2}(?:believe|think|feel|fear|worry|"
        r"wonder|want|expect)\b",
    ),
    (  # background with nothing after it ("..., police said" keeps it reported)
        "part",
        r"(?:is|are|was|were) part of an? (?:broader|wider|larger|growing)\b(?-i:[^,;A-Z0-9])*[.!]?$",
    ),
    (  # a fact-check's own verdict ("That claim is false."), not a ruling it reports
        "false misleading inaccurate accurate wrong",
        r"^(?:this|that|(?:the|his|her|their|this|that) (?:\w+ )?(?:claim|statement|figure|"
        r"number|assertion|post|video|image|photo|quote|headline)) (?:is|was) (?:\w+ )?"
        r"(?:false|misleading|inaccurate|accurate|wrong)\s*[.!]?$",
    ),
    (
        "developing updated",
        r"^this is a developing story|^this (?:story |article )?will be updated",
    ),
    ("questions", r"questions will (?:\w+ )?be (?:asked|raised)"),
    (  # "The results look impressive.", "Passengers deserve better than this."
        "impressive good great bad strong weak promising encouraging worrying troubling "
        "excellent terrible heartbreaking disappointing deserve ambitious optimistic "
        "unrealistic bleak daunting disjointed sluggish lethargic ragged nervous jaded "
        "comfortable",
        r"(?:looks?|looked|seems?|seemed|appears?|feels?|felt|sounds?) (?:\w+ )?(?:impressive|"
        r"good|great|bad|strong|weak|promising|encouraging|worrying|troubling|excellent|"
        r"terrible|heartbreaking|disappointing|ambitious|optimistic|unrealistic|bleak|daunting|"
        r"disjointed|sluggish|lethargic|ragged|nervous|jaded|comfortable)\b"
        r"|deserves? better\b",
    ),
    (  # "The switch paid off almost immediately": a verdict on a choice
        "paid pays",
        r"^(?:the|his|her|their|its|that|this) (?:\w+ )?(?:switch|move|gamble|change|decision|"
        r"tactic|tactics|substitution|bet|plan|strategy|ploy|idea|approach) (?:\w+ )?"
        r"(?:paid|pays) off\b",
    ),
    (  # a judgement closing the clause: "the images are heartbreaking."
        "heartbreaking terrible tragic shocking devastating appalling outrageous disgraceful "
        "unacceptable",
        r"(?:is|are|was|were) (?:\w+ )?(?:heartbreaking|terrible|tragic|shocking|devastating|"
        r"appalling|outrageous|disgraceful|unacceptable)\s*[.!]?$|a (?:\w+ )?terrible \w+ to\b",
    ),
    ("all", r"^all times (?:are|in) [A-Z]{2,4}\b"),
    (  # praise hedged as fact: "is arguably the most exciting company"
        "arguably doubt undoubtedly",
        r"(?:is|was|are|were) (?:arguably|without (?:a )?doubt|undoubtedly) (?:the|one of the|"
        r"among the) (?:most|best|greatest|finest|\w+est)\b",
    ),
    ("independently", r"(?:not|unable to) (?:be )?independently verif"),
    (
        "entertaining thrilling exciting dull boring memorable disappointing remarkable "
        "extraordinary",
        r"(?:a|an) (?:\w+ )?(?:entertaining|thrilling|exciting|dull|boring|memorable|"
        r"disappointing|remarkable|extraordinary) (?:afternoon|evening|night|day|game|match|"
        r"contest|affair|spectacle|occasion)",
    ),
    (
        "prudent smart wise sensible bold risky shrewd clever foolish welcome savvy reckless "
        "misguided",
        r"(?:is|as|was|be) an? (?:\w+ )?(?:\w+ and )?(?:prudent|smart|wise|sensible|bold|risky|"
        r"shrewd|"
        r"clever|foolish|welcome|savvy|reckless|misguided)(?: and \w+)? (?:move|bet|step|decision|"
        r"choice|"
        r"gamble|strategy|approach|policy)\b",
    ),
    (  # a blow to the government, not to the head; a political earthquake, not a shallow one
        "blow setback wake watershed turning changer",
        r"(?:is|was|marks?) an? (?:\w+ )?(?:blow|setback|wake-up call|watershed|turning point|"
        r"game.changer) (?:for|to) (?!(?:the|his|her|their) (?:head|back|face|body|chest)\b)",
    ),
    ("earthquake", r"(?:is|was|marks?) an? (?:political|diplomatic|electoral) earthquake"),
    (  # "That sounds reassuring", "It looks bleak": an impression
        "sounds seems looks feels",
        r"^(?:that|this|it|which) (?:sounds|seems|looks|feels|sounded|seemed|looked|felt) "
        r"(?:\w+ly )?(?!like\b|to\b|set\b|likely\b)\w+\s*[.!]?$",
    ),
    ("hardly", r"(?:is|was|are|were) hardly (?:a|an|the|surprising|new|news)\b"),
    (  # "Filling tanks is the easy part", "keeping them full is harder"
        "easy hard easier harder trickier difficult",
        r"(?:is|was|are|were) (?:the (?:easy|hard|easier|harder|tricky|difficult) part\b|"
        r"(?:much |far |even )?(?:harder|easier|trickier)\s*[.;]?$)",
    ),
    ("tell tells", r"tells? an? (?:\w+ )?story\b"),
    (  # a verdict closing the clause: "The bank's caution is admirable."
        "admirable commendable laudable shameful regrettable inexcusable unforgivable pathetic "
        "absurd ridiculous laughable farcical embarrassing",
        r"(?:is|are|was|were) (?:\w+ )?(?:admirable|commendable|laudable|shameful|regrettable|"
        r"inexcusable|unforgivable|pathetic|absurd|ridiculous|laughable|farcical|embarrassing)"
        r"\s*[.!]?$",
    ),
    (  # "The decision is a disgrace.", "The speech was a masterclass in evasion."
        "disgrace scandal farce travesty masterclass embarrassment fiasco shambles betrayal "
        "affront insult",
        r"(?:is|was|are|were) (?:a|an) (?:\w+ )?(?:(?:disgrace|scandal|farce|travesty|"
        r"embarrassment|fiasco|shambles)(?=\s*(?:[.!,;]|$|for\b|to\b))|masterclass in\b"
        r"|(?:betrayal|affront) (?:of|to)\b|insult to (?:the )?(?:intelligence|memory)\b)",
    ),
    (
        "humiliating embarrassing shameful proud glorious dark",
        r"(?:is|was) an? (?:\w+ )?(?:humiliating|embarrassing|shameful|proud|glorious|dark) "
        r"(?:moment|day|night|week|chapter|episode)\b",
    ),
    ("too", r"too little,? too late"),
    (  # a stance adverb on the verb: "Buyers will rightly wonder", "is clearly the right man"
        "clearly rightly wrongly surely obviously frankly sadly thankfully undeniably "
        "unquestionably",
        r"(?:is|are|was|were) (?:clearly|obviously|surely|undeniably|unquestionably|frankly) "
        r"(?:the|an?) (?:right|wrong|best|worst|better|worse|ideal|perfect|obvious) |"
        r"(?:will|would|can|may|might) (?:rightly|wrongly|surely) (?:wonder|ask|question|argue|"
        r"feel|believe|worry|fear|complain|conclude|point out)\b",
    ),
    (  # advice, not reported: "Shareholders should demand answers."
        "should",
        r"^(?![^.]*\b(?:said|say|says|told|tells|according|urg\w*|recommend\w*|advis\w*|argu\w*|"
        r"stress\w*|insist\w*|predict\w*|conclud\w*|estimat\w*|believ\w*|think\w*|warn\w*|"
        r"found|find\w*)\b)(?:[\w’'-]+ ){1,4}should (?:demand|stop|start|think|listen|learn|act|"
        r"step|worry|care|wait|remember|question|resign|never have to|be (?:patient|ashamed|"
        r"worried|careful|concerned|grateful|embarrassed|wary|cautious|scrapped|abolished|"
        r"ditched|sacked))\b",
    ),
    ("regret", r"will (?:\w+ )?regret\b"),
    # wire18: the writer's voice ("painfully slow", "plainly exhausted", "surely the tip of")
    (
        "painfully",
        _UNREPORTED + r"\bpainfully (?:slow|obvious|clear|thin|inadequate)\b",
    ),
    (
        "plainly surely simply",
        _UNREPORTED + r"\b(?:is|are|was|were) (?:plainly|surely|quite simply|simply (?![a-z]+ed\b))"
        r"(?!\s*(?:consistent|inconsistent|going)\b)",
    ),
    (
        "looks look",
        r"looks? like an? (?:\w+ )?(?:mistake|error|blunder|disaster|failure|triumph|gamble)\b",
    ),
    (
        "error mistake blunder",
        _UNREPORTED
        + r"\b(?:is|was|would be|will be) an? (?:grave|costly|serious|terrible|huge|big|historic|"
        r"strategic|tragic|catastrophic) (?:error|mistake|blunder)\b",
    ),
    (
        "nothing little",
        _UNREPORTED + r"\b(?:has|have) done (?:nothing|little|next to nothing)\b",
    ),
    ("matter", r"\bis another matter\b"),
    ("excuse", r"\ba convenient excuse\b"),
    ("asleep", r"\basleep at the wheel\b"),
    ("triumph", r"(?:is|was) an? (?:\w+ )?triumph\s*[.!]?$"),
    (
        "frankly honestly ironically mercifully surely",
        r"^(?:frankly|honestly|ironically|mercifully|surely),\s",
    ),
    (
        "finest greatest best",
        r"\bthe (?:finest|greatest|best) \w+ (?:[\w’']+ ){0,4}(?:has )?ever\b",
    ),
    ("right", r"(?:have|has|had) every right to be\b"),
    (
        "worth",
        r"^(?![^.]*\b(?:said|say|says|told|according)\b)[^.]*\bworth (?:buying|watching|reading|"
        r"the wait|every)\b",
    ),
    (
        "deal signing decision right wrong",
        r"the (?:deal|signing|bargain|story) of the (?:decade|century|year|season)\b|"
        r"^(?![^.]*\b(?:ruled|found|concluded|said|says|told|according)\b)[^.]*"
        r"\bthe (?:right|wrong) (?:man|woman|person|decision|choice|call|move) (?:for|at)\b",
    ),
    (
        "best greatest finest worst",
        r"(?:is|was|are|were) (?:(?!named|voted|ranked|crowned|rated|declared)\w+ )?the "
        r"(?:best|greatest|finest|worst) (?:\w+ ){0,2}"
        r"(?:player|striker|forward|midfielder|goalkeeper|team|side|manager|coach|leader|film|"
        r"album|book|restaurant|city|company|chef|writer|actor|singer) (?:in|of)\b",
    ),
    (
        "debate question matter issue story reminder",
        r"^it (?:is|was|remains) an? (?:\w+ )?(?:debate|question|matter|issue|story|reminder) "
        r"(?:that|of|about)\b",
    ),
)
"""Evaluation, judgement and newsroom asides: a unit without a number or date holding one is
no claim."""


def _rules_by_hint() -> dict[str, tuple[re.Pattern[str], ...]]:
    rules: dict[str, list[re.Pattern[str]]] = {}
    for hints, pattern in _EVALUATIVE_RULES:
        compiled = re.compile(r"\b(?:" + pattern + ")", re.IGNORECASE)
        for hint in hints.split():
            rules.setdefault(hint, []).append(compiled)
    # the hint regex reports the longest hint at a place: it brings its prefixes' rules too
    return {
        hint: tuple(
            dict.fromkeys(r for other, rs in rules.items() if hint.startswith(other) for r in rs)
        )
        for hint in rules
    }


_EVALUATIVE_BY_HINT = _rules_by_hint()
_EVALUATIVE_HINT = re.compile(r"\b" + literal_alternation(_EVALUATIVE_BY_HINT))
"""Any hint opening a word, in one pass over the lower-case text."""


def _evaluative(text: str, low: str | None = None) -> bool:
    """Whether `text` holds an evaluation of `_EVALUATIVE_RULES` (`low`: it in lower case).
    Only the rules of the hints present are tried."""
    tried: set[re.Pattern[str]] = set()
    for found in _EVALUATIVE_HINT.finditer(low if low is not None else text.lower()):
        for rule in _EVALUATIVE_BY_HINT[found.group(0)]:
            if rule not in tried:
                tried.add(rule)
                if rule.search(text):
                    return True
    return False


_SUBJECTIVE = re.compile(
    # (not "in good health", "in good condition", "in poor health": a state a doctor reports;
    # nor "in good faith", "in bad faith": a legal test)
    r"\b(?!(?:good|poor|bad)\s+(?:health|condition|faith)\b)"
    r"(?:best|worst|greatest|beautiful|amazing|wonderful|terrible|awful|great|good|bad|"
    r"interesting|fascinating|exciting|boring|stunning|brilliant|excellent|poor|nice|"
    r"popular|iconic|legendary|renowned|famous|beloved|stark|dramatic|"
    # "no significant difference", "not statistically significant", "a significant rise in
    # cases": a test's result or a measured change (not "made a significant difference to the
    # squad", praise)
    r"(?<!statistically )(?<!\bno )(?<!\bnot )(?<!\bany )"
    # "The study found a significant reduction": a finding
    r"(?<!found a )(?<!found )(?<!showed a )(?<!showed )(?<!observed a )(?<!observed )"
    r"(?<!detected a )(?<!detected )(?<!reported a )(?<!recorded a )(?<!saw a )(?<!shows a )"
    r"(?<!finds a )(?<!revealed a )"
    r"significant(?!\s+(?:differences?|"
    r"associations?|effects?|changes?|increases?|decreases?|reductions?|improvements?|"
    r"correlations?|rises?|falls?|drops?)\s+(?:in|between|of|with|among|on|(?:was|were)\s+"
    r"(?:found|observed|seen|detected|noted|reported))\b))\b",
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
    # alternatives opening with a letter: the engine skips to those letters (no lookahead)
    r"(?:January|February|March|April|June|July|August|September|October|November|December)\b"
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
def _past_like(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ed")


def _kind(text: str, facts: Facts) -> Kind:
    low = text.lower()
    words = [word.strip(_WORD_EDGE) for word in low.split()]
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


_LONE_EVENTS = frozenset(
    "apologised apologized resigned died retired withdrew confessed surrendered "
    "abstained defected collapsed".split()
)
"""Past verbs that make a claim with a name alone ("Southvale apologised.")."""
_NO_LONE_SUBJECTS = frozenset(
    "many some most few others all both none several this that these those one".split()
)
"""First words of two that name no one ("Many resigned."); a pronoun may ("She resigned."
after her name is resolved to it)."""


_RESULT_LINE = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:[\w-]+\s+){0,2}?(?:revenues?|sales|profit|income|EBITDA|EBIT|"
    r"earnings|turnover|dividend|margin|loss|orders|order intake|cash flow|EPS)\s+"
    # its figure after "of", or as a sum ("Revenue of NOK 8.06 billion", "Revenue $8 billion";
    # not "Revenue for 2026", "Loss 2-1 to Arsenal")
    r"(?:of\s+(?:about\s+|around\s+|nearly\s+)?(?:(?-i:[A-Z]{3})\s|[$€£¥])?|(?-i:[A-Z]{3})\s|[$€£¥]"
    # or a figure with its scale or its cents ("Revenue 8.06 billion", "EPS 1.23")
    r"|(?=\d[\d,.]*\s?(?:million|billion|trillion|bn|mn)\b"
    r"|\d+\.\d+\s*(?:%|per\b|,\s*(?:up|down)\b|\(\d)))"
    r"\d",
    re.IGNORECASE,
)
"""A results line without a verb: a measure of a business and its figure ("Net profit of NOK
702 million, or NOK 6.48 per share")."""


def _checkworthy(text: str, evaluative: bool = True) -> bool:
    """Whether a unit can hold a checkable claim.

    Args:
        text: a sentence or claim.
        evaluative: also reject evaluation without a number or date (done per clause, so
            "X happened, so it is difficult to say Y" keeps its first clause).
    """
    words = text.split()
    if len(words) < MIN_WORDS:
        # "Southvale apologised.", "Smith resigned.": a name and an event of its own
        return (
            len(words) == 2
            and words[0][:1].isupper()
            # a name or a pronoun, not "Many resigned.", "Some apologised."
            and words[0].lower() not in _NO_LONE_SUBJECTS
            and words[1].rstrip(".").lower() in _LONE_EVENTS
            and words[1].endswith(".")
        )
    if text.rstrip().endswith("?"):
        return False
    if evaluative and _judged(text, words):
        return False
    if _not_checkworthy(text):
        return False
    # "Revenue of NOK 8.06 billion, up 7%.": a results line, a figure with no verb
    return _has_verb(words) or _RESULT_LINE.match(text) is not None


def _judged(text: str, words: list[str]) -> bool:
    """What `_checkworthy` rejects only with `evaluative` (an elided verb, a verdict, mere
    evaluation), for a text of at least `MIN_WORDS` `words` (`text.split()`): a text that
    passes without `evaluative` passes with it unless this holds."""
    if (
        "," not in text
        and words[-1].rstrip(".").lower() in _ELLIPTIC_END
        and words[-2].lower() in _ELLIPTIC_AUX
    ):
        return True  # "(as) previous summits have done": the verb is left out
    if (
        # `_VERDICT_WORDS` by `map`, without a generator's overhead
        any(map(text.__contains__, _VERDICT_WORDS))
        and _VERDICT_WITH_FIGURES.search(text)
        # a poll's share, a court's finding: facts about who judged
        and not _JUDGED_BY.search(text)
    ):
        return True  # "Cutting by 0.25 points was the right decision": a verdict all the same
    if (
        _DIGIT.search(text) is None
        and _MONTH_NAME.search(text) is None  # no number or date: may be mere evaluation
    ):
        low = text.lower()
        if _evaluative(text, low):
            return True
        if len(words) <= 6 and _BARE_VERDICT.fullmatch(text.strip()):
            return True  # "That is simply not sustainable.": a verdict on nothing named
    return False


_VERDICT_WITH_FIGURES = re.compile(
    r"\b(?:is|was|are|were|be|been) (?:\w+ )?(?:the (?:right|wrong) (?:decision|choice|call|move|"
    r"thing to do)|an? (?:disgrace|travesty|farce)(?=\s*(?:[.!,;]|$))|too little,? too late)\b"
)
"""Verdicts that stay verdicts with a number in the claim."""
_JUDGED_BY = re.compile(
    r"%|\b(?:said|says|told|found|finds|ruled|rules|poll|survey|concluded|according|with)\b"
)
_VERDICT_WORDS = ("right ", "wrong ", "disgrace", "travesty", "scandal", "farce", "too late")
"""Literals one of which `_VERDICT_WITH_FIGURES` needs: most texts are settled by them."""
_BARE_VERDICT = re.compile(
    r"(?:That|This|It)\s+(?:is|was|would be|will be|seems|seemed|looks|sounds|remains)\s+"
    r"(?:[a-z]+ly\s+)?(?:not\s+)?(?:[a-z]+ly\s+)?(?![a-z]+ed\b)[a-z]+[.!]?"
)
"""A pronoun, a copula and one adjective ("That is simply not sustainable.", "This is purely
speculative."): an evaluation of something the claim does not name."""
_SUBJECT_PRONOUNS = frozenset("They they He he She she It it".split())


def _has_verb(words: list[str]) -> bool:
    """A rough test that a unit is a clause and not a heading or a bare noun phrase."""
    # Either test below suffices; the per-word one is cached and settles most units.
    if any(map(_verb_word, words)):
        return True
    last = words[-1] if words else None
    for previous, word in zip(words, words[1:], strict=False):
        # "Deliveries begin ...": a word after a plural noun is most often its verb
        if (
            _after_plural_ok(word)
            and word is not last
            and (_plural_noun(previous) or previous in _SUBJECT_PRONOUNS)
        ):
            return True  # "They travel to Leeds": a word after a subject pronoun too
    if "and" in words:
        # "Britain and France fund the project": a base verb after names joined by "and" is
        # their verb, though it is a noun too ("together" may come between)
        for i in range(2, len(words) - 1):
            if words[i - 1] != "and" or not words[i][:1].isupper() or words[i - 2] == "and":
                continue
            word = words[i + 1]
            if word in _JOINTLY and i + 2 < len(words) - 1:
                word = words[i + 2]
            if word in _BASE_VERBS or word in _JOINED_VERBS:
                return True
    return False


_JOINTLY = frozenset("together jointly also now still".split())
"""Adverbs between a joined subject and its verb ("Italy and Germany together account")."""
_JOINED_VERBS = frozenset(
    "fund account supply back support share control hold own run face oppose reject deny seek "
    "produce export import host border dominate claim use provide offer pay plan need want "
    "agree lead make remain hope expect say".split()
)
"""Verbs that are nouns too, as a joined subject's verb ("Britain and France fund ...")."""


@functools.lru_cache(maxsize=65536)
def _verb_word(word: str) -> bool:
    """A verb on its own: an auxiliary, a known verb, or a lower-case "-ed"/"-s" word."""
    if word == "May" or word == "Will":
        return False  # the month, a name
    low = word.lower().strip(".,;:!?\"'”’)(“")
    return (
        low in _AUX
        or low in _COMMON_VERBS
        or low in _BASE_VERBS
        or (len(low) > 3 and low.endswith(("ed", "s")) and low.isalpha() and word[0].islower())
        # "I'll", "we're", "they've": a verb in a contraction (not "'s", a possessive or a
        # title's "She's")
        or low.endswith(_VERB_CONTRACTIONS)
    )


_VERB_CONTRACTIONS = ("'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m")


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
