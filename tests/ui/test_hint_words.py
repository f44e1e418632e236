"""Every dialog names its keys alike: Enter, Esc, Tab, as the food, portion, supplement
and trial dialogs do. The symptom and factor forms, the pickers, go-to-date and help
said "enter saves · escape cancels", in lower case, beside "Enter logs · Esc back"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import painted, wait_painted

LOWER_KEY = re.compile(r"\b(enter|escape|tab)\b")  # a key's name in lower case


@pytest.mark.parametrize(
    ("keys", "shown"),
    [
        (["c"], "Enter saves · Esc keeps it as recorded, without details"),
        (["x"], "a letter or Enter picks · Esc cancels"),
        (["x", "e"], "Esc keeps it as recorded, without details"),  # a line to itself
        (["o"], "key: a letter that logs it from Today · Esc cancels"),
        (["g"], "Enter goes · Esc cancels"),
        (["question_mark"], "Help · Esc closes"),
    ],
)
async def test_a_dialog_names_its_keys_as_the_others_do(
    data_dir: Path, keys: list[str], shown: str
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await wait_painted(pilot, shown)
        screen = painted(app)
        if keys != ["question_mark"]:  # help's own list may say "enter" in a sentence
            assert not LOWER_KEY.search(screen), screen
