"""Dev3-A gold for a-meridian-ledger-madagascar-president-second-term (The Meridian Ledger): reference report.

Constructions: "the electoral commission announced" in the lead, a passive "criticised by
international observers for", "the commission said" with a trailing appositive, a nominal
"opposition claims that", "said in its preliminary report that ... but that", "She added
that", a two-sentence quote before "he said", "called the result ...", "unless", "dismissed
... as", "congratulated ... and urged", "It did not mention" (no reported content),
"Diplomats in Antananarivo expect".
"""

DATE = "2026-11-19"
RAK = "Hery Rakotovao"
MWALE = "Grace Mwale"
LIND = "Henrik Lindqvist"
LANTO = "Lanto Andrianarisoa"
TOJO = "Tojo Randria"
UFC = "United Front for Change"
COMMISSION = "Electoral Commission of Madagascar"
AU_MISSION = "African Union observer mission"
UFC_SOURCE = "The opposition United Front for Change, led by former Antananarivo mayor Lanto Andrianarisoa,"
SADC_TEXT = "The Southern African Development Community, of which Madagascar is a member, congratulated the Malagasy people on a peaceful vote and urged \"all stakeholders\" to resolve their differences through dialogue."
SADC = ("The Southern African Development Community", "SADC", "")

ATTRIBUTIONS = [
    dict(source="Madagascar's electoral commission", cue="announced",
         content="President Hery Rakotovao won a second five-year term with 61.4 percent of the vote",
         kind="indirect", sourcing="named-organisation", speaker=COMMISSION),
    dict(source="international observers", cue="criticised", content="for restrictions on rallies and the media",
         kind="indirect", sourcing="vague-collective", speaker="international observers"),
    dict(source="the commission", cue="said", content="Turnout was 38 percent",
         kind="indirect", sourcing="named-organisation", speaker=COMMISSION),
    dict(source="opposition", cue="claims", content="that the result lacks legitimacy",
         kind="indirect", sourcing="named-organisation", speaker=UFC),
    dict(source="The African Union's observer mission", cue="said",
         content='that voting had been "calm and orderly" but that the campaign had not been "fully inclusive or competitive"',
         kind="mixed", sourcing="named-organisation", speaker=AU_MISSION),
    dict(source="Its head, Grace Mwale, a former foreign minister of Malawi,", cue="told",
         content="that observers had seen no evidence of large-scale fraud on polling day",
         kind="indirect", sourcing="named-person", speaker=MWALE),
    dict(source="She", cue="added",
         content="that the mission could not assess the count in 14 districts where its teams had been denied access",
         kind="indirect", sourcing="named-person", speaker=MWALE),
    dict(source="Its chief observer, Henrik Lindqvist,", cue="said",
         content="security forces had broken up at least nine opposition gatherings in the three weeks before the vote and that two private radio stations had been taken off the air",
         kind="indirect", sourcing="named-person", speaker=LIND),
    dict(source="he", cue="said",
         content='"A boycott does not make an election illegitimate. But the conditions that produced this boycott should worry everyone,"',
         kind="direct", sourcing="named-person", speaker=LIND),
    dict(source=UFC_SOURCE, cue="called", content=[("the result", 1), '"a coronation, not an election"'],
         kind="mixed", sourcing="named-organisation", speaker=UFC),
    dict(source=UFC_SOURCE, cue="said", content="it would not recognise the new government",
         kind="indirect", sourcing="named-organisation", speaker=UFC),
    dict(source="Andrianarisoa", cue="said",
         content="the coalition would call a general strike next week unless the authorities released 23 activists detained since October",
         kind="indirect", sourcing="named-person", speaker=LANTO),
    dict(source="A government spokesman, Tojo Randria,", cue="dismissed",
         content=["the observers' criticism", 'as "interference"'],
         kind="mixed", sourcing="named-person", speaker=TOJO),
    dict(source="A government spokesman, Tojo Randria,", cue="said",
         content="the activists had been charged with inciting violence, not with political offences",
         kind="indirect", sourcing="named-person", speaker=TOJO),
    dict(source="The Southern African Development Community, of which Madagascar is a member,", cue="congratulated",
         content="the Malagasy people on a peaceful vote",
         kind="indirect", sourcing="named-organisation", speaker="Southern African Development Community"),
    dict(source="The Southern African Development Community, of which Madagascar is a member,", cue="urged",
         content='"all stakeholders" to resolve their differences through dialogue',
         kind="mixed", sourcing="named-organisation", speaker="Southern African Development Community"),
    dict(source="Diplomats in Antananarivo", cue="expect", content="it to do so without changes",
         kind="indirect", sourcing="vague-collective", speaker="diplomats"),
]

