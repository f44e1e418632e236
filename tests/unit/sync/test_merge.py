"""The merge rules, each on fabricated tables: kept, decided, set aside, buried, complete."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from journal.core.sync.merge import merge
from journal.core.sync.revisions import (
    DELETED,
    MOVED_TO,
    SET_ASIDE,
    TOMBSTONE_DAYS,
    Tables,
    stamp,
)

T0, T1, T2, T3 = (f"2026-12-06T10:00:0{n}.000000Z" for n in range(4))


def food(entry_id: str, name: str = "banana", **rest: Any) -> dict[str, Any]:
    return {"id": entry_id, "date": "2026-12-06", "name": name, **rest}


def tables(*docs: dict[str, Any], table: str = "foods", **extra: Any) -> Tables:
    return {table: {str(n): d for n, d in enumerate(docs, 1)}, **extra}


def write(old: Tables, new: Tables, device: str, at: str) -> Tables:
    """What a computer's write leaves on disk (revisions and tombstones stamped)."""
    return stamp(copy.deepcopy(old), copy.deepcopy(new), device, at)


def foods(data: Tables) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in data.get("foods", {}).values()}


def base() -> Tables:
    return write({}, tables(food("a"), food("b", "oats")), "A", T0)


def test_an_entry_on_either_side_is_kept() -> None:
    start = base()
    mine = write(start, tables(*start["foods"].values(), food("c", "kale")), "A", T1)
    theirs = write(start, tables(*start["foods"].values(), food("d", "rice")), "B", T1)
    merged = merge(mine, theirs, "Syncthing")
    assert sorted(foods(merged.tables)) == ["a", "b", "c", "d"]
    assert (merged.added, merged.taken, merged.set_aside, merged.deleted) == (1, 0, 0, 0)


def test_a_change_made_after_seeing_the_other_is_taken_without_conflict() -> None:
    start = base()
    theirs = write(start, tables(food("a", "banana, ripe"), start["foods"]["2"]), "B", T1)
    merged = merge(start, theirs, "Syncthing")
    assert foods(merged.tables)["a"]["name"] == "banana, ripe"
    assert (merged.taken, merged.set_aside) == (1, 0)
    assert SET_ASIDE not in merged.tables
    # ... and the other way round: my newer version stays, nothing to report.
    again = merge(theirs, start, "Syncthing")
    assert foods(again.tables)["a"]["name"] == "banana, ripe"
    assert not again.changed


def test_the_same_entry_changed_on_both_later_wins_and_the_loser_stays_in_sight() -> None:
    start = base()
    mine = write(start, tables(food("a", "banana, mine"), start["foods"]["2"]), "A", T2)
    theirs = write(start, tables(food("a", "banana, theirs"), start["foods"]["2"]), "B", T1)
    merged = merge(mine, theirs, "Dropbox (desk)")
    assert foods(merged.tables)["a"]["name"] == "banana, mine"
    aside = list(merged.tables[SET_ASIDE].values())
    assert [(s["key"], s["doc"]["name"], s["from"]) for s in aside] == [
        ("a", "banana, theirs", "Dropbox (desk)")
    ]
    assert (merged.taken, merged.set_aside) == (0, 1)
    # Their later edit wins the other way round, and counts as kept from the other computer.
    flipped = merge(theirs, write(start, tables(food("a", "x"), start["foods"]["2"]), "A", T0), "s")
    assert flipped.set_aside == 1


def test_merging_the_result_again_with_either_side_is_no_new_conflict() -> None:
    start = base()
    mine = write(start, tables(food("a", "mine"), start["foods"]["2"]), "A", T2)
    theirs = write(start, tables(food("a", "theirs"), start["foods"]["2"]), "B", T1)
    once = merge(mine, theirs, "Syncthing").tables
    for other in (mine, theirs, once):
        again = merge(once, other, "Syncthing")
        assert again.tables == once
        assert not again.changed


def test_a_tie_in_time_is_decided_the_same_way_on_both_computers() -> None:
    start = base()
    mine = write(start, tables(food("a", "mine"), start["foods"]["2"]), "A", T1)
    theirs = write(start, tables(food("a", "theirs"), start["foods"]["2"]), "B", T1)
    # Both computers merge the same file with the same copy: identical results.
    assert merge(mine, theirs, "s").tables == merge(mine, theirs, "s").tables
    assert foods(merge(mine, theirs, "s").tables)["a"]["name"] == "theirs"  # "B" > "A"
    assert foods(merge(theirs, mine, "s").tables)["a"]["name"] == "theirs"


