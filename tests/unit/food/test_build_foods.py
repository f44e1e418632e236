"""scripts/build_foods.py on a tiny jar shaped like Debian cronometer's usda_sr24.jar."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

from journal.core.food.foods import parse_food_table
from tests.helpers import ROOT

SCRIPT = ROOT / "scripts" / "build_foods.py"
_spec = importlib.util.spec_from_file_location("build_foods", SCRIPT)
assert _spec and _spec.loader
build_foods = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_foods)

ALMONDS = (
    '<food uid="12061" fcf="8.37" pcf="3.47" name="Nuts, almonds" ccf="4.07">'
    '<measure amount="1.0" name="cup, whole" grams="143.0"/>'
    '<measure amount="1.0" name="oz (23 whole kernels)" grams="28.35"/>'
    '<nutrient amount="575.0" name="Energy"/><nutrient amount="268.0" name="Magnesium"/>'
    "</food>"
)
# No Energy: kcal must stay empty, not 0. Names carry entities, '|' and a stray trailing
# backslash as in SR24 (usda:16359's "...rinsed in tap water\\").
OAT_BRAN = (
    '<food uid="20033" name="Oat bran, raw &amp; plain | test\\" ccf="4.0">\n'
    '<measure amount="0.5" name="cup" grams="47.0"/>\n'
    '<nutrient amount="235.0" name="Magnesium"/>\n</food>'
)
NO_MAGNESIUM = (
    '<food uid="14555" name="Water, bottled" ccf="4.0">'
    '<nutrient amount="0.0" name="Energy"/></food>'
)
DROPPED = '<food uid="03266" name="Babyfood"><nutrient amount="6.0" name="Magnesium"/></food>'


def _jar(tmp_path: Path) -> Path:
    jar = tmp_path / "usda_sr24.jar"
    with zipfile.ZipFile(jar, "w") as archive:
        archive.writestr("usda_sr24/20033.xml", OAT_BRAN)
        archive.writestr("usda_sr24/12061.xml", ALMONDS)
        archive.writestr("usda_sr24/14555.xml", NO_MAGNESIUM)
        archive.writestr("usda_sr24/03266.xml", DROPPED)
        archive.writestr(
            "usda_sr24/foods.index", "12061|Nuts, almonds\r\n20033|Oat bran\r\n14555|Water\r\n"
        )
        archive.writestr("usda_sr24/deprecated.index", "03266|BABYFOOD,JUC\r\n")
    return jar


def test_build_keeps_foods_with_magnesium_sorted_by_ndb(tmp_path: Path) -> None:
    rows = build_foods.build(_jar(tmp_path))
    assert [r.ndb for r in rows] == ["12061", "20033"]


def test_build_reads_groups_figures_and_portions(tmp_path: Path) -> None:
    almonds, oat_bran = build_foods.build(_jar(tmp_path))
    assert almonds.group == "Nut and Seed Products"
    assert oat_bran.group == "Cereal Grains and Pasta"
    assert (almonds.mg, almonds.kcal) == (268.0, 575.0)
    assert almonds.portions == (("1 cup, whole", 143.0), ("1 oz (23 whole kernels)", 28.35))
    assert oat_bran.portions == (("0.5 cup", 47.0),)
    assert oat_bran.name == "Oat bran, raw & plain / test"
    assert oat_bran.kcal is None


def test_written_table_round_trips_and_leaves_unknown_kcal_empty(tmp_path: Path) -> None:
    table = tmp_path / "foods.tsv"
    build_foods.write_table(build_foods.build(_jar(tmp_path)), table)
    text = table.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "Release 24" in text and "public domain" in text.lower()
    row = "20033\tCereal Grains and Pasta\tOat bran, raw & plain / test\t235\t\t0.5 cup=47\n"
    assert row in text
    almonds, oat_bran = parse_food_table(text)
    assert almonds.id == "usda:12061" and almonds.kcal_per_100g == 575.0
    assert oat_bran.kcal_per_100g is None
    assert oat_bran.portions[0].grams == 47.0


def test_build_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    build_foods.write_table(build_foods.build(_jar(tmp_path)), first)
    build_foods.write_table(build_foods.build(_jar(tmp_path)), second)
    assert first.read_bytes() == second.read_bytes()


def test_prefixes_outside_group_codes_get_a_group(tmp_path: Path) -> None:
    jar = tmp_path / "extra.jar"
    beef = '<food uid="23050" name="Beef, round"><nutrient amount="20" name="Magnesium"/></food>'
    with zipfile.ZipFile(jar, "w") as archive:
        archive.writestr("usda_sr24/23050.xml", beef)
    assert [r.group for r in build_foods.build(jar)] == ["Beef Products"]


def test_a_portion_sr24_lacks_is_fnddss_and_the_shipped_row_is_the_built_one(
    tmp_path: Path,
) -> None:
    jar = tmp_path / "chips.jar"
    chips = (
        '<food uid="19411" name="Snacks, potato chips, plain, salted">'
        '<measure amount="1.0" name="oz" grams="28.35"/>'
        '<measure amount="1.0" name="bag (8 oz)" grams="227.0"/>'
        '<nutrient amount="542.0" name="Energy"/><nutrient amount="70.0" name="Magnesium"/>'
        "</food>"
    )
    with zipfile.ZipFile(jar, "w") as archive:
        archive.writestr("usda_sr24/19411.xml", chips)
    [row] = build_foods.build(jar)
    assert row.portions[-1] == ("1 small single serving bag", 28.0)  # FNDDS 2021-2023
    shipped = (ROOT / "data" / "foods.tsv").read_text(encoding="utf-8")
    assert build_foods.format_row(row) + "\n" in shipped
    assert shipped.startswith(build_foods.HEADER)


def test_turkey_bacons_slice_is_fnddss_and_shipped() -> None:
    """SR24 weighs cooked turkey bacon by the cup of pieces and the ounce: a slice is
    FNDDS's (FDC 2706135), 8 g, added by the build and in the shipped row."""
    assert build_foods.SURVEY_PORTIONS["42130"] == (("1 slice", 8.0),)
    shipped = (ROOT / "data" / "foods.tsv").read_text(encoding="utf-8")
    assert (
        "\tTurkey bacon, cooked\t29\t382\t1 cup pieces=82|1 oz=28|1 oz cooked, yield=16|1 slice=8\n"
        in shipped
    )


def test_no_shipped_name_carries_a_backslash() -> None:
    # usda:16359 was shown as "...canned, drained, rinsed in tap water\"
    table = (ROOT / "data" / "foods.tsv").read_text(encoding="utf-8")
    assert "\\" not in table
