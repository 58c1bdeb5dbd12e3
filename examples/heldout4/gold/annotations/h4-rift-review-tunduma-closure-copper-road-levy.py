"""Heldout4 gold for h4-rift-review-tunduma-closure-copper-road-levy (The Rift Review): analysis with anonymous sources.

Constructions: "Officially, ... Privately, several Tanzanian officials say", a quote before
"said a senior official at ..., speaking on condition of anonymity because ...", "In his
account" (source inside the phrase) nesting "two letters asking it to", "has denied any link
... and said ... once", "put the number ... at about 1,200 and say", "has called ... and said
... could", "People familiar with ... said ... others fear", "The Tanzanian official said ...
could ... if", "A Zambian official said that ... would not ... before talks, but that it
might", "Two diplomats ... said SADC had offered ..., but that neither", "one of them said
... unless", "Analysts doubt", a split quote with an "If" and "never", "local officials
said". Figures that differ from the regional paper and the hauliers (1,200 trucks; $1.5
million a day).
"""

DATE = "2026-11-25"
KISANGA = "Halima Kisanga"
CHISENGA = "Mwila Chisenga"
LYIMO = "Neema Lyimo"
TZ_OFFICIAL = "Ministry of Works and Transport of Tanzania official"
P1_1 = "DAR ES SALAAM — Officially, Tanzania shut the Tunduma crossing to Zambian trucks last Friday to carry out security checks."
OFFICIAL_SRC = ("a senior official at Tanzania's Ministry of Works and Transport, speaking on condition of anonymity "
                "because he was not authorised to discuss the matter")
ACCOUNT = "the government acted after Zambia ignored two letters asking it to delay the $180 levy"
KISANGA_SRC = "Works and Transport Minister Halima Kisanga"
KISANGA_TEXT = ("Publicly, " + KISANGA_SRC + " has denied any link to the levy and said the crossing will reopen once the "
                "checks are complete.")
ZM_OFFICIALS = "Zambian transport officials"
CHISENGA_SRC = "Zambia's Minister of Transport and Logistics, Mwila Chisenga,"
CHISENGA_TEXT = (CHISENGA_SRC + " has called the closure \"economic blackmail\" and said Zambia could take the dispute to "
                 "the Southern African Development Community.")
PEOPLE = "People familiar with the Zambian cabinet's discussions"
DIVIDED = ("ministers were divided: some want to divert cargo to Namibia's port of Walvis Bay, while others fear the switch "
           "would take years")
DELAY = "the crossing could reopen within days if Lusaka agreed to delay the levy until January"
ZM_SAYS = "that Lusaka would not suspend the levy before talks, but that it might exempt fuel tankers"
DIPLOMATS = "Two diplomats in Dar es Salaam"
SADC_TEXT = "SADC had offered to mediate, but that neither government had asked it to"
LYIMO_QUOTE_2 = ("\"If the closure lasts into December, shippers will start booking the Walvis Bay route, and some of them "
                 "will never come back.\"")
SADC_NAME = "Southern African Development Community"

