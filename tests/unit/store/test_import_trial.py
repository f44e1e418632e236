"""`import json` of an export holding another trial than the journal's: the journal's own
is kept and the summary says how to take the export's; a trial begun is never replaced."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal.core import clock
from journal.core.exchange.json_doc import ParsedDocument, parse_document
from journal.core.trial.plan import Plan
from journal.store import trial as store
from journal.store.errors import DamagedFileError
from journal.store.export import export_json
from journal.store.importer import describe, import_document
from journal.store.journal import Journal
from journal.store.storage import encode
from journal.store.sync_status import set_aside

DAY = date(2026, 11, 2)


def _plan(form: str = "glycinate", dose: float = 300, seed: int = 5, **kw: object) -> Plan:
    return Plan(form, dose, seed, created=DAY, **kw)  # type: ignore[arg-type]


def _export(tmp_path: Path, plan: Plan, started: bool = True) -> Path:
    other = Journal.open(tmp_path / "other")
    store.save_plan(other, plan)
    if started:
        store.update(other, lambda t: t.started(DAY))
    return export_json(other, tmp_path / f"export-{plan.seed}.json", None, None)


def _import(journal: Journal, path: Path, take: bool = False) -> list[str]:
    parsed = parse_document(json.loads(path.read_text()))
    return describe(import_document(journal, parsed, take))


def test_a_plan_not_started_is_kept_and_the_summary_says_how_to_take_the_exports(
    data_dir: Path, tmp_path: Path
) -> None:
    """A reviewer's report: an import silently replaced the plan not yet started."""
    journal = Journal.open(data_dir)
    store.save_plan(journal, _plan("citrate", 200, seed=9))
    before = (data_dir / "trial.json").read_bytes()
    path = _export(tmp_path, _plan())
    assert _import(journal, path)[1:] == [
        "Kept your trial plan (citrate 200 mg, planned 2 Nov 2026, not started); the "
        "export's trial (glycinate 300 mg, started 2 Nov 2026) was not taken: to use it in "
        "place of your plan, import again with --take-trial."
    ]
    assert (data_dir / "trial.json").read_bytes() == before  # not written at all
    # asked: the export's takes the plan's place, and importing it again changes nothing
    assert _import(journal, path, take=True)[1] == (
        "Took the export's trial (glycinate 300 mg, started 2 Nov 2026) in place of your "
        "plan (citrate 200 mg, planned 2 Nov 2026, not started)."
    )
    trial = store.load_trial(journal)
    assert trial is not None and trial.plan.form == "glycinate" and trial.start == DAY
    taken = (data_dir / "trial.json").read_bytes()
    assert len(_import(journal, path)) == 1 and set_aside(journal) == []
    assert (data_dir / "trial.json").read_bytes() == taken


def test_a_trial_begun_is_never_replaced_by_an_import(data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir)
    store.save_plan(journal, _plan("citrate", 200, seed=9))
    store.update(journal, lambda t: t.started(DAY + timedelta(days=1)))
    store.update(journal, lambda t: t.stopped_on(DAY + timedelta(days=3), "travel"))
    lines = _import(journal, _export(tmp_path, _plan(), started=False), take=True)
    assert lines[1] == (
        "Kept your trial (citrate 200 mg, started 3 Nov 2026, stopped 5 Nov 2026); the "
        "export's trial (glycinate 300 mg, planned 2 Nov 2026, not started) was not taken: "
        "a trial begun is never replaced by an import."
    )
    assert store.load_trial(journal).plan.form == "citrate"  # type: ignore[union-attr]


def test_the_same_trial_amended_since_is_merged_not_kept_apart(
    data_dir: Path, tmp_path: Path
) -> None:
    """An export of this very trial from before its start and an amendment: one trial,
    at two stages; the journal's later stage stays, and nothing is said of it."""
    journal = Journal.open(data_dir)
    path = _export(tmp_path, _plan(), started=False)
    _import(journal, path)
    store.update(journal, lambda t: t.started(DAY))
    store.update(journal, lambda t: t.amended("pairs", "4", DAY, "more"))
    assert _import(journal, path) == [
        "Rows read: 0; imported: 0; duplicates (already in the journal): 0; skipped: 0."
    ]
    trial = store.load_trial(journal)
    assert trial is not None and trial.start == DAY and trial.plan.pairs == 4


def test_the_shell_takes_the_exports_trial_only_when_asked(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.cli import main

    store.save_plan(Journal.open(data_dir), _plan("citrate", 200, seed=9))
    path = str(_export(tmp_path, _plan()))
    assert main(["import", "json", path]) == 0
    assert "import again with --take-trial." in capsys.readouterr().out
    assert main(["import", "json", path, "--take-trial"]) == 0
    assert "Took the export's trial" in capsys.readouterr().out
    assert store.load_trial(Journal.open(data_dir)).plan.form == "glycinate"  # type: ignore[union-attr]


def test_without_asking_the_journals_plan_is_kept(data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir)
    store.save_plan(journal, _plan("citrate", 200, seed=9))
    parsed = parse_document(json.loads(_export(tmp_path, _plan()).read_text()))
    assert import_document(journal, parsed).trial.startswith("Kept your trial plan (citrate")
    assert store.load_trial(journal).plan.form == "citrate"  # type: ignore[union-attr]


def test_the_exports_trial_is_taken_into_a_trial_file_without_a_current_trial(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal.open(data_dir)
    import_document(journal, ParsedDocument(files={"trial.json": {"trial": {}}}))
    assert (data_dir / "trial.json").exists() and store.load_trial(journal) is None
    assert _import(journal, _export(tmp_path, _plan())) == [
        "Rows read: 0; imported: 0; duplicates (already in the journal): 0; skipped: 0.",
        "Merged with yours: trial.json.",
    ]
    assert store.load_trial(journal).plan.form == "glycinate"  # type: ignore[union-attr]


def test_a_damaged_trial_in_the_journal_is_named_when_an_import_meets_it(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal.open(data_dir)
    store.save_plan(journal, _plan("citrate", 200, seed=9))
    tables = journal.read_file("trial.json")
    del tables["trial"]["1"]["format"]
    (data_dir / "trial.json").write_bytes(encode(tables))
    parsed = parse_document(json.loads(_export(tmp_path, _plan()).read_text()))
    with pytest.raises(DamagedFileError) as refused:
        import_document(journal, parsed)
    assert refused.value.path == data_dir / "trial.json"


def test_the_exports_trial_taken_has_a_revision_after_both(data_dir: Path, tmp_path: Path) -> None:
    """So a sync with a copy still holding either version keeps the one taken."""
    journal = Journal.open(data_dir)
    store.save_plan(journal, _plan("citrate", 200, seed=9))
    mine = journal.read_file("trial.json")["trial"]["1"]["rev"]["v"]
    parsed = parse_document(json.loads(_export(tmp_path, _plan()).read_text()))
    doc = parsed.files["trial.json"]["trial"]["1"]
    doc["rev"] = {"at": "2026-11-01T00:00:00", "by": "laptop", "v": {"laptop": 4}}
    import_document(journal, parsed, take_trial=True)
    rev = journal.read_file("trial.json")["trial"]["1"]["rev"]
    assert rev["at"] == clock.utc_stamp()
    assert rev["v"]["laptop"] == 4
    assert all(rev["v"][device] > n for device, n in mine.items())
