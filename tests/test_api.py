"""The HTTP API and page over a hand-filled SQLite store (no spaCy, no network)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.api import create_app, status_of
from eventwire.api.errors import NotFoundError
from eventwire.cli import app as cli_app
from eventwire.errors import EventwireError, InputError, ResourceError, StoreError
from eventwire.records import Article, Event, Evidence, Rejected, SourceRef
from eventwire.store import Store

TEXT_A1 = "A car bomb exploded in a market in Mogadishu on Sunday, killing 12 people."
TEXT_A2 = "Fighting between the RSF and the army in El Fasher killed 30 on 10 April."


def make_event(event_id: str, **changes: Any) -> Event:
    event = Event(
        event_id=event_id,
        event_date="2024-03-03",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        disorder_type="Political violence",
        actor1="Al Shabaab",
        actor2="Civilians (Somalia)",
        assoc_actor_1=None,
        assoc_actor_2=None,
        inter1=2,
        inter2=7,
        interaction=27,
        country="Somalia",
        iso3="SOM",
        admin1="Banaadir",
        admin2=None,
        location="Mogadishu",
        latitude=2.03711,
        longitude=45.34375,
        geonameid=53654,
        geo_precision=1,
        fatalities=12,
        fatalities_low=12,
        fatalities_best=12,
        fatalities_high=12,
        notes="On 3 March 2024, a car bomb exploded in a market in Mogadishu.",
        sources=[SourceRef("a1", "Car bomb", "https://example.org/a1", "Example", "2024-03-04")],
        evidence=[
            Evidence("event_type", "a1", 2, 10, "car bomb"),
            Evidence("location", "a1", 35, 44, "Mogadishu"),
        ],
        confidence=0.8,
        source_fatalities={"a1": 12},
    )
    return replace(event, **changes)


BOMB = make_event("ev-bomb")
BATTLE = make_event(
    "ev-battle",
    event_date="2024-04-10",
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1="Rapid Support Forces",
    actor2="Military Forces of Sudan (2019-)",
    assoc_actor_1="Janjaweed 100% Militia",
    inter1=2,
    inter2=1,
    interaction=12,
    country="Sudan",
    iso3="SDN",
    admin1="North Darfur",
    location="El Fasher",
    latitude=13.62793,
    longitude=25.34936,
    geonameid=371519,
    fatalities=30,
    notes="On 10 April 2024, the RSF clashed with the army in El Fasher.",
    sources=[SourceRef("a2", "El Fasher", None, "Wire", "2024-04-11")],
    evidence=[Evidence("actor1", "a2", 21, 24, "RSF")],
    source_fatalities={"a2": 30},
)
PROTEST = make_event(
    "ev-protest",
    event_date=None,
    time_precision=3,
    event_type="Protests",
    sub_event_type="Peaceful protest",
    disorder_type="Demonstrations",
    actor1="Protesters (Kenya)",
    actor2=None,
    inter1=6,
    inter2=None,
    interaction=60,
    country="Kenya",
    iso3="KEN",
    admin1=None,
    location=None,
    latitude=None,
    longitude=None,
    geonameid=None,
    geo_precision=None,
    fatalities=0,
    fatalities_low=None,
    fatalities_best=None,
    fatalities_high=None,
    notes="Protesters marched in Kenya.",
    sources=[SourceRef("a2", "El Fasher", None, "Wire", "2024-04-11")],
    evidence=[],
    source_fatalities={},
)
EVENTS = [BOMB, BATTLE, PROTEST]
ARTICLES = [
    Article("a1", TEXT_A1, "in/a1.txt", "Car bomb", "https://example.org/a1", "Example",
            date(2024, 3, 4), "en"),
    Article("a2", TEXT_A2, "in/a2.txt", "El Fasher", None, "Wire", date(2024, 4, 11), "en"),
]  # fmt: skip
REJECTED = Rejected("bad", "in/bad.bin", "binary file (NUL bytes), not text")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'events.db'}")
    store.save(ARTICLES, [REJECTED], EVENTS)
    yield store
    store.close()


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()]


def test_health(client: TestClient) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert (body["events"], body["articles"]) == (3, 3)
    assert body["database"].startswith("sqlite:///")


def test_events_are_contract_records_by_date_undated_last(client: TestClient) -> None:
    r = client.get("/api/events")
    assert ids(r) == ["ev-bomb", "ev-battle", "ev-protest"]
    assert r.headers["x-total-count"] == "3"
    assert r.json() == [e.to_dict() for e in EVENTS]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "sudan"}, ["ev-battle"]),
        ({"country": "SOM"}, ["ev-bomb"]),
        ({"country": "Nowhere"}, []),
        ({"event_type": "Battles"}, ["ev-battle"]),
        ({"sub_event_type": "peaceful protest"}, ["ev-protest"]),
        ({"date_from": "2024-03-04"}, ["ev-battle"]),
        ({"date_to": "2024-03-03"}, ["ev-bomb"]),
        ({"date_from": "2024-03-03", "date_to": "2024-04-10"}, ["ev-bomb", "ev-battle"]),
        ({"actor": "shabaab"}, ["ev-bomb"]),
        ({"actor": "civilians"}, ["ev-bomb"]),  # actor2
        ({"actor": "janjaweed"}, ["ev-battle"]),  # an associated actor
        ({"actor": "100%"}, ["ev-battle"]),  # % is a character, not a wildcard
        ({"actor": "%"}, ["ev-battle"]),
        ({"actor": "_"}, []),
        ({"actor": "forces", "country": "Sudan", "event_type": "Battles"}, ["ev-battle"]),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    r = client.get("/api/events", params=params)
    assert ids(r) == expected
    assert r.headers["x-total-count"] == str(len(expected))


def test_paging_reports_the_total(client: TestClient) -> None:
    r = client.get("/api/events", params={"limit": 1, "offset": 1})
    assert ids(r) == ["ev-battle"]
    assert r.headers["x-total-count"] == "3"
    assert ids(client.get("/api/events", params={"offset": 5})) == []


@pytest.mark.parametrize(
    ("params", "where"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 100_000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"date_from": "3 March"}, "date_from"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(
    client: TestClient, params: dict[str, Any], where: str
) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["type"] == "invalid_request"
    assert error["message"].startswith(where)
    assert error["details"]


def test_reversed_dates_are_a_bad_input(client: TestClient) -> None:
    r = client.get("/api/events", params={"date_from": "2024-05-01", "date_to": "2024-01-01"})
    assert r.status_code == 400
    assert r.json()["error"]["type"] == "bad_input"
    assert "after date_to" in r.json()["error"]["message"]


def test_one_event(client: TestClient) -> None:
    r = client.get("/api/events/ev-battle")
    assert r.status_code == 200
    assert r.json() == BATTLE.to_dict()


def test_missing_event_is_a_clear_404(client: TestClient) -> None:
    r = client.get("/api/events/nope")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json() == {"error": {"type": "not_found", "message": "no event with event_id 'nope'"}}


def test_unknown_route_has_the_same_error_shape(client: TestClient) -> None:
    r = client.get("/api/nothing-here")
    assert r.status_code == 404
    assert r.json()["error"]["type"] == "not_found"


def test_geojson(client: TestClient) -> None:
    r = client.get("/api/events.geojson")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in body["features"]}
    assert by_id["ev-bomb"]["geometry"] == {"type": "Point", "coordinates": [45.34375, 2.03711]}
    assert by_id["ev-protest"]["geometry"] is None  # unplaced, but not dropped
    assert by_id["ev-battle"]["properties"] == BATTLE.to_dict()
    filtered = client.get("/api/events.geojson", params={"country": "Kenya"}).json()
    assert [f["id"] for f in filtered["features"]] == ["ev-protest"]


def test_articles_with_status_and_reason(client: TestClient) -> None:
    r = client.get("/api/articles")
    assert r.status_code == 200
    assert r.headers["x-total-count"] == "3"
    rows = {a["article_id"]: a for a in r.json()}
    assert rows["bad"]["status"] == "rejected"
    assert rows["bad"]["reason"] == REJECTED.reason
    assert rows["a1"] == ARTICLES[0].to_dict()
    assert "text" not in rows["a1"]
    rejected = client.get("/api/articles", params={"status": "rejected"}).json()
    assert [a["article_id"] for a in rejected] == ["bad"]
    assert client.get("/api/articles", params={"status": "maybe"}).status_code == 422


def test_one_article_carries_its_text_for_evidence(client: TestClient) -> None:
    body = client.get("/api/articles/a1").json()
    assert body["text"] == TEXT_A1
    for event in EVENTS:
        for span in event.evidence:
            text = client.get(f"/api/articles/{span.article_id}").json()["text"]
            assert text[span.start : span.end] == span.text
    assert client.get("/api/articles/bad").json()["text"] is None
    assert client.get("/api/articles/none").status_code == 404


def test_an_unreadable_database_is_503(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    store = Store(f"sqlite:///{path}")
    client = TestClient(create_app(store))
    store.engine.dispose()
    path.unlink()  # SQLite will open a new, empty file: no tables
    r = client.get("/api/events")
    assert r.status_code == 503
    error = r.json()["error"]
    assert error["type"] == "store_unavailable"
    assert "cannot read sqlite:///" in error["message"]


class OddError(StoreError):
    pass


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (NotFoundError("x"), 404),
        (InputError("x"), 400),
        (StoreError("x"), 503),
        (OddError("x"), 503),  # a subclass maps like its parent
        (ResourceError("x"), 500),
        (EventwireError("x"), 500),
    ],
)
def test_error_statuses(exc: EventwireError, status: int) -> None:
    assert status_of(exc)[0] == status


def test_page_is_self_contained(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    page = r.text
    assert 'id="map"' in page and 'id="timeline"' in page and 'id="events"' in page
    # Everything it loads comes from this server.
    assert 'src="http' not in page and 'href="http' not in page and "//cdn" not in page
    for name in ("app.js", "app.css", "leaflet.js", "leaflet.css", "topojson-client.min.js"):
        assert f"/static/{name}" in page
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200, name
        assert asset.headers["x-content-type-options"] == "nosniff"
    world = client.get("/static/countries-110m.json")
    assert world.json()["type"] == "Topology"
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script  # report text is only ever set as text
    assert "http://" not in script.replace("http://www.w3.org/2000/svg", "")


@pytest.mark.parametrize("name", ["nope.js", "..%2F..%2Fpyproject.toml", "brief.py", "README.md"])
def test_only_known_static_files(client: TestClient, name: str) -> None:
    assert client.get(f"/static/{name}").status_code == 404


def test_no_cdn_docs(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "eventwire"


def test_allowed_hosts_refuse_rebinding(store: Store) -> None:
    app = create_app(store, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/api/health").status_code == 200
    assert TestClient(app, base_url="http://evil.example").get("/api/health").status_code == 400


def test_serve_command_builds_the_app_on_loopback(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: FastAPI, host: str, port: int) -> None:
        seen.update(app=app, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = CliRunner().invoke(cli_app, ["serve", "--db", store.url, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    served = TestClient(seen["app"], base_url="http://127.0.0.1:8123")
    assert served.get("/api/health").json()["events"] == 3


def test_serve_command_reports_a_bad_database() -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--db", "not a url"])
    assert result.exit_code == 2
    assert "not a database URL" in result.output
