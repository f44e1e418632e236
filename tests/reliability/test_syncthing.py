"""Nothing lost with the real engine: two Syncthing instances, both computers writing.

Each round one instance is stopped, both computers write (new entries on the
same day, an edit on one and a delete on the other of the same entry, one
entry edited on both, the profile changed on both), the instance starts again,
Syncthing makes its conflict copies, both journals merge them, and after the
folders settle both hold the same entries: every entry written once, each
delete still deleted, each losing edit in sight. Then again with the journal
encrypted (age): the folders hold only ciphertext. The figures are printed.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from journal.core import clock
from journal.core.entries.models import FoodEntry
from journal.core.person.profile import Profile
from journal.store.conflicts import find_copies, merge_copies
from journal.store.crypt import AGE_HEADER
from journal.store.encryption import encrypt
from journal.store.ignore import LOCAL_ONLY, write_stignore
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from journal.store.sync_status import set_aside
from tests.helpers import food
from tests.reliability.syncthing_pair import Pair, Unavailable, synced_files

ROUNDS = 3
FIRST_DAY = date(2026, 11, 20)


@pytest.fixture
def pair() -> Iterator[Pair]:
    # A short base path: a unix socket's path may not pass 107 bytes.
    with tempfile.TemporaryDirectory(prefix="mg-st-") as base:
        try:
            made = Pair(Path(base))
        except Unavailable as why:
            pytest.skip(f"real-engine sync test skipped: {why}")
        try:
            yield made
        finally:
            made.close()


class Computer:
    """One side: its journal folder and its name in revisions."""

    def __init__(self, folder: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.name, self.monkeypatch = folder, name, monkeypatch

    def journal(self) -> Journal:
        self.monkeypatch.setenv("MG_JOURNAL_DEVICE", self.name)
        return Journal(self.folder)

    def merge(self) -> int:
        return len(merge_copies(self.journal()).merged)


def tick(step: list[datetime]) -> None:
    """Move the clock on a second: revisions record which change came later."""
    step[0] += timedelta(seconds=1)
    clock.set_now(step[0])


def entry_ids(journal: Journal) -> Counter[str]:
    ids: Counter[str] = Counter()
    for _, path in journal.day_files():
        data = journal.read_file(str(path.relative_to(journal.root)))
        for kind in ("foods", "supplements", "symptoms", "factors"):
            ids.update(doc["id"] for doc in data.get(kind, {}).values())
    return ids


def renamed(entry: FoodEntry, name: str) -> FoodEntry:
    return FoodEntry.from_doc({**entry.to_doc(), "name": name})


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_two_syncthing_instances_lose_nothing(
    encrypted: bool,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert pair.ns.links() == ["lo"]  # the only way out of the namespace is loopback
    a = Computer(pair.a.folder, "laptop", monkeypatch)
    b = Computer(pair.b.folder, "desktop", monkeypatch)
    for side in (a, b):
        side.journal().entries_dir.mkdir(parents=True, exist_ok=True)
        write_stignore(side.folder)
    # Each computer's own files, which must never reach the other one.
    for own in ("backups/mine.json", "cache/day-summary.json", "entries/.x.json.ab12.tmp"):
        (a.folder / own).parent.mkdir(parents=True, exist_ok=True)
        (a.folder / own).write_text("{}")
    step = [datetime(2026, 11, 25, 9, 0)]
    tick(step)
    save_profile(a.journal(), Profile(birth_year=1980, onboarded=True))
    if encrypted:  # both "computers" share this test's config folder: the same key
        encrypt(a.journal())
    pair.a.start()
    pair.b.start()

    written: set[str] = set()
    deleted: set[str] = set()
    losing_edits: list[str] = []  # the names of versions that lost, to be found set aside
    merged = passes = 0
    for round_no in range(ROUNDS):
        day = FIRST_DAY + timedelta(days=round_no)
        tick(step)
        first = [a.journal().add(food(day, f"Round {round_no} start {n}")) for n in range(3)]
        written.update(e.id for e in first)
        pair.settle(LOCAL_ONLY)

        pair.b.stop()
        gone, both = first[0], first[1]
        tick(step)  # laptop: two new entries, an edit of `gone`, an edit of `both`
        for n in range(2):
            written.add(a.journal().add(food(day, f"Laptop {round_no}.{n}")).id)
        a.journal().replace(gone, renamed(gone, "edited on the laptop"))
        a.journal().replace(both, renamed(both, f"laptop's edit {round_no}"))
        save_profile(a.journal(), Profile(birth_year=1950 + round_no, onboarded=True))
        tick(step)  # desktop, later: two new entries, `gone` deleted, `both` edited
        for n in range(2):
            written.add(b.journal().add(food(day, f"Desktop {round_no}.{n}")).id)
        assert b.journal().remove(gone)
        deleted.add(gone.id)
        b.journal().replace(both, renamed(both, f"desktop's edit {round_no}"))
        losing_edits.append(f"laptop's edit {round_no}")
        tick(step)  # the laptop's profile change comes last and wins
        save_profile(b.journal(), Profile(birth_year=1900 + round_no, onboarded=True))
        save_profile(a.journal(), Profile(birth_year=1960 + round_no, onboarded=True))
        losing_edits.append(f"birth_year {1900 + round_no}")
        pair.b.start()
        pair.settle(LOCAL_ONLY)
        assert find_copies(a.folder), "Syncthing made no conflict copy: nothing was tested"
        for _ in range(5):  # both merge; a merge crossing the other's may leave new copies
            if not find_copies(a.folder) and not find_copies(b.folder):
                break
            merged += a.merge() + b.merge()
            passes += 1
            pair.settle(LOCAL_ONLY)
        assert not find_copies(a.folder) and not find_copies(b.folder)

    files_a = synced_files(a.folder, LOCAL_ONLY)
    assert files_a == synced_files(b.folder, LOCAL_ONLY)
    journal_files = [raw for name, raw in files_a.items() if name.endswith(".json")]
    assert len(journal_files) == ROUNDS + 1
    assert all(raw.startswith(AGE_HEADER) == encrypted for raw in journal_files)
    assert not (b.folder / "backups" / "mine.json").exists()
    assert (
        not (b.folder / "cache").exists() and not (b.folder / "entries/.x.json.ab12.tmp").exists()
    )

    ids = [entry_ids(side.journal()) for side in (a, b)]
    assert ids[0] == ids[1]
    lost = written - deleted - set(ids[0])
    duplicated = [i for i, n in ids[0].items() if n > 1]
    resurrected = deleted & set(ids[0])
    aside = [str(r["doc"]) for _, r in set_aside(a.journal())]
    visible = [edit for edit in losing_edits if any(edit.split()[-1] in r for r in aside)]
    assert load_profile(a.journal()).birth_year == 1960 + ROUNDS - 1
    for round_no in range(ROUNDS):
        names = {f.name for f in a.journal().day(FIRST_DAY + timedelta(days=round_no)).foods}
        assert f"desktop's edit {round_no}" in names and "edited on the laptop" not in names
    with capsys.disabled():
        print(
            f"\nsyncthing ({'encrypted' if encrypted else 'plain'}): rounds {ROUNDS}, "
            f"entries written {len(written)}, "
            f"lost {len(lost)}, duplicated {len(duplicated)}, resurrected {len(resurrected)}, "
            f"losing edits visible {len(visible)}/{len(losing_edits)}; "
            f"conflict copies merged {merged} in {passes} passes"
        )
    assert (len(lost), len(duplicated), len(resurrected)) == (0, 0, 0)
    assert len(visible) == len(losing_edits)
