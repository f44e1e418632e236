"""Past trials meet by identity (start and plan), not by their place in the `past` table:
two journals that each filed one ended trial keep both after an import or a sync."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal.core.exchange.json_doc import parse_document
from journal.core.trial.plan import Plan
from journal.store import trial as store
from journal.store.export import export_json
from journal.store.importer import import_document
from journal.store.journal import Journal
from journal.store.sync_status import set_aside

DAY = date(2026, 9, 1)


def _past(journal: Journal, form: str, seed: int, start: date) -> None:
    """A trial of `form` started on `start`, stopped, then filed as past by a new plan."""
    store.save_plan(journal, Plan(form, 300, seed, created=start))
    store.update(journal, lambda t: t.started(start))
    store.update(journal, lambda t: t.stopped_on(start + timedelta(days=3), "travel"))
    store.save_plan(journal, Plan(form, 300, seed + 100, created=start + timedelta(days=5)))


def _past_on_disk(root: Path) -> list[tuple[str, str]]:
    past = json.loads((root / "trial.json").read_text())["past"]
    return sorted((d["plan"]["form"], d["start"]) for d in past.values())


def test_an_import_keeps_both_journals_past_trials(data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir)
    _past(journal, "citrate", 9, DAY)
    other = Journal.open(tmp_path / "other")
    _past(other, "glycinate", 5, DAY + timedelta(days=20))
    path = export_json(other, tmp_path / "export.json", None, None)

    import_document(journal, parse_document(json.loads(path.read_text())))

    assert _past_on_disk(data_dir) == [("citrate", "2026-09-01"), ("glycinate", "2026-09-21")]
    assert set_aside(journal) == []
    before = (data_dir / "trial.json").read_bytes()
    import_document(journal, parse_document(json.loads(path.read_text())))
    assert (data_dir / "trial.json").read_bytes() == before  # again: nothing new


def test_the_same_past_trial_from_both_is_kept_once(data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir)
    _past(journal, "citrate", 9, DAY)
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    path = export_json(Journal.open(copy), tmp_path / "export.json", None, None)
    import_document(journal, parse_document(json.loads(path.read_text())))
    assert _past_on_disk(data_dir) == [("citrate", "2026-09-01")]


def test_a_sync_conflict_copy_keeps_both_computers_past_trials(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "laptop")
    Journal.open(data_dir)
    shutil.copytree(data_dir, tmp_path / "b")
    _past(Journal.open(data_dir), "citrate", 9, DAY)
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "desk")
    _past(Journal.open(tmp_path / "b"), "glycinate", 5, DAY + timedelta(days=20))
    copy = data_dir / "trial.sync-conflict-20261125-093000-BBBBBBB.json"
    shutil.copyfile(tmp_path / "b" / "trial.json", copy)
    copy.chmod(0o600)

    Journal.open(data_dir)

    assert not copy.exists()
    assert _past_on_disk(data_dir) == [("citrate", "2026-09-01"), ("glycinate", "2026-09-21")]
