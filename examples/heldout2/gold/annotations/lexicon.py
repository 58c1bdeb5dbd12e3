"""Entity lexicon for the second held-out gold: (regex, kind, canonical_id, name, role).

Same conventions as examples/gold/annotations/lexicon.py and examples/heldout: every match
becomes a gold mention (longest match wins, no overlaps); articles drop wrong matches with
ENTITY_SKIP and add local ones (descriptions standing for a person, anaphoric "the
ministry") with ENTITY_EXTRA. Person spans hold the name only; capitals and demonyms take
the ISO 3166 alpha-3 code of their country; a ministry named with its owner ("China's
commerce ministry", "the trade ministry" of the country the story is about) is an ORG.
Korean, Chinese and Vietnamese names put the family name first, so their short form is
the first token ("Han", "Kang") or there is none.
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
    # --- people, story 1 (Vietnam-Philippines collision)
    *person("harun-iskandar", "Harun Iskandar", "Foreign Minister of Malaysia"),
    *person("rafael-dizon", "Rafael Dizon", "spokesman, Philippine Coast Guard"),
    *person("tran-thi-mai-lan", "Tran Thi Mai Lan", "spokeswoman, Vietnamese foreign ministry", short=None),
    *person("lourdes-magbanua", "Lourdes Magbanua", "Foreign Secretary of the Philippines"),
    *person("aurelio-santos", "Aurelio Santos", "researcher, Asia-Pacific Maritime Institute"),
    *person("liang-qiming", "Liang Qiming", "spokesman, Chinese foreign ministry", short="Liang"),
    *person("karen-holloway", "Karen Holloway", "State Department spokesperson"),
    *person("nguyen-van-thanh", "Nguyen Van Thanh", "Deputy Foreign Minister of Vietnam", short=None),
    *person("ratna-sulistyowati", "Ratna Sulistyowati", "Foreign Minister of Indonesia"),
    # --- people, story 2 (South Korea chip export licences)
    *person("han-ji-won", "Han Ji-won", "Trade Minister of South Korea", short="Han"),
    *person("zhou-mingxia", "Zhou Mingxia", "spokeswoman, Chinese commerce ministry", short="Zhou"),
    *person("kang-tae-sung", "Kang Tae-sung", "leader of the Democratic Future Party", short="Kang"),
    *person("lee-soo-jin", "Lee Soo-jin", "trade economist, Hanbit University", short=None),
    *person("min-jae-cho", "Min-jae Cho", "head of technology research, Hanul Securities"),
    *person("sofia-brandvold", "Sofia Brandvold", "portfolio manager, Nordhavn Capital"),
    *person("yoon-hyun-woo", "Yoon Hyun-woo", "chief executive, Daeyang Precision", short=None),
    *person("seo-min-ho", "Seo Min-ho", "President of South Korea", short=None),
    *person("baek-jun-ho", "Baek Jun-ho", "spokesman, South Korean presidential office", short=None),
    *person("wu-jiancheng", "Wu Jiancheng", "Chinese ambassador to South Korea", short=None),
    *person("choi-young-sik", "Choi Young-sik", "floor leader, People's Unity Party", short=None),
    *person("park-seo-yeon", "Park Seo-yeon", "professor, Yonsei University", short=None),
    # --- countries, capitals, demonyms
    (r"\bVietnam\b", G, "VNM", "Vietnam", ""),
    (r"\bHanoi\b", G, "VNM", "Vietnam", ""),
    (r"\bVietnamese\b", N, "VNM", "Vietnam", ""),
    (r"\bPhilippines\b", G, "PHL", "Philippines", ""),
    (r"\bManila\b", G, "PHL", "Philippines", ""),
    (r"\bPhilippine\b", N, "PHL", "Philippines", ""),
    (r"\bMalaysia\b", G, "MYS", "Malaysia", ""),
    (r"\b(?:Kuala Lumpur|KUALA LUMPUR)\b", G, "MYS", "Malaysia", ""),
    (r"\bMalaysian\b", N, "MYS", "Malaysia", ""),
    (r"\bIndonesia\b", G, "IDN", "Indonesia", ""),
    (r"\bJakarta\b", G, "IDN", "Indonesia", ""),
    (r"\bThailand\b", G, "THA", "Thailand", ""),
    (r"\bSingapore\b|\bSINGAPORE\b", G, "SGP", "Singapore", ""),
    (r"\bChina\b", G, "CHN", "China", ""),
    (r"\bBeijing\b", G, "CHN", "China", ""),
    (r"\bChinese\b", N, "CHN", "China", ""),
    (r"\bJapan\b", G, "JPN", "Japan", ""),
    (r"\bTokyo\b", G, "JPN", "Japan", ""),
    (r"\bJapanese\b", N, "JPN", "Japan", ""),
    (r"\bUnited States\b", G, "USA", "United States", ""),
    (r"\bUS\b", G, "USA", "United States", ""),
    (r"\bWashington\b", G, "USA", "United States", ""),
    (r"\bSouth Korea\b", G, "KOR", "South Korea", ""),
    (r"\bKorea\b", G, "KOR", "South Korea", ""),
    (r"\b(?:Seoul|SEOUL)\b", G, "KOR", "South Korea", ""),
    (r"\bKorean\b", N, "KOR", "South Korea", ""),
    (r"\bNetherlands\b", G, "NLD", "Netherlands", ""),
    (r"\bTaiwan\b", G, "TWN", "Taiwan", ""),
    (r"\bOslo\b", G, "NOR", "Norway", ""),
    # --- sub-national places and regions
    (r"\bPalawan\b", G, "gpe:palawan", "Palawan", ""),
    (r"\bSpratly Islands\b", L, "loc:spratly-islands", "Spratly Islands", ""),
    (r"\bSouth China Sea\b", L, "loc:south-china-sea", "South China Sea", ""),
    (r"\bAsia\b", L, "loc:asia", "Asia", ""),
    # --- organisations
    (r"\bAssociation of Southeast Asian Nations\b", O, "ASEAN", "Association of Southeast Asian Nations", ""),
    (r"\bPhilippine Coast Guard\b", O, "org:philippine-coast-guard", "Philippine Coast Guard", ""),
    (r"(?<=Vietnam's )foreign ministry\b", O, "org:vietnam-foreign-ministry", "Ministry of Foreign Affairs of Vietnam", ""),
    (r"(?<=Vietnam's )defence ministry\b", O, "org:vietnam-defence-ministry", "Ministry of National Defence of Vietnam", ""),
    (r"(?<=China's )foreign ministry\b", O, "org:china-foreign-ministry", "Ministry of Foreign Affairs of China", ""),
    (r"(?<=China's )commerce ministry\b", O, "org:china-commerce-ministry", "Ministry of Commerce of China", ""),
    (r"(?<=Korean )foreign ministry\b", O, "org:korea-foreign-ministry", "Ministry of Foreign Affairs of South Korea", ""),
    (r"\btrade ministry\b", O, "org:korea-trade-ministry", "Ministry of Trade of South Korea", ""),
    (r"\bState Department\b", O, "org:us-state-department", "US Department of State", ""),
    (r"\bAsia-Pacific Maritime Institute\b", O, "org:asia-pacific-maritime-institute", "Asia-Pacific Maritime Institute", ""),
    (r"\bNational Assembly\b", O, "org:korea-national-assembly", "National Assembly of South Korea", ""),
    (r"\bAssembly\b", O, "org:korea-national-assembly", "National Assembly of South Korea", ""),
    (r"\bDemocratic Future Party\b", O, "org:democratic-future-party", "Democratic Future Party", ""),
    (r"\bPeople's Unity Party\b", O, "org:peoples-unity-party", "People's Unity Party", ""),
    (r"\bHanbit University\b", O, "org:hanbit-university", "Hanbit University", ""),
    (r"\bYonsei University\b", O, "org:yonsei-university", "Yonsei University", ""),
    (r"\bHangyeol Research\b", O, "org:hangyeol-research", "Hangyeol Research", ""),
    (r"\bHanul Securities\b", O, "org:hanul-securities", "Hanul Securities", ""),
    (r"\bNordhavn Capital\b", O, "org:nordhavn-capital", "Nordhavn Capital", ""),
    (r"\bDaeyang Precision\b", O, "org:daeyang-precision", "Daeyang Precision", ""),
    (r"\bDaeyang\b", O, "org:daeyang-precision", "Daeyang Precision", ""),
    (r"\bSeorin Tech\b", O, "org:seorin-tech", "Seorin Tech", ""),
    (r"\bKorea Chip Equipment Association\b", O, "org:korea-chip-equipment-association", "Korea Chip Equipment Association", ""),
    (r"\bThe Bourse Observer\b", O, "org:bourse-observer", "The Bourse Observer", ""),
]
