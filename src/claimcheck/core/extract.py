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
   villain"; none about a time: "in January, a record low" stays whole), participle and
   adjective phrases ("the city of Belgorod, located 32 kilometers from the border" gives
   "Belgorod is located 32 kilometers from the border"; inside the subject too: "The company,
   founded in 1998, employs ..."; ", capable of ..."; ", allowing ..." with the verb agreeing
   with its subject), ", where ..." after a place ("In Porto, the airport cancelled 85
   flights"), absolute "with X doing Y"
   phrases, and "because/although" clauses (also when they open the sentence); illustrative
   ", such as ..." phrases are left out;
5. resolves pronoun subjects (he, she, it, they, his, its), also after a fronted phrase ("At
   Microsoft, he ..."), from the sentence or the ones before ("It added" after "the ministry
   said" is the ministry; "She added" after "Lagarde said" is Lagarde), and keeps hedges and
   modality as written ("could be considered" stays in the claim and in `facts.modality`).

Sentences written mostly in another script (Cyrillic, Greek, CJK, ...) go to
`core.extract_scripts` instead: one whole-sentence claim when declarative and checkable.
Bodies longer than `CHUNK_CHARS` are read in chunks (`plan_chunks`), by several processes
from `PARALLEL_MIN_CHARS` (`core.extract_pool`); the claims do not depend on how many.

Each claim keeps the span of the sentence or clause it came from (`body[start:end]`, the
clause's closing punctuation included when it ends the sentence), its `kind` (quote >
attribution > comparison > quantity > date > event > other) and its `facts`: `extract_facts`
runs once per sentence and `project_facts` moves the results onto each claim's text (same
values as running it on the claim, several times faster).

The rules are tuned on general English syntax and measured by `benchmarks/extract_quality.py`;
they misread some sentences (unknown present-tense verbs, adjective lists, nested clauses),
and a misread sentence still yields its words, never an exception.

Layout: this module owns the per-sentence pipeline above (`_claims_from_sentence`) and the
public `extract_claims`; the rules it calls live beside it: `extract_words` (lexicons, verb
forms, clean-up, main verb and subject, the cross-sentence `_Context`), `extract_clauses`
(clause, list, object, subject and adjunct splitting), `extract_attribution` (speakers and
reported content) and `extract_kinds` (check-worthiness and kinds).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from claimcheck.core.extract_attribution import (
    _AGE_AFTER_NAME,
    _AGE_EPITHET,
    _AGE_THEN_ASIDE,
    _ANY_QUOTE,
    _ASIDE_CUT,
    _ASKED_BY,
    _BASE_SPEECH,
    _PERSON_OF_PLACE,
    _QUOTED,
    _ROLE_FOR_BODY,
    _SPEECH_ING,
    _SPEECH_NEAR,
    _SPEECH_WORDS,
    _WHEN_WORD,
    _Attribution,
    _attribution,
    _could_be_person,
    _lower_words,
    _organisation,
    _reports_words,
    _speaker_name,
)
from claimcheck.core.extract_clauses import (
    _COUNT_WORDS,
    _FIRST_PERSON,
    _LABEL,
    _NAME_BETWEEN_COMMAS,
    _NAMED_APPOSITIVE,
    _adjuncts,
    _conjuncts,
    _fill_counted_noun,
    _imperative,
    _is_time,
    _mid_sentence,
    _plural_phrase,
    _reduced_relative,
    _split_coordinated_subject,
    _split_gapped,
    _split_list,
    _split_objects,
    _split_to_and_to,
    _strip_leading,
)
from claimcheck.core.extract_kinds import (
    _SUBJECTIVE,
    _SUBJECTIVE_WORDS,
    _VAGUE_SUBJECT,
    _checkworthy,
    _editorial,
    _judged,
    _kind,
    _not_checkworthy,
)
from claimcheck.core.extract_scripts import extract_script_claims, is_non_latin
from claimcheck.core.extract_words import (
    _AND_BECAUSE,
    _AUX,
    _BASE_VERBS,
    _COMMON_VERBS,
    _DESCRIBED_COMPANY,
    _DESCRIPTION_HEADS,
    _DET,
    _DIGIT_OR_CAP,
    _DUMMY_IT,
    _LY_NOUNS,
    _MEASURE_NOUNS,
    _MODAL,
    _PLURAL_NOUNS,
    _PRONOUN_PREFIX,
    _PRONOUN_SUBJ,
    _SUBORD,
    _SUBORD_OPENER,
    _TRADE_VERBS,
    _TRAILING_CONJUNCTION,
    _VP_ADVERBS,
    _WITH_ABS,
    ING_ASIDE,
    _agree,
    _apostrophe_of,
    _blank_markup,
    _clean,
    _company_subject,
    _Context,
    _described,
    _description_heads,
    _discourse_lead,
    _is_verb,
    _main_verb,
    _passive_aux,
    _plain_subject,
    _plural_head,
    _possessive,
    _resolve,
    _resolve_start,
    _subject_of,
    _trade_verb_opens,
)
from claimcheck.core.extract_words import (
    _IRREGULAR_PAST as _IRREGULAR_PAST_FORMS,
)
from claimcheck.core.facts import extract_facts, find_entities, project_facts
from claimcheck.core.facts_entities import (
    _ALIASES,
    _NAME_PARTICLES,
    _PLACES,
    _STOP_CAPS,
    _TITLE_WORDS,
    KNOWN_COMPANIES,
    canonical_entity,
    entity_type,
    listed_bodies,
)
from claimcheck.core.given_names import gender
from claimcheck.core.models import Entity, ExtractedClaim, Facts, Kind
from claimcheck.core.sentences import split_sentences

_MODAL_CHAIN = re.compile(
    r"((?:would|could|might|may|will|shall|should|must|can)(?:\s+not)?(?:\s+have)?)\s+"
    r"(?!been\b|be\b)[a-z]"
)
"""A modal opening the predicate ("would have", "could", "will not"), to repeat before a verb
phrase that shares it."""
_SPACES = re.compile(r"\s+")
_SAME_IN_PAST = frozenset(
    "hit cut put set shut hurt cost let spread quit bet split read beat".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "made paid built sold held kept left lost won brought bought taught caught sent spent met "
    "led found put set cut hit shut let cost spread become come run".split()
)
"""Past participles without "-ed"/"-en" ("would have required ... and made")."""
_PAST_TIME = re.compile(
    r"\b(?:yesterday|last|ago|earlier|previously|already|in (?:19|20)\d\d)\b", re.IGNORECASE
)
_SPEAKER_LIKE = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:(?:" + "|".join(sorted(_NAME_PARTICLES)) + r")\s+)*[A-Z][\w’'-]*)"
    r"{0,3}|[a-z]+(?:\s+[a-z]+)?"
)
"""A speaker worth carrying to the next quote: a name, or a body like "ministry"."""
_WHOLE_QUOTE = re.compile(r"[“\"]([^“”\"]+?)[”\"]")
"""A sentence that is one quotation and nothing else."""
MAX_SENTENCE = 1000
"""Sentences longer than this are kept whole (one claim) rather than parsed."""
_NOUN_PHRASE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")


_COUNTED_SUBJECT = re.compile(
    rf"(?:\d[\d,]*|{_COUNT_WORDS}|several|many)\s+(?:[a-z-]+\s+)?(?:[a-z]+s|people|men|women|"
    r"children)"
)
"""A counted subject ("three firefighters", "12 people") that a later elided clause goes on with."""


def _plain_noun_phrase(subject: str) -> bool:
    """A subject an elided clause may go on with: a short name, with "the" or not ("the
    Greens", "Spain"), nothing else (messy clauses give messy subjects)."""
    return (
        bool(subject)
        and _NOUN_PHRASE.fullmatch(subject) is not None
        and (subject.split()[-1].lower() not in _PRONOUN_SUBJ)
    )


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|in|at|of|to|for|on|by|with|into|across|about|over)\s+(?:the\s+|its\s+)?$"
)
_STATEMENT = re.compile(
    r"\b(?:in|on)\s+(?:a|its)\s+(?:statement|filing|release|press release|website|report)\b"
)
_BODY_NAMED_AGAIN = re.compile(r"\bthe\s+(?:" + "|".join(sorted(_DESCRIPTION_HEADS)) + r")\b")


def _alone_as_speaker(sentence: str, name: str) -> bool:
    """Whether a sentence that reports `name` says nothing of a person ("he", "her") and
    names no other body a later "It said" may mean ("Sundar Pichai said Google would invest
    ...", "... but the union said ...")."""
    if _PERSONAL.search(sentence.lower()) or _BODY_NAMED_AGAIN.search(sentence):
        return False
    return not any(
        e.name != name
        and e.type not in ("person", "place")
        # "orders from China", "sales of Samba shoes", "hours at Airbus": no speaker
        and not _PREPOSITION_BEFORE.search(sentence, max(0, e.start - 12), e.start)
        for e in find_entities(sentence)
    )


def _speaks_as_body(sentence: str, name: str, content: str) -> bool:
    """Whether a sentence reports a name the way a body speaks, alone: in a statement, of
    itself as "it" ("Kessler Hydraulik said it would cut 300 jobs"), or of its figures ("Rio
    Tinto said iron ore output rose 5%")."""
    opening = content.lower().split()[:4]
    return _alone_as_speaker(sentence, name) and (
        bool(_STATEMENT.search(sentence))
        or content.lstrip().lower().startswith(("it ", "its "))
        # "Rio Tinto said iron ore output rose 5%": a firm's figures
        or not _MEASURE_NOUNS.isdisjoint(opening)
    )


_SURNAMES_IN_S = frozenset(
    "jones williams davies evans thomas roberts hughes edwards phillips stevens hopkins adams "
    "collins richards daniels mills sanders brooks simmons hayes myers reynolds powers andrews "
    "matthews rodgers rogers perkins watkins jenkins wilkins hawkins higgins burns banks fields "
    "woods stokes rhodes holmes barnes gates james charles giles bates peters owens reeves "
    "parsons summers waters sims childs morris jacobs gibbs combs knowles gomes lopes torres "
    "flores reyes gonzales morales santos ramos cortes nunes fernandes rodrigues mendes "
    "marques alves peres meyers stephens nichols hodges bridges moses sykes hobbs".split()
)
"""Common surnames in -s, which a one-word speaker in -s more likely is than a firm."""


def _shares_modal(modal: str, verb: str, clause: str) -> bool:
    """Whether a verb phrase joined by "and" goes on under the first one's modal: "would have
    covered ... and employed" (a participle after "have"), "will send ... and train" (a bare
    verb); never under a negation ("could not attend and sent a deputy")."""
    if " not" in modal or verb in _AUX or verb in _MODAL or not verb.isalpha():
        return False
    if modal.endswith("have"):
        return verb.endswith(("ed", "en", "wn")) or verb in _IRREGULAR_PARTICIPLES
    # after "will", "could": a bare verb only ("said", "told" are past tenses; "cut", "hit"
    # are bare unless a past time says otherwise: "will raise prices and cut 500 jobs")
    if verb in _SAME_IN_PAST:
        return not _PAST_TIME.search(clause)
    if verb in _BASE_VERBS:
        return True
    return not verb.endswith(("ed", "s")) and verb not in _COMMON_VERBS


_NAMED_PERSON = re.compile(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
"""A subject that is a person's full name ("Marcus Pell")."""
_FRONTED_PARTICIPLE = re.compile(
    r"(?P<phrase>(?:Born|Founded|Raised|Educated|Established|Elected|Appointed|Built|Launched|"
    r"Created|Formed|Opened|Named|Based|Headquartered|Listed)\s+(?:in|at|on|by|as|to)\s[^,;]{2,80}),\s+"
)
"""A participle phrase opening the sentence with a fact about its subject ("Born in Lagos in
1983, Tamsin Achebe moved ...", "Founded in 1946, the 49ers were ...")."""
_FRONTED_APPOSITIVE = re.compile(r"(?:the|a|an)\s[^,;]{2,60},\s+(?=[A-Z])")
"""An appositive between a fronted participle phrase and the name it describes ("Born in
Sheffield, the daughter of a steelworker, Ellison ...")."""
_NAMED_PERSON_OR_BODY = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&’'.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|del|le|la|ter|ten)\s+)*"
    r"[A-Z0-9][\w&’'.-]*){0,5}"
)
_PAST_PERFECT = re.compile(r"had\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b")
"""A reported clause in the past perfect ("Russia had launched")."""
_SAID_PRONOUN = re.compile(r"(?:that\s+)?(he|she)\b")
"""Reported content opening with the speaker's pronoun ("she had reduced ...")."""
_CALLED_FOR = r"called\s+for\s+(?:an?|the|his|her|their|its)\s+(?:[a-z’'-]+\s+){0,3}?"
"""A demand's opening, up to the noun that says what it is ("called for a two-year rent ")."""
_SPEAKER_ACT = re.compile(
    r"(?:did not|didn't|would not|wouldn't|declined to|refused to)\s+(?:say|comment|"
    r"disclose|specify|elaborate|confirm|give)\b|(?:added|said|told|warned|noted|stressed|"
    r"insisted|cautioned|acknowledged|admitted|conceded|argued|urged)\b|"
    # "said regulators had ignored warnings and called for an inquiry": a demand is the
    # speaker's (not "lost control and called for help")
    + _CALLED_FOR
    + r"(?:inquiry|"
    r"investigation|review|probe|ban|moratorium|resignation|halt|overhaul|reform|rethink|"
    r"suspension|audit|vote|referendum|ceasefire|boycott)\b|"
    r"called\s+on\s+(?:the\s+)?(?:[A-Za-z-]+\s+){1,3}?to\s+[a-z]+"
)
"""What only the speaker of the sentence can have gone on to do."""
_THING_DEMAND = re.compile(
    _CALLED_FOR + r"(?:freeze|cap|tax|"
    r"levy|subsidy|end|return|release|debate|change|changes|increase|rise|cut|cuts|limit|"
    r"crackdown|apology|compensation|recount|pause|delay|withdrawal|repeal|amendment|funding|"
    r"strike)\b"
)
"""A demand the speaker made after reporting on a thing ("said the budget failed renters and
called for a rent freeze"); people reported on may have made it themselves."""
_SPEAKER_ACT_AFTER_STATE = re.compile(
    r"(?:accused|rejected|blamed|criticised|criticized|vowed|pledged|dismissed|apologised|"
    r"apologized|thanked|called on|called for|promised|urged|announced|unveiled|proposed|"
    r"demanded|appealed)\b"
)
"""What the speaker, not the subject, went on to do after a report of a state ("The minister
said the offer was fair and accused the union ..."); after a reported act ("said the driver
lost control and called for help") it is the subject's."""
_BODY_KIND = re.compile(
    r"(?:an?|the)\s+(?:(?!(?:at|of|for|with|in|on|to|from)\b)[\w-]+\s+){0,3}(?:company|firm|group|charity|organi[sz]ation|agency|union|"
    r"bank|insurer|lender|retailer|carmaker|operator|network|think[- ]tank|"
    r"non-?profit|party|consultancy|association|federation|regulator|broadcaster|newspaper|"
    r"airline|utility|manufacturer|developer|chain|supplier|exchange)\b"
)
"""An aside that says what kind of body something is ("a mining company")."""
_PERFECT_STATE = re.compile(
    r"(?:had|has|have)\s+been\s+[“\"‘']?(?!\w+ed\b|\w+en\b|being\b)[a-z]+\b"
)
"""A state in the perfect ("had been reckless")."""
_STATE = re.compile(
    r"(?:is|are|was|were)\s+(?!(?:not\s+)?(?:\w+ed|\w+en|paid|held|hit|shot|hurt|cut|put|"
    r"taken|seen|made|told|kept|left|sent|found|brought|caught|being|\w+ing)\b)"
    r"(?:too\s+|very\s+|visibly\s+)?"
    r"[“\"]?[a-z]+\b"  # 'was "dead on arrival"': quoted words too
)
"""A report of a state, not of an act in the passive ("the offer was fair", not "the woman
was taken to hospital")."""
_DOCUMENT = re.compile(
    r"\b(?:report|reports|documents|records|study|data|figures|statement|filing|filings|"
    r"survey|poll|analysis|witnesses|witness|residents|reporters|neighbours|neighbors|"
    r"bystanders|onlookers)\b",
    re.IGNORECASE,
)
"""What cannot act: a document a sentence reports, or people who only watched."""

_OWN_VERB_LATER = re.compile(
    r"\b(?:was|were|is|are|have|has|had|will|would|could|continued|killed|[a-z]{3,}ed\s+[a-z0-9])\b"
)
_EMBEDDED_OPEN = re.compile(r"\b(?:how|that|which|who|whom|where|when|whether|because|if|to)\b")


def _own_span_end(clause: str) -> int:
    """Where a clause's own words end: before an embedded clause ("provides a framework for
    understanding how affinity is achieved") or after 60 characters."""
    embedded = _EMBEDDED_OPEN.search(clause, 0, 60)
    return embedded.start() if embedded else min(len(clause), 60)


_BODY_SUBJECT = re.compile(r"(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,5}")
"""A subject that is a name ("Ford", "The FAA", "Southwest Airlines")."""
_BUT_BEFORE = re.compile(r",\s*but\W*$")
_NOT_A_NOUN = (
    r"(?:not|no|from|in|on|at|for|with|by|of|to|only|also|even|just|as|than|then|so|all|"
    r"both|each|some|many|most|few|more|less|it|they|he|she|we|i|you|this|that|these|those|"
    r"there|which|who|never|soon|later|still|then|now|already|again|once|ever|[a-z]+ly)"
)
_THINKING_VERBS = frozenset(
    "said says say told tell expect expects expected think thinks thought believe believes "
    "believed warned warn warns argued argue argues noted note notes added add adds estimated "
    "estimate estimates predicted predict predicts hope hopes hoped fear fears feared".split()
)
"""Verbs that report or think: the verb phrase after their clause is the content's."""
_TRAILING_ADVERB = re.compile(r"\s+(later|also|still|now|then|again|soon|[a-z]+ly)$")
_REPORTED_VERB = re.compile(
    r"\b(?:that|was|were|is|are|had|has|have|would|will|could|may|might|should|must)\b"
)


def _reports_a_clause(predicate: str) -> bool:
    """Whether a predicate reports or thinks a clause ("said the drop was temporary"), not
    an act with an object ("feared more cuts", "expected a rebound")."""
    words = predicate.split(None, 1)
    if not words or words[0].lower() not in _THINKING_VERBS:
        return False
    reported = words[1].split(" and ", 1)[0] if len(words) > 1 else ""
    return _REPORTED_VERB.search(reported) is not None


