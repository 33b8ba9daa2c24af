"""Dates for `core.facts`: absolute dates and dates relative to a published date.

Owns `_find_dates` (ISO 8601 values as precise as the text: "May 30, 2024", "30 May 2024",
"2024-05-30", "May 2024", a year after "in/since/..." or in brackets; "yesterday", "last week",
"Thursday", "in May" against `published`). No clock: relative words need the caller's date and
are left out without it. Pure and linear-time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from claimcheck.core.facts_numbers import _UNITS_WORDS
from claimcheck.core.facts_text import _HAS_DIGIT, _word_set, inside_quotes, literal_alternation
from claimcheck.core.models import DateRef

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
_MONTH_NAMES = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
).split()
_MONTH_RE = f"(?:{literal_alternation(_MONTH_NAMES)})\\.?"
"""A month name, written as a trie (the same matches as the names longest first, faster)."""
_LISTED_MONTH = re.compile(
    r"(?:,\s*|,?\s+(?:and|or)\s+)(January|February|March|April|June|July|August|September|"
    r"October|November|December)\b(?!,?\s*\d)(?!\s+[A-Z])(?!\s+(?:said|says|told)\b)(?![’']s)"
)
"""The next month of a list of months ("January, February and March"); not "May" (a name)."""
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
    rf"|(?P<num>(?<![\d/.,])(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})(?:/(?P<ny>(?:19|20)\d{{2}}))?"
    rf"(?![\d/]))"
    rf"|(?<![\d.,])(?P<y6>{_YEAR_RE})\s*[-–]\s*(?P<y7>{_YEAR_RE})\b"
    # "21-02-2026", "21.02.2026": day first, as written where the notation is used
    rf"|(?P<dash>(?<![\d/.,-])(?<![vV])(?<!version )(?<!Version )(?<!release )(?<!build )"
    rf"(?P<da>\d{{1,2}})(?P<sep>[-.])(?P<db>\d{{1,2}})(?P=sep)"
    rf"(?P<dy>(?:19|20)\d{{2}})(?![\d-]|\.\d))"
    # not a time of day: "(1917 GMT)"
    rf"|(?<![\d.,$€£])(?<![A-Z]-)(?P<y8>{_YEAR_RE})"
    rf"(?![\d,.]\d|\s*%|(?<=[01]\d[0-5]\d|2[0-3][0-5]\d)\s*(?:GMT|UTC)\b)\b)"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|of|during|before|after|between|to|and|through|early|"
    r"late|mid|year|summer|winter|spring|autumn|fall|the|fiscal|FY)[\s-]+$|[(,]\s*$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_A_BEFORE_YEAR = re.compile(r"(?:^|\s)(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\w+['’]s)\s+$")
_SINGULAR_AFTER_YEAR = re.compile(
    r"\s+(?!(?:metres?|meters?|miles?|km|kilometres?|kilometers?|feet|foot|yards?|tonnes?|tons?|"
    r"people|times|acre|hectare|mile|metre|meter)\b"
    # "1800 staff" counts, "its 2024 staff survey" names a year's survey
    r"|(?:staff|capacity|personnel|workforce|strong|crowd|attendance|seat|seater)\b"
    r"(?!\s+(?:survey|report|figures?|data|record|list|review|census|costs?|numbers?|levels?|"
    r"shortages?|morale)\b))[a-z]+(?<!s)\b"
)
"""A singular noun after "a <year>" or an owner's ("a 2023 law", "the state's 2026 budget"): the
year names it, it counts nothing."""
_RELATIVE = re.compile(
    r"(?=[lnptcMTWFStywLNPCY])(?:\b(?:(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?"
    r"(?P<unit>week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b(?!\s+of\s+(?:the\s+)?[A-Z0-9])"  # not "the last week of March"
    r"|\b(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b)"
)
_CAPITAL_AFTER = re.compile(r"[\w,;]\s*$")
"""Before "Last year" or "Today" with a capital: a word, so a name ("USA Today"), not the
opening of a sentence or a quote."""
_IN_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Bb]efore|[Aa]fter|"
    r"[Tt]ill|"
    r"(?P<dir>[Ll]ast|[Nn]ext|[Tt]his)|(?:[Aa]t\s+)?the\s+(?:end|start|beginning|middle)\s+of|"
    r"the\s+(?:first|last|final|second|third|fourth)\s+(?:week|weekend|days?|half)\s+of|"
    r"(?:year|12 months|three months|six months|quarter)\s+(?:to|through|ended|ending)|"
    # "The hearing was set for May"
    r"(?:set|scheduled|planned|slated|due|booked|adjourned|postponed|delayed)\s+(?:until\s+)?for)[\s-]+"
    r"(?P<m4>January|February|March|April|"
    # "before May" the month, not "after May took office" (Theresa May)
    r"(?:(?<!efore )(?<!fter )(?<!ill )May|May(?=\s*(?:[.,;:)]|$)))|"
    r"June|July|August|September|October|November|December)\b(?!\s+\d)"
)
_YEAR_AFTER_MONTH = re.compile(r"\s+(last|next|this)\s+year\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"(?=[wsiapegfdnhucoWSIAPEGFDNHUCO])\b(?:will|shall|is set to|are set to|plans? to|"
    r"expected to|going to|expects?|predicts?|(?<!had been )scheduled|due (?:to|back|in)|"
    # "is opening the door to a cut in May", "paves the way for a vote in June": ahead
    r"(?:opening|opens?) the door to|(?:paving|paves?) the way for|"
    # "the budget, due on Nov. 4,", "is expected on": not "was due on", "had been expected by"
    r"(?:(?<=is )|(?<=are )|(?<=be )|(?<=not ))(?:due|expected) (?:on|by|in|before|until)|"
    # ", due on Nov. 4, could help": an aside before a verb that looks ahead (not ", was paid")
    r"(?<=, )(?:due|expected) (?:on|by)(?=[^,;]{1,30},\s+(?:will|would|(?:is|are) (?:set|expected)"
    r" to)\b)|"
    # "forecast" the verb, not the noun ("cut its forecast in April") or a past form
    r"(?<!its )(?<!the )(?<!had )(?<!has )(?<!their )(?<!a )(?<!latest )(?<!new )(?<!\d )"
    # "cut its sales forecast", "Kasumi's forecast": the noun, not the verb
    r"(?<!sales )(?<!profit )(?<!revenue )(?<!growth )(?<!earnings )(?<!weather )(?<!price )"
    r"(?<!'s )(?<!’s )forecasts?|(?<=\d )forecasts?(?= (?:a|an|the|that)\b)|"
    r"is due|are due|next|chances? of|"
    # "A protest is planned for Saturday", "is considering a race in July", "is guaranteed
    # until October": a plan or a state that runs ahead
    r"(?:(?<=is )|(?<=are ))(?:planned|considering|guaranteed\s+until|valid\s+until))\b",
    re.IGNORECASE,
)
"""What makes a date without a year the next one: "will close in June" (in an April article:
this June, not last year's)."""
_MODAL_BEFORE = re.compile(
    r"\b(?:could|might|would|may|can|must|likely|aims? to|intends? to|hopes? to|upcoming|"
    # "The deadline for applications is March 31": what is still to come
    r"deadlines?\b(?:(?!\b(?:was|were|had|passed|expired)\b)[^.;,]){0,40}\b(?:is|are)|"
    # "If it doesn't rain by April": what is still to come
    r"[Ii]f\s+(?:[\w’'-]+\s+){1,3}(?:does|do|doesn[’']t|don[’']t|is|are|isn[’']t|aren[’']t))\b"
    r"(?!\s+have\s+(?:been|[a-z]+ed|[a-z]+en)\b)"
    r"(?:(?!(?<!\bbe )\b[a-z]{3,}ed\s+(?:on|in|by|at|from|during|last)\b)[^.;,]){0,70}$"
)
"""A modal shortly before a date, in the same phrase, looks ahead too: "could face water cuts
by June", "would have a scan on Monday"; not "may come from a chart shared ... in September"
(too far, another verb) or "would have ended in May"."""
_MODAL_FROM = re.compile(
    r"\b(?:will|would)\s+(?:lower|raise|cut|increase|reduce|rise|fall|change|apply|take effect)\b"
    r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,70}\bfrom\s+$"
)
"""A change a modal announces "from" a day, past a figure's decimal point ("would lower its
rate by 0.25 points from Friday"): the coming day."""
_PLANS_BEFORE = re.compile(
    r"(?<!the )(?<!its )(?<!their )(?<!of )\b(?:plans|plan)\s+(?:an?|its|their)\s[^,;.]{0,40}$"
    r"|\b(?:is|are)\s+planned\s+for\s+$"
)
"""What is planned shortly before the date, in the same phrase."""
_MODAL_PASSIVE_BEFORE = re.compile(
    r"\b(?:could|would|may|might|will|should|must|can)\s+(?:not\s+)?be\s+\w+ed\s*$"
)
"""A modal passive right before "and <participle>" ("could be closed and merged")."""
_NOT_BEFORE = re.compile(
    r"\b(?:unlikely|(?:is|are|was|were)\s+not\s+(?:expected|due|likely)|won[’']t|will\s+not|"
    r"would\s+not|cannot|can[’']t)\b[^.;]{0,40}\bbefore\s+(?:the\s+end\s+of\s+)?$"
)
"""What is not to happen before a month ("unlikely to cut rates again before July")."""
_NAME_AFTER_MONTH = re.compile(r"\s+[A-Z][a-z]")
_BEFORE_AFTER_TILL = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Tt]ill|for)\s+$")
"""What may stand before a month that is a first name: with a capitalised word after it, the
month is one ("arrested after June Carter called them")."""
_RUNS_UNTIL = re.compile(
    r"\b(?:lasts|runs|continues|remains|applies|extends|is valid|are valid|will run|will last)"
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:until|through|till|from)\s+$"
    # "Southvale has until the end of April to pay": a deadline now running
    r"|\b(?:has|have|gets|get|is\s+given|are\s+given|has\s+been\s+given|have\s+been\s+given)"
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:until|till)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$"
)
"""A present state that runs up to the date: the coming one ("lasts through February")."""
_SET_FOR = re.compile(
    r"\b(?:(?:hearing|trial|sentencing|meeting|vote|election|deadline|appointment|date|talks|"
    r"summit|ballot|referendum)\s+(?:for|until)"
    r"|(?:adjourned|postponed|delayed|deferred|rescheduled|set|fixed|scheduled|listed|moved|"
    r"(?<=is )(?:planned|slated)|(?<=are )(?:planned|slated)|"
    r"pushed back|brought forward)\s+"
    r"(?:(?:the|a|an|it|him|her|them|case|trial|hearing|vote|sentencing|talks)\s+){0,2}"
    r"(?:for|until|till|to))\s+(?:(?:on|next)\s+)?$"
)
"""What is set for a date to come: "ordered a hearing for Oct. 14", "adjourned until Monday"."""
_PLAN_PAST = re.compile(r"\bhad\s+(?:been|originally|initially|first)\b[^,;.]{0,15}$")
"""Before what had been set for a date that is past: "had been scheduled for Monday"."""
_SCHEDULE_BEFORE = re.compile(
    # a bare form only after "they"/"we" or a plural name ("Rovers play"), not the noun ("the
    # vote on Sunday", "the visit on Monday")
    r"(?:\b(?:[Tt]hey|[Ww]e|(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|Last|"
    r"Next|Her|On|In|By)\b)[A-Z]\w+|[a-z]{3,}[^s\W]s)\s+"
    r"(?:play|host|face|meet|visit|travel|open|reopen|start|"
    r"begin|resume|return|head|vote|kick off|take on|take effect|come into force|go into effect)"
    r"|\b(?:plays|hosts|faces|meets|visits|travels|opens|reopens|starts|begins|resumes|returns|"
    r"heads|votes|kicks off|takes on|takes effect|comes into force|goes into effect|expires|"
    r"launches|closes|ends|payable)"
    # "The election is on April 28", "The final is on Sunday": a present copula and "on"
    r"|\b(?:is|are)(?=\s+on\s+$)|\b(?:is|are)\s+(?:set|due|scheduled)(?=\s+(?:for|on)\s+$))\b"
    # then at most six words, none of them a past verb ("The heads of the agencies met on")
    r"(?:\s+(?!\w+ed\b|met\b|won\b|lost\b|said\b|was\b|were\b|had\b|did\b|took\b|"
    r"made\b|held\b|left\b|began\b|came\b|went\b)[\w'’&-]+){0,6}\s+(?:on\s+)?$"
)
"""A present tense before a date, which is a schedule: "They play Leeds on Saturday", "The law
takes effect on Jan. 1", "The summit opens in Baku on Nov. 11"."""
_CLAUSE_BREAK = re.compile(
    # ", was approved on Monday": the main clause again after a relative
    r";|,\s+(?:[a-z]+ing|[a-z]+ed|and|but|while|whereas|which|who|although|though|was|were|is|"
    r"are|has|have|had|will|would|could|may|might|can|said|says|told)\b"
    r"|\s(?:and|but)\s+(?:(?:was|were|is|are|has|have|had|said|told|made|paid|held|met|went|"
    r"came|took|gave|left|won|lost|sent|spent|built|began|ran|saw|set|put|cut)\b|[a-z]+ed\b)"
)
"""Where a clause ends inside a sentence, for what looks ahead: "slowed in February,
reinforcing expectations of a cut next month" (February is past)."""
_FRONTED_YEAR = re.compile(
    r"(?:In|By|During|Since|Until|Through|Throughout)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?P<year>" + _YEAR_RE + r")\s*,"
)
"""A year that opens the sentence and dates its months: "In 2021, storage fell ... in March"."""
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+[^,;]{1,25}\s+(?:on|last)\s+$")
"""A level the figure moved from, on a day gone ("up from 55% on Monday")."""
_BRACING_BEFORE = re.compile(r"\b(?:(?:is|are)\s+\w+ing|will|ahead\s+of|before)\b")
"""Before a day's event still to come ("are bracing for Saturday's storm")."""
_NEAR_AHEAD_BEFORE = re.compile(
    r"\b(?:is|are|will\s+be|until|till|through|by|before|payable\s+on|of\s+record\s+on|"
    r"due\s+on|held\s+on|scheduled\s+for|set\s+for|expires\s+on|ends\s+on|closes\s+on|"
    r"opens\s+on|starts\s+on|begins\s+on|runs\s+until|"
    # a present of a schedule ("Voters go to the polls on March 22", "talks resume on")
    r"polls\s+on|(?:vote|votes|meet|meets|resume|resumes|return|returns|open|start|begin)\s+on)\s+$"
)
"""What makes a later day of the month one still to come ("The deadline is March 31",
"until March 16", "of record on March 27")."""
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+(?:at\s+least\s+)?$")
"""Before a day that ends something ("until March 16")."""
_PAST_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|said|told|met|made|took|gave|won|lost|held|left|went|came|"
    r"saw|began|fell|rose|set|put|cut|hit|ran|paid|sold|bought|kept|sank|struck|beat|shot|fled|"
    r"broke|spoke|wrote|drove|flew|sent|spent|built|caught|stole|swept|tore|led|threw|fought|"
    r"stood|sat|ate|drank|sang|swam|froze|grew|knew|blew|drew|hid|bit|rode|rang|sprang|stuck)\b"
)
"""A past verb: a day later in the month in its clause is last year's ("was arrested on March
27", "On March 14, a gunman killed ...")."""
_ASIDE_CLAUSES = re.compile(
    r",?\s+(?:(?:an?|the|one|two|three|a\s+few)\s+(?:\w+\s+)?)?(?:after|before|since|when|because|"
    r"following)\s[^,;]*|\b(?:that|which|who)\s[^,;]*"
)
"""Subordinate and relative clauses, whose past does not date the main clause ("..., a month
after the government collapsed", "talks that collapsed in February")."""


