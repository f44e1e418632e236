"""The second computer's app opened before the sync brought the profile: its welcome
skipped (Escape) saves the defaults, later than the profile set on the first computer.
Before: the later won, so both computers' target went back to 400 mg, the person's
sex, birth year and target set aside. Now the profile a person set wins over the
defaults, either way round; a profile set on both is still decided by time."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core import clock
from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from tests.reliability.test_sync_copies import as_device, conflict


@pytest.mark.parametrize("skipped_on", ["the file", "the copy"])
def test_a_welcome_skipped_on_a_new_computer_does_not_replace_the_profile(
    skipped_on: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_device(monkeypatch, "laptop")
    laptop = Journal.open(data_dir)
    save_profile(laptop, Profile(sex="female", birth_year=1980, custom_target_mg=350))
    clock.set_now(clock.now().replace(minute=59))  # the desktop's welcome comes later
    as_device(monkeypatch, "desktop")
    desk = Journal.open(tmp_path / "desk")  # nothing synced yet: a new journal
    save_profile(desk, Profile(onboarded=True))  # what Escape on the welcome saves
    if skipped_on == "the file":  # the desktop merges the laptop's profile as a copy
        conflict(desk, laptop, "profile.json", "dropbox")
        merged_in = desk
    else:  # the laptop merges the desktop's
        as_device(monkeypatch, "laptop")
        conflict(laptop, desk, "profile.json", "syncthing")
        merged_in = laptop
    profile = load_profile(Journal.open(merged_in.root))
    assert (profile.sex, profile.birth_year, profile.custom_target_mg) == ("female", 1980, 350)


def test_a_profile_set_on_both_is_still_decided_by_time(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_device(monkeypatch, "laptop")
    laptop = Journal.open(data_dir)
    save_profile(laptop, Profile(sex="female", birth_year=1980))
    clock.set_now(clock.now().replace(minute=59))
    as_device(monkeypatch, "desktop")
    desk = Journal.open(tmp_path / "desk")
    save_profile(desk, Profile(sex="female", birth_year=1981, onboarded=True))
    conflict(desk, laptop, "profile.json")
    assert load_profile(Journal.open(desk.root)).birth_year == 1981