_SET_AGAINST = re.compile(r"\b(?:but|while|whereas|although|though)\s*$")
"""Before a clause that sets a subject of its own against the one before."""
_AND_AS_BEFORE = re.compile(r",\s+(?:and|as)\s*$")
_DETERMINED = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s")
_COMMON_NOUN_PHRASE = re.compile(
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:(?!"
    + _NOT_A_NOUN
    + r"\b)[a-z][a-z-]+\s+){0,2}"
    r"(?!" + _NOT_A_NOUN + r"\b)[a-z][a-z-]+"
)
"""A short common noun phrase ("beef prices", "net profit", "the core rate")."""
_PERSON_NOUN = re.compile(
    r"\b(?:defendant|suspect|man|woman|boy|girl|victim|driver|officer|player|patient|accused|"
    r"pilot|soldier|teacher|doctor|nurse|worker|student|child|son|daughter|mother|father|wife|"
    r"husband)\b|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+$"
)
"""A report's subject that "he" or "she" may mean ("the defendant", "John Smith")."""
_CONTRAST_BEFORE = re.compile(r"\b(?:while|whereas)\W*$")
_PERSON_ROLE = re.compile(
    r"\b(?:minister|president|mayor|spokesman|spokeswoman|spokesperson|chief|governor|senator|"
    r"judge|lawyer|coach|manager|director|secretary|chairman|chairwoman|leader|executive|"
    r"economist|analyst|official|officer|commissioner|chancellor)$",
    re.IGNORECASE,
)
"""A speaker named by a person's role ("The minister said ..., although she said ...")."""
_BODY_IN_REPORT = re.compile(
    r"\bthe (?:company|firm|government|bank|ministry|group|union|agency|council|party|club)\b"
)


def _same_speaker_again(
    pronoun: str, speaker: str | None, is_person: bool, report_subject: str, before: str
) -> bool:
    """Whether "<pronoun> said" opening a later clause is the sentence's speaker again: the
    pronoun fits the speaker ("she" a person, "it" a body, "they" many), nothing in `before`
    (the sentence up to the clause) says it is someone else ("while she said"; "said the
    company would ..., but it said"), and the report's own subject does not fit it better
    ("said the defendant had shown no remorse, although he said")."""
    if pronoun in ("he", "she"):
        fits = is_person or _PERSON_ROLE.search(speaker or "") is not None
        fits_subject = _PERSON_NOUN.search(report_subject or "") is not None
    elif pronoun == "it":
        fits = _organisation(speaker) and not _BODY_IN_REPORT.search(before)
        fits_subject = False
    else:  # "they"
        fits = (speaker or "").endswith("s")
        fits_subject = bool(report_subject) and _plural_phrase(report_subject)
    return (
        fits
        and not fits_subject
        and _CONTRAST_BEFORE.search(before, max(0, len(before) - 12)) is None
    )


_SAYS_AGAIN = re.compile(
    r"(?:he|she|it|they)\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|warned|warns|"
    r"cautioned|cautions|acknowledged|acknowledges|conceded|concedes|insisted|insists|"
    r"stressed|stresses)\s+(?:that\s+)?(?=[\w\"“])"
)
"""A clause that opens with its speaker's pronoun and speech verb ("she said a recession ...")."""
_SECOND_COPULA_CLAUSE = re.compile(r"\s(?:and|but)\s+[^,]*\s(?:was|is|were|are)\s")
_COPULA_NOT_END = re.compile(r"[^,]{2,60}\s(?:was|is|were|are)\s+not")
"""A clause whose predicate is left out after "not" ("but that piracy was not")."""
_COPULA_COMPLEMENT = re.compile(
    r"[^,]{2,60}?\s(?:was|is|were|are)\s+(?!not\b)(?P<complement>[^,]{2,60})"
)
"""A clause and what it says its subject is ("training was fair use")."""
_PASSIVE_BY_NAME = re.compile(
    r"\b(?:was|were|is|are|been)\s+\w+ed\b[^,]{0,40}?\bby\s+(?:the\s+)?[A-Z]"
)
"""A passive whose agent is named ("was fined ... by the EU"), whose "its" may be the agent's."""
_NAME_OWNER = re.compile(r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}")
"""A name that a closing "its ..." may mean ("Dalvara")."""
_PEOPLE_COUNTED = re.compile(
    r"(?:people|persons|passengers|fans|spectators|guests|prisoners|inmates|patients|"
    r"students|workers|seats|visitors|supporters|refugees|migrants|residents|delegates|troops|"
    r"soldiers|children|animals|vehicles|cars|on|at)\b|[.,;]?$"
)
_AND_OTHER_ACT = re.compile(r",\s+and\s+")
_AND_BEFORE_COMMA = re.compile(r",\s+and\s*$")
_OTHER_BODY_ACT = re.compile(
    r"(?:the\s+)?(?P<body>(?:[a-z]+\s+){0,2}(?:government|ministry|police|army|military|"
    r"council|court|parliament|president|prime\s+minister|regulator|agency|authorities|"
    r"commission|company|union|opposition))\s+(?:also\s+)?(?:announced|declared|launched|"
    r"approved|offered|pledged|promised|awarded|unveiled)\b"
)
"""Another body's act after ", and" inside a report ("and the state government announced a
reward"): the writer's, not the first speaker's."""
_OTHER_PERSON_ACT = re.compile(
    r"(?:the\s+)?(?:(?:[a-z]+\s+)?(?:minister|president|chief\s+executive|chairman|"
    r"chairwoman|mayor|governor|leader|director|coach|manager)\s+|(?:[A-Z][\w’'-]+\s+){1,4})"
    r"(?:has\s+|had\s+)?(?:resigned|stepped\s+down|quit)\b"
)
"""A resignation after a reason ("because costs rose, and Minister X has resigned"): no part of
the reason."""


_THING_HEADS = frozenset(
    "budget plan bill law report policy decision scheme deal proposal measure strategy "
    "programme program reform rules rule system project review study agreement".split()
)


def _thing_subject(subject: str) -> bool:
    """Whether a reported subject is a thing, which calls for nothing itself ("the budget"),
    not people or a body that may ("protesters", "the crowd", "shops", "MPs")."""
    words = subject.lower().split()
    return bool(words) and words[-1] in _THING_HEADS


def _under_report(prefix: str, claims: list[ExtractedClaim]) -> str:
    """The subject and modal of the last claim reported with `prefix` ("it would" of "Novarion
    said it would suspend ..."), or ""."""
    for claim in reversed(claims):
        under = (
            _REPORTED_MODAL.match(claim.text, len(prefix))
            if claim.text.startswith(prefix)
            else None
        )
        if under is not None:
            return under.group(1)
    return ""


def _own_clause(text: str) -> bool:
    """Whether `text`, a bare verb's phrase, is a clause of its own: an auxiliary or modal in
    it ("and strike action could follow"), or a finite verb after its first word that is no
    participle in "-ed" ("strike talks began"; not "keep its dividend unchanged")."""
    if _OWN_FINITE_WORD.search(text) is not None:
        return True
    at = _main_verb(text)
    return at > 0 and not text[at:].split(None, 1)[0].rstrip(".,;").endswith("ed")


_RELATIVE_CUT = re.compile(r"\s(?:who|which|that|whose)\s")
_OWN_FINITE_WORD = re.compile(
    r"\b(?:would|will|could|should|may|might|must|can|is|are|was|were|has|have|had)\b"
)
_NOTHING_SAID = re.compile(r"\s*(?:nothing|little|no more)\b")
_OTHERS_BETWEEN = re.compile(
    r"\b(?:as|while|when)\s+(?:they|we|protesters|crowds?|demonstrators|the\s+crowds?|fans)\s+"
    r"[a-z]+"
)
"""Between "who said" and a quote: nothing said, or another clause whose the quote is."""
_REPORTED_MODAL = re.compile(
    r"\s+(?:that\s+)?((?:it|they|he|she|we|the\s+[a-z]+)\s+(?:would|will|could|should|may|"
    r"might|must|can)(?:\s+not)?)\s"
)
"""After a report's prefix: its subject and modal ("Novarion said it would ...")."""
_WHO_SAID_BEFORE = re.compile(
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+who\s+(?:also\s+)?(?:said|says|told\s+\w+|"
    r"added|described|called|wrote)\b"
)
"""A named speaker of the quote that follows, in a relative clause ("Judge X, who said")."""
_SOMEONE_ELSE_WROTE = re.compile(
    r"\b(?:an?|the|one|another|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}"
    r"(?!(?:he|she|they|it|we|i)\s)[a-z-]+\s+"
    r"(?:wrote|said|says|told|added|texted|posted|tweeted|emailed)\b"
)
"""An unnamed writer or speaker inside the sentence ("an engineer wrote"), whose the quote is."""
_OWN_ACT_VERBS = frozenset(
    "declined refused voted called urged accused vowed pledged thanked apologised apologized "
    "rejected blamed criticised criticized demanded appealed promised announced walked".split()
)
"""A speaker's own acts after its report ("said it was flawed and voted against it")."""
_STATE_OR_CHANGE_NEXT = re.compile(
    r"\s+(?:not\s+)?(?:be|keep|continue|remain|stay|fail|rise|fall|grow|slow|improve|worsen|"
    r"take|cost|last|end|collapse|increase|decrease|drop|double|halve)\b"
)
"""What a reported thing would go on to do ("would keep rising", "would fail")."""
_OWN_FORECAST = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w&’'.-]*\s+){1,4}|(?:police|officials|authorities|organisers|"
    r"organizers|analysts|economists|unions)\s+)(?:(?:forecast|forecasts|predicted|predicts|expected|"
    r"expects|estimated|estimates|projected|projects)\s|"
    # "while the Labour Ministry put the figure at about 1.1 million"
    r"(?:put|puts|placed|places)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:figure|number|toll|"
    r"count|total|turnout|cost|costs|loss|losses|damage|damages|estimate|attendance)\s+at\b)"
)
"""A contrasting clause with its own forecaster ("while JPMorgan forecast $58") or counter
("while the Labour Ministry put the figure at 1.1 million")."""

_PLURAL_NP_OPENING = re.compile(
    r"((?:The|These|Those|Both|All|Many|Most|Some)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*[^s\W]s)"
    r"\s+(?:(?:often|also|still|usually|generally|sometimes|rarely)\s+)?[a-z]+"
    r"(?:\s+(?:often|sharply|widely|greatly|substantially))?"
)
"""A clause opening with a plural noun phrase ("The two indices often ...")."""


def _inside_quote(subject: str) -> bool:
    """A subject opening a quotation that it does not close ('"We' but not '"More"')."""
    return subject[0] in '"“' and not any(mark in subject[1:] for mark in '"”')


_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]+")
"""A capitalised word, the word boundary before it tested after the capital (the engine
skips to capitals)."""
_COMES_AS = re.compile(
    r"\s+(?:comes|came)\s+(?:as|amid|after)\s+(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"\s+(?:faces|faced|is|was|has|had|prepares|prepared|seeks|sought|plans|planned)\b"
)
"""A sentence about a thing that comes as someone acts ("The ruling comes as Apple faces ..."):
the one acting is who "it" means next."""
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b")


def _last_person(sentence: str, people: list[Entity], ctx: _Context) -> Entity | None:
    """The person the sentence names last: a person entity, or a known last name on its own
    ("Erdogan said", "Hale's lawyers"), given as the full name."""
    last = people[-1] if people else None
    while (
        last is not None
        and last is not people[0]
        and _AFFILIATION_BEFORE.search(sentence, max(0, last.start - 40), last.start)
    ):
        # "said Nikos Papadakis, a spokesman for Athens-based Poseidon Bulk Carriers": the
        # body he speaks for, which the name lists took for a person, is not "he"
        last = people[people.index(last) - 1]
    while (
        last is not None
        and _AT_A_PLACE.search(sentence, max(0, last.start - 12), last.start)
        and not sentence.startswith(("'s", "’s"), last.end)
    ):
        # "told reporters at Charles de Gaulle": an airport, a venue, a place named after
        # someone, not the "he" of the next sentence
        at = people.index(last) if last in people else 0
        last = people[at - 1] if at > 0 else None
    if not ctx.people:
        return last
    skipped = [p for p in people if last is not None and p.start > last.start]
    for m in _CAPITALISED.finditer(sentence, last.end if last is not None else 0):
        full = ctx.people.get(m.group(0))
        if full is not None and not any(p.start <= m.start() < p.end for p in skipped):
            last = Entity(full, m.group(0), "person", m.start(), m.end())
    return last


_THAT_THEN_VERB = re.compile(
    r"that (?:is|was|has|had|will|would|could|may|might|means|meant|makes|made)\b"
)
_LONE_CAPITAL = re.compile(r"[A-Z][a-z’'-]+")
_AGE_AFTER = re.compile(r"(?:,\s*|\s*\()\d{1,3}\s*[,)]")
"""A one-word subject with an age after it ("Ainsworth, 58,", "Smith (42)")."""
_INDEFINITE_SUBJECTS = frozenset(
    "nobody;everybody;somebody;anybody;everyone;someone;anyone;nothing;everything;something;"
    "anything;none;no one".split(";")
)
"""Subjects no later "it" or "they" can mean."""
_AT_A_PLACE = re.compile(r"\b(?:at|in|into|near|outside|inside)\s+$")
"""A preposition of place right before a name ("at Charles de Gaulle")."""
_AFFILIATION_BEFORE = re.compile(
    r",\s+(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:for|at|of|with)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
"""A role and its preposition before a name ("a spokesman for", "head of marine at broker")."""
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:A|An|Another|One)\s+(?:[a-z][\w-]*\s+){0,2}(?:guard|witness|resident|neighbou?r|"
    r"passenger|driver|student|teacher|doctor|nurse|soldier|worker|employee|lawyer|juror|"
    r"suspect|victim|child|teenager|pilot|farmer|survivor|colleague|friend|relative|member|"
    r"spokes(?:man|woman|person)|official|officer|source|analyst|economist|trader|fan|player|"
    r"customer|patient|prisoner|detainee|defendant|bystander|protester|journalist|reporter|"
    r"assistant|manager|cashier|shopkeeper|owner|clerk|firefighter|paramedic|motorist|cyclist|"
    r"pedestrian|tourist|hiker|climber|swimmer|pupil|woman|man|girl|boy|mother|father|"
    r"pensioner|homeowner|tenant|landlord|volunteer|contractor)"
    r"|(?:The|the)\s+(?:guard|witness|resident|neighbou?r|passenger|driver|victim|suspect|"
    r"teenager|bystander|defendant|survivor|assistant|cashier|shopkeeper|motorist|cyclist|"
    r"pedestrian|pensioner))"
)
"""A subject that is a person without a name ("A guard", "An off-duty nurse", "The driver"):
a following "he" or "she" means that person, not one named before."""
_GENDERED_NOUNS = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}
_SHE = re.compile(r"\b(?:she|her|hers)\b")
_HE = re.compile(r"\b(?:he|his|him)\b")


def _other_gender_pronoun(subject: str, low: str) -> bool:
    """Whether the sentence of an unnamed subject ("A spokesman") says "she" or "he" of someone
    the subject cannot be."""
    gender_of = _GENDERED_NOUNS.get(subject.split()[-1].lower())
    if gender_of == "m":
        return _SHE.search(low) is not None
    if gender_of == "f":
        return _HE.search(low) is not None
    return False


def _subject_person(subject: str, people: list[Entity], ctx: _Context) -> Entity | None:
    """The person `subject` names: a person entity it ends with ("Justice Helen Okafor"), or
    one followed by an affiliation ("James Whitfield of UCL", "Tom Ried, 34,"), or a last name
    named before in full ("Voss", "Ms. Voss")."""
    if not subject or not subject[:1].isupper():
        return None
    for e in people:
        at = subject.find(e.text)
        if at >= 0 and (
            at + len(e.text) == len(subject)
            or subject.startswith((" of ", ",", " ("), at + len(e.text))
        ):
            return e
    words = subject.split()
    full = ctx.people.get(words[-1])
    if full is not None and all(w.lower().rstrip(".") in _TITLE_WORDS for w in words[:-1]):
        return Entity(full, words[-1], "person")
    return None


_POSSESSIVE_END = re.compile(r"[’']s$")


def _unknown_person_subject(subject: str) -> bool:
    """A subject with a capitalised word after its first that names no place, body or known
    thing ("World number one Sinner", "Aryna Sabalenka of Belarus"): likely a person."""
    words = subject.split()
    if len(words) < 2 or not subject[:1].isupper() or "," in subject:
        return False
    # "The EU's commissioner": the owner's name, not the possessive
    later = [
        _POSSESSIVE_END.sub("", w.strip(".,")).strip("’'") for w in words[1:] if w[:1].isupper()
    ]
    if not later or any(w.lower() in _PRONOUN_SUBJ for w in words):
        return False
    for word in later:
        low = word.lower()
        if low in _PLACES or low in _ALIASES or low in _TITLE_WORDS:
            return False
        if entity_type(word) != "other":
            return False
    return entity_type(canonical_entity(subject)) not in ("org", "place")


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
    ctx.forget_speakers()  # the caller sets them again when this sentence reports or quotes
    ctx.thing_subject = False
    if entities is None:
        entities = find_entities(sentence)
    people = [e for e in entities if e.type == "person"]
    for e in entities:
        of_place = _PERSON_OF_PLACE.fullmatch(e.text) if e.type != "person" else None
        if (
            of_place is not None
            and _could_be_person(of_place.group(1))
            # the speaker opening the sentence ("Keisha Ormond of Yonkers said ...")
            and e.start == 0
            and sentence.startswith(("said", "says", "told"), e.end + 1)
        ):
            # "Keisha Ormond of Yonkers": a woman from Yonkers, whom a later "she" means
            name = of_place.group(1)
            people.append(Entity(name, name, "person", e.start, e.start + len(name)))
    rival_subjects = False
    for e in people:
        honorific = _HONORIFIC_BEFORE.search(sentence, max(0, e.start - 6), e.start)
        if honorific is not None:
            # "Mr Ashcroft": a man, whom a later "she" does not mean
            ctx.note_gender(e.name, "he" if honorific.group(1) == "Mr" else "she")
        elif role := _GENDERED_ROLE_BEFORE.search(sentence, max(0, e.start - 14), e.start):
            # "The spokesman, Ruben del Campo,": a man
            ctx.note_gender(e.name, "she" if role.group(1).endswith("woman") else "he")
    ctx.people_named = len({e.name for e in people})
    # `patients`, `lone_person_plain` and `other_person` are found when asked (rarely)
    ctx.patients_in = sentence
    ctx.lone_person_around = (
        (sentence, max(0, people[0].start - 12), min(len(sentence), people[0].end + 6))
        if ctx.people_named == 1
        else None
    )
    subject, verb_at = _subject_of(subject_text if subject_text is not None else sentence)
    ctx.other_after = (sentence, verb_at) if verb_at > 0 else None
    if (
        verb_at > 0
        and _BODY_SUBJECT.fullmatch(subject)
        and not any(e.type == "person" and e.text in subject for e in people)
        and not subject.endswith("s")
    ):
        ctx.last_body = subject
    ctx.note_descriptions(entities, subject if verb_at > 0 else None, sentence)
    for person in people:
        if " " in person.name:
            last = person.name.rsplit(" ", 1)[1]
            if last.lower() not in _STOP_CAPS:  # not "May" (the month)
                ctx.note_person(person.name)
    low = sentence.lower()
    ctx.subject_is_thing = " its " in low and not _PERSONAL.search(low)
    ctx.unnamed_in = (sentence, low)  # `unnamed`, found when asked
    for person in people:
        ctx.remember(person.name)
    # "He" and "she" in the next sentence mean the person this one is about (its subject),
    # else the person it named last: "Okafor said Almond had shown no remorse. '...,' she
    # told him" is Okafor's.
    by_subject = _subject_person(subject, people, ctx) if verb_at > 0 else None
    last_word = subject.split()[-1:]
    if (
        ctx.shared
        and by_subject is None
        and verb_at > 0
        and last_word
        and last_word[0] in ctx.shared
    ):
        # "Quaid studied ..." after two Quaids: nobody a later "he" can be said to mean
        ctx.person = None
        ctx.entities = ()
        return
    if (
        by_subject is None
        and verb_at > 0
        and _LONE_CAPITAL.fullmatch(subject)
        and sentence.startswith((f"{subject}, ", f"{subject} ("))
        and (aged := _AGE_AFTER.match(sentence, len(subject))) is not None
        and not sentence.startswith(" and ", aged.end())  # "Patel, 33, and Khan, 29,"
        and subject.lower() not in _STOP_CAPS
    ):
        # "Ainsworth, 58, was jailed for 11 years. She had denied ...": a person by their age
        full = ctx.people.get(subject, subject)
        by_subject = Entity(full, subject, "person")
    if by_subject is None and verb_at > 0 and subject.lower() in ("he", "she"):
        # "She is survived by a daughter, Anne; a sister, Ruth Dorsey. After leaving office,
        # she taught ...": still the person the sentence was about
        still = ctx.person_for(subject.lower())
        if still:
            by_subject = Entity(still, still, "person")
    # a subject that may name a person the entity finder does not know ("World number one
    # Sinner", "The Conservative transport spokesman")
    unknown_subject = (
        by_subject is None and verb_at > 0 and bool(people) and _unknown_person_subject(subject)
    )
    if unknown_subject:
        # "The Conservative transport spokesman, Graham Stirling, said": the subject's own
        # name after it is who a later "he" or "she" most often means (the sentence is
        # about them), not another person named after it
        by_subject = next(
            (p for p in people if sentence.startswith(f", {p.text},", len(subject))), None
        )
    if (
        by_subject is None
        and unknown_subject
        and any(p.start >= len(subject) for p in people)  # a person named after the subject
    ):
        # "World number one Sinner beat Ben Shelton. He served ...": a name the entity finder
        # does not know as a person; "he" is not the object named after it
        ctx.person = None
        person_entity = None
    elif (
        by_subject is None
        and verb_at > 0
        and _UNNAMED_SUBJECT.fullmatch(subject)
        # "A spokesman said she would return": "she" is someone named before, who stays
        and not _other_gender_pronoun(subject, low)
    ):
        # "A guard told the court he had feared for his life. He has not returned": the guard,
        # whom no name means
        ctx.person = None
        person_entity = None
    elif (
        verb_at > 0
        and len(people) > 1
        and any(
            p.start > len(subject)
            and p.name != people[0].name
            and _SECOND_CLAUSE_BEFORE.search(sentence, max(0, p.start - 60), p.start)
            and sentence[p.end : p.end + 1] == " "
            and sentence[p.end + 1 : p.end + 2].islower()
            and ctx.gender_of(p.name) in (None, ctx.gender_of(people[0].name))
            for p in people
        )
        and people[0].start < len(subject)
    ):
        # "Donald Trump lost the state, and Secretary of State Brad Raffensperger praised the
        # ruling. '...,' he said": two men, each the subject of a clause; "he" may be either
        ctx.person = None
        person_entity = None
        rival_subjects = True
        for p in people:
            ctx.remember(p.name)
    else:
        person_entity = by_subject or _last_person(sentence, people, ctx)
    ctx.rival_subjects = rival_subjects
    if person_entity is not None:
        ctx.person = person_entity.name
        ctx.remember(person_entity.name)
    if subject and verb_at > 0 and subject.lower() in _INDEFINITE_SUBJECTS:
        ctx.subject = None  # "Nobody should need a study. It is ...": "it" is not "nobody"
        subject_entities: tuple[Entity, ...] = ()
    elif (
        subject
        and verb_at > 0
        and not _inside_quote(subject)  # '"We will ...": the speaker's words, not a name
        and subject.lower() not in _PRONOUN_SUBJ
        # ("The Swiss Institute for Snow and Avalanche Research (SLF)": a name, its acronym)
        and len(_BRACKETED_TAIL.sub("", subject).split()) <= 8
        and not subject.lower().startswith(("this", "these", "that", "there", "it "))
    ):
        ctx.subject = _plain_subject(_described(subject, ctx) or subject)
        comes_as = _COMES_AS.match(sentence, len(subject)) if sentence.startswith(subject) else None
        if comes_as is not None and entity_type(canonical_entity(comes_as.group("name"))) in (
            "org",
            "other",
        ):
            # "The ruling comes as Apple faces other cases. It was fined ...": Apple
            ctx.subject = comes_as.group("name")
        subject_entities = tuple(e for e in entities if e.text in ctx.subject)
    elif subject and verb_at > 0 and len(subject.split()) > 8 and not _inside_quote(subject):
        # a long subject of its own: whatever the sentence before was about, this one is not;
        # its head may be named again ("The decision to close three of its five plants ...":
        # the decision, which says nothing, so "It said" is the company before)
        head = _LONG_SUBJECT_HEAD.split(subject, 1)[0]
        ctx.subject = None
        ctx.thing_subject = (
            _THING_HEAD.fullmatch(head) is not None
            and head.rsplit(" ", 1)[-1].lower() not in _DESCRIPTION_HEADS
            and head.rsplit(" ", 1)[-1].lower() not in _HUMAN_HEADS
        )
        subject_entities = ()
    else:
        subject_entities = tuple(e for e in ctx.entities if e.text in (ctx.subject or ""))
    if person_entity is not None:
        # The claim says the canonical name ("Barack Obama" for "Obama").
        named = Entity(person_entity.name, person_entity.name, "person")
        ctx.entities = (named, *subject_entities)
    else:
        ctx.entities = (*(e for e in ctx.entities if e.type == "person"), *subject_entities)


