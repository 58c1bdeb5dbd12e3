"""Language detection and declared-language tags; every paragraph here is invented for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.ingest.article import make_article
from newsprism.ingest.feeds import feed_outcomes
from newsprism.ingest.language import (
    DETECTABLE_LANGUAGES,
    MAX_CHARS,
    STOP_WORDS,
    UNDETERMINED,
    article_language,
    declared_html_language,
    detect_language,
    language_tag,
)
from newsprism.ingest.readers import html_article, jsonl_article, text_article
from newsprism.records import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "language" / "samples.tsv"

# Fictional news about the invented harbour town of Port Velmar, one paragraph per language.
PARAGRAPHS = {
    "en": "The harbour authority of Port Velmar said on Tuesday that the new ferry line would open in the "
          "spring, after months of delays that angered local traders and the fishermen of the old quay.",
    "es": "El alcalde de Puerto Velmar anunció el martes que la nueva línea de ferri abrirá en primavera, "
          "tras meses de retrasos que enfadaron a los comerciantes y a los pescadores del muelle viejo.",
    "fr": "Le maire de Port-Velmar a annoncé mardi que la nouvelle ligne de ferry ouvrira au printemps, "
          "après des mois de retard qui ont agacé les commerçants et les pêcheurs du vieux quai.",
    "de": "Der Bürgermeister von Port Velmar hat am Dienstag angekündigt, dass die neue Fährlinie im Frühjahr "
          "eröffnet wird, nach monatelangen Verzögerungen, über die sich die Händler geärgert haben.",
    "it": "Il sindaco di Porto Velmar ha annunciato martedì che la nuova linea di traghetti aprirà in "
          "primavera, dopo mesi di ritardi che hanno irritato i commercianti e i pescatori del molo.",
    "pt": "O prefeito de Porto Velmar anunciou na terça-feira que a nova linha de balsas vai abrir na "
          "primavera, depois de meses de atrasos que irritaram os comerciantes e os pescadores do cais.",
    "nl": "De burgemeester van Port Velmar heeft dinsdag aangekondigd dat de nieuwe veerdienst in het voorjaar "
          "opent, na maanden van vertraging die de handelaars en de vissers van de oude kade boos maakte.",
    "tr": "Port Velmar belediye başkanı salı günü yaptığı açıklamada, yeni feribot hattının aylarca süren "
          "gecikmelerin ardından ilkbaharda açılacağını söyledi ve esnafın bu durumdan çok rahatsız olduğunu ekledi.",
    "pl": "Burmistrz Port Velmar ogłosił we wtorek, że nowa linia promowa zostanie otwarta wiosną, po "
          "miesiącach opóźnień, które zdenerwowały kupców i rybaków ze starego nabrzeża.",
    "sv": "Borgmästaren i Port Velmar meddelade på tisdagen att den nya färjelinjen ska öppna till våren, "
          "efter månader av förseningar som har retat handlarna och fiskarna vid den gamla kajen.",
    "ru": "Мэр Порт-Вельмара объявил во вторник, что новая паромная линия откроется весной, после нескольких "
          "месяцев задержек, которые рассердили торговцев и рыбаков старой пристани.",
    "uk": "Мер Порт-Вельмара оголосив у вівторок, що нова поромна лінія відкриється навесні, після кількох "
          "місяців затримок, які розлютили торговців і рибалок старої пристані.",
    "ar": "أعلن رئيس بلدية بورت فيلمار يوم الثلاثاء أن خط العبارات الجديد سيفتتح في الربيع بعد أشهر من "
          "التأخير التي أغضبت التجار والصيادين في الميناء القديم.",
    "fa": "شهردار پورت ولمار روز سه‌شنبه اعلام کرد که خط جدید کشتی در بهار افتتاح می‌شود، پس از ماه‌ها "
          "تأخیر که بازرگانان و ماهیگیران اسکله قدیمی را خشمگین کرد.",
    "ur": "پورٹ ویلمار کے میئر نے منگل کو اعلان کیا کہ نئی فیری سروس موسم بہار میں شروع ہوگی اور تاجروں نے اس کا "
          "خیر مقدم کیا۔",
    "bg": "Кметът на Порт Велмар обяви във вторник, че новата фериботна линия ще бъде открита през пролетта, "
          "след месеци на забавяне.",
    "sr": "Градоначелник Порт Велмара је у уторак најавио да ће нова трајектна линија бити отворена на пролеће, "
          "након месеци кашњења.",
    "zh": "韦尔马港市长周二宣布，新的渡轮航线将于春季开通，此前数月的延误令当地商人和老码头的渔民不满。",
    "ja": "ヴェルマー港の市長は火曜日、新しいフェリー航路が春に開通すると発表した。数か月の遅れに商人たちは不満を示していた。",
    "el": "Ο δήμαρχος του Πορτ Βέλμαρ ανακοίνωσε την Τρίτη ότι η νέα γραμμή πορθμείων θα ανοίξει την άνοιξη.",
    "he": "ראש העיר של פורט ולמאר הודיע ביום שלישי כי קו המעבורות החדש ייפתח באביב, לאחר חודשים של עיכובים.",
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_language_detects_a_paragraph(language):
    assert detect_language(PARAGRAPHS[language]) == language


@pytest.mark.parametrize("language", ["en", "es", "ar", "zh"])
def test_language_detects_a_headline_and_paragraph_with_curly_quotes(language):
    text = f"“Velmar 2026” — {PARAGRAPHS[language]}"
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [
    "", "   \n\t", "12345 678", "2026-11-25 14:30", "Hi", "OK then", "Port Velmar", "Ferry news today here",
    "+44 20 7946 0958 / 3.14159 / 42%", "«»—…", "فيلمار",
])
def test_language_is_undetermined_for_short_or_numeric_text(text):
    assert detect_language(text) == UNDETERMINED


def test_language_is_undetermined_for_a_latin_language_without_a_profile():
    # Finnish has no profile: the detector says so rather than guessing the nearest one.
    finnish = ("Port Velmarin pormestari kertoi tiistaina, että uusi lauttayhteys avataan keväällä "
               "kuukausien viivästysten jälkeen, jotka suututtivat kauppiaita ja kalastajia.")
    assert detect_language(finnish) == UNDETERMINED


def test_language_follows_the_dominant_script_not_quoted_names():
    english_quoting_arabic = PARAGRAPHS["en"] + " A banner read «مرحبا» at the quay."
    arabic_naming_a_ship = PARAGRAPHS["ar"] + " The Northern Star"
    assert detect_language(english_quoting_arabic) == "en"
    assert detect_language(arabic_naming_a_ship) == "ar"


def test_language_one_quoted_foreign_name_does_not_change_the_language():
    russian_naming_a_ukrainian_ship = PARAGRAPHS["ru"] + " Судно назовут «Їжак»."
    arabic_naming_a_persian_ship = PARAGRAPHS["ar"] + " وقال إن السفينة ستحمل اسم گلستان."
    assert detect_language(russian_naming_a_ukrainian_ship) == "ru"
    assert detect_language(arabic_naming_a_persian_ship) == "ar"


def test_language_looks_only_at_the_opening_of_long_texts():
    text = PARAGRAPHS["es"] * (MAX_CHARS // len(PARAGRAPHS["es"]) + 1) + PARAGRAPHS["ru"] * 200
    assert detect_language(text) == "es"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_language_example_corpus_is_english(path):
    assert detect_language(path.read_text(encoding="utf-8")) == "en"


@given(st.text(max_size=3000))
@settings(max_examples=300, deadline=None)
def test_language_never_raises_and_returns_a_code(text):
    code = detect_language(text)
    assert code == UNDETERMINED or code in DETECTABLE_LANGUAGES
    assert detect_language(text) == code  # deterministic


# Function words of every profile mixed with punctuation and arbitrary text: the scoring path, not just "und".
FUNCTION_WORD_SOUP = st.lists(
    st.sampled_from(sorted({w for words in STOP_WORDS.values() for w in words.split()}) + [",", ".", "»", "\n"])
    | st.text(max_size=8), max_size=80).map(" ".join)


@given(FUNCTION_WORD_SOUP)
@settings(max_examples=300, deadline=None)
def test_language_function_word_soup_gives_a_known_code_or_und(text):
    code = detect_language(text)
    assert code == UNDETERMINED or code in DETECTABLE_LANGUAGES
    assert detect_language(text) == code


def test_language_detectable_codes_are_two_lowercase_letters():
    assert {"da", "no", "sv", "en", "ru", "ja"} <= DETECTABLE_LANGUAGES
    assert all(len(code) == 2 and code.isascii() and code.islower() for code in DETECTABLE_LANGUAGES)


# --- Danish, Norwegian and Swedish ----------------------------------------------------------


def _samples(kind: str | None = None) -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in SAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(language, text.replace("\\n", "\n")) for language, sample_kind, text in rows if kind in (None, sample_kind)]


@pytest.mark.parametrize("language,text", _samples(), ids=lambda value: value[:30])
def test_language_sample_is_its_language_or_undetermined_never_another(language, text):
    # Short and mixed samples may be too thin to call; a wrong language is never acceptable.
    assert detect_language(text) in (language, UNDETERMINED)


@pytest.mark.parametrize("language,least", [("da", 11), ("no", 11), ("sv", 13)])
def test_language_nordic_single_sentences_are_mostly_called(language, least):
    # Of 13 one-sentence samples; the rest share every function word between Danish and Norwegian.
    detected = [detect_language(text) for lang, text in _samples("long") if lang == language]
    assert len(detected) == 13 and detected.count(language) >= least


@pytest.mark.parametrize("language", ["da", "no", "sv"])
def test_language_nordic_paragraphs_are_always_called(language):
    sentences = [text for lang, text in _samples("long") if lang == language]
    for start in range(len(sentences) - 2):
        paragraph = " ".join(sentences[start:start + 3])
        assert detect_language(paragraph) == language, paragraph


@pytest.mark.parametrize("language,quoted", [("da", "sv"), ("no", "sv"), ("sv", "no"), ("da", "en"), ("no", "en")])
def test_language_nordic_text_quoting_a_neighbour_keeps_its_language(language, quoted):
    own = [text for lang, text in _samples("long") if lang == language]
    quote = f"«{next(text for lang, text in _samples('long') if lang == quoted)}»"
    # A quoted sentence among five of the text's own: the text's language.
    assert detect_language(" ".join(own[:2] + [quote] + own[2:5])) == language
    # Among only three (the quote is about a third of the words): that, or undetermined, never the quote's.
    assert detect_language(" ".join(own[:2] + [quote] + own[2:3])) in (language, UNDETERMINED)


@pytest.mark.parametrize("declared, expected", [
    ("dan", "da"), ("Danish", "da"), ("nor", "no"), ("Norwegian", "no"), ("nob", "nb"), ("nb-NO", "nb"),
    ("nno", "nn"), ("swedish", "sv"),
])
def test_language_tag_knows_scandinavian_codes(declared, expected):
    assert language_tag(declared) == expected


@given(st.text(max_size=60))
def test_language_tag_is_two_lowercase_letters_or_none(value):
    tag = language_tag(value)
    assert tag is None or (len(tag) == 2 and tag.isascii() and tag.isalpha() and tag.islower())


@pytest.mark.parametrize("declared, expected", [
    ("en-GB", "en"), ("EN_us", "en"), (" es-419 ", "es"), ("zh-Hant-TW", "zh"), ("fr", "fr"), ("eng", "en"),
    ("ger", "de"), ("English", "en"), ("iw", "he"),
    ("und", None), ("mul", None), ("", None), ("12", None), ("x-private", None), ("english please", None), (None, None),
])
def test_language_tag_normalises_declared_languages(declared, expected):
    assert language_tag(declared) == expected


def test_language_declared_wins_over_detection_and_unusable_declarations_fall_back():
    assert article_language("es-ES", PARAGRAPHS["en"]) == "es"
    assert article_language("und", PARAGRAPHS["de"]) == "de"
    assert article_language(None, PARAGRAPHS["fr"]) == "fr"


@pytest.mark.parametrize("html, expected", [
    ('<!doctype html><html class="no-js" lang="pt-BR"><head>', "pt"),
    ("<HTML LANG=nl><body>", "nl"),
    ('<html><head><meta http-equiv="Content-Language" content="it-IT"></head>', "it"),
    ("<html><head><title>No language</title></head>", None),
    ('<html lang=""><body>', None),
])
def test_language_declared_by_an_html_page(html, expected):
    assert declared_html_language(html) == expected


def test_language_html_lang_of_a_later_html_tag_when_the_first_has_none():
    page = '<!--[if lt IE 9]><html class="old-ie"><![endif]--><html class="js" lang="da-DK"><head>'
    assert declared_html_language(page) == "da"


@pytest.mark.timeout(10)  # a guard against runaway backtracking, not a speed figure
def test_language_html_lang_hostile_heads_declare_nothing():
    for page in ("<html " * 4000, "<meta http-equiv=content-language " * 600, "<HTML x=" * 3000, "<html lang=" * 3000):
        assert declared_html_language(page) is None


# --- ingest sets Article.language -----------------------------------------------------------


def test_language_make_article_detects_when_nothing_is_declared():
    assert make_article(PARAGRAPHS["it"], "Porto Velmar, traghetti in primavera").language == "it"
    assert make_article(PARAGRAPHS["en"], language="en-GB").language == "en"
    assert make_article(PARAGRAPHS["en"], language="es").language == "es"


def test_language_front_matter_wins_over_detection():
    text = f"---\nheadline: Ferry line delayed\nlanguage: fr-CA\n---\n{PARAGRAPHS['en']}\n"
    undeclared = f"---\nheadline: Ferry line delayed\n---\n{PARAGRAPHS['nl']}\n"
    assert text_article(text, "a.txt", "Velmar Post").language == "fr"
    assert text_article(undeclared, "b.txt", "Velmar Post").language == "nl"


def test_language_jsonl_field_wins_over_detection():
    declared = json.dumps({"text": PARAGRAPHS["en"], "language": "de-AT"}).encode()
    undeclared = json.dumps({"text": PARAGRAPHS["pl"]}).encode()
    assert jsonl_article(declared, "w.jsonl:1").language == "de"
    assert jsonl_article(undeclared, "w.jsonl:2").language == "pl"


def test_language_html_lang_wins_over_detection():
    page = ('<html lang="{lang}"><head><title>Ferry line</title></head><body><article>'
            f"<h1>Ferry line</h1><p>{PARAGRAPHS['en']}</p><p>{PARAGRAPHS['en']}</p></article></body></html>")
    assert html_article(page.format(lang="sv-SE"), "p.html").language == "sv"
    assert html_article(page.replace(' lang="{lang}"', ""), "p.html").language == "en"


def _feed(channel_language: str, body: str) -> bytes:
    items = f"<item><title>Ferry line</title><description><![CDATA[<p>{body}</p><p>{body}</p>]]></description></item>"
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Velmar Wire</title>'
            f"{channel_language}{items}</channel></rss>").encode()


def test_language_feed_language_wins_over_detection():
    (declared,) = feed_outcomes(_feed("<language>pt-PT</language>", PARAGRAPHS["en"]), "f.xml", "Wire")
    (detected,) = feed_outcomes(_feed("", PARAGRAPHS["es"]), "f.xml", "Wire")
    assert isinstance(declared, Article) and declared.language == "pt"
    assert isinstance(detected, Article) and detected.language == "es"


def test_language_atom_entry_xml_lang_wins_over_the_feed():
    body = "".join(f"&lt;p&gt;{PARAGRAPHS['en']}&lt;/p&gt;" for _ in range(2))
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Velmar</title>'
            f'<entry><title>Ferry</title><content type="html" xml:lang="it">{body}</content></entry></feed>').encode()
    (article,) = feed_outcomes(atom, "v.atom", "Velmar")
    assert article.language == "it"
