"""Dev4-A gold for d4a-finnmark-coast-post-kirkenes-russian-trawlers (Finnmark Coast Post): local angle.

The headline ("Norway shuts its waters to Russian trawlers") is contradicted by its own body
("Norway has not closed its waters or its ports"). Constructions: vox pops with two-part quotes
split by "said X, 58, who ..." (one discontinuous content each), a passive "accused of" without
a source, a ministry "said on Monday that ... could", "warned that ... could" coordinated with
"Russian media reported that ... might", an officer "who was not authorised to speak to the
press", a consulate that "said ... and called", a quote with a third party's fear ("They are
scared the Norwegians will"), a mayor's letter "asking that", a trailing "she said", a speaker
who "gave his name only as Tor", "Moscow has threatened to ... unless", "Few at the quay believed".
"""

DATE = "2026-11-24"
NORD = "Kari Nordvik"
ORL = "Svetlana Orlova"
HAUG = "Liv Haugland"
PETT_SRC = "Odd Arne Pettersen, 58, who has run a ship chandlery by the harbour for twenty years"
ERIK_SRC = "Jon Eriksen, 34, who skippers a coastal boat out of Vadsø"
HAUG_SRC = "The mayor of Sør-Varanger, Liv Haugland,"
CONSUL = "Russian consulate general in Kirkenes"
P2 = "The trawler and its 31 crew were detained by the coast guard near Svalbard on Sunday and taken to Tromsø, accused of hiding part of their catch."
P5 = "But the minister, Kari Nordvik, warned that Norway could withdraw the licence of any company caught cheating, and Russian media reported that Moscow might retaliate by barring Norwegian boats from its own zone."
P7 = "Russia's consulate general in Kirkenes said it was giving the crew \"all necessary assistance\" and called the detention \"unjustified and provocative\"."
P12 = "Moscow has threatened to pull out of the joint fisheries commission with Norway unless the trawler is released."

ATTRIBUTIONS = [
    dict(source=None, cue="accused", content="of hiding part of their catch",
         kind="indirect", sourcing="none", speaker=""),
    dict(source=PETT_SRC, cue="said",
         content=["\"Everyone here knows somebody on those boats,\"", "\"If they stop coming, I close.\""],
         kind="direct", sourcing="named-person", speaker="Odd Arne Pettersen"),
    dict(source="The Ministry of Trade, Industry and Fisheries", cue="said",
         content="that Russian boats with valid licences could keep fishing and landing their catch in Norwegian ports",
         kind="indirect", sourcing="named-organisation", speaker="Ministry of Trade, Industry and Fisheries of Norway"),
    dict(source="the minister, Kari Nordvik,", cue="warned",
         content="that Norway could withdraw the licence of any company caught cheating",
         kind="indirect", sourcing="named-person", speaker=NORD),
    dict(source="Russian media", cue="reported",
         content="that Moscow might retaliate by barring Norwegian boats from its own zone",
         kind="indirect", sourcing="media-report", speaker="Russian media"),
    dict(source="A coast guard officer, who was not authorised to speak to the press,", cue="said",
         content="inspectors had found two sets of catch logs on board",
         kind="indirect", sourcing="anonymous-official", speaker="coast guard officer"),
    dict(source="Russia's consulate general in Kirkenes", cue="said", content="it was giving the crew \"all necessary assistance\"",
         kind="mixed", sourcing="named-organisation", speaker=CONSUL),
    dict(source="Russia's consulate general in Kirkenes", cue="called",
         content=["the detention", "\"unjustified and provocative\""],
         kind="mixed", sourcing="named-organisation", speaker=CONSUL),
    dict(source="Svetlana Orlova, a filleter from Murmansk who has lived in Kirkenes for nine years,", cue="said",
         content="her husband sails on a trawler of the same company",
         kind="indirect", sourcing="named-person", speaker=ORL),
    dict(source="she", cue="said",
         content="\"He called last night. They are scared the Norwegians will take every boat,\"",
         kind="direct", sourcing="named-person", speaker=ORL),
    dict(source="They", cue="are scared", content="the Norwegians will take every boat",
         kind="indirect", sourcing="vague-collective", speaker="trawler crew", via=["she"]),
    dict(source=ERIK_SRC, cue="said",
         content=["\"Nobody wants a fight over fish,\"", "\"But rules are rules. If they cheated, they pay.\""],
         kind="direct", sourcing="named-person", speaker="Jon Eriksen"),
    dict(source=HAUG_SRC, cue="said",
         content="she had written to the minister asking that the port stay open \"whatever happens in Tromsø\"",
         kind="mixed", sourcing="named-person", speaker=HAUG),
    dict(source="she", cue="asking", content="that the port stay open \"whatever happens in Tromsø\"",
         kind="mixed", sourcing="named-person", speaker=HAUG, via=[HAUG_SRC]),
    dict(source="she", cue="said", content="About one in five jobs in the municipality depends on the harbour",
         kind="indirect", sourcing="named-person", speaker=HAUG),
    dict(source="a man loading crates at the quay who gave his name only as Tor", cue="said",
         content="\"The Russians need our port more than we need their fish,\"",
         kind="direct", sourcing="named-person", speaker="Tor"),
    dict(source="Moscow", cue="has threatened",
         content="to pull out of the joint fisheries commission with Norway unless the trawler is released",
         kind="indirect", sourcing="named-organisation", speaker="Russia"),
    dict(source="Few at the quay", cue="believed", content="it would come to that",
         kind="indirect", sourcing="vague-collective", speaker="people at the quay"),
]

