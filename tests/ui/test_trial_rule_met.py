"""A sealed trial whose stopping rule is met, in the app: the trial screen names its
stop key, and Today's trial line says when the washout ends. The trial: blinded, from
Sun 1 Nov 2026, two pairs with two cramps a day off magnesium and none on it; on 8 Feb
2027 (day 100) period 5 is in its washout, to 16 Feb."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from journal.core import clock
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from tests.helpers import onboarded
from tests.ui.painted import wait_painted
from tests.unit.shell.test_trial_goalposts import _at, _cramps_off_magnesium

STOP = "The stopping rule is met: the trial can end (to stop it: press x)."


@pytest.fixture
def rule_met(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    monkeypatch.delenv("MG_JOURNAL_NOW")
    onboarded(Journal.open(data_dir))
    argv = ["trial", "plan", "glycinate", "300", "--seed", "42", "--against", "placebo"]
    assert _at("2026-11-01", *argv, "--blind") == 0
    assert _at("2026-11-01", "trial", "start") == 0
    _cramps_off_magnesium(data_dir, 2)
    clock.set_now(datetime(2027, 2, 8, 9, 0))
    return Journal.open(data_dir)


async def test_the_trial_screen_names_its_stop_key_when_the_rule_is_met(
    rule_met: Journal,
) -> None:
    """Before: "The stopping rule is met: the trial can end." and no word of x."""
    app = MgJournalApp(rule_met)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_painted(pilot, "washout until 16 Feb (not analysed)")  # Today's line
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TrialScreen)
        await wait_painted(pilot, "washout until 16 Feb (not analysed)")
        await pilot.press("end")
        await wait_painted(pilot, STOP)
        await pilot.press("x")
        await wait_painted(pilot, "Stop the trial today?")
