"""`mg-journal log` from the shell: what it stores, what it refuses, what it imports."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.kinds import CustomKind
from journal.core.entries.models import SymptomEntry
from journal.store.journal import Journal
from journal.store.kinds import add_kind
from tests.helpers import ROOT, run_cli

TODAY = date(2026, 11, 25)


def test_log_cramp_with_details(data_dir: Path) -> None:
    done = run_cli(
        "log", "cramp", "--severity", "3", "--where", "calf", "--at", "06:30", "--note", "woke me"
    )
    assert done.returncode == 0, done.stderr
    [entry] = Journal.open(data_dir).day(TODAY).symptoms
    assert entry == SymptomEntry(TODAY, time(6, 30), "cramp", 3, "calf", "woke me", id=entry.id)
    assert (
        done.stdout == f"Logged cramp (severity 3 · calf) on 2026-11-25 at 06:30 [{entry.id[:8]}]\n"
    )


def test_log_twitch_bare_takes_now(data_dir: Path) -> None:
    assert run_cli("log", "twitch").returncode == 0
    [entry] = Journal.open(data_dir).day(TODAY).symptoms
    assert (entry.kind, entry.time, entry.severity, entry.where) == (
        "twitch",
        time(9, 30),
        None,
        None,
    )


@pytest.mark.parametrize(
    ("args", "kind", "amount"),
    [
        (["exercise", "45"], "exercise", 45.0),
        (["standing", "3"], "standing", 3.0),
        (["alcohol", "2"], "alcohol", 2.0),
        (["diarrhea"], "diarrhea", None),
        (["poor-sleep"], "poor_sleep", None),
        # A factor without a unit keeps a number too (the app's form shows and keeps it).
        (["diarrhea", "3"], "diarrhea", 3.0),
        (["poor-sleep", "5"], "poor_sleep", 5.0),
        (["other", "2"], "other", 2.0),
    ],
)
def test_log_factors(data_dir: Path, args: list[str], kind: str, amount: float | None) -> None:
    assert run_cli("log", *args).returncode == 0
    [entry] = Journal.open(data_dir).day(TODAY).factors
    assert (entry.kind, entry.amount, entry.time) == (kind, amount, time(9, 30))


@pytest.mark.parametrize(
    ("args", "amount"),
    [(["exercise", "1440"], 1440.0), (["standing", "24"], 24.0), (["alcohol", "50"], 50.0)],
)
def test_a_factor_at_its_days_limit_is_stored(
    data_dir: Path, args: list[str], amount: float
) -> None:
    done = run_cli("log", *args)
    assert done.returncode == 0, done.stderr
    [entry] = Journal.open(data_dir).day(TODAY).factors
    assert entry.amount == amount


def test_now_and_a_late_hour_of_a_past_day_are_times_that_happened(data_dir: Path) -> None:
    assert run_cli("log", "cramp", "--at", "09:30").returncode == 0  # the pinned now
    assert run_cli("log", "cramp", "--at", "23:59", "--date", "2026-11-24").returncode == 0
    assert [e.time for e in Journal.open(data_dir).day(TODAY).symptoms] == [time(9, 30)]
    assert [e.time for e in Journal.open(data_dir).day(date(2026, 11, 24)).symptoms] == [
        time(23, 59)
    ]


def test_log_on_a_past_day_defaults_to_midday(data_dir: Path) -> None:
    assert run_cli("log", "spasm", "--date", "2026-10-31").returncode == 0
    [entry] = Journal.open(data_dir).day(date(2026, 10, 31)).symptoms
    assert (entry.kind, entry.time) == ("spasm", time(12, 0))


def test_custom_kind_is_accepted(data_dir: Path) -> None:
    add_kind(Journal.open(data_dir), CustomKind("restless legs", "r"), set())
    assert run_cli("log", "restless-legs", "-s", "2").returncode == 0
    [entry] = Journal.open(data_dir).day(TODAY).symptoms
    assert (entry.kind, entry.severity) == ("restless legs", 2)


def test_unknown_kind_lists_the_valid_ones(data_dir: Path) -> None:
    add_kind(Journal.open(data_dir), CustomKind("palpitations"), set())
    done = run_cli("log", "crmap")
    assert done.returncode == 2
    assert done.stderr == (
        "mg-journal: kind: 'crmap' is not a kind (did you mean 'cramp'?); use one of: cramp, "
        "twitch, spasm, weakness, fatigue, palpitations, exercise, standing, alcohol, diarrhea, "
        "poor-sleep, other; or add your own in the app (o on Today)\n"
    )
    assert Journal.open(data_dir).day(TODAY).symptoms == []
    plural = run_cli("log", "Cramps", "-s", "2")  # as a person says it
    assert plural.returncode == 2
    assert plural.stderr.startswith(
        "mg-journal: kind: 'Cramps' is not a kind (did you mean 'cramp'?)"
    )
    nothing_close = run_cli("log", "headache")
    assert nothing_close.stderr.startswith("mg-journal: kind: 'headache' is not a kind; use one of")
    assert Journal.open(data_dir).day(TODAY).symptoms == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cramp", "-s", "0"], "severity: 0 is outside 1 to 5"),
        (["cramp", "-s", "6"], "severity: 6 is outside 1 to 5"),
        (["cramp", "--at", "25:00"], "time: '25:00' is not a time of day (00:00 to 23:59)"),
        (
            ["cramp", "--date", "2026-11-26"],
            "date: 2026-11-26 is a day to come; the journal logs days up to today (2026-11-25)",
        ),
        (["cramp", "--note", "a\x1b[31mred"], "note: contains control characters"),
        (["cramp", "--where", "elbow"], "where: 'elbow' is not one of"),
        (["cramp", "3"], "cramp: takes no amount"),
        (["exercise", "-s", "3"], "exercise: --severity and --where are for symptoms"),
        (["exercise", "lots"], "amount: 'lots' is not a number"),
        (
            ["exercise", "-5"],
            "amount: -5 is too little; give 0 or more",
        ),  # 0 may be said; below may not
        (
            ["exercise", "1441"],
            "amount: 1441 is more than the most allowed (1440); give less",
        ),  # minutes
        (
            ["standing", "24.5"],
            "amount: 24.5 is more than the most allowed (24); give less",
        ),  # hours
        (["alcohol", "51"], "amount: 51 is more than the most allowed (50); give less"),  # drinks
        (["cramp", "--at", "09:31"], "at: 09:31 is later than now (09:30); log what has"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    data_dir: Path, args: list[str], message: str
) -> None:
    done = run_cli("log", *args)
    assert done.returncode == 2
    assert done.stderr.startswith(f"mg-journal: {message}")
    assert done.stderr.count("\n") == 1
    entries = data_dir / "entries"
    assert not entries.exists() or not any(entries.iterdir())


def test_markup_in_a_note_is_kept_as_typed(data_dir: Path) -> None:
    assert run_cli("log", "cramp", "--note", "[bold]x[/] [b").returncode == 0
    raw = json.loads((data_dir / "entries" / "2026-11-25.json").read_text())
    assert raw["symptoms"]["1"]["note"] == "[bold]x[/] [b"


def test_log_imports_neither_textual_nor_platformdirs(data_dir: Path) -> None:
    code = (
        "import sys; from journal.cli import main; "
        "rc = main(['log', 'cramp']); "
        "print(rc, sorted(m for m in ('textual', 'rich', 'platformdirs') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.stdout.splitlines()[-1] == "0 []"


def test_a_usda_name_with_its_comma_is_one_food(data_dir: Path) -> None:
    """A helper's report: the ready line `eat 'Bananas, raw 100 g'` logged a banana
    and 100 g of the next match."""
    done = run_cli("eat", "Bananas, raw 100 g, cheese, cheddar 1 oz")
    assert done.returncode == 0, done.stderr
    logged = [line for line in done.stdout.splitlines() if line.startswith("Logged")]
    assert len(logged) == 2
    assert logged[0].startswith("Logged Bananas, raw: 100 g = 27 mg")  # grams said once
    assert logged[1].startswith("Logged Cheese, cheddar: 1 oz (28 g)")


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("yesterday", "2026-11-24"),
        ("-2", "2026-11-23"),
        ("mon", "2026-11-23"),
        ("2026-11-3", "2026-11-03"),
    ],
)
def test_a_day_is_typed_as_in_the_app(data_dir: Path, typed: str, day: str) -> None:
    """A helper's report: `--date yesterday`, `mon` and `-1` failed in the shell, though
    the app's `g` takes them. 25 November 2026 is a Wednesday."""
    done = run_cli("log", "cramp", "--date", typed)
    assert done.returncode == 0, done.stderr
    assert f"on {day}" in done.stdout
    assert run_cli("eat", "banana", "--date", typed).returncode == 0
    assert day in run_cli("list", "--date", typed).stdout


def test_a_day_after_today_is_refused_however_typed(data_dir: Path) -> None:
    for typed in ("+1", "2026-11-26", "tomorrow"):
        done = run_cli("log", "cramp", "--date", typed)
        assert done.returncode == 2 and "Traceback" not in done.stderr
    assert not (data_dir / "entries").exists() or not list((data_dir / "entries").iterdir())


def test_a_whole_days_list_is_one_line_but_one_food_is_a_names_length(data_dir: Path) -> None:
    """A helper's report: a whole `eat` line was held to 200 characters."""
    line = ", ".join(["banana", "almonds 1 oz", "oatmeal 1 cup"] * 8)
    assert len(line) > 200
    done = run_cli("eat", line)
    assert done.returncode == 0, done.stderr
    assert "24 foods:" in done.stdout
    refused = run_cli("eat", "x" * 201)
    assert refused.returncode == 2 and "shorten it to 200" in refused.stderr
    assert run_cli("eat", "y" * 201, "--custom", "4").returncode == 2  # a name, as before
