"""Dev4-A gold for d4a-gulf-sentinel-interview-charity-chief-chad-hostages (The Gulf Sentinel): Q&A interview.

Layout: an intro in the writer's voice, then `Q:` / `Colombo:` turns. Each answer is one
direct attribution (source the label, cue the colon, content the whole turn without quote
marks); reports inside the interviewer's questions ("Italian newspapers say", "reportedly",
"Some commentators say") and third parties inside the answers ("the doctors say", "Qatar's
mediators never asked", "The Chadian government says", "Mr Al-Kaabi told me that") are
attributions; first-person acts inside an answer ("I cannot tell you", "I hope", "I believe
him", "we never offered") are the answer's content. The headline quote is attributed to
"charity chief" with the colon as cue.
"""

DATE = "2026-11-25"
COL = "Marta Colombo"
A1 = "Exhausted, thin, but standing. Luca and Chiara walked off the plane on their own. Joseph needs tests on his liver, the doctors say, but he is already making jokes about the food."
A2 = "The Qataris did the talking. We were told very little, and that was right. Qatar's mediators never asked us for money, and we never offered any."
A3 = "I have read those reports. I cannot tell you what governments did or did not do. I can tell you that the Trust paid nothing, not one euro."
A4 = "The Chadian government says it kept its promises. I do not know what those promises were. If men who kidnap aid workers were released, I hope somebody is watching them."
A5 = "Maybe they do. But the people who say so were not sitting with Chiara's mother at three in the morning. Kidnappings in the Lac province began long before anyone negotiated anything."
A6 = "Only if the communities there ask us to, and only if the authorities can guarantee our safety. Unless people around the lake have water, there will be more desperate young men with guns. That is the real story."
A7 = "Do not give up. Mr Al-Kaabi told me on Tuesday night that Qatar would keep the channel open, and I believe him. The group has every reason to talk while the truce holds."
A8 = "Sleep, I hope. Then we start drilling wells again, in Chad or somewhere else."
ANSWERS = [A1, A2, A3, A4, A5, A6, A7, A8]


def answer(text):
    """One interview turn: the label is the source, its colon the cue."""
    return dict(source="Colombo", cue=":", content=text, kind="direct", sourcing="named-person", speaker=COL)


ATTRIBUTIONS = [
    dict(source="charity chief", cue=":", content="'They came out thin but standing'",
         kind="direct", sourcing="named-person", speaker=COL),
    *[answer(a) for a in ANSWERS],
    dict(source="the doctors", cue="say", content="Joseph needs tests on his liver",
         kind="indirect", sourcing="vague-collective", speaker="doctors", via=["Colombo"]),
    dict(source="Qatar's mediators", cue="never asked", content="us for money",
         kind="indirect", sourcing="anonymous-official", speaker="Qatari mediators", via=["Colombo"]),
    dict(source="Italian newspapers", cue="say", content="a ransom was paid",
         kind="indirect", sourcing="media-report", speaker="Italian newspapers"),
    dict(source=None, cue="reportedly", content=[("Chad", 2), "freed four prisoners as part of the deal"],
         kind="indirect", sourcing="none", speaker=""),
    dict(source="The Chadian government", cue="says", content="it kept its promises",
         kind="indirect", sourcing="named-organisation", speaker="Chad", via=["Colombo"]),
    dict(source="Some commentators", cue="say", content="deals like this encourage more kidnappings",
         kind="indirect", sourcing="vague-collective", speaker="commentators"),
    dict(source="Mr Al-Kaabi", cue="told", content="that Qatar would keep the channel open",
         kind="indirect", sourcing="named-person", speaker="Nasser Al-Kaabi", via=["Colombo"]),
]

