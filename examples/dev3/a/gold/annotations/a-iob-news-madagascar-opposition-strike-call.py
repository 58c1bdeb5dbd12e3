"""Dev3-A gold for a-iob-news-madagascar-opposition-strike-call (IOB News): broadcaster's website.

Constructions: "and says it will not", "Speaking to IOB News ..., opposition leader X said
... unless ... by Sunday night", a two-sentence quote before "he said", "A police spokesman
said", the broadcaster as witness ("IOB News saw", not an attribution), "The government
says", a spokesman who "told our correspondent", "has offered to mediate", "as soon as",
"appealed for calm", "described ... as", "pointed to", "called for the release of", vox pops
(a first name only), "is unclear", "have not yet said whether" (no reported content).
"""

DATE = "2026-11-22"
LANTO = "Lanto Andrianarisoa"
TOJO = "Tojo Randria"
RAZ = "Hanitra Razafy"
UFC = "United Front for Change"
RAZ_SOURCE = "Its president, Pastor Hanitra Razafy,"
RAZ_TEXT = "Its president, Pastor Hanitra Razafy, said the churches would host both sides \"as soon as they are willing to sit at the same table\", and appealed for calm."
REACTIONS = "The African Union's observer mission described the vote as calm and orderly, while the European Union's observers pointed to a crackdown on opposition rallies and the closure of two private radio stations."
POLICE = "Hours earlier, police fired tear gas to disperse several hundred of his supporters who had gathered outside the Ministry of Justice."

ATTRIBUTIONS = [
    dict(source="Madagascar's main opposition coalition", cue="says", content="it will not recognise his government",
         kind="indirect", sourcing="named-organisation", speaker=UFC),
    dict(source="opposition leader Lanto Andrianarisoa", cue="said",
         content="the strike would go ahead unless the 23 activists arrested since October were freed by Sunday night",
         kind="indirect", sourcing="named-person", speaker=LANTO),
    dict(source="he", cue="said",
         content='"We are not asking for power. We are asking for our people to be let out of prison,"',
         kind="direct", sourcing="named-person", speaker=LANTO),
    dict(source="A police spokesman", cue="said", content='twelve people had been detained for "disturbing public order"',
         kind="mixed", sourcing="anonymous-official", speaker="police spokesman"),
    dict(source="The government", cue="says", content="it is ready to talk, but not under pressure",
         kind="indirect", sourcing="named-organisation", speaker="Madagascar"),
    dict(source="government spokesman Tojo Randria", cue="told",
         content='"The door of the presidency is open to anyone who respects the law. It is not open to those who threaten to paralyse the country,"',
         kind="direct", sourcing="named-person", speaker=TOJO),
    dict(source="The Council of Churches of Madagascar", cue="has offered", content="to mediate",
         kind="indirect", sourcing="named-organisation", speaker="Council of Churches of Madagascar"),
    dict(source=RAZ_SOURCE, cue="said",
         content='the churches would host both sides "as soon as they are willing to sit at the same table"',
         kind="mixed", sourcing="named-person", speaker=RAZ),
    dict(source=RAZ_SOURCE, cue="appealed for", content=("calm", 0),
         kind="indirect", sourcing="named-person", speaker=RAZ),
    dict(source="The African Union's observer mission", cue="described", content=["the vote", "as calm and orderly"],
         kind="indirect", sourcing="named-organisation", speaker="African Union observer mission"),
    dict(source="the European Union's observers", cue="pointed to",
         content="a crackdown on opposition rallies and the closure of two private radio stations",
         kind="indirect", sourcing="named-organisation", speaker="European Union observer mission"),
    dict(source="France, the former colonial power,", cue="called for",
         content='the release of "all those detained for their political opinions"',
         kind="mixed", sourcing="named-organisation", speaker="France"),
    dict(source="Fara Rasolo, who sells mobile phones in the Analakely market", cue="said",
         content='"I voted for the president and I don\'t want my shop closed for a week because politicians cannot agree,"',
         kind="direct", sourcing="named-person", speaker="Fara Rasolo"),
    dict(source="A student at the University of Antananarivo, who gave only his first name, Toky,", cue="said",
         content="many young people had stayed home because they saw no point in voting",
         kind="indirect", sourcing="named-person", speaker="Toky"),
]