def test_a_delete_beats_every_edit_it_had_seen() -> None:
    start = base()
    mine = write(start, tables(start["foods"]["2"]), "A", T1)  # "a" deleted here
    assert [g["key"] for g in mine[DELETED].values()] == ["a"]
    merged = merge(mine, start, "Syncthing")  # the copy still holds "a" as it was
    assert sorted(foods(merged.tables)) == ["b"]
    # The other computer merges the same pair the other way round: still deleted.
    other = merge(start, mine, "Syncthing")
    assert sorted(foods(other.tables)) == ["b"]
    assert other.deleted == 1
    assert SET_ASIDE not in other.tables and SET_ASIDE not in merged.tables  # it saw them


def test_a_delete_beats_an_older_edit_it_had_not_seen() -> None:
    start = base()
    edited = write(start, tables(food("a", "edited"), start["foods"]["2"]), "B", T1)
    deleted = write(start, tables(start["foods"]["2"]), "A", T2)
    for merged in (merge(edited, deleted, "s"), merge(deleted, edited, "s")):
        assert sorted(foods(merged.tables)) == ["b"]
        assert [g["key"] for g in merged.tables[DELETED].values()] == ["a"]
        # The edit the delete never saw is not lost silently (a helper's report).
        aside = list(merged.tables[SET_ASIDE].values())
        assert [(s["key"], s["doc"]["name"]) for s in aside] == [("a", "edited")]
        assert merged.set_aside == 1
    # Merged again with either side: the same tables, nothing new.
    once = merge(edited, deleted, "s").tables
    assert merge(once, deleted, "s").tables == once and merge(once, edited, "s").tables == once


def test_an_edit_made_after_the_delete_is_not_lost() -> None:
    start = base()
    deleted = write(start, tables(start["foods"]["2"]), "A", T1)
    edited = write(start, tables(food("a", "edited"), start["foods"]["2"]), "B", T2)
    for merged in (merge(edited, deleted, "s"), merge(deleted, edited, "s")):
        assert foods(merged.tables)["a"]["name"] == "edited"
        assert DELETED not in merged.tables
        assert (merged.kept_deleted, merged.added, merged.deleted) == (1, 0, 0)
        assert merged.changed


def test_undo_of_a_delete_outranks_its_own_tombstone() -> None:
    start = base()
    deleted = write(start, tables(start["foods"]["2"]), "A", T1)
    undone = write(deleted, tables(start["foods"]["2"], food("a")), "A", T2)
    assert DELETED not in undone
    assert undone["foods"]["2"]["rev"]["v"] == {"A": 3}  # after the 1 of adding, 2 of deleting
    assert sorted(foods(merge(undone, deleted, "s").tables)) == ["a", "b"]
    assert merge(undone, deleted, "s").kept_deleted == 0  # undone on purpose: no news


def test_tombstones_are_compacted_after_the_set_time() -> None:
    start = base()
    deleted = write(start, tables(start["foods"]["2"]), "A", T1)
    grave_at = deleted[DELETED]["1"]["rev"]["at"]
    assert TOMBSTONE_DAYS == 180
    kept = stamp(copy.deepcopy(deleted), copy.deepcopy(deleted), "A", T2, compact_before=grave_at)
    assert DELETED in kept  # exactly at the limit: kept
    later = grave_at.replace("00:01", "00:02")
    gone = stamp(copy.deepcopy(deleted), copy.deepcopy(deleted), "A", T2, compact_before=later)
    assert DELETED not in gone


def test_a_day_marked_complete_on_either_side_stays_complete() -> None:
    start = base()
    mine = dict(start)
    theirs = {**start, "days": {"1": {"date": "2026-12-06", "complete": True}}}
    merged = merge(mine, theirs, "s")
    assert list(merged.tables["days"].values()) == [{"date": "2026-12-06", "complete": True}]
    assert merged.complete == 1
    assert merge(theirs, mine, "s").tables["days"] == merged.tables["days"]


def test_an_entry_whose_kind_changed_is_kept_once_in_the_winning_table() -> None:
    start = write({}, tables(food("a")), "A", T0)
    moved = write(start, {"foods": {}, "supplements": {"1": food("a", "magnesium")}}, "B", T1)
    merged = merge(start, moved, "s")
    assert merged.tables["foods"] == {}
    assert [d["id"] for d in merged.tables["supplements"].values()] == ["a"]


def test_documents_without_revisions_from_older_versions() -> None:
    same = merge(tables(food("a")), tables(food("a")), "s")
    assert len(same.tables["foods"]) == 1 and not same.changed
    differ = merge(tables(food("a", "one")), tables(food("a", "two")), "s")
    assert len(differ.tables["foods"]) == 1 and differ.set_aside == 1


