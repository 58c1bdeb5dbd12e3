"""Failure codes for ingest and fetch, declared as data so the CLI and docs can list them."""

from __future__ import annotations

# Codes for inputs that could not become articles (IngestError / IngestFailure.code).
MISSING = "NP101"
UNREADABLE = "NP102"
TOO_LARGE = "NP103"
EMPTY = "NP104"
BINARY = "NP105"
UNDECODABLE = "NP106"
UNSUPPORTED = "NP107"
BAD_RECORD = "NP108"
BAD_FEED = "NP109"
NO_TEXT = "NP110"
BAD_FRONT_MATTER = "NP111"
TOO_MANY_ENTRIES = "NP112"

# Codes for URLs that could not be fetched (FetchError.code).
BAD_URL = "NP601"
REFUSED_ADDRESS = "NP602"
UNRESOLVED = "NP603"
TOO_MANY_REDIRECTS = "NP604"
FETCH_TOO_LARGE = "NP605"
NETWORK = "NP606"
HTTP_STATUS = "NP607"
NOT_HTML = "NP608"

FAILURE_CODES: dict[str, str] = {
    MISSING: "the path does not exist",
    UNREADABLE: "the path exists but cannot be read (permissions, a device, an I/O error)",
    TOO_LARGE: "the file (or JSONL line, or feed entry) is over settings.max_bytes",
    EMPTY: "the file, record or article body holds no text",
    BINARY: "the file holds NUL bytes or is mostly control characters, so it is not text",
    UNDECODABLE: "the bytes are neither UTF-8 nor the charset the HTML/XML declares",
    UNSUPPORTED: "an explicitly named file has an extension ingest does not read",
    BAD_RECORD: "a JSONL line is not a JSON object with a non-empty string 'text'",
    BAD_FEED: "an RSS/Atom file cannot be parsed, has no entries, or is XML but not a feed",
    NO_TEXT: "HTML (a page or a feed entry) from which no article text could be extracted",
    BAD_FRONT_MATTER: "a '---' front-matter block that never closes or has a line without 'key:'",
    TOO_MANY_ENTRIES: "a feed has more entries than settings.max_feed_entries; the entries after those were not read",
    BAD_URL: "the URL is not http(s) or has no host",
    REFUSED_ADDRESS: "the host resolves to a private, loopback, link-local, reserved or multicast address",
    UNRESOLVED: "the host name does not resolve",
    TOO_MANY_REDIRECTS: "more than the allowed number of redirects, or a redirect without a Location",
    FETCH_TOO_LARGE: "the page is over settings.max_bytes",
    NETWORK: "connection failure or timeout",
    HTTP_STATUS: "the server answered with an HTTP error status",
    NOT_HTML: "the server answered with a content type ingest cannot read",
}
