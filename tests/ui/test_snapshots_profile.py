"""Snapshots of first-run onboarding and the profile screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import save_profile
from journal.tui.app import MgJournalApp


def test_onboarding(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(MgJournalApp(Journal.open(data_dir)), terminal_size=(100, 30))


def test_profile_screen(snap_compare: Any, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    profile = Profile(
        sex="female",
        birth_year=1990,
        lactating=True,
        conditions=("celiac", "heavy_alcohol"),
        onboarded=True,
    )
    save_profile(journal, profile)
    assert snap_compare(MgJournalApp(journal), terminal_size=(100, 30), press=["p"])


def test_today_with_a_custom_target(snap_compare: Any, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(custom_target_mg=365, onboarded=True))
    assert snap_compare(MgJournalApp(journal), terminal_size=(100, 30))
