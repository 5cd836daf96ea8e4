"""The real server: uvicorn on a free 127.0.0.1 port in a thread, stopped within seconds."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from eventwire.api import create_app
from eventwire.store import Store
from test_api import ARTICLES, EVENTS, REJECTED

# Bounds on every wait, so a broken server fails the test instead of hanging it.
START_S = 15.0
STOP_S = 10.0


@pytest.fixture
def live_url(tmp_path: Path) -> Iterator[str]:
    store = Store(f"sqlite:///{tmp_path / 'events.db'}")
    store.save(ARTICLES, [REJECTED], EVENTS)
    # Bound before uvicorn starts, so no other process can take the port in between.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(store, allowed_hosts=["127.0.0.1", "localhost"])
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_S
        while not server.started:
            assert thread.is_alive(), "uvicorn stopped while starting"
            assert time.monotonic() < deadline, "uvicorn did not start in time"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(STOP_S)
        sock.close()
        store.close()
    assert not thread.is_alive(), "uvicorn did not stop in time"


def test_real_server_answers_health_and_page(live_url: str) -> None:
    with httpx.Client(base_url=live_url, timeout=10.0, trust_env=False) as http:
        health = http.get("/api/health")
        assert health.status_code == 200
        assert health.json()["events"] == len(EVENTS)
        page = http.get("/")
        assert page.status_code == 200
        assert 'id="map"' in page.text
        assert http.get("/api/events/nope").json()["error"]["type"] == "not_found"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs headless Chromium")
def test_page_draws_map_timeline_and_table_in_a_browser(live_url: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--virtual-time-budget=8000",
        # Only loopback is reachable (Chromium never proxies it): anything else the page
        # fetched would go to a dead proxy and fail.
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    done = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", live_url + "/#ev-bomb"],  # opens that event
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    dom = done.stdout
    body = re.search(r"<body[^>]*>", dom)
    assert body is not None, done.stderr[-2000:]
    assert 'data-ready="1"' in body.group(0), body.group(0)
    assert 'data-events="3"' in body.group(0)
    assert 'data-markers="2"' in body.group(0)  # the protest has no coordinates
    assert "leaflet-interactive" in dom  # Leaflet drew the markers on the vendored basemap
    assert dom.count('class="tl-dot') == 2  # two dated events on the timeline
    assert dom.count("<tr data-id=") == 3
    # The event named in the link is open, its evidence marked in the article's text.
    assert '<tr data-id="ev-bomb" class="selected">' in dom
    assert "<mark>car bomb</mark> exploded in a market" in dom
    assert "<mark>Mogadishu</mark>" in dom
