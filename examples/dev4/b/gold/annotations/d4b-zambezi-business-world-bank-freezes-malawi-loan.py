"""Dev4-B gold for d4b-zambezi-business-world-bank-freezes-malawi-loan (The Zambezi Business Daily): World Bank loan, business daily.

Constructions: a lead whose source comes last ("the lender said on Wednesday") around a
scare-quoted term, "according to data from", "In a statement, the Bank said ... and that no
... until", "told The Zambezi Business Daily that ... "a pause, not a cancellation"", "said
... was "regrettable and premature"", "told a press conference ... that ... could ... but
conceded that ... might ... if", "estimated that", a quote with "Without ..., ... and without
..., nobody", "said it was ... and declined to comment", two officials "who asked not to be
named", "would not repeal", "rejected the Bank's criticism, saying", "Tobacco exporters
said", "Bankers ... said ..., and one warned that".
"""

DATE = "2026-11-18"
WB = "World Bank"
MENDES = "Paula Mendes"
BANDA = "Chikondi Banda"
OKAFOR = "Tamara Okafor"
KACHALE = "Felix Kachale"
OFFICIALS = "Malawian government officials"

ATTRIBUTIONS = [
    dict(source="the lender", cue="said",
         content='The World Bank has suspended disbursement of a 350 million dollar budget-support loan to Malawi after parliament passed a law that forces non-governmental organisations to register as "foreign-funded entities" and submit their accounts to the interior ministry',
         kind="mixed", sourcing="named-organisation", speaker=WB),
    dict(source="data from the Reserve Bank of Malawi", cue="according to",
         content="The kwacha fell 4 percent against the dollar in early trading, and yields on Malawi's two-year treasury notes rose to 31 percent, their highest since March",
         kind="indirect", sourcing="named-organisation", speaker="Reserve Bank of Malawi"),
    dict(source="the Bank", cue="said",
         content='the new Civil Society Registration Act was "inconsistent with" its environmental and social framework and that no further tranches would be released until the government had shown how the law would be applied',
         kind="mixed", sourcing="named-organisation", speaker=WB),
    dict(source="A Bank spokesperson in Washington, Paula Mendes,", cue="told",
         content='that the suspension was "a pause, not a cancellation"',
         kind="mixed", sourcing="named-person", speaker=MENDES),
    dict(source="Finance Minister Chikondi Banda", cue="said", content='the decision was "regrettable and premature"',
         kind="mixed", sourcing="named-person", speaker=BANDA),
    dict(source="He", cue="told",
         content="that Malawi could cover its budget for the next quarter from domestic borrowing",
         kind="indirect", sourcing="named-person", speaker=BANDA),
    dict(source="He", cue="conceded",
         content="that fuel imports might have to be rationed if the freeze lasted into the new year",
         kind="indirect", sourcing="named-person", speaker=BANDA),
    dict(source="Tamara Okafor, head of Africa research at Kestrel Capital in Johannesburg,", cue="estimated",
         content="that the government faced a financing gap of about 180 million dollars before June",
         kind="indirect", sourcing="named-person", speaker=OKAFOR),
    dict(source="she", cue="said",
         content='"Without the Bank, the IMF programme is in trouble too, and without the IMF nobody else lends,"',
         kind="direct", sourcing="named-person", speaker=OKAFOR),
    dict(source="The International Monetary Fund, whose staff are due in Lilongwe next month for a review,", cue="said",
         content='it was "aware of the situation"',
         kind="mixed", sourcing="named-organisation", speaker="International Monetary Fund"),
    dict(source="Two government officials, who asked not to be named because they were not authorised to speak,",
         cue="said",
         content="President Esther Mvula was considering amendments that would exempt churches and health charities",
         kind="indirect", sourcing="anonymous-official", speaker=OFFICIALS),
    dict(source="One of them", cue="said", content="the cabinet would not repeal the act outright",
         kind="indirect", sourcing="anonymous-official", speaker="Malawian government official"),
    dict(source="Interior Minister Felix Kachale, who drafted the law,", cue="rejected",
         content="the Bank's criticism", kind="indirect", sourcing="named-person", speaker=KACHALE),
    dict(source="Interior Minister Felix Kachale, who drafted the law,", cue="saying",
         content='foreign money had been used "to buy influence in our elections"',
         kind="mixed", sourcing="named-person", speaker=KACHALE),
    dict(source=("He", 1), cue="said", content="the law would be enforced from January 1",
         kind="indirect", sourcing="named-person", speaker=KACHALE),
    dict(source="Tobacco exporters, who earn most of Malawi's foreign currency,", cue="said",
         content="the weaker kwacha would help them in the short term",
         kind="indirect", sourcing="vague-collective", speaker="tobacco exporters"),
    dict(source="Bankers in Blantyre", cue="said", content="import cover had fallen to less than two months",
         kind="indirect", sourcing="vague-collective", speaker="bankers"),
    dict(source="one", cue="warned", content="that letters of credit for fuel were already being delayed",
         kind="indirect", sourcing="anonymous-official", speaker="banker"),
]

