"""Dev3-B gold for candid-standard-pacific-forum-sold-out-ocean (The Candid Standard): Pacific Islands Forum summit, opinion column.

Constructions: a headline "everyone knows who" (generic speaker, question content),
"reportedly told other leaders that she" over a named speaker, rhetorical questions, a
draft that "called for", "Diplomats in Apia say", an unnamed "prime minister insists ...
nothing", "Maybe so.", "it is hard to believe ... not", "claims", "seem delighted with"
(an inferred stance), "Prime Minister Grace Whitaker" (she is New Zealand's foreign
minister), "promised", "may", "no ... can", "Some marine scientists warn that ... could
... if", "If that happens", "Palau says ... until", "should ..., unless".
"""

DATE = "2026-11-25"
NGIRMANG = "Hilda Ngirmang"
FIFITA = "Sione Fifita"
MARSTERS = "Teina Marsters"
WHITAKER = "Grace Whitaker"
REPORTS = "unnamed reports"

ATTRIBUTIONS = [
    dict(source="everyone", cue="knows", content="who bought it",
         kind="indirect", sourcing="none", speaker=""),
    dict(source=None, cue="reportedly",
         content=["President Hilda Ngirmang, who has staked her reputation on a moratorium,",
                  'told other leaders that she "would rather leave empty-handed than sign a lie."'],
         kind="mixed", sourcing="media-report", speaker=REPORTS),
    dict(source="President Hilda Ngirmang, who has staked her reputation on a moratorium,", cue="told",
         content='that she "would rather leave empty-handed than sign a lie."',
         kind="mixed", sourcing="named-person", speaker=NGIRMANG, via=["reportedly"]),
    dict(source="The draft that went around on Monday", cue="called for", content='a "precautionary pause."',
         kind="mixed", sourcing="anonymous-official", speaker="draft communiqué"),
    dict(source="Diplomats in Apia", cue="say", content="the Cook Islands and Nauru lobbied hard for the change",
         kind="indirect", sourcing="vague-collective", speaker="diplomats"),
    dict(source="The Cook Islands' prime minister", cue="insists", content="his government did nothing of the sort",
         kind="indirect", sourcing="named-person", speaker=MARSTERS),
    dict(source="Secretary General Sione Fifita", cue="claims", content="the text was adopted by consensus",
         kind="indirect", sourcing="named-person", speaker=FIFITA),
    dict(source="Canberra and Wellington", cue="seem delighted with",
         content="a climate fund that will triple, on paper, by 2030",
         kind="indirect", sourcing="named-organisation", speaker="Australia and New Zealand"),
    dict(source="New Zealand's Prime Minister Grace Whitaker", cue="promised", content="200 million dollars",
         kind="indirect", sourcing="named-person", speaker=WHITAKER),
    dict(source="Some marine scientists", cue="warn",
         content="that mining could begin in Pacific waters within two years if exploration licences are turned into permits",
         kind="indirect", sourcing="vague-collective", speaker="marine scientists"),
    dict(source="Palau", cue="says", content="it will not sign any ocean statement until the moratorium is restored",
         kind="indirect", sourcing="named-organisation", speaker="Palau"),
]

