"""Held-out-2 gold for meridian-ledger-korea-chip-export-controls (The Meridian Ledger): chip export licences, government angle.

Constructions: a headline attribution ("Beijing warns of countermeasures"), "the trade
ministry announced", "told a news conference", "she said" after indirect speech
coordinated with "the ministry expected", "conceded", "hinted", a double negation quote, a
ministry's mixed quote and its spokeswoman's "unless", "did not say", people familiar with
the government's planning (briefing and a phone call), "welcomed", a joint statement,
"accused X of", "according to industry data", "Some trade experts say ... unlikely", "If
Beijing retaliates" in a quote, "pointing to".
"""

DATE = "2026-11-24"
HAN = "Han Ji-won"
ZHOU = "Zhou Mingxia"
LEE = "Lee Soo-jin"
MOT = "Ministry of Trade of South Korea"
MOFCOM = "Ministry of Commerce of China"
PLANNERS = "people familiar with the government's planning"
KR = ("South Korea", "KOR", "GOV")
CN = ("China", "CHN", "GOV")

ATTRIBUTIONS = [
    dict(source="Beijing", cue="warns", content="of countermeasures",
         kind="indirect", sourcing="named-organisation", speaker="China"),
    dict(source="the trade ministry", cue="announced",
         content="South Korea will require export licences for advanced semiconductor manufacturing equipment shipped to China from January 1",
         kind="indirect", sourcing="named-organisation", speaker=MOT),
    dict(source="Trade Minister Han Ji-won", cue="told",
         content='that the rules covered etching and deposition tools "that can be used to make chips for weapons."',
         kind="mixed", sourcing="named-person", speaker=HAN),
    dict(source="she", cue="said", content="Licences would still be granted for older equipment",
         kind="indirect", sourcing="named-person", speaker=HAN),
    dict(source="the ministry", cue="expected", content="most existing contracts to be honoured",
         kind="indirect", sourcing="named-organisation", speaker=MOT),
    dict(source="Han", cue="conceded", content="that Korean toolmakers would lose some revenue",
         kind="indirect", sourcing="named-person", speaker=HAN),
    dict(source="She", cue="hinted", content="that the government was preparing a support package for smaller suppliers",
         kind="indirect", sourcing="named-person", speaker=HAN),
    dict(source="she", cue="said",
         content='"We did not take this decision lightly, and we did not take it under pressure from anyone,"',
         kind="direct", sourcing="named-person", speaker=HAN),
    dict(source="China's commerce ministry", cue="said", content='it "firmly opposes" the move',
         kind="mixed", sourcing="named-organisation", speaker=MOFCOM),
    dict(source="a ministry spokeswoman, Zhou Mingxia,", cue="said",
         content='Beijing would take "necessary measures to protect the legitimate rights of Chinese companies" unless Seoul reconsidered',
         kind="mixed", sourcing="named-person", speaker=ZHOU),
    dict(source="Officials in Seoul", cue="appeared to expect", content="the reaction",
         kind="indirect", sourcing="anonymous-official", speaker="officials in Seoul"),
    dict(source="People familiar with the government's planning", cue="said",
         content="Korean diplomats had briefed Chinese counterparts on the rules last week, and that Han's deputy had spoken to Beijing by phone on Monday",
         kind="indirect", sourcing="anonymous-official", speaker=PLANNERS),
    dict(source="Korean diplomats", cue="had briefed", content=("the rules", 1),
         kind="indirect", sourcing="vague-collective", speaker="Korean diplomats",
         via=["People familiar with the government's planning"]),
    dict(source="Washington", cue="welcomed", content="the announcement",
         kind="indirect", sourcing="named-organisation", speaker="United States"),
    dict(source="the US State Department", cue="said",
         content='the two countries would "continue to coordinate closely on protecting critical technologies."',
         kind="mixed", sourcing="named-organisation", speaker="US Department of State"),
    dict(source="Kang Tae-sung, the leader of the opposition Democratic Future Party,", cue="accused",
         content="the government of putting Washington's interests ahead of Korean industry",
         kind="indirect", sourcing="named-person", speaker="Kang Tae-sung"),
    dict(source="industry data", cue="according to",
         content="Korean chip equipment makers sold about $4.1 billion of tools to Chinese customers last year",
         kind="indirect", sourcing="vague-collective", speaker="industry data"),
    dict(source="Some trade experts", cue="say", content="Beijing is unlikely to respond with broad sanctions",
         kind="indirect", sourcing="vague-collective", speaker="trade experts"),
    dict(source="Lee Soo-jin, a trade economist at Hanbit University,", cue="said",
         content="China needed Korean memory chips too much to start a wider fight",
         kind="indirect", sourcing="named-person", speaker=LEE),
    dict(source="she", cue="said", content='"If Beijing retaliates, it will pick a small target to send a message,"',
         kind="direct", sourcing="named-person", speaker=LEE),
    dict(source="she", cue="pointing to", content="a 2017 boycott of Korean shops and tour groups as an example",
         kind="indirect", sourcing="named-person", speaker=LEE),
]

