"""Held-out gold for meridian-ledger-indonesia-eu-tariffs (The Meridian Ledger): Indonesia-EU tariffs, reference report.

"the government said", "EU rules that it says ...", a quote broken by "she said", "The
minister said ... if", a government statement, "according to the trade ministry, which
blames ...", an indirect clause broken by "he argued", an opposition leader, analysts.
"""

DATE = "2026-11-24"
WUL = "Rina Wulandari"
BRE = "Olof Brenner"
KUS = "Hendra Kusuma"
NAT = "Priya Natarajan"
MOT = "Ministry of Trade of Indonesia"
ID = ("Indonesia", "IDN", "GOV")

ATTRIBUTIONS = [
    dict(source="the government", cue="said",
         content="Indonesia will impose tariffs of 25 percent on dairy products and 40 percent on wine and spirits imported from the European Union from December 15",
         kind="indirect", sourcing="named-organisation", speaker="Indonesia"),
    dict(source="it", cue="says", content=["EU rules", "shut Indonesian palm oil out of the European market"],
         kind="indirect", sourcing="named-organisation", speaker="Indonesia"),
    dict(source="Trade Minister Rina Wulandari", cue="told", content="The measures cover goods worth about 1.1 billion euros a year",
         kind="indirect", sourcing="named-person", speaker=WUL),
    dict(source="she", cue="said",
         content=['"For three years we have asked Brussels to treat our smallholders fairly. We have been ignored,"',
                  '"Today we are answering in the only language that seems to be understood."'],
         kind="direct", sourcing="named-person", speaker=WUL),
    dict(source="we", cue="have asked", content="Brussels to treat our smallholders fairly",
         kind="indirect", sourcing="named-organisation", speaker="Indonesia", via=["Rina Wulandari"]),
    dict(source="The minister", cue="said",
         content="the tariffs would be lifted if the EU agreed to recognise Indonesia's national sustainability certificate as proof that palm oil shipments were not linked to deforestation",
         kind="indirect", sourcing="named-person", speaker=WUL),
    dict(source="A government statement released after the news conference", cue="said",
         content='Jakarta remained "open to dialogue at any level."',
         kind="mixed", sourcing="named-organisation", speaker="Indonesia"),
    dict(source="the trade ministry", cue="according to",
         content="Its exports to the EU fell 18 percent to 2.9 billion dollars in the first ten months of the year",
         kind="indirect", sourcing="named-organisation", speaker=MOT),
    dict(source="which", cue="blames", content="the European deforestation regulation for most of the drop",
         kind="indirect", sourcing="named-organisation", speaker=MOT),
    dict(source="The European Commission", cue="said", content="it regretted the decision",
         kind="indirect", sourcing="named-organisation", speaker="European Commission"),
    dict(source="it", cue="regretted", content="the decision",
         kind="indirect", sourcing="named-organisation", speaker="European Commission"),
    dict(source="a Commission spokesperson, Olof Brenner,", cue="said",
         content='"These measures are unjustified and we will examine all options, including a case at the World Trade Organization,"',
         kind="direct", sourcing="named-person", speaker=BRE),
    dict(source="He", cue="insisted",
         content="the deforestation rules applied equally to all producers and did not single out any country",
         kind="indirect", sourcing="named-person", speaker=BRE),
    dict(source="Hendra Kusuma, who leads the opposition National Renewal Party in parliament,", cue="said",
         content="he supported defending palm oil farmers",
         kind="indirect", sourcing="named-person", speaker=KUS),
    dict(source="Hendra Kusuma, who leads the opposition National Renewal Party in parliament,", cue="called",
         content='the timing "reckless."',
         kind="mixed", sourcing="named-person", speaker=KUS),
    dict(source="he", cue="argued",
         content=["The government", "was risking a trade war with its third-largest export market while negotiations on a wider EU-Indonesia trade agreement were still under way"],
         kind="indirect", sourcing="named-person", speaker=KUS),
    dict(source="Kusuma", cue="told", content='"You do not walk out of a room in which you are still negotiating,"',
         kind="direct", sourcing="named-person", speaker=KUS),
    dict(source="Analysts", cue="said", content="the direct economic damage was likely to be limited",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="Priya Natarajan, an economist at Straits Capital in Singapore", cue="said",
         content="EU dairy and wine make up less than 1 percent of Indonesia's imports, and Indonesian consumers could switch to suppliers in Australia and New Zealand",
         kind="indirect", sourcing="named-person", speaker=NAT),
    dict(source="she", cue="said",
         content=["The bigger risk", "was that Brussels might respond with measures of its own on Indonesian nickel or textiles"],
         kind="indirect", sourcing="named-person", speaker=NAT),
]

