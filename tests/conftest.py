"""Shared fixtures: the heavy resources are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.geo import Gazetteer
from eventwire.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def analysed_examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`eventwire analyze examples/` run once through the CLI; its output folder."""
    out = tmp_path_factory.mktemp("analyze")
    db = f"sqlite:///{out / 'events.db'}"
    args = ["analyze", str(EXAMPLES), "-o", str(out), "--published", "2026-11-20", "--db", db]
    result = CliRunner().invoke(app, [*args, "--quiet"])
    assert result.exit_code == 0, result.output
    return out