CLAIMS = [
    dict(text="South Korea to require licences for chip tool exports to China; Beijing warns of countermeasures",
         holder="writer", modality="asserted"),
    dict(text="South Korea will require export licences for advanced semiconductor manufacturing equipment shipped to China from January 1",
         holder=MOT, modality="asserted"),
    dict(text='the rules covered etching and deposition tools "that can be used to make chips for weapons."', holder=HAN,
         modality="asserted"),
    dict(text="Licences would still be granted for older equipment", holder=HAN, modality="asserted"),
    dict(text="most existing contracts to be honoured", holder=MOT, modality="hedged", cues=["expected"]),
    dict(text="Korean toolmakers would lose some revenue", holder=HAN, modality="asserted"),
    dict(text="the government was preparing a support package for smaller suppliers", holder=HAN, modality="hedged",
         cues=["hinted"]),
    dict(text="gave no figures", holder="writer", modality="negated", cues=["no"]),
    dict(text="We did not take this decision lightly, and we did not take it under pressure from anyone", holder=HAN,
         modality="negated", cues=["not", ("not", 1)]),
    dict(text='it "firmly opposes" the move', holder=MOFCOM, modality="asserted"),
    dict(text='Beijing would take "necessary measures to protect the legitimate rights of Chinese companies" unless Seoul reconsidered',
         holder=ZHOU, modality="conditional", cues=["unless"],
         conditions=[dict(text="unless Seoul reconsidered", connective="unless", required="reconsider the export licence rule",
                          actor="KOR", polarity="against")]),
    dict(text="She did not say what those measures might be", holder="writer", modality="negated", cues=["not"]),
    dict(text="Officials in Seoul appeared to expect the reaction", holder="writer", modality="hedged", cues=["appeared"]),
    dict(text="Korean diplomats had briefed Chinese counterparts on the rules last week", holder=PLANNERS, modality="asserted"),
    dict(text="Han's deputy had spoken to Beijing by phone on Monday", holder=PLANNERS, modality="asserted"),
    dict(text="The trade ministry declined to confirm the call", holder="writer", modality="asserted"),
    dict(text="Washington welcomed the announcement", holder="writer", modality="asserted"),
    dict(text='the two countries would "continue to coordinate closely on protecting critical technologies."',
         holder="US Department of State", modality="asserted"),
    dict(text="The measure needs no vote in the National Assembly", holder="writer", modality="negated", cues=["no"]),
    dict(text="the government of putting Washington's interests ahead of Korean industry", holder="Kang Tae-sung",
         modality="asserted"),
    dict(text="China is South Korea's largest trading partner, and semiconductors are the country's biggest export",
         holder="writer", modality="asserted"),
    dict(text="Korean chip equipment makers sold about $4.1 billion of tools to Chinese customers last year",
         holder="industry data", modality="asserted"),
    dict(text="Beijing is unlikely to respond with broad sanctions", holder="trade experts", modality="speculative",
         cues=["unlikely"]),
    dict(text="China needed Korean memory chips too much to start a wider fight", holder=LEE, modality="asserted"),
    dict(text="If Beijing retaliates, it will pick a small target to send a message", holder=LEE, modality="conditional",
         cues=["If"],
         conditions=[dict(text="If Beijing retaliates", connective="if", required="retaliate", actor="CHN")]),
]

