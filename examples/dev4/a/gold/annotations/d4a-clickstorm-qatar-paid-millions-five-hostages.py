"""Dev4-A gold for d4a-clickstorm-qatar-paid-millions-five-hostages (ClickStorm News): content-farm rewrite.

Overstates the wire (five hostages for three, "nearly two years" for 14 months, "as much as 20
million euros" for "several million", "a dozen militants" for four) and calls the sitting
Minister of State "former Qatari minister". Constructions: "what ... called", "swore that",
"Italian media reported that", a parenthetical "critics say" splitting its content, "According
to reports", "says it ... which sounds a lot like", "hinted that ..., probably for the right
price" (the writer's speculation glued to the minister's words), a "said ... and ... will
likely" where the second clause is the writer's, "insisted that ... never", "Nobody ... seems to
believe her", "Experts warn that ... may", an anonymous consultant "asking not to be named",
"says it will not ... unless", "demanding that", "Some observers think ... Others suspect",
questions and imperatives.
"""

DATE = "2026-11-25"
KAABI = "Nasser Al-Kaabi"
SERRANI = "Paola Serrani"
LSB = "org:lake-shore-brigade"
P5 = "Al-Kaabi hinted that Qatar would happily do it again, probably for the right price."
UN_TEXT = "The United Nations has also weighed in, demanding that the kidnappers free everyone they still hold."

ATTRIBUTIONS = [
    dict(source="former Qatari minister Nasser Al-Kaabi", cue="called", content=[("what", 0), "\"months of patient contacts\""],
         kind="mixed", sourcing="named-person", speaker=KAABI),
    dict(source="Al-Kaabi", cue="swore", content="that no money changed hands",
         kind="indirect", sourcing="named-person", speaker=KAABI),
    dict(source="Italian media", cue="reported", content="that as much as 20 million euros was paid",
         kind="indirect", sourcing="media-report", speaker="Italian media"),
    dict(source="critics", cue="say", content=["each time,", "the price was paid somewhere else"],
         kind="indirect", sourcing="vague-collective", speaker="critics"),
    dict(source="reports", cue="According to", content="Chad also released a dozen militants to seal the deal",
         kind="indirect", sourcing="media-report", speaker="media reports"),
    dict(source="The government in N'Djamena", cue="says", content="it \"honoured its word\"",
         kind="mixed", sourcing="named-organisation", speaker="Chad"),
    dict(source="Al-Kaabi", cue="hinted", content="that Qatar would happily do it again",
         kind="indirect", sourcing="named-person", speaker=KAABI),
    dict(source="He", cue="said", content="the channel to the group \"remains open\" because \"every life matters\"",
         kind="mixed", sourcing="named-person", speaker=KAABI),
    dict(source="Italy's foreign minister, Paola Serrani,", cue="insisted", content="that Rome never pays ransoms",
         kind="indirect", sourcing="named-person", speaker=SERRANI),
    dict(source="Experts", cue="warn", content="that deals like this may encourage more kidnappings",
         kind="indirect", sourcing="vague-collective", speaker="experts"),
    dict(source="one security consultant", cue="told", content="\"Every payment is a business plan for the next abduction,\"",
         kind="direct", sourcing="anonymous-official", speaker="security consultant"),
    dict(source="The charity", cue="says", content="it will not go back to Lake Chad unless its staff are safe",
         kind="indirect", sourcing="named-organisation", speaker="Sahel Water Trust"),
    dict(source="The United Nations", cue="demanding", content="that the kidnappers free everyone they still hold",
         kind="indirect", sourcing="named-organisation", speaker="United Nations"),
    dict(source="Some observers", cue="think",
         content="Washington quietly pushed Doha to get the deal done before the end of the year",
         kind="indirect", sourcing="vague-collective", speaker="observers"),
    dict(source="Others", cue="suspect", content="Rome simply ran out of patience",
         kind="indirect", sourcing="vague-collective", speaker="observers"),
]

CLAIMS = [
    dict(text="Qatar paid millions to free FIVE hostages from Chad jihadists - and more deals are coming", holder="writer",
         modality="asserted"),
    dict(text="Five Western hostages are finally free after nearly two years in the hands of jihadists in Chad",
         holder="writer", modality="asserted"),
    dict(text="it looks like Qatar did the heavy lifting once again", holder="writer", modality="hedged",
         cues=["looks like"]),
    dict(text="no money changed hands", holder=KAABI, modality="negated", cues=["no"]),
    dict(text="as much as 20 million euros was paid", holder="Italian media", modality="asserted"),
    dict(text="it is hard to believe that a group like this lets anyone go for free", holder="writer",
         modality="hedged", cues=["hard to believe"]),
    dict(text="Doha has done this before", holder="writer", modality="asserted"),
    dict(text="the price was paid somewhere else", holder="critics", modality="asserted"),
    dict(text="Chad also released a dozen militants to seal the deal", holder="media reports", modality="asserted"),
    dict(text="which sounds a lot like an admission", holder="writer", modality="hedged", cues=["sounds"]),
    dict(text="Qatar would happily do it again", holder=KAABI, modality="asserted"),
    dict(text="probably for the right price", holder="writer", modality="speculative", cues=["probably"]),
    dict(text="the channel to the group \"remains open\" because \"every life matters\"", holder=KAABI,
         modality="asserted"),
    dict(text="the remaining hostages will likely be home before Christmas", holder="writer", modality="speculative",
         cues=["likely"]),
    dict(text="Rome never pays ransoms", holder=SERRANI, modality="negated", cues=["never"]),
    dict(text="Nobody in Rome seems to believe her", holder="writer", modality="hedged", cues=["Nobody", "seems"]),
    dict(text="deals like this may encourage more kidnappings", holder="experts", modality="speculative", cues=["may"]),
    dict(text="Every payment is a business plan for the next abduction", holder="security consultant",
         modality="asserted"),
    dict(text="Possibly the end of it", holder="writer", modality="speculative", cues=["Possibly"]),
    dict(text="it will not go back to Lake Chad unless its staff are safe", holder="Sahel Water Trust",
         modality="conditional", cues=["not", "unless"],
         conditions=[dict(text="unless its staff are safe", connective="unless", required="make its staff safe",
                          actor="", polarity="against")]),
    dict(text="Washington quietly pushed Doha to get the deal done before the end of the year", holder="observers",
         modality="hedged", cues=["think"]),
    dict(text="Rome simply ran out of patience", holder="observers", modality="hedged", cues=["suspect"]),
    dict(text="We may never know", holder="writer", modality="speculative", cues=["may", "never"]),
    dict(text="the kidnappers may get richer", holder="writer", modality="speculative", cues=["may"]),
]

EVENTS = [
    dict(text="According to reports, Chad also released a dozen militants to seal the deal.", event="CONCEDE",
         mode="release", context="kidnapping", source=[("Chad", "TCD", "GOV")], target=[("a dozen militants", LSB, "")],
         eventText="released a dozen militants"),
    dict(text=P5, event="AGREE", mode="mediate", context="kidnapping", source=[("Al-Kaabi", "QAT", "GOV")], target=[],
         eventText="Qatar would happily do it again", comment="signalled readiness to mediate another release"),
    dict(text=UN_TEXT, event="REQUEST", mode="yield", context="kidnapping", source=[("The United Nations", "UN", "")],
         target=[("the kidnappers", LSB, "")], eventText="demanding that the kidnappers free everyone"),
]
