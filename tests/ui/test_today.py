"""The Today screen shows what the store holds, moves between days, and shows text literally."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable, Static

from journal.core.entries.models import SupplementEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.today import TodayScreen
from journal.tui.widgets.mg_bar import MagnesiumBar
from tests.helpers import as_named, factor, food, onboarded, symptom
from tests.ui.welcome import welcome_skipped
from tests.waiting import until

TODAY = date(2026, 11, 25)


def table_text(app: MgJournalApp, selector: str) -> list[list[str]]:
    table = app.screen.query_one(selector, DataTable)
    return [[str(cell).strip() for cell in table.get_row_at(n)] for n in range(table.row_count)]


def screen_text(app: MgJournalApp) -> str:
    parts = [str(w.render()) for w in app.screen.query(Static)]
    return "\n".join(parts)


async def test_today_shows_the_days_entries_and_total(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY, "Almonds", mg=76.0))
    journal.add(food(TODAY, "Oat bran", mg=110.0, at="07:30"))
    journal.add(symptom(TODAY, severity=3, where="calf", note="woke me"))
    journal.add(factor(TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        foods = table_text(app, "#foods")
        assert [row[2] for row in foods] == ["Oat bran", "Almonds"]  # time order
        assert foods[1][4] == "76"
        symptoms = table_text(app, "#symptoms")
        assert symptoms[0][:3] == ["06:30", "cramp", "severity 3 · calf"]
        assert symptoms[1][1] == "exercise" and symptoms[1][2] == "45 minutes"
        bar = str(app.screen.query_one(MagnesiumBar).render())
        assert "186 mg of 310 mg" in bar and "60%" in bar
        assert "Wednesday 25 November 2026" in screen_text(app)


async def test_brackets_move_between_days_and_t_returns(data_dir: Path) -> None:
    journal = welcome_skipped(Journal.open(data_dir))
    journal.add(food(date(2026, 10, 31), "Halloween pumpkin seeds"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*["left_square_bracket"] * 25)
        assert app.screen.shown == date(2026, 10, 31)  # type: ignore[attr-defined]
        assert table_text(app, "#foods")[0][2] == "Halloween pumpkin seeds"
        assert "Saturday 31 October 2026" in screen_text(app)
        await pilot.press("right_square_bracket")
        assert table_text(app, "#foods") == []
        await pilot.press("t")
        assert app.screen.shown == TODAY  # type: ignore[attr-defined]
        await pilot.press("right_square_bracket")  # no future days
        assert app.screen.shown == TODAY  # type: ignore[attr-defined]


async def test_user_text_is_shown_literally(data_dir: Path) -> None:
    journal = welcome_skipped(Journal.open(data_dir))
    journal.add(food(TODAY, "[bold]x"))
    journal.add(food(TODAY, "[b", at="09:00"))
    journal.add(symptom(TODAY, note="[red]not red[/] [link=x]"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        cells = app.screen.query_one("#foods", DataTable).get_row_at(0)
        assert isinstance(cells[2], Text) and cells[2].plain == "[bold]x"
        assert not cells[2].spans
        assert [r[2] for r in table_text(app, "#foods")] == ["[bold]x", "[b"]
        assert table_text(app, "#symptoms")[0][3] == "[red]not red[/] [link=x]"


async def test_a_damaged_day_is_shown_and_other_days_still_open(data_dir: Path) -> None:
    journal = welcome_skipped(Journal.open(data_dir))
    journal.add(food(date(2026, 10, 31), "October food"))
    journal.add(food(TODAY))
    path = journal.day_path(TODAY)
    path.write_bytes(b'{"foods": {"1": {"torn')
    before = path.read_bytes()
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "This day is read-only" in screen_text(app)
        assert as_named(path, data_dir) in screen_text(app)
        await pilot.press(*["left_square_bracket"] * 25)
        assert table_text(app, "#foods")[0][2] == "October food"
        assert "read-only" not in screen_text(app)
    assert path.read_bytes() == before


async def test_an_entry_written_by_another_process_appears(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        Journal.open(data_dir).add(symptom(TODAY, "twitch"))  # as a shell quick-log would
        # Today polls the day file's stamp every 2 s.
        await until(pilot, lambda: table_text(app, "#symptoms"), "the other process's entry")
        assert table_text(app, "#symptoms")[0][1] == "twitch"


async def test_undo_reverts_the_last_change(data_dir: Path) -> None:
    from journal.core.entries.undo import Change

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 30)) as pilot:
        entry = food(TODAY, "Spinach")
        assert app.apply(Change(None, entry))
        await pilot.pause()
        assert table_text(app, "#foods")[0][2] == "Spinach"
        await pilot.press("u")
        assert table_text(app, "#foods") == []
        assert Journal.open(data_dir).day(TODAY).foods == []


async def test_the_bar_is_as_tall_as_its_text_when_the_warning_wraps(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(SupplementEntry(TODAY, time(8, 0), "citrate", 400.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(MagnesiumBar)
        text = bar.render()
        assert "upper limit" in str(text)
        lines = text.wrap(app.console, bar.size.width)
        assert len(lines) > 3 and bar.size.height == len(lines)  # the warning takes two lines


async def test_a_past_day_shows_the_target_of_its_time(data_dir: Path) -> None:
    """A pregnancy that ended yesterday: yesterday's bar is against 350 mg, today's 310."""
    from journal.core.person.profile import Profile
    from journal.store.profile import save_profile, update_profile

    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1996, pregnant=True, onboarded=True))
    update_profile(journal, lambda p: p.but(pregnant=False))  # from today, 25 November
    journal.add(food(date(2026, 11, 24), "Almonds", mg=175.0))
    journal.add(food(TODAY, "Almonds", mg=155.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        bar = app.screen.query_one(MagnesiumBar)
        await until(pilot, lambda: "155 mg of 310 mg" in str(bar.render()), "today's bar")
        assert "50%" in str(bar.render())
        await pilot.press("left_square_bracket")
        await until(
            pilot,
            lambda: "175 mg of 350 mg" in str(app.screen.query_one(MagnesiumBar).render()),
            "yesterday's bar, against the pregnancy's 350 mg",
        )
        assert "50%" in str(app.screen.query_one(MagnesiumBar).render())


async def test_an_infants_supplement_is_noted_as_having_no_limit_set(data_dir: Path) -> None:
    from journal.core.person.profile import Profile
    from journal.store.profile import save_profile

    journal = Journal.open(data_dir)
    save_profile(journal, Profile(birth_year=2026, onboarded=True))
    journal.add(SupplementEntry(TODAY, time(8, 0), "citrate", 20.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        bar = app.screen.query_one(MagnesiumBar)
        await until(
            pilot,
            lambda: "no upper limit is set under 1 year" in str(bar.render()),
            "the infant's note",
        )
        assert "⚠ Supplements 20 mg" in str(bar.render())
