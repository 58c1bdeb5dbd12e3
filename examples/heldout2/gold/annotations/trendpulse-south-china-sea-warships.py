"""Held-out-2 gold for trendpulse-south-china-sea-warships (TrendPulse News): sea collision, opinionated rewrite.

The rewrite overstates: "warships" for two fisheries patrol ships, "rammed" and "jails" for
a collision and a detention, "all 14" held although two were released, a condition the
wire report does not carry ("until Vietnam admits the trawler was at fault"), and it calls
the Malaysian foreign minister "Prime Minister". Constructions: "what many are already
calling", "reportedly" over a named speaker whose name comes one sentence after his
description, a nested media chain ("According to Vietnamese state media, as quoted by
several regional outlets, a senior navy officer said"), "posted on social media", "hinting",
"told local media", "Others believe ... as long as", "is said to", writer speculation
("hard to imagine", "Maybe", "could").
"""

DATE = "2026-11-23"
ISK = "Harun Iskandar"
MAG = "Lourdes Magbanua"
REPORTS = "unnamed reports"
OFFICER = "senior Vietnamese navy officer"
STATE_MEDIA = "Vietnamese state media"
OUTLETS = "regional outlets"
VN = ("Vietnam", "VNM", "GOV")

ATTRIBUTIONS = [
    dict(source="many", cue="are already calling", content=[("what", 0), "the worst crisis in the region in a decade"],
         kind="indirect", sourcing="vague-collective", speaker="many"),
    dict(source=None, cue="reportedly",
         content=["Lourdes Magbanua, the foreign secretary,",
                  "said the men would stay in custody until Vietnam admits the trawler was at fault"],
         kind="indirect", sourcing="media-report", speaker=REPORTS),
    dict(source="Lourdes Magbanua, the foreign secretary,", cue="said",
         content="the men would stay in custody until Vietnam admits the trawler was at fault",
         kind="indirect", sourcing="named-person", speaker=MAG, via=["reportedly"]),
    dict(source="Vietnam", cue="admits", content="the trawler was at fault",
         kind="indirect", sourcing="named-organisation", speaker="Vietnam",
         via=["reportedly", "Lourdes Magbanua, the foreign secretary"]),
    dict(source="Vietnamese state media", cue="According to",
         content='a senior navy officer said the country was "prepared to defend every fisherman with every means."',
         kind="indirect", sourcing="media-report", speaker=STATE_MEDIA, via=["several regional outlets"]),
    dict(source="several regional outlets", cue="as quoted by",
         content='a senior navy officer said the country was "prepared to defend every fisherman with every means."',
         kind="indirect", sourcing="media-report", speaker=OUTLETS),
    dict(source="a senior navy officer", cue="said",
         content='the country was "prepared to defend every fisherman with every means."',
         kind="mixed", sourcing="anonymous-official", speaker=OFFICER,
         via=["several regional outlets", "Vietnamese state media"]),
    dict(source="Thousands of Vietnamese users", cue="posted", content='that the government should "stop talking and act."',
         kind="mixed", sourcing="vague-collective", speaker="Vietnamese social media users"),
    dict(source="Hanoi", cue="has not officially confirmed", content="that navy ships are involved",
         kind="indirect", sourcing="named-organisation", speaker="Vietnam"),
    dict(source="Malaysian Prime Minister Harun Iskandar", cue="hinting",
         content="that he could bring both sides to Kuala Lumpur as early as Thursday",
         kind="indirect", sourcing="named-person", speaker=ISK),
    dict(source="he", cue="said", content='"We are offering a table, nothing more,"',
         kind="direct", sourcing="named-person", speaker=ISK),
    dict(source="One Singapore-based analyst", cue="told",
         content='that mediation "rarely survives the first angry headline."',
         kind="mixed", sourcing="anonymous-official", speaker="Singapore-based analyst", via=["local media"]),
    dict(source="Others", cue="believe", content="the talks might still happen as long as nobody fires a shot first",
         kind="indirect", sourcing="vague-collective", speaker="others"),
    dict(source="some observers", cue="suspect",
         content="Beijing is quietly enjoying the spectacle of two of its rivals fighting each other",
         kind="indirect", sourcing="vague-collective", speaker="observers"),
    dict(source=None, cue="is said", content=["Washington, which has a defence treaty with Manila,", "to be watching closely"],
         kind="indirect", sourcing="none", speaker=""),
]

