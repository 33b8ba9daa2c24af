"""Common given names and the pronoun news copy uses for their bearers, so that "she" after
"Coach Anna Berg praised striker Tom Ried" means Anna Berg. A name not listed tells nothing."""

from __future__ import annotations

FEMALE = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
    maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
    evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
    frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    hillary kamala nikki nancy ursula angela christine theresa giorgia marine ségolène
    annalena ilse kaja jacinda sanna mette magdalena ewa beata agnieszka katarzyna olena
    yulia iryna tetiana svetlana natalia elena irina olga tatiana ana sofia lucia carmen
    isabel marta ines claudia francesca chiara giulia valentina sabine petra ingrid astrid
    birgit heidi anke katrin lena lina nina mia zoe chloe lucy ella amelia ava harper layla
    fatima aisha leila yasmin priya sunita indira aung kim mei ling yuki keiko akiko
    jane jill kate liz sue meg beth annie molly katie ellie abby becky cathy debbie marjorie
    alexandria ilhan rashida ayanna pramila margarethe fiona siobhan niamh aoife sinead bridget
    eileen maureen gillian alison joanna harriet imogen rosie jess jessie gemma kirsty nadia
    tanya vera galina ludmila oksana anastasia ekaterina yekaterina marina daria julia camille
    chantal brigitte sylvie isabelle nathalie angelika monika gudrun greta frida elsa linnea
    maja rosa pilar dolores mercedes paola alessandra federica elisa silvia anjali deepa
    kavita lakshmi neha pooja shreya mariam zainab hana sakura yoko naomi liesl gertrud
    ursula""".split()
)
MALE = (
    frozenset(
        """james robert john michael david william richard joseph thomas christopher charles
    daniel matthew anthony mark donald steven andrew paul joshua kenneth kevin brian george
    timothy ronald jason edward jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis
    jerry tyler aaron jose adam nathan henry zachary douglas peter kyle noah ethan jeremy
    walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence
    jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne
    randy vincent mason roy ralph bobby russell bradley philip eugene barack joe kamal
    vladimir volodymyr dmitry sergei sergey oleksandr olaf emmanuel rishi keir boris tony
    gordon nicolas francois jacques giuseppe mario matteo sergio pedro pablo carlos luis
    javier miguel antonio manuel jorge andrzej donald mateusz jan petr pavel andrej viktor
    recep tayyip kemal benjamin yair mohammed muhammad ahmed ali hassan omar xi li narendra
    shinzo fumio yoon lula jair javier gustavo andres nayib erling cristiano lionel kylian
    harry kane mohamed tom ollie phil reece marcus luka thiago bruno diego fabio jens fredrik
    lars olaf hans klaus jurgen friedrich wolfgang heinz dieter stefan markus tobias lukas
    mike jim bob bill dave steve nick rick ben max matt dan ron don ted fred ed greg jeff andy
    pete rob tim ken luke oliver ian neil colin graham nigel simon martin hugh rory liam conor
    declan kieran gareth rhys owen evan ivan igor dmitri alexei andrei mikhail yuri oleksiy
    mykola taras pierre louis michel giovanni marco luca paolo derek anand rahul amit sanjay
    vijay ravi arjun raj rajesh hiroshi takeshi kenji abdullah ibrahim mahmoud khalid yusuf
    hussein erik sven anders glen glenn chris""".split()
    )
    - FEMALE
)
"""Names listed under both (none on purpose) would tell nothing; "jordan", "jan", "kim" may be
either in some countries and are kept to the commoner use in English-language wire copy."""


def gender(name: str) -> str | None:
    """ "f", "m" or None (unknown) for a full name, from its first given name (titles before
    it are passed over: "Coach Anna Berg")."""
    for word in name.lower().split():
        if word.endswith(".") or word in _TITLES:
            continue
        if word in FEMALE:
            return "f"
        if word in MALE:
            return "m"
        return None  # only the first given name tells: "Ilhan Omar" is not told by "Omar"
    return None


_TITLES = frozenset(
    "president prime minister senator sen rep representative gov governor mayor coach "
    "speaker judge justice chief general gen dr mr mrs ms miss sir dame lord lady king queen "
    "prince princess pope secretary chancellor premier ambassador detective inspector "
    "officer sergeant captain commander colonel admiral lieutenant professor prof senior "
    "former deputy vice acting interim foreign defence defense finance interior health "
    "opposition leader striker midfielder defender goalkeeper forward manager chairman "
    "chairwoman ceo founder spokesperson spokesman spokeswoman adviser advisor councillor "
    "councilor cllr alderman sheriff marshal constable bishop archbishop cardinal rabbi imam "
    "pastor dean provost engr engineer comrade alhaji alhaja barrister honourable".split()
)
"""Words before a given name that tell nothing about who bears it."""
