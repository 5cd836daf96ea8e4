"""Shared fixtures: the heavy resources are loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()