CLAIMS = [
    dict(text="The Pacific Forum just sold out the ocean", holder="writer", modality="asserted"),
    dict(text="Forum leaders in Apia signed off on a communiqué that quietly buried the one thing the region's oceans needed",
         holder="writer", modality="asserted"),
    dict(text="Palau's delegation did the only honourable thing and walked out", holder="writer", modality="asserted"),
    dict(text="would rather leave empty-handed than sign a lie", holder=NGIRMANG, modality="asserted"),
    dict(text='By Wednesday night the pause had vanished, and in its place stood the limp phrase "notes the range of views."',
         holder="writer", modality="asserted"),
    dict(text="the Cook Islands and Nauru lobbied hard for the change", holder="diplomats", modality="asserted"),
    dict(text="his government did nothing of the sort", holder=MARSTERS, modality="negated", cues=["nothing"]),
    dict(text="Maybe so", holder="writer", modality="hedged", cues=["Maybe"]),
    dict(text="somebody rewrote that paragraph", holder="writer", modality="asserted"),
    dict(text="it was not Palau", holder="writer", modality="negated", cues=["not"]),
    dict(text="Several of the companies holding exploration licences are backed by investors from outside the region",
         holder="writer", modality="asserted"),
    dict(text="it is hard to believe their interests were not in the room, one way or another", holder="writer",
         modality="speculative", cues=["hard to believe", "not"]),
    dict(text="the text was adopted by consensus", holder=FIFITA, modality="asserted"),
    dict(text="Canberra and Wellington, for their part, seem delighted with a climate fund", holder="writer",
         modality="hedged", cues=["seem"]),
    dict(text="New Zealand's Prime Minister Grace Whitaker promised 200 million dollars", holder="writer",
         modality="asserted"),
    dict(text="It may even arrive", holder="writer", modality="speculative", cues=["may"]),
    dict(text="no resilience fund can rebuild a reef that has been dredged into a sediment plume", holder="writer",
         modality="negated", cues=["no"]),
    dict(text="mining could begin in Pacific waters within two years if exploration licences are turned into permits",
         holder="marine scientists", modality="speculative", cues=["could", "if"],
         conditions=[dict(text="if exploration licences are turned into permits", connective="if",
                          required="turn exploration licences into mining permits", actor="")]),
    dict(text="If that happens, the Apia communiqué will be remembered as the moment the region blinked", holder="writer",
         modality="conditional", cues=["If"],
         conditions=[dict(text="If that happens", connective="if", required="mining begins in Pacific waters", actor="")]),
    dict(text="it will not sign any ocean statement until the moratorium is restored", holder="Palau",
         modality="conditional", cues=["not", "until"],
         conditions=[dict(text="until the moratorium is restored", connective="until",
                          required="restore the call for a moratorium", actor="PIF")]),
    dict(text="Others should follow, unless of course they were the ones who asked for the change", holder="writer",
         modality="hedged", cues=["should", "unless"],
         conditions=[dict(text="unless of course they were the ones who asked for the change", connective="unless",
                          required="have asked for the change themselves", actor="", polarity="against")]),
]

EVENTS = [
    dict(text='After three days of speeches about "our blue continent," Forum leaders in Apia signed off on a communiqué that quietly buried the one thing the region\'s oceans needed: a clear call to stop deep-sea mining before it starts.',
         event="SUPPORT", context="diplomatic, environment", source=[("Forum leaders", "PIF", "GOV")],
         eventText="signed off on a communiqué"),
    dict(text="Palau's delegation did the only honourable thing and walked out.",
         event="PROTEST", context="diplomatic, environment", source=[("Palau's delegation", "PLW", "GOV")],
         eventText="walked out", comment="the target (the Forum meeting) is implied"),
    dict(text="Diplomats in Apia say the Cook Islands and Nauru lobbied hard for the change.",
         event="REQUEST", mode="change", context="diplomatic, environment",
         source=[("the Cook Islands", "COK", "GOV"), ("Nauru", "NRU", "GOV")],
         eventText="lobbied hard for the change", comment="the target (the other Forum members) is implied"),
    dict(text="New Zealand's Prime Minister Grace Whitaker promised 200 million dollars.",
         event="AGREE", mode="aid", context="diplomatic, environment", source=[("Grace Whitaker", "NZL", "GOV")],
         eventText="promised 200 million dollars", comment="the recipient (the regional climate fund) is implied"),
    dict(text="Palau says it will not sign any ocean statement until the moratorium is restored.",
         event="REQUEST", mode="change", context="diplomatic, environment", source=[("Palau", "PLW", "GOV")],
         eventText="will not sign any ocean statement until the moratorium is restored",
         comment="the target (the Forum) is implied"),
]

ENTITY_EXTRA = [
    (r"\bPacific Forum\b", "ORG", "PIF", "Pacific Islands Forum", ""),
]

ENTITY_SKIP = []