def _report_of(report: _Attribution, clause: str) -> tuple[str, str, str]:
    """The prefix, the reported subject and the speaker of the report `clause` opens ("Labour
    said it supported ..."), which a verb phrase after it may go on ("but wanted ...")."""
    return report.prefix, _subject_of(clause[report.content_at :].strip())[0], report.speaker


_THING_HEAD = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
"""A long subject's head that is a thing ("The decision"), which says nothing."""
_LONG_SUBJECT_HEAD = re.compile(r"\s(?:to|of|in|that|which|who|for|with|at|on|from)\s|\s\(|,")
"""Where a long subject's head noun phrase ends ("The decision| to close ...")."""
_BRACKETED_TAIL = re.compile(r"\s*\([^()]{1,20}\)$")
_LIST_VERB = re.compile(
    r"(?:include|cover|comprise|contain|list|affect|involve|feature|concern)(?:s|d|ed)?|"
    r"are|were|is|was"
)
"""A verb ending a sentence that introduces a list ("The recall covers:")."""
_AMONG = re.compile(r"(?:Among|Other) (?:the |its |their )?(?P<noun>[a-z]+s(?: [a-z]+s)?)")
"""A list's introduction without a verb: "Among the provisions:"."""
_ADDRESSED = re.compile(r"\b(?:you|your|we|our|I|my|following|follows|steps|tips)\b", re.IGNORECASE)
_LABEL_FIRST = frozenset("QACFU0123456789")
_TIME_ZONES = (
    r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|CET|CEST|UTC|IST|JST|AEST|AEDT|"
    r"MSK|EET|EEST)\b"
)
"""The first characters of `_QA_LABEL`'s labels."""
_MID_SAID_VERBS = r"said|says|added|noted|argued|wrote|claimed|insisted|told reporters"
_MID_SAID = re.compile(
    r"(?P<a>[^,]{3,80}?),\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
    rf"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>{_MID_SAID_VERBS}),\s+"
    r"(?P<b>(?:has|have|had|was|were|is|are|will|would|could|"
    r"may|might|must|should|did|does|do|can|[a-z]+ed|up|down|"
    + "|".join(sorted(set(_IRREGULAR_PAST_FORMS.values()) - {"said", "read"}))
    + r")\b.*?)"
)
"""A report between the subject and its verb: "The president, Brewer said, had called ..."."""
_MID_SAID_HINT = re.compile(rf" (?:{_MID_SAID_VERBS}), ")
"""What a report between subject and verb needs: the verb and a comma ("Brewer said, had")."""
_PARTY_LABEL = re.compile(
    # the state as AP writes it ("Calif.", "W.Va.", "Texas") or its postal code; not "D-Day"
    r", [DRI]-(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]?\.|W\.Va\.|Alaska|Hawaii|Idaho|Iowa|"
    r"Maine|Ohio|Texas|Utah),(?=\s+(?P<next>\w+))"
)
"""A US politician's party and state after the name (", D-Calif.,", ", R-W.Va.,")."""
_ASIDE_OPENERS = frozenset("who which whose the a an his her its their".split())


def _blank_label(m: re.Match[str]) -> str:
    """The label as spaces; its closing comma stays when an aside follows (", D-Calif., who
    sponsored ...,"), not before "and" or the verb (", D-Ariz., and Sen. ...", ", voted")."""
    keep = m.group("next").lower() in _ASIDE_OPENERS
    return " " * (len(m.group(0)) - 1) + ("," if keep else " ")


_CHARACTERISE = re.compile(
    r"(?<![-\w])(?:dismiss|describ|denounc|brand|"
    r"label|characteri[sz]|condemn|deride|hail|decri|call|term)(?:ed|d|led)\b"
    # an object before the quote: 'called the attack "a crime"', not 'a film called "Heat"'
    r"\s+[^\s“”\"][^“”\"]{0,60}?\s[“\"]"
)
"""A verb that characterises something in the subject's own words, the quote after it:
'dismissed the claim as "pure propaganda"', 'called it "a disgrace"'."""
_ING_ASIDE = re.compile(ING_ASIDE)
"""A speaker's aside that says how they spoke ("speaking on condition of anonymity"): no
claim of its own."""
_QUOTE_TAIL = re.compile(
    r"(?P<tag>\s+[^,“”\"]{2,60}?),\s+"
    # "adding that" (not "adding to the confusion", "adding fuel to", "adding, without
    # evidence, that")
    r"(?:(?P<adding>adding)\s+that\s+|who\s+(?!(?:asked|spoke|declined|requested)\b))"
    # one relative clause ("who was elected in 2022 and who chairs" is two)
    r"(?P<rest>(?:(?!\bwho\b|\bwhose\b)[^“”\"]){10,})$"
)
"""After a quote: its speech tag, then what the sentence goes on to say of the speaker
(", adding that ...", ", who represents ..."; not ", who asked not to be named")."""
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
"""Before a verb: it is passive ("is generally called "panda"", "was branded")."""
_QA_LABEL = re.compile(
    r"(?:(?P<question>Q|Question)|A|Answer|Claim|Fact|Update|Updated)\s*:\s+"
    r"|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+" + _TIME_ZONES + r")?\s+(?:[—–-]\s+)?(?=[A-Z“\"])"
)
"""A label before a unit's words: an interview's "Q:" and "A:", a fact check's "Claim:", a
live blog's time stamp ("9:50 a.m."); the claim is what follows it."""


_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|nearly|some|it|he|she|they|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|[$€£]?\d)"
)
"""After a verb in "-s" that opens a clause: its object ("and leaves 172 positions", "and
sets a target"), which a plural noun ("and strikes will") does not take."""


_VERBS_IN_S = frozenset(
    "says adds warns notes insists argues comes goes becomes seems appears follows includes "
    "requires involves allows brings gives takes".split()
)
"""Verbs in "-s" that are no plural noun: after "and" they go on with the subject ("The action
follows a stoppage and comes after a walkout"), unlike "and strikes", "and remains"."""


_CHANGE_OR_STATE = re.compile(
    r"\b(?:rose|fell|risen|fallen|grew|grown|jumped|declined|slowed|surged|slumped|climbed|"
    r"soared|plunged|was|were|is|are|remained|had been|would be|will be)\b"
)
"""A reported change or state, which cannot cite anything ("sales had risen 5%, citing ...")."""
_SAID_END = re.compile(
    r"\b(?:said|says|told \w+)"
    # "said in a statement that", "said on Monday that"
    r"(?: (?:in an? (?:statement|letter|post|interview|filing|speech)|on [A-Z][a-z]+day|"
    r"earlier|later|previously))?(?: that)?$"
)
_OWN_SPEECH_ACT = re.compile(
    r"(?:also\s+)?(?:warned|added|denied|insisted|stressed|acknowledged|conceded|admitted|"
    r"argued|claimed|noted|cautioned)\s+that\b"
    # "The group said that prices rose, and says demand is weak": the group again
    r"|(?:also\s+)?(?:says|said)\s+(?:that\s+)?(?:the\s+)?[a-z]"
)
"""A speech act of the speaker's own after "and" ("and warned that ...", "and denied that")."""
_OWN_ACT_ON_IT = re.compile(
    r"(accused|blamed|urged|criticised|criticized|condemned|praised|thanked|called on|"
    r"attacked|faulted)\s+(it|them)\b"
)
"""The speaker's own act on what it reported about, after "and" ("said the government had
been reckless and accused it of ...")."""
_SPEECH_ING_OF = {past: ing for ing, past in _SPEECH_ING.items()} | {
    "argued": "arguing",
    "explained": "explaining",
}
"""A speech verb's past and its participle ("added": "adding"), `_SPEECH_ING` turned round."""
_SPEECH_SIDE = re.compile(r"[^,]{1,80}? (" + "|".join(_SPEECH_ING_OF) + r") ((?:that )?.+)$")
"""A participle claim "<subject> added that <report>" made from ", adding that ..."."""
_RULING_ING = {
    form: ing
    for ing, forms in {
        "overturning": "overturned overturns",
        "reversing": "reversed reverses",
        "upholding": "upheld upholds",
        "dismissing": "dismissed dismisses",
        "overruling": "overruled overrules",
        "quashing": "quashed quashes",
        "affirming": "affirmed affirms",
        "reinstating": "reinstated reinstates",
        "striking": "struck strikes",
        "siding": "sided sides",
        "clearing": "cleared clears",
    }.items()
    for form in forms.split()
}
"""A court's acts after its ruling, as a claim says them ("overturned") and as the participle
the sentence wrote ("overturning")."""
_RULING_SIDE = re.compile(r"[^,]{1,80}? (" + "|".join(_RULING_ING) + r") (.+)$")
"""A participle claim "<subject> overturned <decision>" made from ", overturning ..."."""
_COURT_OBJECT = re.compile(
    # "striking it down", "clearing the way for a trial": the court's own act too
    r"(?:it|them)\s+down\b|the\s+way\b|"
    r"(?:down\s+|with\s+)?(?:(?:a|an|the|its|their|his|her|[\w-]+[’']s)\s+)?(?:[\w.-]+\s+){0,5}?"
    r"(?:decision|ruling|appeal|appeals|judgment|judgement|verdict|conviction|convictions|"
    r"sentence|case|claim|claims|challenge|lawsuit|suit|order|injunction|ban|law|charges?|"
    r"complaint|petition|findings?|acquittal|court|judge|panel|government|state|plaintiffs?|"
    r"defendants?|prosecutors?|lower\s+courts?)\b"
)
"""What a court acts on after its ruling ("overturning a decision by ...", "siding with the
government"), not a party's act ("dismissing staff who ...")."""
_RULED_END = re.compile(
    r"\b(?:ruled|rules|decided|decides|held|holds|found|finds|determined)\b[^,]{0,20} that$"
)
"""A ruling's frame ("The court ruled 6-3 that"), whose ", overturning ..." is the court's."""
_DENIED_THAT_END = re.compile(r"\b(?:denied|denies|rejected|rejects|disputed|disputes) that$")
"""A denial's frame, whose ", saying ..." is the speaker's own statement."""
_PASSIVE_REPORTED = re.compile(r"\b(?:had been|has been|was|were)\s+[a-z]+ed\b")
"""A reported clause whose subject was acted on ("the man had been arrested")."""


def _speakers_pronoun(is_person: bool, phrase: str) -> str:
    """The pronoun a report's subject uses for its own speaker ("he"/"she" for a person, "it"
    for a body, "they" for many); "" when it cannot be told."""
    if phrase.lower() in ("he", "she", "it", "they"):
        return phrase.lower()  # "He denied that he had lied": he
    if is_person:
        return {"m": "he", "f": "she"}.get(gender(phrase.split()[-1]) or gender(phrase) or "", "")
    return "they" if _plural_head(phrase) else "it"


_MUTE_SUBJECT = re.compile(r"(?:(?:the|its|their|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*")
"""A reported subject that is a common noun phrase ("the industry", "sales"), which may not
speak; a name, a pronoun or a person's noun ("protesters", "the driver") may."""
_HUMAN_HEADS = frozenset(
    "he she they it we i protesters protester rebels rebel suspect driver pilot woman man men "
    "women gunman player founder minister officials official police officers officer witnesses "
    "residents workers staff people person boy girl child children lawyer lawyers doctor doctors "
    "patient patients "
    "spokesman spokeswoman leader leaders members member voters critics experts analysts "
    "investors customers fans president chief executive board authorities".split()
)
"""Nouns for people or bodies, who may well have said what a participle says."""
_CITED_SIDE = re.compile(r"[^,]{1,80}? cited (.+)$")
"""A participle claim "<subject> cited <reason>" made from ", citing <reason>"."""
_SPEAKERS_AGAIN = re.compile(
    r"(?P<who>They|He|She|It) (?:say|says|said|believe|believes|believed|claim|claims|claimed) "
)
"""A side claim that a pronoun says ("producers, who they say export little") inside a report:
the speaker again, when the pronoun fits them."""
_VERB_LIST_BEFORE = re.compile(
    r"(?:(?! and )[^,])+(?:,\s+(?:[a-z]{3,}ed|set|cut|put|made|took|sent|left|broke|stole|ran|"
    r"hit|shot|fled|threw|drove|sold|bought|won|lost|kept|held|spread|fell|rose|struck|came|"
    r"went|got|began|grew|drew|flew|swept|tore|burnt|had|has|was|were)(?=[\s,]|$)"
    r"(?:(?! and )[^,])*)+"
)
"""A reported predicate that lists verb phrases by commas ("had cut a grille, set off an
alarm"), with no "and" closing the list yet."""
_ITS_OBJECT = re.compile(
    r"\b(?:its|their)\s+(?P<head>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:to|by|from)\s+\d"
)
"""The subject's own figure in the first clause ("increased its market share to 10.9%")."""
_TO_FIGURE = re.compile(r"[a-z]+\s+to\s+\d")
"""A change to a level ("grew to 8.4 per cent")."""
_CHANGE_VERB = re.compile(
    r"(?:rose|fell|jumped|slipped|dropped|climbed|gained|slumped|declined|increased|decreased|"
    r"grew|shrank|soared|tumbled|plunged|edged|dipped|surged|sank|rallied|was|were|remained|"
    r"stayed|stood|rise|fall|rises|falls|doubled|tripled|halved|held|improved|worsened|"
    r"narrowed|widened|recovered)\b"
)
"""A figure's change or state ("fell 4%"), what a possessive's left-out noun did."""
_FINDING_FRAME = re.compile(
    r"(?:[A-Z][\w’'-]*|[Aa]n?|[Tt]he)(?:\s+[\w’'&.-]+){0,8}?\s+(?:found|finds|showed|shows|"
    r"suggested|suggests|indicated|indicates|revealed|reveals|concluded)\s+that\b"
)
"""A finding's frame ("A poll by Sandgate Research found that"), which the last clause of a
list of findings goes on under."""
_AND_BEFORE = re.compile(r"\band\s*$")


def _has_own_subject(clause: str) -> bool:
    """Whether a clause after "and" has a subject of its own ("the rest did not know"), not
    one left out ("boosted gene silencing") nor a pronoun."""
    subject, verb_at = _subject_of(clause)
    return (
        verb_at > 0
        and bool(subject)
        and subject.split()[0].lower() not in _PRONOUN_SUBJ
        and subject.split()[0].lower() not in ("here", "there", "this", "that", "which")
        and subject.split()[0].lower() not in _AUX
    )


