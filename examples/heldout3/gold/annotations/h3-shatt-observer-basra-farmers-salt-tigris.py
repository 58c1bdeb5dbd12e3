"""Held-out 3 gold for h3-shatt-observer-basra-farmers-salt-tigris (The Shatt Observer): regional paper.

Local voices: a headline quote before a colon (no source in the headline), a two-sentence
quote split by "the 63-year-old said", "Farmers here blame" and "Many also blame" with
noun-phrase contents, a widow's quote with a long appositive source, a deputy governor who
"told protest leaders that" nesting "had asked", "She said ... "within days"", a union head's
quote holding "They said the same thing", "Engineers ... say", an engineer "who asked that his
name not be used" with "could only ... if" and a quote with "Unless ..., or ...", "Fishermen
say", "Baghdad says", "has threatened to", "few here expect", "Asked whether" and a final
quote with "Maybe ... if".
"""

DATE = "2026-11-23"
JABBAR = "Abbas Jabbar"
HILALI = "Nadia al-Hilali"
ENGINEER = "engineer at the Basra water directorate"
ENGINEER_SRC = "One engineer, who asked that his name not be used because he was not allowed to talk to reporters,"
SUMMONS = "On Monday the foreign ministry summoned the Turkish ambassador and gave Ankara until the end of the month to release more water, and Water Resources Minister Karim al-Jubouri has threatened to curb Turkish imports."
BLAME = "Farmers here blame Turkey, whose dams on the Tigris upstream hold back water that used to push the Gulf's salt out of the estuary."

ATTRIBUTIONS = [
    dict(source=None, cue=":", content='"The salt is winning"',
         kind="direct", sourcing="none", speaker=JABBAR),
    dict(source="the 63-year-old", cue="said",
         content=['"The salt is winning,"', '"When the river is low, the sea comes up to meet it, and the sea kills everything it touches."'],
         kind="direct", sourcing="named-person", speaker=JABBAR),
    dict(source="Farmers here", cue="blame",
         content="Turkey, whose dams on the Tigris upstream hold back water that used to push the Gulf's salt out of the estuary",
         kind="indirect", sourcing="vague-collective", speaker="farmers in Basra"),
    dict(source="Many", cue="also blame", content=("Baghdad", 0),
         kind="indirect", sourcing="vague-collective", speaker="farmers in Basra"),
    dict(source="Umm Hussein, a widow who farms two hectares near Abu al-Khasib and who joined the march with her sons",
         cue="said", content='"The government remembers Basra only at election time,"',
         kind="direct", sourcing="named-person", speaker="Umm Hussein"),
    dict(source="deputy governor Nadia al-Hilali", cue="told",
         content="that the province had asked Baghdad for emergency funds to truck fresh water to the worst-hit villages",
         kind="indirect", sourcing="named-person", speaker=HILALI),
    dict(source="the province", cue="had asked",
         content="Baghdad for emergency funds to truck fresh water to the worst-hit villages",
         kind="indirect", sourcing="named-organisation", speaker="Basra province",
         via=["deputy governor Nadia al-Hilali"]),
    dict(source="She", cue="said", content='the money would arrive "within days"',
         kind="mixed", sourcing="named-person", speaker=HILALI),
    dict(source="Jassim Radhi, who heads a local farmers' union", cue="said",
         content='"They said the same thing last year,"',
         kind="direct", sourcing="named-person", speaker="Jassim Radhi"),
    dict(source="They", cue="said", content="the same thing",
         kind="indirect", sourcing="named-organisation", speaker="Basra province",
         via=["Jassim Radhi, who heads a local farmers' union"]),
    dict(source="Engineers at the Basra water directorate", cue="say",
         content="salt levels at some intake points are now four times the safe limit for irrigation",
         kind="indirect", sourcing="vague-collective", speaker="engineers at the Basra water directorate"),
    dict(source=ENGINEER_SRC, cue="said",
         content="the directorate could only dilute the water if more fresh flow reached the city from the north",
         kind="indirect", sourcing="anonymous-official", speaker=ENGINEER),
    dict(source="he", cue="said",
         content='"Unless Turkey opens the taps, or it rains in the mountains, there is nothing we can do,"',
         kind="direct", sourcing="anonymous-official", speaker=ENGINEER),
    dict(source="Fishermen", cue="say", content="the damage is spreading",
         kind="indirect", sourcing="vague-collective", speaker="fishermen"),
    dict(source="Hamid Sabah, who fishes near the port of Fao,", cue="said",
         content="catches of freshwater carp had all but disappeared and that younger men were leaving for jobs in the oil fields",
         kind="indirect", sourcing="named-person", speaker="Hamid Sabah"),
    dict(source="Baghdad", cue="says", content="it is doing what it can",
         kind="indirect", sourcing="named-organisation", speaker="Iraq"),
    dict(source="Water Resources Minister Karim al-Jubouri", cue="has threatened", content="to curb Turkish imports",
         kind="indirect", sourcing="named-person", speaker="Karim al-Jubouri"),
    dict(source="few here", cue="expect", content="quick results",
         kind="indirect", sourcing="vague-collective", speaker="people in Basra"),
    dict(source="Jabbar", cue="said", content='"Ankara will not listen to us, and Baghdad does not listen to Basra,"',
         kind="direct", sourcing="named-person", speaker=JABBAR),
    dict(source=None, cue="Asked", content="whether he would plant new palms next spring",
         kind="indirect", sourcing="none", speaker=""),
    dict(source="he", cue="said", content='"Maybe my grandson will, if God sends the water back,"',
         kind="direct", sourcing="named-person", speaker=JABBAR),
]

