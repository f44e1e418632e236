"""The profile file: default when absent, saved atomically with the journal's guarantees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal.core.person.profile import Profile, target
from journal.store.errors import DamagedFileError, NewerVersionError
from journal.store.journal import Journal
from journal.store.profile import has_profile, load_profile, save_profile


def journal_target(journal: Journal) -> float:
    """The target the saved profile gives today."""
    return float(target(load_profile(journal)).mg)


def test_default_when_no_file(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    assert load_profile(journal) == Profile()
    assert not has_profile(journal)
    assert journal_target(journal) == 400  # sex not given: the higher adult figure


def test_save_and_load(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    profile = Profile(sex="male", birth_year=2001, conditions=("celiac",), onboarded=True)
    save_profile(journal, profile)
    save_profile(journal, profile.but(units="us"))
    assert load_profile(Journal.open(data_dir)) == profile.but(units="us")
    raw = json.loads((data_dir / "profile.json").read_text())
    assert list(raw["profile"]) == ["1"]
    assert raw["_meta"]["1"]["schema"] == 1
    assert journal_target(journal) == 400


def test_custom_target_reaches_the_shell_helper(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1990, custom_target_mg=365))
    assert journal_target(journal) == 365.0


def test_malformed_profile_is_reported_and_kept_in_the_backup_when_resaved(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    path = data_dir / "profile.json"
    path.write_text(json.dumps({"profile": {"1": {"sex": "robot"}}, "_meta": {"1": {"schema": 1}}}))
    with pytest.raises(DamagedFileError, match="profile is malformed"):
        load_profile(journal)
    # Saving a new profile on purpose repairs it; the old one stays in today's backup.
    save_profile(journal, Profile(sex="male"))
    assert load_profile(journal).sex == "male"
    assert "robot" in (data_dir / "backups" / "profile.json.2026-11-25").read_text()


def test_newer_profile_file_is_left_alone(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    path = data_dir / "profile.json"
    path.write_text(json.dumps({"profile": {}, "_meta": {"1": {"schema": 99}}}))
    with pytest.raises(NewerVersionError):
        save_profile(journal, Profile())
    assert "99" in path.read_text()
