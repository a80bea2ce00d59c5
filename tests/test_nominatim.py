"""Online geocoding, tested against a local server that answers like Nominatim."""

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

import geo
from geo import _nominatim
from geo._errors import GeocoderUnavailable, PlaceNotFound

TABRIZ = {
    "place_id": 1,
    "osm_type": "relation",
    "osm_id": 6558473,
    "lat": "38.0800",
    "lon": "46.2919",
    "name": "Tabriz",
    "display_name": "Tabriz, East Azerbaijan Province, Iran",
    "addresstype": "city",
    "type": "city",
    "address": {"city": "Tabriz", "country": "Iran", "country_code": "ir"},
}


class FakeNominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim; the query picks the behaviour."""

    def do_GET(self):  # noqa: N802 (http.server API)
        url = urlsplit(self.path)
        q = parse_qs(url.query).get("q", [""])[0]
        self.server.log.append((time.monotonic(), q, self.headers.get("User-Agent")))
        if q == "too many":
            self._send(429, b"Too Many Requests", {"Retry-After": "7"})
        elif q == "broken":
            self._send(500, b"Internal Server Error")
        elif q == "slow":
            time.sleep(1.0)
            with contextlib.suppress(OSError):  # the client has given up
                self._send(200, b"[]")
        elif q == "nowhere at all":
            self._send(200, b"[]")
        else:
            self._send(200, json.dumps([TABRIZ]).encode())

    def _send(self, status, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch, tmp_path):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    httpd.log = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(geo.settings, "nominatim_url", f"http://127.0.0.1:{httpd.server_port}")
    monkeypatch.setattr(geo.settings, "cache_dir", tmp_path / "cache")
    monkeypatch.setattr(geo.settings, "min_delay_seconds", 0.0)
    monkeypatch.setattr(geo.settings, "timeout", 0.5)
    monkeypatch.setattr(geo.settings, "user_agent", "corridors-tests/1.0 (tests@example.org)")
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_online_answer_becomes_a_place_with_cited_source(server):
    place = geo.geocode("Tabrizz Qqqq", online=True)
    assert (place.id, place.name, place.kind, place.country) == (
        "osm:relation/6558473",
        "Tabriz",
        "city",
        "IR",
    )
    assert (place.lat, place.lon) == (38.08, 46.2919)
    assert "Nominatim" in place.source
    assert server.log[0][2] == "corridors-tests/1.0 (tests@example.org)"


def test_gazetteer_answers_first_without_any_request(server):
    assert geo.geocode("Ordubad", online=True).id == "ordubad"
    assert server.log == []


def test_answers_are_cached_on_disk(server):
    geo.geocode("Qqqq Somewhere", online=True)
    geo.geocode("qqqq somewhere", online=True)
    assert len(server.log) == 1
    cached = json.loads(_nominatim.cache_path().read_text())
    assert cached["qqqq somewhere"]["name"] == "Tabriz"


def test_no_match_is_cached_and_raises_place_not_found(server):
    for _ in range(2):
        with pytest.raises(PlaceNotFound, match="'nowhere at all'.*Nominatim"):
            geo.geocode("nowhere at all", online=True)
    assert len(server.log) == 1


def test_corrupt_cache_is_set_aside_with_a_warning(server):
    path = _nominatim.cache_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    with pytest.warns(UserWarning, match="unreadable"):
        place = geo.geocode("Qqqq Elsewhere", online=True)
    assert place.name == "Tabriz"
    assert [p.name for p in path.parent.glob("nominatim.json.corrupt-*")]
    assert "qqqq elsewhere" in json.loads(path.read_text())


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("too many", r"HTTP 429.*Retry after 7"),
        ("broken", r"failed for 'broken'"),
        ("slow", r"did not answer 'slow' within 0.5 s"),
    ],
)
def test_http_errors_and_timeouts_are_reported_clearly(server, query, message):
    with pytest.raises(GeocoderUnavailable, match=message):
        geo.geocode(query, online=True)
    assert not _nominatim.cache_path().exists(), "a failure must not be cached"


class FakeClock:
    """Stands in for the ``time`` module inside geo._nominatim: sleeping advances it."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps = []

    def monotonic(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(_nominatim, "time", fake)
    monkeypatch.setattr(_nominatim, "_last_request", 0.0)
    return fake


def test_requests_are_spaced_by_the_rate_limit(server, clock, monkeypatch):
    monkeypatch.setattr(geo.settings, "min_delay_seconds", 0.3)
    sent = []
    for q in ("Qqqq One", "Qqqq Two", "Qqqq Three"):
        geo.geocode(q, online=True)
        sent.append(clock.now)
    assert [q for _, q, _ in server.log] == ["Qqqq One", "Qqqq Two", "Qqqq Three"]
    assert clock.sleeps == pytest.approx([0.3, 0.3])
    assert [b - a for a, b in zip(sent, sent[1:], strict=False)] == pytest.approx([0.3, 0.3])


def test_no_wait_when_the_last_request_is_old_enough(server, clock, monkeypatch):
    monkeypatch.setattr(geo.settings, "min_delay_seconds", 1.0)
    geo.geocode("Qqqq One", online=True)
    clock.now += 0.4
    geo.geocode("Qqqq Two", online=True)
    clock.now += 1.5
    geo.geocode("Qqqq Three", online=True)
    assert clock.sleeps == pytest.approx([0.6])
    assert len(server.log) == 3


def test_unreachable_server_is_reported(monkeypatch, tmp_path):
    monkeypatch.setattr(geo.settings, "nominatim_url", "http://127.0.0.1:9")
    monkeypatch.setattr(geo.settings, "cache_dir", tmp_path)
    monkeypatch.setattr(geo.settings, "min_delay_seconds", 0.0)
    with pytest.raises(GeocoderUnavailable, match="127.0.0.1:9"):
        geo.geocode("Qqqq Zzzz", online=True)


def test_offline_by_default_never_calls_out(server):
    with pytest.raises(PlaceNotFound, match="online=True"):
        geo.geocode("Qqqq Zzzz")
    assert server.log == []
