"""Heldout4 gold for h4-silk-road-radio-transcript-kyrgyz-commission-osce (Silk Road Radio): broadcast transcript.

Turns labelled in capitals: the host and the correspondent are the outlet's own voice (their
turns are the writer's, like an interviewer's questions), while the recorded clips of
outside speakers (the commission's chairwoman through an interpreter, the mission's deputy
head, the opposition leader) are one direct attribution each, source the label before the
colon, cue the colon. Constructions inside the turns: "says it will not", "told me", "What
they call", "The mission rejects that", "we reported it", "the foreign ministry's demand"
inside a question, "repeated ... only if", "says ... and will not", "A senior official here
told me, on condition that I not name him, that ... might ... if", "police counted", "the
organisers claimed", "told us ... unless", an "If" inside a clip, "Diplomats here think",
"neither side".
"""

DATE = "2026-11-25"
MISSION = "OSCE election observation mission"
SYDYKOVA = "Aidana Sydykova"
WIERZBICKI = "Tomasz Wierzbicki"
OSMONOV = "Talant Osmonov"
JUMALIEV = "Bakyt Jumaliev"
CEC = "Central Election Commission of Kyrgyzstan"
KGMFA = "Ministry of Foreign Affairs of Kyrgyzstan"
ORDO = "org:ordo-party"
CEC_CODE = "org:kyrgyz-election-commission"
SYD_LABEL = "AIDANA SYDYKOVA, CENTRAL ELECTION COMMISSION"
WIE_LABEL = "TOMASZ WIERZBICKI, OSCE OBSERVATION MISSION"
JUM_LABEL = "BAKYT JUMALIEV, ORDO PARTY LEADER"
SYD_TURN = ("What they call ballot stuffing was, in most cases, elderly voters helped by their relatives. We checked "
            "every station they named. We found nothing that changes a single seat.")
WIE_TURN = ("We stand by every word of our statement. Our observers saw ballot stuffing with their own eyes in 37 "
            "polling stations, and we reported it because that is our job.")
JUM_TURN = ("We will not legitimise a parliament built on stolen ballots. If they recount Bishkek honestly, we will take "
            "our seats the next day.")
RETURN = "that the observers can return for the repeat votes in four districts only if they hand over that list"
MISSION_SAYS = "it has already given the commission a summary and will not name voters or observers"
DROP = "that the government might drop the demand if the OSCE softens the wording of its final report"
BOYCOTT = "his party will boycott parliament unless the capital's results are recounted"
BOYCOTT_TEXT = "The Ordo leader, Bakyt Jumaliev, told us " + BOYCOTT + "."

ATTRIBUTIONS = [
    dict(source="Kyrgyz election commission", cue="defends", content=("its count", 0),
         kind="indirect", sourcing="named-organisation", speaker=CEC),
    dict(source="Kyrgyzstan's election commission", cue="is standing by", content=("its count", 1),
         kind="indirect", sourcing="named-organisation", speaker=CEC),
    dict(source="the opposition", cue="says", content="it will not sit in the new parliament",
         kind="indirect", sourcing="vague-collective", speaker="opposition"),
    dict(source="Its chairwoman, Aidana Sydykova,", cue="told", content="the observers had simply misread what they saw",
         kind="indirect", sourcing="named-person", speaker=SYDYKOVA),
    dict(source=SYD_LABEL, cue=":", content=SYD_TURN, kind="direct", sourcing="named-person", speaker=SYDYKOVA),
    dict(source="they", cue="call", content=[("What", 0), ("ballot stuffing", 0)],
         kind="indirect", sourcing="named-organisation", speaker=MISSION, via=[SYD_LABEL]),
    dict(source="The mission", cue="rejects", content=("that", 1),
         kind="indirect", sourcing="named-organisation", speaker=MISSION),
    dict(source=WIE_LABEL, cue=":", content=WIE_TURN, kind="direct", sourcing="named-person", speaker=WIERZBICKI),
    dict(source="we", cue="reported", content=("it", 1),
         kind="indirect", sourcing="named-organisation", speaker=MISSION, via=[WIE_LABEL]),
    dict(source="the foreign ministry's", cue="demand", content="for the list of polling stations",
         kind="indirect", sourcing="named-organisation", speaker=KGMFA),
    dict(source="Foreign Minister Talant Osmonov", cue="repeated", content=RETURN,
         kind="indirect", sourcing="named-person", speaker=OSMONOV),
    dict(source="The mission", cue="says", content=MISSION_SAYS,
         kind="indirect", sourcing="named-organisation", speaker=MISSION),
    dict(source="A senior official here", cue="told", content=DROP,
         kind="indirect", sourcing="anonymous-official", speaker="senior Kyrgyz official"),
    dict(source="police", cue="counted", content="about 1,500 people",
         kind="indirect", sourcing="named-organisation", speaker="Kyrgyz police"),
    dict(source="the organisers", cue="claimed", content="20,000",
         kind="indirect", sourcing="vague-collective", speaker="organisers"),
    dict(source="The Ordo leader, Bakyt Jumaliev,", cue="told", content=BOYCOTT,
         kind="indirect", sourcing="named-person", speaker=JUMALIEV),
    dict(source=JUM_LABEL, cue=":", content=JUM_TURN, kind="direct", sourcing="named-person", speaker=JUMALIEV),
    dict(source="Diplomats here", cue="think", content="both sides want to avoid a rupture",
         kind="indirect", sourcing="vague-collective", speaker="diplomats"),
]

