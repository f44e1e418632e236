"""`mg-journal profile` as a new person types it: "f" for female, a two-digit year,
a condition's everyday word, an option given empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli


def stored(data_dir: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((data_dir / "profile.json").read_text())["profile"]["1"]
    return doc


@pytest.mark.parametrize(
    ("typed", "sex"), [("f", "female"), ("Woman", "female"), ("M", "male"), ("man", "male")]
)
def test_the_sex_as_forms_ask_it(data_dir: Path, typed: str, sex: str) -> None:
    """Before: "sex: 'f' is not one of: female, male, unspecified"."""
    done = run_cli("profile", "--sex", typed)
    assert done.returncode == 0, done.stderr
    assert stored(data_dir)["sex"] == sex


def test_m_clears_a_pregnancy_as_male_does(data_dir: Path) -> None:
    run_cli("profile", "--sex", "female", "--pregnant")
    assert run_cli("profile", "--sex", "m").returncode == 0
    assert (stored(data_dir)["sex"], stored(data_dir)["pregnant"]) == ("male", False)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # Before: "born: 90 is before 1900", no word of the missing digits.
        (("--born", "90"), "born: 90 is not a whole year: type all four digits, e.g. 1990"),
        (("--born", "199"), "born: 199 is not a whole year: type all four digits, e.g. 1990"),
        # Before: "'diabetic' is not one of: diabetes, ...", no guess.
        (
            ("--condition", "diabetic"),
            "condition: 'diabetic' is not a condition (did you mean 'diabetes'?); use one of: "
            "diabetes, crohns, celiac, intestinal_surgery, chronic_diarrhea, heavy_alcohol",
        ),
        (("--condition", "Crohn's disease"), "(did you mean 'crohns'?)"),
        # Before: both were stored as "not given" and "the RDA", clearing what was set.
        (("--born", " "), "born: is empty; type a year like 1990, or leave --born out."),
        (("--target", ""), "target: is empty; type mg a day, e.g. 350, or rda for the RDA."),
    ],
)
def test_a_slip_is_refused_saying_what_to_type(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    run_cli("profile", "--born", "1980", "--target", "350")
    before = (data_dir / "profile.json").read_bytes()
    refused = run_cli("profile", *args)
    assert refused.returncode == 2
    assert said in refused.stderr and refused.stderr.count("\n") == 1
    assert (data_dir / "profile.json").read_bytes() == before