def _told_in_past(text: str) -> bool:
    """Whether the main clause of `text` is told in the simple past (a perfect, a report's
    "said" and subordinate or relative clauses do not count)."""
    main = _ASIDE_CLAUSES.sub(" ", text) if _ASIDE_CLAUSE_WORDS.search(text) else text
    perfect = _PERFECT.search(main)
    for p in _PAST_BEFORE.finditer(main):
        if p.group(0) in _REPORTING_PASTS:
            continue
        if main.endswith(_STATE_BEFORE_PARTICIPLE, 0, p.start()):
            continue  # "The road is closed until March 20": a state now
        if perfect is not None and (
            p.start() < perfect.end()
            and p.start() >= perfect.start()
            or main.endswith(" and ", 0, p.start())
            and p.start() > perfect.end()
        ):
            continue  # "has closed schools until March 16 and banned ...": the perfect
        return True
    return False


_CLOSING_REPORT = re.compile(
    r",\s+(?:[\w’'.-]+\s+){0,6}?(?:said|told|added|reported|announced|confirmed|stated|noted)\b"
    r"[^,;]*$"
)


def _without_closing_report(text: str) -> str:
    """`text` without a closing attribution (", the council said."), whose past tense is the
    report's, not the clause's."""
    closing = _CLOSING_REPORT.search(text)
    return text[: closing.start()] if closing is not None else text


