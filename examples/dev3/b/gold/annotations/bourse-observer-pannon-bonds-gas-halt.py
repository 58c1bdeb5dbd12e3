"""Dev3-B gold for bourse-observer-pannon-bonds-gas-halt (The Bourse Observer): gas transit halt, credit-market angle.

Constructions: "investors priced in" (an expectation the writer infers), a ratings agency
"warning that" with a quoted fragment, a quote before "said NAME, a strategist at ...",
"She estimated that ... could ..., unless", "That guarantee is not on the table", a
ministry's mixed quote with "no need", "Some analysts suspect", "according to its own
figures", "told analysts on a call that ... and that ... would not", "He did not say
whether", an anonymous trader with a long source description, "a Commission official said,
provided that" (content around the cue), "Neither ... nor ... had confirmed", a two-sentence
quote with "If ..." and "If not".
"""

DATE = "2026-11-25"
DGT = "Danubia Gas Transit"
WEISS = "Julia Weiss"
SEDLAK = "Peter Sedlak"
FINMIN = "Ministry of Finance of Hungary"

ATTRIBUTIONS = [
    dict(source="investors", cue="priced in", content="a long fight with Slovakia's pipeline operator",
         kind="indirect", sourcing="vague-collective", speaker="investors"),
    dict(source="Corvin Ratings", cue="warning",
         content='that a halt lasting more than a month "would materially weaken liquidity."',
         kind="mixed", sourcing="named-organisation", speaker="Corvin Ratings"),
    dict(source="Julia Weiss, a credit strategist at Altmark Bank in Frankfurt", cue="said",
         content='"The market is treating this as a credit event in slow motion,"',
         kind="direct", sourcing="named-person", speaker=WEISS),
    dict(source="She", cue="estimated",
         content="that Pannon could cover its obligations from cash for about six weeks, unless Budapest stepped in with a state guarantee",
         kind="indirect", sourcing="named-person", speaker=WEISS),
    dict(source="Hungary's finance ministry", cue="said",
         content='that it saw "no need for extraordinary measures" and that the dispute was a commercial matter for the company to resolve',
         kind="mixed", sourcing="named-organisation", speaker=FINMIN),
    dict(source="Some analysts", cue="suspect",
         content="the government is keeping quiet to avoid weakening Pannon's hand in arbitration",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="its own figures", cue="according to",
         content="Danubia Gas Transit, the Slovak operator, is in a stronger position",
         kind="indirect", sourcing="named-organisation", speaker=DGT),
    dict(source="Its finance director, Peter Sedlak,", cue="told",
         content="that the unpaid 84 million euros amounted to less than 5 percent of annual revenue and that the company would not need to draw on credit lines",
         kind="indirect", sourcing="named-person", speaker=SEDLAK),
    dict(source="One Vienna-based trader, who asked not to be named because he was not authorised to speak to the press,",
         cue="said",
         content='buyers in Serbia and Austria had started to book alternative supplies through Croatia\'s liquefied natural gas terminal "just in case."',
         kind="mixed", sourcing="anonymous-official", speaker="Vienna-based trader"),
    dict(source="a Commission official", cue="said",
         content=["The European Commission's offer to host talks on Thursday still stands",
                  "provided that both energy ministers attend in person"],
         kind="indirect", sourcing="anonymous-official", speaker="European Commission official"),
    dict(source="Weiss", cue="said",
         content=['"If they meet and agree a payment schedule, prices will fall as fast as they rose,"',
                  '"If not, this will get expensive for everybody."'],
         kind="direct", sourcing="named-person", speaker=WEISS),
]

