"""The command palette runs our commands; the keymap and the theme come from the profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from journal.core.entries.kinds import CustomKind
from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.kinds import add_kind
from journal.store.profile import load_profile, save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.screens.go_to_date import GoToDate
from journal.tui.screens.symptom_form import SymptomForm
from journal.tui.screens.today import TodayScreen
from tests.helpers import onboarded
from tests.ui.painted import told_unbroken, unbroken
from tests.waiting import until

SIZE = (100, 30)
TODAY = date(2026, 11, 25)


def palette_offers(app: MgJournalApp) -> bool:
    """The palette has searched what was typed and highlights a command to run."""
    options = app.screen.query(CommandList)
    return bool(options) and options.first().highlighted is not None


async def run_command(pilot: Pilot[None], app: MgJournalApp, typed: str) -> None:
    await pilot.press("ctrl+p")
    assert CommandPalette.is_open(app)
    await run_command_in_open_palette(pilot, typed)


async def test_palette_logs_a_symptom_kind_on_disk(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, app, "log twitch")
        assert isinstance(app.screen, SymptomForm)
        [entry] = Journal.open(data_dir).day(TODAY).symptoms
        assert entry.kind == "twitch"


async def test_palette_logs_a_kind_of_ones_own_by_name(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    add_kind(journal, CustomKind("[bold]restless legs", None), set())
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"restless")
        await until(pilot, lambda: palette_offers(app), "the palette's match")
        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        # The name as typed, not read as markup.
        assert prompts == ["Log [bold]restless legs\nA kind of your own"]
        await pilot.press("enter")
        await until(pilot, lambda: not CommandPalette.is_open(app), "the palette to close")
        [entry] = Journal.open(data_dir).day(TODAY).symptoms
        assert entry.kind == "[bold]restless legs"


async def test_palette_from_the_dashboard_goes_back_to_today(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, DashboardScreen)
        await run_command(pilot, app, "go to a date")
        assert isinstance(app.screen, GoToDate)
        await pilot.press(*"yesterday", "enter")
        assert isinstance(app.screen, TodayScreen) and app.screen.shown == date(2026, 11, 24)


async def test_palette_exports_csv_where_the_shell_would(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, app, "export")
        await app.workers.wait_for_complete()
        await pilot.pause()
        folder = tmp_path / "mg-journal-export-2026-11-25"
        assert (folder / "daily.csv").exists()
        assert any(unbroken(f"Exported to {folder}") in said for said in told_unbroken(app))
        await run_command(pilot, app, "export")  # a second one today goes beside it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not any(n.severity == "error" for n in app._notifications)
        assert (tmp_path / "mg-journal-export-2026-11-25-2" / "daily.csv").exists()


async def test_a_theme_chosen_is_kept_and_used_at_the_next_start(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, app, "switch theme")
        await run_command_in_open_palette(pilot, "textual-light")
        assert app.theme == "textual-light"
        assert load_profile(Journal.open(data_dir)).theme == "textual-light"
    again = MgJournalApp(Journal.open(data_dir))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def run_command_in_open_palette(pilot: Pilot[None], typed: str) -> None:
    app = pilot.app
    assert isinstance(app, MgJournalApp)
    await until(pilot, lambda: app.screen.query(CommandList), "the palette")
    await pilot.press(*typed)
    await until(pilot, lambda: palette_offers(app), f"the palette's match for {typed!r}")
    palette = app.screen
    await pilot.press("enter")  # runs the command; it may open a palette of its own (themes)
    await until(pilot, lambda: app.screen is not palette, f"{typed!r} to run")


async def test_a_moved_key_works_and_the_old_one_is_free(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True, keymap={"cramp": "C", "previous_day": "h"}))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert (
            isinstance(app.screen, TodayScreen) and not Journal.open(data_dir).day(TODAY).symptoms
        )
        await pilot.press("h")
        assert app.screen.shown == date(2026, 11, 24)
        await pilot.press("C")
        assert isinstance(app.screen, SymptomForm)
        assert Journal.open(data_dir).day(date(2026, 11, 24)).symptoms[0].kind == "cramp"


async def test_clashing_keys_are_refused_with_a_message(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    keymap = {"cramp": "q", "twitch": "z", "spasm": "z", "fatigue": "banana", "quit": "Q"}
    save_profile(journal, Profile(onboarded=True, keymap=keymap))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.keymap == {}
        [note] = [n for n in app._notifications if n.title == "Keys not changed"]
        message = " ".join(note.message.split())  # wrapped to fit the toast
        assert "cramp -> q: q is already Quit" in message
        assert "twitch -> z: z would clash with spasm" in message
        assert "fatigue: 'banana' is not a key" in message
        assert "'quit' cannot be given a key of your own" in message
        await pilot.press("c")  # cramp keeps its usual key
        assert isinstance(app.screen, SymptomForm)


async def test_palette_offers_the_food_keys_of_today(data_dir: Path) -> None:
    from journal.tui.screens.food import FoodScreen
    from journal.tui.screens.supplement import SupplementScreen

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, app, "log food")
        assert isinstance(app.screen, FoodScreen)
        await pilot.press("escape")
        await run_command(pilot, app, "supplement")  # from Today's bindings, not a list here
        assert isinstance(app.screen, SupplementScreen)
