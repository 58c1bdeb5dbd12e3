"""Which language an article is written in: writing system first, then frequent function words.

Dependency-free and deterministic. Non-Latin scripts name their language directly (Greek, Hebrew,
Hangul, Thai, ...), with a few letters telling apart the languages that share a script (Arabic,
Persian and Urdu; Russian, Ukrainian, Bulgarian and Serbian; Chinese and Japanese). Latin-script
text is scored against short stop-word profiles: function words are frequent in every paragraph
and differ between languages, so a few hundred words are plenty. Anything short or unclear is
"und" (undetermined, as in BCP 47), never a guess. Norwegian is "no", the code of the
macrolanguage (its profile is written for Bokmål).
"""

from __future__ import annotations

import bisect
import re
import struct
from collections import Counter
from itertools import repeat

UNDETERMINED = "und"
MAX_CHARS = 5_000  # the opening of an article is enough, and keeps detection cheap on long texts
LATIN_SAMPLE_CHARS = 1_500  # about 250 words: function words settle the language well before that
MIN_LETTERS = 12  # fewer letters than this is a caption or a number, not evidence
MIN_WORDS = 4  # Latin-script text needs a few words before function words mean anything
MIN_SCORE = 1.5  # weighted function-word hits the best Latin-script language needs
MIN_MARGIN = 1.3  # ... and by how much it must beat the runner-up
MIN_COVERAGE = 0.08  # share of words that must be the winner's function words (else: a language we lack)
MIN_DISTINCT_WORDS = 3  # below the margin, the words only the winner has (of the top two) must be this many
MIN_DISTINCT_RATIO = 2  # ... and this many times the words only the runner-up has

# Frequent function words, one profile per Latin-script language (written for newsprism).
STOP_WORDS: dict[str, str] = {
    "en": "the of and to in a is that for it was on with as he she by at from his her have has had be were"
          " are not but this which an they their said would will been after who its or we there about than"
          " into more",
    "es": "el la los las de del que y en un una por con para se su sus es al lo como más pero no fue ha han"
          " este esta según sobre entre también dijo ya porque cuando muy sin desde hasta le les era",
    "fr": "le la les de des du et en un une que qui dans pour sur par au aux est sont a ont ne pas plus ce"
          " cette il elle ils avec se son sa ses mais été selon leur nous vous comme après où",
    "de": "der die das den dem des und ist sind nicht ein eine einen einem einer mit von zu im auf für sich"
          " auch es er sie wir dass wurde werden hat haben bei nach aus noch wie oder aber am vom zum zur über",
    "it": "il lo la gli le di del della dei delle che e è in un una per con non si da dal alla al nel nella"
          " sono ha hanno anche come ma più questo questa dopo stato essere sul secondo ai degli",
    "pt": "o a os as de do da dos das que e em no na nos nas um uma para por com não se é foi ao mais mas"
          " como seu sua pelo pela são também disse ele ela já entre segundo sobre ou",
    "nl": "de het een en van in is op te dat die niet met voor zijn was er aan om ook als bij door naar maar"
          " uit heeft hebben werd wordt zich nog tot over dan deze dit kan hij ze zij wij",
    "tr": "ve bir bu da de için ile çok gibi daha olarak olan ama ne her kadar sonra ancak göre değil en o şu"
          " ise var yok mi ki diye olduğunu tarafından üzerinde ilgili arasında yeni büyük iki bütün dedi oldu",
    "pl": "i w na z się nie do to że jest o a od po jak przez dla jego jej ale już być był była było są tak"
          " co czy tylko oraz który która które także przed jednak ze we ich tym tego",
    "sv": "och i att det som en på är av för med till den har de inte om ett var vid från han hon men sig så"
          " kan eller efter också under mot hade nu alla detta sina vara skulle blev jag vad när sade säger"
          " enligt mycket några något någon mellan utan redan ännu varför fortfarande flera upp tillbaka kunde"
          " hur eftersom medan sedan tidigare bland än ska vill",
    # Danish and Norwegian (Bokmål) share most function words with each other and with Swedish, so
    # each profile leans on the spellings that differ: Danish af/blev/efter/havde/hvad/nu/sig,
    # Norwegian av/ble/etter/hadde/hva/nå/seg and the infinitive "å", Swedish och/inte/att/jag/är.
    # Shared words still count, at the reduced weight every shared word gets. "at" and "for" are left
    # out: shared with English they would weigh a third there, and short English headlines such as
    # "Apple in talks to become launch partner for ..." would drop to "und".
    "da": "og i de det er en til af på ikke med den som har om et var blev efter havde sig jeg hvad"
          " hvis hvor kan men også så skal vil ved fra hun han nu eller alle sine være skulle blive bliver"
          " siger sagde kun mange nogle noget meget været mellem uden igen mod dette denne disse deres"
          " hendes ifølge mig der endnu hvorfor stadig flere ud op tilbage kunne ville nogen hvordan fordi"
          " mens allerede selv bør siden tidligere blandt",
    "no": "og i de det er en til av på ikke med den som har om et var ble etter hadde seg jeg hva"
          " hvis hvor kan men også så skal vil ved fra hun han nå eller alle sine være skulle bli blir sier"
          " sa kun mange noen noe mye vært mellom uten igjen mot dette denne disse deres hennes ifølge meg å"
          " ennå hvorfor fortsatt flere ut opp tilbake kunne ville hvordan fordi mens allerede selv bør"
          " siden tidligere blant enn slik før",
    "id": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada oleh atau sudah telah"
          " karena kata mereka bisa kami kita saat lebih seperti tersebut bahwa namun hanya masih setelah bagi"
          " para sebagai",
    "ro": "și şi în de la cu pe a al ale care că nu este sunt un o din pentru mai se fost au ce dar după prin"
          " sau acest această lui ei cel cea spus între despre fi până ar",
}

