"""Regenerate ``data/foods.tsv`` from USDA SR24 as packaged in Debian's ``cronometer``.

Source: U.S. Department of Agriculture, Agricultural Research Service, USDA National
Nutrient Database for Standard Reference, Release 24 (public domain, a U.S. government
work), shipped by Debian's ``cronometer`` 0.9.9 as ``usr/share/cronometer/usda_sr24.jar``.
That jar is a zip of ``usda_sr24/NNNNN.xml`` files (one per NDB number, nutrients per
100 g, household ``<measure>`` elements) plus ``foods.index`` (the SR24 foods) and
``deprecated.index`` (foods of earlier releases that SR24 dropped; we skip them).

Usage::

    python scripts/build_foods.py                      # apt-get download cronometer
    python scripts/build_foods.py cronometer_0.9.9+dfsg1-1_all.deb
    python scripts/build_foods.py usda_sr24.jar -o data/foods.tsv

The output is deterministic (sorted by NDB number) so a rebuild diffs cleanly.

The table keeps every form USDA lists (lentils raw and boiled, coffee as grounds and
brew). Which form an everyday word means, and its usual portion, is decided at search
time by ``journal/core/food/everyday.py`` and ``everyday_foods.py``, modelled on USDA's
Food and Nutrient Database for Dietary Studies (FNDDS, What We Eat in America); it names
SR24 NDB numbers, so a rebuild that drops one fails ``tests/unit/test_everyday.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path
from typing import NamedTuple

# SR24 food groups (FD_GROUP.txt, "Composition of Foods Raw, Processed, Prepared:
# USDA National Nutrient Database for Standard Reference, Release 24" documentation,
# sr24_doc.pdf, Table 4). Codes are 4 digits ("0100"); NDB numbers mostly start with
# the first two.
SR24_GROUPS: dict[str, str] = {
    "01": "Dairy and Egg Products",
    "02": "Spices and Herbs",
    "03": "Baby Foods",
    "04": "Fats and Oils",
    "05": "Poultry Products",
    "06": "Soups, Sauces, and Gravies",
    "07": "Sausages and Luncheon Meats",
    "08": "Breakfast Cereals",
    "09": "Fruits and Fruit Juices",
    "10": "Pork Products",
    "11": "Vegetables and Vegetable Products",
    "12": "Nut and Seed Products",
    "13": "Beef Products",
    "14": "Beverages",
    "15": "Finfish and Shellfish Products",
    "16": "Legumes and Legume Products",
    "17": "Lamb, Veal, and Game Products",
    "18": "Baked Products",
    "19": "Sweets",
    "20": "Cereal Grains and Pasta",
    "21": "Fast Foods",
    "22": "Meals, Entrees, and Side Dishes",
    "25": "Snacks",
    "35": "American Indian/Alaska Native Foods",
    "36": "Restaurant Foods",
}

# NDB prefixes that are not group codes. Each of these holds foods of one group in SR24
# (23xxx new beef cuts, 27xxx Campbell soups and sauces, 31xxx V8 and tomato juices,
# 48052 vital wheat gluten, 80/83/90xxx fish and shellfish, 93600 green turtle).
# 42xxx-44xxx mix groups; those get the group most common for the name's first word.
EXTRA_PREFIXES: dict[str, str] = {
    "23": "13",
    "27": "06",
    "31": "11",
    "48": "20",
    "80": "15",
    "83": "15",
    "90": "15",
    "93": "17",
}
OTHER_GROUP = "Other"

# Household portions SR24 lacks and USDA's survey database gives (FNDDS 2021-2023, the
# foods of What We Eat in America), appended to the food's own: the portion a person
# eats from. SR24 weighs plain potato chips only by the ounce and the 8 oz bag; FNDDS
# weighs its "Potato chips, plain" (FDC 2709422) also by "1 small single serving bag",
# 28 g. Only where FNDDS gives one: none is made up.
SURVEY_PORTIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "19411": (("1 small single serving bag", 28.0),),  # Snacks, potato chips, plain, salted
    # Turkey bacon, cooked: SR24 weighs it by "1 cup pieces" (82 g) and the ounce only, so
    # "turkey bacon" logged a cup and "2 slices" was refused. FNDDS's "Turkey bacon,
    # cooked" (FDC 2706135) lists a slice at 8 g first (a larger one at 11 g), as read in
    # a copy of FNDDS's portions, not checked at USDA itself: a nutrition site's "Bacon,
    # turkey, microwaved" also weighs a slice 8 g, as SR24 weighs a cooked slice of pork
    # bacon (10124).
    "42130": (("1 slice", 8.0),),
}

HEADER = (
    "# Magnesium and energy per 100 g, household portions in grams.\n"
    "# Source: USDA ARS, National Nutrient Database for Standard Reference, Release 24,\n"
    "# as packaged in Debian's cronometer 0.9.9 (usda_sr24.jar). Public domain, U.S.\n"
    "# government work. Regenerate with: python scripts/build_foods.py\n"
    "# A few portions SR24 lacks are USDA FNDDS's (scripts/build_foods.py, SURVEY_PORTIONS).\n"
)
COLUMNS = ("ndb", "group", "name", "mg_per_100g", "kcal_per_100g", "portions")


class Row(NamedTuple):
    """One food of the shipped table; empty ``kcal`` means unknown, never zero."""

    ndb: str
    group: str
    name: str
    mg: float
    kcal: float | None
    portions: tuple[tuple[str, float], ...]


def _clean(text: str) -> str:
    """Keep the table's separators (tab, newline, '|') out of free text, and SR24's one
    stray backslash (usda:16359, "...rinsed in tap water\\") out of a name."""
    return " ".join(text.replace("|", "/").replace("\\", "").split())


def _num(text: str) -> str:
    """Shortest faithful decimal: 28.35 stays, 240.0 becomes 240."""
    return f"{float(text):.10g}"


def _parse_food(ndb: str, xml: bytes) -> Row | None:
    """Turn one SR24 food XML document into a row, or None without magnesium."""
    root = ET.fromstring(xml)
    nutrients = {n.get("name"): n.get("amount") for n in root.iter("nutrient")}
    magnesium, energy = nutrients.get("Magnesium"), nutrients.get("Energy")
    if not magnesium:
        return None
    portions = tuple(
        (f"{_num(m.get('amount', '1'))} {_clean(m.get('name', ''))}", float(m.get("grams", "0")))
        for m in root.iter("measure")
        if float(m.get("grams", "0")) > 0
    )
    return Row(
        ndb=ndb,
        group=SR24_GROUPS.get(ndb[:2], ""),
        name=_clean(root.get("name", "")),
        mg=float(magnesium),
        kcal=float(energy) if energy else None,
        portions=portions + SURVEY_PORTIONS.get(ndb, ()),
    )


def _index_ids(jar: zipfile.ZipFile, name: str) -> set[str]:
    """NDB numbers listed in an index file (``NNNNN|name`` lines), empty if absent."""
    try:
        text = jar.read(f"usda_sr24/{name}").decode("utf-8")
    except KeyError:
        return set()
    return {line.split("|", 1)[0].strip() for line in text.splitlines() if "|" in line}


def _fill_groups(rows: list[Row]) -> list[Row]:
    """Give rows outside the group codes their group, by prefix or by name's first word."""
    votes: dict[str, Counter[str]] = {}
    for row in rows:
        if row.group:
            votes.setdefault(row.name.split(",")[0].split()[0].lower(), Counter())[row.group] += 1
    filled = []
    for row in rows:
        group = row.group
        if not group and row.ndb[:2] in EXTRA_PREFIXES:
            group = SR24_GROUPS[EXTRA_PREFIXES[row.ndb[:2]]]
        elif not group:
            counts = votes.get(row.name.split(",")[0].split()[0].lower())
            group = counts.most_common(1)[0][0] if counts else OTHER_GROUP
        filled.append(row._replace(group=group))
    return filled


