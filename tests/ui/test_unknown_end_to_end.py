"""A blank Cronometer cell stays unknown all the way: store, Today's bar, report, CSV export."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from textual.widgets import DataTable

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.mg_bar import MagnesiumBar
from tests.helpers import onboarded, run_cli

TODAY = date(2026, 11, 25)
SERVINGS = (
    "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg),Completed\n"
    "2026-11-25,07:30,Breakfast,Oatmeal,1.00 cup,166,61.2,false\n"
    "2026-11-25,08:00,Breakfast,Mystery bar,1.00 bar,210,,false\n"
)


async def test_blank_magnesium_cell_is_unknown_end_to_end(tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "servings.csv"
    source.write_text(SERVINGS, encoding="utf-8")
    assert run_cli("import", "cronometer", str(source)).returncode == 0
    journal = onboarded(Journal.open(data_dir))
    bar = journal.day(TODAY).foods[1]
    assert (bar.name, bar.mg, bar.grams, bar.portion) == ("Mystery bar", None, None, "1.00 bar")

    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one(MagnesiumBar).render())
        assert "Magnesium at least 61 mg of 310 mg" in shown
        assert "1 of 2 foods without a magnesium figure" in shown
        table = app.screen.query_one("#foods", DataTable)
        row = [str(cell).strip() for cell in table.get_row_at(1)]
        assert row[2:5] == ["Mystery bar", "1.00 bar", "?"]  # the portion, not "1 g"
        # Editing it on Today would need grams it does not have: say how, change nothing.
        table.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is not None and type(app.screen).__name__ == "TodayScreen"
        said = [str(n.message) for n in app._notifications]
        assert any("its weight is unknown (1.00 bar)" in m for m in said)
        assert journal.day(TODAY).foods[1] == bar

    report = run_cli("report", "--days", "7").stdout
    assert "Wed 25 Nov  at least 61 mg (1 of 2 foods without a magnesium figure)" in report

    out = tmp_path / "csv"
    assert run_cli("export", "-o", str(out)).returncode == 0
    with (out / "foods.csv").open(newline="") as f:
        foods = list(csv.DictReader(f))
    assert [(f["name"], f["grams"], f["magnesium_mg"]) for f in foods] == [
        ("Oatmeal", "", "61.2"),  # "1.00 cup": a volume, so its weight is unknown too
        ("Mystery bar", "", ""),
    ]
    with (out / "daily.csv").open(newline="") as f:
        (daily,) = csv.DictReader(f)
    assert (daily["magnesium_total_mg"], daily["magnesium_total_is"]) == ("61.2", "at least")
    assert (daily["foods_logged"], daily["foods_without_magnesium"]) == ("2", "1")
