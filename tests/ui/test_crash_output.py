"""An unexpected error ends the app with a traceback that shows no local variables
(they hold health data), and the process exits non-zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store.errors import DamagedFileError
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded

SECRET = "woke-me-with-a-calf-cramp"


def booming(app: MgJournalApp, error: Exception) -> MgJournalApp:
    """The app with an action that fails as a bug would, a local holding health data."""

    def action_boom() -> None:
        note = SECRET  # as the store's own frames hold entries  # noqa: F841
        raise error

    app.action_boom = action_boom  # type: ignore[attr-defined]
    return app


def rendered(app: MgJournalApp) -> str:
    return "".join(seg.text for r in app._exit_renderables for seg in r.segments)  # type: ignore[attr-defined]


async def crash(app: MgJournalApp, error: type[Exception]) -> str:
    with pytest.raises(error):
        async with app.run_test() as pilot:
            await pilot.pause()
            app.call_later(app.run_action, "boom")
            await pilot.pause()
            text = rendered(app)
    return text


async def test_a_crash_prints_no_local_variables(data_dir: Path) -> None:
    app = booming(MgJournalApp(onboarded(Journal.open(data_dir))), RuntimeError("boom"))
    text = await crash(app, RuntimeError)
    assert "RuntimeError" in text and "boom" in text
    assert SECRET not in text
    assert app.return_code == 1


async def test_a_store_error_ends_the_app_with_its_one_line(data_dir: Path) -> None:
    damaged = DamagedFileError(data_dir / "profile.json", "it is nested too deeply")
    app = booming(MgJournalApp(onboarded(Journal.open(data_dir))), damaged)
    text = await crash(app, DamagedFileError)
    assert text.startswith("mg-journal: ") and "nested too deeply" in text
    assert "Traceback" not in text and SECRET not in text
