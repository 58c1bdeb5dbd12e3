"""URL fetching: scheme and address checks, redirects re-checked, size cap. No outside network."""

from __future__ import annotations

import ipaddress
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.config import Settings
from newsprism.errors import FetchError
from newsprism.ingest import check_url, fetch, fetch_url, is_public_address

PRIVATE_NETWORKS = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",
                    "100.64.0.0/10", "224.0.0.0/4", "240.0.0.0/4", "0.0.0.0/8", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8"]


def _flags(ip) -> bool:
    return any((ip.is_private, ip.is_loopback, ip.is_link_local, ip.is_reserved, ip.is_multicast, ip.is_unspecified))


@given(st.ip_addresses(v=4))
def test_fetch_ipv4_public_iff_global_and_no_special_flag(ip):
    assert is_public_address(str(ip)) == (ip.is_global and not _flags(ip))


@given(st.sampled_from(PRIVATE_NETWORKS).flatmap(lambda net: st.ip_addresses(network=net)))
def test_fetch_private_ranges_are_refused(ip):
    assert not is_public_address(str(ip))


@given(st.sampled_from(PRIVATE_NETWORKS[:9]).flatmap(lambda net: st.ip_addresses(network=net)))
def test_fetch_private_ipv4_inside_ipv6_is_refused(ip):
    as_int = int(ip)
    for wrapped in (f"::ffff:{ip}", str(ipaddress.IPv6Address((0x2002 << 112) | (as_int << 80))),
                    str(ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | as_int))):
        assert not is_public_address(wrapped)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.4.4", "2a00:1450:4009:81a::200e"])
def test_fetch_public_examples(address):
    assert is_public_address(address)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://127.0.0.1/", "NP602"),
        ("http://localhost:8000/admin", "NP602"),
        ("http://10.1.2.3/", "NP602"),
        ("http://[::1]/", "NP602"),
        ("http://169.254.169.254/latest/meta-data/", "NP602"),
        ("http://0.0.0.0/", "NP602"),
        ("http://[::ffff:192.168.1.1]/", "NP602"),
        ("file:///etc/passwd", "NP601"),
        ("ftp://example.org/file", "NP601"),
        ("gopher://example.org/", "NP601"),
        ("http:///no-host", "NP601"),
        ("http://example.org:99999/", "NP601"),
    ],
)
def test_fetch_refusals(url, code, monkeypatch):
    monkeypatch.setattr(fetch, "_opener", lambda: pytest.fail("a refused URL reached the network"))
    with pytest.raises(FetchError) as caught:
        fetch_url(url, Settings())
    assert caught.value.code == code and caught.value.path == url
    with pytest.raises(FetchError):
        check_url(url)


def test_fetch_connect_time_check_catches_a_changed_dns_answer(monkeypatch):
    # The host passed check_url, then resolves to loopback when the socket is opened.
    answers = iter([[(2, 1, 6, "", ("93.184.215.14", 80))], [(2, 1, 6, "", ("127.0.0.1", 80))]])
    monkeypatch.setattr(fetch.socket, "getaddrinfo", lambda *a, **k: next(answers))
    monkeypatch.setattr(fetch.socket, "create_connection", lambda *a, **k: pytest.fail("connected"))
    with pytest.raises(FetchError) as caught:
        fetch_url("http://rebinding.example/", Settings())
    assert caught.value.code == "NP602"


PAGE = ("<html><head><title>Pier closes</title><meta property='og:site_name' content='Gullmouth Gazette'></head>"
        "<body><article><h1>Pier closes</h1><p>" + "The council voted to close the pier on Tuesday. " * 6 + "</p></article></body></html>")


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict, bytes]] = {
        "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
        "/hop": (302, {"Location": "/article"}, b""),
        "/to-private": (301, {"Location": "http://10.9.8.7/secret"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 5000 + b"</p>"),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
        "/gone": (404, {"Content-Type": "text/html"}, b"not here"),
    }

    def do_GET(self):  # noqa: N802 (http.server naming)
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server_url():
    """A loopback HTTP server serving _Handler.routes."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def local_server(server_url, monkeypatch):
    """The loopback server, with the address check relaxed for 127.0.0.1 only (still strict for others)."""
    strict = fetch.is_public_address
    monkeypatch.setattr(fetch, "is_public_address", lambda address: address == "127.0.0.1" or strict(address))
    return server_url


def test_fetch_follows_a_checked_redirect(local_server):
    article = fetch_url(local_server + "/hop", Settings(fetch_timeout=5))
    assert article.headline == "Pier closes" and article.outlet == "Gullmouth Gazette"
    assert article.url == local_server + "/article" and article.source_path == local_server + "/hop"


@pytest.mark.parametrize(
    ("path", "code", "words"),
    [
        ("/to-private", "NP602", "10.9.8.7"),
        ("/loop", "NP604", "more than 5 redirects"),
        ("/big", "NP605", "page is larger than the 1 kB limit"),
        ("/pdf", "NP608", "application/pdf"),
        ("/gone", "NP607", "HTTP 404"),
    ],
)
def test_fetch_failures_from_a_local_server(local_server, path, code, words):
    with pytest.raises(FetchError) as caught:
        fetch_url(local_server + path, Settings(max_bytes=1000, fetch_timeout=5))
    assert caught.value.code == code and words in caught.value.message
