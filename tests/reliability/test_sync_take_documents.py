"""`mg-journal sync take N` for every kind `sync status` lists: a profile's or a trial's
version set aside by a merge goes back in use (the one it replaces set aside in turn),
and what cannot be taken is refused in one line, with nothing written."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from journal.core import clock
from journal.core.sync.revisions import vector
from journal.core.trial.plan import Plan
from journal.store import trial as store
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from tests.helpers import run_cli

DAY = date(2026, 11, 1)


def _conflict(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, now: datetime, started: bool
) -> None:
    """The laptop and the desk each change the profile and write a trial plan (the laptop
    starts its own when `started`); the desk's, later, win the merge: the laptop's are set
    aside, the profile as 1: and the trial as 2."""
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "laptop")
    Journal.open(data_dir)
    shutil.copytree(data_dir, tmp_path / "desk")
    laptop = Journal.open(data_dir)
    save_profile(laptop, load_profile(laptop).but(birth_year=1985))
    store.save_plan(laptop, Plan("citrate", 250, 9, created=DAY))
    if started:
        store.update(laptop, lambda t: t.started(DAY))
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "desk")
    clock.set_now(now + timedelta(minutes=5))
    desk = Journal.open(tmp_path / "desk")
    save_profile(desk, load_profile(desk).but(birth_year=1991))
    store.save_plan(desk, Plan("glycinate", 300, 5, created=DAY))
    for name in ("profile", "trial"):
        copy = data_dir / f"{name}.sync-conflict-20261125-093000-BBBBBBB.json"
        shutil.copyfile(tmp_path / "desk" / f"{name}.json", copy)
        copy.chmod(0o600)
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "laptop")
    Journal.open(data_dir)  # merges both copies


def _doc(data_dir: Path, name: str, table: str) -> dict[str, object]:
    tables = json.loads((data_dir / f"{name}.json").read_text())
    doc: dict[str, object] = tables[table]["1"]
    return doc


def _aside(data_dir: Path, name: str) -> list[dict[str, object]]:
    return list(json.loads((data_dir / f"{name}.json").read_text())["set_aside"].values())


def test_a_profile_and_a_trial_plan_set_aside_are_taken_back(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: datetime
) -> None:
    _conflict(data_dir, tmp_path, monkeypatch, pinned_clock, started=False)
    took = run_cli("sync", "take", "1")
    assert took.returncode == 0, took.stderr
    assert took.stdout.startswith("In use again: profile: birth year 1985")
    assert "Set aside in its place: profile: birth year 1991" in took.stdout
    profile = _doc(data_dir, "profile", "profile")
    assert profile["birth_year"] == 1985
    assert vector(profile["rev"])["desk"] >= 1  # made after both: a sync keeps it
    [kept] = _aside(data_dir, "profile")
    assert kept["doc"]["birth_year"] == 1991  # type: ignore[index]

    assert run_cli("sync", "take", "2").returncode == 0
    trial = _doc(data_dir, "trial", "trial")
    assert trial["plan"]["form"] == "citrate"  # type: ignore[index]
    [kept] = _aside(data_dir, "trial")
    assert kept["doc"]["plan"]["form"] == "glycinate"  # type: ignore[index]
    status = run_cli("sync", "status").stdout  # each version in words that tell them apart
    assert "1. profile.json: profile: birth year 1991 (from the version" in status
    assert "2. trial.json: trial glycinate 300 mg, planned 1 Nov 2026, not started" in status


def test_another_trial_in_place_of_one_begun_is_refused_in_one_line(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: datetime
) -> None:
    _conflict(data_dir, tmp_path, monkeypatch, pinned_clock, started=True)
    # The laptop's begun trial lost to the desk's plan: it goes back in use.
    assert run_cli("sync", "take", "2").returncode == 0
    assert _doc(data_dir, "trial", "trial")["start"] == DAY.isoformat()
    before = (data_dir / "trial.json").read_bytes()
    # Now the desk's plan, set aside, would replace a trial begun: refused.
    refused = run_cli("sync", "take", "2")
    assert refused.returncode != 0 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "mg-journal: version 2 is another trial (glycinate 300 mg" in refused.stderr
    assert "a trial begun is never replaced; nothing was changed" in refused.stderr
    assert (data_dir / "trial.json").read_bytes() == before


def test_an_own_food_is_taken_back_only_with_the_figures_its_entries_have(data_dir: Path) -> None:
    from journal.core.food.own_foods import own_food_doc
    from journal.core.sync.revisions import SET_ASIDE
    from journal.store.errors import StoreError
    from journal.store.own_foods import FILE, add_own_food, read_own_foods
    from journal.store.take_back import take_version

    journal = Journal.open(data_dir)
    bar = add_own_food(
        journal, own_food_doc("Granola bar", "120", "", per_serving=False, serving_grams="")
    )
    in_use = json.loads((data_dir / FILE).read_text())["foods"]["1"]
    other = {**in_use, "mg_per_100g": 90.0}
    renamed = {**in_use, "name": "Oat bar"}
    with journal.file(FILE) as db:
        for doc in (other, renamed):
            db.table(SET_ASIDE).insert({"key": bar.id, "table": "foods", "doc": doc, "from": "x"})
    before = (data_dir / FILE).read_bytes()
    with pytest.raises(StoreError, match=r"^Version 1 \('Granola bar'\) has other figures"):
        take_version(journal, 1)
    assert (data_dir / FILE).read_bytes() == before
    taken, replaced = take_version(journal, 2)
    assert taken.startswith("own food 'Oat bar', 120 mg per 100 g")
    assert replaced.startswith("own food 'Granola bar', 120 mg per 100 g")
    assert [(f.id, f.name) for f in read_own_foods(journal)[0]] == [(bar.id, "Oat bar")]


def test_a_symptom_kind_is_taken_back(data_dir: Path) -> None:
    from journal.core.entries.kinds import CustomKind
    from journal.core.sync.revisions import SET_ASIDE
    from journal.store.kinds import FILE, TABLE, add_kind, load_kinds
    from journal.store.take_back import take_version

    journal = Journal.open(data_dir)
    add_kind(journal, CustomKind("restless legs", "r"), set())
    other = {**journal.read_file(FILE)[TABLE]["1"], "key": "l"}
    record = {"key": "symptom_kinds:restless legs", "table": TABLE, "doc": other, "from": "x"}
    with journal.file(FILE) as db:
        db.table(SET_ASIDE).insert(record)
    taken, replaced = take_version(journal, 1)
    assert taken.startswith("symptom kind 'restless legs', key l (from x")
    assert replaced.startswith("symptom kind 'restless legs', key r (from the version in use")
    assert load_kinds(journal) == [CustomKind("restless legs", "l")]
