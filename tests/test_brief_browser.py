"""brief.html drawn by headless Chromium, offline: map, timeline and table are there."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from eventwire.brief import write_brief
from test_brief import injected, story

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=5000",
    # No network at all: any fetch the page tried would fail and leave the map undrawn.
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
]


def chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile{len(list(tmp_path.iterdir()))}"
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.stdout


def png_is_not_blank(path: Path) -> bool:
    """Decode the PNG's pixel rows (stdlib only) and look for more than one colour."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width = struct.unpack(">I", chunk[:4])[0]
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    row = 1 + width * 4  # RGBA rows, one filter byte each; blankness survives filtering
    rows = {raw[i : i + row][1:] for i in range(0, len(raw), row)}
    return len(rows) > 2


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")
def test_brief_draws_map_timeline_and_table(tmp_path: Path) -> None:
    out = tmp_path / "brief"
    write_brief(story(), out)
    url = (out / "brief.html").as_uri()
    dom = chromium(tmp_path, "--dump-dom", url)
    body = re.search(r"<body[^>]*>", dom)
    assert body is not None, dom[:500]
    assert 'data-brief-ready="1"' in body.group(0)
    assert "data-map-error" not in body.group(0)
    assert 'data-map-markers="2"' in body.group(0)
    assert 'data-timeline-events="2"' in body.group(0)
    assert "leaflet-container" in dom
    assert len(re.findall(r'class="[^"]*ew-marker', dom)) == 2
    assert len(re.findall(r'class="[^"]*ew-region', dom)) == 1  # Nineveh: a ring, not a point
    assert len(re.findall(r"<path", dom)) > 100  # the world's countries
    assert dom.count('class="tl-dot"') == 2
    assert re.search(r'<table id="events">.*?<tbody><tr', dom, re.S)
    assert injected(dom) == []
    shot = tmp_path / "brief.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", url)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert png_is_not_blank(shot)