ATTRIBUTIONS = [
    dict(source="several Tanzanian officials", cue="say", content="the closure was a message to Lusaka about its new road levy",
         kind="indirect", sourcing="anonymous-official", speaker="Tanzanian officials"),
    dict(source=OFFICIAL_SRC, cue="said", content="\"The checks are real, but the timing is not an accident,\"",
         kind="direct", sourcing="anonymous-official", speaker=TZ_OFFICIAL),
    dict(source="his", cue="account", content=ACCOUNT, kind="indirect", sourcing="anonymous-official", speaker=TZ_OFFICIAL),
    dict(source="two letters", cue="asking", content="it to delay the $180 levy",
         kind="indirect", sourcing="named-organisation", speaker="Tanzania", via=["his"]),
    dict(source=KISANGA_SRC, cue="has denied", content="any link to the levy",
         kind="indirect", sourcing="named-person", speaker=KISANGA),
    dict(source=KISANGA_SRC, cue="said", content="the crossing will reopen once the checks are complete",
         kind="indirect", sourcing="named-person", speaker=KISANGA),
    dict(source=ZM_OFFICIALS, cue="put", content="the number of trucks stranded on their side at about 1,200",
         kind="indirect", sourcing="vague-collective", speaker=ZM_OFFICIALS),
    dict(source=ZM_OFFICIALS, cue="say",
         content="the closure is costing the country's copper exporters roughly $1.5 million a day",
         kind="indirect", sourcing="vague-collective", speaker=ZM_OFFICIALS),
    dict(source=CHISENGA_SRC, cue="has called", content=[("the closure", 2), "\"economic blackmail\""],
         kind="mixed", sourcing="named-person", speaker=CHISENGA),
    dict(source=CHISENGA_SRC, cue="said", content="Zambia could take the dispute to the Southern African Development Community",
         kind="indirect", sourcing="named-person", speaker=CHISENGA),
    dict(source=PEOPLE, cue="said", content=DIVIDED, kind="indirect", sourcing="vague-collective",
         speaker="people familiar with the Zambian cabinet's discussions"),
    dict(source="others", cue="fear", content="the switch would take years",
         kind="indirect", sourcing="vague-collective", speaker="Zambian ministers", via=[PEOPLE]),
    dict(source="The Tanzanian official", cue="said", content=DELAY,
         kind="indirect", sourcing="anonymous-official", speaker=TZ_OFFICIAL),
    dict(source="A Zambian official", cue="said", content=ZM_SAYS,
         kind="indirect", sourcing="anonymous-official", speaker="Zambian official"),
    dict(source=DIPLOMATS, cue="said", content=SADC_TEXT, kind="indirect", sourcing="anonymous-official",
         speaker="diplomats"),
    dict(source=("SADC", 0), cue="had offered", content="to mediate",
         kind="indirect", sourcing="named-organisation", speaker=SADC_NAME, via=[DIPLOMATS]),
    dict(source="one of them", cue="said", content="\"SADC will not step in unless both capitals invite it,\"",
         kind="direct", sourcing="anonymous-official", speaker="diplomats"),
    dict(source="Analysts", cue="doubt", content="either side can hold out for long",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="Neema Lyimo, an economist at the Msasani Centre for Trade Policy", cue="said",
         content=["\"Tanzania earns more from Zambian cargo than from almost any other transit trade,\"", LYIMO_QUOTE_2],
         kind="direct", sourcing="named-person", speaker=LYIMO),
    dict(source="local officials", cue="said", content="several drivers had been treated for dehydration",
         kind="indirect", sourcing="vague-collective", speaker="local officials"),
]

