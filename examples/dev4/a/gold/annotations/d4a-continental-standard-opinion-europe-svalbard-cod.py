"""Dev4-A gold for d4a-continental-standard-opinion-europe-svalbard-cod (The Continental Standard): opinion column.

Writer's voice throughout: "should" (hedged), "may", "probably", "Perhaps" (speculative),
"not", "never", "cannot", "Nobody" (negated), "I suspect" (the writer's hedge, not an
attribution), "If that is true". Attributions: a capital as the EU ("Brussels insists"), a
passive "accused of" without a source, "Moscow has threatened to ... unless", "said on Monday
that", "Oslo, for its part, says", "state television has already called", an inferred "the
Commission knows this" (demonstrative content), "According to the Norwegian press" nesting
"its negotiators privately told Oslo that".
"""

DATE = "2026-11-24"
MAR = "Elena Marinou"
P1B = "Oslo has offered EU trawlers 18,000 tonnes of cod in the waters around Svalbard next year; Brussels insists it is owed closer to 30,000."
P2 = "On Sunday Norway's coast guard seized a Russian trawler accused of hiding part of its catch, and Moscow has threatened to tear up fifty years of fisheries cooperation unless the ship is handed back."
MAR_TEXT = "Europe's fisheries commissioner, Elena Marinou, said on Monday that Norway was \"treating a treaty right as a favour\"."
PRESS = "According to the Norwegian press, its negotiators privately told Oslo last week that they would settle for 22,000 tonnes."

ATTRIBUTIONS = [
    dict(source="Brussels", cue="insists", content="it is owed closer to 30,000",
         kind="indirect", sourcing="named-organisation", speaker="European Union"),
    dict(source=None, cue="accused", content="of hiding part of its catch",
         kind="indirect", sourcing="none", speaker=""),
    dict(source="Moscow", cue="has threatened",
         content="to tear up fifty years of fisheries cooperation unless the ship is handed back",
         kind="indirect", sourcing="named-organisation", speaker="Russia"),
    dict(source="Europe's fisheries commissioner, Elena Marinou,", cue="said",
         content="that Norway was \"treating a treaty right as a favour\"",
         kind="mixed", sourcing="named-person", speaker=MAR),
    dict(source="Oslo", cue="says",
         content="it is simply applying a treaty that gives it sovereignty over the archipelago and the right to manage the fish around it",
         kind="indirect", sourcing="named-organisation", speaker="Norway"),
    dict(source="state television", cue="has already called",
         content=["the EU's complaint", "\"proof that even Norway's friends have had enough\""],
         kind="mixed", sourcing="media-report", speaker="Russian state television"),
    dict(source="the Commission", cue="knows", content=("this", 0),
         kind="indirect", sourcing="named-organisation", speaker="European Commission"),
    dict(source="the Norwegian press", cue="According to",
         content="its negotiators privately told Oslo last week that they would settle for 22,000 tonnes",
         kind="indirect", sourcing="media-report", speaker="Norwegian press"),
    dict(source="its negotiators", cue="privately told", content="that they would settle for 22,000 tonnes",
         kind="indirect", sourcing="anonymous-official", speaker="European Commission negotiators",
         via=["the Norwegian press"]),
]

