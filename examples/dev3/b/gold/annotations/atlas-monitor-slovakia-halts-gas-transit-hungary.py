"""Dev3-B gold for atlas-monitor-slovakia-halts-gas-transit-hungary (Atlas Monitor): gas transit halt, wire report.

Constructions: a dateline lead with "saying" after an act, a negation with "until", "said in
a statement that", "told reporters in Bratislava that" with a quoted fragment, "disputes
the figure", "said ... and accused X of", "called X Y" (a mixed quote as the predicate),
"though officials ... privately put the figure ..., according to two people familiar with"
(a nested estimate), "urged both sides to", a quote with "must not" and "adding that ...
if", "would accept ... but would not ... before", "has not yet replied", "could ... if".
"""

DATE = "2026-11-24"
DGT = "Danubia Gas Transit"
PANNON = "Pannon Energia"
HOLUB = "Marek Holub"
KOVACS = "Eszter Kovacs"
SZILAGYI = "Gabor Szilagyi"
VOGT = "Lena Vogt"
KRAL = "Tomas Kral"

ATTRIBUTIONS = [
    dict(source="Slovakia's state pipeline operator", cue="saying",
         content="Budapest's main importer owed it 84 million euros in unpaid transit fees and would not receive another cubic metre until the bill was settled",
         kind="indirect", sourcing="named-organisation", speaker=DGT),
    dict(source=("Danubia Gas Transit", 0), cue="said",
         content="that flows at the Velke Zlievce border point fell to zero at 6 a.m. (0500 GMT)",
         kind="indirect", sourcing="named-organisation", speaker=DGT),
    dict(source="The company's chief executive, Marek Holub,", cue="told",
         content='that it had sent "eleven reminders in nine months" to Pannon Energia, the Hungarian importer',
         kind="mixed", sourcing="named-person", speaker=HOLUB),
    dict(source="he", cue="said", content='"We are a pipeline, not a bank,"',
         kind="direct", sourcing="named-person", speaker=HOLUB),
    dict(source=("Pannon Energia", 1), cue="disputes", content=("the figure", 0),
         kind="indirect", sourcing="named-organisation", speaker=PANNON),
    dict(source="A spokeswoman, Eszter Kovacs,", cue="said", content="the company had paid every invoice it recognised",
         kind="indirect", sourcing="named-person", speaker=KOVACS),
    dict(source="A spokeswoman, Eszter Kovacs,", cue="accused",
         content="the operator of inventing a surcharge that appeared in no contract",
         kind="indirect", sourcing="named-person", speaker=KOVACS),
    dict(source="She", cue="said", content="Pannon would take the case to arbitration in Vienna",
         kind="indirect", sourcing="named-person", speaker=KOVACS),
    dict(source="Hungary's foreign minister, Gabor Szilagyi,", cue="called",
         content='the halt "an act of blackmail against Hungarian households"',
         kind="mixed", sourcing="named-person", speaker=SZILAGYI),
    dict(source="He", cue="said", content="Budapest had enough gas in storage to last the winter",
         kind="indirect", sourcing="named-person", speaker=SZILAGYI),
    dict(source="two people familiar with the estimates", cue="according to",
         content="officials at the energy ministry privately put the figure closer to ten weeks",
         kind="indirect", sourcing="anonymous-official", speaker="people familiar with the estimates"),
    dict(source="officials at the energy ministry", cue="privately put", content="the figure closer to ten weeks",
         kind="indirect", sourcing="anonymous-official", speaker="officials at the Hungarian energy ministry",
         via=["two people familiar with the estimates"]),
    dict(source="The European Commission", cue="urged", content="both sides to restore flows",
         kind="indirect", sourcing="named-organisation", speaker="European Commission"),
    dict(source="Commission spokesperson Lena Vogt", cue="said",
         content='"Gas must not be used as a weapon between member states,"',
         kind="direct", sourcing="named-person", speaker=VOGT),
    dict(source="Commission spokesperson Lena Vogt", cue="adding",
         content="that the Commission was ready to host talks in Brussels as early as Thursday if both governments agreed",
         kind="indirect", sourcing="named-person", speaker=VOGT),
    dict(source="Slovakia's economy minister, Tomas Kral,", cue="said",
         content="his government would accept the invitation but would not order the operator to resume deliveries before a payment schedule was agreed",
         kind="indirect", sourcing="named-person", speaker=KRAL),
    dict(source="Traders", cue="said",
         content="buyers in Serbia, who receive some of the same gas through Hungary, could face shortages if the halt lasts beyond next week",
         kind="indirect", sourcing="vague-collective", speaker="traders"),
]

