"""Held-out-2 gold for bourse-observer-korea-chip-stocks-slide (The Bourse Observer): chip export licences, markets angle.

Constructions: "Seoul said" inside a market lead, "investors betting that", "Analysts
cautioned against", "estimates that", a note to clients with "as long as", a memo of a named
association "seen by" the outlet whose "if" clause nests the customers' doubt, "The
association confirmed ... but said", two brokers and one of them nesting clients'
question, "did not spell out", "warned ... unless", "Investors fear", a quote with the cue
between two sentences and an "If" in the second, "some fund managers suggested", a chief
executive who "told analysts on a call", "should".
"""

DATE = "2026-11-24"
CHO = "Min-jae Cho"
ASSOC = "Korea Chip Equipment Association"
BROKERS = "brokers in Seoul"
BROKER = "broker in Seoul"
MOT = "Ministry of Trade of South Korea"
MOFCOM = "Ministry of Commerce of China"

ATTRIBUTIONS = [
    dict(source="Seoul", cue="said", content="it would require licences for exports of advanced tools to China",
         kind="indirect", sourcing="named-organisation", speaker="South Korea"),
    dict(source="investors", cue="betting", content="that the rule will cost the sector a large slice of its fastest-growing market",
         kind="indirect", sourcing="vague-collective", speaker="investors"),
    dict(source="Analysts", cue="cautioned", content="against reading too much into one day of trading",
         kind="indirect", sourcing="vague-collective", speaker="analysts"),
    dict(source="Min-jae Cho, head of technology research at Hanul Securities,", cue="estimates",
         content="that the licence requirement will cut the sector's sales to China by 15 to 20 percent next year",
         kind="indirect", sourcing="named-person", speaker=CHO),
    dict(source="he", cue="wrote",
         content='"That is painful, but it is not fatal, as long as licences for older tools keep flowing,"',
         kind="direct", sourcing="named-person", speaker=CHO),
    dict(source="An internal memo circulated to member companies by the Korea Chip Equipment Association, seen by The Bourse Observer,",
         cue="warns",
         content="that Chinese customers may cancel orders for older equipment as well if they doubt Korean suppliers can deliver",
         kind="indirect", sourcing="named-organisation", speaker=ASSOC),
    dict(source="they", cue="doubt", content="Korean suppliers can deliver",
         kind="indirect", sourcing="vague-collective", speaker="Chinese customers",
         via=["An internal memo circulated to member companies by the Korea Chip Equipment Association"]),
    dict(source="The association", cue="confirmed", content="the memo was genuine",
         kind="indirect", sourcing="named-organisation", speaker=ASSOC),
    dict(source="The association", cue="said",
         content='it had been written "to prepare members for the worst case, not to predict it."',
         kind="mixed", sourcing="named-organisation", speaker=ASSOC),
    dict(source="Two brokers in Seoul", cue="said",
         content="Chinese buyers had rushed to place orders in recent weeks, apparently expecting the rule",
         kind="indirect", sourcing="anonymous-official", speaker=BROKERS),
    dict(source="Chinese buyers", cue="apparently expecting", content=("the rule", 1),
         kind="indirect", sourcing="vague-collective", speaker="Chinese buyers", via=["Two brokers in Seoul"]),
    dict(source="One of them, who spoke on condition of anonymity because he was not allowed to talk to the press,", cue="said",
         content="some clients had asked whether contracts signed before January could still be shipped",
         kind="indirect", sourcing="anonymous-official", speaker=BROKER),
    dict(source="some clients", cue="had asked", content="whether contracts signed before January could still be shipped",
         kind="indirect", sourcing="vague-collective", speaker="clients", via=["One of them"]),
    dict(source="The trade ministry", cue="has said", content="that existing contracts will mostly be honoured",
         kind="indirect", sourcing="named-organisation", speaker=MOT),
    dict(source="China's commerce ministry", cue="warned", content='of unspecified "necessary measures" unless Seoul reconsidered',
         kind="mixed", sourcing="named-organisation", speaker=MOFCOM),
    dict(source="Investors", cue="fear",
         content="a repeat of 2017, when Chinese authorities restricted tour groups to South Korea and Korean retailers in China were shut down for weeks",
         kind="indirect", sourcing="vague-collective", speaker="investors"),
    dict(source="Sofia Brandvold, a portfolio manager at Nordhavn Capital in Oslo", cue="said",
         content=['"The market is pricing a mild reaction from China,"',
                  '"If Beijing goes after memory chips, not just tools, every number in my model is wrong."'],
         kind="direct", sourcing="named-person", speaker="Sofia Brandvold"),
    dict(source="some fund managers", cue="suggested", content="that Korean firms could win back business outside China",
         kind="indirect", sourcing="vague-collective", speaker="fund managers"),
    dict(source="Daeyang's chief executive, Yoon Hyun-woo,", cue="told",
         content="that the company would not cut its investment plans",
         kind="indirect", sourcing="named-person", speaker="Yoon Hyun-woo"),
    dict(source="He", cue="said",
         content="new orders from the United States and Taiwan should make up for part of the loss within two years",
         kind="indirect", sourcing="named-person", speaker="Yoon Hyun-woo"),
]