_MORE_PASTS = re.compile(
    r"\b(?:did(?:n[’']t)?|got|became|found|sought|thought|brought)\b", re.IGNORECASE
)
"""Past forms `_PAST_BEFORE` does not hold ("did not arrive", "got worse")."""
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b")
_STATE_BEFORE_PARTICIPLE = (
    "is ",
    "are ",
    "be ",
    "been ",
    "being ",
    "remain ",
    "remains ",
    "stay ",
    "stays ",
    "will be ",
)


_ASIDE_CLAUSE_WORDS = re.compile(
    r"\b(?:after|before|since|when|because|following|that|which|who)\b"
)
_REPORTING_PASTS = frozenset("said told added announced reported confirmed stated noted".split())
"""Past speech verbs, which report now what may be ahead ("The deadline is March 31, it said")."""
_AHEAD_BEFORE = re.compile(
    # "called a strike for Thursday": the day it is called for
    # (not "had been scheduled for Monday": "scheduled" says it, either way)
    r"\b(?:until|till|starting|through|(?<!figures )(?<!data )(?<!results )(?<!scheduled )"
    r"(?<!planned )(?<!set )(?<!slated )for)\s+(?:late\s+|early\s+)?"
    r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+(?:on\s+)?)?$"
)
"""Before a weekday that is still to come: "likely until Saturday"."""
_WITHIN_CLAUSE = (
    r"(?:(?!\b(?:and(?!\s+to\s)|but|after|before|while|when|as|that|which|who|whose|why|"
    r"where|(?:he|she|they|we|it)\s+[a-z]+(?:ed|s)|took|taken|made|seen|broke|broken|signed|"
    r"issued|agreed|rejected|approved|announced|reached|struck)\b)(?:[^.;,]|(?<=\d)[.,](?=\d))){0,70}"
)
"""The rest of an intention's clause before a date: not into a clause of its own ("wants to
revive the deal it rejected on Monday", "the loan he took out in March")."""
_PAST_INTENTION = re.compile(
    r"(?<!had )(?<!had been )\b(?:vowed|pledged|promised|threatened|wanted|sought|agreed|decided|"
    r"voted|"
    # (an act agreed to, not a thing: "agreed to a ceasefire in April" is when it was agreed)
    r"(?:was|were) (?:prepared|ready|poised)) to\b(?!\s+(?:a|an|the|its|their|his|her)\b)"
    + _WITHIN_CLAUSE
    + r"$"
)
_HOPED_OR_INVITED = re.compile(
    r"\b(?:(?<!had )hoped|invited(?:\s+[\w’'-]+){1,3})\s+to\b[^.;]{0,70}$"
)
"""A hope or an invitation ("hoped to conclude a deal before the end of June", "had invited
Prado to visit ... in May"): the month nearest the text, either way."""
_EXPECTED_TO = re.compile(
    r"(?<!had )(?<!have )(?<!has )\bexpected\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+to\b"
    + _WITHIN_CLAUSE
    + r"$"
)
"""A past intention or expectation before a month it was about, which may be just before or
just after the text ("pilots were prepared to strike again in March")."""
_PRESENT_INTENTION = re.compile(
    r"\b(?:(?:vows?|pledges?|promises?|threatens?|wants?|seeks?|(?:is|are|am) (?:prepared|"
    r"ready|poised)) to)\b" + _WITHIN_CLAUSE + r"$"
)
"""A present intention before a date: a coming one ("The union threatens to strike on
Monday")."""
_PLAN_GIVEN_UP = re.compile(
    r"\bhad\s+(?:(?:originally|initially|first)\s+)?(?:been\s+)?(?:(?:originally|initially|"
    r"first)\s+)?(?:scheduled|rescheduled|set|due|listed|planned|slated|expected|supposed|"
    r"meant|booked|timed|postponed|moved|pushed back)\s+(?:to\s+[a-z]+\s+)?(?:for|on|until|to|by)\s+(?:on\s+)?$"
)
"""A plan given up before its date ("had been scheduled for Monday"): the nearest one."""
_CLOCK_UNTIL = re.compile(
    r"\buntil\s+(?:\d{1,2}:\d{2}|midnight|noon)(?:\s+(?:GMT|UTC|local time|[A-Z]{2,4}))?"
    r"\s+(?:on\s+)?$"
)
_PAST_BEFORE_UNTIL = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|stayed|kept|went|ran|held)\b")


