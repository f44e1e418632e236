"""`mg-journal eat` / `supplement` from the shell: stored, shown by the app, refused when bad."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable

from journal.cli import main
from tests.helpers import run_cli
from tests.ui.food_helpers import TODAY, make_app, stored_foods
from tests.unit.test_purity import modules_after_import


def test_eat_almonds_one_oz() -> None:
    done = run_cli("eat", "almonds", "1oz")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Logged Nuts, almonds: 1 oz (28 g) = 76 mg magnesium, 163 kcal")
    assert "breakfast 2026-11-25 09:30" in done.stdout


def test_eat_oat_bran_half_cup_and_banana_on_a_past_day(data_dir: Path) -> None:
    assert run_cli("eat", "oat bran", "1/2 cup").returncode == 0
    done = run_cli("eat", "banana", "1", "--meal", "breakfast", "--date", "2026-11-20")
    assert done.returncode == 0, done.stderr
    [oat] = stored_foods(data_dir)
    assert oat.name == "Oat bran, raw" and abs(oat.mg - 110) / 110 <= 0.1  # type: ignore[operator]
    [banana] = stored_foods(data_dir, TODAY.replace(day=20))
    assert banana.name == "Bananas, raw" and banana.meal == "breakfast" and banana.grams == 118


async def test_what_the_shell_stores_the_app_shows(data_dir: Path) -> None:
    assert run_cli("eat", "almonds", "1oz").returncode == 0
    assert run_cli("supplement", "glycinate", "--salt", "1430").returncode == 0
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#foods", DataTable)
        rows = [[str(c).strip() for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert any("Nuts, almonds" in r and "76" in r for r in rows)
        assert any("Magnesium glycinate" in r and "200" in r for r in rows)


def test_ambiguous_name_without_a_terminal_fails_listing_candidates(data_dir: Path) -> None:
    done = run_cli("eat", "milk", "1 cup")
    assert done.returncode == 1
    assert "could mean several foods" in done.stderr and "usda:" in done.stderr
    assert stored_foods(data_dir) == []


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ambiguous_name_on_a_terminal_asks(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = Terminal()
    monkeypatch.setattr(sys, "stdin", Terminal("2\n"))
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["eat", "milk", "100g"]) == 0
    listed = out.getvalue()
    assert " 1. usda:" in listed and " 2. usda:" in listed and "Which one?" in listed
    second = listed.split(" 2. ")[1].split("\n")[0].split()[0]
    [entry] = stored_foods(data_dir)
    assert entry.food_id == second


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("eat", "xyzzyq", "1"), "no food matches 'xyzzyq'"),
        (("eat", "almonds", "50kg"), "more than 5,000 g"),
        (("eat", "almonds", "1 furlong"), "unknown unit 'furlong'"),
        (("eat", "almonds", "0"), "more than zero"),
        (("eat", "almonds", "-2"), "positive"),
        (("eat", "almonds", "lots"), "unknown unit"),
        (("eat", "   ", "1"), "must not be empty"),
        (("eat", "alm\x1bonds", "1"), "control characters"),
        (("eat", "almonds", "1", "--meal", "brunch"), "'brunch' is not one of"),
        (("eat", "almonds", "1", "--date", "2027-01-01"), "in the future"),
        (("supplement", "glycinate", "0"), "must be more than 0"),
        (("supplement", "unobtainium", "200"), "'unobtainium' is not one of"),
        (("supplement", "other", "--salt", "500"), "no elemental fraction"),
        (("supplement", "citrate", "200", "--salt", "500"), "not both"),
        (("supplement", "citrate", "9000"), "more than the most allowed"),
    ],
)
def test_bad_input_is_refused_on_stderr(data_dir: Path, args: tuple[str, ...], says: str) -> None:
    done = run_cli(*args)
    assert done.returncode != 0 and says in done.stderr, done.stderr
    assert done.stdout == ""
    day = Path(data_dir / "entries")
    assert not any(day.glob("*.json")) or stored_foods(data_dir) == []


def test_markup_in_a_name_is_printed_literally() -> None:
    done = run_cli("eat", "[bold]xyzzyq", "1")
    assert "'[bold]xyzzyq'" in done.stderr


def test_supplement_converts_salt_mass_and_says_so() -> None:
    done = run_cli("supplement", "glycinate", "--salt", "1430")
    assert done.returncode == 0, done.stderr
    assert "1,430 mg magnesium glycinate ≈ 200 mg elemental (14%, approximate)" in done.stdout
    second = run_cli("supplement", "citrate", "200")
    assert "above the 350 mg upper limit" in second.stderr  # 400 mg of supplements


def test_eat_imports_no_textual() -> None:
    loaded = modules_after_import(
        "import os, journal.cli; journal.cli.main(['eat', 'almonds', '1oz'])"
    )
    assert not {m for m in loaded if m.split(".")[0] in {"textual", "rich"}}


def test_eat_finds_the_persons_own_foods(data_dir: Path) -> None:
    from journal.core.food.own_foods import custom_food_doc
    from journal.store.custom_foods import add_custom_food
    from journal.store.journal import Journal

    doc = custom_food_doc(
        "Granola bar, homemade",
        "48",
        "190",
        per_serving=True,
        serving_grams="40",
        serving_name="1 bar",
    )
    add_custom_food(Journal.open(data_dir), doc)
    done = run_cli("eat", "granola bar, homemade", "2")
    assert done.returncode == 0, done.stderr
    assert "Logged Granola bar, homemade: 2 bars (80 g) = 96 mg magnesium" in done.stdout
