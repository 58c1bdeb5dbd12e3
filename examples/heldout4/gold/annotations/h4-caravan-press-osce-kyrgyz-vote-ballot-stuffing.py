"""Heldout4 gold for h4-caravan-press-osce-kyrgyz-vote-ballot-stuffing (Caravan Press): wire report.

Constructions: a headline with two attributions ("say", "calls ... biased"), a lead whose
source comes last and is followed by "a finding the ... government rejected as biased", a
source with a relative clause ("The OSCE mission, which deployed ..."), "told a news
conference", "said ... and that", a mixed quote, "accused ... of", "summoned ... to protest",
"only if", "would share ... but would not disclose", "demanding a recount", "Police put the
crowd at", "would not ... unless", "urged ... the irregularities the observers reported"
(a nested relative attribution), "unlikely to", an anonymous diplomat.
"""

DATE = "2026-11-24"
MISSION = "OSCE election observation mission"
SOLBERG = "Ingrid Solberg"
SYDYKOVA = "Aidana Sydykova"
OSMONOV = "Talant Osmonov"
JUMALIEV = "Bakyt Jumaliev"
CEC = "Central Election Commission of Kyrgyzstan"
RUMFA = "Ministry of Foreign Affairs of Russia"
DIPLOMAT = "Western diplomat"
ORDO = "org:ordo-party"
LEAD_CONTENT = "Kyrgyzstan's parliamentary election on Sunday was competitive but marred by vote buying and ballot stuffing"
LEAD = ("BISHKEK — " + LEAD_CONTENT + ", observers from the Organization for Security and Co-operation in Europe "
        "said on Monday, a finding the Kyrgyz government rejected as biased.")
P4_1 = ("Foreign Minister Talant Osmonov said on Tuesday that the observers had drawn \"sweeping conclusions from a "
        "handful of incidents\" and accused the mission of interfering in Kyrgyzstan's internal affairs.")
WELCOME = ("OSCE observers would be welcome at the repeat votes planned in four districts only if the mission gave the "
           "commission its list of the polling stations where it had seen violations")
SOLBERG_CONTENT = ("the mission would share its findings with the authorities but would not disclose \"anything that "
                   "could expose our observers or the voters who spoke to them\"")
JUMALIEV_CONTENT = "Ordo would not take up its seats unless the results in the capital were recounted"
EU_TEXT = "The European Union urged the authorities to investigate the irregularities the observers reported."
RU_SRC = "Russia's foreign ministry, which sent its own observers through the Commonwealth of Independent States,"
DIPLO_SRC = "A Western diplomat in Bishkek, speaking on condition of anonymity,"

