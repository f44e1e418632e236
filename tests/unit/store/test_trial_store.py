"""The trial on disk: locked atomic writes, damage refused, carried by export and backup."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from journal.core.entries.models import SupplementEntry
from journal.core.exchange.json_doc import parse_document
from journal.core.trial.plan import Plan
from journal.core.trial.seal import magnesium_bottle
from journal.store import trial as store
from journal.store.archive import read_archive, restore, write_backup
from journal.store.edits import move_entry
from journal.store.errors import DamagedFileError, NewerVersionError, StoreError
from journal.store.export import export_json
from journal.store.importer import import_document
from journal.store.journal import Journal

START = date(2026, 9, 1)


def _plan(**kw: object) -> Plan:
    args: dict[str, object] = {"form": "glycinate", "dose_mg": 300, "seed": 11}
    args.update(kw)
    return Plan(**args, created=START)  # type: ignore[arg-type]


def _running(data_dir: Path, **kw: object) -> Journal:
    journal = Journal.open(data_dir)
    store.save_plan(journal, _plan(**kw))
    store.update(journal, lambda t: t.started(START))
    return journal


def test_the_plan_is_written_and_read_back_with_its_format(data_dir: Path) -> None:
    journal = _running(data_dir)
    doc = json.loads((data_dir / "trial.json").read_text())
    assert doc["trial"]["1"]["format"] == store.FORMAT
    assert doc["_meta"]["1"]["schema"] == 1
    trial = store.load_trial(journal)
    assert trial is not None and trial.start == START and trial.plan.seed == 11


def test_a_started_plan_cannot_be_replaced(data_dir: Path) -> None:
    journal = _running(data_dir)
    with pytest.raises(StoreError, match="locked"):
        store.save_plan(journal, _plan(seed=12))
    assert store.load_trial(journal).plan.seed == 11  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b'{"_meta":{"1":{"schema":1}},"trial":{"1":{"format":1,"plan":{}}}}', DamagedFileError),
        (b'{"_meta":{"1":{"schema":1}},"trial":{"1":{"plan":{}}}}', DamagedFileError),
        (b'{"_meta":{"1":{"schema":1}},"trial":{"1":{"format":2}}}', NewerVersionError),
        (b"{not json", DamagedFileError),
    ],
)
def test_a_damaged_or_newer_plan_is_refused_and_left_untouched(
    data_dir: Path, content: bytes, error: type[Exception]
) -> None:
    journal = Journal.open(data_dir)
    path = data_dir / "trial.json"
    path.write_bytes(content)
    with pytest.raises(error):
        store.load_trial(journal)
    with pytest.raises(error):
        store.save_plan(journal, _plan())
    assert path.read_bytes() == content


def test_a_taken_dose_counts_as_a_supplement(data_dir: Path) -> None:
    journal = _running(data_dir)
    trial = store.load_trial(journal)
    assert trial is not None
    on_mg = next(p for p in trial.periods if p.bottle == "A")
    trial = store.record_dose(journal, on_mg.start, "taken", time(8, 0))
    day = journal.day(on_mg.start)
    assert day.supplement_mg == 300
    # changing one's mind replaces the entry rather than doubling it
    store.record_dose(journal, on_mg.start, "missed", time(8, 0))
    assert journal.day(on_mg.start).supplement_mg == 0
    off = next(p for p in trial.periods if p.bottle == "B")
    with pytest.raises(Exception, match="a period without the supplement: no dose to take"):
        store.record_dose(journal, off.start, "taken", time(8, 0))  # nothing to take


def test_a_cleared_dose_is_not_recorded_and_its_entry_goes(data_dir: Path) -> None:
    journal = _running(data_dir)
    trial = store.load_trial(journal)
    assert trial is not None
    on_mg = next(p for p in trial.periods if p.bottle == "A")
    store.record_dose(journal, on_mg.start, "taken", time(8, 0))
    store.record_dose(journal, on_mg.start + timedelta(days=1), "taken", time(8, 0))
    trial = store.clear_dose(journal, on_mg.start)
    assert list(trial.doses) == [on_mg.start + timedelta(days=1)]  # the next day's kept
    assert store.load_trial(journal) == trial
    assert journal.day(on_mg.start).supplements == []
    assert journal.day(on_mg.start + timedelta(days=1)).supplement_mg == 300
    assert store.clear_dose(journal, on_mg.start) == trial  # none recorded: no change


def _sealed_export(data_dir: Path, token: str, out: Path) -> dict[str, object]:
    journal = _running(data_dir, comparator="placebo", blinded=True)
    store.update(journal, lambda t: type(t)(t.plan, token, t.start))
    trial = store.load_trial(journal)
    assert trial is not None
    for p in trial.periods[:2]:
        store.record_dose(journal, p.start, "taken", time(8, 0))
    export_json(journal, out, None, None)
    return json.loads(out.read_text())


def test_a_sealed_allocation_never_reaches_an_export(tmp_path: Path) -> None:
    tokens = [f"{i:032x}" for i in range(40)]
    a = next(t for t in tokens if magnesium_bottle(t) == "A")
    b = next(t for t in tokens if magnesium_bottle(t) == "B")
    one = _sealed_export(tmp_path / "one", a, tmp_path / "one.json")
    two = _sealed_export(tmp_path / "two", b, tmp_path / "two.json")
    text_one = json.dumps(one, sort_keys=True).replace(a, "TOKEN")
    text_two = json.dumps(two, sort_keys=True).replace(b, "TOKEN")
    # Apart from the token itself and the random entry ids, the two exports are the same.
    for doc in (one, two):
        for entry in doc["entries"]["supplements"]:  # type: ignore[index]
            text_one = text_one.replace(entry["id"], "ID")
            text_two = text_two.replace(entry["id"], "ID")
    assert a not in text_one and "TOKEN" in text_one  # the seal travels, as its token
    assert text_one == text_two


def test_export_import_and_backup_carry_the_plan_the_seal_and_the_amendments(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = _running(data_dir, comparator="placebo", blinded=True)
    store.update(journal, lambda t: t.amended("pairs", "4", START + timedelta(days=3), "why"))
    before = store.load_trial(journal)
    out = export_json(journal, tmp_path / "x.json", None, None)
    other = Journal.open(tmp_path / "other")
    import_document(other, parse_document(json.loads(out.read_text())))
    assert store.load_trial(other) == before
    backup = write_backup(journal, tmp_path / "b.zip")
    assert "trial.json" in read_archive(backup.read_bytes(), backup)
    third = Journal.open(tmp_path / "third")
    restore(third, backup.read_bytes(), backup)
    restored = store.load_trial(third)
    assert restored == before and restored is not None
    assert restored.amendments[0].what == "pairs: 3 -> 4"


def test_unsealing_drops_the_placebo_doses_from_intake(data_dir: Path) -> None:
    journal = _running(data_dir, comparator="placebo", blinded=True)
    trial = store.load_trial(journal)
    assert trial is not None
    for p in trial.periods[:2]:
        store.record_dose(journal, p.start, "taken", time(8, 0))
        assert journal.day(p.start).supplement_mg == 300  # sealed: counted, to be safe
    opened = store.unseal(journal, START + timedelta(days=60))
    for p in opened.periods[:2]:
        want = 300 if opened.on_magnesium(p) else 0
        assert journal.day(p.start).supplement_mg == want


def test_diarrhea_is_counted_by_bottle_only_once_unsealed(data_dir: Path) -> None:
    from journal.core.trial.words import result_lines
    from tests.helpers import factor

    journal = _running(data_dir, comparator="placebo", blinded=True)
    trial = store.load_trial(journal)
    assert trial is not None
    first = trial.periods[0]
    journal.add(factor(first.start, "diarrhea", None))
    journal.add(factor(first.start + timedelta(days=1), "diarrhea", None))
    journal.add(factor(START, "diarrhea", None))  # run-in: not a period day
    on = first.end
    sealed = result_lines(trial, store.trial_result(journal, trial, on), on)
    assert "Diarrhea logged on 2 days of the periods (by bottle once unsealed)" in sealed
    opened = store.unseal(journal, on)
    shown = result_lines(opened, store.trial_result(journal, opened, on), on)
    counts = (
        "magnesium: 2, placebo: 0" if opened.on_magnesium(first) else "magnesium: 0, placebo: 2"
    )
    assert f"Diarrhea logged on 2 days of the periods ({counts})" in shown


def test_two_running_copies_take_turns_and_neither_change_is_lost(data_dir: Path) -> None:
    import threading

    _running(data_dir)
    copies = [Journal.open(data_dir), Journal.open(data_dir)]  # each with its own lock file handle

    def amend(journal: Journal, who: str) -> None:
        for n in range(15):
            store.update(journal, lambda t, n=n: t.noted(START, f"{who} {n}"))

    threads = [
        threading.Thread(target=amend, args=(j, w)) for j, w in zip(copies, "xy", strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    trial = store.load_trial(copies[0])
    assert trial is not None
    notes = [a.what for a in trial.amendments]
    assert sorted(notes) == sorted([f"{w} {n}" for w in "xy" for n in range(15)])


def test_a_new_plan_after_the_end_keeps_the_old_trial(data_dir: Path) -> None:
    journal = _running(data_dir)
    with pytest.raises(StoreError, match="running"):
        store.save_plan(journal, _plan(seed=12))
    store.update(journal, lambda t: t.stopped_on(START + timedelta(days=30), "done"))
    later = Plan("oxide", 200, 13, created=START + timedelta(days=40))
    store.save_plan(journal, later)
    doc = json.loads((data_dir / "trial.json").read_text())
    assert doc["past"]["1"]["plan"]["seed"] == 11
    assert doc["past"]["1"]["amendments"][0]["reason"] == "done"
    assert store.load_trial(journal).plan.seed == 13  # type: ignore[union-attr]


def test_the_plan_file_name_today_checks_is_the_stores() -> None:
    from journal.tui.widgets import trial_line

    assert trial_line.FILE == store.FILE


def test_unsealing_says_which_bottle_the_kept_doses_were(data_dir: Path) -> None:
    """A helper's report: after unsealing, the magnesium bottle's doses still read
    'sealed: counted as magnesium until unsealed'."""
    journal = _running(data_dir, comparator="placebo", blinded=True)
    trial = store.load_trial(journal)
    assert trial is not None
    for p in trial.periods[:2]:
        store.record_dose(journal, p.start, "taken", time(8, 0))
    opened = store.unseal(journal, START + timedelta(days=60))
    [kept] = [s for p in opened.periods[:2] for s in journal.day(p.start).supplements]
    assert kept.note == f"trial, bottle {opened.magnesium_bottle()} (magnesium)"


def test_a_placebo_dose_moved_to_another_day_is_still_dropped_at_unsealing(
    data_dir: Path,
) -> None:
    """A helper's report: a dose entry moved a day kept 600 mg of placebo after unsealing."""
    journal = _running(data_dir, comparator="placebo", blinded=True)
    trial = store.load_trial(journal)
    assert trial is not None
    placebo = next(p for p in trial.periods if not trial.on_magnesium(p))
    store.record_dose(journal, placebo.start, "taken", time(8, 0))
    [entry] = journal.day(placebo.start).supplements
    move_entry(journal, entry, placebo.start - timedelta(days=1))  # as an older version let
    store.unseal(journal, START + timedelta(days=200))
    assert journal.day(placebo.start - timedelta(days=1)).supplements == []