_LEAD_CONJUNCTION = re.compile(
    # not a title's first words ("And Then There Were None", "Yet Another Bank", "But I'm a
    # Cheerleader", "And Just Like That")
    r"(?:But|And|Yet)\s+(?=[a-zA-Z])(?!(?:Then|Just|Another|I|I['’]m|Only|Not|So)\b)"
)
"""A conjunction opening a sentence ("But it warned that ..."), no part of its claim."""
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_SECOND_CLAUSE_BEFORE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:(?:[A-Z][\w’'.-]*|of|the)\s+){0,6}$"
)
"""The opening of a second clause before a name ("..., and Georgia Secretary of State ")."""
_GENDERED_ROLE_BEFORE = re.compile(r"\b((?:spokes|chair)(?:wo)?man),?\s+$")
"""A role that tells its holder's sex, right before their name ("The spokesman, X")."""
_HE_OR_SHE_OPENS = re.compile(r"(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
_BARE_POSSESSIVE = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s")
"""A possessive whose noun is left out ("while Castleford's fell")."""
_POSSESSED_HEAD = re.compile(
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+(?P<head>[a-z][a-z -]{2,40})"
)
"""A subject that is a name's noun ("Pennine's shares"): the noun a bare possessive leaves out."""
_POSSESSIVE_TITLE = re.compile(r"(?:his|her|their|His|Her|Their)\s")
_AND_THAT_CUT = re.compile(r"\b(?:and|but)\s+that\s*$")
"""The end of the text before a clause cut at "and that" (a second report of one speaker)."""


def _and_that_before(text: str, end: int) -> bool:
    """Whether `_AND_THAT_CUT` finds "and that" or "but that" ending `text[:end]`; most texts
    are settled by whether "that" ends it at all (a cheap test first)."""
    return text[:end].rstrip().endswith("that") and _AND_THAT_CUT.search(text, 0, end) is not None


_CLOSING_SOURCE = re.compile(
    r",\s+(?:an?|the)\s+[a-z]+(?:\s+[a-z]+){0,4}\s+(?:said|says|told)\b[^,]{0,40}$"
)
"""A closing report by a source named by a common noun (", a source close to the player said")."""
_ASIDE_ADVERB = re.compile(
    # the comma first (then the word character before it): the engine looks for the comma
    r",(?<=\w,)\s+(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|"
    r"in turn|in fact|too|therefore|though|instead|indeed),"
    r"(?=\s+[a-z])"
)
"""A discourse adverb between commas inside a clause, before its lower-case verb or object."""


def _without_aside(m: re.Match[str]) -> str:
    """The aside adverb `m` as spaces, when the clause goes on with its verb after it ("...,
    however, remained", "did not, however, cause"); as is before a subject of its own ("...,
    however, margins narrowed") or a closing report ("..., too, analysts said")."""
    text = m.string
    after = text[m.end() :]
    before = text[: m.start()].rsplit(None, 1)[-1].lower() if text[: m.start()].strip() else ""
    if _REPORT_TAIL.match(after):
        return m.group(0)
    if before in _AUX or before == "not" or _main_verb(after) == 1:
        return " " * len(m.group(0))
    return m.group(0)


_REPORT_TAIL = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}(?:said|says|say|told|reported|added|noted|warned)\b[^,;]{0,40}$"
)


_FRONTED_TIME = re.compile(r"^(?:In|On|At|During|Last|This|Earlier|Later)\b[^,]{1,30},\s+")
_MEASURE_AT = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:sales|profits?|revenues?|earnings|shares|deliveries|output|"
    r"production|orders)\s+(?:at|of|in)\s+",
    re.IGNORECASE,
)


def _company_in(content: str) -> str | None:
    """The company a sentence's content opens with as its subject ("German carmaker
    Volkswagen", "Intel"), for its closing "the company said"; None when the subject is no
    company ("Shell sold its stake to Exxon, the company said": Shell is not known, Exxon is
    no subject)."""
    described = _DESCRIBED_COMPANY.match(content)
    if described and _company_subject(described.group("name")):
        return described.group("name")  # "German carmaker Volkswagen is recalling ..."
    # "In March, Tesla delivered ...", "Sales at Volkswagen fell ...": the company after a
    # fronted time or a figure's noun is the subject's still
    subject = _FRONTED_TIME.sub("", content)
    subject = re.sub(r"^[Tt]he\s+", "", _MEASURE_AT.sub("", subject))
    for e in find_entities(content):
        if (
            e.type == "org"
            and subject.startswith(e.text)  # the subject, not a buyer or a supplier
            and (
                e.name in KNOWN_COMPANIES
                or "company" in (heads := _description_heads(e.name)[0])
                # "Northlight Pictures bought the rights, the company said": a body's name
                # with no head of a body that is no company ("Commission", "Ministry")
                or (not heads and " " in e.text)
            )
            and _main_verb(" " + subject[len(e.text) :]) > 0
        ):
            return e.name
    return None


def _claims_from_sentence(
    body: str, start: int, end: int, published: date | None, ctx: _Context
) -> list[ExtractedClaim]:
    """The claims of the sentence `body[start:end]`, with `ctx` carried on to the next."""
    claims = _sentence_claims(body, start, end, published, ctx)
    if (
        claims
        and ctx.quote_speaker is None
        and claims[0].kind is Kind.ATTRIBUTION
        and (speaker := claims[0].speaker)
        and all(
            c.speaker == speaker
            if c.kind is Kind.ATTRIBUTION
            # "X's successor at the BRC, chief executive Fiona Achterberg, said ...": the
            # appositive's own claim ("Fiona Achterberg is X's successor ...") names her
            else c.text.startswith(f"{speaker} is ")
            for c in claims
        )
        and _SPEAKER_LIKE.fullmatch(speaker)
        and any(e.type == "person" and e.name == speaker for c in claims for e in c.facts.entities)
        and f" and {speaker}" not in claims[0].text  # "Ricken and Kehl said": two people
    ):
        # 'Lars Ricken said the club respected the decision. "We made him an offer."': the
        # quote after a person's report is theirs
        ctx.quote_speaker = ctx.quote_phrase = speaker
    return claims


