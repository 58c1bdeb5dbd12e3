"""Dev4-A gold for d4a-polar-ledger-barents-cod-pact-fraying (The Polar Ledger): long analysis.

Constructions: "Norwegian inspectors say", "summoned ... and called ... as", "said ... unless ...
by Friday", an anonymous official "familiar with the talks" and "speaking on condition of
anonymity" after the cue, "People close to the Russian delegation" with "In their reading" as
cue and "Two of them said ... if", "says ..., and it has not ruled out", "said ... unlikely ...,
but they expected", "said on Tuesday that ... and that", "several officials in Oslo believe"
and "one of them said" as parentheticals splitting an "If" clause from its consequence, "Few in
Oslo expect".
"""

DATE = "2026-11-22"
SEM = "Arkady Semyonov"
NORD = "Kari Nordvik"
CLOSE = "people close to the Russian delegation"
EUDIP = "European diplomats"
P2 = "The immediate trigger was the detention on Sunday of the Russian trawler Severny Veter by Norway's coast guard in the fisheries protection zone around Svalbard."
P3 = "Russia's foreign ministry summoned the Norwegian ambassador and called the detention \"an act of piracy\"."
SEM_TEXT = "Arkady Semyonov, head of Russia's Federal Agency for Fisheries, said Russia would suspend its participation in the commission unless the trawler was released by Friday."
OFFICIAL = "A Norwegian official familiar with the talks said Oslo had no intention of releasing the vessel before a court ruled."
NORD_TEXT = "She said on Tuesday that Norway would \"apply the same rules to every flag\" and that the door to the commission remained open."

ATTRIBUTIONS = [
    dict(source="Norwegian inspectors", cue="say", content="the vessel under-reported its cod catch by about 40 tonnes",
         kind="indirect", sourcing="vague-collective", speaker="Norwegian inspectors"),
    dict(source="Russia's foreign ministry", cue="called", content=[("the detention", 1), "\"an act of piracy\""],
         kind="mixed", sourcing="named-organisation", speaker="Ministry of Foreign Affairs of Russia"),
    dict(source="Arkady Semyonov, head of Russia's Federal Agency for Fisheries,", cue="said",
         content="Russia would suspend its participation in the commission unless the trawler was released by Friday",
         kind="indirect", sourcing="named-person", speaker=SEM),
    dict(source="A Norwegian official familiar with the talks", cue="said",
         content="Oslo had no intention of releasing the vessel before a court ruled",
         kind="indirect", sourcing="anonymous-official", speaker="Norwegian official"),
    dict(source="the official", cue="said", content="\"This is law enforcement, not politics,\"",
         kind="direct", sourcing="anonymous-official", speaker="Norwegian official"),
    dict(source="their", cue="reading",
         content="the arrest is a message timed to the commission's annual meeting, where next year's quotas are set",
         kind="indirect", sourcing="vague-collective", speaker=CLOSE),
    dict(source="Two of them", cue="said", content="Moscow was prepared to walk out if Norway raised the issue of inspections",
         kind="indirect", sourcing="anonymous-official", speaker=CLOSE),
    dict(source="The European Commission", cue="says",
         content="the bloc is entitled to a fixed share that would give it roughly 26,000 tonnes",
         kind="indirect", sourcing="named-organisation", speaker="European Commission"),
    dict(source="it", cue="has not ruled out", content="taking the case to arbitration",
         kind="indirect", sourcing="named-organisation", speaker="European Commission"),
    dict(source="Two European diplomats in Oslo", cue="said", content="Brussels was unlikely to side openly with Moscow",
         kind="indirect", sourcing="anonymous-official", speaker=EUDIP),
    dict(source="they", cue="expected", content="it to use the row to press its own claim",
         kind="indirect", sourcing="anonymous-official", speaker=EUDIP),
    dict(source="She", cue="said",
         content="that Norway would \"apply the same rules to every flag\" and that the door to the commission remained open",
         kind="mixed", sourcing="named-person", speaker=NORD),
    dict(source="several officials in Oslo", cue="believe",
         content=["If the captain is fined and the ship released,", "the commission could meet as planned in December"],
         kind="indirect", sourcing="anonymous-official", speaker="Norwegian officials"),
    dict(source="one of them", cue="said", content=["If the vessel is confiscated,", "\"all bets are off\""],
         kind="mixed", sourcing="anonymous-official", speaker="Norwegian official"),
    dict(source="Few in Oslo", cue="expect", content="Russia to give up its seat",
         kind="indirect", sourcing="vague-collective", speaker="people in Oslo"),
]