CLAIMS = [
    dict(text="Norway shuts its waters to Russian trawlers after Svalbard arrest", holder="writer", modality="asserted"),
    dict(text="At the quay in Kirkenes, where Russian trawlers have landed cod for three decades, the talk on Tuesday was of little else than the Severny Veter",
         holder="writer", modality="asserted"),
    dict(text="The trawler and its 31 crew were detained by the coast guard near Svalbard on Sunday and taken to Tromsø",
         holder="writer", modality="asserted"),
    dict(text="Everyone here knows somebody on those boats", holder="Odd Arne Pettersen", modality="asserted"),
    dict(text="If they stop coming, I close", holder="Odd Arne Pettersen", modality="conditional", cues=["If"],
         conditions=[dict(text="If they stop coming", connective="if", required="stop coming to Kirkenes",
                          actor="RUS")]),
    dict(text="Norway has not closed its waters or its ports to Russian vessels", holder="writer", modality="negated",
         cues=["not"]),
    dict(text="Russian boats with valid licences could keep fishing and landing their catch in Norwegian ports",
         holder="Ministry of Trade, Industry and Fisheries of Norway", modality="asserted"),
    dict(text="Norway could withdraw the licence of any company caught cheating", holder=NORD, modality="speculative",
         cues=["could"]),
    dict(text="Moscow might retaliate by barring Norwegian boats from its own zone", holder="Russian media",
         modality="speculative", cues=["might"]),
    dict(text="inspectors had found two sets of catch logs on board", holder="coast guard officer", modality="asserted"),
    dict(text="it was giving the crew \"all necessary assistance\"", holder=CONSUL, modality="asserted"),
    dict(text="the detention \"unjustified and provocative\"", holder=CONSUL, modality="asserted"),
    dict(text="her husband sails on a trawler of the same company", holder=ORL, modality="asserted"),
    dict(text="the Norwegians will take every boat", holder="trawler crew", modality="hedged", cues=["scared"]),
    dict(text="Nobody wants a fight over fish", holder="Jon Eriksen", modality="negated", cues=["Nobody"]),
    dict(text="If they cheated, they pay", holder="Jon Eriksen", modality="conditional", cues=["If"],
         conditions=[dict(text="If they cheated", connective="if", required="cheat on catch reports", actor="RUS")]),
    dict(text="About one in five jobs in the municipality depends on the harbour", holder=HAUG, modality="asserted"),
    dict(text="The Russians need our port more than we need their fish", holder="Tor", modality="asserted"),
    dict(text="to pull out of the joint fisheries commission with Norway unless the trawler is released", holder="Russia",
         modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the trawler is released", connective="unless", required="release the trawler",
                          actor="NOR", polarity="against")]),
    dict(text="it would come to that", holder="people at the quay", modality="hedged", cues=["Few", "believed"]),
]

EVENTS = [
    dict(text=P2, event="COERCE", mode="seize", context="fisheries", source=[("the coast guard", "NOR", "")],
         target=[("The trawler and its 31 crew", "RUS", "CVL")], eventText="were detained by the coast guard",
         comment="vessel and crew detained"),
    dict(text=P5, event="THREATEN", context="fisheries", source=[("the minister, Kari Nordvik", "NOR", "GOV")],
         target=[], eventText="warned that Norway could withdraw the licence",
         comment="a possible measure against cheating companies; the Russian companies only implied; Moscow's "
                 "retaliation is media speculation, not coded"),
    dict(text=P7, event="ACCUSE", context="fisheries", source=[("Russia's consulate general in Kirkenes", "RUS", "GOV")],
         target=[], eventText="called the detention \"unjustified and provocative\"", comment="Norway only implied"),
    dict(text=P12, event="THREATEN", context="fisheries", source=[("Moscow", "RUS", "GOV")],
         target=[("Norway", "NOR", "GOV")], eventText="has threatened to pull out of the joint fisheries commission"),
    dict(text=P12, event="REQUEST", mode="yield", context="fisheries", source=[("Moscow", "RUS", "GOV")],
         target=[("Norway", "NOR", "GOV")], eventText="unless the trawler is released",
         comment="a release demanded of Norway"),
]