def _sentence_claims(
    body: str, start: int, end: int, published: date | None, ctx: _Context
) -> list[ExtractedClaim]:
    label = _QA_LABEL.match(body, start, end) if body[start] in _LABEL_FIRST else None
    if label is not None:
        if label.group("question"):
            _update_context(_blank_markup(body[start:end]), ctx)
            return []  # the interviewer's question or prompt, not a claim
        start = label.end()  # "A: The reservoir is at 28 per cent": the answer
    conjunction = _LEAD_CONJUNCTION.match(body, start, end) if body[start] in "BAY" else None
    if conjunction is not None:
        start = conjunction.end()  # "But it warned that ...": the claim, without the "But"
    sentence = _blank_markup(body[start:end])
    if conjunction is not None:
        sentence = sentence[:1].upper() + sentence[1:]
    denial = _DENIED_TAIL.search(sentence) if "denie" in sentence or "reject" in sentence else None
    if denial is not None and denial.start() > 20:
        # "The union said the cuts could lead to layoffs, which the company denied.": the
        # claim, then the denial of it as a claim of its own
        reported = _claims_from_sentence(body, start, start + denial.start(), published, ctx)
        denied = _denial_claim(sentence[: denial.start()], denial, start, end, published)
        return [*reported, denied] if denied is not None else reported
    if ", D-" in sentence or ", R-" in sentence or ", I-" in sentence:
        # "Rep. Lena Ortiz, D-Calif., said": the party label blanked (offsets stay)
        sentence = _PARTY_LABEL.sub(_blank_label, sentence)
    if is_non_latin(sentence):  # Cyrillic, Greek, CJK...: the language-neutral rules
        ctx.forget_speakers()
        return extract_script_claims(sentence, start, end, published)
    if len(sentence) > MAX_SENTENCE:
        ctx.forget_speakers()
        kept_whole = _whole_claim(_clean(sentence), start, end, published)
        return [kept_whole] if kept_whole is not None else []
    timeline = (
        _TIMELINE.match(sentence)
        if sentence[:1].isdigit() or sentence[:3] in _MONTH_STARTS
        else None
    )
    if timeline is not None:
        claim = _timeline_claim(timeline, start, end, published, ctx)
        if claim is not None:
            return [claim]
    lead_in, ctx.lead_in = ctx.lead_in, None
    if lead_in is not None and not sentence.endswith(":"):
        item = _list_item_claim(lead_in, sentence, start, end, published)
        if item is not None:
            ctx.lead_in = lead_in  # the next item completes it too
            return [item]
    if sentence.endswith(":"):
        intro = sentence[:-1].strip()
        among = _AMONG.fullmatch(intro)
        if among:  # "Among the provisions:" -> "The provisions include ..."
            intro = f"The {among.group('noun')} include"
        intro_words = intro.split()
        if (
            2 <= len(intro_words) <= 20
            and (_main_verb(intro) > 0 or _LIST_VERB.fullmatch(intro_words[-1]))
            and _checkworthy(intro + ".")
            and not _ADDRESSED.search(intro)  # "you can follow these steps:" instructs
        ):
            ctx.lead_in = intro  # "The recall covers:", not "Key points:"
    if not _checkworthy(sentence, evaluative=False) or sentence.endswith(":"):
        if _editorial(sentence):
            # "An earlier version of this story ... It was 1961", "By Laura Kim ... She had
            # served": about the story, whom no later pronoun means
            ctx.subject = None
            return []
        _update_context(sentence, ctx)
        return []
    claims: list[ExtractedClaim] = []
    previous_plural = ctx.plural_speaker

    # Direct quotes stay whole, with their speaker.
    # a quote opens with '"' or '“' (two substring tests spare most sentences the search)
    quoted = _QUOTED.search(sentence) if '"' in sentence or "“" in sentence else None
    # a speech verb outside the quote: '"When everyone told her ..., she went back."' goes
    # on with the speaker before
    speech_near = (
        _SPEECH_NEAR.search(sentence.replace(quoted.group(0), " ")) is not None if quoted else False
    )
    verb = _CHARACTERISE.search(sentence, 0, quoted.start() + 1) if quoted else None
    characterised = (
        quoted is not None
        and verb is not None
        and not _PASSIVE_BEFORE.search(sentence, max(0, verb.start() - 24), verb.start())
        and len(sentence[quoted.end() :].split()) <= 3  # the quote ends the sentence
        and not speech_near
    )
    if (
        quoted
        and (characterised or len(quoted.group(1).split()) >= 3 and speech_near)
        and not (not characterised and _partial_quote(sentence, quoted))
    ):
        # '"...," Kiper said.': the comma inside the quote still separates the speaker
        stand_in = "the quoted statement" + ("," if quoted.group(1).rstrip().endswith(",") else "")
        replaced = sentence.replace(quoted.group(0), stand_in)
        more = _QUOTED.search(replaced)  # '"...," Steadman said. "It was hard."': a second quote
        attribution = _attribution(replaced[: more.start()].rstrip() if more else replaced)
        if (
            attribution is not None
            and attribution.speaker.startswith("the quoted statement")
            and attribution.aside
        ):
            # '"...," the president, Joaquin Paez, told a news conference': the aside is who
            # spoke, the stand-in for the quote is not
            parts = [p.strip() for p in attribution.aside.split(",") if p.strip()]
            named_parts = [p for p in parts if p[:1].isupper()]
            attribution.speaker = named_parts[-1] if named_parts else parts[0]
        if attribution is not None and "," in attribution.speaker:
            # '"...," Raman, an associate professor, said': the name, not the stand-in for the
            # quote or the aside after the name
            stood = _STAND_IN_SPEAKER.match(attribution.speaker)
            phrase = attribution.speaker[stood.end() :] if stood else attribution.speaker
            named = _ASIDE_CUT.split(phrase, 1)[0].strip(" ,")
            if named and (
                named[:1].isupper()
                # '"...," the president, who was visiting, told reporters': the president
                or (_WHO_ASIDE.match(phrase, len(named)) and _ROLE_NP.fullmatch(named))
            ):
                attribution.speaker = named
        speaker = _speaker_name(attribution.speaker, ctx) if attribution else ctx.person
        who_said = (
            _WHO_SAID_BEFORE.search(sentence, 0, quoted.start())
            if attribution is None and ", who " in sentence
            else None
        )
        if (
            who_said is not None
            and "," not in sentence[who_said.end() : quoted.start()]
            # not "who said nothing as they chanted "..."": the words of others
            and _NOTHING_SAID.match(sentence, who_said.end()) is None
            and _OTHERS_BETWEEN.search(sentence, who_said.end(), quoted.start()) is None
        ):
            # 'He was sentenced by Judge Richard Mansell, who said Whitfield had "betrayed
            # ..."': the words of the one named before "who said", not of the sentence's "He"
            # (when the relative clause runs on to the quote)
            speaker = _speaker_name(who_said.group(1), ctx)
        if (
            attribution is None
            and not characterised
            and _SOMEONE_ELSE_WROTE.search(sentence.replace(quoted.group(0), " "))
        ):
            # 'The lawsuit cites messages in which an engineer wrote that the company should
            # "..."': the engineer's words, whoever the sentence before was about
            speaker = None
        if characterised:
            # 'Katja Relin dismissed the claim as "pure propaganda"': the subject's words
            subject, verb_at = _subject_of(replaced)
            named_after = _NAMED_APPOSITIVE.match(replaced) if subject else None
            if named_after and replaced.startswith(subject):
                subject = named_after.group("name")  # "Its director-general, Josef Aschbacher,"
            elif (
                subject
                and replaced.startswith(subject)
                and (between := _NAME_BETWEEN_COMMAS.match(replaced, len(subject))) is not None
                and entity_type(between.group(1)) == "person"
            ):
                subject = between.group(1)  # "Caserta's current mayor, Carlo Marino, called"
            speaker = _speaker_name(subject, ctx) if verb_at > 0 else None
            what = _WHAT_DESCRIBED.search(sentence, 0, quoted.start() + 1)
            if what is not None:
                # "was jailed, in what the judge described as "...": the judge's words
                speaker = _speaker_name(what.group(1), ctx)
        elif attribution is None:
            # 'Manager Stefan Kohl described Tavares as "..." and said ...': the subject, when
            # a person, not whoever spoke before
            subject, verb_at = _subject_of(replaced)
            people = (
                [e.name for e in find_entities(subject) if e.type == "person"] if subject else []
            )
            if verb_at > 0 and len(people) == 1 and subject.endswith(people[0].split()[-1]):
                speaker = people[0]
            elif (
                verb_at > 0
                and not people
                and _THE_NOUN_SUBJECT.fullmatch(subject) is not None
                and sentence.startswith(subject)
                # its own speech verb ("also called for"), not "can be explained"
                and (adverbs := _ADVERBS_AFTER.match(sentence, len(subject))) is not None
                and (
                    _SPEECH_NEAR.match(sentence, adverbs.end()) is not None
                    or _OWN_WORDS_VERB.match(sentence, adverbs.end()) is not None
                )
            ):
                # 'The communique also called for "..." and expressed support': the
                # communique's words, not those of whoever was quoted before
                speaker = _speaker_name(subject, ctx)
        if speaker and speaker.lower() in _PRONOUN_SUBJ:
            speaker = None  # "He said: ..." with nobody named before: unknown, not "He"
        text = _clean(
            re.sub(
                r"\b(he|she)\s+(said|says|added|told)\b",
                lambda m: f"{speaker} {m.group(2)}" if speaker else m.group(0),
                sentence,
            )
        )
        if characterised and speaker and text.startswith(("He ", "She ")):
            text = speaker + text[text.index(" ") :]  # "She called it ..." -> "Merkel called"
        phrase = attribution.speaker.strip() if attribution is not None else ""
        named = _described(phrase, ctx)
        if named and text.count(phrase) == 1:  # '"...," the bank said' -> '..., the ECB said'
            text = text.replace(phrase, named)
        tail_claim = None
        close = max(text.rfind('"'), text.rfind("”"))
        tail = _QUOTE_TAIL.match(text, close + 1) if speaker and close > 0 else None
        if (
            tail is not None
            and speaker
            and _SPEECH_NEAR.search(tail.group("tag")) is not None
            and (
                # the speaker named in the tag ("Piyawat said"), right before a "who"
                speaker.split()[-1] in tail.group("tag").split()
                if tail.group("adding")
                else tail.group("tag").rstrip().endswith(speaker.split()[-1])
            )
        ):
            # '"...," said attorney Dana Whitcombe, who represents the families.' and
            # '"...," Piyawat said, adding that ...': the quote, then what the tail says of
            # its speaker, each a claim
            rest = tail.group("rest").strip().rstrip(".")
            if tail.group("adding"):
                # as the tag names the speaker: '"...," the engineer said' -> 'The engineer'
                named = re.search(
                    rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(speaker)}\b",
                    tail.group("tag"),
                )
                who = named.group(0) if named is not None else speaker
                said = f"{who[:1].upper()}{who[1:]} added that {rest}."
                tail_claim = ExtractedClaim(
                    text=said,
                    start=start,
                    end=end,
                    kind=Kind.ATTRIBUTION,
                    facts=extract_facts(said, published),
                    speaker=speaker,
                )
            elif len(rest.split()) >= 3 and _main_verb(f"{speaker} {rest}") == len(speaker) + 1:
                tail_claim = _whole_claim(f"{speaker} {rest}.", start, end, published)
            if tail_claim is not None:
                text = f"{text[: close + 1]}{tail.group('tag')}."
        facts = extract_facts(text, published)
        claims.append(
            ExtractedClaim(
                text=text, start=start, end=end, kind=Kind.QUOTE, facts=facts, speaker=speaker
            )
        )
        if tail_claim is not None:
            claims.append(tail_claim)
        _update_context(sentence, ctx)
        ctx.reported = True
        ctx.quote_speaker = speaker if speaker and _SPEAKER_LIKE.fullmatch(speaker) else None
        if attribution is not None and speaker and speaker != attribution.speaker.strip():
            # as written for the next quote's "..., the ministry said", named for `speaker`
            phrase = _ASIDE_CUT.split(attribution.speaker, 1)[0].strip().rstrip(".,;:")
            if phrase.startswith("the quoted statement") or _AGE_AFTER_NAME.search(phrase):
                phrase = speaker  # '"...," Schulze, 47, told supporters': the name
            ctx.quote_phrase = phrase if phrase.lower() not in ("he", "she", "it") else speaker
        else:
            ctx.quote_phrase = speaker
        return claims
    # A quote going on from the sentence before: '"But the port keeps working."' after
    # '"They are trying ...," Kiper wrote.' is Kiper's too.
    whole = _WHOLE_QUOTE.fullmatch(sentence.strip()) if ctx.quote_speaker else None
    if whole and ctx.quote_speaker and len(whole.group(1).split()) >= 3:
        speaker = ctx.quote_speaker
        phrase = ctx.quote_phrase or speaker
        quote = whole.group(0)
        words = whole.group(1).rstrip(" ")
        # '"... keeps working."' -> '"... keeps working," Kiper said.'; a question or an
        # exclamation keeps its mark: '"Why ...?" Kiper said.'
        words = words if words.endswith(("?", "!", "…")) else words.rstrip(".,") + ","
        text = f"{quote[0]}{words}{quote[-1]} {phrase} said."
        facts = extract_facts(text, published)
        _update_context(sentence, ctx)
        ctx.quote_speaker, ctx.quote_phrase = speaker, phrase
        return [
            ExtractedClaim(
                text=text, start=start, end=end, kind=Kind.QUOTE, facts=facts, speaker=speaker
            )
        ]

    lead = _strip_leading(sentence)
    label = _LABEL.match(sentence, lead) if ":" in sentence else None  # "Compare: ..."
    if label and _imperative(sentence[label.end() :]):
        _update_context(sentence, ctx)
        return []  # "Compare: Compare the quotes ...": a labelled instruction
    body_text = sentence[lead:].rstrip().rstrip(".!").rstrip()
    if lead and (_not_checkworthy(body_text) or _imperative(body_text)):
        _update_context(sentence, ctx)
        return []
    if _imperative(body_text) or (
        # "I ", "we " or "my ", one of which `_FIRST_PERSON` needs, before its search
        ("I " in body_text or "we " in body_text or "my " in body_text)
        and _FIRST_PERSON.search(body_text)
        and _FIRST_PERSON.search(_ANY_QUOTE.sub("", body_text))
    ):
        _update_context(sentence, ctx)
        return []
    base = start + lead
    if ", " in body_text and _ASIDE_ADVERB.search(body_text):
        # "Core measures favoured by the bank, however, remained near 3%": the adverb between
        # commas leaves the clause, in as many spaces
        body_text = _ASIDE_ADVERB.sub(_without_aside, body_text)
    mid = (
        _MID_SAID.fullmatch(body_text)
        # each of `_MID_SAID_VERBS` ends in "d", "s" or "e", and ", " follows it
        if ("d, " in body_text or "s, " in body_text or "e, " in body_text)
        and _MID_SAID_HINT.search(body_text)
        else None
    )
    if mid:
        # "The president, Brewer said, had called ...": the report moves to the end, in as
        # many characters ("The president had called ..., Brewer said")
        said = f", {mid.group('who')} {mid.group('verb')}"
        moved = f"{mid.group('a')} {mid.group('b')}{said}"
        body_text = moved + " " * (len(body_text) - len(moved))
    body_words = _lower_words(body_text)
    attribution = _attribution(body_text, body_words)
    # whether any clause may report someone's words (most sentences: no speech verb at all)
    may_report = (
        attribution is not None
        or _reports_words(body_words)
        or not body_words.isdisjoint(_SPEECH_ING)  # "cut 500 jobs, saying demand had weakened"
    )
    prefix = ""
    speaker = None
    it_named = False  # a closing "it said" named in the suffix
    company = None  # the company a closing "the company said" means, named in the sentence
    content = body_text
    content_at = 0
    suffix = ""
    extra_pieces: list[tuple[str, int, int, str]] = []
    if attribution is not None:
        speaker = _speaker_name(attribution.speaker, ctx)
        if speaker and " and " in speaker:
            speaker = _listed_body_speaker(body_text, speaker)
        if (
            attribution.suffix
            and speaker
            and speaker.startswith(("its ", "their "))
            and (its_owner := _subject_of(body_text[: attribution.content_end])[0])
            and _NAME_OWNER.fullmatch(its_owner)
            # not "Sales rose 5%, its chief financial officer said" (a figure, capitalised to
            # open the sentence) nor a passive's subject ("Google was fined ... by the EU")
            and its_owner.lower() not in _MEASURE_NOUNS
            and its_owner.lower() not in _PLURAL_NOUNS
            and _PASSIVE_BY_NAME.search(body_text, 0, attribution.content_end) is None
        ):
            # "Dalvara will start a campaign, its government said": Dalvara's government
            speaker = (
                f"{_possessive(its_owner, _apostrophe_of(body_text))} {speaker.split(' ', 1)[1]}"
            )
        if (
            attribution.suffix
            and speaker
            and (
                speaker.lower() in ("company", "firm")
                # "the company" read from the sentence before, where this one names one
                or attribution.speaker.strip().lower() in ("the company", "the firm")
            )
        ):
            # "German carmaker Volkswagen is recalling ..., the company said": the company
            # the sentence itself names, when it names one
            # (the text keeps "the company", which the sentence itself names)
            company = _company_in(body_text[: attribution.content_end])
            speaker = company or speaker
        prefix = attribution.prefix
        pronoun = _PRONOUN_PREFIX.match(prefix)
        if speaker and pronoun:
            # "She added" -> "Lagarde added"; "It added" -> "The ministry added"
            resolved_it = pronoun.group(0) == "It" and speaker.lower() != "it"
            name = ctx.speaker if resolved_it and ctx.speaker else speaker
            if resolved_it and name == speaker and (ctx.subject or "") == f"The {speaker}":
                name = f"The {speaker}"  # "It said" after "The Bank of Canada cut rates"
            if pronoun.group(0) == "They" and ctx.plural_speaker and speaker.lower() != "they":
                name = ctx.plural_speaker[:1].upper() + ctx.plural_speaker[1:]  # "The authors"
            if name[:1].islower():
                # "It said" after "The company rejected the offer"; "the ministry" as is
                name = name[0].upper() + name[1:] if name.startswith("the ") else "The " + name
            prefix = name + prefix[pronoun.end() :]
        elif speaker:
            prefix = _described(prefix, ctx) or prefix  # "The bank said" -> "The ECB said"
            epithet = _AGE_EPITHET.match(prefix)
            if epithet and epithet.group(0) == attribution.speaker.strip() and " " in speaker:
                prefix = speaker + prefix[epithet.end() :]  # "The 58-year-old said" -> the name
        suffix = (
            re.sub(r"\b(he|she)\b", speaker, attribution.suffix) if speaker else attribution.suffix
        )
        if (
            speaker
            and attribution.speaker.strip() == "it"
            and speaker[:1].isupper()
            and speaker.split()[0] not in ("A", "An", "The")
            and not speaker.endswith("s")  # "Police", "Analysts": no "it"
            and suffix.startswith(", it ")
        ):
            # "No one was injured, it said" -> ", Volkswagen said": the claim stands alone
            suffix = f", {speaker}{suffix[4:]}"
            it_named = True
        phrase = attribution.speaker.strip()
        named = _described(phrase, ctx) if suffix and not company else None
        if named:  # "..., the ministry said" -> "..., Russia's Defence Ministry said"
            suffix = suffix.replace(phrase, named, 1)
        content_at = attribution.content_at
        content_end = attribution.content_end if attribution.content_end >= 0 else len(body_text)
        content = body_text[content_at:content_end]
        if attribution.extra is not None:
            extra_prefix, extra_text, extra_at = attribution.extra
            extra_pieces.append((extra_text, extra_at, len(body_text), extra_prefix))
    pieces: list[tuple[str, int, int]] = []
    # Absolute "with X doing Y" phrases become their own clauses, in the present tense: they
    # describe the main predicate ("have pledged support, with Italy providing ...").
    for wm in list(_WITH_ABS.finditer(content)) if "with" in content else ():
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
    # "Born in Lagos in 1983, Tamsin Achebe moved ...": the phrase is a claim about the subject
    fronted = _FRONTED_PARTICIPLE.match(content) if content[:1].isupper() else None
    if fronted:
        rest = content[fronted.end() :]
        subject, verb_at = _subject_of(rest)
        appositive = _FRONTED_APPOSITIVE.match(rest)
        if (
            appositive is not None
            # no verb of its own, a relative's aside ("the son of a miner who died in 1984")
            and _main_verb(" " + re.split(r"\s(?:who|which|that)\s", rest[: appositive.end()])[0])
            < 0
        ):
            # "Born in Sheffield, the daughter of a steelworker, Ellison won ...": the name
            # after the appositive is the subject; the appositive stays with the main claim
            subject, verb_at = _subject_of(rest[appositive.end() :])
            rest = rest[:1].upper() + rest[1:]
        if (
            verb_at > 0
            and (
                _NAMED_PERSON_OR_BODY.fullmatch(subject)
                # "Born in Paris, the actress moved ...": the actress
                or re.fullmatch(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+", subject) is not None
            )
            and subject.lower() not in _PRONOUN_SUBJ
        ):
            phrase = fronted.group("phrase")
            verb_word = rest[verb_at:].split(None, 1)[0].lower() if rest[verb_at:].strip() else ""
            plural = verb_word in ("were", "are", "have") or _plural_phrase(subject)
            copula = "were" if plural else "was"
            pieces.append(
                (
                    f"{subject} {copula} {phrase[:1].lower()}{phrase[1:]}",
                    content_at,
                    content_at + fronted.end("phrase"),
                )
            )
            content_at += fronted.end()
            content = rest
    # A sentence opening with "Although/Because/Since/While X, Y": X and Y are both claims.
    subord_open = _SUBORD_OPENER.match(content)
    if subord_open:
        comma = content.find(", ", subord_open.end())
        if (
            comma > 0
            and content.startswith(("where ", "which ", "who "), comma + 2)
            # a whole clause before the relative (not "Although the plant, which ...,")
            and _main_verb(" " + content[subord_open.end() : comma]) > 0
            and (closing := content.find(", ", comma + 2)) > 0
            and _main_verb(content[closing + 2 :]) > 0
        ):
            # "Because the collision occurred at a high altitude, where there is little
            # drag, many fragments will stay in orbit": the relative is the fronted clause's
            comma = closing
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
    if sub is not None and _OPEN_RELATIVE_BEFORE.search(content, 0, sub.start()):
        # "The regulator, which oversees TikTok because its headquarters are in Dublin, also
        # ordered ...": the reason is the relative's, inside the subject; no cut
        sub = None
    if (
        sub
        and sub.start() > 10
        and content.startswith("they ", sub.end())
        and _PLURAL_OBJECT.search(content, 0, sub.end())
    ):
        # "Benfica rejected two bids because they were too low": the bids, not the club; the
        # reason stays with the claim it explains ("Some patients left the clinics because
        # they charge high fees": the patients or the clinics, which no rule can tell)
        sub = None
    whole_subject, whole_verb_at = _subject_of(content) if sub else ("", -1)
    if (
        sub
        and sub.start() > 10
        and _OPENING_PRONOUN.match(content, sub.end())
        and whole_verb_at > sub.start()
        and not content[len(whole_subject) : sub.start()].strip(" ,")
        # "..., although it is likely that ...": "it" is no one's, the reason splits off
        and not (content.startswith("it ", sub.end()) and _DUMMY_IT.match(content, sub.end() + 3))
    ):
        # "Carmakers face fines of £12,000, though they can buy credits": the main clause's
        # verb is unknown, and the only verb found is the reason's, whose subject would be the
        # whole main clause; the sentence stays whole
        sub = None
    if sub and sub.start() > 10:
        sub_clause = content[sub.end() :]
        main_subject, _ = _subject_of(content)
        if main_subject and (
            main_subject.lower() in _PRONOUN_SUBJ
            or main_subject == ctx.person
            or main_subject in ctx.people.values()
        ):
            main_subject = ""  # "she would vote against it because it strips ...": not her
        pronoun = re.match(r"(it|they|he|she)\b", sub_clause)
        personal = pronoun is not None and pronoun.group(1) in ("he", "she")
        if not main_subject and pronoun is not None and pronoun.group(1) == "they":
            # "The two indices often diverge because they use ...": a verb the lexicon lacks,
            # but the clause opens with its plural subject
            opening = _PLURAL_NP_OPENING.fullmatch(content[: sub.start()].rstrip(" ,"))
            main_subject = opening.group(1) if opening else ""
        speaker_again = (
            pronoun is not None
            and attribution is not None
            and _SAYS_AGAIN.match(sub_clause) is not None
            and _same_speaker_again(
                pronoun.group(1), speaker, False, main_subject, content[: sub.start()]
            )
        )
        if (
            pronoun
            and main_subject
            and not personal
            # "The agency said the spring would be dry, though it added that ...": the
            # agency's second report, which the pronoun's speech verb says
            and not speaker_again
            and (pronoun.group(1) == "they") == _plural_phrase(main_subject)
            and not _DUMMY_IT.match(sub_clause, pronoun.end() + 1)  # "though it is known that"
            # "its revenue doubled, though it is not yet profitable": "it" is not the revenue
            and main_subject.split()[0].lower() not in ("its", "their", "his", "her")
        ):
            # "12,600 civilians have been killed, though it believes ...": "it" is no plural
            sub_clause = main_subject + sub_clause[pronoun.end() :]
        elif (
            pronoun is not None
            and personal
            and main_subject
            and attribution is None
            and _NAMED_PERSON.fullmatch(main_subject)
            and gender(main_subject) in (None, "f" if pronoun.group(1) == "she" else "m")
            # the only person the main clause names ("Depp, Law and Farrell completed
            # Ledger's role because he died": not Depp)
            and [e.text for e in find_entities(content[: sub.start()]) if e.type == "person"]
            == [main_subject]
        ):
            # "Marcus Pell missed the vote because he was ill": Pell, not the man named before
            sub_clause = main_subject + sub_clause[pronoun.end() :]
        reason_at = content_at + sub.start()
        other_act = _AND_OTHER_ACT.search(sub_clause)
        if other_act is not None and (
            _OTHER_BODY_ACT.match(sub_clause, other_act.end())
            or _OTHER_PERSON_ACT.match(sub_clause, other_act.end())
        ):
            # "Critics say the plan failed because costs rose, and Minister Gabriela Sotomayor
            # has resigned": the resignation is the writer's, no part of the reason
            extra_pieces.append(
                (
                    sub_clause[other_act.end() :],
                    reason_at + other_act.end(),
                    content_at + len(content),
                    "",
                )
            )
            sub_clause = sub_clause[: other_act.start()]
        for reason in _AND_BECAUSE.split(sub_clause):  # "partly because X and partly because Y"
            pieces.append((reason, reason_at, content_at + len(content)))
        content = _TRAILING_CONJUNCTION.sub("", content[: sub.start()].rstrip(" ,"))
    for cs, ce in _conjuncts(content, attribution is not None):
        clause = content[cs:ce]
        if (
            attribution is not None
            and attribution.prefix  # (not "..., but that could take months, an official said")
            and cs > 0
            and _THAT_THEN_VERB.match(clause)
        ):
            # "said that cuts were near and that would help": in a report, the "that" of
            # "and that" is the report's again, and the clause takes the report's subject
            cs += 5
            clause = content[cs:ce]
        if not clause.strip():
            continue
        if cs > 0:
            clause = _fill_counted_noun(clause, content[:cs])  # "and two [people] have died"
        pieces.append((clause, content_at + cs, content_at + ce))

    main_subject, main_verb_at = _subject_of(content)
    if (
        main_subject
        and content.startswith(main_subject)
        and content.startswith((", which ", ", who "), len(main_subject))
        and _main_verb(" " + main_subject) < 0
    ):
        # "The victory lifts Alcaraz to second in the rankings, which will be published on
        # Monday, and cuts ...": the verb found is the relative's; the subject is before the
        # present the verb finder does not know
        unknown = _NP_THEN_PRESENT.match(content)
        if unknown is not None:
            main_subject, main_verb_at = unknown.group(1), unknown.start(2)
    appositive = _NAMED_APPOSITIVE.match(content) if main_subject else None
    if appositive and content.startswith(main_subject) and not _is_time(appositive.group("name")):
        main_subject = appositive.group("name")  # "A co-accused, Linda Tran, 44, ... received"
    bound = prefix and _bound_to_speaker(main_subject or "", _speaker_phrase(attribution, speaker))
    if main_subject and not bound:
        main_subject = _resolve(main_subject, ctx)  # not "it" of "BFU said it had ..."
    main_aux = _passive_aux(content, main_verb_at)
    modal = _MODAL_CHAIN.match(content, main_verb_at) if main_verb_at >= 0 else None
    main_modal = _SPACES.sub(" ", modal.group(1)) if modal else ""
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
        # "He ran a perfect race, said his manager, X": "he" is the one X manages
        and not _POSSESSIVE_TITLE.match(attribution.speaker.strip())
        and (
            speaker in ctx.people.values()  # "Pavel said he would ...": Petr Pavel
            or attribution.speaker.strip().lower() in ("he", "she")  # "She said she would"
            or any(
                e.type == "person" and e.name == speaker for e in find_entities(attribution.speaker)
            )
        )
    )
    person = speaker if speaker_is_person else ctx.person
    owner = _OWNER_SPEAKER.match(attribution.speaker.strip()) if attribution is not None else None
    if owner is not None and not speaker_is_person:
        # "Kettering's lawyers said she was considering an appeal": Kettering, whom the
        # speakers act for, not whoever the sentence before named
        person = owner.group(1)
    subject_full = (
        ctx.people.get(main_subject)
        if not speaker_is_person and main_subject and _LONE_CAPITAL.fullmatch(main_subject)
        else None
    )
    if subject_full is not None:
        # "Alcaraz may have lost the final, but he remains ...": the subject, named before
        person = subject_full
    elif (
        attribution is None
        and main_subject
        and " " in main_subject
        and main_subject[:1].isupper()
        and any(e.type == "person" and e.text == main_subject for e in find_entities(main_subject))
    ):
        # "Mohamed Amra escaped from a van; he was arrested in Romania": the sentence's own
        # subject, not the person the sentence before named
        person = main_subject
    if speaker_is_person and speaker:
        opening = _SAID_PRONOUN.match(content)
        if opening:  # "Judge Ellery said she had ...": a later "he" is someone else
            ctx.note_gender(speaker, opening.group(1))
    # who else was named lately, for a "he" that cannot be the speaker "she"
    recent = [*ctx.recent, person] if person else list(ctx.recent)
    local = _Context(
        subject=main_subject if usable else ctx.subject,
        person=person,
        entities=ctx.entities,
        recent=recent,
        descriptions=ctx.descriptions,
        unnamed_in=ctx.unnamed_in,
        genders=ctx.genders,
        apostrophe=ctx.apostrophe,
    )
    first_ctx = (
        ctx
        if not speaker_is_person and owner is None
        else _Context(
            ctx.subject,
            person,
            ctx.entities,
            recent=recent,
            descriptions=ctx.descriptions,
            unnamed_in=ctx.unnamed_in,
            genders=ctx.genders,
            apostrophe=ctx.apostrophe,
        )
    )
    sentence_facts: Facts | None = None
    pieces.sort(key=lambda piece: piece[1])
    runs: list[tuple[str, int, int, str | None]] = [(c, a, b, None) for c, a, b in pieces]
    for extra_text, extra_at, _extra_end, extra_prefix in extra_pieces:
        runs.extend(
            (extra_text[a:b], extra_at + a, extra_at + b, extra_prefix)
            for a, b in _conjuncts(extra_text)
        )
    # The subject an elided clause goes on with: the last clause's own ("while the Greens lost
    # 20 seats and ended with 53": the Greens ended with 53), else the sentence's.
    last_subject = main_subject
    prev_clause = ""
    # Who reported the content, for a past verb that is the speaker's own act (below).
    speaker_phrase = _speaker_phrase(attribution, speaker)
    # A report a clause of its own opens ("..., but the agency warned that A"), which a
    # following "and that B" goes on with.
    clause_report = ""
    after_own_report = False  # the run before was a report of its own ("; Labour said ...")
    # that report's prefix, its reported subject and its speaker
    last_report: tuple[str, str, str] = ("", "", "")
    for index, (clause, cs, ce, own_prefix) in enumerate(runs):
        own_speech_act = False
        follows_own_report, after_own_report = after_own_report, False
        piece_prefix = prefix if own_prefix is None else own_prefix
        piece_suffix = suffix if own_prefix is None else ""
        clause_ctx = first_ctx if index == 0 else local
        clause = clause.strip(" ,;")
        if index > 0 and _COPULA_NOT_END.fullmatch(clause) is not None:
            previous = runs[index - 1][0].strip(" ,;.").rstrip(".")
            before = (
                _COPULA_COMPLEMENT.fullmatch(previous)
                # not across a second clause ("was killed and a passenger was injured"); "was
                # fair and lawful" is one complement
                if _SECOND_COPULA_CLAUSE.search(previous) is None
                else None
            )
            if before is not None:
                # "ruled that training was fair use, but that piracy was not": not fair use
                clause = f"{clause} {before.group('complement')}"
        lead_m = _discourse_lead(clause) if index > 0 else None
        if lead_m:
            clause = clause[lead_m.end() :]
        own_report_prefix = bool(
            clause_report
            and not piece_prefix
            and _and_that_before(body_text, cs)
            # "... and that was enough to sink the shares": "that" the pronoun
            and clause.split(" ", 1)[0].lower() not in _AUX | _MODAL | {"why", "how"}
        )
        if own_report_prefix:
            piece_prefix = clause_report  # "... and that fighting was hampering vaccination"
        elif (
            index > 0
            and not piece_prefix
            and _and_that_before(body_text, cs)
            and clause.split(" ", 1)[0].lower() not in _AUX | _MODAL | {"why", "how"}
            # "... and that led to a third arrest": "that" the pronoun, its verb next (not
            # "and that cuts were planned", a noun and its verb)
            and not _PRONOUN_THAT_VERB.match(clause)
            and (frame := _that_frame(runs[index - 1][0].strip(" ,;")))
        ):
            # "The company rejected claims that A and that B", "Police suspect A and that B":
            # B is as uncertain as A, never a bare fact
            piece_prefix = frame
        elif (
            index > 0
            and not piece_prefix
            and own_prefix is None
            and (finding := _FINDING_FRAME.match(runs[0][0].strip(" ,;"))) is not None
            and _AND_BEFORE.search(body_text, max(0, cs - 6), cs)
            and _has_own_subject(clause)
        ):
            # "A poll found that 48% supported the measures, 31% opposed them and the rest
            # did not know": the poll's finding too, not a bare fact
            piece_prefix = finding.group(0)
        if (
            index > 0
            and own_prefix is None
            and piece_prefix
            and _PAST_SPEECH_END.search(piece_prefix)
            and body_text[:cs].rstrip().endswith(";")
            and _PRESENT_CLAUSE.match(clause)
        ):
            # "The council said it was disappointed; its own budget has fallen by 40%": a
            # present after a past report, past a semicolon, is the writer's, not reported
            reporter = _SAID_END.sub("", piece_prefix).strip()
            if (
                clause.startswith("its ")
                and reporter
                and not reporter.lower().endswith("s")
                # "The report said ...; its managers": a document's "its" is someone else's
                and reporter.rsplit(" ", 1)[-1].lower() not in _DOCUMENT_WORDS
            ):
                clause = f"{_possessive(reporter, _apostrophe_of(body_text))} {clause[4:]}"
            piece_prefix = piece_suffix = ""
        clause_report = ""
        if may_report and not piece_prefix and index > 0 and clause[:1].isalpha():
            own_report = _attribution(clause[0].upper() + clause[1:])
            if (
                own_report is not None
                and own_report.prefix
                and own_report.speaker.lower() not in _PRONOUN_SUBJ
            ):
                # "..., but officials said reading had improved and that the gap had
                # narrowed": the next "and that" clause is theirs too
                clause_report = (
                    own_report.prefix
                    if own_report.prefix.endswith(" that")
                    else own_report.prefix + " that"
                )
                after_own_report = True
                last_report = _report_of(own_report, clause)
        if index > 0 and own_prefix is None and prefix:
            again = _SAYS_AGAIN.match(clause)
            if again and _same_speaker_again(
                again.group(0).split()[0],
                speaker,
                speaker_is_person,
                main_subject,
                body_text[:cs],
            ):
                # "The minister said growth would slow, although she said a recession was
                # unlikely": the same speaker's second report, not a report of a report
                clause = clause[again.end() :]
        if not clause:
            continue
        if (
            index > 0
            and own_prefix is None
            and prefix
            and _SAID_END.search(prefix)
            and _OWN_SPEECH_ACT.match(clause)
        ):
            # "The minister said funding had risen and warned that cuts were coming": the
            # speaker's own second report, with the speaker as its subject
            piece_prefix = _SAID_END.sub("", prefix).rstrip()
            own_speech_act = True
        if (
            index > 0
            and own_prefix is None
            and prefix
            and (prefix.split()[-1].lower() in _BASE_SPEECH or _OTHER_VOICE.match(clause))
            and _BUT_BEFORE.search(body_text, max(0, cs - 8), cs)
        ):
            # "Critics argue the plan will raise costs, but the government says ...": what
            # follows "but" is not the critics' argument
            piece_prefix = piece_suffix = ""
        if (
            index > 0
            and own_prefix is None
            and prefix
            and may_report
            # "Doyle said A and that TikTok had admitted that B": still Doyle's report
            and not (_SAID_END.search(prefix) and _AND_THAT_CUT.search(body_text, 0, cs))
        ):
            # "The ministry said it downed 47 drones; Ukraine denied losing any", "..., though
            # prosecutors said later he had been released": a report of its own, not the first
            # speaker's
            reports = (
                _attribution(clause)
                if clause[:1].isupper()
                or clause.split(" ", 1)[0].lower() in _PLURAL_NOUNS
                or (clause.startswith("the ") and _CLOSING_SOURCE.search(clause))
                # "..., and a spokeswoman for the ministry said funding had risen"
                or (clause.startswith(("a ", "an ", "the ")) and _SAYS_IN.search(clause))
                # "..., though industry groups say", "while opposition MPs said"
                or _PLURAL_SPEAKERS_SAY.match(clause)
                else None
            )
            if (
                (
                    reports is not None
                    and (reports.prefix or reports.suffix)
                    and reports.speaker.lower() not in _PRONOUN_SUBJ
                )
                or _OWN_FORECAST.match(clause)
                or (
                    # "The ministry said that A, and the state government announced a reward": that
                    # body's own act, told by the writer
                    _AND_BEFORE_COMMA.search(body_text, max(0, cs - 8), cs) is not None
                    and (other_act := _OTHER_BODY_ACT.match(clause)) is not None
                    and other_act.group("body").strip().lower() not in (speaker or "").lower()
                )
            ):
                # "..., but the French club did not make an offer, a source said": that source's
                piece_prefix = piece_suffix = ""
                after_own_report = reports is not None and bool(reports.prefix)
                if reports is not None and reports.prefix:
                    last_report = _report_of(reports, clause)
        if (
            follows_own_report
            and own_prefix is None
            and clause[:1].islower()
            and (opener_word := clause.split(" ", 1)[0]).lower() not in _PRONOUN_SUBJ
            and (opener_word.endswith("ed") or opener_word in _COMMON_VERBS or opener_word in _AUX)
        ):
            # "...; Labour said it supported the principle but wanted the top-up extended":
            # the second speaker's, not the first speaker's report
            piece_prefix = piece_suffix = ""
            reporter_prefix, reported_subject, reporter = last_report
            reported_pronoun = reported_subject.lower()
            if reported_subject and (
                (
                    reported_pronoun in _PRONOUN_SUBJ
                    # "the Greens said it was flawed and voted against it": "it" is the bill,
                    # and the vote the Greens' own
                    and not (reported_pronoun == "it" and _plural_phrase(reporter))
                    and (opener_word in _AUX or opener_word.lower() not in _OWN_ACT_VERBS)
                )
                # "said the plan was flawed and would fail" (not "said the ruling was unfair
                # and has appealed": the ruling appeals nothing)
                or (
                    opener_word in _MODAL
                    and _STATE_OR_CHANGE_NEXT.match(clause, len(opener_word)) is not None
                )
            ):
                # "Labour said it wanted ...", "Labour said the plan would fail"
                piece_prefix = reporter_prefix
                own_report_prefix = True  # the speaker read from the claim's own report
                clause = f"{_mid_sentence(reported_subject)} {clause}"
        subj, verb_at = _subject_of(clause)
        first_word = clause.split(None, 1)[:1]
        opener = first_word[0].lower() if first_word else ""
        elided = (
            verb_at < 0
            or (subj == "" and main_subject)
            or opener in _AUX
            or (
                opener.endswith("ed")
                and opener.isalpha()
                and len(opener) > 4
                # "Asked about that, Achebe paused": a phrase before the sentence's own subject
                and not (index == 0 and clause[:1].isupper() and "," in clause)
                # "Tangled is a film", "Avenged Sevenfold is": a name, not "... and lasted"
                and subj.split(" ", 1)[0].lower() != opener
            )
            or (index > 0 and clause[:1].islower() and _trade_verb_opens(clause.split()[:2]))
            or (  # "... and said Beijing would respond"
                index > 0
                and opener in _COMMON_VERBS
                and clause[:1].islower()
                and (
                    not opener.endswith("s")  # "and strikes will continue", "and claims of"
                    or (
                        _OBJECT_AFTER.match(clause, len(opener)) is not None  # "and leaves 172"
                        # not "and strikes the previous night killed three": a noun, its verb
                        # to come
                        and _OWN_VERB_LATER.search(clause, len(opener), _own_span_end(clause))
                        is None
                    )
                    or opener in _VERBS_IN_S
                )
                and not (" while " in prev_clause or " whereas " in prev_clause)
            )
        )
        contrast_subject = subj
        # (read only for a later clause with its own subject, below)
        trailing = _TRAILING_ADVERB.search(subj) if not elided and index > 0 else None
        if (
            trailing is not None
            and trailing.group(1) not in _LY_NOUNS
            and subj[: trailing.start()].lower() not in _DET
        ):
            contrast_subject = subj[: trailing.start()]  # "prices later rose": the prices
        if (
            not elided
            and index > 0
            and (
                _plain_noun_phrase(subj)
                # "no one had been hurt, but that three firefighters had been taken to hospital
                # and had since been released": the firefighters were
                or _COUNTED_SUBJECT.fullmatch(subj) is not None
                or (
                    _COMMON_NOUN_PHRASE.fullmatch(contrast_subject) is not None
                    # "but analysts said the drop was temporary and would reverse": the drop's
                    and not _reports_a_clause(clause[len(subj) :])
                    # "Ford sold 2 million cars, but the company lost $1 billion and cut 3,000
                    # jobs": the company is Ford, whom the sentence goes on with (not "Revenue
                    # rose at Acme, while the group ... closed 4 plants")
                    and not (
                        _described(contrast_subject, clause_ctx) is None
                        and contrast_subject.lower()
                        in ("the company", "the firm", "the group", "the country", "the bank")
                        and _plain_noun_phrase(main_subject)
                        and main_subject.lower() not in _MEASURE_NOUNS
                    )
                    and (
                        _SET_AGAINST.search(
                            body_text, max(0, cs - 10), cs + (lead_m.end() if lead_m else 0)
                        )
                        is not None
                        # ", as the government extended relief and boosted spending": a
                        # determined subject of its own after ", and" or ", as"
                        or (
                            _AND_AS_BEFORE.search(body_text, max(0, cs - 10), cs) is not None
                            and _DETERMINED.match(contrast_subject) is not None
                            # not an aside a comma closes (", as the crowd grew, and arrested
                            # 12 people": the police's act)
                            and not body_text[ce : ce + 3].lstrip().startswith(",")
                        )
                    )
                )
            )
        ):
            # "Egg prices fell 9%, but beef prices rose 2% and are now 14% higher": the beef's;
            # "the company" named again is the name
            last_subject = _described(contrast_subject, clause_ctx) or contrast_subject
        by_speaker = False
        if elided and not own_speech_act:
            # An elided subject: "... and served on the Court" -> "<subject> served ...".
            first = opener
            if main_subject and (
                first in _AUX
                or first in _COMMON_VERBS
                or first in _TRADE_VERBS
                or first.endswith("ed")
                or first in ("also", "later", "then", "previously", "still", "never", "already")
                # "and twice won the league" (not a fronted "Although once recognized for")
                or (
                    first in _VP_ADVERBS
                    and index > 0
                    and len(after_adverb := clause.split(None, 2)) > 1
                    and _is_verb(after_adverb[1], None)
                )
            ):
                own = last_subject == main_subject
                if (
                    own_prefix is None
                    and prefix
                    and speaker_phrase
                    and (
                        _SPEAKER_ACT.match(clause)
                        # "said the budget failed renters and called for a rent freeze": a
                        # thing asks for nothing (but "Police said protesters blocked the road
                        # and called for the release of detainees": the protesters did)
                        or (_THING_DEMAND.match(clause) and _thing_subject(main_subject))
                        or (
                            _STATE.match(content, main_verb_at) is not None
                            and _SPEAKER_ACT_AFTER_STATE.match(clause)
                            and not _DOCUMENT.search(speaker_phrase)
                        )
                        or (
                            (acted := _OWN_ACT_ON_IT.match(clause)) is not None
                            and (acted.group(2) == "them") == _plural_phrase(main_subject)
                            and main_subject.lower() not in _PRONOUN_SUBJ
                            # a state reported ("had been reckless"), not an act, whose "it"
                            # would be the speaker ("the league had fined it and criticised it")
                            and (
                                _STATE.match(content, main_verb_at) is not None
                                or _PERFECT_STATE.match(content, main_verb_at) is not None
                            )
                        )
                    )
                ):
                    # "Officials said 12 people had died but did not say where": the speaker's
                    # own act, not the people's
                    piece_prefix = ""
                    acted = _OWN_ACT_ON_IT.match(clause)
                    if acted is not None and main_subject.lower() not in _PRONOUN_SUBJ:
                        # "said the government had been reckless and accused it of ignoring
                        # warnings": the party accused the government
                        clause = (
                            f"{acted.group(1)} {_mid_sentence(main_subject)}{clause[acted.end() :]}"
                        )
                    clause = f"{speaker_phrase} {clause}"
                    by_speaker = True
                elif (
                    own
                    and own_prefix is None
                    and prefix
                    and not suffix
                    and speaker_phrase
                    and (
                        (
                            main_modal
                            and not _shares_modal(main_modal, first, clause)
                            and (first.endswith("ed") or first in _COMMON_VERBS)
                            and not first.endswith("s")
                            # "said investigators would examine X and had recovered Y": an
                            # auxiliary goes on with the reported subject
                            and first not in _AUX
                        )
                        or (
                            first.endswith("ed")
                            and _PAST_PERFECT.match(content, max(0, main_verb_at))
                            and ", and" in body_text[max(0, cs - 8) : cs + 5]
                            # "had cut a grille, set off an alarm, and escaped": the last of
                            # a list of the reported acts (not "arrested in Leeds, West
                            # Yorkshire, and appealed", "had stolen cars, sold drugs, and
                            # laundered money, and thanked")
                            and not _VERB_LIST_BEFORE.fullmatch(
                                content, max(0, main_verb_at), max(0, cs - content_at - 6)
                            )
                            # "had dismissed the firm, Castlegate Surveyors, and referred it":
                            # the comma closes the object's name, no list of the reported acts
                            and not _NAME_APPOSITIVE_BEFORE_AND.search(body_text, 0, cs)
                        )
                    )
                ):
                    # "Biden said Congress must act and urged lawmakers ...": a past verb after
                    # reported "must act" is the speaker's own act, said by the writer; so is
                    # ", and appealed" after "Russia had launched ..." (a simple past after a
                    # comma, the report being in the past perfect)
                    piece_prefix = ""
                    clause = f"{speaker_phrase} {clause}"
                    by_speaker = True
                elif own and main_aux and _PASSIVE_BY.match(clause):
                    clause = f"{main_aux} {clause}"  # "... and signed by X": keep the passive
                elif (
                    own
                    and main_aux in ("is", "are", "was", "were")
                    and _FEELING.match(clause) is not None
                ):
                    # "She was relieved but still worried about her lease": how she was, not
                    # "she still worried"
                    clause = f"{main_aux} {clause}"
                elif own and main_aux and _passive_goes_on(content, main_verb_at, main_aux, clause):
                    # "The suspect was arrested on Monday and charged with murder": still
                    # passive, not "The suspect charged with murder"
                    clause = f"{main_aux} {clause}"
                elif own and main_modal and _shares_modal(main_modal, first, clause):
                    # "would have covered 2,100 hectares and employed 800 people": the hedge
                    # belongs to both
                    clause = f"{main_modal} {clause}"
                if not by_speaker:
                    clause = f"{last_subject} {clause}"
        prev_clause = clause
        bare = _BARE_POSSESSIVE.match(clause) if cs > 0 and main_subject else None
        owned = (
            # "Aldi increased its market share to 10.9%, while Lidl's grew to 8.4%"
            _POSSESSED_HEAD.fullmatch(main_subject or "")
            or (
                _ITS_OBJECT.search(content, 0, max(0, cs - content_at))
                # "while Lidl's grew to 8.4 per cent": a level, as the first clause's
                if _TO_FIGURE.match(clause, bare.end())
                else None
            )
            if bare is not None
            else None
        )
        if (
            bare is not None
            and owned is not None
            and _main_verb(clause) == bare.end()
            # "while Castleford's fell 4%", not "but Sainsbury's reported a loss" (a
            # company whose name ends in "'s" acts)
            and _CHANGE_VERB.match(clause, bare.end()) is not None
        ):
            # "Pennine's shares jumped 33%, while Castleford's fell 4%": Castleford's shares
            clause = f"{clause[: bare.end() - 1]} {owned.group('head')} {clause[bare.end() :]}"
        if index > 0 and _HE_OR_SHE_OPENS.match(clause):
            # "said she had spoken with the chief executive, Curtis Vail, and that he had
            # promised ...": a person named earlier in the sentence comes before the last one
            for named in find_entities(body_text[content_at:cs]):
                if named.type == "person" and named.name != speaker:
                    local.remember(named.name)
        if not (
            own_prefix is None and prefix and _bound_to_speaker(clause, speaker_phrase, first=False)
        ):
            # "Its president, X, said the state had A and urged B": the speaker's phrase reads
            # from the sentence before, not from the report ("The state's president")
            resolved = _resolve_start(clause, ctx if by_speaker else clause_ctx)
            # "Kessler said she would ...": the speaker's own "she" stays, not "Kessler said
            # Diane Kessler would"; a "he" that is someone else is named ("Anna Berg said Tom
            # Ried had trained")
            own_pronoun = (
                own_prefix is None
                and bool(prefix)
                and speaker_is_person
                and bool(speaker)
                and _SAID_PRONOUN.match(clause) is not None
                and resolved.startswith(f"{speaker} ")
            )
            clause = clause if own_pronoun else resolved
        main, side = _adjuncts(clause)
        texts = []
        for piece in _split_coordinated_subject(main):
            gapped = _split_gapped(piece)  # before lists: "5% to A, 3% to B and 2% to C"
            if len(gapped) == 1:
                gapped = _split_to_and_to(piece)  # "pledged to hire X and to open Y"
            for listed in gapped if len(gapped) > 1 else _split_list(piece):
                for part in _reduced_relative(listed):
                    texts.extend(_split_objects(part))
        speakers_own: set[str] = set()
        others_reports: set[str] = set()  # asides that report someone else's words
        from_side = len(texts)  # the texts from here on come from asides
        for side_text, _ in side:
            spoken = _SPEECH_SIDE.match(side_text) if piece_prefix and speaker_phrase else None
            if (
                spoken is not None
                and (_SAID_END.search(prefix) or _DENIED_THAT_END.search(prefix))
                and f", {_SPEECH_ING_OF[spoken.group(1)]} " in content
                and (
                    (
                        _MUTE_SUBJECT.fullmatch(side_text[: spoken.start(1)].strip())
                        and _HUMAN_HEADS.isdisjoint(side_text[: spoken.start(1)].lower().split())
                    )
                    # "Police said the man had been arrested, adding that ...": acted on
                    or _PASSIVE_REPORTED.search(content.split(",", 1)[0]) is not None
                    # "He denied that he had lied, adding that ...": the speaker again
                    or side_text[: spoken.start(1)].strip().lower()
                    == _speakers_pronoun(speaker_is_person, speaker_phrase)
                )
            ):
                # "Fenwick said the industry needed cheaper power, adding that plants paid
                # twice as much": Fenwick added it, not the industry
                own_speech = (
                    f"{speaker_phrase[:1].upper()}{speaker_phrase[1:]} {spoken.group(1)} "
                    f"{spoken.group(2)}"
                )
                speakers_own.add(own_speech)
                texts.append(own_speech)
                continue
            ruling = _RULING_SIDE.match(side_text) if piece_prefix and speaker_phrase else None
            if (
                ruling is not None
                and _RULED_END.search(prefix)
                # a court's object ("a decision", "the appeal"), not "dismissing staff"
                and _COURT_OBJECT.match(ruling.group(2)) is not None
                and f", {_RULING_ING[ruling.group(1)]} " in content
            ):
                # "The court ruled that the law did not violate the Act, overturning a
                # decision by the 11th Circuit": the court overturned it, not the law
                own_ruling = (
                    f"{speaker_phrase[:1].upper()}{speaker_phrase[1:]} {ruling.group(1)} "
                    f"{ruling.group(2)}"
                )
                speakers_own.add(own_ruling)
                texts.append(own_ruling)
                continue
            cited = _CITED_SIDE.match(side_text) if piece_prefix and speaker_phrase else None
            if (
                cited is not None
                and _SAID_END.search(prefix)
                and _CHANGE_OR_STATE.search(content.split(", citing", 1)[0])
            ):
                # "He said sales had risen 5%, citing strong demand": the speaker cites it,
                # not the sales
                own_citation = (
                    f"{speaker_phrase[:1].upper()}{speaker_phrase[1:]} cited {cited.group(1)}"
                )
                speakers_own.add(own_citation)
                texts.append(own_citation)
                continue
            again = _SPEAKERS_AGAIN.match(side_text) if piece_prefix and speaker_phrase else None
            if again is not None and (
                again.group("who") in ("He", "She")
                if speaker_is_person
                else again.group("who") == ("They" if _plural_phrase(speaker_phrase) else "It")
            ):
                # "Officials said the measure hurts producers, who they say export little":
                # what the officials said, once
                side_text = side_text[again.end() :]
            # A side claim may carry its own adjunct: "targeting the city of Belgorod, located
            # 32 kilometers from the border".
            inner_main, inner_side = _adjuncts(side_text)
            same_pronoun = (
                bound
                and main_subject
                and inner_main.split(" ", 1)[0].lower() == main_subject.split(" ", 1)[0].lower()
            )
            # "The authors said they had used a method, tracking CO2": they, the speakers,
            # tracked it (not whoever the sentence before was about)
            texts.extend(
                _split_list(inner_main if same_pronoun else _resolve_start(inner_main, local))
            )
            texts.extend(_resolve_start(t, local) for t, _ in inner_side)
        for index, text in enumerate(texts):
            writers = index >= from_side and bool(piece_prefix or piece_suffix)
            if (
                writers
                and text not in speakers_own
                and (" say " in text or _SAYS_IN.search(text) is not None)
                and (others := _attribution(text)) is not None
                and others.prefix
                and others.speaker.lower() not in _PRONOUN_SUBJ
                and others.speaker.strip() != (speaker or "")
                and (attribution is None or others.speaker.strip() != attribution.speaker.strip())
                # only a relative's own source ("which scientists say has fallen", "producers,
                # who say they export little")
                and re.search(
                    rf"\b(?:which|who)\s+{re.escape(others.speaker.strip())}\s|"
                    rf"\b{re.escape(others.speaker.strip())}\s*,\s*who\s+(?:say|says|said)\b",
                    body_text,
                    re.IGNORECASE,
                )
                is not None
            ):
                # "Kallinen said Norway had refused to cut its share of the stock, which
                # scientists say has fallen by a third": the scientists' report, not Kallinen's
                others_reports.add(text)
            if writers and _NAMING_CLAIM.match(text):
                # "The panel ruled that the law, known as Act 417, was too vague": the name is
                # the writer's aside, not what the panel ruled
                speakers_own.add(text)
            if (
                piece_prefix
                and text not in speakers_own
                and text.startswith(
                    (
                        "In ",
                        "On ",
                        "At ",
                        "During ",
                        "The ",
                        "A ",
                        "An ",
                        "These ",
                        "Those ",
                        "Its ",
                    )
                )
            ):
                # "The union says in Australia, pay is ...", "Cirrus said the satellites were
                # insured" (a subject resolved from a sentence's start)
                text = text[0].lower() + text[1:]
            under = (
                _under_report(piece_prefix, claims)
                if piece_prefix
                and claims
                and text[:1].islower()
                and text.split(" ", 1)[0] in _BASE_VERBS
                and not _own_clause(_RELATIVE_CUT.split(text, 1)[0])
                else None
            )
            if under:
                # "said it would suspend its buyback, which ..., and keep its dividend": the
                # bare verb goes on under the report's subject and modal
                text = f"{under} {text}"
            joined = _clean(f"{piece_prefix} {text}" if piece_prefix else text)
            if text in speakers_own or text in others_reports:
                joined = _clean(text)
            if piece_suffix and text not in speakers_own and text not in others_reports:
                own_suffix = piece_suffix
                if it_named and speaker and speaker in joined:
                    # "Acme Motors sold ..., it said": the name once is enough
                    own_suffix = ", it" + piece_suffix[len(speaker) + 2 :]
                # "struck at 3 a.m.": an abbreviation keeps its stop before the suffix
                kept = joined if _ABBREVIATION_END.search(joined) else joined.rstrip(".")
                joined = _clean(kept + own_suffix)
            if _VAGUE_SUBJECT.match(text):
                continue  # "This action follows ...": not standalone
            if (
                # the sentence itself passed `_checkworthy` but for `_judged` (above)
                (
                    _judged(joined, joined.split())
                    if joined == sentence
                    else not _checkworthy(joined)
                )
                # the cheapest test first: most texts hold a digit or a capital after the first
                or not _DIGIT_OR_CAP.search(text, 1)
                and not _SUBJECTIVE_WORDS.isdisjoint(text.lower().split())
                and _SUBJECTIVE.search(text)
            ):
                continue
            if sentence_facts is None:
                sentence_facts = extract_facts(sentence, published)
            facts = project_facts(sentence_facts, joined, _context_entities(ctx))
            claim_speaker = (
                speaker
                if (piece_prefix or piece_suffix)
                and not own_report_prefix
                and not (text in speakers_own and _NAMING_CLAIM.match(text))
                and text not in others_reports
                else None
            )
            if claim_speaker is None and may_report:
                # "Scholz conceded defeat and said he would ...": this clause's own report
                reports = _attribution(joined)
                if reports is not None and (
                    reports.prefix or (reports.suffix and _CLOSING_SOURCE.search(joined))
                ):
                    claim_speaker = _speaker_name(reports.speaker, clause_ctx)
                    if claim_speaker.lower() in _PRONOUN_SUBJ:
                        claim_speaker = None
            kind = Kind.ATTRIBUTION if claim_speaker else _kind(joined, facts)
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
                    speaker=claim_speaker,
                )
            )
    if attribution is not None and attribution.aside and not _ING_ASIDE.match(attribution.aside):
        # "John Smith, a lawyer who represented the family, said ...": who the speaker is
        aside = attribution.aside
        relative = re.match(r"(?:who|which|whose)\s+", aside)
        about = attribution.speaker
        age = _AGE_THEN_ASIDE.match(aside)
        if age is not None:
            # "Anna Breman, 56, the former deputy governor": the age stays with the name
            about, aside = f"{about}, {age.group(1)},", aside[age.end() :]
            relative = re.match(r"(?:who|which|whose)\s+", aside)
        if (
            relative
            and relative.group(0).startswith("which")
            and (role := _ROLE_FOR_BODY.fullmatch(about))
        ):
            # "A spokesman for the ministry, which oversees the police, said": the ministry
            about = role.group("body")
        elif not relative and _BODY_KIND.match(aside) and (role := _ROLE_FOR_BODY.fullmatch(about)):
            # "A spokesman for Acme, a mining company, said": Acme is the company
            about = role.group("body")
        if relative and relative.group(0).startswith("whose"):
            said = f"{_possessive(about, ctx.apostrophe)} {aside[relative.end() :]}"  # "whose"
        elif relative:
            said = f"{about} {aside[relative.end() :]}"
        else:
            # "The charity, founded in 1990, said": an act that happened once, in the past
            copula = "was" if _ONCE_PARTICIPLE.match(aside) else "is"
            said = f"{about} {copula} {aside}"
        text = _clean(_resolve_start(said, ctx))
        if _checkworthy(text):
            if sentence_facts is None:
                sentence_facts = extract_facts(sentence, published)
            facts = project_facts(sentence_facts, text, _context_entities(ctx))
            claims.append(
                ExtractedClaim(
                    text=text, start=start, end=end, kind=_kind(text, facts), facts=facts
                )
            )
    _update_context(
        sentence,
        ctx,
        list(sentence_facts.entities) if sentence_facts is not None else None,
        body_text,
    )
    ctx.reported = attribution is not None
    unnamed = attribution.speaker.strip() if attribution is not None else ""
    if (
        unnamed
        and _UNNAMED_SUBJECT.fullmatch(unnamed[:1].upper() + unnamed[1:])
        and not _PERSONAL.search(sentence.lower())  # "A spokesman said she would return"
    ):
        # "..., a railway official told reporters. He said ...": the official, whom no name means
        ctx.person = None
    if (
        attribution is not None
        and attribution.prefix
        and main_subject
        and main_subject.lower() not in _PRONOUN_SUBJ
        and main_subject != ctx.subject
        and _plural_phrase(main_subject)
        and _plural_phrase(attribution.speaker.strip())
    ):
        # "Prosecutors said the men broke into the depot. They escaped ...": the men, or the
        # prosecutors? "They" stays as written.
        ctx.subject = None
    if attribution is not None and speaker and not speaker_is_person:
        phrase = _WHEN_WORD.sub("", attribution.speaker.strip())  # not "fire brigade now"
        if "," in phrase and speaker and "," not in speaker:
            phrase = speaker  # "The manufacturer, Acme Foods,": the name
        if (
            phrase.lower() != "it"
            and _organisation(phrase)
            # "Siemens said ...": a one-word name in -s may be a surname ("Stevens")
            and not (
                " " not in phrase
                and phrase.endswith("s")
                and (
                    phrase in ctx.people
                    or phrase.lower() in _SURNAMES_IN_S
                    or not _alone_as_speaker(sentence, phrase)
                )
            )
        ):
            ctx.speaker = _described(phrase, ctx) or phrase
        elif phrase.lower() not in _PRONOUN_SUBJ and _plural_phrase(phrase):
            ctx.plural_speaker = phrase
        elif phrase.lower() == "they":
            ctx.plural_speaker = previous_plural  # "They said ... They added": the same
    elif (
        attribution is not None
        and speaker
        and speaker_is_person
        and attribution.speaker.strip() == speaker  # no title, no "he"
        and " " in speaker
        and ctx.gender_of(speaker) is None
        and _speaks_as_body(sentence, speaker, content)
    ):
        # "Kessler Hydraulik said ... It said ...": a firm's name the entity finder took
        # for a person's, since no given name opens it; "It" can only mean the firm
        ctx.named_speaker = speaker
    return _dedupe(claims)