CLAIMS = [
    dict(text="Behind the Barents cod row, a fisheries pact that outlived the Cold War is fraying", holder="writer",
         modality="asserted"),
    dict(text="For half a century, Norway and Russia have shared the cod of the Barents Sea through a joint commission that survived the Cold War, the collapse of the Soviet Union and the war in Ukraine",
         holder="writer", modality="asserted"),
    dict(text="This week it looked more fragile than at any time since it was founded", holder="writer",
         modality="hedged", cues=["looked"]),
    dict(text="The immediate trigger was the detention on Sunday of the Russian trawler Severny Veter by Norway's coast guard in the fisheries protection zone around Svalbard",
         holder="writer", modality="asserted"),
    dict(text="the vessel under-reported its cod catch by about 40 tonnes", holder="Norwegian inspectors",
         modality="asserted"),
    dict(text="The trawler, with 27 crew on board, was escorted to Tromsø", holder="writer", modality="asserted"),
    dict(text="the detention \"an act of piracy\"", holder="Ministry of Foreign Affairs of Russia", modality="asserted"),
    dict(text="Russia would suspend its participation in the commission unless the trawler was released by Friday",
         holder=SEM, modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the trawler was released by Friday", connective="unless",
                          required="release the trawler by Friday", actor="NOR", polarity="against")]),
    dict(text="Oslo had no intention of releasing the vessel before a court ruled", holder="Norwegian official",
         modality="conditional", cues=["no", "before"],
         conditions=[dict(text="before a court ruled", connective="before", required="rule on the case",
                          actor="NOR")]),
    dict(text="This is law enforcement, not politics", holder="Norwegian official", modality="negated", cues=["not"]),
    dict(text="the arrest is a message timed to the commission's annual meeting", holder=CLOSE, modality="asserted"),
    dict(text="Moscow was prepared to walk out if Norway raised the issue of inspections", holder=CLOSE,
         modality="conditional", cues=["if"],
         conditions=[dict(text="if Norway raised the issue of inspections", connective="if",
                          required="raise the issue of inspections", actor="NOR")]),
    dict(text="Norway has set the quota for EU vessels in the Svalbard zone at 18,500 tonnes of cod for next year",
         holder="writer", modality="asserted"),
    dict(text="the bloc is entitled to a fixed share that would give it roughly 26,000 tonnes",
         holder="European Commission", modality="asserted"),
    dict(text="taking the case to arbitration", holder="European Commission", modality="speculative",
         cues=["not ruled out"]),
    dict(text="Brussels was unlikely to side openly with Moscow", holder=EUDIP, modality="speculative", cues=["unlikely"]),
    dict(text="it to use the row to press its own claim", holder=EUDIP, modality="hedged", cues=["expected"]),
    dict(text="Norway would \"apply the same rules to every flag\"", holder=NORD, modality="asserted"),
    dict(text="the door to the commission remained open", holder=NORD, modality="asserted"),
    dict(text="Whether that holds may depend on the court in Tromsø", holder="writer", modality="speculative",
         cues=["may"]),
    dict(text="the commission could meet as planned in December", holder="Norwegian officials", modality="speculative",
         cues=["believe", "could", ("If", 0)],
         conditions=[dict(text="If the captain is fined", connective="if", required="fine the captain", actor="NOR"),
                     dict(text="the ship released", connective="", required="release the ship", actor="NOR")]),
    dict(text="all bets are off", holder="Norwegian official", modality="conditional", cues=[("If", 1)],
         conditions=[dict(text="If the vessel is confiscated", connective="if", required="confiscate the vessel",
                          actor="NOR")]),
    dict(text="Russia to give up its seat", holder="people in Oslo", modality="hedged", cues=["Few", "expect"]),
]

EVENTS = [
    dict(text=P2, event="COERCE", mode="seize", context="fisheries", source=[("Norway's coast guard", "NOR", "")],
         target=[("the Russian trawler Severny Veter", "RUS", "CVL")],
         eventText="the detention on Sunday of the Russian trawler Severny Veter",
         comment="a vessel detained; the coast guard's sector is not given in the article"),
    dict(text="Norwegian inspectors say the vessel under-reported its cod catch by about 40 tonnes.", event="ACCUSE",
         context="fisheries", source=[("Norwegian inspectors", "NOR", "GOV")], target=[("the vessel", "RUS", "CVL")],
         eventText="under-reported its cod catch"),
    dict(text=P3, event="ACCUSE", context="diplomatic", source=[("Russia's foreign ministry", "RUS", "GOV")],
         target=[("the Norwegian ambassador", "NOR", "GOV")], eventText="summoned the Norwegian ambassador",
         comment="summoning an ambassador is a formal protest"),
    dict(text=P3, event="ACCUSE", context="fisheries", source=[("Russia's foreign ministry", "RUS", "GOV")], target=[],
         eventText="called the detention \"an act of piracy\"", comment="Norway only implied"),
    dict(text=SEM_TEXT, event="THREATEN", context="fisheries",
         source=[("Arkady Semyonov, head of Russia's Federal Agency for Fisheries", "RUS", "GOV")], target=[],
         eventText="would suspend its participation in the commission", comment="Norway only implied"),
    dict(text=SEM_TEXT, event="REQUEST", mode="yield", context="fisheries",
         source=[("Arkady Semyonov, head of Russia's Federal Agency for Fisheries", "RUS", "GOV")], target=[],
         eventText="unless the trawler was released by Friday", comment="a release demanded of Norway (implied)"),
    dict(text=OFFICIAL, event="REJECT", mode="yield", context="fisheries", source=[("Oslo", "NOR", "GOV")], target=[],
         eventText="had no intention of releasing the vessel", comment="refusing Russia's release demand; Russia implied"),
    dict(text="Two of them said Moscow was prepared to walk out if Norway raised the issue of inspections.",
         event="THREATEN", context="fisheries", source=[("Moscow", "RUS", "GOV")], target=[],
         eventText="was prepared to walk out", comment="conditional walk-out; Norway only named in the condition"),
    dict(text=NORD_TEXT, event="AGREE", mode="meet", context="fisheries", source=[("She", "NOR", "GOV")], target=[],
         eventText="the door to the commission remained open", comment="signalled openness to talks; Russia implied"),
]
