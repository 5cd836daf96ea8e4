"""The store on PostgreSQL: a throwaway server on 127.0.0.1, started and stopped here.

Needs Debian's PostgreSQL binaries (``apt-get install postgresql``); skipped with the
reason when they are absent. As root the server runs as the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import Store
from test_store import ARTICLE, REJECTED, make_event

pytestmark = pytest.mark.postgres


def find_bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[4]))
    for folder in reversed(candidates):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found; apt-get install postgresql")
    prefix: list[str] = []
    # As root the server runs as postgres, which must reach the folder: /tmp, not $TMPDIR.
    root = os.geteuid() == 0 and Path("/tmp").is_dir()
    base = Path(tempfile.mkdtemp(prefix="eventwire-pg-", dir="/tmp" if root else None))
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            runuser = None
        if runuser is None:
            shutil.rmtree(base)
            pytest.skip("running as root without runuser or a 'postgres' user to run the server")
        prefix = [runuser, "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
    data, port = base / "data", free_port()
    log = base / "server.log"

    def run(*cmd: str) -> None:
        subprocess.run([*prefix, *cmd], check=True, capture_output=True, timeout=120)

    try:
        run(
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "eventwire",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        opts = f"-h 127.0.0.1 -p {port} -k {base} -F"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "start")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {detail.decode(errors='replace')[-300:]}")
    try:
        yield f"postgresql+psycopg://eventwire@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


def test_round_trip_and_idempotency(pg_url: str) -> None:
    store = Store(pg_url)
    try:
        event = make_event()
        for _ in range(2):
            store.save([ARTICLE], [REJECTED], [event, make_event("ev-2", sources=[])])
        assert store.events()[0].to_dict() == event.to_dict()
        assert [e.event_id for e in store.events()] == ["ev-1", "ev-2"]
        assert store.articles() == [ARTICLE, REJECTED]
        with pytest.raises(StoreError):
            store.save([], [], [make_event("ev-3", event_type=None)])
        assert len(store.events()) == 2
    finally:
        store.close()


def test_unreachable_server() -> None:
    with pytest.raises(StoreError, match=r"127\.0\.0\.1"):
        Store(f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none?connect_timeout=2")
