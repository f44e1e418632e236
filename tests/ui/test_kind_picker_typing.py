"""o with kinds of one's own already: typing a new name goes into "Add a kind", not
into the list, where the letters were lost and Enter logged the first kind instead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal.core.entries.kinds import CustomKind
from journal.store.journal import Journal
from journal.store.kinds import add_kind, load_kinds
from journal.tui.app import MgJournalApp
from journal.tui.screens.kind_picker import KindPicker
from tests.helpers import onboarded
from tests.ui.painted import wait_painted
from tests.waiting import until

TODAY = date(2026, 11, 25)


async def test_a_new_name_typed_over_the_list_is_added_and_logged(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    add_kind(journal, CustomKind("Restless legs", None), set())
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, KindPicker), "the picker")
        await pilot.press(*"eyelid flutter")
        await wait_painted(pilot, "eyelid flutter")  # seen in the field as typed
        await pilot.press("enter", "escape")
        await until(pilot, lambda: len(journal.day(TODAY).symptoms) == 1, "one symptom")
        assert [s.kind for s in journal.day(TODAY).symptoms] == ["eyelid flutter"]
        assert [k.name for k in load_kinds(journal)] == ["Restless legs", "eyelid flutter"]


async def test_arrows_and_enter_still_pick_from_the_list(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    add_kind(journal, CustomKind("Restless legs", None), set())
    add_kind(journal, CustomKind("Hiccups", None), set())
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, KindPicker), "the picker")
        await pilot.press("down", "enter", "escape")
        await until(pilot, lambda: len(journal.day(TODAY).symptoms) == 1, "one symptom")
        assert [s.kind for s in journal.day(TODAY).symptoms] == ["Hiccups"]


async def test_a_new_name_sent_in_a_burst_is_added_whole(data_dir: Path) -> None:
    from tests.ui.test_keys_in_a_burst import burst

    journal = onboarded(Journal.open(data_dir))
    add_kind(journal, CustomKind("Restless legs", None), set())
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, KindPicker), "the picker")
        burst(pilot, [*"hiccups", "enter"])
        await until(pilot, lambda: len(load_kinds(journal)) == 2, "the new kind")
        assert [k.name for k in load_kinds(journal)] == ["Restless legs", "hiccups"]
