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


def test_profile_screen_with_a_refused_year_and_target(snap_compare: Any, data_dir: Path) -> None:
    """Each error at its field, the target line naming the first to fix (80x24)."""
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", onboarded=True))

    async def refused(pilot: Any) -> None:
        await pilot.press("p")
        await pilot.pause()
        await pilot.click("#born")
        await pilot.press(*"199")
        await pilot.click("#custom-target")
        await pilot.press("5", "ctrl+s")
        await pilot.pause()

    assert snap_compare(MgJournalApp(journal), terminal_size=(80, 24), run_before=refused)
