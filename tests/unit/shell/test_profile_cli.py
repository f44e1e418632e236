"""`mg-journal profile` from the shell: show, set, refuse bad values without storing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli


def stored(data_dir: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((data_dir / "profile.json").read_text())["profile"]["1"]
    return doc


def test_show_default() -> None:
    result = run_cli("profile")
    assert result.returncode == 0
    assert "Target:       400 mg a day" in result.stdout
    assert "upper limit 350 mg" in result.stdout


def test_sex_without_a_birth_year_sets_the_adult_figure() -> None:
    result = run_cli("profile", "--sex", "male")
    assert result.returncode == 0, result.stderr
    assert "Target:       400 mg a day" in result.stdout
    assert "RDA for males, adult" in result.stdout
    result = run_cli("profile", "--sex", "female")
    assert "Target:       310 mg a day" in result.stdout


def test_set_pregnant_and_conditions(data_dir: Path) -> None:
    result = run_cli(
        "profile", "--sex", "female", "--born", "2001", "--pregnant", "--condition", "diabetes"
    )
    assert result.returncode == 0, result.stderr
    assert "Target:       350 mg a day" in result.stdout
    assert "RDA in pregnancy, age 19-30 years" in result.stdout
    assert "NIH Office of Dietary Supplements" in result.stdout
    assert "Diabetes is a cause of low magnesium" in result.stdout
    doc = stored(data_dir)
    assert (doc["sex"], doc["birth_year"], doc["pregnant"]) == ("female", 2001, True)
    assert doc["conditions"] == ["diabetes"]

    result = run_cli("profile", "--no-pregnant", "--condition", "celiac")
    assert "Target:       310 mg a day" in result.stdout
    assert stored(data_dir)["conditions"] == ["diabetes", "celiac"]
    run_cli("profile", "--clear-conditions")
    assert stored(data_dir)["conditions"] == []


def test_custom_target_and_back_to_rda(data_dir: Path) -> None:
    run_cli("profile", "--sex", "male", "--born", "2001")
    result = run_cli("profile", "--target", "450", "--units", "us")
    assert "Target:       450 mg a day (custom)" in result.stdout
    assert "the RDA for you would be 400 mg" in result.stdout
    assert stored(data_dir)["units"] == "us"
    result = run_cli("profile", "--target", "rda")
    assert "Target:       400 mg a day\n" in result.stdout
    assert stored(data_dir)["custom_target_mg"] is None


def test_switching_to_male_clears_pregnancy(data_dir: Path) -> None:
    run_cli("profile", "--sex", "female", "--born", "1990", "--lactating")
    result = run_cli("profile", "--sex", "male")
    assert result.returncode == 0
    assert stored(data_dir)["lactating"] is False


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--sex", "robot"], "female, male, unspecified"),
        (["--born", "2031"], "in the future"),
        (["--born", "1850"], "before 1900"),
        (["--sex", "male", "--pregnant"], "pregnant"),
        (["--condition", "gout"], "diabetes, crohns, celiac"),
        (["--units", "imperial"], "metric, us"),
        (["--target", "lots"], "not a number"),
    ],
)
def test_bad_values_store_nothing(data_dir: Path, args: list[str], words: str) -> None:
    run_cli("profile", "--sex", "female", "--born", "1990")
    before = (data_dir / "profile.json").read_bytes()
    result = run_cli("profile", "--units", "us", *args)
    assert result.returncode != 0
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert (data_dir / "profile.json").read_bytes() == before


def test_my_symptom_must_be_a_kind_the_journal_has(data_dir: Path) -> None:
    refused = run_cli("profile", "--my-symptom", "cramps")
    assert refused.returncode == 2
    assert refused.stderr == (
        "mg-journal: my-symptom: 'cramps' is not a symptom kind; use one of: cramp, twitch, "
        "spasm, weakness, fatigue, or any\n"
    )
    assert not (data_dir / "profile.json").exists()  # nothing stored
    said = run_cli("profile", "--my-symptom", "Cramp")
    assert said.returncode == 0, said.stderr
    assert stored(data_dir)["my_symptom"] == "cramp"  # the stored spelling, as `log` keeps it
    assert run_cli("profile", "--my-symptom", "ANY").returncode == 0
    assert stored(data_dir)["my_symptom"] is None


def test_my_symptom_may_be_a_kind_the_person_added(data_dir: Path) -> None:
    from journal.core.entries.kinds import CustomKind
    from journal.store.journal import Journal
    from journal.store.kinds import add_kind

    add_kind(Journal.open(data_dir), CustomKind("restless legs", None), set())
    said = run_cli("profile", "--my-symptom", "Restless Legs")
    assert said.returncode == 0, said.stderr
    assert stored(data_dir)["my_symptom"] == "restless legs"
    refused = run_cli("profile", "--my-symptom", "palpitations")
    assert refused.stderr.endswith("fatigue, restless legs, or any\n")


@pytest.mark.parametrize(
    "argv",
    [
        ("done", "--date="),
        ("log", "cramp", "--date="),
        ("eat", "banana", "--date="),
        ("eat", "banana", "--meal="),
        ("supplement", "glycinate", "100", "--date="),
        ("list", "--date="),
        ("log", "cramp", "--at="),  # a helper's report: read as 12:00
        ("eat", "banana", "--time="),
        ("supplement", "glycinate", "100", "--time="),
    ],
)
def test_an_empty_date_or_meal_is_refused_not_read_as_today(
    data_dir: Path, argv: tuple[str, ...]
) -> None:
    refused = run_cli(*argv)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    said = refused.stderr
    assert "'' is not" in said or "type a day: 2026-11-22, yesterday" in said or "empty;" in said
    assert "Traceback" not in refused.stderr
    assert not (data_dir / "entries").exists() or not any((data_dir / "entries").iterdir())


@pytest.mark.parametrize(
    ("year", "said"),
    [
        (
            "2030",
            "mg-journal: born: 2030 is in the future (this year is 2026); "
            "give the year you were born\n",
        ),
        (
            "1850",
            "mg-journal: born: 1850 is before 1900; give the year you were born, 1900 to 2026\n",
        ),
        ("nineteen", "mg-journal: born: 'nineteen' is not a year like 1990\n"),
    ],
)
def test_a_bad_birth_year_is_named_as_the_option_typed(
    data_dir: Path, year: str, said: str
) -> None:
    """It was refused as "birth_year: ...", a name the person never typed."""
    assert run_cli("profile", "--born", "1990").returncode == 0
    result = run_cli("profile", "--born", year)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", said)
    assert stored(data_dir)["birth_year"] == 1990


@pytest.mark.parametrize("typed", ["5", "29.9", "0.5"])
def test_a_target_below_every_rda_is_refused_as_a_typo(data_dir: Path, typed: str) -> None:
    """`--target 5` (for 50 or 500) was stored: a target below the lowest RDA (30 mg,
    infants 0-6 months) is refused at the option, saying what to type."""
    result = run_cli("profile", "--target", typed)
    assert result.returncode == 2
    assert result.stderr == (
        f"mg-journal: target: {float(typed):g} mg is below every RDA (the lowest is 30): "
        "type the daily figure in mg, e.g. 350 or 'rda'\n"
    )
    assert not (data_dir / "profile.json").exists()
    assert run_cli("profile", "--target", "30").returncode == 0  # the bound itself
    assert stored(data_dir)["custom_target_mg"] == 30.0


def test_a_profile_saved_with_a_target_below_every_rda_still_opens(data_dir: Path) -> None:
    from journal.core.person.profile import Profile
    from journal.store.journal import Journal
    from journal.store.profile import save_profile

    save_profile(Journal.open(data_dir), Profile(custom_target_mg=5.0))
    shown = run_cli("profile")
    assert shown.returncode == 0, shown.stderr
    assert "Target:       5 mg a day (custom)" in shown.stdout
    changed = run_cli("profile", "--units", "us")  # another field: the target is kept
    assert changed.returncode == 0, changed.stderr
    assert (stored(data_dir)["units"], stored(data_dir)["custom_target_mg"]) == ("us", 5.0)
