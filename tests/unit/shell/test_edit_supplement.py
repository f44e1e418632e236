"""`edit` a supplement's dose is checked as `supplement` checks a new one (two helpers'
reports: `edit ID --amount 5000` stored 5,000 mg unasked, beside a salt of 1,000 mg)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli

# The clock is pinned to 2026-11-25 09:30.


def the_id() -> str:
    line = next(x for x in run_cli("list").stdout.splitlines() if "supplement " in x)
    return line.split()[0]


def stored(data_dir: Path) -> dict[str, object]:
    day = json.loads((data_dir / "entries" / "2026-11-25.json").read_text())
    docs = [d for table in day.values() for d in table.values() if "form" in d]
    assert len(docs) == 1
    return docs[0]


def test_a_dose_far_above_the_limit_is_refused_without_yes(data_dir: Path) -> None:
    assert run_cli("supplement", "citrate", "--salt", "1000").returncode == 0
    entry = the_id()
    refused = run_cli("edit", entry, "--amount", "5000")
    assert refused.returncode != 0
    assert "14 times the 350 mg upper limit" in refused.stderr
    assert "supplement citrate --salt 5000" in refused.stderr
    assert "Traceback" not in refused.stderr
    # Exactly twice the limit is not "far above": stored, with the day's warning.
    twice = run_cli("edit", entry, "--amount", "700")
    assert twice.returncode == 0, twice.stderr
    assert "700 mg of supplemental magnesium is above the 350 mg upper limit" in twice.stderr


def test_a_new_dose_clears_the_salt_it_no_longer_matches(data_dir: Path) -> None:
    assert run_cli("supplement", "citrate", "--salt", "1000").returncode == 0
    assert (stored(data_dir)["mg"], stored(data_dir)["salt_mg"]) == (160.0, 1000.0)
    changed = run_cli("edit", the_id(), "--amount", "200")
    assert changed.returncode == 0, changed.stderr
    assert changed.stderr == ""  # 200 mg: under the limit, no warning
    assert (stored(data_dir)["mg"], stored(data_dir)["salt_mg"]) == (200.0, None)


def test_a_time_later_than_now_is_refused_as_log_refuses_it(data_dir: Path) -> None:
    assert run_cli("supplement", "citrate", "100").returncode == 0
    later = run_cli("edit", the_id(), "--time", "09:31")
    assert later.returncode != 0 and "later than now (09:30)" in later.stderr
    assert run_cli("edit", the_id(), "--time", "09:30").returncode == 0
