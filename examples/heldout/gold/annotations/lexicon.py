"""Entity lexicon for the held-out gold: (regex, kind, canonical_id, name, role).

Same conventions as examples/gold/annotations/lexicon.py: every match becomes a gold
mention (longest match wins, no overlaps); articles drop wrong matches with ENTITY_SKIP and
add local ones with ENTITY_EXTRA. Person spans hold the name only; capitals and demonyms
take the ISO 3166 alpha-3 code of their country; "Brussels" stands for the EU; a ministry
named with its country ("the Kazakh foreign ministry") is an ORG, like "Qatar's foreign
ministry" in examples/gold.
"""

P = "PERSON"
G = "GPE"
N = "NORP"
O = "ORG"
L = "LOC"


def person(key, name, role, surname=True):
    rows = [(rf"\b{name}\b", P, f"person:{key}", name, role)]
    if surname:
        rows.append((rf"\b{name.split()[-1]}\b", P, f"person:{key}", name, role))
    return rows


LEXICON = [
    # --- people, story 1 (Astana talks)
    *person("yerlan-sadykov", "Yerlan Sadykov", "Foreign Minister of Kazakhstan"),
    *person("aibek-toktosunov", "Aibek Toktosunov", "Foreign Minister of Kyrgyzstan"),
    *person("farrukh-nazarov", "Farrukh Nazarov", "Deputy Foreign Minister of Tajikistan"),
    *person("dana-abenova", "Dana Abenova", "spokeswoman, Kazakh foreign ministry"),
    *person("irina-volkova", "Irina Volkova", "researcher, Caspian Policy Forum"),
    *person("bakyt-omurov", "Bakyt Omurov", "former Kyrgyz ambassador to Russia"),
    *person("gulnara-asanova", "Gulnara Asanova", "mother of a detained Kyrgyz border guard"),
    # --- people, story 2 (Indonesia-EU tariffs)
    *person("rina-wulandari", "Rina Wulandari", "Trade Minister of Indonesia"),
    *person("olof-brenner", "Olof Brenner", "European Commission spokesperson"),
    *person("hendra-kusuma", "Hendra Kusuma", "leader of the National Renewal Party"),
    *person("priya-natarajan", "Priya Natarajan", "economist, Straits Capital"),
    *person("thomas-brandt", "Thomas Brandt", "trade lawyer, Kessler Vogel"),
    *person("arief-pratama", "Arief Pratama", "presidential spokesman, Indonesia"),
    *person("dewi-anggraini", "Dewi Anggraini", "political scientist, University of Indonesia"),
    # --- countries, capitals, demonyms
    (r"\bKyrgyzstan\b", G, "KGZ", "Kyrgyzstan", ""),
    (r"\bBishkek\b", G, "KGZ", "Kyrgyzstan", ""),
    (r"\bKyrgyz\b", N, "KGZ", "Kyrgyzstan", ""),
    (r"\bTajikistan\b", G, "TJK", "Tajikistan", ""),
    (r"\bDushanbe\b", G, "TJK", "Tajikistan", ""),
    (r"\bTajik\b", N, "TJK", "Tajikistan", ""),
    (r"\bKazakhstan\b", G, "KAZ", "Kazakhstan", ""),
    (r"\b(?:Astana|ASTANA)\b", G, "KAZ", "Kazakhstan", ""),
    (r"\bKazakh\b", N, "KAZ", "Kazakhstan", ""),
    (r"\bRussia\b", G, "RUS", "Russia", ""),
    (r"\bMoscow\b", G, "RUS", "Russia", ""),
    (r"\bIndonesia\b", G, "IDN", "Indonesia", ""),
    (r"\b(?:Jakarta|JAKARTA)\b", G, "IDN", "Indonesia", ""),
    (r"\bIndonesian\b", N, "IDN", "Indonesia", ""),
    (r"\bBrussels\b", G, "EU", "European Union", ""),
    (r"\bEuropean\b", N, "EU", "European Union", ""),
    (r"\bAustralia\b", G, "AUS", "Australia", ""),
    (r"\bNew Zealand\b", G, "NZL", "New Zealand", ""),
    (r"\bSingapore\b", G, "SGP", "Singapore", ""),
    (r"\bFrance\b", G, "FRA", "France", ""),
    (r"\bNetherlands\b", G, "NLD", "Netherlands", ""),
    (r"\bItaly\b", G, "ITA", "Italy", ""),
    (r"\bSpain\b", G, "ESP", "Spain", ""),
    # --- sub-national places and regions
    (r"\bAlmaty\b", G, "gpe:almaty", "Almaty", ""),
    (r"\bBatken\b", G, "gpe:batken", "Batken", ""),
    (r"\bKok-Tash\b", G, "gpe:kok-tash", "Kok-Tash", ""),
    (r"\bFrankfurt\b", G, "gpe:frankfurt", "Frankfurt", ""),
    (r"\bCentral Asia\b", L, "loc:central-asia", "Central Asia", ""),
    (r"\bEurope\b", L, "loc:europe", "Europe", ""),
    (r"\bWestern\b", N, "loc:the-west", "the West", ""),
    # --- organisations
    (r"\bEuropean Union\b", O, "EU", "European Union", ""),
    (r"\bEU\b", O, "EU", "European Union", ""),
    (r"\bEuropean Commission\b", O, "org:european-commission", "European Commission", ""),
    (r"\bCommission\b", O, "org:european-commission", "European Commission", ""),
    (r"\bEuropean Parliament\b", O, "org:european-parliament", "European Parliament", ""),
    (r"\bEuropean Dairy Association\b", O, "org:european-dairy-association", "European Dairy Association", ""),
    (r"\bWorld Trade Organization\b", O, "WTO", "World Trade Organization", ""),
    (r"\bWTO\b", O, "WTO", "World Trade Organization", ""),
    (r"\bInternational Committee of the Red Cross\b", O, "ICRC", "International Committee of the Red Cross", ""),
    (r"\bRed Cross\b", O, "ICRC", "International Committee of the Red Cross", ""),
    (r"\bKremlin\b", O, "org:kremlin", "Kremlin", ""),
    (r"\bKhovar\b", O, "org:khovar", "Khovar", ""),
    (r"\bCaspian Policy Forum\b", O, "org:caspian-policy-forum", "Caspian Policy Forum", ""),
    (r"(?<=Kazakh )foreign ministry\b", O, "org:kazakhstan-foreign-ministry", "Ministry of Foreign Affairs of Kazakhstan", ""),
    (r"\bNational Renewal Party\b", O, "org:national-renewal-party", "National Renewal Party", ""),
    (r"\bHouse of Representatives\b", O, "org:indonesia-house-of-representatives", "House of Representatives of Indonesia", ""),
    (r"\bStraits Capital\b", O, "org:straits-capital", "Straits Capital", ""),
    (r"\bKessler Vogel\b", O, "org:kessler-vogel", "Kessler Vogel", ""),
    (r"\bIndonesian Palm Oil Producers Council\b", O, "org:indonesian-palm-oil-producers-council", "Indonesian Palm Oil Producers Council", ""),
    (r"\bBursa Malaysia\b", O, "org:bursa-malaysia", "Bursa Malaysia", ""),
    (r"\bNusantara Research Centre\b", O, "org:nusantara-research-centre", "Nusantara Research Centre", ""),
    (r"\bUniversity of Indonesia\b", O, "org:university-of-indonesia", "University of Indonesia", ""),
    (r"\bAtlas Monitor\b", O, "org:atlas-monitor", "Atlas Monitor", ""),
    (r"\bWorldBrief Now\b", O, "org:worldbrief-now", "WorldBrief Now", ""),
]
