"""Heldout4 gold for h4-afritrade-digest-hauliers-urge-tunduma-reopening (AfriTrade Digest): press-release rewrite.

A hauliers' association's statement retold: an acronym after the name ("(TCHA)"), "has called
on ... warning that ... and that", "In a statement issued ..., chairperson ... said", split
quotes with "Mr Banda said" / "Mr Banda added", a first-person "We call on" inside a quote
(the quote's content, not a new attribution), "said it had written to ... requesting",
"According to the statement", "an estimated", "may", "urged ... and asked", two coordinated
"if" conditions, "also announced that", "cannot", the outlet's closing line giving both
governments' positions, an "About ..." boilerplate and a media contact. Figures that differ
from the other two articles (more than 3,000 trucks; over $4 million a day).
"""

DATE = "2026-11-24"
TCHA = "Trans-Corridor Hauliers Association"
BANDA = "Peter Banda"
MUSHI = "Rehema Mushi"
TCHA_CODE = "org:tcha"
TCHA_SRC = "The Trans-Corridor Hauliers Association (TCHA)"
CALL = "the governments of Zambia and Tanzania to reopen the Tunduma-Nakonde border crossing immediately"
WARNING = ("that more than 3,000 trucks are now stranded and that the closure is costing Zambian copper exporters "
           "over $4 million a day")
LEAD = TCHA_SRC + " has called on " + CALL + ", warning " + WARNING + "."
ASSOC_SRC = ("The association, which represents more than 400 transport companies in Zambia, Tanzania, Malawi and the "
             "Democratic Republic of Congo,")
WRITTEN = "it had written to the Southern African Development Community (SADC) Secretariat requesting its urgent intervention"
STATEMENT = ("loads of fresh produce worth an estimated $600,000 have already spoiled, and several member companies may be "
             "unable to pay their drivers this month")
URGED = "the Zambian government to suspend the road maintenance levy \"pending consultations with stakeholders\""
ASKED = "Tanzania to reopen the crossing \"at least for trucks carrying fuel, medicine and food\""
P6 = "The TCHA urged " + URGED + " and asked " + ASKED + "."
SUPPORT_LEVY = ("We will support the levy if the revenue is genuinely spent on the corridor and if it is applied equally to "
                "all foreign trucks")
MUSHI_SRC = "TCHA vice-chairperson Rehema Mushi, who is based in Dar es Salaam,"

ATTRIBUTIONS = [
    dict(source="Hauliers", cue="call for", content="urgent reopening of Tunduma border",
         kind="indirect", sourcing="vague-collective", speaker="hauliers"),
    dict(source=TCHA_SRC, cue="has called on", content=CALL, kind="indirect", sourcing="named-organisation", speaker=TCHA),
    dict(source=TCHA_SRC, cue="warning", content=WARNING, kind="indirect", sourcing="named-organisation", speaker=TCHA),
    dict(source="TCHA chairperson Peter Banda", cue="said",
         content="the association's members \"stand ready to support any solution that gets our drivers moving again\"",
         kind="mixed", sourcing="named-person", speaker=BANDA),
    dict(source=("Mr Banda", 0), cue="said",
         content=["\"Our drivers have been sleeping in their cabs for five days without proper food, water or sanitation. "
                  "This is a humanitarian situation, not just a trade dispute,\"",
                  "\"We call on both governments to put the welfare of drivers first.\""],
         kind="direct", sourcing="named-person", speaker=BANDA),
    dict(source=ASSOC_SRC, cue="said", content=WRITTEN, kind="indirect", sourcing="named-organisation", speaker=TCHA),
    dict(source="it", cue="requesting", content="its urgent intervention",
         kind="indirect", sourcing="named-organisation", speaker=TCHA, via=[ASSOC_SRC]),
    dict(source="the statement", cue="According to", content=STATEMENT,
         kind="indirect", sourcing="named-organisation", speaker=TCHA),
    dict(source="The TCHA", cue="urged", content=URGED, kind="mixed", sourcing="named-organisation", speaker=TCHA),
    dict(source="The TCHA", cue="asked", content=ASKED, kind="mixed", sourcing="named-organisation", speaker=TCHA),
    dict(source=("Mr Banda", 1), cue="added", content=["\"We are not taking sides,\"", "\"" + SUPPORT_LEVY + ".\""],
         kind="direct", sourcing="named-person", speaker=BANDA),
    dict(source="The association", cue="also announced",
         content="that, from Thursday, it will provide drivers at the border with food packs and drinking water, in partnership with the Nakonde Town Council",
         kind="indirect", sourcing="named-organisation", speaker=TCHA),
    dict(source=MUSHI_SRC, cue="said", content="Tanzanian members were suffering as much as Zambian ones",
         kind="indirect", sourcing="named-person", speaker=MUSHI),
    dict(source="she", cue="said", content="\"Empty trucks cannot come back to load. Everybody loses,\"",
         kind="direct", sourcing="named-person", speaker=MUSHI),
    dict(source="Zambia's Ministry of Transport and Logistics", cue="has said",
         content="the levy is lawful and applies to all foreign-registered trucks",
         kind="indirect", sourcing="named-organisation", speaker="Ministry of Transport and Logistics of Zambia"),
    dict(source="Tanzanian authorities", cue="have said", content="the closure is linked to security checks",
         kind="indirect", sourcing="named-organisation", speaker="Tanzania"),
]

