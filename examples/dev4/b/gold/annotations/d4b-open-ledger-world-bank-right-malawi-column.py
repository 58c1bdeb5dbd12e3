"""Dev4-B gold for d4b-open-ledger-world-bank-right-malawi-column (The Open Ledger): World Bank loan, opinion column.

Constructions: an opinion headline, "Lilongwe says" (a capital as the government), the law
described with its own verb ("tells every charity ... to register": not an attribution),
"Good.", "claims", rhetorical questions, "Nobody I spoke to ... could", "The government's
defenders say ... no business", a counterfactual "would ... if ... had not", "told me ...
would probably", a two-sentence quote split by "she said", "insists ... will not", "Perhaps he
believes it." (an inferred belief), "hardly unknown", "Some economists think ... could",
"Reports from Lilongwe suggest", "would not be enough", "should ... only if ..., not merely",
"must not", "none of them will want to", "does not need to".
"""

DATE = "2026-11-21"
KACHALE = "Felix Kachale"
BANDA = "Chikondi Banda"
PHIRI = "Mercy Phiri"

ATTRIBUTIONS = [
    dict(source="Lilongwe", cue="says", content="the World Bank is punishing Malawi for defending its democracy",
         kind="indirect", sourcing="named-organisation", speaker="Malawi"),
    dict(source="Interior Minister Felix Kachale", cue="claims", content="the law is about transparency",
         kind="indirect", sourcing="named-person", speaker=KACHALE),
    dict(source="The government's defenders", cue="say",
         content="the Bank has no business meddling in domestic legislation",
         kind="indirect", sourcing="vague-collective", speaker="government's defenders"),
    dict(source="Mercy Phiri, who runs a legal-aid clinic for women in Zomba,", cue="told",
         content="her clinic would probably close by March",
         kind="indirect", sourcing="named-person", speaker=PHIRI),
    dict(source="she", cue="said",
         content=['"We get 40 percent of our budget from a Dutch foundation,"',
                  '"Under this law, that makes us a foreign agent."'],
         kind="direct", sourcing="named-person", speaker=PHIRI),
    dict(source="Finance Minister Chikondi Banda", cue="insists",
         content="the freeze will not hurt ordinary Malawians",
         kind="indirect", sourcing="named-person", speaker=BANDA),
    dict(source="he", cue="believes", content=("it", 2),
         kind="indirect", sourcing="named-person", speaker=BANDA),
    dict(source="Some economists", cue="think", content="shortages could return before Christmas",
         kind="indirect", sourcing="vague-collective", speaker="economists"),
    dict(source="Reports from Lilongwe", cue="suggest",
         content="President Esther Mvula is weighing amendments that would spare churches and health charities",
         kind="indirect", sourcing="media-report", speaker="reports from Lilongwe"),
    dict(source="none of them", cue="will want", content="to be next",
         kind="indirect", sourcing="vague-collective", speaker="Malawi's neighbours"),
]

CLAIMS = [
    dict(text="The World Bank is right to stop paying for Malawi's crackdown", holder="writer", modality="asserted"),
    dict(text="the World Bank is punishing Malawi for defending its democracy", holder="Malawi", modality="asserted"),
    dict(text="It is the other way round", holder="writer", modality="asserted"),
    dict(text="Last week parliament passed the Civil Society Registration Act", holder="writer", modality="asserted"),
    dict(text="On Wednesday the Bank suspended a 300 million dollar loan", holder="writer", modality="asserted"),
    dict(text="the law is about transparency", holder=KACHALE, modality="asserted"),
    dict(text="Nobody I spoke to in Lilongwe this week could answer that", holder="writer", modality="negated",
         cues=["Nobody"]),
    dict(text="the Bank has no business meddling in domestic legislation", holder="government's defenders",
         modality="negated", cues=["no"]),
    dict(text="That argument would carry more weight if the same government had not spent two years asking the Bank for money to pay civil servants",
         holder="writer", modality="conditional", cues=["if"],
         conditions=[dict(text="if the same government had not spent two years asking the Bank for money to pay civil servants",
                          connective="if", required="not have asked the Bank for money to pay civil servants",
                          actor="MWI")]),
    dict(text="A lender is entitled to ask what its loans are propping up", holder="writer", modality="asserted"),
    dict(text="her clinic would probably close by March", holder=PHIRI, modality="speculative", cues=["probably"]),
    dict(text="We get 40 percent of our budget from a Dutch foundation", holder=PHIRI, modality="asserted"),
    dict(text="Under this law, that makes us a foreign agent", holder=PHIRI, modality="asserted"),
    dict(text="the freeze will not hurt ordinary Malawians", holder=BANDA, modality="negated", cues=["not"]),
    dict(text="Perhaps he believes it", holder="writer", modality="speculative", cues=["Perhaps"]),
    dict(text="the kwacha has already lost ground", holder="writer", modality="asserted"),
    dict(text="fuel queues are hardly unknown in this country", holder="writer", modality="negated", cues=["hardly"]),
    dict(text="shortages could return before Christmas", holder="economists", modality="speculative",
         cues=["could"]),
    dict(text="There is an easy way out", holder="writer", modality="asserted"),
    dict(text="President Esther Mvula is weighing amendments that would spare churches and health charities",
         holder="reports from Lilongwe", modality="hedged", cues=["suggest"]),
    dict(text="That would not be enough", holder="writer", modality="negated", cues=["not"]),
    dict(text="The Bank should resume payments only if the registration requirement is dropped entirely, not merely trimmed",
         holder="writer", modality="hedged", cues=["should", "only if"],
         conditions=[dict(text="only if the registration requirement is dropped entirely, not merely trimmed",
                          connective="only if", required="drop the registration requirement entirely",
                          actor="MWI")]),
    dict(text="The Bank, for its part, must not let this become a permanent rupture", holder="writer",
         modality="negated", cues=["not"]),
    dict(text="Malawi's neighbours, notably Zambia and Tanzania, have watched the standoff closely", holder="writer",
         modality="asserted"),
    dict(text="none of them will want to be next", holder="writer", modality="negated", cues=["none"]),
    dict(text="A clear, public list of conditions would help", holder="writer", modality="asserted"),
    dict(text="Malawi does not need to choose between sovereignty and support", holder="writer", modality="negated",
         cues=["not"]),
]

EVENTS = [
    dict(text="The World Bank is right to stop paying for Malawi's crackdown",
         event="SANCTION", context="economic, human rights", source=[("The World Bank", "WB", "")],
         target=[("Malawi", "MWI", "GOV")], eventText="stop paying for Malawi's crackdown",
         comment="headline; the act is presupposed by the opinion"),
    dict(text="Lilongwe says the World Bank is punishing Malawi for defending its democracy.",
         event="ACCUSE", context="economic, human rights", source=[("Lilongwe", "MWI", "GOV")],
         target=[("the World Bank", "WB", "")], eventText="is punishing Malawi"),
    dict(text="On Wednesday the Bank suspended a 300 million dollar loan.",
         event="SANCTION", context="economic, human rights", source=[("the Bank", "WB", "")],
         eventText="suspended a 300 million dollar loan", comment="the target (Malawi) is implied"),
]

ENTITY_SKIP = []