CLAIMS = [
    dict(text=("The salt is winning", 0), holder=JABBAR, modality="asserted"),
    dict(text="Abbas Jabbar has grown dates on the banks of the Shatt al-Arab for forty years, like his father and grandfather before him",
         holder="writer", modality="asserted"),
    dict(text="This autumn, for the first time, he watched half of his palms turn brown", holder="writer",
         modality="asserted"),
    dict(text=("The salt is winning", 1), holder=JABBAR, modality="asserted"),
    dict(text="When the river is low, the sea comes up to meet it, and the sea kills everything it touches",
         holder=JABBAR, modality="asserted"),
    dict(text="The government remembers Basra only at election time", holder="Umm Hussein", modality="asserted"),
    dict(text="the province had asked Baghdad for emergency funds to truck fresh water to the worst-hit villages",
         holder=HILALI, modality="asserted"),
    dict(text='the money would arrive "within days"', holder=HILALI, modality="asserted"),
    dict(text="the farmers who spoke to The Shatt Observer were not convinced", holder="writer", modality="negated",
         cues=["not"]),
    dict(text="They said the same thing last year", holder="Jassim Radhi", modality="asserted"),
    dict(text="salt levels at some intake points are now four times the safe limit for irrigation",
         holder="engineers at the Basra water directorate", modality="asserted"),
    dict(text="the directorate could only dilute the water if more fresh flow reached the city from the north",
         holder=ENGINEER, modality="conditional", cues=["only", "if"],
         conditions=[dict(text="if more fresh flow reached the city from the north", connective="if",
                          required="more fresh water reaches Basra from the north", actor="")]),
    dict(text="Unless Turkey opens the taps, or it rains in the mountains, there is nothing we can do", holder=ENGINEER,
         modality="conditional", cues=["Unless", "nothing"],
         conditions=[dict(text="Unless Turkey opens the taps", connective="unless",
                          required="release more water from the dams", actor="TUR", polarity="against"),
                     dict(text="it rains in the mountains", connective="", required="rain in the mountains",
                          actor="", polarity="against")]),
    dict(text="the damage is spreading", holder="fishermen", modality="asserted"),
    dict(text="catches of freshwater carp had all but disappeared", holder="Hamid Sabah", modality="asserted"),
    dict(text="it is doing what it can", holder="Iraq", modality="asserted"),
    dict(text=SUMMONS[:-1], holder="writer", modality="asserted"),
    dict(text="few here expect quick results", holder="writer", modality="asserted"),
    dict(text="Ankara will not listen to us, and Baghdad does not listen to Basra", holder=JABBAR,
         modality="negated", cues=["not"]),
    dict(text="Maybe my grandson will, if God sends the water back", holder=JABBAR, modality="hedged",
         cues=["Maybe", "if"],
         conditions=[dict(text="if God sends the water back", connective="if", required="the river water returns",
                          actor="")]),
]

EVENTS = [
    dict(text=BLAME, event="ACCUSE", context="environment", source=[("Farmers here", "IRQ", "CVL")],
         target=[("Turkey", "TUR", "GOV")], eventText="blame Turkey",
         comment="farmers against a foreign government; 'Many also blame Baghdad' is domestic and not coded"),
    dict(text=SUMMONS, event="ACCUSE", context="diplomatic", source=[("the foreign ministry", "IRQ", "GOV")],
         target=[("the Turkish ambassador", "TUR", "GOV")], eventText="summoned the Turkish ambassador"),
    dict(text=SUMMONS, event="THREATEN", context="environment", source=[("the foreign ministry", "IRQ", "GOV")],
         target=[("Ankara", "TUR", "GOV")], eventText="gave Ankara until the end of the month to release more water",
         comment="a deadline demand is an ultimatum (CAMEO 139)"),
    dict(text=SUMMONS, event="THREATEN", context="economic",
         source=[("Water Resources Minister Karim al-Jubouri", "IRQ", "GOV")], target=[],
         eventText="has threatened to curb Turkish imports", comment="Turkey only implied"),
]
