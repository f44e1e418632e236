"""`mg-journal eat` / `supplement` from the shell: stored, shown by the app, refused when bad."""

from __future__ import annotations

import io
import shlex
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable

from journal.cli import main
from journal.store.journal import Journal
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
    done = run_cli("eat", "rice", "1 cup")
    assert done.returncode == 1
    assert "'rice' could mean foods with different magnesium" in done.stderr
    assert "  mg-journal eat 'usda:20037 1 cup'" in done.stderr  # the exact command to repeat
    assert stored_foods(data_dir) == []


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ambiguous_name_on_a_terminal_asks(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = Terminal()
    monkeypatch.setattr(sys, "stdin", Terminal("2\n"))
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["eat", "rice", "100g"]) == 0
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
        (("eat", "almonds", "lots"), "no food matches 'almonds lots'"),
        # logged 2 g of "Rice cake, cracker", weighed by no portion (`too_few_grams`)
        (("eat", "usda:42204", "2"), "so 2 would be 2 g: say how much"),
        (("eat", "   ", "1"), "food: is empty; type the food before '1', e.g. almonds 1oz"),
        (("eat", ""), "food: is empty; type what you ate, e.g. mg-journal eat almonds 1oz"),
        (("eat", "", "--custom", "4"), "food: is empty; type what you ate"),
        (("eat", "alm\x1bonds", "1"), "control characters"),
        (("eat", "almonds", "1", "--meal", "brunch"), "'brunch' is not one of"),
        (("eat", "almonds", "1", "--date", "2027-01-01"), "2027-01-01 is a day to come"),
        (("supplement", "glycinate", "0"), "give more than 0"),
        (
            ("supplement", "unobtainium", "200"),
            "form: 'unobtainium' is not a form; use one of: oxide",
        ),
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
    from journal.core.food.own_foods import own_food_doc
    from journal.store.journal import Journal
    from journal.store.own_foods import add_own_food

    doc = own_food_doc(
        "Granola bar, homemade",
        "48",
        "190",
        per_serving=True,
        serving_grams="40",
        serving_name="1 bar",
    )
    add_own_food(Journal.open(data_dir), doc)
    done = run_cli("eat", "granola bar, homemade", "2")
    assert done.returncode == 0, done.stderr
    assert "Logged Granola bar, homemade: 2 bars (80 g) = 96 mg magnesium" in done.stdout


def test_one_line_of_three_foods_logs_three_entries_and_a_summary(data_dir: Path) -> None:
    done = run_cli("eat", "oatmeal 1 cup, banana, almonds 1 oz")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == [
        "Logged Cereals, oats, regular and quick, unenriched, cooked with water (includes "
        "boiling and microwaving), without salt",
        "Logged Bananas, raw",
        "Logged Nuts, almonds",
    ]
    assert lines[3] == "3 foods: 171 mg magnesium, 434 kcal; breakfast 2026-11-25"  # 63+32+76
    stored = stored_foods(data_dir)
    assert sorted(f.grams for f in stored) == [28.35, 118, 234]  # type: ignore[type-var]
    assert len({f.id for f in stored}) == 3


@pytest.mark.parametrize(
    ("words", "name", "grams"),
    [
        (("2 eggs",), "Egg, whole, cooked, hard-boiled", 100),  # two large eggs
        (("lentils", "1"), "Lentils, mature seeds, cooked, boiled, without salt", 198),
        (("black", "beans", "1"), "Beans, black, mature seeds, cooked, boiled, without salt", 172),
        (("almonds", "1"), "Nuts, almonds", 28.35),
        (
            ("a", "cup", "of", "cooked", "lentils"),
            "Lentils, mature seeds, cooked, boiled, without salt",
            198,
        ),
    ],
)
def test_everyday_words_log_the_food_as_eaten(
    data_dir: Path, words: tuple[str, ...], name: str, grams: float
) -> None:
    done = run_cli("eat", *words)
    assert done.returncode == 0, done.stderr
    [entry] = stored_foods(data_dir)
    assert (entry.name, entry.grams) == (name, grams)


@pytest.mark.parametrize(
    ("line", "name", "grams", "shown"),
    [
        ("10 almonds", "Nuts, almonds", 12.0, "10 almonds (12 g) = 32 mg"),  # 1 almond, 1.2 g
        (
            "10 grapes",
            "Grapes, red or green (European type, such as Thompson seedless), raw",
            49.0,
            "10 grapes (49 g) = 3 mg",
        ),
        ("3 strawberries", "Strawberries, raw", 36.0, '3 medium (1-1/4" dia, 36 g) = 5 mg'),
    ],
)
def test_a_count_of_small_things_logs_that_many_pieces(
    data_dir: Path, line: str, name: str, grams: float, shown: str
) -> None:
    done = run_cli("eat", line)
    assert done.returncode == 0, done.stderr
    assert shown in done.stdout
    [entry] = stored_foods(data_dir)
    assert (entry.name, entry.grams) == (name, pytest.approx(grams))


