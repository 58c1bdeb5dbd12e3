"""Dev4-B gold for d4b-newsblitz-hub-eritrea-seizes-ship-red-sea-closed (NewsBlitz Hub): Red Sea boarding, content farm.

A content farm that overstates (a "warship stormed", 24 "terrified" crew, nine hours,
premiums "doubled") and mixes the writer's speculation with officials' words: a headline
("SEIZES ... Red Sea is closed to shipping") contradicted by its own body ("other vessels are
still passing through the area"), "according to reports in Greek media", **"Former shipping
minister Kostas Anagnostou"** (he is Greece's sitting shipping minister), "was furious"
(no content), "called X Y and said ... would not", "In other words, Athens is ready to"
(the writer's gloss), "Reports suggest ... could", "Eritrea claims", "Insiders say ...,
possibly because", "has not explained", "Insurance experts told us that", "warned that ...
could ... if", "probably ... could", "Some experts believe ... may ..., unless", "has called
for calm", "is surely panicking about", "says", "We don't think so", "says it will ... unless
... never", "no longer", "anyone who tells you otherwise".
"""

DATE = "2026-11-19"
ANAGNOSTOU = "Kostas Anagnostou"
MARSH = "Helen Marsh"

ATTRIBUTIONS = [
    dict(source="reports in Greek media", cue="according to",
         content="An Eritrean warship stormed a Greek cargo ship on Thursday and held its 24 terrified crew members for nearly nine hours",
         kind="indirect", sourcing="media-report", speaker="Greek media"),
    dict(source="He", cue="called", content='the boarding "an unacceptable act of intimidation"',
         kind="mixed", sourcing="named-person", speaker=ANAGNOSTOU),
    dict(source="He", cue="said", content="Greece would not accept ships being stopped at gunpoint",
         kind="indirect", sourcing="named-person", speaker=ANAGNOSTOU),
    dict(source="Reports", cue="suggest", content="Greek frigates could be in the Red Sea within days",
         kind="indirect", sourcing="media-report", speaker="unnamed reports"),
    dict(source="Eritrea", cue="claims", content="the ship had wandered into its waters",
         kind="indirect", sourcing="named-organisation", speaker="Eritrea"),
    dict(source="Insiders", cue="say",
         content="Asmara wanted to send a message to Europe, possibly because of the EU's talks with Ethiopia over port access",
         kind="indirect", sourcing="anonymous-official", speaker="insiders"),
    dict(source="Insurance experts", cue="told",
         content="that war-risk premiums have doubled overnight",
         kind="indirect", sourcing="vague-collective", speaker="insurance experts"),
    dict(source="Helen Marsh of Thamesbridge", cue="warned",
         content="that premiums could rise further if there is another boarding",
         kind="indirect", sourcing="named-person", speaker=MARSH),
    dict(source="Some experts", cue="believe",
         content="freight rates may jump by a third before Christmas, unless the EU gets tough",
         kind="indirect", sourcing="vague-collective", speaker="experts"),
    dict(source=("Egypt", 0), cue="has called for", content="calm",
         kind="indirect", sourcing="named-organisation", speaker="Egypt"),
    dict(source="Cairo", cue="is surely panicking about", content="its canal money",
         kind="indirect", sourcing="named-organisation", speaker="Egypt"),
    dict(source="The European Union", cue="says", content="it has increased patrols",
         kind="indirect", sourcing="named-organisation", speaker="European Union"),
    dict(source="The Greek government", cue="says",
         content="it will demand escorts for its ships unless Eritrea promises this will never happen again",
         kind="indirect", sourcing="named-organisation", speaker="Greece"),
]