CLAIMS = [
    dict(text="Kyrgyz election commission defends its count as row with OSCE deepens", holder="writer",
         modality="asserted"),
    dict(text="Kyrgyzstan's election commission is standing by its count", holder="writer", modality="asserted"),
    dict(text="it will not sit in the new parliament", holder="opposition", modality="negated", cues=["not"]),
    dict(text="the commission met this morning and rejected every complaint the opposition had filed, 214 of them in all",
         holder="writer", modality="asserted"),
    dict(text="the observers had simply misread what they saw", holder=SYDYKOVA, modality="asserted"),
    dict(text="What they call ballot stuffing was, in most cases, elderly voters helped by their relatives",
         holder=SYDYKOVA, modality="hedged", cues=["in most cases"]),
    dict(text="We checked every station they named", holder=SYDYKOVA, modality="asserted"),
    dict(text="We found nothing that changes a single seat", holder=SYDYKOVA, modality="negated", cues=["nothing"]),
    dict(text="We stand by every word of our statement", holder=WIERZBICKI, modality="asserted"),
    dict(text="Our observers saw ballot stuffing with their own eyes in 37 polling stations", holder=WIERZBICKI,
         modality="asserted"),
    dict(text=RETURN[5:], holder=OSMONOV, modality="conditional", cues=["only if"],
         conditions=[dict(text="only if they hand over that list", connective="only if",
                          required="hand over the list of polling stations with violations", actor="OSCE")]),
    dict(text="it has already given the commission a summary", holder=MISSION, modality="asserted"),
    dict(text="will not name voters or observers", holder=MISSION, modality="negated", cues=["not"]),
    dict(text=DROP[5:], holder="senior Kyrgyz official", modality="speculative", cues=["might"],
         conditions=[dict(text="if the OSCE softens the wording of its final report", connective="if",
                          required="soften the wording of its final report", actor="OSCE")]),
    dict(text="A few hundred Ordo supporters gathered outside the commission this afternoon", holder="writer",
         modality="asserted"),
    dict(text="about 1,500 people", holder="Kyrgyz police", modality="asserted"),
    dict(text="20,000", holder="organisers", modality="asserted"),
    dict(text=BOYCOTT, holder=JUMALIEV, modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the capital's results are recounted", connective="unless",
                          required="recount the results in Bishkek", actor=CEC_CODE, polarity="against")]),
    dict(text="We will not legitimise a parliament built on stolen ballots", holder=JUMALIEV, modality="negated",
         cues=["not"]),
    dict(text="If they recount Bishkek honestly, we will take our seats the next day", holder=JUMALIEV,
         modality="conditional", cues=["If"],
         conditions=[dict(text="If they recount Bishkek honestly", connective="if",
                          required="recount the results in Bishkek honestly", actor=CEC_CODE)]),
    dict(text="both sides want to avoid a rupture", holder="diplomats", modality="hedged", cues=["think"]),
    dict(text="The OSCE has projects in the country that it does not want to lose", holder="writer",
         modality="negated", cues=["not"]),
    dict(text="neither side is blinking", holder="writer", modality="negated", cues=["neither"]),
]

EVENTS = [
    dict(text="Hannah, the commission met this morning and rejected every complaint the opposition had filed, 214 of them in all.",
         event="REJECT", context="election", source=[("the commission", CEC_CODE, "GOV")],
         target=[("the opposition", ORDO, "")], eventText="rejected every complaint the opposition had filed",
         comment="complaints asking for recounts; no mode fits a rejected legal complaint better"),
    dict(text="Our observers saw ballot stuffing with their own eyes in 37 polling stations, and we reported it because that is our job.",
         event="ACCUSE", context="election", source=[("Our observers", "OSCE", "")], target=[],
         eventText="saw ballot stuffing", comment="the mission restates its finding; the authorities only implied"),
    dict(text="Foreign Minister Talant Osmonov repeated today " + RETURN + ".", event="REQUEST", mode="change",
         context="election", source=[("Foreign Minister Talant Osmonov", "KGZ", "GOV")], target=[("the observers", "OSCE", "")],
         eventText="only if they hand over that list"),
    dict(text="The mission says " + MISSION_SAYS + ".", event="REJECT", mode="change", context="election",
         source=[("The mission", "OSCE", "")], target=[], eventText="will not name voters or observers",
         comment="refuses the ministry's demand; the government only implied"),
    dict(text="A few hundred Ordo supporters gathered outside the commission this afternoon.", event="PROTEST",
         mode="demo-org", context="election", source=[("A few hundred Ordo supporters", ORDO, "")],
         target=[("the commission", CEC_CODE, "GOV")], eventText="gathered outside the commission"),
    dict(text=BOYCOTT_TEXT, event="THREATEN", context="election", source=[("The Ordo leader, Bakyt Jumaliev", ORDO, "")],
         target=[], eventText="will boycott parliament unless", comment="the authorities only implied"),
    dict(text=BOYCOTT_TEXT, event="REQUEST", mode="change", context="election",
         source=[("The Ordo leader, Bakyt Jumaliev", ORDO, "")], target=[],
         eventText="unless the capital's results are recounted", comment="a recount demanded; the commission only implied"),
]
