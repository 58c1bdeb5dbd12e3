"""Held-out gold for equator-financial-review-palm-oil-tariff-markets (Equator Financial Review): Indonesia-EU tariffs, markets.

Analysts in the lead, "the measures announced by", "estimates that", a quote broken by
"said X" with a second quoted sentence, a trade body's statement, anonymous brokers whose
report nests European buyers' question, "according to" a named lawyer, "I expect" after
"If" inside a quote, "Some in Singapore think", figures.
"""

DATE = "2026-11-24"
NAT = "Priya Natarajan"
BRA = "Thomas Brandt"
MOT = "Ministry of Trade of Indonesia"
COUNCIL = "Indonesian Palm Oil Producers Council"
BROKERS = "Jakarta-based commodity brokers"
ID = ("Indonesia", "IDN", "GOV")

ATTRIBUTIONS = [
    dict(source="analysts", cue="said",
         content="Indonesia's decision to hit European dairy products and alcoholic drinks with tariffs of up to 40 percent is more of a political signal than an economic blow",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="Trade Minister Rina Wulandari", cue="announced", content="the measures",
         kind="indirect", sourcing="named-person", speaker="Rina Wulandari"),
    dict(source="The trade ministry", cue="estimates", content="that the goods affected are worth about 1.1 billion euros a year",
         kind="indirect", sourcing="named-organisation", speaker=MOT),
    dict(source="Priya Natarajan, an economist at Straits Capital in Singapore", cue="said",
         content=['"It is a carefully aimed shot,"',
                  '"Dairy from France and the Netherlands, wine from Italy and Spain: these are the sectors with the loudest voices in Brussels."'],
         kind="direct", sourcing="named-person", speaker=NAT),
    dict(source="She", cue="estimated",
         content="that Indonesian importers could replace most of the European milk powder with supplies from Australia and New Zealand within six months, although at a higher price",
         kind="indirect", sourcing="named-person", speaker=NAT),
    dict(source="Palm oil growers", cue="welcomed", content="the move",
         kind="indirect", sourcing="vague-collective", speaker="palm oil growers"),
    dict(source="The Indonesian Palm Oil Producers Council, which represents about 700 companies,", cue="said",
         content='that the tariffs were "long overdue" and that smallholders had lost income for three years running',
         kind="mixed", sourcing="named-organisation", speaker=COUNCIL),
    dict(source="Two Jakarta-based commodity brokers, speaking on condition of anonymity because they were not allowed to comment publicly,",
         cue="said",
         content="European buyers had already begun asking whether palm oil cargoes due to sail in December would be delayed by customs checks in retaliation",
         kind="indirect", sourcing="anonymous-official", speaker=BROKERS),
    dict(source="European buyers", cue="had already begun asking",
         content="whether palm oil cargoes due to sail in December would be delayed by customs checks in retaliation",
         kind="indirect", sourcing="vague-collective", speaker="European buyers", via=["Two Jakarta-based commodity brokers"]),
    dict(source="The European Commission", cue="has said",
         content='it will examine "all options," including a complaint at the World Trade Organization',
         kind="mixed", sourcing="named-organisation", speaker="European Commission"),
    dict(source="Thomas Brandt, a trade lawyer at Kessler Vogel in Frankfurt", cue="according to",
         content="A dispute there would probably take two years or more to resolve",
         kind="indirect", sourcing="named-person", speaker=BRA),
    dict(source="Brandt", cue="said", content="the more likely outcome was a quiet compromise",
         kind="indirect", sourcing="named-person", speaker=BRA),
    dict(source="he", cue="said",
         content=['"Neither side wants this to run into next year,"',
                  '"If Brussels offers some form of recognition for the Indonesian certificate, I expect the tariffs to disappear as quickly as they came."'],
         kind="direct", sourcing="named-person", speaker=BRA),
    dict(source="I", cue="expect", content="the tariffs to disappear as quickly as they came",
         kind="indirect", sourcing="named-person", speaker=BRA),
    dict(source="Some in Singapore", cue="think",
         content="the European Parliament, which backed the deforestation rules by a wide margin, would reject any deal seen as weakening them",
         kind="indirect", sourcing="vague-collective", speaker="analysts in Singapore"),
]