def _past_span(text: str, until: re.Match[str]) -> bool:
    """Whether the clause of an "until <clock> on" is in the past ("The polls stayed open until
    midnight on Sunday"), not a span still running ("The offer runs until midnight on Monday")."""
    clause_start = max(text.rfind(",", 0, until.start()), text.rfind(";", 0, until.start()))
    return _PAST_BEFORE_UNTIL.search(text, clause_start + 1, until.start()) is not None


def _nearest(text: str, at: int, months: bool) -> bool:
    """Whether the date at `text[at]` is the one nearest the text, either way: after a plan
    given up, an expectation ("expected the winds to ease by Friday"), a past span's clock end
    ("stayed open until midnight on Sunday"), or (for a month) a past intention."""
    window = max(0, at - 100)
    if _PLAN_GIVEN_UP.search(text, window, at) or _EXPECTED_TO.search(text, window, at):
        return True
    until = _CLOCK_UNTIL.search(text, window, at)
    if until is not None:
        return _past_span(text, until)
    return months and _PAST_INTENTION.search(text, window, at) is not None


_UNANCHORED = re.compile(r"\b(?:the following|the next|the previous|that|the same)\s+$", re.I)
_WEEKDAY_NAMES = frozenset(day.capitalize() for day in _WEEKDAYS)
_NAMED_DAY = re.compile(
    r"\b(?:Sheffield|Black|Good|Super|Ash|Cyber|Holy|Easter|Palm|Bloody|Maundy|Shrove|Whit|"
    r"Giving|Blue|Small Business)\s+$"
)
"""A word that makes a name of the weekday after it ("Sheffield Wednesday", "Black Friday",
"Super Tuesday"); AP style's "President Joe Biden Monday signed" keeps its day."""
_DATE_TRIGGERS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)
_FUTURE_TRIGGERS = frozenset(
    "will shall set plan plans expected going expect expects forecast forecasts predict "
    "predicts scheduled due next aim aims intend intends hope hopes hoped invited if upcoming chance "
    "chances opening opens open paving paves pave planned considering guaranteed valid".split()
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


_NUMERIC_BEFORE = re.compile(r"\b(?:on|since|until|from|before|after|through|dated)\s+$", re.I)
_NUMERIC_NOT_DATE = re.compile(r"\s+(?:of|alert|service|coverage|support|basis|operation)\b")


def _numeric_date(
    m: re.Match[str], text: str, published: dt.date | None, future: bool
) -> str | None:
    """ "on 11/17", "3/3/2024", "17/11/2024": month first (US wire style) unless the first
    number cannot be a month. Without a year, only after "on", "since", "by"...: "3/4 of" is
    a fraction."""
    a, b = int(m.group("na")), int(m.group("nb"))
    month, day = (a, b) if a <= 12 else (b, a)
    year_text = m.group("ny")
    if not year_text and (
        not _NUMERIC_BEFORE.search(text, max(0, m.start() - 10), m.start())
        or _NUMERIC_NOT_DATE.match(text, m.end())  # "2/3 of lawmakers", "24/7 alert"
        or (a, b) in ((9, 11), (24, 7))  # the 2001 attacks, "around the clock"
    ):
        return None
    if year_text:
        return (
            f"{int(year_text):04d}-{month:02d}-{day:02d}"
            if _valid(int(year_text), month, day)
            else None
        )
    if published is None:
        return f"--{month:02d}-{day:02d}" if _valid(2000, month, day) else None
    year = published.year
    if (month, day) > (published.month, published.day) and not future:
        year -= 1
    elif (month, day) < (published.month, published.day) and future:
        year += 1
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


_WEEKDAY_SPAN = re.compile(
    r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\s*(?:through|thru|to|-|–)\s*"
    r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
)
"""A span of weekdays ("Monday through Friday", "Mon-Fri"): a schedule, not a date."""


def _future_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of `text` (start, end) that look ahead ("will", "expected to", "next")."""
    breaks = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for m in _FUTURE.finditer(text):
        i = bisect.bisect_right(breaks, m.start()) - 1  # the clause holding the word
        span = (breaks[i], breaks[min(i + 1, len(breaks) - 1)])
        if m.group(0).lower().startswith(("planned", "consider", "guaranteed", "valid")):
            # "is considering a race in July", not "The report, published in January, is
            # considering": a plan or state looks ahead from where it is said
            span = (m.start(), span[1])
        if not spans or spans[-1] != span:
            spans.append(span)
    return spans


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _opening_year(text: str) -> tuple[int, int] | None:
    """The year opening `text` ("In 2021, ...") and where its clause ends (the first ";")."""
    fronted = _FRONTED_YEAR.match(text)
    if fronted is None:
        return None
    return int(fronted.group("year")), text.find(";") if ";" in text else len(text)


def _dated_by_opening(
    opening: tuple[int, int] | None, future: list[tuple[int, int]], at: int
) -> int | None:
    """The opening year for a date at `text[at]` without one: only in the opening clause, and
    never where the text looks ahead ("In 2021, the firm was founded; it will open its first
    store on March 3")."""
    if opening is None or at >= opening[1] or _in_spans(future, at):
        return None
    return opening[0]


_SAID_ON = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
    r"\b(?:said|told\s+(?:the\s+)?\w+(?:\s+[A-Z]\w*)?|announced|reported|confirmed|added|stated|"
    r"wrote|warned)\s+"
    r"(?:late\s+|early\s+)?on\s+$"
)
"""A report's own day ("it said on Monday"), which is past whatever the report looks to."""


def _looks_ahead(text: str, at: int, future: list[tuple[int, int]]) -> bool:
    """Whether the date at `text[at]` is a coming one: its clause looks ahead, a modal stands
    shortly before it in the same phrase, or it is what something is set for."""
    if _SAID_ON.search(text, max(0, at - 30), at):
        return False  # "will cut 2,300 jobs, it said on Monday": the saying is past
    if _in_spans(future, at):
        return True
    if (" for " in text or " until " in text or " to " in text) and (
        set_for := _SET_FOR.search(text, max(0, at - 50), at)
    ):
        # "The launch had been scheduled for Monday but was postponed": a plan now past
        return not _PLAN_PAST.search(text, max(0, set_for.start() - 25), set_for.start() + 1)
    if _SCHEDULE_BEFORE.search(text, max(0, at - 60), at):
        return True
    if _NOT_BEFORE.search(text, max(0, at - 60), at):
        return True  # "a decision was unlikely before June": the coming June
    if _PLANS_BEFORE.search(text, max(0, at - 50), at):
        return True  # "The union plans a further strike on Aug. 12"
    if _RUNS_UNTIL.search(text, max(0, at - 50), at):
        return True  # "The ban lasts through February", "runs until March": the coming one
    if _PRESENT_INTENTION.search(text, max(0, at - 100), at):
        return True  # "The union threatens to strike on Monday"
    until = _CLOCK_UNTIL.search(text, max(0, at - 40), at)
    if until is not None and not _past_span(text, until):
        return True  # "The offer runs until midnight on Monday"
    if not any(
        w in text
        for w in (
            "ould",
            "may",
            "might",
            "likely",
            " to ",
            "upcoming",
            "If ",
            "if ",
            "can ",
            "must",
            "deadline",
        )
    ):
        return False
    if text.endswith("from ", 0, at) and _MODAL_FROM.search(text, max(0, at - 100), at):
        return True
    # the modal of this clause, not of one before it ("said the dam could fail and evacuated
    # the town in January": the evacuation is past)
    clause_at = max(
        (b.start() for b in _CLAUSE_BREAK.finditer(text, max(0, at - 90), at)), default=0
    )
    if clause_at and _MODAL_PASSIVE_BEFORE.search(text, max(0, clause_at - 60), clause_at):
        clause_at = 0  # "could be closed and merged ... in June": the same modal goes on
    return _MODAL_BEFORE.search(text, max(clause_at, at - 90), at) is not None


_WEEKDAY_WORD = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


_HOLIDAY = re.compile(
    # a day the sentence is on, not a name ("Boxing Day sales", "the Christmas Day Parade")
    r"\b(?:on|since|until|till|by|before|after|over|from)\s+"
    r"(?P<name>Christmas Day|Christmas Eve|Boxing Day|New Year[’']s Day|New Year[’']s Eve)\b"
    r"(?:\s+(?P<year>(?:19|20)\d\d)\b(?![\d,.]\d))?"
    r"(?!\s+(?:of\b|[A-Za-z]))"
)
_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bago\b")
_HOLIDAY_DAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}
"""Holidays on a fixed day ("on Christmas Day"), dated as a day of the month would be."""


