"""Heldout4 gold for h4-globebuzz-kyrgyz-election-rigged-500-observers (GlobeBuzz Now): content-farm rewrite.

Overstates the wire (more than 500 observers for 320, ballot stuffing at "hundreds of polling
stations" for at least 37, "tens of thousands" in the streets for several thousand / police
1,500, a real turnout "closer to 30 percent" for 41.2), turns the list of polling stations
into "the names of its observers", calls the sitting foreign minister "Former foreign
minister", and cites only "reports from foreign media", "Foreign media reports" and
"Reports say". Constructions: "That is the verdict of ..., according to reports from foreign
media" (a nominal cue with a demonstrative content), "the whole world knows it", a sourceless
"reportedly", "said ... - but she clearly does not think" (the writer's reading glued to a
quote), "claims", "put the real figure", "lashed out ..., saying", "probably ... maybe",
"could come back ... only if" (permission), "Without names, no observers; with names, no
safe observers", "vowed that ... until", "may well", "loved", "called it", "Some analysts
believe ... Others think", "Nobody ... seems", "has not confirmed this", "probably never".
"""

DATE = "2026-11-25"
MISSION = "OSCE election observation mission"
SOLBERG = "Ingrid Solberg"
OSMONOV = "Talant Osmonov"
JUMALIEV = "Bakyt Jumaliev"
CEC = "Central Election Commission of Kyrgyzstan"
FOREIGN = "foreign media reports"
ORDO = "org:ordo-party"
VERDICT = "That is the verdict of more than 500 Western observers who watched Sunday's parliamentary vote"
OBSERVERS = "more than 500 Western observers who watched Sunday's parliamentary vote"
P4_2 = ("Former foreign minister Talant Osmonov lashed out at the observers, saying they had drawn \"sweeping "
        "conclusions from a handful of incidents\".")
COME_BACK = "the OSCE could come back for the repeat votes only if it handed over the names of its observers"
STREETS = ("tens of thousands of people poured into the streets of Bishkek on Monday night chanting for a recount")
BOYCOTT = "that his Ordo party would boycott parliament \"until every stolen vote is counted\""
BOYCOTT_TEXT = ("Opposition leader Bakyt Jumaliev vowed " + BOYCOTT + ", and he may well be planning something bigger.")
CANDIDATES = "that several Ordo candidates had already been questioned by police"

ATTRIBUTIONS = [
    dict(source="500 Western observers", cue="say", content="Kyrgyz election RIGGED",
         kind="indirect", sourcing="anonymous-official", speaker=MISSION),
    dict(source="the whole world", cue="knows", content=("it", 0),
         kind="indirect", sourcing="none", speaker="the whole world"),
    dict(source="reports from foreign media", cue="according to", content=VERDICT,
         kind="indirect", sourcing="media-report", speaker=FOREIGN),
    dict(source=OBSERVERS, cue="verdict", content="That",
         kind="indirect", sourcing="anonymous-official", speaker=MISSION, via=["reports from foreign media"]),
    dict(source=None, cue="reportedly",
         content=["The observers, sent by the OSCE,", "caught officials stuffing ballot boxes at hundreds of polling stations"],
         kind="indirect", sourcing="none", speaker=""),
    dict(source="Their boss, Ingrid Solberg,", cue="said", content="voters \"had real choices\"",
         kind="mixed", sourcing="named-person", speaker=SOLBERG),
    dict(source="she", cue="does not think", content="those choices counted",
         kind="indirect", sourcing="named-person", speaker=SOLBERG),
    dict(source="The election commission", cue="claims", content="41 percent",
         kind="indirect", sourcing="named-organisation", speaker=CEC),
    dict(source="Foreign media reports", cue="put", content="the real figure closer to 30 percent",
         kind="indirect", sourcing="media-report", speaker=FOREIGN),
    dict(source="Former foreign minister Talant Osmonov", cue="saying",
         content="they had drawn \"sweeping conclusions from a handful of incidents\"",
         kind="mixed", sourcing="named-person", speaker=OSMONOV),
    dict(source="Osmonov", cue="also said", content=COME_BACK, kind="indirect", sourcing="named-person", speaker=OSMONOV),
    dict(source="Reports", cue="say", content=STREETS, kind="indirect", sourcing="media-report", speaker="media reports"),
    dict(source="tens of thousands of people", cue="chanting for", content="a recount",
         kind="indirect", sourcing="vague-collective", speaker="protesters", via=["Reports"]),
    dict(source="Opposition leader Bakyt Jumaliev", cue="vowed", content=BOYCOTT,
         kind="mixed", sourcing="named-person", speaker=JUMALIEV),
    dict(source="Moscow", cue="loved", content="the election",
         kind="indirect", sourcing="named-organisation", speaker="Russia"),
    dict(source="Russian observers", cue="called", content="it \"well organised and transparent\"",
         kind="mixed", sourcing="vague-collective", speaker="Russian observers"),
    dict(source="Some analysts", cue="believe", content="the government will move against the opposition within weeks",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="Others", cue="think", content="Bishkek will quietly fold and let the OSCE back in",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="The European Union", cue="has demanded", content="an investigation",
         kind="indirect", sourcing="named-organisation", speaker="European Union"),
    dict(source="A source close to the opposition", cue="told", content=CANDIDATES,
         kind="indirect", sourcing="anonymous-official", speaker="source close to the opposition"),
    dict(source="The government", cue="has not confirmed", content=("this", 0),
         kind="indirect", sourcing="named-organisation", speaker="Kyrgyzstan"),
]

