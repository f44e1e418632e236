"""b on a day with no trial dose says why, and when the first dose is."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.trial import save_plan, update
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import told
from tests.waiting import until

TODAY = date(2026, 11, 25)


async def test_b_in_the_run_in_says_when_the_first_dose_is(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    trial = update(journal, lambda t: t.started(TODAY))
    first = trial.periods[0].start
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("b")
        await until(pilot, lambda: told(app), "a toast")
        # Before: "There is no trial dose to take on 25 Nov 2026." and no more.
        assert told(app) == [
            f"25 Nov 2026 is in the run-in, which takes no dose; "
            f"the first period starts {first:%-d %b %Y}."
        ]
        assert first == TODAY + timedelta(days=trial.plan.run_in_days)