CLAIMS = [
    dict(text="Korean chip toolmakers slide as export licence rule hits China sales", holder="writer", modality="asserted"),
    dict(text="Shares in South Korea's chip equipment makers fell sharply on Tuesday", holder="writer", modality="asserted"),
    dict(text="it would require licences for exports of advanced tools to China", holder="South Korea", modality="asserted"),
    dict(text="the rule will cost the sector a large slice of its fastest-growing market", holder="investors",
         modality="hedged", cues=["betting"]),
    dict(text="Daeyang Precision, which earns nearly a third of its revenue in China, closed 8.2 percent lower",
         holder="writer", modality="asserted"),
    dict(text="the licence requirement will cut the sector's sales to China by 15 to 20 percent next year", holder=CHO,
         modality="hedged", cues=["estimates"]),
    dict(text="That is painful", holder=CHO, modality="asserted"),
    dict(text="it is not fatal, as long as licences for older tools keep flowing", holder=CHO, modality="conditional",
         cues=["not", "as long as"],
         conditions=[dict(text="as long as licences for older tools keep flowing", connective="as long as",
                          required="keep granting licences for older tools", actor="KOR")]),
    dict(text="Chinese customers may cancel orders for older equipment as well if they doubt Korean suppliers can deliver",
         holder=ASSOC, modality="speculative", cues=["may", "if"],
         conditions=[dict(text="if they doubt Korean suppliers can deliver", connective="if",
                          required="doubt that Korean suppliers can deliver", actor="CHN")]),
    dict(text="the memo was genuine", holder=ASSOC, modality="asserted"),
    dict(text='it had been written "to prepare members for the worst case, not to predict it."', holder=ASSOC,
         modality="negated", cues=["not"]),
    dict(text="Chinese buyers had rushed to place orders in recent weeks, apparently expecting the rule", holder=BROKERS,
         modality="hedged", cues=["apparently"]),
    dict(text="some clients had asked whether contracts signed before January could still be shipped", holder=BROKER,
         modality="asserted"),
    dict(text="existing contracts will mostly be honoured", holder=MOT, modality="asserted"),
    dict(text="it did not spell out the exceptions", holder="writer", modality="negated", cues=["not"]),
    dict(text="Beijing's response is the main worry", holder="writer", modality="asserted"),
    dict(text='unspecified "necessary measures" unless Seoul reconsidered', holder=MOFCOM, modality="conditional",
         cues=["unless"],
         conditions=[dict(text="unless Seoul reconsidered", connective="unless", required="reconsider the export licence rule",
                          actor="KOR", polarity="against")]),
    dict(text="a repeat of 2017, when Chinese authorities restricted tour groups to South Korea and Korean retailers in China were shut down for weeks",
         holder="investors", modality="hedged", cues=["fear"]),
    dict(text="The market is pricing a mild reaction from China", holder="Sofia Brandvold", modality="asserted"),
    dict(text="If Beijing goes after memory chips, not just tools, every number in my model is wrong", holder="Sofia Brandvold",
         modality="conditional", cues=["If"],
         conditions=[dict(text="If Beijing goes after memory chips, not just tools", connective="if",
                          required="retaliate against memory chips", actor="CHN")]),
    dict(text="Not all investors were selling", holder="writer", modality="negated", cues=["Not"]),
    dict(text="Shares in Japanese toolmakers rose", holder="writer", modality="asserted"),
    dict(text="Korean firms could win back business outside China", holder="fund managers", modality="speculative",
         cues=["could"]),
    dict(text="the company would not cut its investment plans", holder="Yoon Hyun-woo", modality="negated", cues=["not"]),
    dict(text="new orders from the United States and Taiwan should make up for part of the loss within two years",
         holder="Yoon Hyun-woo", modality="hedged", cues=["should"]),
]

EVENTS = [
    dict(text="Shares in South Korea's chip equipment makers fell sharply on Tuesday after Seoul said it would require licences for exports of advanced tools to China, with investors betting that the rule will cost the sector a large slice of its fastest-growing market.",
         event="SANCTION", context="economic", source=[("Seoul", "KOR", "GOV")], target=[("China", "CHN", "GOV")],
         eventText="would require licences for exports of advanced tools to China"),
    dict(text='China\'s commerce ministry warned on Tuesday of unspecified "necessary measures" unless Seoul reconsidered.',
         event="THREATEN", context="economic", source=[("China's commerce ministry", "CHN", "GOV")],
         target=[("Seoul", "KOR", "GOV")], eventText="warned of unspecified necessary measures"),
]

ENTITY_EXTRA = [
    (r"(?<=The )association\b", "ORG", "org:korea-chip-equipment-association", "Korea Chip Equipment Association", ""),
]
