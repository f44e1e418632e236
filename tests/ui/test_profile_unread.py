"""A profile that cannot be read (damaged, or encrypted with the key elsewhere) is said
on Today in one line with what to do, and no default target is shown as the person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.person.profile import Profile
from journal.store.encryption import encrypt
from journal.store.journal import Journal
from journal.store.profile import save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.today import TodayScreen
from tests.helpers import food
from tests.ui.food_helpers import TODAY
from tests.ui.painted import squeezed, wait_painted
from tests.waiting import until

UNREAD = "Your profile cannot be read, so your target is unknown:"


def journal_of(data_dir: Path) -> Journal:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", custom_target_mg=320, onboarded=True))
    journal.add(food(TODAY, mg=76.0))
    return journal


async def test_a_damaged_profile_is_said_and_no_target_is_shown(data_dir: Path) -> None:
    journal_of(data_dir)
    (data_dir / "profile.json").write_text("{not json")
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        seen = await wait_painted(pilot, UNREAD)
        assert isinstance(app.screen, TodayScreen)  # not the welcome: a profile was saved
        assert "is damaged (not valid JSON at line 1)" in seen  # the store's line: what to do
        assert "Magnesium 76 mg target unknown" in seen
        assert "of 400 mg" not in seen and "%" not in seen.split("Foods")[0]


async def test_without_the_key_both_the_day_and_the_profile_are_said(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt(journal_of(data_dir))
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "another-computer"))
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        seen = await wait_painted(pilot, UNREAD)
        assert "This day is read-only" in seen
        assert seen.count("mg-journal key import") == 2  # what to do, for each
        assert "target unknown" in seen and "of 400 mg" not in seen


async def test_a_profile_damaged_while_the_app_runs_is_said_and_mended(data_dir: Path) -> None:
    journal_of(data_dir)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_painted(pilot, "of 320 mg custom")
        saved = (data_dir / "profile.json").read_bytes()
        (data_dir / "profile.json").write_text("{not json")
        await wait_painted(pilot, UNREAD)  # the 2-second check for the shell's changes
        assert [n.title for n in app._notifications] == ["Profile not read"]
        (data_dir / "profile.json").write_bytes(saved)
        await until(pilot, lambda: UNREAD not in squeezed(app), "the line gone")
        assert "of 320 mg custom" in squeezed(app)


async def test_the_dashboard_says_its_low_days_use_the_default_target(data_dir: Path) -> None:
    journal_of(data_dir)
    (data_dir / "profile.json").write_text("{not json")
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_painted(pilot, UNREAD)
        await pilot.press("d")
        seen = await wait_painted(pilot, "Your profile cannot be read, so low days here")
        assert "judged by the default target (400 mg), not yours" in seen
        assert "is damaged (not valid JSON at line 1)" in seen


async def test_a_readable_profile_says_nothing_on_the_dashboard(data_dir: Path) -> None:
    journal_of(data_dir)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_painted(pilot, "of 320 mg custom")
        await pilot.press("d")
        seen = await wait_painted(pilot, "a low day is below")
        assert "cannot be read" not in seen