CLAIMS = [
    dict(text="Behind the Tunduma closure, a quarrel over who pays for Zambia's copper road", holder="writer",
         modality="asserted"),
    dict(text="Tanzania shut the Tunduma crossing to Zambian trucks last Friday to carry out security checks",
         holder="writer", modality="asserted"),
    dict(text="the closure was a message to Lusaka about its new road levy", holder="Tanzanian officials",
         modality="asserted"),
    dict(text="The checks are real", holder=TZ_OFFICIAL, modality="asserted"),
    dict(text="the timing is not an accident", holder=TZ_OFFICIAL, modality="negated", cues=["not"]),
    dict(text=ACCOUNT, holder=TZ_OFFICIAL, modality="asserted"),
    dict(text="the crossing will reopen once the checks are complete", holder=KISANGA, modality="conditional",
         cues=["once"],
         conditions=[dict(text="once the checks are complete", connective="once", required="complete the security checks",
                          actor="TZA")]),
    dict(text="She has given no date", holder="writer", modality="negated", cues=["no"]),
    dict(text="the number of trucks stranded on their side at about 1,200", holder=ZM_OFFICIALS, modality="asserted"),
    dict(text="the closure is costing the country's copper exporters roughly $1.5 million a day", holder=ZM_OFFICIALS,
         modality="asserted"),
    dict(text="Much of Zambia's copper reaches the sea through the port of Dar es Salaam", holder="writer",
         modality="asserted"),
    dict(text="Zambia could take the dispute to the Southern African Development Community", holder=CHISENGA,
         modality="speculative", cues=["could"]),
    dict(text="ministers were divided", holder="people familiar with the Zambian cabinet's discussions",
         modality="asserted"),
    dict(text="the switch would take years", holder="Zambian ministers", modality="hedged", cues=["fear"]),
    dict(text=DELAY, holder=TZ_OFFICIAL, modality="speculative", cues=["could", "if"],
         conditions=[dict(text="if Lusaka agreed to delay the levy until January", connective="if",
                          required="delay the levy until January", actor="ZMB")]),
    dict(text="Lusaka would not suspend the levy before talks", holder="Zambian official", modality="conditional",
         cues=["not", "before"],
         conditions=[dict(text="before talks", connective="before", required="hold talks on the levy", actor="TZA,ZMB")]),
    dict(text="it might exempt fuel tankers", holder="Zambian official", modality="speculative", cues=["might"]),
    dict(text="SADC had offered to mediate", holder="diplomats", modality="asserted"),
    dict(text="neither government had asked it to", holder="diplomats", modality="negated", cues=["neither"]),
    dict(text="SADC will not step in unless both capitals invite it", holder="diplomats", modality="conditional",
         cues=["not", "unless"],
         conditions=[dict(text="unless both capitals invite it", connective="unless", required="invite SADC to mediate",
                          actor="TZA,ZMB", polarity="against")]),
    dict(text="either side can hold out for long", holder="analysts", modality="hedged", cues=["doubt"]),
    dict(text="Tanzania earns more from Zambian cargo than from almost any other transit trade", holder=LYIMO,
         modality="asserted"),
    dict(text="If the closure lasts into December, shippers will start booking the Walvis Bay route, and some of them will never come back",
         holder=LYIMO, modality="conditional", cues=["If", "never"],
         conditions=[dict(text="If the closure lasts into December", connective="if",
                          required="keep the crossing closed into December", actor="TZA")]),
    dict(text="The quarrel is not new", holder="writer", modality="negated", cues=["not"]),
    dict(text="the line of trucks stretched back more than 20 kilometres on Tuesday", holder="writer",
         modality="asserted"),
    dict(text="several drivers had been treated for dehydration", holder="local officials", modality="asserted"),
]

EVENTS = [
    dict(text=P1_1, event="SANCTION", context="border closure", source=[("Tanzania", "TZA", "GOV")],
         target=[("Zambian trucks", "ZMB", "")], eventText="shut the Tunduma crossing to Zambian trucks",
         comment="closing a border crossing to one state's vehicles restricts trade"),
    dict(text="In his account, " + ACCOUNT + ".", event="REQUEST", mode="change", context="border closure",
         source=[("the government", "TZA", "GOV")], target=[("Zambia", "ZMB", "GOV")],
         eventText="two letters asking it to delay the $180 levy", comment="a request to delay a policy"),
    dict(text=KISANGA_TEXT, event="AGREE", context="border closure", source=[(KISANGA_SRC, "TZA", "GOV")], target=[],
         eventText="said the crossing will reopen", comment="a conditional promise to reopen; Zambia only implied"),
    dict(text=CHISENGA_TEXT, event="ACCUSE", context="border closure", source=[(CHISENGA_SRC[:-1], "ZMB", "GOV")],
         target=[], eventText="has called the closure \"economic blackmail\"", comment="Tanzania only implied"),
    dict(text=CHISENGA_TEXT, event="THREATEN", context="border closure", source=[(CHISENGA_SRC[:-1], "ZMB", "GOV")],
         target=[], eventText="could take the dispute to the Southern African Development Community",
         comment="a possible legal step against Tanzania, only implied"),
    dict(text="The Tanzanian official said " + DELAY + ".", event="REQUEST", mode="change", context="border closure",
         source=[("The Tanzanian official", "TZA", "GOV")], target=[("Lusaka", "ZMB", "GOV")],
         eventText="if Lusaka agreed to delay the levy", comment="lifting one's own measure if the other side acts"),
    dict(text="A Zambian official said " + ZM_SAYS + ".", event="REJECT", mode="change", context="border closure",
         source=[("A Zambian official", "ZMB", "GOV")], target=[], eventText="would not suspend the levy before talks",
         comment="refuses Tanzania's demand; the exemption is speculation, not coded"),
    dict(text=DIPLOMATS + " said " + SADC_TEXT + ".", event="AGREE", mode="mediate", context="border closure",
         source=[("SADC", "SADC", "")], target=[], eventText="had offered to mediate",
         comment="offered mediation between Tanzania and Zambia, only implied"),
]
