"""Held-out 3 gold for h3-buzzglobe-myanmar-opens-doors-inspectors (BuzzGlobe Daily): content-farm rewrite.

Its headline ("throws open its doors") contradicts its own body (the inspectors were sent away
and Myanmar lets them in only on its terms) and the wire's headline. Overstates the wire: "a
whole convoy" / "A large team" (four inspectors), "at gunpoint", "a secret nuclear program",
and calls the sitting foreign minister "Former foreign minister Than Zaw Oo". Mixes the
writer's speculation with the minister's words ("will happily let the inspectors in once the
West stops meddling", then the writer's "In other words: we will open the doors, but only on
our terms"). Constructions: "according to reports in foreign media" over "ordered them to",
"Myanmar claims", "She reportedly called", "insiders say", "made it clear that", "accusing ...
of", "Experts we spoke to think", "Some reports in the Thai press claim that", "demanded
that", "suggested", "telling everyone to", "some diplomats believe ... is likely", "Others
say ... never ... unless", writer hedges ("could", "possibly", "may", "seems", "probably",
"If that is true"), questions and an imperative.
"""

DATE = "2026-11-24"
BRANDT = "Helga Brandtner"
ZAW = "Zaw Lin Aung"
THAN = "Than Zaw Oo"
FOREIGN_MEDIA = "reports in foreign media"
SHE_LINE = "She reportedly called the move \"unacceptable\", and insiders say she is ready to drag Myanmar before the UN Security Council."
THAN_LINE = "Former foreign minister Than Zaw Oo made it clear that the regime has nothing to hide and will happily let the inspectors in once the West stops meddling in its affairs."
STATE_LINE = "The State Department demanded that Myanmar let the inspectors in immediately, and a spokesman suggested the country was acting like it had \"something to hide\"."
CHINA_LINE = "China, as usual, is standing by its ally and telling everyone to calm down."
MMR = ("Myanmar", "MMR", "GOV")

ATTRIBUTIONS = [
    dict(source=FOREIGN_MEDIA, cue="according to", content="Soldiers blocked the road and ordered them to turn around",
         kind="indirect", sourcing="media-report", speaker="foreign media"),
    dict(source="Soldiers", cue="ordered", content="them to turn around",
         kind="indirect", sourcing="anonymous-official", speaker="soldiers", via=[FOREIGN_MEDIA]),
    dict(source="Myanmar", cue="claims", content="the place is just a mine",
         kind="indirect", sourcing="named-organisation", speaker="Myanmar"),
    dict(source=None, cue="reportedly", content=["She", 'called the move "unacceptable"'],
         kind="mixed", sourcing="media-report", speaker="unnamed reports"),
    dict(source="She", cue="called", content=["the move", '"unacceptable"'],
         kind="mixed", sourcing="named-person", speaker=BRANDT, via=["reportedly"]),
    dict(source="insiders", cue="say", content="she is ready to drag Myanmar before the UN Security Council",
         kind="indirect", sourcing="anonymous-official", speaker="insiders"),
    dict(source="Former foreign minister Than Zaw Oo", cue="made it clear",
         content="that the regime has nothing to hide and will happily let the inspectors in once the West stops meddling in its affairs",
         kind="indirect", sourcing="named-person", speaker=THAN),
    dict(source="Military spokesman Zaw Lin Aung", cue="accusing", content="the inspectors of breaking the rules",
         kind="indirect", sourcing="named-person", speaker=ZAW),
    dict(source="he", cue="said", content='"They ignored agreed procedures,"',
         kind="direct", sourcing="named-person", speaker=ZAW),
    dict(source="Experts we spoke to", cue="think",
         content="this is a stalling tactic to buy time to move equipment out of the site",
         kind="indirect", sourcing="vague-collective", speaker="experts"),
    dict(source="Some reports in the Thai press", cue="claim",
         content="that trucks were seen leaving the facility in the middle of the night",
         kind="indirect", sourcing="media-report", speaker="Thai press"),
    dict(source="The State Department", cue="demanded", content="that Myanmar let the inspectors in immediately",
         kind="indirect", sourcing="named-organisation", speaker="US Department of State"),
    dict(source="a spokesman", cue="suggested", content='the country was acting like it had "something to hide"',
         kind="mixed", sourcing="named-organisation", speaker="US Department of State"),
    dict(source="China", cue="telling", content="everyone to calm down",
         kind="indirect", sourcing="named-organisation", speaker="China"),
    dict(source="some diplomats", cue="believe", content="a resolution condemning Myanmar is likely",
         kind="indirect", sourcing="vague-collective", speaker="diplomats"),
    dict(source="Others", cue="say", content="it will never pass unless Beijing and Moscow stay out of the way",
         kind="indirect", sourcing="vague-collective", speaker="others"),
]

