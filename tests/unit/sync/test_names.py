"""Each sync engine's conflict-copy name gives back the file it belongs to and who made it."""

from __future__ import annotations

import pytest

from journal.core.sync.copy_mark import may_hold_copies
from journal.core.sync.names import DROPBOX, NEXTCLOUD, SYNCTHING, parse_conflict_name


@pytest.mark.parametrize(
    ("name", "original", "engine", "who", "when"),
    [
        (
            "2026-12-06.sync-conflict-20261206-101010-ABCDEFG.json",
            "2026-12-06.json",
            SYNCTHING,
            "ABCDEFG",
            "2026-12-06",
        ),
        (
            "custom_foods.sync-conflict-20251231-235959-Z9Y8X7W.json",
            "custom_foods.json",
            SYNCTHING,
            "Z9Y8X7W",
            "2025-12-31",
        ),
        (
            "2026-12-06 (Anna's MacBook's conflicted copy 2026-12-06).json",
            "2026-12-06.json",
            DROPBOX,
            "Anna's MacBook",
            "2026-12-06",
        ),
        (
            "profile (desktop's conflicted copy 2026-12-06 (1)).json",
            "profile.json",
            DROPBOX,
            "desktop",
            "2026-12-06",
        ),
        (
            "kinds (conflicted copy 2026-12-06 101010).json",
            "kinds.json",
            NEXTCLOUD,
            "",
            "2026-12-06",
        ),
        (
            "2026-12-06_conflict-20261206-101010.json",
            "2026-12-06.json",
            NEXTCLOUD,
            "",
            "2026-12-06",
        ),
    ],
)
def test_conflict_names(name: str, original: str, engine: str, who: str, when: str) -> None:
    parsed = parse_conflict_name(name)
    assert parsed is not None
    # The quick look a journal's opening takes over its folder finds it among others.
    assert may_hold_copies(["2026-12-05.json", name, "profile.json"])
    assert (parsed.original, parsed.engine, parsed.who, parsed.when) == (
        original,
        engine,
        who,
        when,
    )


@pytest.mark.parametrize(
    "name",
    [
        "2026-12-06.json",
        "profile.json",
        "conflicts.json",  # a word, not a copy
        "2026-12-06.sync-conflict-20261206-101010-abc.json",  # Syncthing ids are 7 capitals
        "2026-12-06.sync-conflict-2026120-101010-ABCDEFG.json",
        ".2026-12-06.json.x1y2.tmp",
        "notes (copy).json",
    ],
)
def test_other_names_are_not_copies(name: str) -> None:
    assert parse_conflict_name(name) is None


def test_a_folder_without_copies_is_passed_over_and_names_do_not_run_together() -> None:
    assert not may_hold_copies([])
    assert not may_hold_copies(["2026-12-05.json", "profile.json", "kinds.json"])
    # "...con" + "flict..." from two names is no copy: the names are kept apart.
    assert not may_hold_copies(["a.con", "flict.json"])
