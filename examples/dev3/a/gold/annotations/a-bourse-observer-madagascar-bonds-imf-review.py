"""Dev3-A gold for a-bourse-observer-madagascar-bonds-imf-review (The Bourse Observer): financial daily.

Markets angle: "investors weighed the risk that ... could", "according to dealer quotes",
a quote with the cue after it, "She estimated that ... could", an unnamed IMF spokesperson
who "declined to comment", a minister who "told investors on a conference call" nesting the
government's expectation, a trailing "she said", "Two fund managers said ..., fearing
that" nesting the EU observers' report, "has threatened to ... unless", "one exporter said
on condition that he not be named" (a source description), an "If ... and ..." quote with two
coordinated requirements, "has never defaulted".
"""

DATE = "2026-11-21"
BELL = "Chiara Bellandi"
RASO = "Voahangy Rasoanaivo"
REHN = "Tomas Rehn"
MANAGERS = "fund managers"
MINISTER_SOURCE = "Finance Minister Voahangy Rasoanaivo"
MANAGERS_SOURCE = "Two fund managers"

ATTRIBUTIONS = [
    dict(source="investors", cue="weighed",
         content="the risk that a disputed presidential election could delay the next disbursement under the island's International Monetary Fund programme",
         kind="indirect", sourcing="vague-collective", speaker="investors"),
    dict(source="dealer quotes", cue="according to", content="The 2031 notes dropped 1.8 cents to 84.5 cents on the dollar",
         kind="indirect", sourcing="vague-collective", speaker="dealer quotes"),
    dict(source="Chiara Bellandi, a sovereign credit analyst at Castellane Partners in London", cue="said",
         content='"The market is not pricing a crisis, it is pricing delay,"',
         kind="direct", sourcing="named-person", speaker=BELL),
    dict(source="She", cue="estimated",
         content="that a postponed review could push back about $95 million in IMF funding to the second quarter of next year",
         kind="indirect", sourcing="named-person", speaker=BELL),
    dict(source="An IMF spokesperson", cue="said", content='the timing of the mission "has not changed"',
         kind="mixed", sourcing="anonymous-official", speaker="IMF spokesperson"),
    dict(source=MINISTER_SOURCE, cue="told",
         content='that the government remained committed to its fiscal targets and expected the review to be completed "on schedule"',
         kind="mixed", sourcing="named-person", speaker=RASO),
    dict(source="the government", cue="expected", content='the review to be completed "on schedule"',
         kind="mixed", sourcing="named-organisation", speaker="Madagascar", via=[MINISTER_SOURCE]),
    dict(source="she", cue="said", content="The budget deficit would narrow to 3.9 percent of gross domestic product next year",
         kind="indirect", sourcing="named-person", speaker=RASO),
    dict(source=MANAGERS_SOURCE, cue="said",
         content="they had cut their positions after the European Union's observers reported curbs on rallies and radio stations, fearing that Western donors might suspend budget support",
         kind="indirect", sourcing="anonymous-official", speaker=MANAGERS),
    dict(source="the European Union's observers", cue="reported", content="curbs on rallies and radio stations",
         kind="indirect", sourcing="named-organisation", speaker="European Union observer mission", via=[MANAGERS_SOURCE]),
    dict(source="they", cue="fearing", content="that Western donors might suspend budget support",
         kind="indirect", sourcing="anonymous-official", speaker=MANAGERS, via=[MANAGERS_SOURCE]),
    dict(source="The EU delegation in Antananarivo", cue="said",
         content='budget support was "under regular review" and that no decision had been taken',
         kind="mixed", sourcing="named-organisation", speaker="European Union"),
    dict(source="Exporters of vanilla, the island's biggest earner of foreign currency,", cue="said",
         content="they were more worried about a general strike than about the result itself",
         kind="indirect", sourcing="vague-collective", speaker="vanilla exporters"),
    dict(source="The opposition", cue="has threatened",
         content="to call one next week unless the government frees 23 detained activists",
         kind="indirect", sourcing="named-organisation", speaker="United Front for Change"),
    dict(source="one exporter", cue="said",
         content='A week-long stoppage at the port of Toamasina would cost the industry "tens of millions of dollars"',
         kind="mixed", sourcing="anonymous-official", speaker="vanilla exporter"),
    dict(source="Tomas Rehn, a portfolio manager at Nordwind Asset Management in Stockholm", cue="said",
         content='"If the court validates the result quickly and the strike fizzles out, this is a buying opportunity,"',
         kind="direct", sourcing="named-person", speaker=REHN),
    dict(source="He", cue="said", content="he had added to his holdings on Thursday",
         kind="indirect", sourcing="named-person", speaker=REHN),
]