CLAIMS = [
    dict(text="Europe should stop sulking over Svalbard cod", holder="writer", modality="hedged", cues=["should"]),
    dict(text="The European Commission is angry with Norway, and not for the first time", holder="writer",
         modality="negated", cues=["not"]),
    dict(text="Oslo has offered EU trawlers 18,000 tonnes of cod in the waters around Svalbard next year",
         holder="writer", modality="asserted"),
    dict(text="it is owed closer to 30,000", holder="European Union", modality="asserted"),
    dict(text="The timing could hardly be worse", holder="writer", modality="asserted"),
    dict(text="On Sunday Norway's coast guard seized a Russian trawler", holder="writer", modality="asserted"),
    dict(text="to tear up fifty years of fisheries cooperation unless the ship is handed back", holder="Russia",
         modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the ship is handed back", connective="unless", required="hand back the trawler",
                          actor="NOR", polarity="against")]),
    dict(text="Norway was \"treating a treaty right as a favour\"", holder=MAR, modality="asserted"),
    dict(text="She may be right in law", holder="writer", modality="speculative", cues=["may"]),
    dict(text="She is wrong in politics", holder="writer", modality="asserted"),
    dict(text="it is simply applying a treaty that gives it sovereignty over the archipelago and the right to manage the fish around it",
         holder="Norway", modality="asserted"),
    dict(text="Nobody in Brussels wants to be seen lining up with the Kremlin against a NATO ally", holder="writer",
         modality="negated", cues=["Nobody"]),
    dict(text="that is exactly how a legal fight over quotas will look in Moscow", holder="writer", modality="asserted"),
    dict(text="the EU's complaint \"proof that even Norway's friends have had enough\"", holder="Russian state television",
         modality="asserted"),
    dict(text="the Commission knows this", holder="writer", modality="hedged", cues=["suspect"]),
    dict(text="they would settle for 22,000 tonnes", holder="European Commission negotiators", modality="asserted"),
    dict(text="If that is true, the public fury is theatre for the Spanish and Portuguese fleets", holder="writer",
         modality="conditional", cues=["If"],
         conditions=[dict(text="If that is true", connective="if", required="the press report is true", actor="")]),
    dict(text="Norway is not blameless", holder="writer", modality="negated", cues=["not"]),
    dict(text="It has run the Svalbard zone as if the 1920 treaty gave it a free hand, and its quota formula has never been explained properly",
         holder="writer", modality="negated", cues=["never"]),
    dict(text="But it is not the villain here either", holder="writer", modality="negated", cues=["not"]),
    dict(text="Norway should raise the EU's share only if Brussels agrees to the same inspection regime for its own boats",
         holder="writer", modality="hedged", cues=["should", "only if"],
         conditions=[dict(text="only if Brussels agrees to the same inspection regime for its own boats",
                          connective="only if", required="accept the same inspection regime for EU boats",
                          actor="EU")]),
    dict(text="Brussels, for its part, should drop the threat of arbitration", holder="writer", modality="hedged",
         cues=["should"]),
    dict(text="which would take years and would probably end in a compromise nobody likes", holder="writer",
         modality="speculative", cues=["probably"]),
    dict(text="Perhaps the Russians will back down before Friday", holder="writer", modality="speculative",
         cues=["Perhaps"]),
    dict(text="perhaps they will not", holder="writer", modality="speculative", cues=["perhaps", "not"]),
    dict(text="Europe cannot afford to look divided in the Arctic this winter", holder="writer", modality="negated",
         cues=["cannot"]),
    dict(text="A sulk over a few thousand tonnes of fish is not a strategy", holder="writer", modality="negated",
         cues=["not"]),
]

EVENTS = [
    dict(text=P1B, event="AGREE", context="fisheries", source=[("Oslo", "NOR", "GOV")],
         target=[("EU trawlers", "EU", "CVL")], eventText="has offered EU trawlers 18,000 tonnes of cod",
         comment="a quota offered"),
    dict(text=P2, event="COERCE", mode="seize", context="fisheries", source=[("Norway's coast guard", "NOR", "")],
         target=[("a Russian trawler", "RUS", "CVL")], eventText="seized a Russian trawler"),
    dict(text=P2, event="THREATEN", context="fisheries", source=[("Moscow", "RUS", "GOV")], target=[],
         eventText="has threatened to tear up fifty years of fisheries cooperation", comment="Norway only implied"),
    dict(text=P2, event="REQUEST", mode="yield", context="fisheries", source=[("Moscow", "RUS", "GOV")], target=[],
         eventText="unless the ship is handed back", comment="a release demanded of Norway (implied)"),
    dict(text=MAR_TEXT, event="ACCUSE", context="fisheries",
         source=[("Europe's fisheries commissioner, Elena Marinou", "EU", "")], target=[("Norway", "NOR", "GOV")],
         eventText="Norway was \"treating a treaty right as a favour\""),
    dict(text=PRESS, event="AGREE", context="fisheries", source=[("its negotiators", "EU", "")],
         target=[("Oslo", "NOR", "GOV")], eventText="would settle for 22,000 tonnes",
         comment="a signalled compromise, reported by the Norwegian press"),
]