CLAIMS = [
    dict(text="Hauliers call for urgent reopening of Tunduma border as losses mount", holder="writer", modality="asserted"),
    dict(text=CALL, holder=TCHA, modality="asserted"),
    dict(text="more than 3,000 trucks are now stranded", holder=TCHA, modality="asserted"),
    dict(text="the closure is costing Zambian copper exporters over $4 million a day", holder=TCHA, modality="asserted"),
    dict(text="the association's members \"stand ready to support any solution that gets our drivers moving again\"",
         holder=BANDA, modality="asserted"),
    dict(text="Our drivers have been sleeping in their cabs for five days without proper food, water or sanitation",
         holder=BANDA, modality="asserted"),
    dict(text="This is a humanitarian situation, not just a trade dispute", holder=BANDA, modality="asserted"),
    dict(text=WRITTEN, holder=TCHA, modality="asserted"),
    dict(text="loads of fresh produce worth an estimated $600,000 have already spoiled", holder=TCHA,
         modality="hedged", cues=["estimated"]),
    dict(text="several member companies may be unable to pay their drivers this month", holder=TCHA,
         modality="speculative", cues=["may"]),
    dict(text=URGED, holder=TCHA, modality="asserted"),
    dict(text=ASKED, holder=TCHA, modality="asserted"),
    dict(text="We are not taking sides", holder=BANDA, modality="negated", cues=["not"]),
    dict(text=SUPPORT_LEVY, holder=BANDA, modality="conditional", cues=[("if", 0), ("if", 1)],
         conditions=[dict(text="if the revenue is genuinely spent on the corridor", connective="if",
                          required="spend the levy revenue on the corridor", actor="ZMB"),
                     dict(text="if it is applied equally to all foreign trucks", connective="if",
                          required="apply the levy equally to all foreign trucks", actor="ZMB")]),
    dict(text="it will provide drivers at the border with food packs and drinking water", holder=TCHA,
         modality="asserted"),
    dict(text="Tanzanian members were suffering as much as Zambian ones", holder=MUSHI, modality="asserted"),
    dict(text="Empty trucks cannot come back to load", holder=MUSHI, modality="negated", cues=["cannot"]),
    dict(text="the levy is lawful and applies to all foreign-registered trucks",
         holder="Ministry of Transport and Logistics of Zambia", modality="asserted"),
    dict(text="the closure is linked to security checks", holder="Tanzania", modality="asserted"),
]

EVENTS = [
    dict(text=LEAD, event="REQUEST", mode="yield", context="border closure",
         source=[(TCHA_SRC, TCHA_CODE, "")], target=[("the governments of Zambia and Tanzania", "ZMB", "GOV"),
                                                     ("the governments of Zambia and Tanzania", "TZA", "GOV")],
         eventText="has called on the governments of Zambia and Tanzania to reopen", comment="lifting a closure is yield"),
    dict(text=ASSOC_SRC + " said " + WRITTEN + ".", event="REQUEST", mode="mediate", context="border closure",
         source=[("The association", TCHA_CODE, "")],
         target=[("the Southern African Development Community (SADC) Secretariat", "SADC", "")],
         eventText="requesting its urgent intervention", comment="asking a regional body to intervene between two states"),
    dict(text=P6, event="REQUEST", mode="change", context="border closure", source=[("The TCHA", TCHA_CODE, "")],
         target=[("the Zambian government", "ZMB", "GOV")], eventText="urged the Zambian government to suspend the road maintenance levy"),
    dict(text=P6, event="REQUEST", mode="yield", context="border closure", source=[("The TCHA", TCHA_CODE, "")],
         target=[("Tanzania", "TZA", "GOV")], eventText="asked Tanzania to reopen the crossing"),
    dict(text="\"" + SUPPORT_LEVY + ".\"", event="REQUEST", mode="change", context="border closure",
         source=[("We", TCHA_CODE, "")], target=[], eventText="if it is applied equally to all foreign trucks",
         comment="conditions set for Zambia's levy are what is asked of it; Zambia only implied"),
]