CLAIMS = [
    dict(text="Myanmar throws open its doors to UN nuclear inspectors", holder="writer", modality="asserted"),
    dict(text="That is the question everyone is asking after the country's generals sent a whole convoy of UN inspectors packing at gunpoint this week",
         holder="writer", modality="asserted"),
    dict(text="A large team of International Atomic Energy Agency experts tried to reach a mysterious site near the city of Mandalay on Tuesday",
         holder="writer", modality="asserted"),
    dict(text="Soldiers blocked the road and ordered them to turn around", holder="foreign media", modality="asserted"),
    dict(text="the place is just a mine", holder="Myanmar", modality="asserted"),
    dict(text="The agency's boss, Helga Brandtner, is furious", holder="writer", modality="asserted"),
    dict(text="she is ready to drag Myanmar before the UN Security Council", holder="insiders", modality="asserted"),
    dict(text="That could mean sanctions, and possibly much worse", holder="writer", modality="speculative",
         cues=["could", "possibly"]),
    dict(text="But the generals are not backing down", holder="writer", modality="negated", cues=["not"]),
    dict(text="the regime has nothing to hide", holder=THAN, modality="negated", cues=["nothing"]),
    dict(text="will happily let the inspectors in once the West stops meddling in its affairs", holder=THAN,
         modality="conditional", cues=["once"],
         conditions=[dict(text="once the West stops meddling in its affairs", connective="once",
                          required="stop meddling in Myanmar's affairs", actor="WST")]),
    dict(text="we will open the doors, but only on our terms", holder="writer", modality="asserted"),
    dict(text="They ignored agreed procedures", holder=ZAW, modality="asserted"),
    dict(text="this is a stalling tactic to buy time to move equipment out of the site", holder="experts",
         modality="hedged", cues=["think"]),
    dict(text="there are signs that may already be happening", holder="writer", modality="speculative", cues=["may"]),
    dict(text="trucks were seen leaving the facility in the middle of the night", holder="Thai press",
         modality="asserted"),
    dict(text="If that is true, the inspectors could find nothing at all when they finally get there", holder="writer",
         modality="speculative", cues=["If", "could"],
         conditions=[dict(text="If that is true", connective="if", required="the trucks really removed equipment",
                          actor="")]),
    dict(text="Washington is not amused", holder="writer", modality="negated", cues=["not"]),
    dict(text='the country was acting like it had "something to hide"', holder="US Department of State",
         modality="hedged", cues=["suggested"]),
    dict(text="China, as usual, is standing by its ally and telling everyone to calm down", holder="writer",
         modality="asserted"),
    dict(text="Nobody really knows", holder="writer", modality="negated", cues=["Nobody"]),
    dict(text="The IAEA board meets next week", holder="writer", modality="asserted"),
    dict(text="a resolution condemning Myanmar is likely", holder="diplomats", modality="speculative", cues=["likely"]),
    dict(text="it will never pass unless Beijing and Moscow stay out of the way", holder="others",
         modality="conditional", cues=["never", "unless"],
         conditions=[dict(text="unless Beijing and Moscow stay out of the way", connective="unless",
                          required="not block the resolution", actor="CHN, RUS", polarity="against")]),
    dict(text="this story is far from over", holder="writer", modality="hedged", cues=["seems"]),
    dict(text="Myanmar will probably keep the doors shut for as long as it can", holder="writer",
         modality="speculative", cues=["probably"]),
]

