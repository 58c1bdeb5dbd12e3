"""Dev4-A gold for d4a-pelican-wire-qatar-deal-frees-aid-workers-chad (Pelican Wire): wire report.

Constructions: a ministry as the lead's source, a mixed quote and a direct "he told", "according
to" with an anonymous official "who asked not to be named", "declined to confirm the figure but
said", a vague media report nesting nothing ("Some Italian newspapers reported"), "a claim the
Qatari ministry denied", "thanked ... and said", a passive "were believed to be" without a
source, an evidence verb "the deal showed that", "warned that ... possible only if", an "If"
quote, "welcomed ... and urged", "would not ... until".
"""

DATE = "2026-11-24"
KAABI = "Nasser Al-Kaabi"
HADDAD = "Rania Haddad"
SERRANI = "Paola Serrani"
QMFA = "Ministry of Foreign Affairs of Qatar"
SG = "United Nations Secretary-General"
LSB = "org:lake-shore-brigade"
HADDAD_SRC = "Rania Haddad, a researcher on Gulf mediation at the Lusail Policy Forum in Doha,"
LEAD = "DOHA — Three aid workers held for 14 months by an armed group in western Chad were freed on Tuesday after talks mediated by Qatar, Qatar's foreign ministry said."
SERRANI_TEXT = "Italian Foreign Minister Paola Serrani thanked Doha and N'Djamena for their help and said Italy did not pay ransoms."
UN_TEXT = "The United Nations Secretary-General welcomed the release in a statement and urged the group to free \"all remaining captives without delay\"."
DIPLO = "two more foreigners, a French engineer and a Nigerian driver, were believed to be still held by the group"

ATTRIBUTIONS = [
    dict(source="Qatar's foreign ministry", cue="said",
         content="Three aid workers held for 14 months by an armed group in western Chad were freed on Tuesday after talks mediated by Qatar",
         kind="indirect", sourcing="named-organisation", speaker=QMFA),
    dict(source="Qatar's Minister of State for Foreign Affairs, Nasser Al-Kaabi,", cue="said",
         content="the release was the result of \"months of patient contacts\" with the group's intermediaries and with the government in N'Djamena",
         kind="mixed", sourcing="named-person", speaker=KAABI),
    dict(source="he", cue="told", content="\"No money changed hands,\"",
         kind="direct", sourcing="named-person", speaker=KAABI),
    dict(source="a security official in N'Djamena who asked not to be named", cue="according to",
         content="Chad freed four detained members of the group on Monday as part of the arrangement",
         kind="indirect", sourcing="anonymous-official", speaker="Chadian security official"),
    dict(source="The government spokesman, Mahamat Abdelkerim,", cue="said", content="Chad \"had honoured its word\"",
         kind="mixed", sourcing="named-person", speaker="Mahamat Abdelkerim"),
    dict(source="Some Italian newspapers", cue="reported",
         content="that a payment of several million euros had been made through a third country",
         kind="indirect", sourcing="media-report", speaker="Italian newspapers"),
    dict(source="the Qatari ministry", cue="denied", content="a claim",
         kind="indirect", sourcing="named-organisation", speaker=QMFA),
    dict(source="Italian Foreign Minister Paola Serrani", cue="thanked", content="Doha and N'Djamena for their help",
         kind="indirect", sourcing="named-person", speaker=SERRANI),
    dict(source="Italian Foreign Minister Paola Serrani", cue="said", content="Italy did not pay ransoms",
         kind="indirect", sourcing="named-person", speaker=SERRANI),
    dict(source="Kenya's foreign ministry", cue="said",
         content="the Kenyan worker, Joseph Mwangi, was in good health and would fly home on Thursday",
         kind="indirect", sourcing="named-organisation", speaker="Ministry of Foreign Affairs of Kenya"),
    dict(source="Diplomats in Doha", cue="said", content=DIPLO,
         kind="indirect", sourcing="vague-collective", speaker="diplomats"),
    dict(source=None, cue="were believed",
         content=["two more foreigners, a French engineer and a Nigerian driver,", "to be still held by the group"],
         kind="indirect", sourcing="none", speaker="", via=["Diplomats in Doha"]),
    dict(source=HADDAD_SRC, cue="said", content="the deal showed that Qatar could talk to groups that Western governments shun",
         kind="indirect", sourcing="named-person", speaker=HADDAD),
    dict(source="the deal", cue="showed", content="that Qatar could talk to groups that Western governments shun",
         kind="indirect", sourcing="none", speaker="the deal", via=[HADDAD_SRC]),
    dict(source="she", cue="warned",
         content="that further releases were possible only if Chad kept a truce it agreed with the group in the spring",
         kind="indirect", sourcing="named-person", speaker=HADDAD),
    dict(source="she", cue="said", content="\"If the army resumes operations around the lake, the channel closes,\"",
         kind="direct", sourcing="named-person", speaker=HADDAD),
    dict(source="The United Nations Secretary-General", cue="welcomed", content=("the release", 1),
         kind="indirect", sourcing="named-person", speaker=SG),
    dict(source="The United Nations Secretary-General", cue="urged",
         content="the group to free \"all remaining captives without delay\"",
         kind="mixed", sourcing="named-person", speaker=SG),
    dict(source="The Sahel Water Trust", cue="said",
         content="it had suspended its work in the Lac province and would not send staff back until it could guarantee their safety",
         kind="indirect", sourcing="named-organisation", speaker="Sahel Water Trust"),
]

