"""Entity lexicon for held-out set 3: (regex, kind, canonical_id, name, role).

Same conventions as examples/dev3/a/gold/annotations/lexicon.py: every match becomes a gold
mention (longest match wins, no overlaps); articles drop wrong matches with ENTITY_SKIP and
add local ones (descriptions standing for a person) with ENTITY_EXTRA. Person spans hold the
name only ("Major General", "Director General", "deputy governor" stay outside); capitals,
datelines and demonyms take the ISO 3166 alpha-3 code of their country. "Western" and "the
West" follow examples/gold and examples/heldout (NORP / LOC `loc:the-west`), "European" is
NORP `EU`. Burmese names and Arabic names with "al-" never appear shortened in these
articles except where a row says so; a transcript speaker label in capitals ("KORHONEN") is
a mention of the person. Outlets named in the text are ORG, without a leading "The".
"""

P = "PERSON"
G = "GPE"
N = "NORP"
O = "ORG"
L = "LOC"


def person(key, name, role, short="last"):
    """Rows for a full name and, unless short is None, its short form (last token or given)."""
    rows = [(rf"\b{name}\b", P, f"person:{key}", name, role)]
    surname = name.split()[-1] if short == "last" else short
    if surname:
        rows.append((rf"\b{surname}\b", P, f"person:{key}", name, role))
    return rows


