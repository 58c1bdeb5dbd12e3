"""Dev3-B gold for pacific-wave-forum-communique-palau-walkout (Pacific Wave Radio): Pacific Islands Forum summit, broadcaster's website.

Constructions: a communiqué agreed and a walkout in one lead, the final text quoted with its
own verbs ("notes", "commits"), a leaked draft "seen by" the broadcaster that "had called
on members to", "told Pacific Wave Radio outside the venue that" with a quoted fragment,
"would not sign ... until" inside a mixed quote, "declined to say which", two anonymous
diplomats, "denied that", a coordinated subject that "welcomed", a pledge of money,
"Observers expect ..., where Palau is likely to".
"""

DATE = "2026-11-25"
NGIRMANG = "Hilda Ngirmang"
FIFITA = "Sione Fifita"
MARSTERS = "Teina Marsters"
WHITAKER = "Grace Whitaker"

ATTRIBUTIONS = [
    dict(source="A draft circulated to delegations on Monday, seen by Pacific Wave Radio,", cue="had called on",
         content='members to "support a precautionary pause on all commercial deep-sea mining until the science is settled."',
         kind="mixed", sourcing="anonymous-official", speaker="draft communiqué"),
    dict(source="Palau's president, Hilda Ngirmang,", cue="told",
         content='that the change had been made "in a back room, by people who will not have to live with the consequences."',
         kind="mixed", sourcing="named-person", speaker=NGIRMANG),
    dict(source="She", cue="said",
         content='Palau would not sign any Forum statement on the oceans "until the word moratorium is back in it."',
         kind="mixed", sourcing="named-person", speaker=NGIRMANG),
    dict(source="Forum Secretary General Sione Fifita", cue="said",
         content="the communiqué had been adopted by consensus of the members present and remained valid",
         kind="indirect", sourcing="named-person", speaker=FIFITA),
    dict(source="Two diplomats from Melanesian delegations", cue="said",
         content="the Cook Islands and Nauru, both of which have licensed seabed exploration in their waters, had pushed for the softer wording",
         kind="indirect", sourcing="anonymous-official", speaker="diplomats from Melanesian delegations"),
    dict(source="The Cook Islands' prime minister, Teina Marsters,", cue="denied",
         content="that his government had lobbied anyone",
         kind="indirect", sourcing="named-person", speaker=MARSTERS),
    dict(source="he", cue="said", content='"We argued our case in the room like everyone else,"',
         kind="direct", sourcing="named-person", speaker=MARSTERS),
    dict(source="Australia and New Zealand, which attend as full members,", cue="welcomed",
         content="the climate finance section, which promises to triple a regional resilience fund to 1.5 billion US dollars by 2030",
         kind="indirect", sourcing="named-organisation", speaker="Australia and New Zealand"),
    dict(source="New Zealand's foreign minister, Grace Whitaker,", cue="said",
         content="Wellington would contribute 200 million New Zealand dollars over five years",
         kind="indirect", sourcing="named-person", speaker=WHITAKER),
    dict(source="Observers", cue="expect",
         content="the dispute to resurface at the International Seabed Authority's meeting in Kingston, Jamaica, in March, where Palau is likely to press for a global pause",
         kind="indirect", sourcing="vague-collective", speaker="observers"),
]

CLAIMS = [
    dict(text="Pacific leaders agree communiqué after Palau walks out over deep-sea mining", holder="writer",
         modality="asserted"),
    dict(text="Pacific Islands Forum leaders ended their summit in Apia on Wednesday night with a joint communiqué on climate finance and fisheries",
         holder="writer", modality="asserted"),
    dict(text="Palau's delegation walked out of the closing session in protest at the removal of a call for a moratorium on deep-sea mining",
         holder="writer", modality="asserted"),
    dict(text='The final text, released after midnight, "notes the range of views among members" on seabed mining and commits the Forum to "further dialogue."',
         holder="writer", modality="asserted"),
    dict(text='the change had been made "in a back room, by people who will not have to live with the consequences."',
         holder=NGIRMANG, modality="asserted"),
    dict(text='Palau would not sign any Forum statement on the oceans "until the word moratorium is back in it."',
         holder=NGIRMANG, modality="conditional", cues=["not", "until"],
         conditions=[dict(text="until the word moratorium is back in it", connective="until",
                          required="restore the call for a moratorium to the text", actor="PIF")]),
    dict(text="the communiqué had been adopted by consensus of the members present and remained valid", holder=FIFITA,
         modality="asserted"),
    dict(text="the Cook Islands and Nauru, both of which have licensed seabed exploration in their waters, had pushed for the softer wording",
         holder="diplomats from Melanesian delegations", modality="asserted"),
    dict(text="his government had lobbied anyone", holder=MARSTERS, modality="negated", cues=["denied"]),
    dict(text="We argued our case in the room like everyone else", holder=MARSTERS, modality="asserted"),
    dict(text="which promises to triple a regional resilience fund to 1.5 billion US dollars by 2030", holder="writer",
         modality="asserted"),
    dict(text="Wellington would contribute 200 million New Zealand dollars over five years", holder=WHITAKER,
         modality="asserted"),
    dict(text="the dispute to resurface at the International Seabed Authority's meeting in Kingston, Jamaica, in March",
         holder="observers", modality="hedged", cues=["expect"]),
    dict(text="Palau is likely to press for a global pause", holder="observers", modality="speculative", cues=["likely"]),
]

