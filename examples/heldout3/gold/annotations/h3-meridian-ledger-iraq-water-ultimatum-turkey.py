"""Held-out 3 gold for h3-meridian-ledger-iraq-water-ultimatum-turkey (The Meridian Ledger): analysis.

Many anonymous sources: "according to half a dozen officials and diplomats ... who spoke to
The Meridian Ledger" with the content "It was not" before it, a parenthetical "they said"
splitting the content, "An Iraqi official ..., who was not authorised to speak publicly"
nesting "had asked for", "the official said" nesting "offered", "A senior Turkish diplomat
described ... as", "he said" splitting a content that holds "in his words", "two people
familiar with them", "One of them said" nesting "proposed" and "which Baghdad saw as", a
minister's "warned that ... unless" and "did not rule out", "a Western official in Baghdad",
a ministry's "as long as" (temporal), "It made no mention", "Some in Baghdad suspect",
"an official close to his office acknowledged", "is unclear", "A European diplomat who
follows the file said ... would probably", "has offered to host".
"""

DATE = "2026-11-23"
JUB = "Karim al-Jubouri"
OFFICIALS = "officials and diplomats"
IRAQI_OFFICIAL = "Iraqi official involved in the talks"
TURKISH_DIPLOMAT = "senior Turkish diplomat"
FAMILIAR = "people familiar with the talks"
FAMILIAR_ONE = "person familiar with the talks"
IRAQI_OFFICIAL_SRC = "An Iraqi official involved in the talks, who was not authorised to speak publicly,"
LEAD = "BAGHDAD — When Iraq's government summoned the Turkish ambassador on Monday and gave Ankara until the end of the month to release more water down the Tigris, it looked like a sudden escalation."
WARNED = "In a television interview on Sunday he warned that Iraq would restrict imports of Turkish goods unless the flow increased, and he did not rule out taking the dispute to the International Court of Justice."
WALKOUT = "One of them said the Iraqi side walked out after Turkey proposed tying any increase to a joint study of Iraq's irrigation network, which Baghdad saw as an insult."
FLOW_ASK = IRAQI_OFFICIAL_SRC + " said Baghdad had asked for a guaranteed minimum flow of 500 cubic metres per second at the border."
IRQ = ("Iraq", "IRQ", "GOV")

ATTRIBUTIONS = [
    dict(source="half a dozen officials and diplomats in Baghdad and Ankara who spoke to The Meridian Ledger",
         cue="according to", content="It was not",
         kind="indirect", sourcing="anonymous-official", speaker=OFFICIALS),
    dict(source="they", cue="said",
         content=["For most of the year", "the two governments had been negotiating quietly over how much water Turkey's Ilısu Dam should let through during the drought"],
         kind="indirect", sourcing="anonymous-official", speaker=OFFICIALS),
    dict(source=IRAQI_OFFICIAL_SRC, cue="said",
         content="Baghdad had asked for a guaranteed minimum flow of 500 cubic metres per second at the border",
         kind="indirect", sourcing="anonymous-official", speaker=IRAQI_OFFICIAL),
    dict(source="Baghdad", cue="had asked for", content="a guaranteed minimum flow of 500 cubic metres per second at the border",
         kind="indirect", sourcing="named-organisation", speaker="Iraq", via=[IRAQI_OFFICIAL_SRC]),
    dict(source="the official", cue="said", content="Turkey offered about half of that",
         kind="indirect", sourcing="anonymous-official", speaker=IRAQI_OFFICIAL),
    dict(source="Turkey", cue="offered", content="about half of that",
         kind="indirect", sourcing="named-organisation", speaker="Turkey", via=["the official"]),
    dict(source="A senior Turkish diplomat", cue="described",
         content=["the Iraqi demand", 'as "hydrologically impossible" in a dry year'],
         kind="mixed", sourcing="anonymous-official", speaker=TURKISH_DIPLOMAT),
    dict(source="he", cue="said",
         content=["Turkey's own farmers in the southeast were also short of water",
                  'Ankara could not be expected to empty its reservoirs for a neighbour that, in his words, "loses half of what it receives to broken canals"'],
         kind="mixed", sourcing="anonymous-official", speaker=TURKISH_DIPLOMAT),
    dict(source="two people familiar with them", cue="said", content="The talks broke down in October",
         kind="indirect", sourcing="anonymous-official", speaker=FAMILIAR),
    dict(source="One of them", cue="said",
         content="the Iraqi side walked out after Turkey proposed tying any increase to a joint study of Iraq's irrigation network, which Baghdad saw as an insult",
         kind="indirect", sourcing="anonymous-official", speaker=FAMILIAR_ONE),
    dict(source="Turkey", cue="proposed", content="tying any increase to a joint study of Iraq's irrigation network",
         kind="indirect", sourcing="named-organisation", speaker="Turkey", via=["One of them"]),
    dict(source="Baghdad", cue="saw", content=["which", "as an insult"],
         kind="indirect", sourcing="named-organisation", speaker="Iraq", via=["One of them"]),
    dict(source="he", cue="warned", content="that Iraq would restrict imports of Turkish goods unless the flow increased",
         kind="indirect", sourcing="named-person", speaker=JUB),
    dict(source="he", cue="did not rule out", content="taking the dispute to the International Court of Justice",
         kind="indirect", sourcing="named-person", speaker=JUB),
    dict(source="a Western official in Baghdad", cue="said", content='the threat was "not empty, but not cheap either"',
         kind="mixed", sourcing="anonymous-official", speaker="Western official"),
    dict(source="Turkey's foreign ministry", cue="said",
         content='that it shared Iraq\'s concern about the drought and would keep releases "at the highest level our reservoirs allow" as long as the dry spell lasted',
         kind="mixed", sourcing="named-organisation", speaker="Ministry of Foreign Affairs of Turkey"),
    dict(source="Some in Baghdad", cue="suspect",
         content="that the deadline is aimed less at Ankara than at Iraqi voters, who have watched the marshes of the south shrink for a fourth straight summer",
         kind="indirect", sourcing="vague-collective", speaker="some in Baghdad"),
    dict(source="an official close to his office", cue="acknowledged",
         content='that the government "needed to be seen doing something"',
         kind="mixed", sourcing="anonymous-official", speaker="official close to the prime minister's office"),
    dict(source="A European diplomat who follows the file", cue="said",
         content="both sides would probably return to the table, because neither could afford a trade war",
         kind="indirect", sourcing="anonymous-official", speaker="European diplomat"),
    dict(source="The United Nations", cue="has offered", content="to host technical talks in Geneva",
         kind="indirect", sourcing="named-organisation", speaker="United Nations"),
]