CLAIMS = [
    dict(text="Pannon Energia bonds slide as Slovak gas halt enters second day", holder="writer", modality="asserted"),
    dict(text="Bonds of Pannon Energia, Hungary's largest gas importer, fell to their lowest level in three years on Wednesday",
         holder="writer", modality="asserted"),
    dict(text="a long fight with Slovakia's pipeline operator", holder="investors", modality="hedged", cues=["priced in"]),
    dict(text="which has cut off transit for a second day", holder="writer", modality="asserted"),
    dict(text="The company's 2029 notes dropped nearly four cents on the euro", holder="writer", modality="asserted"),
    dict(text="Corvin Ratings placed Pannon on review for a downgrade", holder="writer", modality="asserted"),
    dict(text='a halt lasting more than a month "would materially weaken liquidity."', holder="Corvin Ratings",
         modality="asserted"),
    dict(text="The market is treating this as a credit event in slow motion", holder=WEISS, modality="asserted"),
    dict(text="Pannon could cover its obligations from cash for about six weeks, unless Budapest stepped in with a state guarantee",
         holder=WEISS, modality="speculative", cues=["could", "unless"],
         conditions=[dict(text="unless Budapest stepped in with a state guarantee", connective="unless",
                          required="give Pannon a state guarantee", actor="HUN", polarity="against")]),
    dict(text="That guarantee is not on the table, at least publicly", holder="writer", modality="negated", cues=["not"]),
    dict(text='it saw "no need for extraordinary measures"', holder=FINMIN, modality="negated", cues=["no"]),
    dict(text="the dispute was a commercial matter for the company to resolve", holder=FINMIN, modality="asserted"),
    dict(text="the government is keeping quiet to avoid weakening Pannon's hand in arbitration", holder="analysts",
         modality="hedged", cues=["suspect"]),
    dict(text="Danubia Gas Transit, the Slovak operator, is in a stronger position", holder=DGT, modality="asserted"),
    dict(text="the unpaid 84 million euros amounted to less than 5 percent of annual revenue", holder=SEDLAK,
         modality="asserted"),
    dict(text="the company would not need to draw on credit lines", holder=SEDLAK, modality="negated", cues=["not"]),
    dict(text="He did not say whether Danubia would accept a partial payment", holder="writer", modality="negated",
         cues=["not"]),
    dict(text="Benchmark gas prices in Europe rose another 3 percent on Wednesday", holder="writer", modality="asserted"),
    dict(text="buyers in Serbia and Austria had started to book alternative supplies through Croatia's liquefied natural gas terminal",
         holder="Vienna-based trader", modality="asserted"),
    dict(text="The European Commission's offer to host talks on Thursday still stands", holder="European Commission official",
         modality="conditional", cues=["provided that"],
         conditions=[dict(text="provided that both energy ministers attend in person", connective="provided that",
                          required="both energy ministers attend in person", actor="SVK,HUN")]),
    dict(text="Neither Budapest nor Bratislava had confirmed attendance by late Wednesday", holder="writer",
         modality="negated", cues=["Neither"]),
    dict(text="If they meet and agree a payment schedule, prices will fall as fast as they rose", holder=WEISS,
         modality="conditional", cues=["If"],
         conditions=[dict(text="If they meet", connective="if", required="meet", actor="SVK,HUN"),
                     dict(text="agree a payment schedule", connective="if", required="agree a payment schedule",
                          actor="SVK,HUN")]),
    dict(text="If not, this will get expensive for everybody", holder=WEISS, modality="conditional", cues=["If", "not"],
         conditions=[dict(text="If not", connective="if", required="no payment schedule is agreed", actor="SVK,HUN")]),
]

EVENTS = [
    dict(text="Bonds of Pannon Energia, Hungary's largest gas importer, fell to their lowest level in three years on Wednesday as investors priced in a long fight with Slovakia's pipeline operator, which has cut off transit for a second day.",
         event="SANCTION", context="economic", source=[("Slovakia's pipeline operator", "SVK", "")],
         eventText="has cut off transit for a second day",
         comment="the target (Pannon Energia, Hungary) is named earlier in the sentence but not as the object of the halt"),
    dict(text="The European Commission's offer to host talks on Thursday still stands, a Commission official said, provided that both energy ministers attend in person.",
         event="AGREE", mode="mediate", context="diplomatic, economic", source=[("The European Commission", "EU", "GOV")],
         eventText="offer to host talks on Thursday still stands",
         comment="the parties to the talks (Slovakia, Hungary) are implied by 'both energy ministers'"),
]

ENTITY_SKIP = []