def test_a_count_of_raw_cashews_is_refused_rather_than_read_as_ounces(data_dir: Path) -> None:
    done = run_cli("eat", "oatmeal, 20 raw cashews")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "mg-journal: quantity: 20 raw cashews: the table weighs raw cashews by the oz, not "
        "one by one: say how much, e.g. 1 oz of raw cashews or 30 g of raw cashews"
    )
    assert stored_foods(data_dir) == []  # nothing of the line


def test_a_count_of_cashews_is_read_from_usdas_count_of_kernels(data_dir: Path) -> None:
    """Dry-roasted cashews have no count in the table; oil-roasted ones, the same
    magnesium within 10%, are "1 oz (18 kernels)": 20 of them are 31.5 g."""
    done = run_cli("eat", "20 cashews")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "Logged Nuts, cashew nuts, oil roasted, without salt added: 20 kernels (32 g) = 86 mg"
    )
    assert "also matches Nuts, cashew nuts, dry roasted, with salt added" in done.stdout
    [logged] = stored_foods(data_dir)
    assert logged.grams == pytest.approx(20 * 28.35 / 18)


@pytest.mark.parametrize("line", [",", " ; ", ",,"])
def test_commas_without_a_food_are_refused(data_dir: Path, line: str) -> None:
    done = run_cli("eat", line)
    assert done.returncode == 2
    assert done.stderr == (
        f"mg-journal: food: {line.strip()!r} names no food: e.g. 'oatmeal 1 cup, banana'\n"
    )
    assert stored_foods(data_dir) == []


@pytest.mark.parametrize("command", [("eat", "almonds"), ("supplement", "glycinate", "100")])
def test_a_time_later_today_is_refused(data_dir: Path, command: tuple[str, ...]) -> None:
    done = run_cli(*command, "--time", "09:31")  # the clock is pinned at 09:30
    assert done.returncode == 2
    assert (
        done.stderr == "mg-journal: time: 09:31 is later than now (09:30); log what has happened\n"
    )
    assert Journal.open(data_dir).day(TODAY).is_empty


@pytest.mark.parametrize("damage", [b'{"foods": {', b'{"_meta": {"1": {"schema": 99}}}'])
def test_a_damaged_or_newer_day_last_week_does_not_stop_logging_today(
    data_dir: Path, damage: bytes
) -> None:
    assert run_cli("eat", "banana", "--date", "2026-11-20").returncode == 0
    day_file = data_dir / "entries" / "2026-11-20.json"
    day_file.write_bytes(damage)  # half synced, or from a newer version elsewhere
    done = run_cli("eat", "almonds")
    assert done.returncode == 0, done.stderr
    assert [f.name for f in stored_foods(data_dir)] == ["Nuts, almonds"]
    assert day_file.read_bytes() == damage  # left as it was
    refused = run_cli("eat", "almonds", "--date", "2026-11-20")
    assert refused.returncode == 1 and "2026-11-20.json" in refused.stderr


def test_a_measure_without_a_food_is_refused(data_dir: Path) -> None:
    done = run_cli("eat", "banana, 1 oz")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "mg-journal: food: '1 oz' names no food: say which, e.g. 'almonds 1 oz'"
    )
    assert stored_foods(data_dir) == []  # not "APPLEBEE'S, 9 oz house sirloin steak"


def test_the_refusal_names_a_command_that_logs(data_dir: Path) -> None:
    done = run_cli("eat", "banana, rice")
    assert done.returncode == 1 and stored_foods(data_dir) == []  # nothing of the line
    command = done.stderr.strip().splitlines()[-1].strip()
    assert command == "mg-journal eat 'banana, usda:20037'"
    again = run_cli(*shlex.split(command)[1:])
    assert again.returncode == 0, again.stderr
    assert sorted(f.food_id or "" for f in stored_foods(data_dir)) == ["usda:09040", "usda:20037"]


