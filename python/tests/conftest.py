"""Fixtures for the causalkg module's tests, which run through the real module
(built into build/python, on PYTHONPATH: CTest sets it, and
CAUSALKG_SOURCE_DIR and CAUSALKG_BINARY)."""

import os
import pathlib

import pytest

import causalkg

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_DIR = pathlib.Path(os.environ.get("CAUSALKG_SOURCE_DIR", HERE.parent.parent))
DATA = HERE / "data"


@pytest.fixture
def small_claims():
    """Four nodes, a loop a -> b -> c -> a, a step of unknown sign a -> c, and
    a lever acting on b (data/small.json)."""
    return DATA / "small.json"


@pytest.fixture
def db(tmp_path, small_claims):
    """A fresh, unseeded database holding data/small.json."""
    with causalkg.open(tmp_path / "small.db") as database:
        database.load(small_claims)
        yield database


@pytest.fixture
def report(tmp_path):
    """A fresh database seeded with the bundled SCP report."""
    with causalkg.open(tmp_path / "report.db", seed=True) as database:
        yield database


@pytest.fixture
def binary():
    path = os.environ.get("CAUSALKG_BINARY")
    if not path:
        path = str(SOURCE_DIR / "build" / "causalkg")
    return path