LEXICON = [
    # --- people, story 1 (Myanmar turns back IAEA inspectors)
    *person("helga-brandtner", "Helga Brandtner", "Director General, International Atomic Energy Agency"),
    *person("nadia-korhonen", "Nadia Korhonen", "chief spokesperson, International Atomic Energy Agency"),
    (r"\bKORHONEN\b", P, "person:nadia-korhonen", "Nadia Korhonen", "chief spokesperson, International Atomic Energy Agency"),
    *person("zaw-lin-aung", "Zaw Lin Aung", "spokesman, military government of Myanmar", short=None),
    *person("than-zaw-oo", "Than Zaw Oo", "Foreign Minister of Myanmar", short=None),
    *person("daniel-whitcombe", "Daniel Whitcombe", "spokesman, US Department of State", short=None),
    # --- people, story 2 (Iraq-Turkey Tigris water dispute)
    *person("karim-al-jubouri", "Karim al-Jubouri", "Water Resources Minister of Iraq", short=None),
    *person("haider-al-saadi", "Haider al-Saadi", "Prime Minister of Iraq", short=None),
    *person("mahmoud-fathi", "Mahmoud Fathi", "Secretary-General, Arab League", short=None),
    *person("selim-aktas", "Selim Aktaş", "spokesman, Turkish foreign ministry", short=None),
    *person("abbas-jabbar", "Abbas Jabbar", "date farmer, Basra"),
    *person("umm-hussein", "Umm Hussein", "farmer, Abu al-Khasib", short=None),
    *person("nadia-al-hilali", "Nadia al-Hilali", "deputy governor, Basra province", short=None),
    *person("jassim-radhi", "Jassim Radhi", "head, local farmers' union, Basra", short=None),
    *person("hamid-sabah", "Hamid Sabah", "fisherman, Fao", short=None),
    # --- countries, capitals, demonyms
    (r"\bMyanmar\b", G, "MMR", "Myanmar", ""),
    (r"\bNaypyidaw\b", G, "MMR", "Myanmar", ""),
    (r"\b(?:Vienna|VIENNA)\b", G, "AUT", "Austria", ""),
    (r"\bUS\b", G, "USA", "United States", ""),
    (r"\bWashington\b", G, "USA", "United States", ""),
    (r"\bChina\b", G, "CHN", "China", ""),
    (r"\bBeijing\b", G, "CHN", "China", ""),
    (r"\bChinese\b", N, "CHN", "China", ""),
    (r"\bRussia\b", G, "RUS", "Russia", ""),
    (r"\bMoscow\b", G, "RUS", "Russia", ""),
    (r"\bThailand\b", G, "THA", "Thailand", ""),
    (r"\bThai\b", N, "THA", "Thailand", ""),
    (r"\bIraq\b", G, "IRQ", "Iraq", ""),
    (r"\b(?:Baghdad|BAGHDAD)\b", G, "IRQ", "Iraq", ""),
    (r"\bIraqi\b", N, "IRQ", "Iraq", ""),
    (r"\bTurkey\b", G, "TUR", "Turkey", ""),
    (r"\bAnkara\b", G, "TUR", "Turkey", ""),
    (r"\bTurkish\b", N, "TUR", "Turkey", ""),
    (r"\bGeneva\b", G, "CHE", "Switzerland", ""),
    (r"\bEuropean\b", N, "EU", "European Union", ""),
    (r"\bWestern\b", N, "loc:the-west", "the West", ""),
    (r"(?<=the )West\b", L, "loc:the-west", "the West", ""),
    # --- sub-national places, regions, rivers
    (r"\bMandalay Region\b", G, "gpe:mandalay-region", "Mandalay Region", ""),
    (r"\bMandalay\b", G, "gpe:mandalay", "Mandalay", ""),
    (r"\bThabeikkyin\b", G, "gpe:thabeikkyin", "Thabeikkyin", ""),
    (r"\bYangon\b", G, "gpe:yangon", "Yangon", ""),
    (r"\b(?:Basra|BASRA)\b", G, "gpe:basra", "Basra", ""),
    (r"\bDhi Qar\b", G, "gpe:dhi-qar", "Dhi Qar", ""),
    (r"\bAbu al-Khasib\b", G, "gpe:abu-al-khasib", "Abu al-Khasib", ""),
    (r"\bFao\b", G, "gpe:fao", "Fao", ""),
    (r"\bTigris\b", L, "loc:tigris", "Tigris", ""),
    (r"\bEuphrates\b", L, "loc:euphrates", "Euphrates", ""),
    (r"\bShatt al-Arab\b", L, "loc:shatt-al-arab", "Shatt al-Arab", ""),
    (r"\bIlısu Dam\b", L, "loc:ilisu-dam", "Ilısu Dam", ""),
    (r"\bGulf\b", L, "loc:persian-gulf", "Persian Gulf", ""),
    # --- organisations
    (r"\bInternational Atomic Energy Agency\b", O, "IAEA", "International Atomic Energy Agency", ""),
    (r"\bIAEA\b", O, "IAEA", "International Atomic Energy Agency", ""),
    (r"\bBoard of Governors\b", O, "org:iaea-board-of-governors", "IAEA Board of Governors", ""),
    (r"\b(?:UN|United Nations) Security Council\b", O, "UNSC", "United Nations Security Council", ""),
    (r"\bSecurity Council\b", O, "UNSC", "United Nations Security Council", ""),
    (r"\bUnited Nations\b", O, "UN", "United Nations", ""),
    (r"\bUN\b", O, "UN", "United Nations", ""),
    (r"\bState Department\b", O, "org:us-state-department", "US Department of State", ""),
    (r"\bAssociation of Southeast Asian Nations\b", O, "ASEAN", "Association of Southeast Asian Nations", ""),
    (r"(?<=Thailand's )foreign ministry\b", O, "org:thailand-foreign-ministry", "Ministry of Foreign Affairs of Thailand", ""),
    (r"\bforeign ministry(?= in Naypyidaw)", O, "org:myanmar-foreign-ministry", "Ministry of Foreign Affairs of Myanmar", ""),
    (r"(?<=Iraq's )foreign ministry\b", O, "org:iraq-foreign-ministry", "Ministry of Foreign Affairs of Iraq", ""),
    (r"\bforeign ministry(?= in Baghdad)", O, "org:iraq-foreign-ministry", "Ministry of Foreign Affairs of Iraq", ""),
    (r"(?<=Turkey's )foreign ministry\b", O, "org:turkey-foreign-ministry", "Ministry of Foreign Affairs of Turkey", ""),
    (r"(?<=Basra )water directorate\b", O, "org:basra-water-directorate", "Basra Water Directorate", ""),
    (r"\bInternational Court of Justice\b", O, "ICJ", "International Court of Justice", ""),
    (r"\bArab League\b", O, "ARL", "Arab League", ""),
    (r"\bMeridian Ledger\b", O, "org:the-meridian-ledger", "The Meridian Ledger", ""),
    (r"\bLevant Live\b", O, "org:levant-live", "Levant Live", ""),
    (r"\bShatt Observer\b", O, "org:the-shatt-observer", "The Shatt Observer", ""),
]