def test_a_dose_recorded_late_is_the_dose_planned_that_day(data_dir: Path) -> None:
    """A helper's report: after `amend dose_mg 200`, a backfilled earlier dose was 200 mg."""
    journal = _running(data_dir)
    trial = store.load_trial(journal)
    assert trial is not None
    first = next(p for p in trial.periods if p.bottle == "A")
    store.update(journal, lambda t: t.amended("dose_mg", "200", first.end, "stomach"))
    store.record_dose(journal, first.end - timedelta(days=1), "taken", time(8, 0))
    store.record_dose(journal, first.end, "taken", time(8, 0))
    assert journal.day(first.end - timedelta(days=1)).supplement_mg == 300
    assert journal.day(first.end).supplement_mg == 200


def test_a_new_plan_is_refused_while_the_ended_trial_is_sealed(data_dir: Path) -> None:
    """A helper's report: a new plan filed the sealed trial away: no result, and its
    placebo doses counted as magnesium for good."""
    journal = _running(data_dir, comparator="placebo", blinded=True)
    after = START + timedelta(days=200)
    with pytest.raises(StoreError, match="still sealed: open it first"):
        store.save_plan(journal, Plan("oxide", 200, 13, created=after))
    assert store.load_trial(journal).plan.seed == 11  # type: ignore[union-attr]
    store.unseal(journal, after)
    store.save_plan(journal, Plan("oxide", 200, 13, created=after))  # now it is kept
    assert store.load_trial(journal).plan.seed == 13  # type: ignore[union-attr]


def test_a_doses_entry_changes_only_with_the_dose(data_dir: Path) -> None:
    """A helper's report: deleting a dose's entry left the trial saying 'dose taken'."""
    journal = _running(data_dir)
    trial = store.load_trial(journal)
    assert trial is not None
    on_mg = next(p for p in trial.periods if p.bottle == "A")
    store.record_dose(journal, on_mg.start, "taken", time(8, 0))
    [entry] = journal.day(on_mg.start).supplements
    assert store.held_dose(journal, entry.id) == on_mg.start
    with pytest.raises(StoreError, match=r"the trial's dose of .*trial dose missed --date"):
        store.check_not_dose(journal, entry)
    for change in ({"date": on_mg.end}, {"mg": 100.0}, {"form": "oxide"}):
        with pytest.raises(StoreError):
            store.check_not_dose(journal, entry, replace(entry, **change))
    store.check_not_dose(journal, entry, replace(entry, time=time(9, 0), note="with food"))
    other = SupplementEntry(on_mg.start, time(9, 0), "citrate", 100.0)
    store.check_not_dose(journal, other)  # not the trial's: anything goes