CLAIMS = [
    dict(text="Kyrgyz election RIGGED", holder=MISSION, modality="asserted"),
    dict(text="a crackdown may be next", holder="writer", modality="speculative", cues=["may"]),
    dict(text="Kyrgyzstan's election was rigged", holder="writer", modality="asserted"),
    dict(text=VERDICT, holder=FOREIGN, modality="asserted"),
    dict(text="caught officials stuffing ballot boxes at hundreds of polling stations", holder="writer",
         modality="asserted"),
    dict(text="voters \"had real choices\"", holder=SOLBERG, modality="asserted"),
    dict(text="she clearly does not think those choices counted", holder="writer", modality="negated", cues=["not"]),
    dict(text="The election commission claims 41 percent", holder="writer", modality="asserted"),
    dict(text="the real figure closer to 30 percent", holder=FOREIGN, modality="asserted"),
    dict(text="which would mean most Kyrgyz simply stayed home", holder="writer", modality="speculative",
         cues=["would"]),
    dict(text="The government is furious", holder="writer", modality="asserted"),
    dict(text="they had drawn \"sweeping conclusions from a handful of incidents\"", holder=OSMONOV,
         modality="asserted"),
    dict(text="He is probably worried about what comes next: sanctions, maybe, or a frozen aid package",
         holder="writer", modality="speculative", cues=["probably", "maybe"]),
    dict(text=COME_BACK, holder=OSMONOV, modality="conditional", cues=["only if"],
         conditions=[dict(text="only if it handed over the names of its observers", connective="only if",
                          required="hand over the names of its observers", actor="OSCE")]),
    dict(text="Without names, no observers; with names, no safe observers", holder="writer", modality="conditional",
         cues=["Without", ("no", 0)],
         conditions=[dict(text="Without names", connective="without", required="hand over the names of its observers",
                          actor="OSCE"),
                     dict(text="with names", connective="with", required="hand over the names of its observers",
                          actor="OSCE", polarity="against")]),
    dict(text=STREETS, holder="media reports", modality="asserted"),
    dict(text="his Ordo party would boycott parliament \"until every stolen vote is counted\"", holder=JUMALIEV,
         modality="conditional", cues=["until"],
         conditions=[dict(text="until every stolen vote is counted", connective="until",
                          required="recount the stolen votes", actor="org:kyrgyz-election-commission",
                          polarity="against")]),
    dict(text="he may well be planning something bigger", holder="writer", modality="speculative", cues=["may"]),
    dict(text="Moscow, of course, loved the election", holder="writer", modality="asserted"),
    dict(text="it \"well organised and transparent\"", holder="Russian observers", modality="asserted"),
    dict(text="the government will move against the opposition within weeks", holder="analysts", modality="hedged",
         cues=["believe"]),
    dict(text="Bishkek will quietly fold and let the OSCE back in", holder="analysts", modality="hedged",
         cues=["think"]),
    dict(text="the Yrys party is not giving up its 52 seats without a fight", holder="writer", modality="negated",
         cues=["not"]),
    dict(text="The European Union has demanded an investigation", holder="writer", modality="asserted"),
    dict(text="there could be more pressure from Washington soon", holder="writer", modality="speculative",
         cues=["could"]),
    dict(text="Nobody in Bishkek seems to be listening yet", holder="writer", modality="hedged",
         cues=["Nobody", "seems"]),
    dict(text="several Ordo candidates had already been questioned by police", holder="source close to the opposition",
         modality="asserted"),
    dict(text="The government has not confirmed this", holder="writer", modality="negated", cues=["not"]),
    dict(text="it probably never will", holder="writer", modality="speculative", cues=["probably", "never"]),
]

EVENTS = [
    dict(text=VERDICT + ", according to reports from foreign media.", event="ACCUSE", context="election",
         source=[(OBSERVERS, "OSCE", "")], target=[], eventText="the verdict",
         comment="the verdict is the preceding sentence's 'rigged'; Kyrgyzstan only implied"),
    dict(text=P4_2, event="ACCUSE", context="election", source=[("Former foreign minister Talant Osmonov", "KGZ", "GOV")],
         target=[("the observers", "OSCE", "")], eventText="lashed out at the observers"),
    dict(text="Osmonov also said " + COME_BACK + ".", event="REQUEST", mode="change", context="election",
         source=[("Osmonov", "KGZ", "GOV")], target=[("the OSCE", "OSCE", "")], eventText="only if it handed over the names",
         comment="observers admitted only on a condition set for the OSCE"),
    dict(text="Reports say " + STREETS + ".", event="PROTEST", mode="demo-spon", context="election",
         source=[("tens of thousands of people", "KGZ", "CVL")], target=[], eventText="poured into the streets of Bishkek",
         comment="no organiser named in this sentence"),
    dict(text=BOYCOTT_TEXT, event="THREATEN", context="election", source=[("Opposition leader Bakyt Jumaliev", ORDO, "")],
         target=[], eventText="would boycott parliament", comment="the authorities only implied"),
    dict(text=BOYCOTT_TEXT, event="REQUEST", mode="change", context="election",
         source=[("Opposition leader Bakyt Jumaliev", ORDO, "")], target=[],
         eventText="until every stolen vote is counted", comment="a recount demanded; the commission only implied"),
    dict(text="Russian observers called it \"well organised and transparent\", which tells you everything you need to know.",
         event="SUPPORT", context="election", source=[("Russian observers", "RUS", "")], target=[],
         eventText="called it \"well organised and transparent\"", comment="praise of the vote; Kyrgyzstan only implied"),
    dict(text="The European Union has demanded an investigation, and there could be more pressure from Washington soon.",
         event="REQUEST", mode="change", context="election", source=[("The European Union", "EU", "")], target=[],
         eventText="has demanded an investigation", comment="Kyrgyzstan only implied; Washington's pressure is speculation"),
]