CLAIMS = [
    dict(text="Vietnam sends warships after Manila jails all 14 fishermen", holder="writer", modality="asserted"),
    dict(text="Tensions in the South China Sea have reached boiling point", holder="writer", modality="asserted"),
    dict(text="Vietnam has dispatched warships toward the Spratly Islands after the Philippines rammed a Vietnamese fishing boat and threw its entire crew in jail",
         holder="writer", modality="asserted"),
    dict(text="the worst crisis in the region in a decade", holder="many", modality="asserted"),
    dict(text="A Philippine coast guard ship smashed into the trawler on Sunday", holder="writer", modality="asserted"),
    dict(text="All 14 fishermen on board were arrested and taken to Palawan, and Manila has refused to let them go",
         holder="writer", modality="asserted"),
    dict(text="the men would stay in custody until Vietnam admits the trawler was at fault", holder=MAG,
         modality="conditional", cues=["until"],
         conditions=[dict(text="until Vietnam admits the trawler was at fault", connective="until",
                          required="admit the trawler was at fault", actor="VNM")]),
    dict(text="Vietnam is furious", holder="writer", modality="asserted"),
    dict(text='the country was "prepared to defend every fisherman with every means."', holder=OFFICER, modality="asserted"),
    dict(text='the government should "stop talking and act."', holder="Vietnamese social media users", modality="asserted"),
    dict(text="Hanoi has not officially confirmed that navy ships are involved", holder="writer", modality="negated",
         cues=["not"]),
    dict(text="it is hard to imagine Vietnam sitting on its hands for long", holder="writer", modality="speculative",
         cues=["hard to imagine"]),
    dict(text="Malaysian Prime Minister Harun Iskandar has stepped in as a peacemaker", holder="writer", modality="asserted"),
    dict(text="he could bring both sides to Kuala Lumpur as early as Thursday", holder=ISK, modality="speculative",
         cues=["could"]),
    dict(text="We are offering a table, nothing more", holder=ISK, modality="negated", cues=["nothing"]),
    dict(text="Probably not", holder="writer", modality="speculative", cues=["Probably", "not"]),
    dict(text='mediation "rarely survives the first angry headline."', holder="Singapore-based analyst", modality="hedged",
         cues=["rarely"]),
    dict(text="the talks might still happen as long as nobody fires a shot first", holder="others", modality="speculative",
         cues=["believe", "might", "as long as", "nobody"],
         conditions=[dict(text="as long as nobody fires a shot first", connective="as long as",
                          required="nobody fires a shot first", actor="VNM, PHL")]),
    dict(text="China has been strangely quiet", holder="writer", modality="asserted"),
    dict(text="Beijing is quietly enjoying the spectacle of two of its rivals fighting each other", holder="observers",
         modality="hedged", cues=["suspect"]),
    dict(text="Washington, which has a defence treaty with Manila, is said to be watching closely", holder="writer",
         modality="hedged", cues=["is said"]),
    dict(text="the fishermen are pawns in a much bigger game", holder="writer", modality="asserted"),
    dict(text="neither leader can afford to look weak", holder="writer", modality="negated", cues=["neither"]),
    dict(text="If the navy ships arrive before the diplomats sit down, this could turn ugly very fast", holder="writer",
         modality="speculative", cues=["If", "could"],
         conditions=[dict(text="If the navy ships arrive before the diplomats sit down", connective="if",
                          required="the navy ships arrive before the diplomats meet", actor="VNM")]),
    dict(text="Maybe cooler heads will prevail", holder="writer", modality="hedged", cues=["Maybe"]),
    dict(text="Maybe not", holder="writer", modality="hedged", cues=["Maybe", "not"]),
    dict(text="The next 72 hours could decide whether this ends with a handshake or a shootout", holder="writer",
         modality="speculative", cues=["could"]),
]