def test_profile_documents_are_matched_by_place() -> None:
    start = write({}, {"profile": {"1": {"age": 40}}}, "A", T0)
    mine = write(start, {"profile": {"1": {"age": 41}}}, "A", T2)
    theirs = write(start, {"profile": {"1": {"age": 42}}}, "B", T1)
    merged = merge(mine, theirs, "s")
    assert merged.tables["profile"]["1"]["age"] == 41
    assert merged.tables[SET_ASIDE]["1"]["doc"]["age"] == 42


def test_kept_documents_are_renumbered_in_the_files_own_order() -> None:
    mine = write({}, {"foods": {"3": food("z"), "7": food("a")}}, "A", T0)
    theirs = write({}, tables(food("m")), "B", T0)
    merged = merge(mine, theirs, "s")
    assert [(k, d["id"]) for k, d in merged.tables["foods"].items()] == [
        ("1", "z"),
        ("2", "a"),
        ("3", "m"),
    ]


def trial(doses: dict[str, Any], **rest: Any) -> dict[str, Any]:
    plan = {"form": "glycinate", "mg": 300}
    return {"plan": plan, "seal": None, "start": "2027-01-01", "doses": doses, **rest}


def test_a_trials_doses_recorded_on_each_computer_are_all_kept() -> None:
    """A helper's report: a dose recorded on each computer on two days, trial.json in
    conflict, and the earlier day's dose was lost with the losing version."""
    taken = {"state": "taken", "entry_id": "e1"}
    start = write({}, tables(trial({}), table="trial"), "A", T0)
    on_a = write(start, tables(trial({"2027-01-13": taken}), table="trial"), "A", T1)
    other = {"state": "taken", "entry_id": "e2"}
    on_b = write(start, tables(trial({"2027-01-14": other}), table="trial"), "B", T2)
    for merged in (merge(on_a, on_b, "s"), merge(on_b, on_a, "s")):
        doc = merged.tables["trial"]["1"]
        assert doc["doses"] == {"2027-01-13": taken, "2027-01-14": other}
    assert merge(on_a, on_b, "s").tables == merge(on_b, on_a, "s").tables  # both computers
    once = merge(on_a, on_b, "s").tables
    assert merge(once, on_a, "s").tables == once and merge(once, on_b, "s").tables == once
    # The same day recorded on both: the later version's record, the other set aside.
    missed = {"state": "missed", "entry_id": None}
    later = write(start, tables(trial({"2027-01-13": missed}), table="trial"), "B", T2)
    both = merge(on_a, later, "s")
    assert both.tables["trial"]["1"]["doses"] == {"2027-01-13": missed}
    assert both.set_aside == 1


def test_doses_of_another_trial_are_not_joined() -> None:
    start = write({}, tables(trial({}), table="trial"), "A", T0)
    first = write(start, tables(trial({"2027-01-13": {"state": "taken"}}), table="trial"), "A", T1)
    new = trial({"2027-03-02": {"state": "taken"}}, start="2027-03-01")
    replanned = write(start, tables(new, table="trial"), "B", T2)
    doc = merge(first, replanned, "s").tables["trial"]["1"]
    assert doc["doses"] == {"2027-03-02": {"state": "taken"}}


def _moved_away(start: Tables, at: str) -> Tables:
    """A's write of the day an entry "a" left for 2026-12-07: its tombstone says so."""
    left = write(start, tables(start["foods"]["2"]), "A", at)
    for grave in left[DELETED].values():
        grave[MOVED_TO] = "2026-12-07"
    return left


@pytest.mark.parametrize("edit_at", [T1, T3])  # the move later, or the edit later
def test_an_entry_moved_here_and_changed_there_stays_on_its_new_day_only(edit_at: str) -> None:
    """A helper's report: moved on one computer and edited later on the other, an entry
    ended up on two days. The change is set aside (in sight), whichever came later."""
    start = base()
    moved = _moved_away(start, T2)
    edited = write(start, tables(food("a", "banana, ripe"), start["foods"]["2"]), "B", edit_at)
    for mine, theirs in ((moved, edited), (edited, moved)):
        merged = merge(mine, theirs, "Syncthing")
        assert sorted(foods(merged.tables)) == ["b"]
        [aside] = merged.tables[SET_ASIDE].values()
        assert aside["doc"]["name"] == "banana, ripe"
        assert aside["from"] == "Syncthing; meanwhile moved to 2026-12-07"
        assert (merged.set_aside, merged.deleted) == (1, 0)  # a move, not a deletion


def test_an_entry_moved_back_after_seeing_the_move_stays() -> None:
    start = base()
    moved = _moved_away(start, T1)
    back = write(moved, tables(*moved["foods"].values(), food("a", "banana")), "A", T2)
    merged = merge(back, moved, "s")
    assert sorted(foods(merged.tables)) == ["a", "b"] and merged.set_aside == 0