CLAIMS = [
    dict(text="World Bank freezes $350 million Malawi loan over NGO law", holder="writer", modality="asserted"),
    dict(text="kwacha slides", holder="writer", modality="asserted"),
    dict(text='The World Bank has suspended disbursement of a 350 million dollar budget-support loan to Malawi after parliament passed a law that forces non-governmental organisations to register as "foreign-funded entities" and submit their accounts to the interior ministry',
         holder=WB, modality="asserted"),
    dict(text="The kwacha fell 4 percent against the dollar in early trading", holder="Reserve Bank of Malawi",
         modality="asserted"),
    dict(text="yields on Malawi's two-year treasury notes rose to 31 percent, their highest since March",
         holder="Reserve Bank of Malawi", modality="asserted"),
    dict(text='the new Civil Society Registration Act was "inconsistent with" its environmental and social framework',
         holder=WB, modality="asserted"),
    dict(text="no further tranches would be released until the government had shown how the law would be applied",
         holder=WB, modality="conditional", cues=["no", "until"],
         conditions=[dict(text="until the government had shown how the law would be applied", connective="until",
                          required="show how the law will be applied", actor="MWI")]),
    dict(text='the suspension was "a pause, not a cancellation"', holder=MENDES, modality="negated", cues=["not"]),
    dict(text='the decision was "regrettable and premature"', holder=BANDA, modality="asserted"),
    dict(text="Malawi could cover its budget for the next quarter from domestic borrowing", holder=BANDA,
         modality="speculative", cues=["could"]),
    dict(text="fuel imports might have to be rationed if the freeze lasted into the new year", holder=BANDA,
         modality="speculative", cues=["might", "if"],
         conditions=[dict(text="if the freeze lasted into the new year", connective="if",
                          required="the loan freeze lasts into the new year", actor="WB")]),
    dict(text="Analysts were less sanguine", holder="writer", modality="asserted"),
    dict(text="the government faced a financing gap of about 180 million dollars before June", holder=OKAFOR,
         modality="hedged", cues=["estimated"]),
    dict(text="Without the Bank, the IMF programme is in trouble too", holder=OKAFOR, modality="conditional",
         cues=["Without"],
         conditions=[dict(text="Without the Bank", connective="without", required="no World Bank funding",
                          actor="WB")]),
    dict(text="without the IMF nobody else lends", holder=OKAFOR, modality="conditional", cues=["without", "nobody"],
         conditions=[dict(text="without the IMF", connective="without", required="no IMF programme", actor="IMF")]),
    dict(text='it was "aware of the situation"', holder="International Monetary Fund", modality="asserted"),
    dict(text="President Esther Mvula was considering amendments that would exempt churches and health charities",
         holder=OFFICIALS, modality="asserted"),
    dict(text="the cabinet would not repeal the act outright", holder="Malawian government official",
         modality="negated", cues=["not"]),
    dict(text='foreign money had been used "to buy influence in our elections"', holder=KACHALE, modality="asserted"),
    dict(text="the law would be enforced from January 1", holder=KACHALE, modality="asserted"),
    dict(text="the weaker kwacha would help them in the short term", holder="tobacco exporters", modality="asserted"),
    dict(text="import cover had fallen to less than two months", holder="bankers", modality="asserted"),
    dict(text="letters of credit for fuel were already being delayed", holder="banker", modality="asserted"),
]

EVENTS = [
    dict(text="World Bank freezes $350 million Malawi loan over NGO law; kwacha slides",
         event="SANCTION", context="economic, human rights", source=[("World Bank", "WB", "")],
         target=[("Malawi", "MWI", "GOV")], eventText="freezes $350 million Malawi loan", comment="headline"),
    dict(text='LILONGWE - The World Bank has suspended disbursement of a 350 million dollar budget-support loan to Malawi after parliament passed a law that forces non-governmental organisations to register as "foreign-funded entities" and submit their accounts to the interior ministry, the lender said on Wednesday.',
         event="SANCTION", context="economic, human rights", source=[("The World Bank", "WB", "")],
         target=[("Malawi", "MWI", "GOV")], eventText="has suspended disbursement",
         comment="the passing of the law is domestic and not coded"),
    dict(text='In a statement, the Bank said the new Civil Society Registration Act was "inconsistent with" its environmental and social framework and that no further tranches would be released until the government had shown how the law would be applied.',
         event="REQUEST", mode="change", context="economic, human rights", source=[("the Bank", "WB", "")],
         target=[("the government", "MWI", "GOV")], eventText="no further tranches would be released until",
         comment="the resumption of payments is made conditional on the government's action"),
    dict(text='Finance Minister Chikondi Banda said the decision was "regrettable and premature".',
         event="ACCUSE", context="economic", source=[("Chikondi Banda", "MWI", "GOV")],
         eventText="regrettable and premature", comment="the target (the World Bank) is implied"),
    dict(text='The International Monetary Fund, whose staff are due in Lilongwe next month for a review, said it was "aware of the situation" and declined to comment further.',
         event="AGREE", mode="meet", context="economic", source=[("The International Monetary Fund", "IMF", "")],
         target=[("Lilongwe", "MWI", "GOV")], eventText="staff are due in Lilongwe next month for a review",
         comment="a planned visit is AGREE meet (examples/gold conventions)"),
    dict(text='Interior Minister Felix Kachale, who drafted the law, rejected the Bank\'s criticism, saying foreign money had been used "to buy influence in our elections".',
         event="REJECT", context="economic, human rights", source=[("Felix Kachale", "MWI", "GOV")],
         target=[("the Bank", "WB", "")], eventText="rejected the Bank's criticism"),
]

ENTITY_SKIP = []
