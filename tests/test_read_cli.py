"""Through the CLI: bad inputs in a folder are reported, and the run goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store

pytestmark = pytest.mark.model

GOOD = (
    "Gunmen kill three soldiers near Baidoa\n\n"
    "Gunmen attacked an army checkpoint near Baidoa, Somalia, on Sunday, killing three "
    "soldiers, a military official said.\n"
)


def test_bad_inputs_in_a_folder_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x03\x04")
    (folder / "broken.html").write_text("<html><head><script>1</script></head><body></body>")
    (folder / "lines.jsonl").write_text(
        '{"text": "Police arrested 40 protesters in Nairobi."}\n{oops\n'
    )
    os.symlink("..", folder / "sub" / "loop")
    db = tmp_path / "db" / "events.db"
    out = tmp_path / "events.jsonl"

    result = CliRunner().invoke(
        app, ["extract", str(folder), "--published", "2024-03-04", "--db", f"sqlite:///{db}",
              "-o", str(out)],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    for name in ("empty.txt", "binary.txt", "broken.html", "lines.jsonl:2", "loop"):
        assert name in result.stderr, name
    assert "rejected" in result.stderr and "Traceback" not in result.output
    for line in out.read_text().splitlines():
        json.loads(line)
    stored = Store(f"sqlite:///{db}").articles()
    statuses = {Path(a.origin).name: type(a).__name__ for a in stored}
    assert statuses["good.txt"] == "Article" and statuses["lines.jsonl:1"] == "Article"
    assert statuses["binary.txt"] == "Rejected" and statuses["loop"] == "Rejected"