# Scripts whose letters name one language (or a family told apart below), as (first, last, code).
_SCRIPT_RANGES = sorted([
    (0x0370, 0x03FF, "el"), (0x1F00, 0x1FFF, "el"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"), (0x0B80, 0x0BFF, "ta"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1100, 0x11FF, "ko"), (0xAC00, 0xD7AF, "ko"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
])
_RANGE_STARTS = [start for start, _, _ in _SCRIPT_RANGES]
# The languages a shared script resolves to (see _language_of_script).
_SCRIPT_FAMILIES = {"cyrillic": ("ru", "uk", "sr", "mk", "bg"), "arabic": ("ar", "fa", "ur"),
                    "han": ("zh", "ja"), "kana": ("ja",)}
_NON_LATIN = re.compile(r"[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af\ufb50-\ufeff]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")

# Letters that tell apart the languages sharing a script.
_URDU_MARKS = {"ur": "ےںٹڈڑہ"}
_ARABIC_MARKS = {"fa": "پچژگیک", "ar": "ةيكى"}
_KANA = re.compile(r"[\u3040-\u30ff]")
MIN_MARKS = 2
MIN_MARK_SHARE = 0.01  # those letters are several per cent of running text in their own language
_CYRILLIC_MARKS = {"uk": "іїєґ", "sr": "ђјљњћџ", "mk": "ѓќѕ"}

# ISO 639-2 codes and English names that metadata sometimes gives instead of ISO 639-1 codes.
_LANGUAGE_ALIASES = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "ita": "it", "por": "pt",
    "nld": "nl", "dut": "nl", "rus": "ru", "ara": "ar", "tur": "tr", "fas": "fa", "per": "fa", "zho": "zh",
    "chi": "zh", "jpn": "ja", "kor": "ko", "pol": "pl", "swe": "sv", "ukr": "uk", "heb": "he", "ell": "el",
    "gre": "el", "hin": "hi", "urd": "ur", "ind": "id", "ron": "ro", "rum": "ro", "dan": "da", "nor": "no",
    "nob": "nb", "nno": "nn",
    "english": "en", "spanish": "es", "french": "fr", "german": "de", "italian": "it", "portuguese": "pt",
    "dutch": "nl", "russian": "ru", "arabic": "ar", "turkish": "tr", "persian": "fa", "farsi": "fa",
    "chinese": "zh", "japanese": "ja", "swedish": "sv", "danish": "da", "norwegian": "no",
    "iw": "he", "in": "id", "ji": "yi",  # withdrawn ISO 639-1 codes that old pages still declare
}
# Tags that say "no particular language": detect instead of trusting them.
_NO_LANGUAGE = {"und", "mul", "zxx", "mis", "xx", "x"}
_TAG = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$")
# Each <html ...> tag is cut out first (non-overlapping, so linear) and then searched for lang=:
# one pattern spanning both backtracked over 2,000 characters at every "<html" ("<html " * 4000: 0.3 s).
_HTML_OPEN_TAG = re.compile(r"<html\b[^>]{0,2000}", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(r"\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)", re.IGNORECASE)
_META_LANGUAGE = re.compile(
    r"<meta\b[^>]{0,500}?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]{0,500}?content\s*=\s*[\"']?\s*"
    r"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)",
    re.IGNORECASE,
)
HTML_LANG_SCAN_CHARS = 20_000  # the <html> tag and <head> metas come first


_VOCABULARY = {language: frozenset(words.split()) for language, words in STOP_WORDS.items()}
# Every code detect_language can return besides "und".
DETECTABLE_LANGUAGES = frozenset(STOP_WORDS) | frozenset(
    code for _, _, script in _SCRIPT_RANGES for code in _SCRIPT_FAMILIES.get(script, (script,)))
_LANGUAGES = tuple(_VOCABULARY)
# Scores are summed in C by packing every language's two tallies (weighted score, plain hits) into
# fixed-width bit fields of one Python int per word: the sum of the ints is the sum of each field.
_FIELD_BITS = 32
_WEIGHT_UNIT = 2520  # divisible by 1..10, so the 1/n weights of shared words stay whole numbers


def _packed_words() -> dict[str, int]:
    # A word shared by n profiles is weak evidence for each of them: weight 1/n.
    owners = Counter(word for vocab in _VOCABULARY.values() for word in vocab)
    packed: dict[str, int] = {}
    for index, language in enumerate(_LANGUAGES):
        for word in _VOCABULARY[language]:
            fields = (_WEIGHT_UNIT // owners[word]) | (1 << _FIELD_BITS)
            packed[word] = packed.get(word, 0) + (fields << (2 * index * _FIELD_BITS))
    return packed


_PACKED = _packed_words()
_FIELDS_FORMAT = f"<{2 * len(_LANGUAGES)}I"  # the packed fields as unsigned 32-bit ints, lowest first
_FIELDS_BYTES = struct.calcsize(_FIELDS_FORMAT)
_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys(',.;:!?"()[]«»“”„–—', " "))
_NOT_OTHER_SCRIPT_BYTES = bytes(b for b in range(256) if b < 0xCD or b == 0xE2)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of ``text``, or "und" when it is too short or unclear."""
    sample = (text or "")[:MAX_CHARS]
    if not _has_other_script(sample):
        return _latin_language(sample)
    other_scripts = _NON_LATIN.findall(sample)
    scripts = _script_counts(other_scripts)
    script, letters = max(scripts.items(), key=lambda item: item[1], default=("", 0))
    latin = sum(map(len, _LATIN_LETTERS.findall(sample)))
    if letters <= latin:
        return _latin_language(sample)
    if letters + latin < MIN_LETTERS or letters * 2 <= sum(scripts.values()) + latin:
        return UNDETERMINED
    return _language_of_script(script, sample, scripts)


def _has_other_script(sample: str) -> bool:
    # A cheap test in C: UTF-8 lead bytes from 0xCD up start characters beyond the Latin blocks,
    # except 0xE2 (punctuation and symbols, such as curly quotes and dashes).
    return bool(sample.encode("utf-8", "surrogatepass").translate(None, _NOT_OTHER_SCRIPT_BYTES))


def _script_counts(runs: list[str]) -> Counter:
    counts: Counter = Counter()
    for char, n in Counter("".join(runs)).items():
        script = _script_of(ord(char))
        if script and char.isalpha():
            counts[script] += n
    # Japanese mixes kana with Han characters: count them as one script, told apart later.
    if counts["kana"]:
        counts["han"] += counts.pop("kana")
    return counts


def _script_of(code_point: int) -> str:
    index = bisect.bisect_right(_RANGE_STARTS, code_point) - 1
    if index >= 0 and code_point <= _SCRIPT_RANGES[index][1]:
        return _SCRIPT_RANGES[index][2]
    return ""


def _language_of_script(script: str, sample: str, scripts: Counter) -> str:
    letters = scripts[script]
    if script == "arabic":
        # Urdu letters first: Urdu also writes the letters that set Persian apart from Arabic.
        return _by_marks(sample, _URDU_MARKS, letters) or _by_marks(sample, _ARABIC_MARKS, letters) or "ar"
    if script == "cyrillic":
        return _cyrillic_language(sample.lower(), letters)
    if script == "han":
        kana = len(_KANA.findall(sample))
        return "ja" if kana * 20 >= letters else "zh"
    return script


def _by_marks(sample: str, marks: dict[str, str], letters: int) -> str:
    # Marks must be a real share of the text: one quoted foreign name does not change its language.
    counts = {language: sum(map(sample.count, chars)) for language, chars in marks.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= max(MIN_MARKS, letters * MIN_MARK_SHARE) else ""


def _cyrillic_language(lowered: str, letters: int) -> str:
    marked = _by_marks(lowered, _CYRILLIC_MARKS, letters)
    if marked:
        return marked
    russian_only = sum(map(lowered.count, "ыэё"))
    return "bg" if not russian_only and lowered.count("ъ") >= MIN_MARKS else "ru"


def _latin_language(sample: str) -> str:
    # Splitting on whitespace is several times faster than a Unicode word regex. Common punctuation
    # becomes space first (a few microseconds): in a short text, or between close languages such as
    # Danish and Norwegian, the one telling word is often the one glued to a comma ("sagde,").
    words = sample[:LATIN_SAMPLE_CHARS].lower().translate(_PUNCTUATION_TO_SPACE).split()
    if len(words) < MIN_WORDS:
        return UNDETERMINED
    packed = sum(map(_PACKED.get, words, repeat(0)))
    fields = struct.unpack(_FIELDS_FORMAT, packed.to_bytes(_FIELDS_BYTES, "little"))
    # (weighted score, hits, language), best first; full tuples break ties, so it is deterministic.
    ranked = sorted(zip(fields[0::2], fields[1::2], _LANGUAGES), reverse=True)
    return _clear_winner(ranked, words)


def _clear_winner(ranked: list[tuple[int, int, str]], words: list[str]) -> str:
    # ranked: (weighted score, hits, language), best score first.
    first, second, third = ranked[:3]
    if _beats(first, second, words):
        return _if_enough(first, words)
    # Words shared with close relatives weigh less, so a language with relatives (Norwegian) can
    # trail one without (an English quote) on score while its own words clearly outnumber it.
    if _beats(second, third, words) and _distinct_words_favour(second[2], first[2], words):
        return _if_enough(second, words)
    return UNDETERMINED


def _beats(winner: tuple[int, int, str], other: tuple[int, int, str], words: list[str]) -> bool:
    return winner[0] >= other[0] * MIN_MARGIN or _distinct_words_favour(winner[2], other[2], words)


def _if_enough(winner: tuple[int, int, str], words: list[str]) -> str:
    score, hits, language = winner
    if score < MIN_SCORE * _WEIGHT_UNIT or hits < len(words) * MIN_COVERAGE:
        return UNDETERMINED
    return language


def _distinct_words_favour(language: str, other: str, words: list[str]) -> bool:
    # Close relatives (Danish and Norwegian, say) share most function words, which pulls their
    # scores together; the words only one of the two has decide, when they favour one clearly.
    mine, theirs = _VOCABULARY[language], _VOCABULARY[other]
    own = sum(1 for word in words if word in mine and word not in theirs)
    rival = sum(1 for word in words if word in theirs and word not in mine)
    return own >= MIN_DISTINCT_WORDS and own >= rival * MIN_DISTINCT_RATIO


# Languages written in standard variants that a model or a setting treats as one.
_MACROLANGUAGE = {"nb": "no", "nn": "no"}


def macrolanguage(code: str) -> str:
    """The language a code belongs to for matching settings: Bokmål "nb" and Nynorsk "nn" are "no"."""
    code = (code or "").lower()
    return _MACROLANGUAGE.get(code, code)


def language_tag(value: object) -> str | None:
    """A declared language ("en-GB", "EN_us", "eng", "English") as a 2-letter code; None if unusable."""
    if not isinstance(value, str):
        return None
    tag = value.strip().lower().replace("_", "-")[:40]
    if tag in _LANGUAGE_ALIASES:
        return _LANGUAGE_ALIASES[tag]
    if not _TAG.match(tag):
        return None
    primary = tag.split("-")[0]
    if primary in _NO_LANGUAGE:
        return None
    primary = _LANGUAGE_ALIASES.get(primary, primary)
    return primary if len(primary) == 2 else None


def declared_html_language(html: str) -> str | None:
    """The language an HTML page declares (``<html lang>`` or a Content-Language meta), as a 2-letter code."""
    head = (html or "")[:HTML_LANG_SCAN_CHARS]
    for tag in _HTML_OPEN_TAG.finditer(head):
        match = _LANG_ATTRIBUTE.search(tag.group())
        if match:
            return language_tag(match.group(1))
    match = _META_LANGUAGE.search(head)
    return language_tag(match.group(1)) if match else None


def article_language(declared: object, text: str) -> str:
    """The declared language when it is usable, else the one detected in ``text``."""
    return language_tag(declared) or detect_language(text)
