"""Held-out 3 gold for h3-levant-live-iraq-summons-turkish-envoy-tigris (Levant Live): live blog.

Timestamped entries, newest first (the lead is the closing summary). Constructions: a
summary sentence holding "Ankara says", "its secretary-general, Mahmoud Fathi, called on ...
and urged", "Reports in Turkish media say", a bulleted "Key lines:" list after "has just
spoken" (each bullet one attribution of the spokesman; "Ankara rejects" nested), "Our
correspondent in Basra says", "Iraqi state television says", "According to the prime
minister's office, he told him that ... and asked", "Iraq wants Turkey to", "said ... could
... if", "He has not said which", "confirms" nesting "what it calls", "A ministry official
told Levant Live", a writer's "which usually means ... not", "according to the foreign
ministry".
"""

DATE = "2026-11-23"
JUB = "Karim al-Jubouri"
SAADI = "Haider al-Saadi"
AKTAS = "Selim Aktaş"
FATHI = "Mahmoud Fathi"
IRQ_MFA = "Ministry of Foreign Affairs of Iraq"
PM_OFFICE = "Office of the Prime Minister of Iraq"
AKTAS_SRC = "Turkey's foreign ministry spokesman, Selim Aktaş,"
FATHI_SRC = "its secretary-general, Mahmoud Fathi,"
SUMMARY = "Here is a summary: Iraq summoned Turkey's ambassador and set an end-of-month deadline for more water on the Tigris; Ankara says it is doing all it can; hundreds of farmers protested in Basra."
FATHI_LINE = "In a short statement, its secretary-general, Mahmoud Fathi, called on Turkey to \"respect the historic rights of Iraq to the waters of the Tigris and the Euphrates\" and urged both governments to reach an agreement through negotiation."
CALL_LINE = "According to the prime minister's office, he told him that Iraq \"will not accept the death of its rivers\" and asked Turkey to raise the flow at once."
BULLET3 = "Ankara rejects \"the language of deadlines\" but remains open to talks \"at any level, at any time\"."
IRQ = ("Iraq", "IRQ", "GOV")
TUR = ("Turkey", "TUR", "GOV")

ATTRIBUTIONS = [
    dict(source="Ankara", cue="says", content="it is doing all it can",
         kind="indirect", sourcing="named-organisation", speaker="Turkey"),
    dict(source=FATHI_SRC, cue="called on",
         content='Turkey to "respect the historic rights of Iraq to the waters of the Tigris and the Euphrates"',
         kind="mixed", sourcing="named-person", speaker=FATHI),
    dict(source=FATHI_SRC, cue="urged", content="both governments to reach an agreement through negotiation",
         kind="indirect", sourcing="named-person", speaker=FATHI),
    dict(source="Reports in Turkish media", cue="say", content="Ankara will not change its release schedule before the deadline",
         kind="indirect", sourcing="media-report", speaker="Turkish media"),
    dict(source=AKTAS_SRC, cue="has just spoken",
         content='Turkey "fully understands" Iraq\'s difficulties and is releasing as much water as its reservoirs allow',
         kind="mixed", sourcing="named-person", speaker=AKTAS),
    dict(source=AKTAS_SRC, cue="has just spoken",
         content='The drought is hitting Turkey too: "We cannot give what the sky has not given us."',
         kind="mixed", sourcing="named-person", speaker=AKTAS),
    dict(source=AKTAS_SRC, cue="has just spoken",
         content='Ankara rejects "the language of deadlines" but remains open to talks "at any level, at any time"',
         kind="mixed", sourcing="named-person", speaker=AKTAS),
    dict(source="Ankara", cue="rejects", content='"the language of deadlines"',
         kind="mixed", sourcing="named-organisation", speaker="Turkey", via=[AKTAS_SRC]),
    dict(source="Our correspondent in Basra", cue="says",
         content="several hundred farmers have gathered outside the provincial council, carrying dead date-palm fronds",
         kind="indirect", sourcing="anonymous-official", speaker="Levant Live correspondent"),
    dict(source="Iraqi state television", cue="says",
         content="Prime Minister Haider al-Saadi spoke by phone with the Turkish president this afternoon",
         kind="indirect", sourcing="media-report", speaker="Iraqi state television"),
    dict(source="the prime minister's office", cue="According to",
         content='he told him that Iraq "will not accept the death of its rivers" and asked Turkey to raise the flow at once',
         kind="mixed", sourcing="named-organisation", speaker=PM_OFFICE),
    dict(source="he", cue="told", content='that Iraq "will not accept the death of its rivers"',
         kind="mixed", sourcing="named-person", speaker=SAADI, via=["the prime minister's office"]),
    dict(source="he", cue="asked", content="Turkey to raise the flow at once",
         kind="indirect", sourcing="named-person", speaker=SAADI, via=["the prime minister's office"]),
    dict(source="Iraq", cue="wants", content="Turkey to guarantee a minimum flow on the Tigris at the border",
         kind="indirect", sourcing="named-organisation", speaker="Iraq"),
    dict(source="Water Resources Minister Karim al-Jubouri", cue="said",
         content="that Iraq could restrict imports of Turkish goods if the deadline passes",
         kind="indirect", sourcing="named-person", speaker=JUB),
    dict(source="Iraq's foreign ministry", cue="confirms",
         content='it has summoned the Turkish ambassador and handed him a formal protest over what it calls the "unjust reduction" of the Tigris',
         kind="mixed", sourcing="named-organisation", speaker=IRQ_MFA),
    dict(source="it", cue="calls", content=[("what", 1), 'the "unjust reduction" of the Tigris'],
         kind="mixed", sourcing="named-organisation", speaker=IRQ_MFA, via=["Iraq's foreign ministry"]),
    dict(source="A ministry official", cue="told", content='the meeting was "frank"',
         kind="mixed", sourcing="anonymous-official", speaker="Iraqi foreign ministry official"),
    dict(source="the foreign ministry", cue="according to",
         content="Iraq has summoned Turkey's ambassador in Baghdad over falling water levels on the Tigris",
         kind="indirect", sourcing="named-organisation", speaker=IRQ_MFA),
]