CLAIMS = [
    dict(text="Madagascar bonds slip as disputed vote clouds IMF review", holder="writer", modality="asserted"),
    dict(text="Madagascar's dollar bonds fell for a third day on Friday", holder="writer", modality="asserted"),
    dict(text="a disputed presidential election could delay the next disbursement under the island's International Monetary Fund programme",
         holder="investors", modality="speculative", cues=["could"]),
    dict(text="The 2031 notes dropped 1.8 cents to 84.5 cents on the dollar", holder="dealer quotes", modality="asserted"),
    dict(text="the ariary weakened 0.6 percent against the euro", holder="writer", modality="asserted"),
    dict(text="The market is not pricing a crisis, it is pricing delay", holder=BELL, modality="negated", cues=["not"]),
    dict(text="a postponed review could push back about $95 million in IMF funding to the second quarter of next year",
         holder=BELL, modality="speculative", cues=["could"]),
    dict(text="Fund staff are due in Antananarivo in December for the programme's fourth review", holder="writer",
         modality="asserted"),
    dict(text='the timing of the mission "has not changed"', holder="IMF spokesperson", modality="negated", cues=["not"]),
    dict(text="the government remained committed to its fiscal targets", holder=RASO, modality="asserted"),
    dict(text='the review to be completed "on schedule"', holder="Madagascar", modality="hedged", cues=["expected"]),
    dict(text="The budget deficit would narrow to 3.9 percent of gross domestic product next year", holder=RASO,
         modality="asserted"),
    dict(text="they had cut their positions after the European Union's observers reported curbs on rallies and radio stations",
         holder=MANAGERS, modality="asserted"),
    dict(text="Western donors might suspend budget support", holder=MANAGERS, modality="speculative", cues=["might"]),
    dict(text='budget support was "under regular review"', holder="European Union", modality="asserted"),
    dict(text="no decision had been taken", holder="European Union", modality="negated", cues=["no"]),
    dict(text="they were more worried about a general strike than about the result itself", holder="vanilla exporters",
         modality="asserted"),
    dict(text="to call one next week unless the government frees 23 detained activists", holder="United Front for Change",
         modality="conditional", cues=["unless"],
         conditions=[dict(text="unless the government frees 23 detained activists", connective="unless",
                          required="free the 23 detained activists", actor="MDG", polarity="against")]),
    dict(text='A week-long stoppage at the port of Toamasina would cost the industry "tens of millions of dollars"',
         holder="vanilla exporter", modality="asserted"),
    dict(text="If the court validates the result quickly and the strike fizzles out, this is a buying opportunity",
         holder=REHN, modality="conditional", cues=["If"],
         conditions=[dict(text="If the court validates the result quickly", connective="if",
                          required="validate the election result quickly", actor="MDG"),
                     dict(text="the strike fizzles out", connective="", required="the strike fizzles out", actor="")]),
    dict(text="he had added to his holdings on Thursday", holder=REHN, modality="asserted"),
    dict(text="Madagascar last restructured its external debt in the early 2000s and has never defaulted on a eurobond, which it first sold only last year",
         holder="writer", modality="negated", cues=["never"]),
]

EVENTS = [
    dict(text="Fund staff are due in Antananarivo in December for the programme's fourth review.", event="AGREE",
         mode="meet", context="economic", source=[("Fund staff", "IMF", "")], target=[("Antananarivo", "MDG", "GOV")],
         eventText="are due in Antananarivo in December", comment="a planned visit is AGREE meet"),
]