_MONTH_STARTS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
_TIMELINE = re.compile(
    r"\s*(?P<when>(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2},?\s+)?)?"
    r"(?:1[89]|20)\d\d)\s*[:—–-]\s+(?P<rest>[A-Z][^:]{8,})"
)
"""A timeline's item: "1985: Elected to the National Academy of Sciences", "March 2014 -
Russia annexes Crimea"."""
_TIMELINE_PASSIVE = frozenset(
    "elected re-elected awarded appointed named born arrested jailed convicted sentenced "
    "released knighted inducted honoured honored promoted nominated granted sworn diagnosed "
    "hired fired dismissed acquitted charged indicted crowned ordained admitted".split()
)
"""Participles opening a timeline item about the article's person: "was elected"."""
_TIMELINE_ACTIVE = frozenset(
    "joined won founded became left moved married published retired died resigned returned "
    "launched led served graduated studied wrote co-founded took".split()
)


def _timeline_claim(
    m: re.Match[str], start: int, end: int, published: date | None, ctx: _Context
) -> ExtractedClaim | None:
    """A timeline item as a claim: "1985: Elected to the Academy" under a profile of Jane Roe
    is "Jane Roe was elected to the Academy in 1985"; "2014: Russia annexes Crimea" is "In
    2014, Russia annexes Crimea". None when the item needs a person the text has not named."""
    when, rest = m.group("when"), m.group("rest").rstrip(" .;")
    first, _, tail = rest.partition(" ")
    low = first.lower()
    person = ctx.person
    if low in _TIMELINE_PASSIVE:
        text = f"{person} was {low} {tail} in {when}." if person else ""
    elif low in _TIMELINE_ACTIVE:
        text = f"{person} {low} {tail} in {when}." if person else ""
    else:
        text = f"In {when}, {rest}."
    return _whole_claim(_clean(text), start, end, published) if text else None