def build(jar_path: str | Path) -> list[Row]:
    """Read the SR24 jar and return one row per current food with magnesium, by NDB."""
    with zipfile.ZipFile(jar_path) as jar:
        current = _index_ids(jar, "foods.index")
        dropped = _index_ids(jar, "deprecated.index") - current
        rows = []
        for entry in sorted(jar.namelist()):
            stem = Path(entry).stem
            if not (entry.endswith(".xml") and stem.isdigit()) or stem in dropped:
                continue
            if current and stem not in current:  # neither current nor deprecated: unknown
                continue
            row = _parse_food(stem, jar.read(entry))
            if row is not None:
                rows.append(row)
    return _fill_groups(sorted(rows, key=lambda r: r.ndb))


def format_row(row: Row) -> str:
    """One TSV line: numbers in shortest form, unknown energy left empty."""
    portions = "|".join(f"{name}={_num(str(grams))}" for name, grams in row.portions)
    kcal = "" if row.kcal is None else _num(str(row.kcal))
    return "\t".join((row.ndb, row.group, row.name, _num(str(row.mg)), kcal, portions))


def write_table(rows: list[Row], path: str | Path) -> None:
    """Write the table with its source header, UTF-8, LF line ends."""
    lines = [HEADER + "\t".join(COLUMNS)] + [format_row(r) for r in rows]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _jar_from_deb(deb: Path, workdir: Path) -> Path:
    """Extract the .deb with dpkg -x and return its SR24 jar."""
    subprocess.run(["dpkg", "-x", str(deb), str(workdir)], check=True)
    return workdir / "usr/share/cronometer/usda_sr24.jar"


def _download_deb(workdir: Path) -> Path:
    """apt-get download cronometer, running apt-get update once if the first try fails."""
    cmd = ["apt-get", "download", "cronometer"]
    if subprocess.run(cmd, cwd=workdir, check=False).returncode != 0:
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(cmd, cwd=workdir, check=True)
    return next(workdir.glob("cronometer_*.deb"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        help="cronometer .deb or usda_sr24.jar (default: apt-get download)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "data" / "foods.tsv",
        help="table to write (default: data/foods.tsv of this checkout)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or _download_deb(Path(tmp))
        jar = _jar_from_deb(source, Path(tmp)) if source.suffix == ".deb" else source
        rows = build(jar)
    write_table(rows, args.output)
    print(f"{len(rows)} foods -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
