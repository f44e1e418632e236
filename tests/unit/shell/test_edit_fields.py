"""`edit` refuses an option the entry has not with the ones it has, and a food's
weight as `--grams`, the option typed. It said "--amount: is not something a symptom
entry has" (what to give instead left out) and "amount: 99999999 is more than the most
allowed (5000)" for --grams."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import food, run_cli, symptom

DAY = date(2026, 11, 24)


@pytest.fixture
def ids(data_dir: Path) -> dict[str, str]:
    journal = Journal.open(data_dir)
    entries = {"symptom": symptom(DAY), "food": food(DAY)}
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
        ("food", ("--grams", "99999999"), "--grams: 99999999 is more than the most allowed (5000)"),
        ("food", ("--grams", "5000.1"), "--grams: 5000.1 is more than the most allowed (5000)"),
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
