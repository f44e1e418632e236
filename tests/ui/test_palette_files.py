"""The palette's files: Screenshot saves the screen where export and backup go, and says
where; a file that cannot be written is one line saying why and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded
from tests.ui.painted import told, told_unbroken, unbroken
from tests.ui.test_palette_keymap_theme import SIZE, TODAY, run_command
from tests.waiting import until


async def test_a_screenshot_is_saved_in_the_folder_started_from(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY, "[b]Almonds"))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await run_command(pilot, app, "screenshot")
        await until(pilot, lambda: list(folder.glob("*.svg")), "the picture written")
        [picture] = folder.glob("*.svg")
        assert picture.name == "mg-journal-screen-2026-11-25-093000.svg"
        assert unbroken(f"Screenshot saved to {picture}") in told_unbroken(app)
        svg = picture.read_text()
        assert "Almonds" in svg and "Search&#160;for&#160;commands" not in svg  # palette gone
        await run_command(pilot, app, "screenshot")  # the same second: beside, not over it
        await until(pilot, lambda: len(list(folder.glob("*.svg"))) == 2, "a second picture")
        assert (folder / "mg-journal-screen-2026-11-25-093000-2.svg").exists()
    assert not list(data_dir.rglob("*.svg"))  # never in the (synced, maybe encrypted) journal


@pytest.mark.parametrize(
    ("typed", "what"), [("screenshot", "Screenshot"), ("export", "Export"), ("back up", "Backup")]
)
async def test_a_file_that_cannot_be_written_says_why_and_what_to_do(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, what: str
) -> None:
    """The folder the app was started from, removed meanwhile: export and backup ended
    the app with a traceback (FileNotFoundError in their worker)."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await run_command(pilot, app, typed)
        await until(pilot, lambda: app._notifications, "a message")
        [note] = app._notifications
        assert note.title == f"{what} failed" and note.severity == "error"
        message = " ".join(note.message.split())
        assert message.startswith("No such file or directory: mg-journal-")
        assert message.endswith("start mg-journal in a folder you can write to")
    assert app.return_code in (None, 0)


async def test_a_second_backup_export_and_trial_report_the_same_day_go_beside_the_first(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the second of a day failed ("... already exists; nothing was written.
    Choose another name with -o."): the app has no -o, so no second backup that day."""
    from datetime import timedelta

    from journal.core.trial.plan import Plan
    from journal.store.trial import save_plan, update
    from journal.tui.screens.trial import TrialScreen

    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY))
    begun = TODAY - timedelta(days=20)
    save_plan(journal, Plan("glycinate", 300, seed=3, created=begun))
    update(journal, lambda t: t.started(begun))
    day = TODAY.isoformat()
    app = MgJournalApp(journal)
    said: list[str] = []
    whole: list[str] = []

    async def written(pilot: Pilot[None], name: str) -> None:
        """The file, then its toast, read at once: a toast is gone after 8 s, and on a
        loaded machine the six files took longer than that (the first toasts were gone)."""
        await until(pilot, lambda: (folder / name).exists(), name)
        await until(pilot, lambda: any(name in m for m in told_unbroken(app)), f"{name}'s toast")
        said.extend(told(app))
        whole.extend(told_unbroken(app))

    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        for typed, first, second in [
            ("back up", f"mg-journal-backup-{day}.zip", f"mg-journal-backup-{day}-2.zip"),
            ("export", f"mg-journal-export-{day}", f"mg-journal-export-{day}-2"),
        ]:
            for name in (first, second):
                await run_command(pilot, app, typed)
                await written(pilot, name)
        await run_command(pilot, app, "open the trial")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        for name in (f"mg-journal-trial-{day}.html", f"mg-journal-trial-{day}-2.html"):
            await pilot.press("r")
            await written(pilot, name)
    assert not [line for line in said if "exists" in line or "failed" in line]
    assert unbroken(f"Backed up to {folder / f'mg-journal-backup-{day}-2.zip'}") in whole
    report = folder / f"mg-journal-trial-{day}-2.html"
    assert unbroken(f"Wrote the trial report to {report}") in whole
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [
            f"mg-journal-backup-{day}.zip",
            f"mg-journal-backup-{day}-2.zip",
            f"mg-journal-export-{day}",
            f"mg-journal-export-{day}-2",
            f"mg-journal-trial-{day}.html",
            f"mg-journal-trial-{day}-2.html",
        ]
    )


async def test_the_trial_report_in_a_removed_folder_says_why(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: r ended the app with a traceback (FileNotFoundError from Path.cwd())."""
    from journal.core.trial.plan import Plan
    from journal.store.trial import save_plan
    from journal.tui.screens.trial import TrialScreen

    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await run_command(pilot, app, "open the trial")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("r")
        await until(pilot, lambda: app._notifications, "a message")
        [note] = app._notifications
        assert note.title == "Not written" and note.severity == "error"
        said = " ".join(note.message.split())
        assert said.startswith("No such file or directory: mg-journal-trial-2026-11-25.html")
        assert isinstance(app.screen, TrialScreen)  # the app goes on


async def test_the_palette_on_the_trial_screen_does_not_offer_the_trial_again(
    data_dir: Path,
) -> None:
    """Before: "Open the trial" there put a second trial screen over the first, and two
    Escapes were needed to leave it."""
    from textual.command import CommandList, CommandPalette

    from journal.tui.screens.today import TodayScreen
    from journal.tui.screens.trial import TrialScreen

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await run_command(pilot, app, "open the trial")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")

        def offered() -> list[str]:
            lists = app.screen.query(CommandList)
            if not lists:
                return []
            found = lists.first()
            prompts = (found.get_option_at_index(i).prompt for i in range(found.option_count))
            return [str(p).split("\n")[0] for p in prompts]

        await pilot.press("ctrl+p", *"open the")
        await until(pilot, lambda: "Open the dashboard" in offered(), "the palette's matches")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Open the trial" not in offered()
        await pilot.press("escape")
        await until(pilot, lambda: not CommandPalette.is_open(app), "the palette closed")
        await pilot.press("escape")  # one Escape leaves the one trial screen
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "Today")