_DENIED_TAIL = re.compile(
    r",\s+(?:which|a (?:claim|charge|allegation|accusation)(?: that)?)\s+"
    r"(?P<who>the [a-z]+(?: (?!has|have|had|later|swiftly|strongly|flatly)[a-z]+)?|"
    r"[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3})\s+"
    r"(?:has |have |had |later |swiftly |strongly |flatly )?"
    r"(?P<verb>denied|denies|rejected|rejects|disputed|disputes)\s*[.!]?\s*$"
)
"""A denial appended to a claim (", which the company denied", ", a charge the ministry
rejected")."""


def _denial_claim(
    main: str, denial: re.Match[str], start: int, end: int, published: date | None
) -> ExtractedClaim | None:
    """ "The company denied that the cuts could lead to layoffs": who denied what the sentence
    before the denial says (its reported content, without who reported it)."""
    attribution = _attribution(main.strip())
    if attribution is None or not attribution.prefix:
        return None  # "Shares fell after the report, which the company denied": the report
    content = main.strip()[attribution.content_at :].strip().rstrip(".,")
    if len(content.split()) < 3:
        return None
    who = denial.group("who")
    if who.startswith("the "):
        who = "The " + who[4:]
    first = content.split(" ", 1)[0]
    speaker = attribution.speaker.strip()
    if first in ("it", "he", "she", "they") and speaker.split()[0].lower() not in _PRONOUN_SUBJ:
        # "Russia said it had captured the village, which Ukraine denied": Russia had
        content = speaker + content[len(first) :]
    elif first.lower() in ("the", "a", "an", "its", "their"):
        content = content[0].lower() + content[1:]
    verb = denial.group("verb")
    that = "the claim that" if verb.startswith(("reject", "disput")) else "that"
    text = _clean(f"{who} {verb} {that} {content}.")
    facts = extract_facts(text, published)
    return ExtractedClaim(
        text=text,
        start=start,
        end=end,
        kind=Kind.ATTRIBUTION,
        facts=facts,
        speaker=re.sub(r"^the ", "", denial.group("who")),
    )


def _whole_claim(text: str, start: int, end: int, published: date | None) -> ExtractedClaim | None:
    """`text` as one claim over `body[start:end]`, with its facts; None when not checkworthy."""
    if not _checkworthy(text):
        return None
    facts = extract_facts(text, published)
    return ExtractedClaim(text=text, start=start, end=end, kind=_kind(text, facts), facts=facts)


def _list_item_claim(
    lead_in: str, item: str, start: int, end: int, published: date | None
) -> ExtractedClaim | None:
    """The claim of a list item without a verb of its own, completed by the sentence that
    introduced the list: "The recall covers:" + "Nordwind OH-1500, lot numbers 22K001 to
    22K480" -> "The recall covers Nordwind OH-1500, lot numbers 22K001 to 22K480."."""
    words = item.split()
    if not words or len(words) > 25 or _main_verb(" " + item) > 0:
        return None
    if _not_checkworthy(item):
        return None  # "Copyright 2024 The Associated Press." completes no list
    first = words[0]
    if (
        len(words) > 1
        and first[:1].isupper()
        and (first[1:].islower() or first == "A")
        and words[1][:1].islower()
        and first.lower() not in _ALIASES
        and first.lower() not in _PLACES
        and gender(first) is None
    ):
        item = first.lower() + item[len(first) :]  # "Reduced fares" -> "reduced fares"
    return _whole_claim(_clean(f"{lead_in} {item.rstrip(' .;,')}."), start, end, published)


_WHO_ASIDE = re.compile(r",\s+(?:who|whose)\s")
_ROLE_NP = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
_PAST_SPEECH_END = re.compile(r"\b(?:said|told [a-z]+|added|stated)(?: that)?$")
_PRESENT_CLAUSE = re.compile(
    r"(?:its|their|the|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?:has|have|is|are)\s"
)
"""A clause with its own subject in the present ("its own budget has fallen")."""
_NP_THEN_PRESENT = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?[a-z]+)\s+"
    r"([a-z]{3,}s)\s+(?=[A-Z]|(?:the|a|an|its|his|her|their)\s|\d)"
)
"""A noun phrase and a present in "-s" with its object ("The victory lifts Alcaraz")."""
_NAME_APPOSITIVE_BEFORE_AND = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+[a-z]+,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+and\s*$"
)
"""An object and its name between commas before "and" ("the firm, Castlegate Surveyors, and")."""
_OPEN_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s[^,]*$")
"""A relative clause still open where a reason starts (", which oversees TikTok because")."""
_FRAME_RELATIVE = re.compile(r",\s+(?:which|who)\s(?:[^,]|,(?=\d))*,")
"""A relative between commas inside a frame ("An inquiry, which published its report,")."""
_ONCE_PARTICIPLE = re.compile(
    r"(?:founded|established|created|formed|launched|born|raised|elected|appointed|named|"
    r"educated|trained|hired|recruited|sworn|filed|published|released|issued|commissioned|"
    r"brought)\b"
)
_DOCUMENT_WORDS = frozenset(
    "report study survey statement letter document review audit analysis paper data figures "
    "inquiry investigation poll filing ruling judgment".split()
)
"""Heads of a reporter that is a document, not a body ("The report said")."""
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$")
"""A claim ending with an abbreviation's stop ("3 a.m.", "the U.S.", "Acme Inc.")."""
_PARTIAL_QUOTE_AFTER = re.compile(
    r"[”\"][,.]?\s+and\s+(?:that\s+|(?:warned|said|added|insisted|stressed|argued|noted|"
    r"cautioned|acknowledged|conceded|denied|confirmed)\s)"
    # '"at the margin", while Deloitte partner Stephen Smith said ...': a second speaker
    r"|[”\"],?\s+(?:while|whereas|but)\s+(?:[A-Z][\w’'.-]*\s+|(?:the|a|an)\s+)"
    r"(?:[\w’'.-]+\s+){0,5}?(?:said|says|told|argued|argues|warned|warns|noted|notes)\b"
    r"(?!\s+(?:nothing|little)\b)"
)
"""A clause or verb phrase going on after a partial quote ('"caved to pressure" and warned')."""


def _partial_quote(sentence: str, quoted: re.Match[str]) -> bool:
    """A few quoted words inside a reported clause that goes on after them ('said the
    parliament had "caved to pressure" and warned that ...'): the sentence is split as
    any other, the quote marks kept in its claim; not a quote standing as what was said
    ('said: "...",', 'said "We ..."')."""
    words = quoted.group(1)
    if (
        words[:1].isupper()
        or len(words.split()) > 8
        or _QUOTED.search(sentence, quoted.end())
        # '"shocked and saddened"': the quote's own "and" or comma is no clause's
        or " and " in words
        or " or " in words
        or "," in words
    ):
        return False
    before = sentence[: quoted.start()].rstrip()
    if not before or before.endswith((":", ",")) or before.split()[-1].lower() in _SPEECH_WORDS:
        return False
    if _SPEECH_NEAR.search(before) is None:
        return False  # 'described Tavares as "the best ..." and said': the subject's own words
    return _PARTIAL_QUOTE_AFTER.match(sentence, quoted.end() - 1) is not None