EVENTS = [
    dict(text="Vietnam sends warships after Manila jails all 14 fishermen: is the South China Sea about to explode?",
         event="MOBILIZE", context="military", source=[("Vietnam", "VNM", "MIL")], target=[], eventText="sends warships",
         comment="the wire report has two fisheries patrol ships; no mode chosen for ships"),
    dict(text="Vietnam sends warships after Manila jails all 14 fishermen: is the South China Sea about to explode?",
         event="COERCE", mode="arrest", context="military", source=[("Manila", "PHL", "GOV")],
         target=[("all 14 fishermen", "VNM", "CVL")], eventText="jails all 14 fishermen"),
    dict(text="Vietnam has dispatched warships toward the Spratly Islands after the Philippines rammed a Vietnamese fishing boat and threw its entire crew in jail, in what many are already calling the worst crisis in the region in a decade.",
         event="MOBILIZE", context="military", source=[("Vietnam", "VNM", "MIL")], target=[],
         eventText="has dispatched warships toward the Spratly Islands"),
    dict(text="Vietnam has dispatched warships toward the Spratly Islands after the Philippines rammed a Vietnamese fishing boat and threw its entire crew in jail, in what many are already calling the worst crisis in the region in a decade.",
         event="ASSAULT", context="military", source=[("the Philippines", "PHL", "")],
         target=[("a Vietnamese fishing boat", "VNM", "CVL")], eventText="rammed a Vietnamese fishing boat",
         comment="the rewrite makes the collision a deliberate ramming; no mode for ramming"),
    dict(text="Vietnam has dispatched warships toward the Spratly Islands after the Philippines rammed a Vietnamese fishing boat and threw its entire crew in jail, in what many are already calling the worst crisis in the region in a decade.",
         event="COERCE", mode="arrest", context="military", source=[("the Philippines", "PHL", "")],
         target=[("its entire crew", "VNM", "CVL")], eventText="threw its entire crew in jail"),
    dict(text="A Philippine coast guard ship smashed into the trawler on Sunday.",
         event="ASSAULT", context="military", source=[("A Philippine coast guard ship", "PHL", "")],
         target=[("the trawler", "VNM", "CVL")], eventText="smashed into the trawler"),
    dict(text="All 14 fishermen on board were arrested and taken to Palawan, and Manila has refused to let them go.",
         event="REJECT", mode="yield", context="diplomatic", source=[("Manila", "PHL", "GOV")], target=[],
         eventText="has refused to let them go",
         comment="refuses to release the fishermen; Vietnam only implied; the passive arrest names no agent"),
    dict(text="Lourdes Magbanua, the foreign secretary, reportedly said the men would stay in custody until Vietnam admits the trawler was at fault.",
         event="REQUEST", mode="change", context="diplomatic",
         source=[("Lourdes Magbanua, the foreign secretary", "PHL", "GOV")], target=[("Vietnam", "VNM", "GOV")],
         eventText="until Vietnam admits the trawler was at fault"),
    dict(text='According to Vietnamese state media, as quoted by several regional outlets, a senior navy officer said the country was "prepared to defend every fisherman with every means."',
         event="THREATEN", context="military", source=[("a senior navy officer", "VNM", "MIL")], target=[],
         eventText="prepared to defend every fisherman with every means", comment="target (the Philippines) only implied"),
    dict(text="Malaysian Prime Minister Harun Iskandar has stepped in as a peacemaker, hinting that he could bring both sides to Kuala Lumpur as early as Thursday.",
         event="AGREE", mode="mediate", context="diplomatic", source=[("Malaysian Prime Minister Harun Iskandar", "MYS", "GOV")],
         target=[("both sides", "VNM", "GOV"), ("both sides", "PHL", "GOV")], eventText="has stepped in as a peacemaker"),
    dict(text='"We are offering a table, nothing more," he said.',
         event="AGREE", mode="mediate", context="diplomatic", source=[("he", "MYS", "GOV")], target=[],
         eventText="We are offering a table", comment="speaker named in the previous sentence; parties only implied"),
]

ENTITY_EXTRA = [
    (r"(?<=The Philippines' )top diplomat\b", "PERSON", "person:lourdes-magbanua", "Lourdes Magbanua", "Foreign Secretary of the Philippines"),
]
