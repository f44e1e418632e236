"""`one_name_each`, the merge's step that leaves each own-food name once, checked on
tables built by hand: which one stays, what the other becomes, and the revision that
makes the change win everywhere without a new conflict."""

from __future__ import annotations

from typing import Any

import pytest

from journal.core.sync.own_names import (
    BY,
    SAME_AS,
    figures,
    name_key,
    one_name_each,
)
from journal.core.sync.revisions import REV

MAX = 60


def doc(
    doc_id: str,
    name: str,
    mg: float = 48.0,
    at: str = "2026-11-25T09:00",
    by: str = "laptop",
    v: dict[str, int] | None = None,
) -> dict[str, Any]:
    return {"id": doc_id, "name": name, "mg": mg, REV: {"at": at, "by": by, "v": v or {by: 1}}}


def foods(*docs: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    return {"foods": {str(n): d for n, d in enumerate(docs, 1)}}


def test_a_hidden_malformed_or_nameless_document_has_no_name_to_find() -> None:
    assert name_key(doc("a", "  Granola Bar ")) == "granola bar"
    assert name_key({**doc("a", "x"), SAME_AS: "b"}) == ""
    assert name_key({"id": 7, "name": "x"}) == ""
    assert name_key({"id": "a", "name": 7}) == ""
    assert name_key("not a document") == ""


def test_figures_leave_out_id_name_revision_and_twin_mark() -> None:
    d = {**doc("a", "Bar"), SAME_AS: "b", "kcal": 190}
    assert figures(d) == {"mg": 48.0, "kcal": 190}


def test_names_once_already_change_nothing() -> None:
    tables = foods(doc("a", "Granola bar"), doc("b", "Oat bar"))
    named = one_name_each(tables, ("foods",), MAX)
    assert named.tables == tables and named.joined == () and named.renamed == ()


def test_the_same_food_twice_keeps_the_first_made_and_hides_the_other() -> None:
    first = doc("a", "Granola bar", at="2026-11-25T09:00", by="laptop")
    later = doc("b", "granola BAR ", at="2026-11-25T09:05", by="desk")
    named = one_name_each(foods(later, first), ("foods",), MAX)
    out = named.tables["foods"]
    assert out["2"] == first  # the first made stays as it was
    assert out["1"][SAME_AS] == "a" and out["1"]["name"] == "granola BAR "
    assert named.joined == ("Granola bar",) and named.renamed == ()
    rev = out["1"][REV]
    # After both: each writer's count, and one more by the merge itself.
    assert rev == {"at": "2026-11-25T09:05", "by": BY, "v": {BY: 1, "desk": 1, "laptop": 1}}


def test_other_figures_rename_the_later_one_after_its_computer() -> None:
    first = doc("a", "Granola bar", 48.0, at="2026-11-25T09:00", by="laptop")
    later = doc("b", "Granola bar", 60.0, at="2026-11-25T09:05", by="desk")
    named = one_name_each(foods(first, later), ("foods",), MAX)
    assert named.tables["foods"]["2"]["name"] == "Granola bar (from desk)"
    assert SAME_AS not in named.tables["foods"]["2"]
    assert named.renamed == (("Granola bar", "Granola bar (from desk)"),)
    assert named.joined == ()


def test_a_taken_new_name_gets_a_number_and_a_writer_unknown_says_other_copy() -> None:
    first = doc("a", "Bar", 1.0, at="2026-11-25T09:00", by="laptop")
    taken = doc("c", "Bar (from desk)", 3.0, at="2026-11-25T08:00", by="desk")
    later = doc("b", "Bar", 2.0, at="2026-11-25T09:05", by="desk")
    named = one_name_each(foods(first, taken, later), ("foods",), MAX)
    assert named.tables["foods"]["3"]["name"] == "Bar (from desk 2)"
    unknown = {
        **doc("b", "Bar", 2.0, at="2026-11-25T09:05"),
        REV: {"at": "2026-11-25T09:05", "by": BY},
    }
    named = one_name_each(foods(first, unknown), ("foods",), MAX)
    assert named.tables["foods"]["2"]["name"] == "Bar (other copy)"
    bare = {"id": "b", "name": "Bar", "mg": 2.0}  # no revision: the oldest, so it stays
    named = one_name_each(foods(first, bare), ("foods",), MAX)
    assert named.tables["foods"]["2"]["name"] == "Bar"
    assert named.renamed == (("Bar", "Bar (from laptop)"),)


def test_a_long_name_is_cut_so_the_new_one_fits() -> None:
    long = "G" * 58
    first = doc("a", long, 1.0, at="2026-11-25T09:00")
    later = doc("b", long, 2.0, at="2026-11-25T09:05", by="desk")
    new = one_name_each(foods(first, later), ("foods",), MAX).tables["foods"]["2"]["name"]
    assert len(new) == MAX and new.endswith(" (from desk)") and new.startswith("G" * 48)


def test_a_tie_in_time_is_broken_by_the_bytes_the_same_way_on_both_computers() -> None:
    one = doc("a", "Bar", 1.0, at="2026-11-25T09:00", by="x")
    two = doc("b", "Bar", 2.0, at="2026-11-25T09:00", by="x")
    a = one_name_each(foods(one, two), ("foods",), MAX).tables["foods"]
    b = one_name_each(foods(two, one), ("foods",), MAX).tables["foods"]
    assert {d["id"]: d["name"] for d in a.values()} == {d["id"]: d["name"] for d in b.values()}
    assert {d["id"]: d["name"] for d in a.values()} == {"a": "Bar", "b": "Bar (from x)"}


def test_only_the_named_tables_and_only_tables_of_documents_are_touched() -> None:
    twins = {"1": doc("a", "Bar"), "2": doc("b", "Bar", at="2026-11-25T10:00")}
    tables: dict[str, Any] = {"foods": twins, "recipes": dict(twins), "_meta": ["x"]}
    named = one_name_each(tables, ("absent", "_meta", "recipes"), MAX)
    assert named.tables["foods"] == twins
    assert named.tables["_meta"] == ["x"]
    assert named.tables["recipes"]["2"][SAME_AS] == "a"
    assert tables["recipes"]["2"] == twins["2"]  # the input is left as it was


@pytest.mark.parametrize("count", [3, 4])
def test_three_or_more_alike_leave_one_shown(count: int) -> None:
    docs = [
        doc(f"id{k}", "Bar", float(k), at=f"2026-11-25T09:0{k}", by=f"pc{k}") for k in range(count)
    ]
    out = one_name_each(foods(*docs), ("foods",), MAX).tables["foods"]
    names = sorted(name_key(d) for d in out.values() if name_key(d))
    assert names == sorted({*names}) and len(names) == count  # each name once
    assert out["1"]["name"] == "Bar"


def test_a_table_without_twins_before_one_with_them_is_passed_over() -> None:
    tables = {
        "foods": {"1": doc("a", "Bar")},
        "recipes": {"1": doc("r", "Stew"), "2": doc("s", "stew", at="2026-11-25T10:00")},
    }
    named = one_name_each(tables, ("foods", "recipes"), MAX)
    assert named.tables["recipes"]["2"][SAME_AS] == "r"


def test_two_renamed_from_one_computer_get_two_names() -> None:
    first = doc("a", "Bar", 1.0, at="2026-11-25T09:00", by="laptop")
    two = doc("b", "Bar", 2.0, at="2026-11-25T09:05", by="desk")
    three = doc("c", "Bar", 3.0, at="2026-11-25T09:06", by="desk")
    out = one_name_each(foods(first, two, three), ("foods",), MAX).tables["foods"]
    assert [d["name"] for d in out.values()] == ["Bar", "Bar (from desk)", "Bar (from desk 2)"]


def test_two_without_revisions_the_second_by_the_bytes_is_from_another_copy() -> None:
    one, two = {"id": "a", "name": "Bar", "mg": 1.0}, {"id": "b", "name": "Bar", "mg": 2.0}
    out = one_name_each(foods(two, one), ("foods",), MAX).tables["foods"]
    assert {d["id"]: d["name"] for d in out.values()} == {"a": "Bar", "b": "Bar (other copy)"}


def test_a_second_merge_counts_one_more_change_by_the_merge() -> None:
    first = doc("a", "Bar", at="2026-11-25T09:00", by="laptop")
    again = doc("b", "Bar", at="2026-11-25T09:05", by=BY, v={BY: 1, "desk": 1})
    out = one_name_each(foods(first, again), ("foods",), MAX).tables["foods"]
    assert out["2"][REV]["v"] == {BY: 2, "desk": 1, "laptop": 1}


def test_a_name_cut_at_a_space_loses_the_space() -> None:
    name = "A" * 47 + " " + "B" * 10  # cut to 48 for " (from desk)", it ends in the space
    first = doc("a", name, 1.0, at="2026-11-25T09:00")
    later = doc("b", name, 2.0, at="2026-11-25T09:05", by="desk")
    new = one_name_each(foods(first, later), ("foods",), MAX).tables["foods"]["2"]["name"]
    assert new == "A" * 47 + " (from desk)"