_PASSIVE_AFTER_AND = frozenset(
    "arrested charged sentenced jailed imprisoned convicted acquitted remanded bailed released "
    "freed detained held questioned interviewed fined banned barred suspended sacked fired "
    "dismissed expelled deported extradited taken rushed airlifted flown treated hospitalised "
    "hospitalized discharged injured wounded killed rescued evacuated found cleared elected "
    "appointed named awarded honoured honored knighted buried cremated replaced renamed sold "
    "transferred loaned closed cancelled canceled postponed delayed destroyed damaged "
    "demolished diagnosed placed granted shot stabbed beaten robbed identified pronounced "
    "declared certified approved fitted installed relocated recalled withdrawn criticised "
    "criticized praised reprimanded cautioned told ordered sent handed confirmed warned "
    "rejected repaired renovated refurbished restored rebuilt upgraded modernised modernized "
    "widened inspected completed reopened acquired privatised privatized nationalised "
    "nationalized indicted prosecuted pardoned exonerated promoted reappointed re-elected "
    "nominated vaccinated examined".split()
)
"""Participles that go on a passive after "and" ("was arrested and charged with murder",
"was taken to hospital and treated for burns") unless an object follows them."""
_AFTER_PASSIVE = frozenset(
    "with to for in on at by after from over as into under without before during until "
    "dead guilty alive unconscious innocent missing safe unhurt responsible".split()
)
"""What follows a passive participle ("charged with", "found dead"), where an active verb
would have its object ("offered seating", "delayed arousal")."""
_TIME_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|\d{4}|week|month|year)"
)
_ACTIVE_AFTER = re.compile(
    r"\w+\s+(?:"
    rf"(?:(?:on|in|at|last|this)\s+{_TIME_WORD}\s+|to\s+\w+\s+)?that\b"
    r"|(?:over|out|up|back|down|off)\s+(?:a|an|the|his|her|its|their)\b"
    rf"|(?:on|in|during|last|this)\s+{_TIME_WORD}\s+(?:a|an|the|his|her|its|their)\s"
    # "warned in an interview that", "rejected in a statement any suggestion", "rejected on
    # Tuesday calls to resign"
    r"|(?:on|in|at|during|last|this)\s+(?:[\w-]+\s+){1,3}?(?:that|any|all|calls|claims|"
    r"suggestions|reports)\b"
    r")"
)
"""What makes a participle after "and" active: a speech verb's "that" ("warned on Friday
that"), a particle and its object ("handed over his passport"), an object after a time ("released in 1992 their first album")."""
_FEELING = re.compile(
    r"(?:(?:still|also|very|deeply|increasingly|somewhat|now)\s+)?"
    r"(?:worried|concerned|relieved|pleased|disappointed|delighted|shocked|surprised|saddened|"
    r"frustrated|angry|upset|happy|sad|nervous|anxious|afraid|scared|hopeful|optimistic|"
    r"pessimistic|confident|determined|grateful|proud|exhausted|tired|cautious|sceptical|"
    r"skeptical|unhappy|unsure|uncertain)\b"
    # how they feel, not a verb with its object ("but disappointed employers"); a clause
    # may follow ("concerned the deal could collapse")
    r"(?=\s*(?:$|[.,;:]|(?:about|by|that|with|at|over|for|to|of|as|after|when|because)\b"
    r"|(?:the|a|an|its|their|his|her)\s+[\w-]+\s+(?:had|has|have|was|were|is|are|would|"
    r"could|will|might|may)\b))"
)
"""How someone feels, after "and"/"but" (the copula before it goes on: "was relieved but still
worried")."""
_PASSIVE_BY = re.compile(rf"(?:(?:{'|'.join(sorted(_VP_ADVERBS))})\s+)?\w+(?:ed|en|wn|t)\s+by\b")
"""A participle and its agent after "and": "... and (later) signed by X" keeps the passive."""
_PASSIVE_PARTICIPLE = re.compile(
    r"\s+(?:(?:\w+ly|also|later|then|still|subsequently)\s+)?(\w+(?:ed|en|wn|t)|held|found|sold|told|shot|put)\b"
)


def _passive_goes_on(content: str, verb_at: int, aux: str, clause: str) -> bool:
    """Whether `clause` (a verb phrase after "and") goes on the passive of the content's main
    verb (`aux` at `verb_at`): its participle is one that is usually passive there and no
    object follows it: a preposition, an adverb, a figure or nothing ("was elected in 2010 and
    served two terms", "was arrested and told reporters" are active)."""
    if not _PASSIVE_PARTICIPLE.match(content, verb_at + len(aux)):
        return False  # "He was born in Leeds": a passive; "He was a teacher": not one
    adverb, _, rest = clause.partition(" ")
    if adverb in _VP_ADVERBS and rest:
        clause = rest  # "and later charged with fraud"
    words = clause.split(maxsplit=2)
    if not words or words[0] not in _PASSIVE_AFTER_AND:
        return False
    if words[0] == "told":
        return len(words) > 1 and words[1] == "to"  # "was told to leave"
    if words[0] == "fired" and len(words) > 1 and words[1] in ("at", "on", "into"):
        return False  # "fired at the attackers": shots, not a dismissal
    if len(words) < 2:
        return True
    if _ACTIVE_AFTER.match(clause):
        # "warned on Friday that ...", "handed over his passport", "released in 1992 their
        # first album": a speech verb's clause or an object after all
        return False
    after = words[1].lower().rstrip(".,;")
    if (
        words[0] in ("held", "housed", "carried", "attracted", "drew")
        and after[:1].isdigit()
        # how many it held ("held 1,100", "held 1,100 people"), not where or how long
        and (len(words) < 3 or _PEOPLE_COUNTED.match(words[2]) is not None)
    ):
        return False  # "was built for 400 people but held 1,100": how many it held, active
    return after in _AFTER_PASSIVE or after.endswith("ly") or after[:1] in "0123456789£$€"


_PRONOUN_THAT_VERB = re.compile(
    r"(?:[a-z]+ed|led|made|caused|sparked|prompted|left|meant|gave|put|set|took|brought|"
    r"angered|drew|saw)\s+(?!(?:were|was|are|is|had|have|has|will|would|could|may|might)\b)"
)
"""A clause after "and that" opening with a past verb: "that" was its subject ("and that
led to a third arrest")."""
_OTHER_VOICE = re.compile(
    r"(?:officials|analysts|critics|experts|economists|aides|sources|opponents|unions|"
    r"residents|lawyers|prosecutors|doctors|scientists|investors|traders|diplomats)\s+"
    r"(?:(?:did|do|have|had|would)\s+not\s+)?(?:rule\s+out|ruled\s+out|said|say|warned|"
    r"warn|expect|expected|believe|believed|argued|argue|disputed|dispute|questioned|"
    r"question|cautioned|doubted|doubt)\b",
    re.IGNORECASE,
)
"""Other voices after "but" inside a report ("..., but officials did not rule out cuts"): their
own words, not the first speaker's."""
_FINDING_WORDS = frozenset(
    "found finds heard hears ruled rules showed shows revealed reveals".split()
)
"""Findings' verbs ("The report found that A and that B", "The jury heard that A but that B")."""
_THAT_FRAME_WORDS = _FINDING_WORDS | frozenset(
    "allege alleges alleged suspect suspects suspected fear fears feared believe believes "
    "believed think thinks thought hope hopes hoped expect expects expected claim claims "
    "claimed argue argues argued insist insists insisted deny denies denied suggest suggests "
    "suggested acknowledge acknowledges acknowledged admit admits admitted concluded conclude "
    "concludes estimate estimates estimated rejected dismissed disputed "
    "allegation allegations accusation accusations assertion assertions rumour rumours "
    "rumor rumors speculation suggestion suggestions report reports concern concerns".split()
)
"""Words whose "that"-clause is not the writer's fact ("alleged that", "claims that")."""
_FIRST_PERSON_WORDS = frozenset("we i our my".split())
"""The authors' words ("we found that"), whose findings stand as claims each."""
_THAT_FRAME_VERBS = frozenset(
    "allege alleges alleged suspect suspects suspected fear fears feared believe believes "
    "believed think thinks thought".split()
)
"""Verbs of belief whose clause may follow without "that" ("Police suspect the fire ...")."""


def _that_frame(clause: str) -> str:
    """What a clause cut at "and that" goes on under: the first clause up to the "that" of an
    allegation, fear or belief ("The company rejected claims that", "Prosecutors allege
    that"), or its subject and such a verb ("Police suspect the fire was ..." -> "Police
    suspect that"); "" when the first clause is the writer's own."""
    words = clause.split()
    for i, word in enumerate(words[:25]):
        if word.lower() == "that" and i > 0:
            before = words[i - 1].lower().strip(",")
            if before in _FINDING_WORDS and _FIRST_PERSON_WORDS.intersection(
                w.lower().strip(",") for w in words[: i - 1]
            ):
                return ""  # "we found that A and that B": the authors' findings, each a claim
            if before in _THAT_FRAME_WORDS:
                # "A public inquiry, which published its report in 2024, found that": the
                # frame without the relative about its subject
                return _FRAME_RELATIVE.sub("", " ".join(words[: i + 1]))
            return ""  # a "that" of something else: "the plan that ..."
    # no "that": the subject's verb of belief, among the first words and not after a
    # determiner ("Police suspect the fire was ...", not "The suspect was ...")
    for i, word in enumerate(words[1:5], start=1):
        low = word.lower()
        if (
            low in _THAT_FRAME_VERBS
            and words[i - 1].lower() not in _DET
            and i + 1 < len(words)
            and words[i + 1].lower() != "that"
            # "Two suspects were charged": the noun, its verb after it
            and words[i + 1].lower() not in _AUX
            and words[i + 1].lower() not in _MODAL
        ):
            return " ".join([*words[: i + 1], "that"])
        if low in _AUX or low in _MODAL:
            return ""  # the clause's own verb came first
    return ""


def _listed_body_speaker(text: str, speaker: str) -> str:
    """The whole name of a body that lists its brief with commas ("the Department for
    Environment, Food and Rural Affairs said"), when `speaker` is only its tail ("Food and
    Rural Affairs"); else `speaker`."""
    for s, e in listed_bodies(text):
        name = text[s:e]
        if name != speaker and name.endswith(speaker):
            return name
    return speaker


def _speaker_phrase(attribution: _Attribution | None, speaker: str | None) -> str:
    """The speaker as the sentence wrote it, or its resolved name for a pronoun."""
    phrase = attribution.speaker.strip() if attribution else ""
    return (speaker or "") if phrase.lower() in ("he", "she", "it", "they") else phrase


_NAMING_CLAIM = re.compile(
    r"[^,]{1,80}?\s(?:is|are|was|were)\s(?:also\s)?(?:(?:known as|called|named|dubbed|"
    r"nicknamed)\s|the\s+(?:world|country|nation|region|continent|bloc|state|city|"
    r"company|group)[’']s\s+(?:\w+-)?(?:largest|biggest|oldest|richest|busiest|most|leading|"
    r"top|second|third|fourth|fifth)\b)"
)
"""A side claim that only names a thing ("The law is known as Act 417") or ranks it ("Saudi
Arabia is the world's largest oil exporter"): the writer's background, not the speaker's."""
_PLURAL_OBJECT = re.compile(
    r"\s(?:\d[\d,]*|two|three|four|five|several|many|the|its|their)\s+"
    r"(?:[a-z]+\s+)?[a-z]{3,}s\b(?:\s*[,.]|\s+(?:because|though|although)\b)"
)
"""A plural object ending the clause before "because" ("rejected two bids because")."""
_OWNER_SPEAKER = re.compile(
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})[’']s\s+(?:lawyers?|attorneys?|solicitors?|"
    r"family|spokes(?:man|woman|person)|representatives?|agent|manager|wife|husband|partner|"
    r"mother|father|son|daughter|brother|sister|office|campaign|team)\b"
)
"""A speaker who speaks for someone named ("Kettering's lawyers"): "she" in their words is that
one."""
_PLURAL_SPEAKERS_SAY = re.compile(
    r"(?:[a-z-]+\s+){0,2}(?:[a-z]{2,}s|[A-Z]{2,}s)\s+(?:say|said|argue|argued|warn|warned|claim|"
    r"claimed|insist|insisted|contend|contended|counter|countered)\b"
)
"""A clause that plural speakers open ("industry groups say", "opposition MPs said")."""
_SAYS_IN = re.compile(r"\b(?:said|says|told|added|warned|argued|insisted)\b")
_WHAT_DESCRIBED = re.compile(
    r"\bwhat\s+((?:the\s+|his\s+|her\s+|their\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?)\s+"
    r"(?:described|describes|called|calls|termed|labell?ed|branded|characterised|characterized)"
    r"\s+as\b"
)
"""Whose words a quote after "in what X described as" is: X's."""
_STAND_IN_SPEAKER = re.compile(r"(?:the\s+)?quoted statement,\s+(?=[A-Z])")
"""The stand-in for a quote before the name of its speaker ('"...," Raman, a professor,')."""
_THE_NOUN_SUBJECT = re.compile(r"The\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
"""A subject that is a common noun phrase ("The communique", "The joint statement")."""
_OWN_WORDS_VERB = re.compile(
    r"(?:called|calls|urged|urges|demanded|demands|described|pledged|pledges|promised|"
    r"promises|vowed|vows|branded|termed)\b"
)
"""Verbs a subject says a quoted phrase with ("called for "...""), besides speech verbs."""
_ADVERBS_AFTER = re.compile(r"\s+(?:(?:also|later|then|again|further|[a-z]+ly)\s+)*")
_PLURAL_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]+(?<![sui])s")
"""A name in the plural ("the Conservatives", "Democrats"), whose own "they" means it."""
_OPENING_PRONOUN = re.compile(r"(they|it|he|she)\b", re.IGNORECASE)


def _bound_to_speaker(clause: str, speaker: str, first: bool = True) -> bool:
    """Whether reported content opening with "they", "it", "he" or "she" means its speaker:
    "Hale's lawyers said they would appeal", "the ministry said it expects", "Fiona Gallagher
    said she had". The claim keeps the speaker, so the pronoun stays (the sentence before is
    about someone else)."""
    m = _OPENING_PRONOUN.match(clause)
    if not m or not speaker:
        return False
    if m.group(1).lower() in ("he", "she"):
        # "Fiona Gallagher said she had spoken to the firm and was disappointed": she, not a
        # woman named in the sentence before; but "His brother, Peter Jones, said he had been
        # ill": the speaker is named for the one before, whom "he" may well mean
        if speaker.lower().startswith(("his ", "her ", "their ", "the family")):
            return False
        want = "f" if m.group(1).lower() == "she" else "m"
        words = speaker.split()
        told = (gender(" ".join(words[i:])) for i in range(len(words)))
        known = next((g for g in told if g is not None), None)
        if known is None:
            # "Julien Oriol said he had been in Paris": a full name whose sex the name list
            # does not tell is still the one who says "he" (not a man named before); in a
            # later clause ("... and that she agreed") the words do not tell
            return (
                first
                and len(words) >= 2
                and all(w[:1].isupper() for w in words)
                and entity_type(speaker) == "person"
            )
        return known == want
    if m.group(1).lower() == "they":
        speaker = _ASKED_BY.sub("", speaker)  # "Economists polled by Reuters": economists
        return speaker.lower() not in _PRONOUN_SUBJ and (
            _plural_phrase(speaker)
            # "The Conservatives said they supported": a party or group named in the plural
            # (after other many, "Nurses walked out. The Liberals said they deserved a rise",
            # the "they" stays: either may be meant; so after "Reuters said")
            or _PLURAL_NAME.fullmatch(speaker) is not None
        )
    # "Sahel Gold said it had suspended operations": a name that tells no sex may be a
    # company's; its "it" stays, never the body of the sentence before
    return _organisation(speaker) or (speaker[:1].isupper() and gender(speaker) is None)


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


CHUNK_CHARS = 50_000
"""Bodies longer than this are read in chunks of about this many characters, each starting at
a paragraph where one is near (see `plan_chunks`)."""
WARMUP_SENTENCES = 8
"""Sentences before a chunk read again (their claims dropped) to learn who "he" and "it" are."""
PARALLEL_MIN_CHARS = 250_000
"""Bodies at least this long are extracted by several processes (`core.extract_pool`)."""

Chunk = tuple[int, int, int]
"""`(warm_from, first, stop)`: indexes into the sentence spans; claims come from
`spans[first:stop]`, after reading `spans[warm_from:first]` for context."""


def plan_chunks(body: str, spans: list[tuple[int, int]]) -> list[Chunk]:
    """Cut the sentences of a long body into chunks that can be extracted independently.

    The plan depends on the text alone (never on how many processes run it), so a body gives
    the same claims however it is computed. A chunk starts at the first paragraph start (a
    sentence on a new line) at or after every `CHUNK_CHARS` characters, or at the first
    sentence there when no paragraph starts within another quarter chunk. Pronoun context
    restarts at each chunk from its `WARMUP_SENTENCES` sentences before.

    Args:
        body: the article body.
        spans: its sentence spans, from `split_sentences`.

    Returns:
        Chunks covering every sentence once, in order; one chunk for bodies up to `CHUNK_CHARS`.
    """
    starts = [0]
    target = CHUNK_CHARS
    index = 0
    n = len(spans)
    while index < n:
        while index < n and spans[index][0] < target:
            index += 1
        index = max(index, 1)
        if index >= n:
            break
        cut = index
        limit = target + CHUNK_CHARS // 4
        while cut < n and spans[cut][0] < limit:
            if "\n" in body[spans[cut - 1][1] : spans[cut][0]]:
                break
            cut += 1
        if cut >= n or spans[cut][0] >= limit:
            cut = index
        starts.append(cut)
        index = cut + 1
        target = spans[cut][0] + CHUNK_CHARS
    bounds = [*starts, n]
    return [
        (max(0, first - WARMUP_SENTENCES) if first else 0, first, stop)
        for first, stop in zip(bounds, bounds[1:], strict=False)
        if stop > first
    ]


def extract_chunk(
    body: str, spans: list[tuple[int, int]], chunk: Chunk, published: date | None = None
) -> list[ExtractedClaim]:
    """The claims of one chunk of `plan_chunks` (offsets into `body`)."""
    warm_from, first, stop = chunk
    ctx = _Context()
    ctx.apostrophe = _apostrophe_of(body)  # possessives the claims add as the text writes them
    for start, end in spans[warm_from:first]:
        _claims_from_sentence(body, start, end, published, ctx)
    claims: list[ExtractedClaim] = []
    for start, end in spans[first:stop]:
        claims.extend(_claims_from_sentence(body, start, end, published, ctx))
    return claims


def extract_claims(
    body: str, published: date | None = None, *, workers: int | None = None
) -> list[ExtractedClaim]:
    """Split an article body into atomic, standalone, checkable claims.

    Args:
        body: the article body exactly as stored (offsets count its Python `str` characters).
        published: the article's publication date, to resolve relative dates in `facts`.
        workers: processes to use for bodies of `PARALLEL_MIN_CHARS` or more (None: the
            `CLAIMCHECK_WORKERS` environment variable, else the usable CPUs, at most 4; 1 reads
            in this process). The claims are the same for any number.

    Returns:
        Claims in reading order; `body[claim.start:claim.end]` is the sentence or clause each
        came from. Empty text, or text with nothing check-worthy, gives `[]`.
    """
    if not body or not body.strip():
        return []
    if len(body) < min(CHUNK_CHARS, PARALLEL_MIN_CHARS):  # one chunk, in this process
        spans = split_sentences(body)
        return extract_chunk(body, spans, (0, 0, len(spans)), published)
    with _collector_paused():
        if len(body) >= PARALLEL_MIN_CHARS:
            from claimcheck.core.extract_pool import WorkerPool, worker_count

            count = worker_count(workers)
            if count > 1:
                with WorkerPool(count) as pool:  # the workers start while the body is split
                    spans = split_sentences(body)
                    return pool.extract(body, spans, plan_chunks(body, spans), published)
        spans = split_sentences(body)
        claims: list[ExtractedClaim] = []
        for chunk in plan_chunks(body, spans):
            claims.extend(extract_chunk(body, spans, chunk, published))
        return claims


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a long body's claims (nothing cyclic) pile up, and
    each full collection would walk them all again (~7% of the time on 3 MB)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