@pytest.mark.parametrize(
    ("words", "says"),
    [
        (
            "xyzzyq",
            "no food matches 'xyzzyq'; check the spelling, or log it with your own "
            "figure: mg-journal eat 'xyzzyq' --custom MG",
        ),
        (
            "banana lentils",
            "for several foods put commas between them ('banana, lentils'); for one, try its "
            "main word ('lentils') or your own figure: mg-journal eat 'banana lentils' --custom MG",
        ),
        # USDA's SR24 has no green tea: said, with the teas it has (`not_in_table`)
        ("green tea", "the table (USDA SR24) has no green, white or oolong tea"),
        ("a glass of oat milk", "the table (USDA SR24) has no oat milk"),
        (
            "beans on toast",  # "on" is no food to log: 'beans, on, toast' was offered
            "for several foods put commas between them ('beans, toast'); for one, try its "
            "main word ('toast')",
        ),
        ("toast with jam", "put commas between them ('toast, jam')"),
        # words that name one food stay together: it split 'peanut, butter, crackers'
        (
            "peanut butter crackers banana",
            "put commas between them ('peanut butter crackers, banana'); for one, try its "
            "main word ('banana')",
        ),
        ("peanut butter toast", "put commas between them ('peanut butter, toast')"),
    ],
)
def test_nothing_matches_says_what_to_do(data_dir: Path, words: str, says: str) -> None:
    done = run_cli("eat", words)
    assert done.returncode == 1 and says in done.stderr, done.stderr
    assert "fewer letters" not in done.stderr


def test_porridge_with_milk_logs_oats_cooked_in_water_and_says_so(data_dir: Path) -> None:
    # it found nothing ("put commas between them ('porridge, milk')")
    done = run_cli("eat", "porridge with milk")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Logged Cereals, oats, regular and quick, unenriched, cooked")
    assert "the table has no oats cooked in milk" in done.stdout
    [entry] = stored_foods(data_dir)
    assert (entry.food_id, entry.grams) == ("usda:08121", pytest.approx(234.0))


def test_custom_logs_the_words_with_the_figure_given(data_dir: Path) -> None:
    done = run_cli("eat", "grandma's soup", "--custom", "40")
    assert done.returncode == 0, done.stderr
    [entry] = stored_foods(data_dir)
    assert (entry.name, entry.mg, entry.food_id) == ("grandma's soup", 40, None)


@pytest.mark.parametrize(("typed", "said", "mg"), [("12.5", "12.5 mg", 12.5), ("0", "0 mg", 0.0)])
def test_a_custom_figure_is_said_as_given_and_0_is_a_figure(
    data_dir: Path, typed: str, said: str, mg: float
) -> None:
    done = run_cli("eat", "water", "--custom", typed)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Logged water: {said} magnesium; ")
    [entry] = stored_foods(data_dir)
    assert entry.mg == mg  # known, not unknown


def test_a_negative_custom_figure_is_refused(data_dir: Path) -> None:
    done = run_cli("eat", "water", "--custom", "-1")
    assert (done.returncode, done.stderr) == (
        2,
        "mg-journal: custom: -1 is too little; give 0 or more\n",
    )
    assert stored_foods(data_dir) == []


def test_variants_with_the_same_magnesium_log_the_best_and_say_which(data_dir: Path) -> None:
    done = run_cli("eat", "black turtle beans cooked")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] == (
        "  ('black turtle beans cooked' also matches Beans, black turtle soup, mature seeds, "
        "cooked, boiled, with salt: the same magnesium within 10%)"
    )
    [entry] = stored_foods(data_dir)
    assert entry.food_id == "usda:16017"


def test_a_food_without_a_portion_asks_how_much_rather_than_logging_one_gram(
    data_dir: Path,
) -> None:
    refused = run_cli("eat", "ice cream sandwich")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "no household portion of Ice cream sandwich; say how much, e.g. " in refused.stderr
    assert stored_foods(data_dir) == []
    assert run_cli("eat", "2 ice cream sandwiches").returncode != 0  # not 2 g either
    done = run_cli("eat", "ice cream sandwich 80")  # a number after it is grams
    assert done.returncode == 0, done.stderr
    [sandwich] = stored_foods(data_dir)
    assert sandwich.grams == 80 and sandwich.mg == pytest.approx(29 * 0.8)


def test_ice_cream_is_asked_about_not_logged_as_a_gram_of_a_sandwich(data_dir: Path) -> None:
    asked = run_cli("eat", "ice cream")
    assert asked.returncode == 1 and "could mean foods" in asked.stderr
    assert "Ice creams, vanilla" in asked.stderr and stored_foods(data_dir) == []


def test_a_past_days_food_takes_its_meals_usual_time_and_a_supplement_midday(
    data_dir: Path,
) -> None:
    """Today's clock time (09:30) on a past day would sort a backfilled dinner first."""
    assert run_cli("eat", "banana", "--date", "2026-11-20", "--meal", "dinner").returncode == 0
    assert run_cli("eat", "oatmeal", "--date", "2026-11-20", "--meal", "breakfast").returncode == 0
    assert run_cli("supplement", "glycinate", "100", "--date", "2026-11-20").returncode == 0
    day = Journal.open(data_dir).day(TODAY.replace(day=20))
    assert [(f.meal, f"{f.time:%H:%M}") for f in day.foods] == [
        ("breakfast", "08:00"),
        ("dinner", "18:30"),
    ]
    assert [f"{s.time:%H:%M}" for s in day.supplements] == ["12:00"]
    today = run_cli("eat", "banana")  # today: the time now
    assert "2026-11-25 09:30" in today.stdout