def _holidays(
    text: str, published: dt.date | None, future: list[tuple[int, int]], out: list[DateRef]
) -> list[DateRef]:
    """`out` with the fixed-day holidays of `text` dated ("robbed on Christmas Day": the last
    one; "on Christmas Day 2021": that one, instead of the year alone)."""
    future = future or _future_spans(text)
    for m in _HOLIDAY.finditer(text):
        if not m.group("year") and _OTHER_YEAR.search(text):
            continue  # "the 2004 tsunami on Boxing Day", "two years ago": which one is unclear
        month, day = _HOLIDAY_DAYS[m.group("name").lower().replace("’", "'")]
        if m.group("year"):
            year = int(m.group("year"))
        elif published is not None:
            passed = (month, day) <= (published.month, published.day)
            if _looks_ahead(text, m.start("name"), future):
                year = published.year + 1 if passed else published.year  # the next one
            else:
                year = published.year if passed else published.year - 1  # the last one
        else:
            continue
        out = [d for d in out if not (m.start("name") <= d.start and d.end <= m.end())]
        at = m.start("name")
        out.append(DateRef(f"{year:04d}-{month:02d}-{day:02d}", text[at : m.end()], at, m.end()))
    return out


def _find_dates(
    text: str,
    published: dt.date | None,
    words: frozenset[str] | None = None,
    has_digit: bool | None = None,
) -> list[DateRef]:
    """The dates of `text`; `words` (`_word_set(text)`) and `has_digit` (whether it holds a
    digit), when the caller has them, are not computed again."""
    out: list[DateRef] = []
    if words is None:
        words = _word_set(text)
    if has_digit is None:
        has_digit = _HAS_DIGIT.search(text) is not None
    future: list[tuple[int, int]] = []
    if (has_digit or not words.isdisjoint(_DATE_TRIGGERS)) and not words.isdisjoint(
        _FUTURE_TRIGGERS
    ):
        future = _future_spans(text)
    opening = _opening_year(text) if has_digit else None
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
            elif (year_of_text := _dated_by_opening(opening, future, s)) is not None:
                if _valid(year_of_text, month, day):
                    value = f"{year_of_text:04d}-{month:02d}-{day:02d}"
            elif published is not None:
                year = published.year
                ahead = _looks_ahead(text, s, future)
                if not ahead and _nearest(text, s, months=True):
                    # "had been listed for June 3": the June 3 nearest the text, either way
                    distance = (month - published.month) * 31 + day - published.day
                    year += -1 if distance > 183 else 1 if distance < -183 else 0
                elif (
                    (month, day) > (published.month, published.day)
                    and not ahead
                    # a day later in the month, in a clause with no past verb before it ("The
                    # deadline is March 31" in a March 3 article): this year's (news copy
                    # gives the year of a past year's day)
                    # ("has closed schools until March 16": the end of what goes on now; not
                    # "served as mayor until March 15")
                    and not (
                        month == published.month
                        and (
                            _NEAR_AHEAD_BEFORE.search(text, max(0, s - 30), s) is not None
                            or _UNTIL_BEFORE.search(text, 0, s) is not None
                        )
                        and not _told_in_past(text)
                    )
                ):
                    year -= 1
                elif (month, day) < (published.month, published.day) and ahead:
                    year += 1
                if _valid(year, month, day):
                    value = f"{year:04d}-{month:02d}-{day:02d}"
            elif _valid(2000, month, day):
                value = f"--{month:02d}-{day:02d}"
        elif m.group("num"):
            value = _numeric_date(m, text, published, _looks_ahead(text, s, future))
        elif m.group("dash"):
            a, b, year = int(m.group("da")), int(m.group("db")), int(m.group("dy"))
            day, month = (b, a) if b > 12 else (a, b)
            if _valid(year, month, day):
                value = f"{year:04d}-{month:02d}-{day:02d}"
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
            if (
                _YEAR_BEFORE.search(before)
                or _YEAR_AFTER.match(text, e)
                # "a 2023 law", "a 2019 study": one thing of that year, not 2023 laws
                or (_A_BEFORE_YEAR.search(before) and _SINGULAR_AFTER_YEAR.match(text, e))
            ):
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
            if (
                (m.group("dir") or m.group("word") or "")[:1].isupper()
                and m.start() > 0
                and _CAPITAL_AFTER.search(text, max(0, m.start() - 3), m.start())
            ):
                continue  # "USA Today", "The Last Week Tonight": a name
            span = _WEEKDAY_SPAN.search(text, max(0, m.start() - 24), min(len(text), m.end() + 24))
            if span and span.start() <= m.start() and m.end() <= span.end():
                continue  # "Monday through Friday": opening hours, no day in particular
            if not m.group("dir") and _UNANCHORED.search(text, max(0, m.start() - 16), m.start()):
                continue  # "the following Monday": after a day the text does not date
            if (
                not m.group("dir")
                and m.group("unit") in _WEEKDAY_NAMES
                and _NAMED_DAY.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "Sheffield Wednesday", "Black Friday": a name, not a day
            ahead = (
                _looks_ahead(text, m.start(), future)
                or (
                    _AHEAD_BEFORE.search(text, max(0, m.start() - 26), m.start()) is not None
                    # "Turnout for Sunday's referendum was 62%": the day's event, told after
                    # (not "are bracing for Saturday's storm")
                    and not (
                        text.startswith(("'s", "’s"), m.end())
                        and not _BRACING_BEFORE.search(text, 0, m.start())
                    )
                )
            ) and not _UP_FROM_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if (
                (m.group("word") or "").lower() in ("today", "tonight")
                and inside_quotes(text, m.start())
                and _SAID_ON_DAY.search(text, m.end())
            ):
                continue  # '"Today the court agreed," she said on Monday': Monday, dated there
            nearest = not ahead and _nearest(text, m.start(), months=False)
            value = _relative(m, published, ahead, nearest=nearest)
            if value is not None:
                out.append(DateRef(value=value, text=m.group(0), start=m.start(), end=m.end()))
    if published is not None and "ago" in words:
        taken = [(d.start, d.end) for d in out]
        for m in _AGO.finditer(text):
            if not any(m.start() < b and a < m.end() for a, b in taken):
                value = _ago(m, published)
                out.append(DateRef(value=value, text=m.group(0), start=m.start(), end=m.end()))
    if published is not None and not words.isdisjoint(_MONTH_TRIGGERS):
        taken = [(d.start, d.end) for d in out]
        for m in _IN_MONTH.finditer(text):
            s, e = m.start("m4"), m.end("m4")
            if any(s < b and a < e for a, b in taken):
                continue
            if _NAME_AFTER_MONTH.match(text, e) and _BEFORE_AFTER_TILL.search(
                text, max(0, s - 8), s
            ):
                continue  # "arrested after June Carter called them": a first name
            month = _month_number(m.group("m4"))
            year_of_text = _dated_by_opening(opening, future, s)
            if year_of_text is not None:  # "In 2021, storage fell to 26% in March"
                out.append(
                    DateRef(
                        value=f"{year_of_text:04d}-{month:02d}", text=m.group("m4"), start=s, end=e
                    )
                )
                continue
            year = published.year
            direction = (m.group("dir") or "").lower()
            ahead = _looks_ahead(text, s, future)
            if direction == "last" or m.group(0)[:5].lower() == "since":
                ahead = False  # "has threatened to quit twice since December": past
            elif direction == "next":
                ahead = True
            elif (
                not ahead
                and not direction
                and m.group(0)[:3].lower() in ("by ", "bef")
                # the whole clause ("By February, prices had doubled"), but for its report
                # ("should be complete by February, the council said")
                and _PAST_BEFORE.search(own := _without_closing_report(text)) is None
                and _PERFECT.search(own) is None
                and "has " not in own
                and _MORE_PASTS.search(own) is None  # "did not arrive before February"
            ):
                # "Traders price in two cuts by December": a deadline in a clause told in the
                # present is ahead (not "Prices had doubled by December")
                ahead = True
            hoped = _HOPED_OR_INVITED.search(text, max(0, s - 100), s)
            if hoped is not None and direction not in ("last", "next"):
                # "hoped to conclude a deal before the end of June", "invited Prado to visit in
                # May": ahead, unless the month has just gone ("hoped to retire in February")
                ahead = not (published.month - 2 <= month < published.month)
                if not ahead:
                    year = published.year
            nearest_month = (
                not ahead
                and direction != "last"
                and m.group(0)[:5].lower() != "since"
                and _nearest(text, s, months=True)
            )
            if nearest_month:
                # "were prepared to strike in March": the March nearest the text, either way
                distance = month - published.month
                year += -1 if distance > 6 else 1 if distance < -6 else 0
            elif month > published.month and not ahead:
                year -= 1  # "in May" in a December article: this year's May, already past
            elif month < published.month and ahead:
                year += 1  # "expect a cut in June" in December: next June
            relative_year = _YEAR_AFTER_MONTH.match(text, e)
            if relative_year is not None:  # "June last year", "in March next year"
                year = (
                    published.year
                    + {"last": -1, "next": 1, "this": 0}[relative_year.group(1).lower()]
                )
                out.append(
                    DateRef(value=f"{year:04d}-{month:02d}", text=m.group("m4"), start=s, end=e)
                )
                continue
            if direction == "last" and month == published.month:
                year -= 1
            elif direction == "next" and month == published.month:
                year += 1
            elif direction == "this":
                year = published.year  # "this June"
            out.append(DateRef(value=f"{year:04d}-{month:02d}", text=m.group("m4"), start=s, end=e))
            # "in January, February and March": each month of the list
            listed = _LISTED_MONTH.match(text, e)
            while listed is not None:
                later = _month_number(listed.group(1))
                later_year = year + 1 if later < month else year
                out.append(
                    DateRef(
                        value=f"{later_year:04d}-{later:02d}",
                        text=listed.group(1),
                        start=listed.start(1),
                        end=listed.end(1),
                    )
                )
                listed = _LISTED_MONTH.match(text, listed.end(1))
    if "Christmas" in text or "Boxing Day" in text or "New Year" in text:
        out = _holidays(text, published, future, out)
    out.sort(key=lambda d: d.start)
    if len(out) > 1:
        # "next Thursday, Nov. 7", "said on Monday, May 13": the date written out says which
        # day (the weekday keeps it, for a claim that ends before the written date)
        out = [
            DateRef(after.value, d.text, d.start, d.end)
            if (
                after is not None
                and text[d.end : after.start] in (", ", " ")
                and len(after.value) == 10
                and _WEEKDAY_WORD.search(d.text) is not None
                and _WEEKDAY_WORD.search(after.text) is None
            )
            else d
            for d, after in zip(out, [*out[1:], None], strict=True)
        ]
    return out


_AGO_COUNTS = {"a": 1, "an": 1} | {w: n for w, n in _UNITS_WORDS.items() if 1 <= n <= 12}
"""Counts of a time counted back ("a year ago", "twelve days ago")."""
_AGO = re.compile(
    r"(?<![\d,.])\b(?P<n>\d{1,3}|" + "|".join(_AGO_COUNTS) + r")\s+"
    r"(?P<unit>day|week|month|year|decade)s?\s+ago\b",
    re.IGNORECASE,
)
"""A time counted back from the publication date: "two years ago", "a decade ago"."""


_SAID_ON_DAY = re.compile(
    r"[”\"],?\s+[^“”\"]{0,80}?\b(?:said|says|told|wrote|added|posted)\b[^“”\"]{0,60}?\bon\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
"""A quote's closing attribution that dates it ('," X said in a statement on Monday')."""


def _ago(m: re.Match[str], published: dt.date) -> str:
    """The date, week, month or year `m` ("three weeks ago") counts back to."""
    word = m.group("n").lower()
    count = int(word) if word.isdigit() else _AGO_COUNTS[word]
    unit = m.group("unit").lower()
    if unit == "day":
        return (published - dt.timedelta(days=count)).isoformat()
    if unit == "week":
        year, week, _ = (published - dt.timedelta(weeks=count)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        months = published.year * 12 + published.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{published.year - count * (10 if unit == 'decade' else 1):04d}"


def _relative(
    m: re.Match[str], published: dt.date, future: bool, nearest: bool = False
) -> str | None:
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
        if nearest and step == 0 and 7 - delta < delta:
            future = True  # the coming one is nearer than the last one
        if step == 1 or (future and step == 0):
            # "on Wednesday" looking ahead in a Wednesday article is that day; "next" is not
            ahead = (_WEEKDAYS[unit] - published.weekday()) % 7
            if step == 1 and ahead == 0:
                ahead = 7
            return (published + dt.timedelta(days=ahead)).isoformat()
        if step == -1 and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat()
    if not direction:
        return None  # "week", "month" alone are not dates
    if direction == "past" and unit in ("year", "month", "week"):
        return None  # "in the past year": the twelve months to now, no calendar year
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
