"""What the symptom form and Today with symptoms look like."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from journal.core.entries.models import FactorEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import factor, onboarded, symptom
from tests.ui.welcome import welcome_skipped

TODAY = date(2026, 11, 25)


def test_symptom_form(data_dir: Path, snap_compare: Any) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    assert snap_compare(app, press=["c", "3", "c"], terminal_size=(80, 24))


def test_today_with_symptoms(data_dir: Path, snap_compare: Any) -> None:
    journal = welcome_skipped(Journal.open(data_dir))
    journal.add(symptom(TODAY, "cramp", "06:30", severity=3, where="calf", note="woke me [b"))
    journal.add(symptom(TODAY, "twitch", "08:10", where="eyelid"))
    journal.add(factor(TODAY, "exercise", 45))
    journal.add(FactorEntry(TODAY, time(7, 0), "poor_sleep", note="4 hours"))
    assert snap_compare(MgJournalApp(journal), terminal_size=(100, 30))