CLAIMS = [
    dict(text="Jakarta's tariff strike on European dairy and wine: what it means for traders", holder="writer", modality="asserted"),
    dict(text="Indonesia's decision to hit European dairy products and alcoholic drinks with tariffs of up to 40 percent is more of a political signal than an economic blow",
         holder="analysts", modality="asserted"),
    dict(text="it raises the stakes in a dispute that has dragged on since the European Union tightened its rules on imports linked to deforestation",
         holder="writer", modality="asserted"),
    dict(text="milk powder, cheese and butter from the EU will face a 25 percent duty from December 15, while wine and spirits will be charged 40 percent",
         holder="writer", modality="asserted"),
    dict(text="the goods affected are worth about 1.1 billion euros a year", holder=MOT, modality="hedged", cues=["estimates"]),
    dict(text="It is a carefully aimed shot", holder=NAT, modality="asserted"),
    dict(text="these are the sectors with the loudest voices in Brussels", holder=NAT, modality="asserted"),
    dict(text="Indonesian importers could replace most of the European milk powder with supplies from Australia and New Zealand within six months, although at a higher price",
         holder=NAT, modality="speculative", cues=["estimated", "could"]),
    dict(text="Palm oil growers welcomed the move", holder="writer", modality="asserted"),
    dict(text='the tariffs were "long overdue"', holder=COUNCIL, modality="asserted"),
    dict(text="smallholders had lost income for three years running", holder=COUNCIL, modality="asserted"),
    dict(text="Traders were less enthusiastic", holder="writer", modality="asserted"),
    dict(text="European buyers had already begun asking whether palm oil cargoes due to sail in December would be delayed by customs checks in retaliation",
         holder=BROKERS, modality="asserted"),
    dict(text='it will examine "all options," including a complaint at the World Trade Organization', holder="European Commission",
         modality="asserted"),
    dict(text="A dispute there would probably take two years or more to resolve", holder=BRA, modality="speculative", cues=["probably"]),
    dict(text="the more likely outcome was a quiet compromise", holder=BRA, modality="speculative", cues=["likely"]),
    dict(text="Neither side wants this to run into next year", holder=BRA, modality="negated", cues=["Neither"]),
    dict(text="If Brussels offers some form of recognition for the Indonesian certificate, I expect the tariffs to disappear as quickly as they came",
         holder=BRA, modality="hedged", cues=["If", "expect"],
         conditions=[dict(text="If Brussels offers some form of recognition for the Indonesian certificate", connective="if",
                          required="offer recognition for the Indonesian certificate", actor="EU")]),
    dict(text="Not all analysts share that view", holder="writer", modality="negated", cues=["Not"]),
    dict(text="the European Parliament, which backed the deforestation rules by a wide margin, would reject any deal seen as weakening them",
         holder="analysts in Singapore", modality="hedged", cues=["think"]),
    dict(text="Crude palm oil futures on the Bursa Malaysia exchange rose 1.4 percent to 4,120 ringgit a tonne on Tuesday",
         holder="writer", modality="asserted"),
    dict(text="Shares in Indonesian plantation companies gained about 2 percent", holder="writer", modality="asserted"),
    dict(text="the rupiah was little changed against the dollar", holder="writer", modality="asserted"),
    dict(text="The European Dairy Association did not respond to a request for comment", holder="writer", modality="negated", cues=["not"]),
]

EVENTS = [
    dict(text="Jakarta's tariff strike on European dairy and wine: what it means for traders",
         event="SANCTION", context="economic", source=[("Jakarta", "IDN", "GOV")], target=[("European", "EU", "GOV")],
         eventText="tariff strike"),
    dict(text="Indonesia's decision to hit European dairy products and alcoholic drinks with tariffs of up to 40 percent is more of a political signal than an economic blow, analysts said on Tuesday, but it raises the stakes in a dispute that has dragged on since the European Union tightened its rules on imports linked to deforestation.",
         event="SANCTION", context="economic", source=[ID], target=[("European", "EU", "GOV")],
         eventText="decision to hit European dairy products with tariffs"),
    dict(text="Under the measures announced by Trade Minister Rina Wulandari, milk powder, cheese and butter from the EU will face a 25 percent duty from December 15, while wine and spirits will be charged 40 percent.",
         event="SANCTION", context="economic", source=[("Trade Minister Rina Wulandari", "IDN", "GOV")],
         target=[("the EU", "EU", "GOV")], eventText="will face a 25 percent duty"),
    dict(text='The European Commission has said it will examine "all options," including a complaint at the World Trade Organization.',
         event="THREATEN", context="economic, legal", source=[("The European Commission", "EU", "GOV")], target=[],
         eventText="will examine all options, including a complaint", comment="target (Indonesia) only implied"),
]

ENTITY_EXTRA = [
    (r"(?<=The )trade ministry\b", "ORG", "org:indonesia-trade-ministry", "Ministry of Trade of Indonesia", ""),
]
