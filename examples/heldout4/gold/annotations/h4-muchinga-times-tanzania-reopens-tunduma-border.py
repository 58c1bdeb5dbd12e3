"""Heldout4 gold for h4-muchinga-times-tanzania-reopens-tunduma-border (The Muchinga Times): regional paper.

Headline contradicted by its own body ("Tanzania reopens Tunduma border" / "was still closed
... on Wednesday", "the gates stayed shut"); 2,000 lorries (analysis: about 1,200; hauliers:
3,000). Constructions: a lead whose source comes last, a Tanzanian official's "will open
tomorrow" against immigration officers who "said they had received no instruction", a city
standing for its government ("Dar es Salaam says", "with Dar es Salaam"), a vox pop with a
split quote and "Nobody here believes that", "Drivers said", a nested "The company says it
will not ... until" inside a quote, "appealed to", a parenthetical "she said" splitting its
content, "only after", "was quoted by Tanzanian media as saying ... as soon as", "estimated
that", an "If" quote with a trailing "said its chairman", counted companies as a source.
"""

DATE = "2026-11-25"
SIKAZWE = "Esther Sikazwe"
CHISENGA = "Mwila Chisenga"
KISANGA = "Halima Kisanga"
PHIRI = "Ackim Phiri"
NANYANGWE = "Mercy Nanyangwe"
SIMWANZA = "Gift Simwanza"
CLOSED = ("The Tunduma border crossing into Tanzania was still closed to Zambian trucks on Wednesday, five days after "
          "Tanzanian authorities shut it")
LORRIES = "more than 2,000 lorries were parked along the Great North Road waiting to cross"
CLOSURE_TEXT = ("Tanzania closed the crossing to Zambian-registered trucks on Friday, a week after Zambia began charging "
                "foreign hauliers a road maintenance levy of $180 per entry.")
SECURITY = "the closure is about security checks after a seizure of smuggled fuel, not the levy"
OPEN_TEXT = "A Tanzanian official in Songwe region told reporters on Tuesday evening that the crossing \"will open tomorrow\"."
TALKS = "Lusaka would discuss the levy with Dar es Salaam only after the border was fully reopened"
KISANGA_SRC = "Tanzania's Minister of Works and Transport, Halima Kisanga,"
SOON = "the crossing would reopen \"as soon as the security checks are complete\""
KISANGA_TEXT = KISANGA_SRC + " was quoted by Tanzanian media as saying " + SOON + "."
DETOUR = ("they had started sending trucks south through Zimbabwe to the port of Beira in Mozambique, a detour of more "
          "than 1,000 kilometres")

ATTRIBUTIONS = [
    dict(source="Nakonde District Commissioner Esther Sikazwe", cue="said", content=CLOSED + ", and " + LORRIES,
         kind="indirect", sourcing="named-person", speaker=SIKAZWE),
    dict(source="A Tanzanian official in Songwe region", cue="told", content="that the crossing \"will open tomorrow\"",
         kind="mixed", sourcing="anonymous-official", speaker="Tanzanian official"),
    dict(source="immigration officers on the Tunduma side", cue="said", content="they had received no instruction",
         kind="indirect", sourcing="vague-collective", speaker="Tanzanian immigration officers"),
    dict(source="Dar es Salaam", cue="says", content=SECURITY,
         kind="indirect", sourcing="named-organisation", speaker="Tanzania"),
    dict(source="Mercy Nanyangwe, 44, who sells fritters to drivers in the queue", cue="said",
         content=["\"Nobody here believes that,\"",
                  "\"They closed it the week the levy started. It is a trade war, and we are the ones paying.\""],
         kind="direct", sourcing="named-person", speaker=NANYANGWE),
    dict(source="Drivers", cue="said", content="food and water were running short",
         kind="indirect", sourcing="vague-collective", speaker="drivers"),
    dict(source="Ackim Phiri, a driver from Kitwe who has been in the queue since Friday,", cue="said",
         content="he had spent his last kwacha on bread", kind="indirect", sourcing="named-person", speaker=PHIRI),
    dict(source="he", cue="said", content="\"My load is copper. The company says it will not pay me until I deliver,\"",
         kind="direct", sourcing="named-person", speaker=PHIRI),
    dict(source="The company", cue="says", content="it will not pay me until I deliver",
         kind="indirect", sourcing="named-organisation", speaker="Ackim Phiri's company", via=["he"]),
    dict(source="Sikazwe", cue="said", content="the council had set up two water points and a mobile clinic",
         kind="indirect", sourcing="named-person", speaker=SIKAZWE),
    dict(source="She", cue="appealed", content="to well-wishers to bring food to the drivers",
         kind="indirect", sourcing="named-person", speaker=SIKAZWE),
    dict(source="she", cue="said", content=["some of whom,", "had fallen ill"],
         kind="indirect", sourcing="named-person", speaker=SIKAZWE),
    dict(source="Zambia's Minister of Transport and Logistics, Mwila Chisenga,", cue=("said", 8),
         content="that the levy was \"lawful, modest and applied to every foreign truck, not only Tanzanian ones\"",
         kind="mixed", sourcing="named-person", speaker=CHISENGA),
    dict(source="He", cue="said", content=TALKS, kind="indirect", sourcing="named-person", speaker=CHISENGA),
    dict(source="Tanzanian media", cue="was quoted by", content=[KISANGA_SRC, "as saying " + SOON],
         kind="mixed", sourcing="media-report", speaker="Tanzanian media"),
    dict(source=KISANGA_SRC, cue="saying", content=SOON,
         kind="mixed", sourcing="named-person", speaker=KISANGA, via=["Tanzanian media"]),
    dict(source="The Nakonde Chamber of Commerce", cue="estimated",
         content="that businesses in the town had lost 3 million kwacha since Friday",
         kind="indirect", sourcing="named-organisation", speaker="Nakonde Chamber of Commerce"),
    dict(source="its chairman, Gift Simwanza", cue="said",
         content="\"If this goes on for another week, half the shops on this road will close,\"",
         kind="direct", sourcing="named-person", speaker=SIMWANZA),
    dict(source="Two transport companies in Kitwe", cue="said", content=DETOUR,
         kind="indirect", sourcing="anonymous-official", speaker="Kitwe transport companies"),
]

