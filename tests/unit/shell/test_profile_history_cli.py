"""A profile change holds from its date: the report, the daily CSV and `profile` keep
the target each past day had (a helper's report: ending a pregnancy re-judged every
pregnancy day against 310 mg and turned its low days adequate)."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.helpers import run_cli

# The clock is pinned to 2026-11-25 09:30.


def first_table(out: str) -> list[list[str]]:
    """The report's first 2x2 table (any symptom, same day): its two rows' words."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("below"))
    return [lines[at].split(), lines[at + 1].split()]


def test_ending_a_pregnancy_keeps_the_pregnancy_days_judgement(data_dir: Path) -> None:
    assert run_cli("profile", "--sex", "female", "--born", "1996", "--pregnant").returncode == 0
    # 16 days of 326 mg (almonds 76 + a 250 mg supplement): low in the pregnancy (350).
    for day in range(1, 17):
        date = f"2026-11-{day:02d}"
        assert run_cli("eat", "almonds 1 oz", "--date", date).returncode == 0
        assert run_cli("supplement", "citrate", "250", "--date", date).returncode == 0
    for day in (1, 3, 5, 12, 14):
        assert run_cli("log", "cramp", "--date", f"2026-11-{day:02d}").returncode == 0
    before = run_cli("report", "--days", "30").stdout

    ended = run_cli("profile", "--no-pregnant", "--since", "2026-11-11")
    assert ended.returncode == 0, ended.stderr
    assert "Target:       310 mg a day" in ended.stdout
    assert "  to 2026-11-10: 350 mg (RDA in pregnancy, age 19-30 years)" in ended.stdout
    after = run_cli("report", "--days", "30").stdout
    # Every day was low in the pregnancy; after it ended, the 10 pregnancy days stay low
    # (3 with a cramp) and the 6 days since are not (2 with a cramp).
    assert first_table(before) == [
        ["below", "350", "mg", "5", "11", "31%"],
        ["not", "low", "0", "0", "-"],
    ]
    assert first_table(after) == [
        ["below", "own", "limit", "3", "7", "30%"],
        ["not", "low", "2", "4", "33%"],
    ]
    assert "A low day is below the target of its time" in after
    assert "350 mg, then 310 mg from 11 Nov 2026" in after

    out = data_dir / "out"
    assert run_cli("export", "--format", "csv", "-o", str(out)).returncode == 0
    with (out / "daily.csv").open() as f:
        targets = {row["date"]: row["target_mg"] for row in csv.DictReader(f)}
    assert (targets["2026-11-10"], targets["2026-11-11"]) == ("350", "310")


def test_since_dates_only_a_change_of_the_target(data_dir: Path) -> None:
    run_cli("profile", "--sex", "female")
    refused = run_cli("profile", "--units", "us", "--since", "2026-11-01")
    assert refused.returncode != 0
    assert "--pregnant, --lactating or --target" in refused.stderr
    future = run_cli("profile", "--target", "400", "--since", "2026-11-26")
    assert future.returncode != 0 and "2026-11-26 is a day to come" in future.stderr
    assert "Target:       310 mg" in run_cli("profile").stdout  # neither stored anything
    assert "Earlier" not in run_cli("profile").stdout


def test_the_first_profile_describes_the_person_from_the_first_day(data_dir: Path) -> None:
    assert run_cli("profile", "--sex", "female", "--pregnant").returncode == 0
    shown = run_cli("profile").stdout
    assert "Target:       350 mg" in shown and "Earlier" not in shown


def test_since_dates_a_setting_that_already_holds_and_a_first_profile(data_dir: Path) -> None:
    """The fifth helper's report: --since was ignored on the first save, and when the
    setting already held, so a start date could not be corrected."""
    first = run_cli("profile", "--sex", "female", "--born", "1996", "--pregnant", "--since", "-30")
    assert first.returncode == 0, first.stderr
    assert "  to 2026-10-25: 310 mg" in first.stdout  # 25 Nov less 30 days, the day before
    again = run_cli("profile", "--pregnant", "--since", "2026-10-01")
    assert "  to 2026-09-30: 310 mg" in again.stdout and "2026-10-25" not in again.stdout


def test_a_report_of_past_months_states_the_target_they_had(data_dir: Path) -> None:
    """The fifth helper's report: a report of the pregnancy's months said 'Target 320'."""
    run_cli("profile", "--sex", "female", "--born", "1996")
    run_cli("profile", "--pregnant", "--since", "2026-03-01")
    run_cli("profile", "--no-pregnant", "--since", "2026-10-01")
    for day in ("2026-04-02", "2026-05-03"):
        assert run_cli("eat", "almonds 1 oz", "--date", day).returncode == 0
    out = run_cli("report", "--from", "2026-04-01", "--to", "2026-06-30").stdout
    assert "Target 350 mg of magnesium a day: RDA in pregnancy, age 19-30 years; " in out
    assert ". A low day is below 350 mg (the target)." in out
    assert "judged against the target it had" not in out  # one target in these months
    html = run_cli("report", "--from", "2026-04-01", "--to", "2026-06-30", "--format", "html")
    assert "RDA in pregnancy" in html.stdout


def test_earlier_lists_a_new_age_band_on_1_january_from_the_journals_first_day(
    data_dir: Path,
) -> None:
    """'Earlier:' listed only pregnancy and own-target changes; a day of 2025 was judged
    against 310 mg (age 30 at most) while `profile` said 320 throughout."""
    assert run_cli("profile", "--sex", "female", "--born", "1995").returncode == 0
    assert "Earlier:" not in run_cli("profile").stdout  # nothing logged before this year
    assert run_cli("eat", "almonds 1 oz", "--date", "2025-06-01").returncode == 0
    shown = run_cli("profile", "--pregnant", "--since", "2026-03-01").stdout
    assert shown.splitlines()[-3:] == [
        "Earlier:      each past day is judged against the target of its time",
        "  to 2025-12-31: 310 mg (RDA for females, age 19-30 years)",
        "  to 2026-02-28: 320 mg (RDA for females, age 31-50 years)",
    ]
