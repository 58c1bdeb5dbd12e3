"""Dev3-A gold for a-trendpulse-venezuela-invasion-fears-guyana (TrendPulse News): opinionated rewrite.

Overstates the wire: "as many as 30,000 troops" (the wire: about 12,000), "kicked out
Caracas's ambassador" (Guyana recalled its own), "thousands" of protesters (several
hundred), and calls a foreign-ministry spokesman "Brazil's foreign minister".
Constructions: "what critics are already calling", "seem to believe that", "reportedly
called them", "insisted on state television that", "Some experts think ... may",
"Others suspect", "according to reports in the Brazilian press" nesting an offer,
"appear to show", writer speculation ("If that is true, ... could", "Probably not",
"might"), "has already warned", a nominal "Guyana's message is clear:" with "until".
"""

DATE = "2026-11-24"
WHIT = "Andrea Whitfield"
ACOSTA = "Rafael Acosta Mendoza"
TAV = "Marcelo Tavares"
LEAD = "Venezuela has massed as many as 30,000 troops on its border with Guyana in what critics are already calling a dress rehearsal for an invasion, and the small South American nation has kicked out Caracas's ambassador in response."
P2 = "Guyana's foreign minister, Andrea Whitfield, reportedly called them \"a deliberate act of intimidation\", and thousands of angry protesters surrounded the Venezuelan embassy on Tuesday night."
OFFER = "Brazil's foreign minister, Marcelo Tavares, has offered to host talks, according to reports in the Brazilian press, but there is no sign that Caracas is interested."
VEN = ("Venezuela", "VEN", "GOV")

ATTRIBUTIONS = [
    dict(source="critics", cue="are already calling", content=[("what", 0), "a dress rehearsal for an invasion"],
         kind="indirect", sourcing="vague-collective", speaker="critics"),
    dict(source="few people in Georgetown", cue="seem to believe", content=("that", 0),
         kind="indirect", sourcing="vague-collective", speaker="people in Georgetown"),
    dict(source=None, cue="reportedly",
         content=["Guyana's foreign minister, Andrea Whitfield,", 'called them "a deliberate act of intimidation"'],
         kind="mixed", sourcing="none", speaker=""),
    dict(source="Guyana's foreign minister, Andrea Whitfield,", cue="called",
         content=["them", '"a deliberate act of intimidation"'],
         kind="mixed", sourcing="named-person", speaker=WHIT, via=["reportedly"]),
    dict(source="Defence chief Rafael Acosta Mendoza", cue="insisted",
         content='that the manoeuvres are "entirely defensive"',
         kind="mixed", sourcing="named-person", speaker=ACOSTA),
    dict(source="Some experts", cue="think",
         content="the government in Caracas may be testing how far it can push before Washington reacts",
         kind="indirect", sourcing="vague-collective", speaker="experts"),
    dict(source="Others", cue="suspect",
         content="the whole show is aimed at voters at home, who go to the polls in regional elections next year",
         kind="indirect", sourcing="vague-collective", speaker="experts"),
    dict(source="reports in the Brazilian press", cue="according to",
         content="Brazil's foreign minister, Marcelo Tavares, has offered to host talks",
         kind="indirect", sourcing="media-report", speaker="Brazilian press"),
    dict(source="Brazil's foreign minister, Marcelo Tavares,", cue="has offered", content="to host talks",
         kind="indirect", sourcing="named-person", speaker=TAV, via=["reports in the Brazilian press"]),
    dict(source="The US State Department", cue="said", content='it was "monitoring the situation closely"',
         kind="mixed", sourcing="named-organisation", speaker="US Department of State"),
    dict(source="Satellite images shared by open-source analysts", cue="appear to show",
         content="Venezuelan army engineers building a floating bridge across the river that marks the border",
         kind="indirect", sourcing="vague-collective", speaker="satellite images"),
    dict(source="the Caribbean Community", cue="has already warned", content='that the region "cannot afford another conflict."',
         kind="mixed", sourcing="named-organisation", speaker="Caribbean Community"),
    dict(source=("Guyana", 4), cue="message", content="its ambassador is not going back to Caracas until the troops go home",
         kind="indirect", sourcing="named-organisation", speaker="Guyana"),
]

