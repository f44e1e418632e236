"""`edit` refuses an option the entry has not with the ones it has, and a food's
weight as `--grams`, the option typed. It said "--amount: is not something a symptom
entry has" (what to give instead left out) and "amount: 99999999 is more than the most
allowed (5000)" for --grams."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import factor, food, run_cli, symptom

DAY = date(2026, 11, 24)


@pytest.fixture
def ids(data_dir: Path) -> dict[str, str]:
    journal = Journal.open(data_dir)
    entries = {
        "symptom": symptom(DAY),
        "food": food(DAY),
        "alcohol": factor(DAY, "alcohol", 2),
        "standing": factor(DAY, "standing", 2),
    }
    for entry in entries.values():
        journal.add(entry)
    return {kind: entry.id[:8] for kind, entry in entries.items()}


@pytest.mark.parametrize(
    ("kind", "option", "said"),
    [
        (
            "symptom",
            ("--amount", "5"),
            "--amount: a symptom entry has none; it takes --date, --time, --severity, --where "
            "or --note",
        ),
        (
            "food",
            ("--where", "calf"),
            "--where: a food entry has none; it takes --date, --time, --grams or --mg",
        ),
        (
            "food",
            ("--grams", "99999999"),
            "--grams: 99999999 is more than the most allowed (5000); give less",
        ),
        (
            "food",
            ("--grams", "5000.1"),
            "--grams: 5000.1 is more than the most allowed (5000); give less",
        ),
        # A factor's amount is held to its kind's limit, as `log` holds it: edit stored
        # 1000 drinks and 25 hours (only a day's 1440 minutes was checked).
        ("alcohol", ("--amount", "51"), "amount: 51 is more than the most allowed (50); give less"),
        (
            "alcohol",
            ("--amount", "1000"),
            "amount: 1000 is more than the most allowed (50); give less",
        ),
        (
            "standing",
            ("--amount", "24.5"),
            "amount: 24.5 is more than the most allowed (24); give less",
        ),
    ],
)
def test_a_refused_change_names_what_to_give(
    data_dir: Path, ids: dict[str, str], kind: str, option: tuple[str, ...], said: str
) -> None:
    before = Journal.open(data_dir).day(DAY)
    done = run_cli("edit", ids[kind], *option)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"mg-journal: {said}\n")
    assert Journal.open(data_dir).day(DAY) == before


def test_the_most_grams_is_stored(data_dir: Path, ids: dict[str, str]) -> None:
    assert run_cli("edit", ids["food"], "--grams", "5000").returncode == 0
    [stored] = Journal.open(data_dir).day(DAY).foods
    assert stored.grams == 5000


@pytest.mark.parametrize(("kind", "most"), [("alcohol", 50.0), ("standing", 24.0)])
def test_a_factor_at_its_limit_or_none_is_stored(
    data_dir: Path, ids: dict[str, str], kind: str, most: float
) -> None:
    assert run_cli("edit", ids[kind], "--amount", f"{most:g}").returncode == 0
    [stored] = [f for f in Journal.open(data_dir).day(DAY).factors if f.kind == kind]
    assert stored.amount == most
    assert run_cli("edit", ids[kind], "--amount", "none").returncode == 0
    [stored] = [f for f in Journal.open(data_dir).day(DAY).factors if f.kind == kind]
    assert stored.amount is None