CLAIMS = [
    dict(text="Madagascar's president wins second term as observers fault boycotted vote", holder="writer",
         modality="asserted"),
    dict(text="President Hery Rakotovao won a second five-year term with 61.4 percent of the vote", holder=COMMISSION,
         modality="asserted"),
    dict(text="Turnout was 38 percent", holder=COMMISSION, modality="asserted"),
    dict(text="The figure is likely to fuel opposition claims that the result lacks legitimacy", holder="writer",
         modality="speculative", cues=["likely"]),
    dict(text='voting had been "calm and orderly"', holder=AU_MISSION, modality="asserted"),
    dict(text='the campaign had not been "fully inclusive or competitive"', holder=AU_MISSION, modality="negated",
         cues=["not"]),
    dict(text="observers had seen no evidence of large-scale fraud on polling day", holder=MWALE, modality="negated",
         cues=["no"]),
    dict(text="the mission could not assess the count in 14 districts where its teams had been denied access",
         holder=MWALE, modality="negated", cues=["not"]),
    dict(text="security forces had broken up at least nine opposition gatherings in the three weeks before the vote",
         holder=LIND, modality="asserted"),
    dict(text="A boycott does not make an election illegitimate", holder=LIND, modality="negated", cues=["not"]),
    dict(text="But the conditions that produced this boycott should worry everyone", holder=LIND, modality="hedged",
         cues=["should"]),
    dict(text="a coronation, not an election", holder=UFC, modality="negated", cues=["not"]),
    dict(text="it would not recognise the new government", holder=UFC, modality="negated", cues=["not"]),
    dict(text="the coalition would call a general strike next week unless the authorities released 23 activists detained since October",
         holder=LANTO, modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the authorities released 23 activists detained since October", connective="unless",
                          required="release the 23 detained activists", actor="MDG", polarity="against")]),
    dict(text="the activists had been charged with inciting violence, not with political offences", holder=TOJO,
         modality="negated", cues=["not"]),
    dict(text="It did not mention the boycott", holder="writer", modality="negated", cues=["not"]),
    dict(text="The High Constitutional Court has ten days to validate the results", holder="writer", modality="asserted"),
    dict(text="it to do so without changes", holder="diplomats", modality="hedged", cues=["expect"]),
]

EVENTS = [
    dict(text="Its chief observer, Henrik Lindqvist, said security forces had broken up at least nine opposition gatherings in the three weeks before the vote and that two private radio stations had been taken off the air.",
         event="COERCE", context="political", source=[("security forces", "MDG", "MIL")],
         target=[("opposition gatherings", "MDG", "CVL")], eventText="had broken up at least nine opposition gatherings",
         comment="state repression of civilians; the radio closures name no agent; no mode"),
    dict(text="A government spokesman, Tojo Randria, dismissed the observers' criticism as \"interference\" and said the activists had been charged with inciting violence, not with political offences.",
         event="REJECT", context="political", source=[("A government spokesman, Tojo Randria", "MDG", "GOV")],
         target=[("the observers", "AU", ""), ("the observers", "EU", "")],
         eventText="dismissed the observers' criticism as \"interference\"",
         comment="the observers are the AU and EU missions of the paragraphs above; no mode for rejecting criticism"),
    dict(text=SADC_TEXT, event="SUPPORT", context="political", source=[SADC],
         target=[("the Malagasy people", "MDG", "CVL")], eventText="congratulated the Malagasy people on a peaceful vote",
         comment="praise (CAMEO 051)"),
    dict(text=SADC_TEXT, event="REQUEST", context="political", source=[SADC],
         target=[("all stakeholders", "MDG", "")], eventText="urged \"all stakeholders\" to resolve their differences through dialogue",
         comment="an appeal for dialogue; no mode"),
]

ENTITY_EXTRA = [
    (r"(?<=Madagascar's )president\b", "PERSON", "person:hery-rakotovao", "Hery Rakotovao", "President of Madagascar"),
    (r"(?<=the )commission\b", "ORG", "org:madagascar-electoral-commission", "Electoral Commission of Madagascar", ""),
]