CLAIMS = [
    dict(text="Qatar-brokered deal frees three aid workers held in Chad", holder="writer", modality="asserted"),
    dict(text="Three aid workers held for 14 months by an armed group in western Chad were freed on Tuesday after talks mediated by Qatar",
         holder=QMFA, modality="asserted"),
    dict(text="The two Italians and a Kenyan, employees of the charity Sahel Water Trust, landed in Doha early on Wednesday aboard a Qatari military plane",
         holder="writer", modality="asserted"),
    dict(text="They were abducted in September last year near Bol, on the shores of Lake Chad, by a faction calling itself the Lake Shore Brigade",
         holder="writer", modality="asserted"),
    dict(text="the release was the result of \"months of patient contacts\" with the group's intermediaries and with the government in N'Djamena",
         holder=KAABI, modality="asserted"),
    dict(text="No money changed hands", holder=KAABI, modality="negated", cues=["No"]),
    dict(text="Chad freed four detained members of the group on Monday as part of the arrangement",
         holder="Chadian security official", modality="asserted"),
    dict(text="Chad \"had honoured its word\"", holder="Mahamat Abdelkerim", modality="asserted"),
    dict(text="a payment of several million euros had been made through a third country", holder="Italian newspapers",
         modality="asserted"),
    dict(text="Italy did not pay ransoms", holder=SERRANI, modality="negated", cues=["not"]),
    dict(text="the Kenyan worker, Joseph Mwangi, was in good health and would fly home on Thursday",
         holder="Ministry of Foreign Affairs of Kenya", modality="asserted"),
    dict(text="The Lake Shore Brigade has not commented", holder="writer", modality="negated", cues=["not"]),
    dict(text=DIPLO, holder="diplomats", modality="hedged", cues=["believed"]),
    dict(text="Qatar could talk to groups that Western governments shun", holder=HADDAD, modality="asserted"),
    dict(text="further releases were possible only if Chad kept a truce it agreed with the group in the spring",
         holder=HADDAD, modality="speculative", cues=["possible", "only if"],
         conditions=[dict(text="only if Chad kept a truce it agreed with the group in the spring", connective="only if",
                          required="keep the truce with the group", actor="TCD")]),
    dict(text="If the army resumes operations around the lake, the channel closes", holder=HADDAD,
         modality="conditional", cues=["If"],
         conditions=[dict(text="If the army resumes operations around the lake", connective="if",
                          required="resume army operations around Lake Chad", actor="TCD")]),
    dict(text="it had suspended its work in the Lac province", holder="Sahel Water Trust", modality="asserted"),
    dict(text="would not send staff back until it could guarantee their safety", holder="Sahel Water Trust",
         modality="conditional", cues=["not", "until"],
         conditions=[dict(text="until it could guarantee their safety", connective="until",
                          required="guarantee the safety of its staff", actor="org:sahel-water-trust")]),
]

EVENTS = [
    dict(text=LEAD, event="CONCEDE", mode="release", context="kidnapping",
         source=[("an armed group in western Chad", LSB, "")], target=[],
         eventText="were freed", comment="passive release of hostages by the group that held them; the aid workers are civilians of two states"),
    dict(text=LEAD, event="CONSULT", mode="mediate", context="kidnapping",
         source=[("Qatar", "QAT", "GOV")], target=[], eventText="talks mediated by Qatar",
         comment="mediation held; the group and Chad only implied"),
    dict(text="Chad freed four detained members of the group on Monday as part of the arrangement, according to a security official in N'Djamena who asked not to be named.",
         event="CONCEDE", mode="release", context="kidnapping", source=[("Chad", "TCD", "GOV")],
         target=[("four detained members of the group", LSB, "")], eventText="freed four detained members of the group"),
    dict(text=SERRANI_TEXT, event="SUPPORT", context="kidnapping",
         source=[("Italian Foreign Minister Paola Serrani", "ITA", "GOV")],
         target=[("Doha", "QAT", "GOV"), ("N'Djamena", "TCD", "GOV")], eventText="thanked Doha and N'Djamena",
         comment="thanks are a statement of support"),
    dict(text=UN_TEXT, event="SUPPORT", context="kidnapping", source=[("The United Nations Secretary-General", "UN", "")],
         target=[], eventText="welcomed the release", comment="Qatar and Chad only implied"),
    dict(text=UN_TEXT, event="REQUEST", mode="yield", context="kidnapping",
         source=[("The United Nations Secretary-General", "UN", "")], target=[("the group", LSB, "")],
         eventText="urged the group to free", comment="a demand to release captives"),
]
