"""Gold for trendpulse-iran-leader-what-he-wants (TrendPulse News): padded rewrite whose writer speculates in the leader's voice.

Every "likely / could / may / might / perhaps" sentence here is the writer's own
speculation (holder "writer"), even where it reads like the leader's demands.
"""

DATE = "2026-11-17"
TAV = "Mehdi Tavakoli"

ATTRIBUTIONS = [
    dict(source="Iran's Supreme Leader, Mehdi Tavakoli,", cue="said",
         content="that talks with the United States could happen only if Washington stopped supporting Israel and pulled its troops out of the Middle East",
         kind="indirect", sourcing="named-person", speaker=TAV),
    dict(source="He", cue="said", content='"the path is clear."',
         kind="direct", sourcing="named-person", speaker=TAV),
    dict(source="Tavakoli", cue="did not just say", content=("no", 0),
         kind="indirect", sourcing="named-person", speaker=TAV),
    dict(source="a leader", cue="says", content=("the path is clear", 1),
         kind="indirect", sourcing="none", speaker="a leader (generic)"),
    dict(source=None, cue="saying", content='"I am ready, but on my terms."',
         kind="direct", sourcing="none", speaker=""),
    dict(source="A spokesman for the State Department", cue="said",
         content="the US would not accept preconditions",
         kind="indirect", sourcing="named-organisation", speaker="US Department of State"),
    dict(source="Experts", cue="say", content="this moment could be a turning point",
         kind="indirect", sourcing="vague-collective", speaker="experts"),
    dict(source="Some observers", cue="believe",
         content="the Supreme Leader is testing the new mood in Washington",
         kind="indirect", sourcing="vague-collective", speaker="observers"),
    dict(source="Others", cue="think", content="he is simply talking to people at home",
         kind="indirect", sourcing="vague-collective", speaker="observers"),
    dict(source="Israeli leaders", cue="have always opposed", content="any deal with Iran",
         kind="indirect", sourcing="vague-collective", speaker="Israeli leaders"),
    dict(source="Tehran", cue="would surely call", content=[("which", 1), "a victory"],
         kind="indirect", sourcing="named-organisation", speaker="Iran"),
]

CLAIMS = [
    dict(text="Iran's Leader Just Sent a Huge Message to America", holder="writer", modality="asserted"),
    dict(text="talks with the United States could happen only if Washington stopped supporting Israel and pulled its troops out of the Middle East",
         holder=TAV, modality="conditional", cues=["only if"],
         conditions=[dict(text="only if Washington stopped supporting Israel", connective="only if",
                          required="stop supporting Israel", actor="USA"),
                     dict(text="pulled its troops out of the Middle East", connective="only if",
                          required="pull its troops out of the Middle East", actor="USA")]),
    dict(text="That is a big deal.", holder="writer", modality="asserted"),
    dict(text="Iran and the United States have not sat down at the same table for years", holder="writer", modality="negated", cues=["not"]),
    dict(text="Tavakoli did not just say no.", holder="writer", modality="negated", cues=["not"]),
    dict(text='"the path is clear."', holder=TAV, modality="asserted"),
    dict(text="when a leader says the path is clear, it usually means he wants something", holder="writer", modality="hedged", cues=["usually"]),
    dict(text="He likely wants sanctions lifted before anything else.", holder="writer", modality="speculative", cues=["likely"]),
    dict(text="Sanctions have hit Iran's economy hard, and prices in Tehran have gone up again and again.", holder="writer", modality="asserted"),
    dict(text="This could mean that Tehran is quietly preparing for a deal, even if its leaders will not say so in public.",
         holder="writer", modality="speculative", cues=["could mean"]),
    dict(text="Perhaps the Supreme Leader is also hoping that Washington will offer something in return, such as releasing frozen Iranian money held in foreign banks.",
         holder="writer", modality="speculative", cues=["Perhaps"]),
    dict(text="He may be ready to accept a smaller American presence in the Gulf instead of a full withdrawal.",
         holder="writer", modality="speculative", cues=["may"]),
    dict(text="He might even be willing to meet American officials in secret if the first steps go well.",
         holder="writer", modality="speculative", cues=["might", "if"],
         conditions=[dict(text="if the first steps go well", connective="if", required="the first steps go well", actor="")]),
    dict(text="nobody knows for sure", holder="writer", modality="negated", cues=["nobody"]),
    dict(text="Why would a leader talk about conditions at all if he did not want talks to happen?",
         holder="writer", modality="speculative", cues=["would"],
         conditions=[dict(text="if he did not want talks to happen", connective="if",
                          required="not want talks", actor="IRN", polarity="against")]),
    dict(text='Conditions are a way of saying "I am ready, but on my terms."', holder="writer", modality="asserted"),
    dict(text="The United States has not changed its position.", holder="writer", modality="negated", cues=["not"]),
    dict(text="the US would not accept preconditions", holder="US Department of State", modality="negated", cues=["not"]),
    dict(text="the Americans may soften their stance in the coming weeks, especially if oil prices keep rising",
         holder="writer", modality="speculative", cues=["may", "if"],
         conditions=[dict(text="if oil prices keep rising", connective="if", required="oil prices keep rising", actor="")]),
    dict(text="this moment could be a turning point", holder="experts", modality="speculative", cues=["could"]),
    dict(text="the Supreme Leader is testing the new mood in Washington", holder="observers", modality="hedged", cues=["believe"]),
    dict(text="he is simply talking to people at home", holder="observers", modality="hedged", cues=["think"]),
    dict(text="it is not happy", holder="writer", modality="negated", cues=["not"]),
    dict(text="Israeli leaders have always opposed any deal with Iran", holder="writer", modality="asserted"),
    dict(text="they will probably try to convince Washington not to change anything", holder="writer", modality="speculative", cues=["probably"]),
    dict(text="Here is what could happen next:", holder="writer", modality="speculative", cues=["could"]),
    dict(text="the two countries could start talking through a third country, like Oman or Qatar", holder="writer", modality="speculative", cues=["could"]),
    dict(text="Washington might decide to reduce some troops in the region anyway, for its own reasons", holder="writer", modality="speculative", cues=["might"]),
    dict(text="which Tehran would surely call a victory", holder="writer", modality="speculative", cues=["would surely"]),
    dict(text="nothing might happen at all", holder="writer", modality="speculative", cues=["might"]),
    dict(text="the tension could keep growing", holder="writer", modality="speculative", cues=["could"]),
    dict(text="Iran's leader wants something, and he wants it badly", holder="writer", modality="asserted"),
]

EVENTS = [
    dict(text="Iran's Supreme Leader, Mehdi Tavakoli, said on Tuesday that talks with the United States could happen only if Washington stopped supporting Israel and pulled its troops out of the Middle East.",
         event="REQUEST", mode="yield", context="diplomatic, military",
         source=[("Iran's Supreme Leader, Mehdi Tavakoli", "IRN", "GOV")], target=[("Washington", "USA", "GOV")],
         eventText="said only if stopped supporting pulled troops out"),
    dict(text="A spokesman for the State Department said the US would not accept preconditions.",
         event="REJECT", mode="change", context="diplomatic",
         source=[("A spokesman for the State Department", "USA", "GOV")], target=[],
         eventText="would not accept preconditions", comment="target (Iran) only implied"),
]

# "Iran's Leader" / "Iran's leader" (no "Supreme") is a description mention of Tavakoli here.
ENTITY_EXTRA = [
    (r"(?<=Iran's )[Ll]eader\b", "PERSON", "person:mehdi-tavakoli", "Mehdi Tavakoli", "Supreme Leader"),
]
