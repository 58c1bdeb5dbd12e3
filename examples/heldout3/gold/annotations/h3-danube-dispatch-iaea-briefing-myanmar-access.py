"""Held-out 3 gold for h3-danube-dispatch-iaea-briefing-myanmar-access (The Danube Dispatch): briefing transcript.

A spokesperson's answers in a Q/A transcript: each answer after a "KORHONEN:" label is one
direct attribution (source the label, cue the colon, content the whole answer); the reporters'
questions are not attributions, but a report inside a question ("Myanmar says ...", "There are
reports in the Thai press that ...", "Naypyidaw says ...") is. Also: a headline "IAEA says" with
a quoted word, "told reporters" after the lead's content, "the Director General considers"
inside an answer, "Thailand has offered its good offices" inside an answer, "who spoke on
condition of anonymity" with "unless", "Another diplomat said ... would probably", "did not
respond to a request for comment".
"""

DATE = "2026-11-25"
KOR = "Nadia Korhonen"
BRANDT = "Helga Brandtner"
IAEA = "International Atomic Energy Agency"
BOARD_DIPLOMAT = "diplomat from a country on the IAEA board"
A1 = "No. The itinerary was sent to the foreign ministry in Naypyidaw eleven days before the visit, and nobody objected to it. The escort the authorities now talk about was never requested. We have the correspondence, and we will share it with the board."
A2 = "I will not go into the details of safeguards activities. What I can say is that the Director General considers this a routine visit, and that Myanmar agreed to it in principle in September."
A3 = "We have seen those reports. We cannot confirm them, and I would caution against drawing conclusions from them."
A4 = "That is a decision for the Board of Governors, not for me. The Director General will brief the board on Monday. If Myanmar lets us in before then, this becomes a much shorter conversation."
A5 = "We do not think a new request is needed, because the existing one was approved. But we are pragmatic. If a new form is what it takes, our team can be on a plane tomorrow."
A6 = "Thailand has offered its good offices, and we welcome that. We are also in contact with the Chinese mission here in Vienna."
LEAD = "VIENNA — The International Atomic Energy Agency is ready to send its inspectors back to Myanmar at a day's notice, its chief spokesperson, Nadia Korhonen, told reporters on Wednesday, a day after the team was turned away on the road to a facility in the Mandalay Region."
RESOLUTION = "After the briefing, a diplomat from a country on the board, who spoke on condition of anonymity, said several Western governments were drafting a resolution that would condemn Myanmar unless the inspectors were admitted before the board meets."
KOR_IAEA = ("KORHONEN", "IAEA", "")


def answer(content):
    """One transcript answer: a direct attribution of the spokesperson."""
    return dict(source="KORHONEN", cue=":", content=content, kind="direct", sourcing="named-person", speaker=KOR)


ATTRIBUTIONS = [
    dict(source="IAEA", cue="says", content='its inspectors could fly back to Myanmar "tomorrow"',
         kind="mixed", sourcing="named-organisation", speaker=IAEA),
    dict(source="its chief spokesperson, Nadia Korhonen,", cue="told",
         content="The International Atomic Energy Agency is ready to send its inspectors back to Myanmar at a day's notice",
         kind="indirect", sourcing="named-person", speaker=KOR),
    dict(source="She", cue="said", content="the agency had received no written explanation from Naypyidaw",
         kind="indirect", sourcing="named-person", speaker=KOR),
    dict(source=("Myanmar", 3), cue="says", content="the inspectors broke agreed procedures by travelling without an escort",
         kind="indirect", sourcing="named-organisation", speaker="Myanmar"),
    answer(A1),
    answer(A2),
    dict(source="Director General", cue="considers", content="this a routine visit",
         kind="indirect", sourcing="named-person", speaker=BRANDT, via=["KORHONEN"]),
    dict(source="the Thai press", cue="reports", content="that trucks left the site on Monday night",
         kind="indirect", sourcing="media-report", speaker="Thai press"),
    answer(A3),
    answer(A4),
    dict(source="Naypyidaw", cue="says", content="it will allow a visit only if you file a new request",
         kind="indirect", sourcing="named-organisation", speaker="Myanmar"),
    answer(A5),
    answer(A6),
    dict(source="Thailand", cue="has offered", content="its good offices",
         kind="indirect", sourcing="named-organisation", speaker="Thailand", via=["KORHONEN"]),
    dict(source="a diplomat from a country on the board, who spoke on condition of anonymity,", cue="said",
         content="several Western governments were drafting a resolution that would condemn Myanmar unless the inspectors were admitted before the board meets",
         kind="indirect", sourcing="anonymous-official", speaker=BOARD_DIPLOMAT),
    dict(source="Another diplomat", cue="said", content="Russia and China would probably oppose any such text",
         kind="indirect", sourcing="anonymous-official", speaker="diplomat"),
]