EVENTS = [
    dict(text="Myanmar throws open its doors to UN nuclear inspectors", event="CONCEDE", context="nuclear",
         source=[MMR], target=[("UN nuclear inspectors", "IAEA", "")], eventText="throws open its doors to UN nuclear inspectors",
         comment="receiving inspectors is CAMEO 0862 (yield: allow international involvement); the body contradicts it"),
    dict(text="That is the question everyone is asking after the country's generals sent a whole convoy of UN inspectors packing at gunpoint this week.",
         event="REJECT", mode="yield", context="nuclear", source=[("the country's generals", "MMR", "MIL")],
         target=[("a whole convoy of UN inspectors", "IAEA", "")], eventText="sent a whole convoy of UN inspectors packing"),
    dict(text="Soldiers blocked the road and ordered them to turn around, according to reports in foreign media.",
         event="REJECT", mode="yield", context="nuclear", source=[("Soldiers", "MMR", "MIL")],
         target=[("them", "IAEA", "")], eventText="blocked the road and ordered them to turn around"),
    dict(text=SHE_LINE, event="ACCUSE", context="nuclear", source=[("She", "IAEA", "")], target=[],
         eventText='called the move "unacceptable"', comment="Myanmar only implied"),
    dict(text=SHE_LINE, event="THREATEN", context="nuclear", source=[("she", "IAEA", "")],
         target=[("Myanmar", "MMR", "GOV")], eventText="ready to drag Myanmar before the UN Security Council",
         comment="a possible referral, as 'a case at the WTO' in examples/heldout"),
    dict(text=THAN_LINE, event="REQUEST", mode="change", context="nuclear",
         source=[("Former foreign minister Than Zaw Oo", "MMR", "GOV")], target=[("the West", "WST", "")],
         eventText="once the West stops meddling in its affairs",
         comment="inspectors let in on a condition set for the other side: a demand; stopping interference is a change of policy"),
    dict(text="Military spokesman Zaw Lin Aung went further, accusing the inspectors of breaking the rules.",
         event="ACCUSE", context="nuclear", source=[("Military spokesman Zaw Lin Aung", "MMR", "GOV")],
         target=[("the inspectors", "IAEA", "")], eventText="accusing the inspectors of breaking the rules"),
    dict(text="\"They ignored agreed procedures,\" he said.", event="ACCUSE", context="nuclear",
         source=[("he", "MMR", "GOV")], target=[("They", "IAEA", "")], eventText="They ignored agreed procedures"),
    dict(text=STATE_LINE, event="REQUEST", mode="yield", context="nuclear",
         source=[("The State Department", "USA", "GOV")], target=[("Myanmar", "MMR", "GOV")],
         eventText="demanded that Myanmar let the inspectors in immediately"),
    dict(text=STATE_LINE, event="ACCUSE", context="nuclear", source=[("a spokesman", "USA", "GOV")],
         target=[("the country", "MMR", "GOV")], eventText='acting like it had "something to hide"'),
    dict(text=CHINA_LINE, event="SUPPORT", context="diplomatic", source=[("China", "CHN", "GOV")],
         target=[("its ally", "MMR", "GOV")], eventText="is standing by its ally"),
    dict(text=CHINA_LINE, event="REQUEST", mode="yield", context="diplomatic", source=[("China", "CHN", "GOV")],
         target=[("everyone", "", "")], eventText="telling everyone to calm down",
         comment="a call for restraint; 'everyone' has no code"),
]