CLAIMS = [
    dict(text="Iraq summons Turkish envoy as Tigris water row escalates", holder="writer", modality="asserted"),
    dict(text="Iraq summoned Turkey's ambassador and set an end-of-month deadline for more water on the Tigris",
         holder="writer", modality="asserted"),
    dict(text="it is doing all it can", holder="Turkey", modality="asserted"),
    dict(text="hundreds of farmers protested in Basra", holder="writer", modality="asserted"),
    dict(text="Ankara will not change its release schedule before the deadline", holder="Turkish media",
         modality="negated", cues=["not"]),
    dict(text="We have not been able to confirm this independently", holder="writer", modality="negated", cues=["not"]),
    dict(text='Turkey "fully understands" Iraq\'s difficulties and is releasing as much water as its reservoirs allow',
         holder=AKTAS, modality="asserted"),
    dict(text="The drought is hitting Turkey too", holder=AKTAS, modality="asserted"),
    dict(text="We cannot give what the sky has not given us", holder=AKTAS, modality="negated", cues=["cannot"]),
    dict(text='Ankara rejects "the language of deadlines" but remains open to talks "at any level, at any time"',
         holder=AKTAS, modality="asserted"),
    dict(text="several hundred farmers have gathered outside the provincial council, carrying dead date-palm fronds",
         holder="Levant Live correspondent", modality="asserted"),
    dict(text="Police have closed the road but there are no reports of violence", holder="writer", modality="negated",
         cues=["no"]),
    dict(text="Prime Minister Haider al-Saadi spoke by phone with the Turkish president this afternoon",
         holder="Iraqi state television", modality="asserted"),
    dict(text='Iraq "will not accept the death of its rivers"', holder=SAADI, modality="negated", cues=["not"]),
    dict(text="There is no word yet from the Turkish side on the call", holder="writer", modality="negated",
         cues=["no"]),
    dict(text="Iraq could restrict imports of Turkish goods if the deadline passes", holder=JUB,
         modality="speculative", cues=["could", "if"],
         conditions=[dict(text="if the deadline passes", connective="if",
                          required="let the deadline pass without raising the flow", actor="TUR")]),
    dict(text="He has not said which goods", holder="writer", modality="negated", cues=["not"]),
    dict(text="The Turkish ambassador has left the foreign ministry in Baghdad after about forty minutes",
         holder="writer", modality="asserted"),
    dict(text="He did not speak to reporters waiting outside", holder="writer", modality="negated", cues=["not"]),
    dict(text='it has summoned the Turkish ambassador and handed him a formal protest over what it calls the "unjust reduction" of the Tigris',
         holder=IRQ_MFA, modality="asserted"),
    dict(text='the meeting was "frank"', holder="Iraqi foreign ministry official", modality="asserted"),
    dict(text="which usually means it was not friendly", holder="writer", modality="hedged", cues=["usually", "not"]),
    dict(text="Iraq has summoned Turkey's ambassador in Baghdad over falling water levels on the Tigris",
         holder=IRQ_MFA, modality="asserted"),
]