CLAIMS = [
    dict(text='its inspectors could fly back to Myanmar "tomorrow"', holder=IAEA, modality="speculative", cues=["could"]),
    dict(text="The International Atomic Energy Agency is ready to send its inspectors back to Myanmar at a day's notice",
         holder=KOR, modality="asserted"),
    dict(text="the agency had received no written explanation from Naypyidaw", holder=KOR, modality="negated",
         cues=["no"]),
    dict(text="the inspectors broke agreed procedures by travelling without an escort", holder="Myanmar",
         modality="asserted"),
    dict(text="No", holder=KOR, modality="negated", cues=["No"]),
    dict(text="The itinerary was sent to the foreign ministry in Naypyidaw eleven days before the visit, and nobody objected to it",
         holder=KOR, modality="negated", cues=["nobody"]),
    dict(text="The escort the authorities now talk about was never requested", holder=KOR, modality="negated",
         cues=["never"]),
    dict(text="We have the correspondence, and we will share it with the board", holder=KOR, modality="asserted"),
    dict(text="I will not go into the details of safeguards activities", holder=KOR, modality="negated", cues=["not"]),
    dict(text="this a routine visit", holder=BRANDT, modality="hedged", cues=["considers"]),
    dict(text="Myanmar agreed to it in principle in September", holder=KOR, modality="asserted"),
    dict(text="trucks left the site on Monday night", holder="Thai press", modality="asserted"),
    dict(text="We cannot confirm them", holder=KOR, modality="negated", cues=["cannot"]),
    dict(text="That is a decision for the Board of Governors, not for me", holder=KOR, modality="negated", cues=["not"]),
    dict(text="The Director General will brief the board on Monday", holder=KOR, modality="asserted"),
    dict(text="If Myanmar lets us in before then, this becomes a much shorter conversation", holder=KOR,
         modality="conditional", cues=["If"],
         conditions=[dict(text="If Myanmar lets us in before then", connective="if",
                          required="let the inspectors in before the board meets", actor="MMR")]),
    dict(text="it will allow a visit only if you file a new request", holder="Myanmar", modality="conditional",
         cues=["only if"],
         conditions=[dict(text="only if you file a new request", connective="only if", required="file a new request",
                          actor="IAEA")]),
    dict(text="We do not think a new request is needed, because the existing one was approved", holder=KOR,
         modality="negated", cues=["not"]),
    dict(text="If a new form is what it takes, our team can be on a plane tomorrow", holder=KOR,
         modality="conditional", cues=["If"],
         conditions=[dict(text="If a new form is what it takes", connective="if", required="file a new request form",
                          actor="IAEA")]),
    dict(text="Thailand has offered its good offices", holder=KOR, modality="asserted"),
    dict(text="several Western governments were drafting a resolution that would condemn Myanmar unless the inspectors were admitted before the board meets",
         holder=BOARD_DIPLOMAT, modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the inspectors were admitted before the board meets", connective="unless",
                          required="admit the inspectors before the board meets", actor="MMR", polarity="against")]),
    dict(text="Russia and China would probably oppose any such text", holder="diplomat", modality="speculative",
         cues=["probably"]),
    dict(text="Myanmar's embassy in Vienna did not respond to a request for comment", holder="writer",
         modality="negated", cues=["not"]),
]

EVENTS = [
    dict(text='IAEA says its inspectors could fly back to Myanmar "tomorrow"', event="AGREE", context="nuclear",
         source=[("IAEA", "IAEA", "")], target=[("Myanmar", "MMR", "GOV")], eventText="its inspectors could fly back to Myanmar",
         comment="signalled readiness to resume the inspection; no documented mode"),
    dict(text=LEAD, event="AGREE", context="nuclear", source=[("The International Atomic Energy Agency", "IAEA", "")],
         target=[("Myanmar", "MMR", "GOV")], eventText="is ready to send its inspectors back to Myanmar"),
    dict(text="Q: Myanmar says the inspectors broke agreed procedures by travelling without an escort.",
         event="ACCUSE", context="nuclear", source=[("Myanmar", "MMR", "GOV")], target=[("the inspectors", "IAEA", "")],
         eventText="the inspectors broke agreed procedures", comment="Myanmar's accusation, restated in a reporter's question"),
    dict(text="If Myanmar lets us in before then, this becomes a much shorter conversation.", event="REQUEST",
         mode="yield", context="nuclear", source=[("KORHONEN", "IAEA", "")], target=[("Myanmar", "MMR", "GOV")],
         eventText="If Myanmar lets us in before then",
         comment="source is the speaker of the answer; a condition set for the other side is a demand"),
    dict(text="Q: Naypyidaw says it will allow a visit only if you file a new request.", event="REQUEST", mode="change",
         context="nuclear", source=[("Naypyidaw", "MMR", "GOV")], target=[("you", "IAEA", "")],
         eventText="will allow a visit only if you file a new request"),
    dict(text="If a new form is what it takes, our team can be on a plane tomorrow.", event="AGREE", context="nuclear",
         source=[("our team", "IAEA", "")], target=[], eventText="our team can be on a plane tomorrow",
         comment="readiness to comply with Myanmar's condition; Myanmar only implied"),
    dict(text="KORHONEN: Thailand has offered its good offices, and we welcome that.", event="AGREE", mode="mediate",
         context="diplomatic", source=[("Thailand", "THA", "GOV")], target=[], eventText="has offered its good offices"),
    dict(text="We are also in contact with the Chinese mission here in Vienna.", event="CONSULT", context="diplomatic",
         source=[("We", "IAEA", "")], target=[("the Chinese mission", "CHN", "GOV")],
         eventText="in contact with the Chinese mission"),
    dict(text=RESOLUTION, event="THREATEN", context="nuclear",
         source=[("several Western governments", "WST", "GOV")], target=[("Myanmar", "MMR", "GOV")],
         eventText="drafting a resolution that would condemn Myanmar unless the inspectors were admitted",
         comment="a conditional censure is a threat; WST is CAMEO's code for the West"),
]

ENTITY_EXTRA = [
    (r"(?<=the )Director General\b", "PERSON", "person:helga-brandtner", "Helga Brandtner",
     "Director General, International Atomic Energy Agency"),
    (r"\bThe Director General\b", "PERSON", "person:helga-brandtner", "Helga Brandtner",
     "Director General, International Atomic Energy Agency"),
]