def test_an_own_food_and_a_recipe_log_one_of_the_persons_servings(data_dir: Path) -> None:
    """A serving of "2 tbsp" is 30 g, not 1 tbsp; a recipe of 2 servings gives one, not
    the whole pot; "2 big salads" is two servings."""
    from journal.core.food.own_foods import Ingredient, own_food_doc, recipe_doc
    from journal.store.own_foods import add_own_food, add_recipe

    journal = Journal.open(data_dir)
    add_own_food(
        journal,
        own_food_doc(
            "Nut butter mix",
            "90",
            "180",
            per_serving=True,
            serving_grams="30",
            serving_name="2 tbsp",
        ),
    )
    salad = [
        Ingredient("usda:11457", "Spinach", 600.0, "600 g", 474.0, 138.0),
        Ingredient("usda:04053", "Oil", 163.0, "163 g", 0.0, 1440.0),
    ]
    add_recipe(journal, recipe_doc("Big salad", "2", salad))
    for line, grams, mg in [
        ("nut butter mix", 30, 90),
        ("big salad", 381.5, 237),
        ("2 big salads", 763, 474),
        ("big salad 2", 763, 474),
    ]:
        done = run_cli("eat", line)
        assert done.returncode == 0, done.stderr
        logged = stored_foods(data_dir)[-1]
        assert (logged.grams, round(logged.mg or 0)) == (grams, mg), (line, done.stdout)


def test_one_near_name_is_offered_as_the_closest_not_as_a_choice(data_dir: Path) -> None:
    asked = run_cli("eat", "guacamole")
    assert asked.returncode == 1 and stored_foods(data_dir) == []
    assert asked.stderr.startswith(
        "mg-journal: 'guacamole' names no food in the table exactly; nothing logged. If the "
        "closest is what you ate, repeat with it (or use --custom MG):\n"
    )
    assert "Tostada with guacamole" in asked.stderr and "could mean" not in asked.stderr


@pytest.mark.parametrize(("words", "offered"), [("chocolate", True), ("curry", False)])
def test_the_ready_line_offers_only_a_food_the_words_name(
    data_dir: Path, words: str, offered: bool
) -> None:
    """'beer' offered Beerwurst first (beer is now logged as one) and 'latte' a veal
    breast (now said to be espresso and milk, `not_in_table`): the ready-to-paste line
    names a food whose name holds the words ("Candies, milk chocolate", first for
    "chocolate", is a candy), or says none does ("curry": its foods are curry powder and
    dishes made with it; "ramen", once this case, is now its dry packet)."""
    from journal.core.food.choose import names
    from journal.core.food.quick_search import find_by_id
    from journal.store.shipped import read_food_table

    asked = run_cli("eat", words)
    assert asked.returncode == 1 and stored_foods(data_dir) == []
    last = asked.stderr.splitlines()[-1].strip()
    if not offered:
        assert last.startswith(f"(none of these is named {words!r}")
    else:
        assert last.startswith("mg-journal eat usda:")
        food = find_by_id(read_food_table(), [], last.split()[-1])
        assert food is not None and names(words, food), food


@pytest.mark.parametrize("line", ["almonds ²", "² almonds", "almonds ٣"])
def test_a_number_this_cannot_read_is_refused_not_dropped(data_dir: Path, line: str) -> None:
    """'almonds ²' logged 1 oz: the ² was dropped from the words unseen."""
    refused = run_cli("eat", line)
    assert refused.returncode == 2 and "is not a number this reads" in refused.stderr
    assert stored_foods(data_dir) == []


def test_small_shell_words_say_what_to_do(data_dir: Path, tmp_path: Path) -> None:
    zero = run_cli("eat", "soup", "--custom", "-0")
    assert zero.returncode == 0 and "Logged soup: 0 mg magnesium" in zero.stdout
    folder = tmp_path / "out"
    folder.mkdir()
    into_folder = run_cli("export", "--format", "json", "-o", str(folder))
    assert into_folder.returncode != 0
    assert "Give a file name, not a folder, then try again." in into_folder.stderr
    blank = run_cli("report", "-o", "")
    assert blank.returncode == 2 and "output: give a file name" in blank.stderr


@pytest.mark.parametrize("line", ["banana, raw 100 g", "Bananas, raw 100 g", "bananas , RAW 100 g"])
def test_a_foods_name_in_either_number_is_one_food(data_dir: Path, line: str) -> None:
    """A helper's report: `eat "banana, raw 100 g"` (USDA: "Bananas, raw") logged two foods."""
    done = run_cli("eat", line)
    assert done.returncode == 0, done.stderr
    [banana] = stored_foods(data_dir)
    assert (banana.name, banana.grams) == ("Bananas, raw", 100)
