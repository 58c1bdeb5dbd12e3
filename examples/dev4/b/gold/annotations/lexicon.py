"""Entity lexicon for the dev4 part B gold: (regex, kind, canonical_id, name, role).

Same conventions as examples/dev3/b/gold/annotations/lexicon.py: every match becomes a gold
mention (longest match wins, no overlaps); articles drop wrong matches with ENTITY_SKIP and
add local ones with ENTITY_EXTRA. Person spans hold the name only; capitals and demonyms
take the ISO 3166 alpha-3 code of their country; other cities and regions get `gpe:` keys; a
lower-case ministry of the country the story is about ("the interior ministry" in a Malawian
story) is an ORG, as is the capitalised anaphoric "the Ministry" and "the Bank". Roles are
the article's wording; the one mislabelled mention ("Former shipping minister Kostas
Anagnostou") gets the article's "former" role through a look-behind row.
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
    # --- people, story 1 (Swedish-Serbian expulsions)
    *person("annika-lindqvist", "Annika Lindqvist", "Foreign Minister of Sweden"),
    *person("dragan-milic", "Dragan Milic", "spokesman, Serbian foreign ministry"),
    *person("milos-petrovic", "Milos Petrovic", "President of Serbia"),
    *person("ingrid-baumann", "Ingrid Baumann", "foreign policy spokesperson, European Union"),
    *person("erik-sandberg", "Erik Sandberg", "Ambassador of Sweden to Serbia"),
    *person("jelena-savic", "Jelena Savic", "State Secretary, Serbian Ministry of Foreign Affairs"),
    *person("nikola-radenkovic", "Nikola Radenkovic", "Foreign Minister of Serbia"),
    # --- people, story 2 (World Bank loan to Malawi)
    *person("paula-mendes", "Paula Mendes", "spokesperson, World Bank"),
    *person("chikondi-banda", "Chikondi Banda", "Finance Minister of Malawi"),
    *person("tamara-okafor", "Tamara Okafor", "head of Africa research, Kestrel Capital"),
    *person("esther-mvula", "Esther Mvula", "President of Malawi"),
    *person("felix-kachale", "Felix Kachale", "Interior Minister of Malawi"),
    *person("mercy-phiri", "Mercy Phiri", "runs a legal-aid clinic for women, Zomba"),
    # --- people, story 3 (Red Sea boarding)
    (r"(?<=Former shipping minister )Kostas Anagnostou\b", P, "person:kostas-anagnostou", "Kostas Anagnostou",
     "former Shipping Minister of Greece"),
    *person("kostas-anagnostou", "Kostas Anagnostou", "Shipping Minister of Greece"),
    *person("helen-marsh", "Helen Marsh", "marine analyst, Thamesbridge"),
    # --- countries, capitals, demonyms
    (r"\bSweden\b", G, "SWE", "Sweden", ""),
    (r"\b(?:Stockholm|STOCKHOLM)\b", G, "SWE", "Sweden", ""),
    (r"\bSwedish\b", N, "SWE", "Sweden", ""),
    (r"\bSwedes\b", N, "SWE", "Sweden", ""),
    (r"\bSerbia\b", G, "SRB", "Serbia", ""),
    (r"\bRepublic of Serbia\b", G, "SRB", "Serbia", ""),
    (r"\b(?:Belgrade|BELGRADE)\b", G, "SRB", "Serbia", ""),
    (r"\bSerbian\b", N, "SRB", "Serbia", ""),
    (r"\bMalawi\b", G, "MWI", "Malawi", ""),
    (r"\b(?:Lilongwe|LILONGWE)\b", G, "MWI", "Malawi", ""),
    (r"\bMalawians\b", N, "MWI", "Malawi", ""),
    (r"\bWashington\b", G, "USA", "United States", ""),
    (r"\bDutch\b", N, "NLD", "Netherlands", ""),
    (r"\bZambia\b", G, "ZMB", "Zambia", ""),
    (r"\bTanzania\b", G, "TZA", "Tanzania", ""),
    (r"\bEritrea\b", G, "ERI", "Eritrea", ""),
    (r"\bAsmara\b", G, "ERI", "Eritrea", ""),
    (r"\bEritrean\b", N, "ERI", "Eritrea", ""),
    (r"\bGreece\b", G, "GRC", "Greece", ""),
    (r"\bAthens\b", G, "GRC", "Greece", ""),
    (r"\bGreek\b", N, "GRC", "Greece", ""),
    (r"\bMalta\b", G, "MLT", "Malta", ""),
    (r"\bUkraine\b", G, "UKR", "Ukraine", ""),
    (r"\bDjibouti\b", G, "DJI", "Djibouti", ""),
    (r"\bLondon\b", G, "GBR", "United Kingdom", ""),
    (r"\bEgypt\b", G, "EGY", "Egypt", ""),
    (r"\bCairo\b", G, "EGY", "Egypt", ""),
    (r"\bEthiopia\b", G, "ETH", "Ethiopia", ""),
    # --- sub-national places and regions
    (r"\bLinkoping\b", G, "gpe:linkoping", "Linkoping", ""),
    (r"\bNorrkoping\b", G, "gpe:norrkoping", "Norrkoping", ""),
    (r"\bKragujevac\b", G, "gpe:kragujevac", "Kragujevac", ""),
    (r"\bJohannesburg\b", G, "gpe:johannesburg", "Johannesburg", ""),
    (r"\bBlantyre\b", G, "gpe:blantyre", "Blantyre", ""),
    (r"\bZomba\b", G, "gpe:zomba", "Zomba", ""),
    (r"\bAssab\b", G, "gpe:assab", "Assab", ""),
    (r"\bPiraeus\b", G, "gpe:piraeus", "Piraeus", ""),
    (r"\bRed Sea\b", L, "loc:red-sea", "Red Sea", ""),
    (r"\bCape of Good Hope\b", L, "loc:cape-of-good-hope", "Cape of Good Hope", ""),
    (r"\bAfrica\b", L, "loc:africa", "Africa", ""),
    (r"\bEurope\b", L, "loc:europe", "Europe", ""),
    # --- organisations
    (r"\bEuropean Union\b", O, "EU", "European Union", ""),
    (r"\bEU\b", O, "EU", "European Union", ""),
    (r"\bEuropean External Action Service\b", O, "org:eeas", "European External Action Service", ""),
    (r"\b(?:Swedish )?Security Service\b", O, "org:swedish-security-service", "Swedish Security Service", ""),
    (r"\bSocial Democrats\b", O, "org:swedish-social-democrats", "Social Democrats", ""),
    (r"(?<=Serbia's )foreign ministry\b", O, "org:serbia-foreign-ministry", "Ministry of Foreign Affairs of Serbia", ""),
    (r"\bMinistry of Foreign Affairs of the Republic of Serbia\b", O, "org:serbia-foreign-ministry",
     "Ministry of Foreign Affairs of Serbia", ""),
    (r"\bMinistry\b", O, "org:serbia-foreign-ministry", "Ministry of Foreign Affairs of Serbia", ""),
    (r"(?<=Sweden's )foreign ministry\b", O, "org:sweden-foreign-ministry", "Ministry of Foreign Affairs of Sweden", ""),
    (r"\bEmbassy of (?:the Kingdom of )?Sweden\b", O, "org:swedish-embassy-belgrade", "Embassy of Sweden in Serbia", ""),
    (r"\bNordic Relay\b", O, "org:nordic-relay", "Nordic Relay", ""),
    (r"\bWorld Bank\b", O, "WB", "World Bank", ""),
    (r"\bBank\b", O, "WB", "World Bank", ""),
    (r"\bReserve Bank of Malawi\b", O, "org:reserve-bank-of-malawi", "Reserve Bank of Malawi", ""),
    (r"\bInternational Monetary Fund\b", O, "IMF", "International Monetary Fund", ""),
    (r"\bIMF\b", O, "IMF", "International Monetary Fund", ""),
    (r"\binterior ministry\b", O, "org:malawi-interior-ministry", "Ministry of Home Affairs of Malawi", ""),
    (r"\bKestrel Capital\b", O, "org:kestrel-capital", "Kestrel Capital", ""),
    (r"\bZambezi Business Daily\b", O, "org:zambezi-business-daily", "The Zambezi Business Daily", ""),
    (r"\binformation ministry\b", O, "org:eritrea-information-ministry", "Ministry of Information of Eritrea", ""),
    (r"\bKalliston Maritime\b", O, "org:kalliston-maritime", "Kalliston Maritime", ""),
    (r"\bHorizon 24\b", O, "org:horizon-24", "Horizon 24", ""),
    (r"\bInternational Maritime Organization\b", O, "IMO", "International Maritime Organization", ""),
    (r"\bOperation Aspides\b", O, "org:eunavfor-aspides", "Operation Aspides", ""),
    (r"\bLloyd's of London\b", O, "org:lloyds-of-london", "Lloyd's of London", ""),
    (r"\bThamesbridge\b", O, "org:thamesbridge", "Thamesbridge", ""),
]
