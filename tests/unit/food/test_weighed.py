"""A grain, pasta or pulse weighed by mass asks whether it was weighed dry or cooked (a
reviewer's report: "brown rice 100 g" logged cooked rice, 43 mg, where 100 g of the raw
grain holds 143 mg; "pasta 100 g", "white rice 100 g" alike), unless a word says which."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journal.core.food.choose import Choice
from journal.core.food.eat_line import resolve
from journal.core.food.everyday_foods import EVERYDAY
from journal.core.food.foods import Food
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id, same_head
from journal.core.food.weighed import dry_form, is_cooked
from journal.store.shipped import read_food_table
from tests.helpers import ROOT, run_cli

TABLE = read_food_table()
# Each everyday cooked grain, pasta or pulse (`everyday_foods.EVERYDAY`): words for it by
# weight, and USDA SR24's dry form of the same food.
WEIGHED = {
    "usda:08121": ("oats 40 g", "usda:08120"),  # rolled oats, dry: not whole "Oats"
    "usda:20037": ("brown rice 100 g", "usda:20036"),
    "usda:20045": ("white rice 100 g", "usda:20044"),
    "usda:20137": ("quinoa 50 g", "usda:20035"),
    "usda:20121": ("pasta 100 g", "usda:20120"),  # Spaghetti, dry, enriched
    "usda:20100": ("macaroni 80 g", "usda:20099"),
    "usda:20006": ("barley 50 g", "usda:20005"),
    "usda:20013": ("bulgur 60 g", "usda:20012"),
    "usda:20029": ("couscous 60 g", "usda:20028"),
    "usda:20032": ("millet 60 g", "usda:20031"),
    "usda:16070": ("lentils 50 g", "usda:16069"),
    "usda:16015": ("black beans 60 g", "usda:16014"),
    "usda:16028": ("kidney beans 60 g", "usda:16027"),
    "usda:16043": ("pinto beans 60 g", "usda:16042"),
    "usda:16038": ("navy beans 60 g", "usda:16037"),
    "usda:16057": ("chickpeas 100 g", "usda:16056"),
}


def _food(food_id: str) -> Food:
    food = find_by_id(TABLE, [], food_id)
    assert food is not None, food_id
    return food


def _choice(phrase: str, eaten: tuple[str, ...] = ()) -> Choice:
    [item] = parse_line(phrase)
    return resolve(TABLE, [], item, dict.fromkeys(eaten, 1.0))


def test_every_everyday_cooked_grain_and_pulse_is_checked() -> None:
    cooked = {food_id for food_id in EVERYDAY if is_cooked(_food(food_id))}
    assert cooked == set(WEIGHED)


@pytest.mark.parametrize(("cooked", "phrase", "dry"), [(k, *v) for k, v in WEIGHED.items()])
def test_by_weight_asks_dry_or_cooked_of_the_same_food(cooked: str, phrase: str, dry: str) -> None:
    choice = _choice(phrase)
    assert choice.food is None
    assert [f.id for f in choice.candidates] == [cooked, dry]
    assert choice.dry is not None and choice.dry.id == dry
    assert choice.dry.mg_per_100g > choice.candidates[0].mg_per_100g  # type: ignore[operator]


@pytest.mark.parametrize(
    "phrase", ["brown rice 3.5 oz", "spaghetti 80 g", "pasta 0.2 kg", "white rice 1 lb"]
)
def test_any_mass_unit_asks(phrase: str) -> None:
    assert _choice(phrase).dry is not None


@pytest.mark.parametrize(
    ("phrase", "logged"),
    [
        ("cooked brown rice 100 g", "usda:20037"),
        ("boiled lentils 50 g", "usda:16070"),
        ("raw brown rice 100 g", "usda:20036"),
        ("uncooked quinoa 50 g", "usda:20035"),
        ("raw millet 60 g", "usda:20031"),
        ("dry oats 40 g", "usda:08120"),
        ("brown rice 1 cup", "usda:20037"),  # by the cup: cooked, as everyday
        ("brown rice", "usda:20037"),
        ("pasta 1 cup", "usda:20121"),
        ("tofu 100 g", "usda:16426"),  # a pulse eaten as sold: nothing to ask
        ("hummus 50 g", "usda:16158"),
        ("almonds 30 g", "usda:12061"),  # no grain: never asked
    ],
)
def test_a_word_or_a_measure_that_says_the_form_logs_without_asking(
    phrase: str, logged: str
) -> None:
    choice = _choice(phrase)
    assert choice.food is not None and choice.food.id == logged


def test_a_cooked_form_eaten_before_still_asks_and_a_dry_one_is_taken() -> None:
    assert _choice("brown rice 100 g", eaten=("usda:20037",)).dry is not None
    choice = _choice("brown rice 100 g", eaten=("usda:20036",))
    assert choice.food is not None and choice.food.id == "usda:20036"


def test_words_naming_several_foods_list_the_dry_form_beside_the_first() -> None:
    choice = _choice("rice 100 g")  # brown or white, and dry or cooked
    assert choice.food is None and choice.dry is None
    assert [f.id for f in choice.candidates[:3]] == ["usda:20037", "usda:20036", "usda:20045"]


def test_the_dry_form_is_only_of_a_cooked_grain() -> None:
    raw = _food("usda:20036")
    assert dry_form(raw, same_head(TABLE, raw)) is None
    # "roasted" buckwheat is cooked only when it says so; its dry form is "roasted, dry"
    groats = _food("usda:20010")
    assert dry_form(groats, same_head(TABLE, groats)).id == "usda:20009"  # type: ignore[union-attr]


def test_the_shell_prints_both_forms_with_their_figures_and_lines(data_dir: Path) -> None:
    done = run_cli("eat", "banana, brown rice 100 g", "--date", "yesterday")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "mg-journal: 'brown rice 100 g': weighed dry or cooked? The magnesium differs; "
        "nothing logged. Repeat with the one you weighed:",
        "  cooked: Rice, brown, long-grain, cooked: 100 g = 43 mg magnesium",
        "    mg-journal eat 'banana, usda:20037 100 g' --date yesterday",
        "  dry: Rice, brown, long-grain, raw: 100 g = 143 mg magnesium",
        "    mg-journal eat 'banana, usda:20036 100 g' --date yesterday",
    ]
    assert run_cli("list").stdout.count("Bananas") == 0  # nothing stored, not the banana
    logged = run_cli("eat", "banana, usda:20036 100 g", "--date", "yesterday")
    assert "Rice, brown, long-grain, raw: 100 g = 143 mg" in logged.stdout


def test_on_a_terminal_it_asks_the_two_forms(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.shell.eat_ask import ask_form

    [item] = parse_line("oats 40 g")
    monkeypatch.setattr("builtins.input", lambda _: "2")
    chosen = ask_form(item, _choice("oats 40 g"))
    assert chosen.id == "usda:08120"
    assert capsys.readouterr().out.splitlines() == [
        "'oats 40 g': weighed dry or cooked?",
        " 1. cooked: Cereals, oats, regular and quick, unenriched, cooked with water "
        "(includes boiling and microwaving), without salt: 40 g = 11 mg magnesium",
        " 2. dry: Cereals, oats, regular and quick, not fortified, dry: 40 g = 55 mg magnesium",
    ]


def test_the_readmes_oats_example_is_what_the_shell_prints(data_dir: Path) -> None:
    """The README said `oats 40 g` asks dry (55 mg) or cooked (11 mg); the shell listed
    five foods (oat bran among them) and its dry choice, whole "Oats", gave 71 mg."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    said = re.search(r"`oats 40 g` asks whether the 40 g were weighed dry \((\d+) mg", readme)
    cooked = re.search(
        r"were weighed dry \(\d+ mg, as rolled oats\) or cooked \((\d+) mg\)", readme
    )
    assert said is not None and cooked is not None
    lines = run_cli("eat", "oats 40 g").stderr.splitlines()
    assert [line.split(": ")[0].strip() for line in lines[1::2]] == ["cooked", "dry"]
    assert lines[1].endswith(f": 40 g = {cooked.group(1)} mg magnesium")
    assert lines[3].endswith(f": 40 g = {said.group(1)} mg magnesium")
