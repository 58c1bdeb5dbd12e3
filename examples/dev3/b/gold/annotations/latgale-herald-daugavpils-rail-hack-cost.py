"""Dev3-B gold for latgale-herald-daugavpils-rail-hack-cost (The Latgale Herald): rail cyberattack, regional paper.

Constructions: a headline "refuses" (domestic, not coded), "the cyberattack that Riga now
blames on Belarus" (content around a relative pronoun), a parenthetical ", he says,", a
two-part quote around "said NAME, who runs ...", "can argue", a ministry that "said ...
would not ... because" and "added that ... if", "The city's mayor, NAME, said that was not
good enough", "her office said", "she told the Herald", residents who "said they doubted"
and "some suspected", "Others were in no doubt", an anonymous retired engineer, "has denied
any involvement and promised to retaliate", border guards and lorry drivers, "would not
rule out ... while", "apologised ... and promised that".
"""

DATE = "2026-11-25"
RUDZITIS = "Valdis Rudzitis"
PETROVA = "Olga Petrova"
LIEPA = "Andris Liepa"
TRANSMIN = "Ministry of Transport of Latvia"
RESIDENTS = "residents of Daugavpils"

ATTRIBUTIONS = [
    dict(source="Riga", cue="now blames", content=["the cyberattack", "on Belarus"],
         kind="indirect", sourcing="named-organisation", speaker="Latvia"),
    dict(source="he", cue="says", content="one customer",
         kind="indirect", sourcing="named-person", speaker=RUDZITIS),
    dict(source="Rudzitis, who runs a sawmill on the edge of Daugavpils", cue="said",
         content=['"A client in Vilnius cancelled an order because our timber sat in the sidings for two days,"',
                  '"Politicians in Riga can argue about who did it. I want to know who pays."'],
         kind="direct", sourcing="named-person", speaker=RUDZITIS),
    dict(source="The transport ministry", cue="said",
         content='that companies would not be compensated for delays caused by the attack, because the railway had acted "within its contractual obligations."',
         kind="mixed", sourcing="named-organisation", speaker=TRANSMIN),
    dict(source="The ministry", cue="added",
         content="that it would review the decision if the European Union agreed to cover part of the losses",
         kind="indirect", sourcing="named-organisation", speaker=TRANSMIN),
    dict(source="The city's mayor, Olga Petrova,", cue="said", content="that was not good enough",
         kind="indirect", sourcing="named-person", speaker=PETROVA),
    dict(source="her office", cue="said",
         content="She plans to raise the issue with the prime minister when he visits Latgale next week",
         kind="indirect", sourcing="named-organisation", speaker="office of Olga Petrova"),
    dict(source="she", cue="told",
         content='"Our region sits next to the Belarusian border. We are the first to feel it when something goes wrong, and the last to be helped,"',
         kind="direct", sourcing="named-person", speaker=PETROVA),
    dict(source="Several residents interviewed by the Herald", cue="said",
         content="they doubted the attack had been ordered by Minsk",
         kind="indirect", sourcing="vague-collective", speaker=RESIDENTS),
    dict(source="they", cue="doubted", content="the attack had been ordered by Minsk",
         kind="indirect", sourcing="vague-collective", speaker=RESIDENTS),
    dict(source="some", cue="suspected", content="the government was using it to justify tighter border controls",
         kind="indirect", sourcing="vague-collective", speaker=RESIDENTS),
    dict(source="a retired railway engineer who did not want to be named", cue="said",
         content=['"Of course it was them,"', '"Who else would bother with our trains?"'],
         kind="direct", sourcing="anonymous-official", speaker="retired railway engineer"),
    dict(source="Belarus", cue="has denied", content="any involvement",
         kind="indirect", sourcing="named-organisation", speaker="Belarus"),
    dict(source="Belarus", cue="promised", content="to retaliate for the expulsion of two of its diplomats",
         kind="indirect", sourcing="named-organisation", speaker="Belarus"),
    dict(source="Border guards at the Paternieki crossing", cue="said", content="traffic was normal on Wednesday",
         kind="indirect", sourcing="anonymous-official", speaker="border guards at the Paternieki crossing"),
    dict(source="lorry drivers", cue="reported", content="longer checks on the Belarusian side",
         kind="indirect", sourcing="vague-collective", speaker="lorry drivers"),
    dict(source="Latvian Railways", cue="said",
         content="it had installed new safeguards and would not rule out further disruption while its systems were being upgraded",
         kind="indirect", sourcing="named-organisation", speaker="Latvian Railways"),
    dict(source="Latvian Railways", cue="would not rule out",
         content="further disruption while its systems were being upgraded",
         kind="indirect", sourcing="named-organisation", speaker="Latvian Railways"),
    dict(source="The company's chief executive, Andris Liepa,", cue="promised",
         content="that season-ticket holders would receive a refund of one week's fare",
         kind="indirect", sourcing="named-person", speaker=LIEPA),
]

