"""Fetching one web page when the user asks for a URL, without becoming an SSRF hole.

Only http(s). Every host is resolved and refused when any address is private, loopback,
link-local, reserved, multicast or otherwise not global; the check runs again at connect time
(so DNS cannot change its answer in between) and on every redirect hop, which are followed by
hand. Downloads are capped at ``settings.max_bytes`` and at ``settings.fetch_timeout`` seconds.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..config import Settings
from ..errors import FetchError, IngestError
from ..records import Article
from . import codes
from .decode import decode_text, too_large_reason
from .readers import html_article

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK_BYTES = 64 * 1024
USER_AGENT = f"newsprism/{__version__} (single article fetch)"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class FetchedPage:
    """The bytes of a page and where they finally came from."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses (IPv4 embedded in IPv6 is checked too)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or _nat64_embedded(ip)
        if embedded is not None:
            return is_public_address(str(embedded))
    flags = (ip.is_private, ip.is_loopback, ip.is_link_local, ip.is_reserved, ip.is_multicast, ip.is_unspecified)
    return ip.is_global and not any(flags)


def _nat64_embedded(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None


def check_url(url: str) -> tuple[str, int]:
    """(host, port) of an http(s) URL whose host resolves only to public addresses; else FetchError."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'a bare path'!r}", path=url, code=codes.BAD_URL)
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise FetchError("the URL has an invalid port", path=url, code=codes.BAD_URL) from None
    if not host:
        raise FetchError("the URL has no host name", path=url, code=codes.BAD_URL)
    port = port or (443 if parts.scheme.lower() == "https" else 80)
    public_addresses(host, port, url)
    return host, port


def public_addresses(host: str, port: int, url: str = "") -> list[str]:
    """Every address ``host`` resolves to; FetchError when it does not resolve or any is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", path=url or host, code=codes.UNRESOLVED) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    refused = [address for address in addresses if not is_public_address(address)]
    if refused or not addresses:
        reason = f"refusing to fetch {host!r}: it resolves to a non-public address ({', '.join(refused) or 'none'})"
        raise FetchError(reason, path=url or host, code=codes.REFUSED_ADDRESS)
    return addresses


def _checked_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    # Replaces socket.create_connection inside http.client: connect only to addresses just checked.
    host, port = address
    last_error: OSError | None = None
    for ip in public_addresses(host, port):
        try:
            return socket.create_connection((ip, port), timeout, source_address)
        except OSError as exc:
            last_error = exc
    raise last_error or OSError(f"cannot connect to {host}")


class _CheckedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _checked_connection


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _checked_connection


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_CheckedHTTPConnection, req)


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_CheckedHTTPSConnection, req, context=self._context)


def _opener() -> urllib.request.OpenerDirector:
    # Built by hand: no proxy handler (a proxy would bypass the address check), no file:// or
    # ftp:// handlers, no automatic redirects and no HTTPError for statuses (we read them).
    opener = urllib.request.OpenerDirector()
    opener.add_handler(_CheckedHTTPHandler())
    opener.add_handler(_CheckedHTTPSHandler())
    return opener


def fetch_page(url: str, settings: Settings | None = None) -> FetchedPage:
    """The page at ``url`` after at most MAX_REDIRECTS checked redirects, capped in size and time."""
    settings = settings or Settings()
    deadline = time.monotonic() + settings.fetch_timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        check_url(current)
        with _open(current, settings.fetch_timeout) as response:
            if response.status not in REDIRECT_STATUSES:
                return _page(current, response, settings.max_bytes, deadline)
            current = _redirect_target(current, response)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", path=url, code=codes.TOO_MANY_REDIRECTS)


def _open(url: str, timeout: float) -> http.client.HTTPResponse:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
    try:
        return _opener().open(request, timeout=timeout)
    except FetchError:
        raise
    except (TimeoutError, socket.timeout):
        raise FetchError(f"timed out after {timeout:g} s", path=url, code=codes.NETWORK) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise FetchError(f"cannot connect: {reason}", path=url, code=codes.NETWORK) from None


def _redirect_target(current: str, response: http.client.HTTPResponse) -> str:
    location = response.headers.get("Location")
    if not location:
        raise FetchError(f"HTTP {response.status} redirect without a Location header", path=current, code=codes.TOO_MANY_REDIRECTS)
    return urljoin(current, location.strip())


def _page(url: str, response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> FetchedPage:
    if response.status >= 400:
        raise FetchError(f"the server answered HTTP {response.status} {response.reason}", path=url, code=codes.HTTP_STATUS)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(too_large_reason("page", int(declared), max_bytes), path=url, code=codes.FETCH_TOO_LARGE)
    body = _read_capped(response, url, max_bytes, deadline)
    return FetchedPage(url, body, response.headers.get_content_type(), response.headers.get_content_charset())


def _read_capped(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks, size = [], 0
    try:
        while chunk := response.read(CHUNK_BYTES):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(too_large_reason("page", size, max_bytes) + " (download stopped)", path=url, code=codes.FETCH_TOO_LARGE)
            if time.monotonic() > deadline:
                raise FetchError("download took longer than the fetch timeout", path=url, code=codes.NETWORK)
    except (TimeoutError, socket.timeout, http.client.HTTPException, OSError) as exc:
        raise FetchError(f"download failed: {exc}", path=url, code=codes.NETWORK) from None
    return b"".join(chunks)


def fetch_url(url: str, settings: Settings | None = None) -> Article:
    """Fetch one http(s) page (refusing non-public hosts) and extract its article."""
    page = fetch_page(url, settings)
    if page.content_type not in HTML_TYPES:
        raise FetchError(f"expected an HTML page, got {page.content_type}", path=url, code=codes.NOT_HTML)
    try:
        return html_article(_page_text(page), source_path=url, url=page.url)
    except IngestError as exc:
        raise FetchError(exc.message, path=url, code=exc.code) from None


def _page_text(page: FetchedPage) -> str:
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header charset; fall back to the bytes' own declaration
    return decode_text(page.body, page.url, markup=True)