CLAIMS = [
    dict(text="Tanzania reopens Tunduma border after five-day closure", holder="writer", modality="asserted"),
    dict(text=CLOSED, holder=SIKAZWE, modality="asserted"),
    dict(text=LORRIES, holder=SIKAZWE, modality="asserted"),
    dict(text="the crossing \"will open tomorrow\"", holder="Tanzanian official", modality="asserted"),
    dict(text="they had received no instruction", holder="Tanzanian immigration officers", modality="negated",
         cues=["no"]),
    dict(text="the gates stayed shut", holder="writer", modality="asserted"),
    dict(text="Only pedestrians with border passes were let through", holder="writer", modality="asserted"),
    dict(text="Tanzania closed the crossing to Zambian-registered trucks on Friday", holder="writer",
         modality="asserted"),
    dict(text="Zambia began charging foreign hauliers a road maintenance levy of $180 per entry", holder="writer",
         modality="asserted"),
    dict(text=SECURITY, holder="Tanzania", modality="negated", cues=["not"]),
    dict(text="Nobody here believes that", holder=NANYANGWE, modality="negated", cues=["Nobody"]),
    dict(text="They closed it the week the levy started", holder=NANYANGWE, modality="asserted"),
    dict(text="It is a trade war, and we are the ones paying", holder=NANYANGWE, modality="asserted"),
    dict(text="food and water were running short", holder="drivers", modality="asserted"),
    dict(text="it will not pay me until I deliver", holder="Ackim Phiri's company", modality="conditional",
         cues=["not", "until"],
         conditions=[dict(text="until I deliver", connective="until", required="deliver the load", actor="")]),
    dict(text="the council had set up two water points and a mobile clinic", holder=SIKAZWE, modality="asserted"),
    dict(text="the levy was \"lawful, modest and applied to every foreign truck, not only Tanzanian ones\"",
         holder=CHISENGA, modality="asserted"),
    dict(text=TALKS, holder=CHISENGA, modality="conditional", cues=["only after"],
         conditions=[dict(text="only after the border was fully reopened", connective="only after",
                          required="reopen the border fully", actor="TZA")]),
    dict(text=SOON, holder=KISANGA, modality="conditional", cues=["as soon as"],
         conditions=[dict(text="as soon as the security checks are complete", connective="as soon as",
                          required="complete the security checks", actor="TZA")]),
    dict(text="businesses in the town had lost 3 million kwacha since Friday", holder="Nakonde Chamber of Commerce",
         modality="hedged", cues=["estimated"]),
    dict(text="If this goes on for another week, half the shops on this road will close", holder=SIMWANZA,
         modality="conditional", cues=["If"],
         conditions=[dict(text="If this goes on for another week", connective="if",
                          required="keep the crossing closed for another week", actor="TZA")]),
    dict(text="Some drivers have given up waiting", holder="writer", modality="asserted"),
    dict(text=DETOUR, holder="Kitwe transport companies", modality="asserted"),
]

EVENTS = [
    dict(text=OPEN_TEXT, event="AGREE", context="border closure",
         source=[("A Tanzanian official in Songwe region", "TZA", "GOV")], target=[],
         eventText="\"will open tomorrow\"", comment="announced reopening (a commitment; it did not happen); Zambia only implied"),
    dict(text=CLOSURE_TEXT, event="SANCTION", context="border closure", source=[("Tanzania", "TZA", "GOV")],
         target=[("Zambian-registered trucks", "ZMB", "")], eventText="closed the crossing to Zambian-registered trucks",
         comment="closing a border crossing to one state's vehicles restricts trade; the levy itself is a unilateral fee, not coded"),
    dict(text="He said " + TALKS + ".", event="REQUEST", mode="yield", context="border closure",
         source=[("Lusaka", "ZMB", "GOV")], target=[("Dar es Salaam", "TZA", "GOV")],
         eventText="only after the border was fully reopened",
         comment="talks made conditional on the other side lifting its closure"),
    dict(text=KISANGA_TEXT, event="AGREE", context="border closure", source=[(KISANGA_SRC[:-1], "TZA", "GOV")],
         target=[], eventText="the crossing would reopen", comment="a conditional promise to reopen; Zambia only implied"),
]