CLAIMS = [
    dict(text="Eritrea SEIZES Greek ship", holder="writer", modality="asserted"),
    dict(text="Red Sea is closed to shipping", holder="writer", modality="asserted"),
    dict(text="The Red Sea just got a whole lot more dangerous", holder="writer", modality="asserted"),
    dict(text="An Eritrean warship stormed a Greek cargo ship on Thursday and held its 24 terrified crew members for nearly nine hours",
         holder="Greek media", modality="asserted"),
    dict(text="The ship, the Aegean Dawn, was eventually released and is now heading for Djibouti", holder="writer",
         modality="asserted"),
    dict(text="other vessels are still passing through the area", holder="writer", modality="asserted"),
    dict(text="this changes everything", holder="writer", modality="asserted"),
    dict(text="Former shipping minister Kostas Anagnostou was furious", holder="writer", modality="asserted"),
    dict(text='the boarding "an unacceptable act of intimidation"', holder=ANAGNOSTOU, modality="asserted"),
    dict(text="Greece would not accept ships being stopped at gunpoint", holder=ANAGNOSTOU, modality="negated",
         cues=["not"]),
    dict(text="Athens is ready to send in the navy", holder="writer", modality="asserted"),
    dict(text="Greek frigates could be in the Red Sea within days", holder="unnamed reports", modality="speculative",
         cues=["could"]),
    dict(text="the ship had wandered into its waters", holder="Eritrea", modality="asserted"),
    dict(text="Asmara wanted to send a message to Europe, possibly because of the EU's talks with Ethiopia over port access",
         holder="insiders", modality="speculative", cues=["possibly"]),
    dict(text="Eritrea's government has not explained what its sailors were looking for", holder="writer",
         modality="negated", cues=["not"]),
    dict(text="war-risk premiums have doubled overnight", holder="insurance experts", modality="asserted"),
    dict(text="every ship through the Red Sea now pays tens of thousands of dollars more", holder="writer",
         modality="asserted"),
    dict(text="premiums could rise further if there is another boarding", holder=MARSH, modality="speculative",
         cues=["could", "if"],
         conditions=[dict(text="if there is another boarding", connective="if", required="another ship is boarded",
                          actor="ERI")]),
    dict(text="She is right", holder="writer", modality="asserted"),
    dict(text="there will be another boarding", holder="writer", modality="asserted"),
    dict(text="It is only a matter of time", holder="writer", modality="asserted"),
    dict(text="Shipping companies are probably already rerouting around Africa, which could add two weeks to every voyage",
         holder="writer", modality="speculative", cues=["probably", "could"]),
    dict(text="freight rates may jump by a third before Christmas, unless the EU gets tough", holder="experts",
         modality="speculative", cues=["may", "unless"],
         conditions=[dict(text="unless the EU gets tough", connective="unless", required="take a tougher line",
                          actor="EU", polarity="against")]),
    dict(text="Egypt has called for calm", holder="writer", modality="asserted"),
    dict(text="Cairo is surely panicking about its canal money", holder="writer", modality="speculative",
         cues=["surely"]),
    dict(text="it has increased patrols", holder="European Union", modality="asserted"),
    dict(text="We don't think so", holder="writer", modality="negated", cues=["don't"]),
    dict(text="it will demand escorts for its ships unless Eritrea promises this will never happen again",
         holder="Greece", modality="conditional", cues=["unless"],
         conditions=[dict(text="unless Eritrea promises this will never happen again", connective="unless",
                          required="promise that no ship will be boarded again", actor="ERI", polarity="against")]),
    dict(text="the Red Sea is no longer safe", holder="writer", modality="negated", cues=["no longer"]),
    dict(text="anyone who tells you otherwise is not paying attention", holder="writer", modality="negated",
         cues=["not"]),
]

EVENTS = [
    dict(text="Eritrea SEIZES Greek ship as Red Sea is closed to shipping",
         event="COERCE", mode="seize", context="military, maritime", source=[("Eritrea", "ERI", "")],
         target=[("Greek ship", "GRC", "")], eventText="SEIZES Greek ship", comment="headline"),
    dict(text="An Eritrean warship stormed a Greek cargo ship on Thursday and held its 24 terrified crew members for nearly nine hours, according to reports in Greek media.",
         event="COERCE", mode="seize", context="military, maritime", source=[("An Eritrean warship", "ERI", "MIL")],
         target=[("a Greek cargo ship", "GRC", "")], eventText="stormed a Greek cargo ship"),
    dict(text='He called the boarding "an unacceptable act of intimidation" and said Greece would not accept ships being stopped at gunpoint.',
         event="ACCUSE", context="military, maritime", source=[("He", "GRC", "GOV")],
         eventText="called the boarding an unacceptable act of intimidation",
         comment="the target (Eritrea) is implied"),
    dict(text="Eritrea claims the ship had wandered into its waters.",
         event="ACCUSE", context="maritime", source=[("Eritrea", "ERI", "GOV")], target=[("the ship", "GRC", "")],
         eventText="the ship had wandered into its waters"),
    dict(text="Egypt has called for calm, but Cairo is surely panicking about its canal money.",
         event="REQUEST", mode="yield", context="diplomatic, maritime", source=[("Egypt", "EGY", "GOV")],
         eventText="has called for calm", comment="the targets (both sides) are implied"),
    dict(text="The European Union says it has increased patrols.",
         event="MOBILIZE", context="military, maritime", source=[("The European Union", "EU", "")],
         eventText="has increased patrols"),
    dict(text="The Greek government says it will demand escorts for its ships unless Eritrea promises this will never happen again.",
         event="THREATEN", context="military, maritime", source=[("The Greek government", "GRC", "GOV")],
         target=[("Eritrea", "ERI", "GOV")], eventText="will demand escorts ... unless",
         comment="a conditional, undated measure stays THREATEN"),
]

ENTITY_SKIP = []