CLAIMS = [
    dict(text="Behind Iraq's water ultimatum to Ankara, a dry summer and quiet talks that failed", holder="writer",
         modality="asserted"),
    dict(text="When Iraq's government summoned the Turkish ambassador on Monday and gave Ankara until the end of the month to release more water down the Tigris, it looked like a sudden escalation",
         holder="writer", modality="asserted"),
    dict(text="It was not", holder=OFFICIALS, modality="negated", cues=["not"]),
    dict(text="the two governments had been negotiating quietly over how much water Turkey's Ilısu Dam should let through during the drought",
         holder=OFFICIALS, modality="asserted"),
    dict(text="Baghdad had asked for a guaranteed minimum flow of 500 cubic metres per second at the border",
         holder=IRAQI_OFFICIAL, modality="asserted"),
    dict(text="Turkey offered about half of that", holder=IRAQI_OFFICIAL, modality="asserted"),
    dict(text="Turkey's own farmers in the southeast were also short of water", holder=TURKISH_DIPLOMAT,
         modality="asserted"),
    dict(text='Ankara could not be expected to empty its reservoirs for a neighbour that, in his words, "loses half of what it receives to broken canals"',
         holder=TURKISH_DIPLOMAT, modality="negated", cues=["not"]),
    dict(text="The talks broke down in October", holder=FAMILIAR, modality="asserted"),
    dict(text="the Iraqi side walked out after Turkey proposed tying any increase to a joint study of Iraq's irrigation network",
         holder=FAMILIAR_ONE, modality="asserted"),
    dict(text="Iraq's Water Resources Minister, Karim al-Jubouri, has since taken a harder line", holder="writer",
         modality="asserted"),
    dict(text="Iraq would restrict imports of Turkish goods unless the flow increased", holder=JUB,
         modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the flow increased", connective="unless",
                          required="increase the flow of the Tigris", actor="TUR", polarity="against")]),
    dict(text="taking the dispute to the International Court of Justice", holder=JUB, modality="speculative",
         cues=["did not rule out"]),
    dict(text="Turkish exports to Iraq are worth billions of dollars a year", holder="writer", modality="asserted"),
    dict(text='the threat was "not empty, but not cheap either"', holder="Western official",
         modality="negated", cues=["not"]),
    dict(text='it shared Iraq\'s concern about the drought and would keep releases "at the highest level our reservoirs allow" as long as the dry spell lasted',
         holder="Ministry of Foreign Affairs of Turkey", modality="asserted"),
    dict(text="It made no mention of the deadline", holder="writer", modality="negated", cues=["no"]),
    dict(text="the deadline is aimed less at Ankara than at Iraqi voters, who have watched the marshes of the south shrink for a fourth straight summer",
         holder="some in Baghdad", modality="hedged", cues=["suspect"]),
    dict(text="Prime Minister Haider al-Saadi faces angry farmers in Basra and Dhi Qar", holder="writer",
         modality="asserted"),
    dict(text='the government "needed to be seen doing something"',
         holder="official close to the prime minister's office", modality="asserted"),
    dict(text="Whether Ankara will move before the deadline is unclear", holder="writer", modality="hedged",
         cues=["is unclear"]),
    dict(text="both sides would probably return to the table, because neither could afford a trade war",
         holder="European diplomat", modality="speculative", cues=["probably", "neither"]),
    dict(text="The United Nations has offered to host technical talks in Geneva", holder="writer", modality="asserted"),
]