CLAIMS = [
    dict(text="Madagascar opposition calls strike for Monday, refuses to recognise Rakotovao", holder="writer",
         modality="asserted"),
    dict(text="Madagascar's main opposition coalition has called a general strike for Monday after the re-election of President Hery Rakotovao",
         holder="writer", modality="asserted"),
    dict(text="it will not recognise his government", holder=UFC, modality="negated", cues=["not"]),
    dict(text="the strike would go ahead unless the 23 activists arrested since October were freed by Sunday night",
         holder=LANTO, modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the 23 activists arrested since October were freed by Sunday night",
                          connective="unless", required="free the 23 activists by Sunday night", actor="MDG",
                          polarity="against")]),
    dict(text="We are not asking for power", holder=LANTO, modality="negated", cues=["not"]),
    dict(text="We are asking for our people to be let out of prison", holder=LANTO, modality="asserted"),
    dict(text="police fired tear gas to disperse several hundred of his supporters who had gathered outside the Ministry of Justice",
         holder="writer", modality="asserted"),
    dict(text='twelve people had been detained for "disturbing public order"', holder="police spokesman",
         modality="asserted"),
    dict(text="IOB News saw at least two people being treated for injuries", holder="writer", modality="asserted"),
    dict(text="it is ready to talk, but not under pressure", holder="Madagascar", modality="negated", cues=["not"]),
    dict(text="The door of the presidency is open to anyone who respects the law", holder=TOJO, modality="asserted"),
    dict(text="It is not open to those who threaten to paralyse the country", holder=TOJO, modality="negated",
         cues=["not"]),
    dict(text='the churches would host both sides "as soon as they are willing to sit at the same table"', holder=RAZ,
         modality="conditional", cues=["as soon as"],
         conditions=[dict(text="as soon as they are willing to sit at the same table", connective="as soon as",
                          required="be willing to sit at the same table", actor="MDG")]),
    dict(text="I voted for the president and I don't want my shop closed for a week because politicians cannot agree",
         holder="Fara Rasolo", modality="negated", cues=["don't"]),
    dict(text="many young people had stayed home because they saw no point in voting", holder="Toky",
         modality="negated", cues=["no"]),
    dict(text="Whether the strike will be widely followed is unclear", holder="writer", modality="hedged",
         cues=["unclear"]),
    dict(text="The powerful transport unions, which brought the capital to a standstill in past crises, have not yet said whether they will join",
         holder="writer", modality="negated", cues=["not"]),
]

EVENTS = [
    dict(text=POLICE, event="COERCE", context="political", source=[("police", "MDG", "")],
         target=[("several hundred of his supporters", "MDG", "CVL")], eventText="fired tear gas to disperse",
         comment="crowd dispersal by force; no mode; the supporters' gathering is opposition against government, not coded"),
    dict(text="A police spokesman said twelve people had been detained for \"disturbing public order\".", event="COERCE",
         mode="arrest", context="political", source=[("A police spokesman", "MDG", "")],
         target=[("twelve people", "MDG", "CVL")], eventText="had been detained",
         comment="passive; the police are the agent"),
    dict(text="The Council of Churches of Madagascar has offered to mediate.", event="AGREE", mode="mediate",
         context="political", source=[("The Council of Churches of Madagascar", "MDG", "CVL")], target=[],
         eventText="has offered to mediate", comment="the government and the opposition only implied"),
    dict(text=RAZ_TEXT, event="AGREE", mode="mediate", context="political",
         source=[("Its president, Pastor Hanitra Razafy", "MDG", "CVL")],
         target=[("both sides", "MDG", "GOV"), ("both sides", "MDG", "LEG")],
         eventText="would host both sides", comment="offer to host talks, conditional on both sides' willingness"),
    dict(text=RAZ_TEXT, event="REQUEST", mode="yield", context="political",
         source=[("Its president, Pastor Hanitra Razafy", "MDG", "CVL")], target=[], eventText="appealed for calm",
         comment="urging restraint; both sides only implied"),
    dict(text=REACTIONS, event="ACCUSE", context="political", source=[("the European Union's observers", "EU", "")],
         target=[], eventText="pointed to a crackdown on opposition rallies",
         comment="criticism of the Malagasy authorities, only implied"),
    dict(text="France, the former colonial power, called for the release of \"all those detained for their political opinions\".",
         event="REQUEST", mode="yield", context="political", source=[("France, the former colonial power", "FRA", "GOV")],
         target=[], eventText="called for the release", comment="demand for a release; the Malagasy government only implied"),
]

ENTITY_EXTRA = [
    (r"(?<=for the )president\b", "PERSON", "person:hery-rakotovao", "Hery Rakotovao", "President of Madagascar"),
]