EVENTS = [
    dict(text="Live: Iraq summons Turkish envoy as Tigris water row escalates", event="ACCUSE", context="diplomatic",
         source=[IRQ], target=[("Turkish envoy", "TUR", "GOV")], eventText="summons Turkish envoy",
         comment="summoning an ambassador over a grievance is a formal complaint"),
    dict(text=SUMMARY, event="ACCUSE", context="diplomatic", source=[IRQ],
         target=[("Turkey's ambassador", "TUR", "GOV")], eventText="summoned Turkey's ambassador"),
    dict(text=SUMMARY, event="THREATEN", context="environment", source=[IRQ], target=[],
         eventText="set an end-of-month deadline for more water on the Tigris",
         comment="a deadline demand is an ultimatum (CAMEO 139); Turkey only implied"),
    dict(text=FATHI_LINE, event="REQUEST", mode="change", context="environment",
         source=[("its secretary-general, Mahmoud Fathi", "ARL", "")], target=[TUR],
         eventText="called on Turkey to \"respect the historic rights of Iraq", comment="water releases are a policy"),
    dict(text=FATHI_LINE, event="REQUEST", context="diplomatic",
         source=[("its secretary-general, Mahmoud Fathi", "ARL", "")], target=[],
         eventText="urged both governments to reach an agreement through negotiation",
         comment="an appeal for dialogue: no mode; both governments are addressees without one code"),
    dict(text="16:42 — Reports in Turkish media say Ankara will not change its release schedule before the deadline.",
         event="REJECT", mode="change", context="environment", source=[("Ankara", "TUR", "GOV")], target=[],
         eventText="will not change its release schedule", comment="Iraq only implied"),
    dict(text=BULLET3, event="REJECT", mode="change", context="environment", source=[("Ankara", "TUR", "GOV")],
         target=[], eventText="rejects \"the language of deadlines\"", comment="the Iraqi ultimatum; Iraq only implied"),
    dict(text=BULLET3, event="AGREE", mode="meet", context="diplomatic", source=[("Ankara", "TUR", "GOV")], target=[],
         eventText="remains open to talks", comment="signalled openness to talks"),
    dict(text="14:55 — Iraqi state television says Prime Minister Haider al-Saadi spoke by phone with the Turkish president this afternoon.",
         event="CONSULT", mode="phone", context="diplomatic", source=[("Prime Minister Haider al-Saadi", "IRQ", "GOV")],
         target=[("the Turkish president", "TUR", "GOV")], eventText="spoke by phone with the Turkish president"),
    dict(text=CALL_LINE, event="REQUEST", mode="change", context="environment", source=[("he", "IRQ", "GOV")],
         target=[TUR], eventText="asked Turkey to raise the flow at once"),
    dict(text="Iraq wants Turkey to guarantee a minimum flow on the Tigris at the border.", event="REQUEST",
         mode="change", context="environment", source=[IRQ], target=[TUR],
         eventText="wants Turkey to guarantee a minimum flow"),
    dict(text="Water Resources Minister Karim al-Jubouri said on Sunday that Iraq could restrict imports of Turkish goods if the deadline passes.",
         event="THREATEN", context="economic", source=[("Water Resources Minister Karim al-Jubouri", "IRQ", "GOV")],
         target=[], eventText="could restrict imports of Turkish goods if the deadline passes",
         comment="conditional trade measure; Turkey only implied"),
    dict(text="12:50 — Iraq's foreign ministry confirms it has summoned the Turkish ambassador and handed him a formal protest over what it calls the \"unjust reduction\" of the Tigris.",
         event="ACCUSE", context="diplomatic", source=[("Iraq's foreign ministry", "IRQ", "GOV")],
         target=[("the Turkish ambassador", "TUR", "GOV")],
         eventText="has summoned the Turkish ambassador and handed him a formal protest"),
    dict(text="Iraq has summoned Turkey's ambassador in Baghdad over falling water levels on the Tigris, according to the foreign ministry.",
         event="ACCUSE", context="diplomatic", source=[IRQ], target=[("Turkey's ambassador", "TUR", "GOV")],
         eventText="has summoned Turkey's ambassador in Baghdad"),
]

ENTITY_EXTRA = [
    (r"(?<=the )prime minister(?='s office)", "PERSON", "person:haider-al-saadi", "Haider al-Saadi",
     "Prime Minister of Iraq"),
]