CLAIMS = [
    dict(text="Daugavpils firms count the cost of rail hack as Riga refuses compensation", holder="writer",
         modality="asserted"),
    dict(text="the cyberattack that Riga now blames on Belarus cost three days of deliveries", holder="writer",
         modality="asserted"),
    dict(text="A client in Vilnius cancelled an order because our timber sat in the sidings for two days", holder=RUDZITIS,
         modality="asserted"),
    dict(text="Politicians in Riga can argue about who did it", holder=RUDZITIS, modality="asserted"),
    dict(text="The government's answer, for now, is nobody", holder="writer", modality="asserted"),
    dict(text="companies would not be compensated for delays caused by the attack", holder=TRANSMIN, modality="negated",
         cues=["not"]),
    dict(text='the railway had acted "within its contractual obligations."', holder=TRANSMIN, modality="asserted"),
    dict(text="it would review the decision if the European Union agreed to cover part of the losses", holder=TRANSMIN,
         modality="conditional", cues=["if"],
         conditions=[dict(text="if the European Union agreed to cover part of the losses", connective="if",
                          required="cover part of the losses", actor="EU")]),
    dict(text="that was not good enough", holder=PETROVA, modality="negated", cues=["not"]),
    dict(text="She plans to raise the issue with the prime minister when he visits Latgale next week",
         holder="office of Olga Petrova", modality="asserted"),
    dict(text="Our region sits next to the Belarusian border", holder=PETROVA, modality="asserted"),
    dict(text="the attack had been ordered by Minsk", holder=RESIDENTS, modality="hedged", cues=["doubted"]),
    dict(text="the government was using it to justify tighter border controls", holder=RESIDENTS, modality="hedged",
         cues=["suspected"]),
    dict(text="Others were in no doubt", holder="writer", modality="negated", cues=["no"]),
    dict(text="Of course it was them", holder="retired railway engineer", modality="asserted"),
    dict(text="Belarus has denied any involvement and promised to retaliate for the expulsion of two of its diplomats",
         holder="writer", modality="asserted"),
    dict(text="traffic was normal on Wednesday", holder="border guards at the Paternieki crossing", modality="asserted"),
    dict(text="longer checks on the Belarusian side", holder="lorry drivers", modality="asserted"),
    dict(text="it had installed new safeguards", holder="Latvian Railways", modality="asserted"),
    dict(text="would not rule out further disruption while its systems were being upgraded", holder="Latvian Railways",
         modality="negated", cues=["not"]),
    dict(text="season-ticket holders would receive a refund of one week's fare", holder=LIEPA, modality="asserted"),
]

EVENTS = [
    dict(text="The ministry added that it would review the decision if the European Union agreed to cover part of the losses.",
         event="REQUEST", context="economic", source=[("The ministry", "LVA", "GOV")],
         target=[("the European Union", "EU", "GOV")], eventText="would review the decision if the European Union agreed to cover part of the losses",
         comment="reviewing one's own decision if the other side pays is a request of that side; no mode for a request of money is settled"),
    dict(text="Belarus has denied any involvement and promised to retaliate for the expulsion of two of its diplomats.",
         event="REJECT", context="diplomatic", source=[("Belarus", "BLR", "GOV")], eventText="has denied any involvement",
         comment="the accuser (Latvia) is implied"),
    dict(text="Belarus has denied any involvement and promised to retaliate for the expulsion of two of its diplomats.",
         event="THREATEN", context="diplomatic", source=[("Belarus", "BLR", "GOV")],
         eventText="promised to retaliate for the expulsion of two of its diplomats",
         comment="the target (Latvia) is implied by 'the expulsion'"),
]

ENTITY_EXTRA = [
    (r"(?<=The )ministry(?= added)", "ORG", "org:latvia-transport-ministry", "Ministry of Transport of Latvia", ""),
]

ENTITY_SKIP = []