ATTRIBUTIONS = [
    dict(source="OSCE observers", cue="say", content="Kyrgyz vote was marred by ballot stuffing",
         kind="indirect", sourcing="named-organisation", speaker=MISSION),
    dict(source="Bishkek", cue="calls", content="their report biased",
         kind="indirect", sourcing="named-organisation", speaker="Kyrgyzstan"),
    dict(source="observers from the Organization for Security and Co-operation in Europe", cue="said",
         content=LEAD_CONTENT, kind="indirect", sourcing="named-organisation", speaker=MISSION),
    dict(source="the Kyrgyz government", cue="rejected", content="a finding",
         kind="indirect", sourcing="named-organisation", speaker="Kyrgyzstan"),
    dict(source="The OSCE mission, which deployed 320 observers from 38 countries,", cue="said",
         content="that it had seen ballot stuffing in at least 37 of the roughly 900 polling stations it visited",
         kind="indirect", sourcing="named-organisation", speaker=MISSION),
    dict(source="the head of the mission, Ingrid Solberg,", cue="told",
         content="\"Voters had real choices, but on election day those choices were not always respected,\"",
         kind="direct", sourcing="named-person", speaker=SOLBERG),
    dict(source="The Central Election Commission", cue="said",
         content="turnout was 41.2 percent and that the governing Yrys party had won 52 of the 90 seats",
         kind="indirect", sourcing="named-organisation", speaker=CEC),
    dict(source="Its chairwoman, Aidana Sydykova,", cue="said",
         content="the commission had received \"no serious complaints\" and would publish final results on Friday",
         kind="mixed", sourcing="named-person", speaker=SYDYKOVA),
    dict(source="Foreign Minister Talant Osmonov", cue="said",
         content="that the observers had drawn \"sweeping conclusions from a handful of incidents\"",
         kind="mixed", sourcing="named-person", speaker=OSMONOV),
    dict(source="Foreign Minister Talant Osmonov", cue="accused",
         content="the mission of interfering in Kyrgyzstan's internal affairs",
         kind="indirect", sourcing="named-person", speaker=OSMONOV),
    dict(source="Osmonov", cue="said", content=WELCOME, kind="indirect", sourcing="named-person", speaker=OSMONOV),
    dict(source="Solberg", cue="said", content=SOLBERG_CONTENT, kind="mixed", sourcing="named-person", speaker=SOLBERG),
    dict(source="Several thousand supporters of the opposition Ordo party", cue="demanding", content="a recount",
         kind="indirect", sourcing="vague-collective", speaker="Ordo supporters"),
    dict(source="Police", cue="put", content="the crowd at about 1,500",
         kind="indirect", sourcing="named-organisation", speaker="Kyrgyz police"),
    dict(source="The party's leader, Bakyt Jumaliev,", cue="said", content=JUMALIEV_CONTENT,
         kind="indirect", sourcing="named-person", speaker=JUMALIEV),
    dict(source="The European Union", cue="urged",
         content="the authorities to investigate the irregularities the observers reported",
         kind="indirect", sourcing="named-organisation", speaker="European Union"),
    dict(source="the observers", cue="reported", content="the irregularities",
         kind="indirect", sourcing="named-organisation", speaker=MISSION, via=["The European Union"]),
    dict(source=RU_SRC, cue="said", content="the vote had been \"well organised and transparent\"",
         kind="mixed", sourcing="named-organisation", speaker=RUMFA),
    dict(source=DIPLO_SRC, cue="said",
         content="the government was unlikely to risk an open break with the OSCE, which runs police reform and border management projects in the country",
         kind="indirect", sourcing="anonymous-official", speaker=DIPLOMAT),
    dict(source="the diplomat", cue="said",
         content="\"They shout at the mission, but they need its money and its approval,\"",
         kind="direct", sourcing="anonymous-official", speaker=DIPLOMAT),
]

CLAIMS = [
    dict(text="Kyrgyz vote was marred by ballot stuffing", holder=MISSION, modality="asserted"),
    dict(text="their report biased", holder="Kyrgyzstan", modality="asserted"),
    dict(text=LEAD_CONTENT, holder=MISSION, modality="asserted"),
    dict(text="deployed 320 observers from 38 countries", holder="writer", modality="asserted"),
    dict(text="it had seen ballot stuffing in at least 37 of the roughly 900 polling stations it visited",
         holder=MISSION, modality="asserted"),
    dict(text="Voters had real choices", holder=SOLBERG, modality="asserted"),
    dict(text="on election day those choices were not always respected", holder=SOLBERG, modality="negated",
         cues=["not"]),
    dict(text="turnout was 41.2 percent", holder=CEC, modality="asserted"),
    dict(text="the governing Yrys party had won 52 of the 90 seats", holder=CEC, modality="asserted"),
    dict(text="the commission had received \"no serious complaints\"", holder=SYDYKOVA, modality="negated",
         cues=["no"]),
    dict(text="would publish final results on Friday", holder=SYDYKOVA, modality="asserted"),
    dict(text="the observers had drawn \"sweeping conclusions from a handful of incidents\"", holder=OSMONOV,
         modality="asserted"),
    dict(text="the mission of interfering in Kyrgyzstan's internal affairs", holder=OSMONOV, modality="asserted"),
    dict(text=WELCOME, holder=OSMONOV, modality="conditional", cues=["only if"],
         conditions=[dict(text="only if the mission gave the commission its list of the polling stations where it had seen violations",
                          connective="only if", required="give the election commission its list of polling stations with violations",
                          actor="OSCE")]),
    dict(text="the mission would share its findings with the authorities", holder=SOLBERG, modality="asserted"),
    dict(text="would not disclose \"anything that could expose our observers or the voters who spoke to them\"",
         holder=SOLBERG, modality="negated", cues=["not"]),
    dict(text="Several thousand supporters of the opposition Ordo party rallied in central Bishkek on Monday evening",
         holder="writer", modality="asserted"),
    dict(text="the crowd at about 1,500", holder="Kyrgyz police", modality="asserted"),
    dict(text=JUMALIEV_CONTENT, holder=JUMALIEV, modality="conditional", cues=["not", "unless"],
         conditions=[dict(text="unless the results in the capital were recounted", connective="unless",
                          required="recount the results in Bishkek", actor="org:kyrgyz-election-commission",
                          polarity="against")]),
    dict(text="the authorities to investigate the irregularities the observers reported", holder="European Union",
         modality="asserted"),
    dict(text="the vote had been \"well organised and transparent\"", holder=RUMFA, modality="asserted"),
    dict(text="the government was unlikely to risk an open break with the OSCE", holder=DIPLOMAT,
         modality="speculative", cues=["unlikely"]),
    dict(text="They shout at the mission, but they need its money and its approval", holder=DIPLOMAT,
         modality="asserted"),
    dict(text="The OSCE will publish its final report in about two months", holder="writer", modality="asserted"),
]