CLAIMS = [
    dict(text="Indonesia slaps tariffs on EU dairy and wine as palm oil row escalates", holder="writer", modality="asserted"),
    dict(text="Indonesia will impose tariffs of 25 percent on dairy products and 40 percent on wine and spirits imported from the European Union from December 15",
         holder="Indonesia", modality="asserted"),
    dict(text="shut Indonesian palm oil out of the European market", holder="Indonesia", modality="asserted"),
    dict(text="The measures cover goods worth about 1.1 billion euros a year", holder=WUL, modality="asserted"),
    dict(text="For three years we have asked Brussels to treat our smallholders fairly", holder=WUL, modality="asserted"),
    dict(text="We have been ignored", holder=WUL, modality="asserted"),
    dict(text="the tariffs would be lifted if the EU agreed to recognise Indonesia's national sustainability certificate as proof that palm oil shipments were not linked to deforestation",
         holder=WUL, modality="conditional", cues=["if"],
         conditions=[dict(text="if the EU agreed to recognise Indonesia's national sustainability certificate as proof that palm oil shipments were not linked to deforestation",
                          connective="if", required="recognise Indonesia's national sustainability certificate", actor="EU")]),
    dict(text='Jakarta remained "open to dialogue at any level."', holder="Indonesia", modality="asserted"),
    dict(text="Indonesia is the world's largest palm oil producer", holder="writer", modality="asserted"),
    dict(text="Its exports to the EU fell 18 percent to 2.9 billion dollars in the first ten months of the year", holder=MOT, modality="asserted"),
    dict(text="it regretted the decision", holder="European Commission", modality="asserted"),
    dict(text="These measures are unjustified", holder=BRE, modality="asserted"),
    dict(text="we will examine all options, including a case at the World Trade Organization", holder=BRE, modality="asserted"),
    dict(text="the deforestation rules applied equally to all producers", holder=BRE, modality="asserted"),
    dict(text="did not single out any country", holder=BRE, modality="negated", cues=["not"]),
    dict(text="At home, the tariffs drew criticism from an unexpected quarter", holder="writer", modality="asserted"),
    dict(text="he supported defending palm oil farmers", holder=KUS, modality="asserted"),
    dict(text="was risking a trade war with its third-largest export market while negotiations on a wider EU-Indonesia trade agreement were still under way",
         holder=KUS, modality="asserted"),
    dict(text="You do not walk out of a room in which you are still negotiating", holder=KUS, modality="negated", cues=["not"]),
    dict(text="the direct economic damage was likely to be limited", holder="analysts", modality="speculative", cues=["likely"]),
    dict(text="EU dairy and wine make up less than 1 percent of Indonesia's imports", holder=NAT, modality="asserted"),
    dict(text="Indonesian consumers could switch to suppliers in Australia and New Zealand", holder=NAT,
         modality="speculative", cues=["could"]),
    dict(text="Brussels might respond with measures of its own on Indonesian nickel or textiles", holder=NAT,
         modality="speculative", cues=["might"]),
    dict(text="Shares in Indonesian palm oil producers rose about 2 percent on the Jakarta stock exchange after the announcement",
         holder="writer", modality="asserted"),
]

EVENTS = [
    dict(text="Indonesia slaps tariffs on EU dairy and wine as palm oil row escalates",
         event="SANCTION", context="economic", source=[ID], target=[("EU", "EU", "GOV")], eventText="slaps tariffs"),
    dict(text="JAKARTA — Indonesia will impose tariffs of 25 percent on dairy products and 40 percent on wine and spirits imported from the European Union from December 15, the government said on Tuesday, in retaliation for EU rules that it says shut Indonesian palm oil out of the European market.",
         event="SANCTION", context="economic", source=[ID], target=[("the European Union", "EU", "GOV")],
         eventText="will impose tariffs"),
    dict(text="The minister said the tariffs would be lifted if the EU agreed to recognise Indonesia's national sustainability certificate as proof that palm oil shipments were not linked to deforestation.",
         event="REQUEST", mode="change", context="economic", source=[("The minister", "IDN", "GOV")],
         target=[("the EU", "EU", "GOV")], eventText="would be lifted if the EU agreed to recognise"),
    dict(text='A government statement released after the news conference said Jakarta remained "open to dialogue at any level."',
         event="AGREE", mode="meet", context="diplomatic, economic", source=[("Jakarta", "IDN", "GOV")], target=[],
         eventText="open to dialogue", comment="target (the EU) only implied"),
    dict(text="The European Commission said it regretted the decision.",
         event="ACCUSE", context="economic", source=[("The European Commission", "EU", "GOV")], target=[],
         eventText="regretted the decision", comment="disapproval (old DISAPPROVE); target (Indonesia) only implied"),
    dict(text='"These measures are unjustified and we will examine all options, including a case at the World Trade Organization," a Commission spokesperson, Olof Brenner, said in Brussels.',
         event="THREATEN", context="economic, legal", source=[("a Commission spokesperson, Olof Brenner", "EU", "GOV")], target=[],
         eventText="will examine all options, including a case", comment="target (Indonesia) only implied"),
]

ENTITY_EXTRA = [
    (r"\bThe minister(?= said the tariffs)", "PERSON", "person:rina-wulandari", "Rina Wulandari", "Trade Minister of Indonesia"),
    (r"(?<=according to the )trade ministry\b", "ORG", "org:indonesia-trade-ministry", "Ministry of Trade of Indonesia", ""),
]