EVENTS = [
    dict(text="Behind Iraq's water ultimatum to Ankara, a dry summer and quiet talks that failed", event="THREATEN",
         context="environment", source=[IRQ], target=[("Ankara", "TUR", "GOV")], eventText="Iraq's water ultimatum to Ankara",
         comment="an ultimatum is CAMEO 139 (threaten)"),
    dict(text=LEAD, event="ACCUSE", context="diplomatic", source=[("Iraq's government", "IRQ", "GOV")],
         target=[("the Turkish ambassador", "TUR", "GOV")], eventText="summoned the Turkish ambassador",
         comment="summoning an ambassador over a grievance is a formal complaint, as a protest note"),
    dict(text=LEAD, event="THREATEN", context="environment", source=[("Iraq's government", "IRQ", "GOV")],
         target=[("Ankara", "TUR", "GOV")], eventText="gave Ankara until the end of the month to release more water",
         comment="a deadline demand is an ultimatum (CAMEO 139)"),
    dict(text=FLOW_ASK, event="REQUEST", mode="change", context="environment", source=[("Baghdad", "IRQ", "GOV")],
         target=[], eventText="had asked for a guaranteed minimum flow", comment="Turkey only implied; water releases are a policy"),
    dict(text="Turkey offered about half of that, the official said.", event="AGREE", context="environment",
         source=[("Turkey", "TUR", "GOV")], target=[], eventText="offered about half of that", comment="Iraq only implied"),
    dict(text="A senior Turkish diplomat described the Iraqi demand as \"hydrologically impossible\" in a dry year.",
         event="REJECT", mode="change", context="environment", source=[("A senior Turkish diplomat", "TUR", "GOV")],
         target=[], eventText='described the Iraqi demand as "hydrologically impossible"', comment="Iraq only implied"),
    dict(text="Turkey's own farmers in the southeast were also short of water, he said, and Ankara could not be expected to empty its reservoirs for a neighbour that, in his words, \"loses half of what it receives to broken canals\".",
         event="ACCUSE", context="environment", source=[("he", "TUR", "GOV")], target=[("a neighbour", "IRQ", "GOV")],
         eventText="loses half of what it receives to broken canals"),
    dict(text=WALKOUT, event="REJECT", mode="meet", context="environment", source=[("the Iraqi side", "IRQ", "GOV")],
         target=[], eventText="walked out", comment="leaving the talks; Turkey only implied"),
    dict(text=WALKOUT, event="REQUEST", mode="change", context="environment", source=[("Turkey", "TUR", "GOV")],
         target=[], eventText="proposed tying any increase to a joint study of Iraq's irrigation network",
         comment="a condition set for the other side; Iraq only implied"),
    dict(text=WARNED, event="THREATEN", context="economic", source=[("he", "IRQ", "GOV")], target=[],
         eventText="would restrict imports of Turkish goods unless the flow increased",
         comment="conditional trade measure; Turkey only implied"),
    dict(text=WARNED, event="THREATEN", context="legal", source=[("he", "IRQ", "GOV")], target=[],
         eventText="did not rule out taking the dispute to the International Court of Justice",
         comment="a possible court case, as 'a case at the WTO' in examples/heldout"),
    dict(text="Turkey's foreign ministry said on Monday that it shared Iraq's concern about the drought and would keep releases \"at the highest level our reservoirs allow\" as long as the dry spell lasted.",
         event="AGREE", context="environment", source=[("Turkey's foreign ministry", "TUR", "GOV")], target=[],
         eventText="would keep releases \"at the highest level our reservoirs allow\"", comment="a pledge; Iraq only implied"),
    dict(text="The United Nations has offered to host technical talks in Geneva.", event="AGREE", mode="mediate",
         context="diplomatic", source=[("The United Nations", "UN", "")], target=[],
         eventText="has offered to host technical talks"),
]