EVENTS = [
    dict(text=LEAD, event="ACCUSE", context="election", source=[("observers from the Organization for Security and Co-operation in Europe", "OSCE", "")],
         target=[("Kyrgyzstan's", "KGZ", "")], eventText="was competitive but marred by vote buying and ballot stuffing",
         comment="an observation mission's finding of fraud is criticism of the state that ran the vote"),
    dict(text=LEAD, event="ACCUSE", context="election", source=[("the Kyrgyz government", "KGZ", "GOV")],
         target=[("observers from the Organization for Security and Co-operation in Europe", "OSCE", "")],
         eventText="rejected as biased", comment="rejecting a finding as biased is criticism of the observers"),
    dict(text=P4_1, event="ACCUSE", context="election", source=[("Foreign Minister Talant Osmonov", "KGZ", "GOV")],
         target=[("the mission", "OSCE", "")], eventText="accused the mission of interfering"),
    dict(text="His ministry summoned the head of the OSCE office in Bishkek to protest.", event="ACCUSE",
         context="election", source=[("His ministry", "KGZ", "GOV")], target=[("the head of the OSCE office in Bishkek", "OSCE", "")],
         eventText="summoned the head of the OSCE office in Bishkek to protest"),
    dict(text="Osmonov said " + WELCOME + ".", event="REQUEST", mode="change", context="election",
         source=[("Osmonov", "KGZ", "GOV")], target=[("the mission", "OSCE", "")],
         eventText="only if the mission gave the commission its list",
         comment="observers admitted only on a condition set for the mission: a demand to hand over its list"),
    dict(text="Solberg said " + SOLBERG_CONTENT + ".", event="REJECT", mode="change", context="election",
         source=[("Solberg", "OSCE", "")], target=[("the authorities", "KGZ", "GOV")],
         eventText="would not disclose", comment="refuses the demand for the list; the promise to share findings is not coded"),
    dict(text="Several thousand supporters of the opposition Ordo party rallied in central Bishkek on Monday evening, demanding a recount.",
         event="PROTEST", mode="demo-org", context="election",
         source=[("Several thousand supporters of the opposition Ordo party", ORDO, "")], target=[],
         eventText="rallied in central Bishkek", comment="the government and the commission only implied"),
    dict(text="The party's leader, Bakyt Jumaliev, said " + JUMALIEV_CONTENT + ".", event="THREATEN", context="election",
         source=[("The party's leader, Bakyt Jumaliev", ORDO, "")], target=[],
         eventText="would not take up its seats unless", comment="a boycott threat; the authorities only implied"),
    dict(text="The party's leader, Bakyt Jumaliev, said " + JUMALIEV_CONTENT + ".", event="REQUEST", mode="change",
         context="election", source=[("The party's leader, Bakyt Jumaliev", ORDO, "")], target=[],
         eventText="unless the results in the capital were recounted", comment="a recount demanded; the commission only implied"),
    dict(text=EU_TEXT, event="REQUEST", mode="change", context="election", source=[("The European Union", "EU", "")],
         target=[("the authorities", "KGZ", "GOV")], eventText="urged the authorities to investigate"),
    dict(text=RU_SRC + " said the vote had been \"well organised and transparent\".", event="SUPPORT", context="election",
         source=[("Russia's foreign ministry", "RUS", "GOV")], target=[],
         eventText="said the vote had been \"well organised and transparent\"",
         comment="praise of the vote; Kyrgyzstan only implied"),
]