CLAIMS = [
    dict(text="Slovakia halts gas transit to Hungary as fee dispute escalates", holder="writer", modality="asserted"),
    dict(text="Slovakia's state pipeline operator stopped pumping gas to Hungary on Tuesday morning", holder="writer",
         modality="asserted"),
    dict(text="Budapest's main importer owed it 84 million euros in unpaid transit fees", holder=DGT, modality="asserted"),
    dict(text="would not receive another cubic metre until the bill was settled", holder=DGT, modality="conditional",
         cues=["not", "until"],
         conditions=[dict(text="until the bill was settled", connective="until", required="settle the unpaid transit fees",
                          actor="org:pannon-energia")]),
    dict(text="flows at the Velke Zlievce border point fell to zero at 6 a.m. (0500 GMT)", holder=DGT, modality="asserted"),
    dict(text='it had sent "eleven reminders in nine months" to Pannon Energia', holder=HOLUB, modality="asserted"),
    dict(text="We are a pipeline, not a bank", holder=HOLUB, modality="negated", cues=["not"]),
    dict(text="the company had paid every invoice it recognised", holder=KOVACS, modality="asserted"),
    dict(text="the operator of inventing a surcharge that appeared in no contract", holder=KOVACS, modality="asserted"),
    dict(text="Pannon would take the case to arbitration in Vienna", holder=KOVACS, modality="asserted"),
    dict(text='the halt "an act of blackmail against Hungarian households"', holder=SZILAGYI, modality="asserted"),
    dict(text="Budapest had enough gas in storage to last the winter", holder=SZILAGYI, modality="asserted"),
    dict(text="the figure closer to ten weeks", holder="officials at the Hungarian energy ministry", modality="hedged",
         cues=["put"]),
    dict(text="Gas must not be used as a weapon between member states", holder=VOGT, modality="negated", cues=["not"]),
    dict(text="the Commission was ready to host talks in Brussels as early as Thursday if both governments agreed",
         holder=VOGT, modality="conditional", cues=["if"],
         conditions=[dict(text="if both governments agreed", connective="if", required="agree to the talks",
                          actor="SVK,HUN")]),
    dict(text="his government would accept the invitation", holder=KRAL, modality="asserted"),
    dict(text="would not order the operator to resume deliveries before a payment schedule was agreed", holder=KRAL,
         modality="conditional", cues=["not", "before"],
         conditions=[dict(text="before a payment schedule was agreed", connective="before",
                          required="agree a payment schedule", actor="org:pannon-energia")]),
    dict(text="Budapest has not yet replied", holder="writer", modality="negated", cues=["not"]),
    dict(text="buyers in Serbia, who receive some of the same gas through Hungary, could face shortages if the halt lasts beyond next week",
         holder="traders", modality="speculative", cues=["could", "if"],
         conditions=[dict(text="if the halt lasts beyond next week", connective="if",
                          required="the halt continues beyond next week", actor="org:danubia-gas-transit")]),
    dict(text="European benchmark gas prices rose 6 percent on Tuesday", holder="writer", modality="asserted"),
]

EVENTS = [
    dict(text="BRATISLAVA, Nov 24 (Atlas Monitor) - Slovakia's state pipeline operator stopped pumping gas to Hungary on Tuesday morning, saying Budapest's main importer owed it 84 million euros in unpaid transit fees and would not receive another cubic metre until the bill was settled.",
         event="SANCTION", context="economic", source=[("Slovakia's state pipeline operator", "SVK", "")],
         target=[("Budapest's main importer", "HUN", "")], eventText="stopped pumping gas to Hungary",
         comment="a state-owned company; halting supply over a debt is a reduction of economic relations"),
    dict(text="A spokeswoman, Eszter Kovacs, said the company had paid every invoice it recognised and accused the operator of inventing a surcharge that appeared in no contract.",
         event="ACCUSE", context="economic", source=[("Eszter Kovacs", "HUN", "")], target=[("the operator", "SVK", "")],
         eventText="accused the operator of inventing a surcharge"),
    dict(text='Hungary\'s foreign minister, Gabor Szilagyi, called the halt "an act of blackmail against Hungarian households" and summoned the Slovak ambassador.',
         event="ACCUSE", context="diplomatic, economic", source=[("Gabor Szilagyi", "HUN", "GOV")],
         target=[("the Slovak ambassador", "SVK", "GOV")], eventText="called the halt an act of blackmail",
         comment="summoning the ambassador is part of the same protest and not coded separately"),
    dict(text="The European Commission urged both sides to restore flows.",
         event="REQUEST", mode="yield", context="economic", source=[("The European Commission", "EU", "GOV")],
         target=[("both sides", "SVK", "GOV"), ("both sides", "HUN", "GOV")], eventText="urged both sides to restore flows"),
    dict(text='"Gas must not be used as a weapon between member states," Commission spokesperson Lena Vogt said, adding that the Commission was ready to host talks in Brussels as early as Thursday if both governments agreed.',
         event="AGREE", mode="mediate", context="diplomatic, economic", source=[("the Commission", "EU", "GOV")],
         target=[("both governments", "SVK", "GOV"), ("both governments", "HUN", "GOV")],
         eventText="ready to host talks in Brussels"),
    dict(text="Slovakia's economy minister, Tomas Kral, said his government would accept the invitation but would not order the operator to resume deliveries before a payment schedule was agreed.",
         event="AGREE", mode="meet", context="diplomatic, economic", source=[("Tomas Kral", "SVK", "GOV")],
         target=[("the invitation", "EU", "GOV")], eventText="would accept the invitation",
         comment="the refusal to order deliveries before a payment schedule is a domestic instruction and is not coded"),
]

ENTITY_SKIP = []