CLAIMS = [
    dict(text="They came out thin but standing", holder=COL, modality="asserted"),
    dict(text="Marta Colombo, director of the Sahel Water Trust, spent 14 months working for the release of three of her staff",
         holder="writer", modality="asserted"),
    dict(text="Luca and Chiara walked off the plane on their own", holder=COL, modality="asserted"),
    dict(text="Joseph needs tests on his liver", holder="doctors", modality="asserted"),
    dict(text="The Qataris did the talking", holder=COL, modality="asserted"),
    dict(text="Qatar's mediators never asked us for money, and we never offered any", holder=COL, modality="negated",
         cues=["never", ("never", 1)]),
    dict(text="a ransom was paid", holder="Italian newspapers", modality="asserted"),
    dict(text="I cannot tell you what governments did or did not do", holder=COL, modality="negated",
         cues=["cannot", "not"]),
    dict(text="the Trust paid nothing, not one euro", holder=COL, modality="negated", cues=["nothing", "not"]),
    dict(text="it kept its promises", holder="Chad", modality="asserted"),
    dict(text="I do not know what those promises were", holder=COL, modality="negated", cues=["not"]),
    dict(text="If men who kidnap aid workers were released, I hope somebody is watching them", holder=COL,
         modality="hedged", cues=["If", "hope"],
         conditions=[dict(text="If men who kidnap aid workers were released", connective="if",
                          required="release the kidnappers", actor="TCD")]),
    dict(text="deals like this encourage more kidnappings", holder="commentators", modality="asserted"),
    dict(text="Maybe they do", holder=COL, modality="hedged", cues=["Maybe"]),
    dict(text="the people who say so were not sitting with Chiara's mother at three in the morning", holder=COL,
         modality="negated", cues=["not"]),
    dict(text="Kidnappings in the Lac province began long before anyone negotiated anything", holder=COL,
         modality="asserted"),
    dict(text="Only if the communities there ask us to, and only if the authorities can guarantee our safety",
         holder=COL, modality="conditional", cues=["Only if", "only if"],
         conditions=[dict(text="Only if the communities there ask us to", connective="only if",
                          required="ask the Trust to come back", actor=""),
                     dict(text="only if the authorities can guarantee our safety", connective="only if",
                          required="guarantee the safety of the Trust's staff", actor="TCD")]),
    dict(text="Unless people around the lake have water, there will be more desperate young men with guns", holder=COL,
         modality="conditional", cues=["Unless"],
         conditions=[dict(text="Unless people around the lake have water", connective="unless",
                          required="provide water to people around Lake Chad", actor="", polarity="against")]),
    dict(text="Two other foreigners are still held by the same group", holder="writer", modality="asserted"),
    dict(text="Qatar would keep the channel open", holder="Nasser Al-Kaabi", modality="asserted"),
    dict(text="The group has every reason to talk while the truce holds", holder=COL, modality="conditional",
         cues=["while"],
         conditions=[dict(text="while the truce holds", connective="while", required="keep the truce", actor="TCD")]),
    dict(text="Sleep, I hope", holder=COL, modality="hedged", cues=["hope"]),
]

EVENTS = [
    dict(text="Chad reportedly freed four prisoners as part of the deal.", event="CONCEDE", mode="release",
         context="kidnapping", source=[("Chad", "TCD", "GOV")], target=[("four prisoners", "TCD", "")],
         eventText="freed four prisoners", comment="reported in the interviewer's question; the prisoners are not "
                                                  "said to be members of the group here"),
    dict(text="The Qataris did the talking.", event="CONSULT", mode="mediate", context="kidnapping",
         source=[("The Qataris", "QAT", "GOV")], target=[], eventText="did the talking",
         comment="mediation held; the group only implied"),
    dict(text="Mr Al-Kaabi told me on Tuesday night that Qatar would keep the channel open, and I believe him.",
         event="AGREE", mode="mediate", context="kidnapping", source=[("Mr Al-Kaabi", "QAT", "GOV")], target=[],
         eventText="Qatar would keep the channel open", comment="continued mediation promised; the group only implied"),
]