CLAIMS = [
    dict(text="Venezuela masses 30,000 troops on Guyana's border as invasion fears grow", holder="writer", modality="asserted"),
    dict(text="Venezuela has massed as many as 30,000 troops on its border with Guyana", holder="writer", modality="asserted"),
    dict(text="the small South American nation has kicked out Caracas's ambassador in response", holder="writer",
         modality="asserted"),
    dict(text="The exercises, which started on Monday, are officially just drills", holder="writer", modality="asserted"),
    dict(text="few people in Georgetown seem to believe that", holder="writer", modality="hedged", cues=["seem"]),
    dict(text="thousands of angry protesters surrounded the Venezuelan embassy on Tuesday night", holder="writer",
         modality="asserted"),
    dict(text='the manoeuvres are "entirely defensive"', holder=ACOSTA, modality="asserted"),
    dict(text="The obvious answer is the Essequibo", holder="writer", modality="asserted"),
    dict(text="the government in Caracas may be testing how far it can push before Washington reacts", holder="experts",
         modality="speculative", cues=["may"]),
    dict(text="the whole show is aimed at voters at home, who go to the polls in regional elections next year",
         holder="experts", modality="hedged", cues=["suspect"]),
    dict(text="Brazil's foreign minister, Marcelo Tavares, has offered to host talks", holder="Brazilian press",
         modality="asserted"),
    dict(text="there is no sign that Caracas is interested", holder="writer", modality="negated", cues=["no"]),
    dict(text='it was "monitoring the situation closely"', holder="US Department of State", modality="asserted"),
    dict(text="Venezuelan army engineers building a floating bridge across the river that marks the border",
         holder="satellite images", modality="hedged", cues=["appear"]),
    dict(text="If that is true, tanks could roll into the Essequibo in a matter of hours", holder="writer",
         modality="speculative", cues=["If", "could"],
         conditions=[dict(text="If that is true", connective="if", required="the satellite images show a real bridge",
                          actor="")]),
    dict(text="Probably not this week", holder="writer", modality="speculative", cues=["Probably", "not"]),
    dict(text="one wrong move on the river might be enough", holder="writer", modality="speculative", cues=["might"]),
    dict(text='the region "cannot afford another conflict."', holder="Caribbean Community", modality="negated",
         cues=["cannot"]),
    dict(text="its ambassador is not going back to Caracas until the troops go home", holder="Guyana",
         modality="conditional", cues=["not", "until"],
         conditions=[dict(text="until the troops go home", connective="until", required="send the troops home",
                          actor="VEN")]),
]

EVENTS = [
    dict(text="Venezuela masses 30,000 troops on Guyana's border as invasion fears grow", event="MOBILIZE",
         context="military", source=[VEN], target=[], eventText="masses 30,000 troops on Guyana's border",
         comment="Guyana is the place, only implied as target; the figure is the rewrite's"),
    dict(text=LEAD, event="MOBILIZE", context="military", source=[VEN], target=[],
         eventText="has massed as many as 30,000 troops on its border with Guyana", comment="Guyana only implied"),
    dict(text=LEAD, event="SANCTION", context="diplomatic", source=[("the small South American nation", "GUY", "GOV")],
         target=[("Caracas's ambassador", "VEN", "GOV")], eventText="has kicked out Caracas's ambassador",
         comment="an expulsion of a diplomat (SANCTION) in the rewrite; the wire reports Guyana recalling its own ambassador"),
    dict(text=P2, event="ACCUSE", context="military", source=[("Guyana's foreign minister, Andrea Whitfield", "GUY", "GOV")],
         target=[], eventText='called them "a deliberate act of intimidation"', comment="Venezuela only implied"),
    dict(text=P2, event="PROTEST", mode="demo-org", context="diplomatic",
         source=[("thousands of angry protesters", "GUY", "CVL")], target=[("the Venezuelan embassy", "VEN", "GOV")],
         eventText="surrounded the Venezuelan embassy"),
    dict(text=OFFER, event="AGREE", mode="mediate", context="diplomatic",
         source=[("Brazil's foreign minister, Marcelo Tavares", "BRA", "GOV")], target=[],
         eventText="has offered to host talks", comment="the parties only implied"),
    dict(text="Satellite images shared by open-source analysts appear to show Venezuelan army engineers building a floating bridge across the river that marks the border.",
         event="MOBILIZE", context="military", source=[("Venezuelan army engineers", "VEN", "MIL")], target=[],
         eventText="building a floating bridge across the river"),
    dict(text="Whatever happens next, Guyana's message is clear: its ambassador is not going back to Caracas until the troops go home.",
         event="REQUEST", mode="yield", context="diplomatic", source=[("Guyana", "GUY", "GOV")],
         target=[("the troops", "VEN", "MIL")], eventText="not going back to Caracas until the troops go home"),
]