EVENTS = [
    dict(text="South Korea to require licences for chip tool exports to China; Beijing warns of countermeasures",
         event="SANCTION", context="economic", source=[KR], target=[CN], eventText="to require licences for chip tool exports to China",
         comment="export controls aimed at one country"),
    dict(text="South Korea to require licences for chip tool exports to China; Beijing warns of countermeasures",
         event="THREATEN", context="economic", source=[("Beijing", "CHN", "GOV")], target=[],
         eventText="warns of countermeasures", comment="target (South Korea) only implied"),
    dict(text="SEOUL — South Korea will require export licences for advanced semiconductor manufacturing equipment shipped to China from January 1, the trade ministry announced on Tuesday, aligning Seoul with controls already imposed by the United States, Japan and the Netherlands.",
         event="SANCTION", context="economic", source=[KR], target=[CN], eventText="will require export licences",
         comment="the controls of the United States, Japan and the Netherlands are background, not coded"),
    dict(text='China\'s commerce ministry said it "firmly opposes" the move.',
         event="ACCUSE", context="economic", source=[("China's commerce ministry", "CHN", "GOV")], target=[],
         eventText="firmly opposes the move", comment="disapproval (old DISAPPROVE); target (South Korea) only implied"),
    dict(text='Beijing would take "necessary measures to protect the legitimate rights of Chinese companies" unless Seoul reconsidered, a ministry spokeswoman, Zhou Mingxia, said at a regular briefing.',
         event="THREATEN", context="economic", source=[("Beijing", "CHN", "GOV")], target=[("Seoul", "KOR", "GOV")],
         eventText="would take necessary measures"),
    dict(text="People familiar with the government's planning said Korean diplomats had briefed Chinese counterparts on the rules last week, and that Han's deputy had spoken to Beijing by phone on Monday.",
         event="CONSULT", context="diplomatic", source=[("Korean diplomats", "KOR", "GOV")],
         target=[("Chinese counterparts", "CHN", "GOV")], eventText="had briefed Chinese counterparts",
         comment="a briefing: no mode (neither visit nor phone is stated)"),
    dict(text="People familiar with the government's planning said Korean diplomats had briefed Chinese counterparts on the rules last week, and that Han's deputy had spoken to Beijing by phone on Monday.",
         event="CONSULT", mode="phone", context="diplomatic", source=[("Han's deputy", "KOR", "GOV")],
         target=[("Beijing", "CHN", "GOV")], eventText="had spoken to Beijing by phone"),
    dict(text="Washington welcomed the announcement.",
         event="SUPPORT", context="diplomatic", source=[("Washington", "USA", "GOV")], target=[],
         eventText="welcomed the announcement", comment="target (South Korea) only implied"),
    dict(text='In a joint statement with the Korean foreign ministry, the US State Department said the two countries would "continue to coordinate closely on protecting critical technologies."',
         event="AGREE", context="diplomatic, economic",
         source=[("the two countries", "USA", "GOV"), ("the two countries", "KOR", "GOV")], target=[],
         eventText="would continue to coordinate closely", comment="a coordinated subject: both sources, no target"),
]

ENTITY_EXTRA = [
    (r"(?<=and the )ministry(?= expected)", "ORG", "org:korea-trade-ministry", "Ministry of Trade of South Korea", ""),
]