EVENTS = [
    dict(text="Pacific leaders agree communiqué after Palau walks out over deep-sea mining",
         event="SUPPORT", context="diplomatic, environment", source=[("Pacific leaders", "PIF", "GOV")],
         eventText="agree communiqué", comment="concluding a joint communiqué is realised cooperation among the members"),
    dict(text="Pacific leaders agree communiqué after Palau walks out over deep-sea mining",
         event="PROTEST", context="diplomatic, environment", source=[("Palau", "PLW", "GOV")],
         target=[("Pacific leaders", "PIF", "GOV")], eventText="walks out",
         comment="a delegation's walkout in protest; no PLOVER mode fits"),
    dict(text="Pacific Islands Forum leaders ended their summit in Apia on Wednesday night with a joint communiqué on climate finance and fisheries, hours after Palau's delegation walked out of the closing session in protest at the removal of a call for a moratorium on deep-sea mining.",
         event="SUPPORT", context="diplomatic, environment", source=[("Pacific Islands Forum leaders", "PIF", "GOV")],
         eventText="ended their summit ... with a joint communiqué"),
    dict(text="Pacific Islands Forum leaders ended their summit in Apia on Wednesday night with a joint communiqué on climate finance and fisheries, hours after Palau's delegation walked out of the closing session in protest at the removal of a call for a moratorium on deep-sea mining.",
         event="PROTEST", context="diplomatic, environment", source=[("Palau's delegation", "PLW", "GOV")],
         target=[("Pacific Islands Forum leaders", "PIF", "GOV")], eventText="walked out of the closing session in protest"),
    dict(text='Palau\'s president, Hilda Ngirmang, told Pacific Wave Radio outside the venue that the change had been made "in a back room, by people who will not have to live with the consequences."',
         event="ACCUSE", context="diplomatic, environment", source=[("Hilda Ngirmang", "PLW", "GOV")],
         eventText="the change had been made in a back room",
         comment="the target (the members who asked for the change) is only implied"),
    dict(text='She said Palau would not sign any Forum statement on the oceans "until the word moratorium is back in it."',
         event="REQUEST", mode="change", context="diplomatic, environment", source=[("Palau", "PLW", "GOV")],
         target=[("Forum", "PIF", "GOV")], eventText="would not sign ... until the word moratorium is back in it",
         comment="withholding one's signature until the text changes demands a change of the text"),
    dict(text="Two diplomats from Melanesian delegations said the Cook Islands and Nauru, both of which have licensed seabed exploration in their waters, had pushed for the softer wording.",
         event="REQUEST", mode="change", context="diplomatic, environment",
         source=[("the Cook Islands", "COK", "GOV"), ("Nauru", "NRU", "GOV")],
         eventText="had pushed for the softer wording", comment="the target (the other Forum members) is implied"),
    dict(text="Australia and New Zealand, which attend as full members, welcomed the climate finance section, which promises to triple a regional resilience fund to 1.5 billion US dollars by 2030.",
         event="SUPPORT", context="diplomatic, environment", source=[("Australia", "AUS", "GOV"), ("New Zealand", "NZL", "GOV")],
         target=[("the climate finance section", "PIF", "GOV")], eventText="welcomed the climate finance section"),
    dict(text="New Zealand's foreign minister, Grace Whitaker, said Wellington would contribute 200 million New Zealand dollars over five years.",
         event="AGREE", mode="aid", context="diplomatic, environment", source=[("Wellington", "NZL", "GOV")],
         eventText="would contribute 200 million New Zealand dollars",
         comment="the recipient (the Forum's regional resilience fund) is implied"),
]

ENTITY_SKIP = ["US", ("New Zealand", 2)]
