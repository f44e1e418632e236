from __future__ import annotations

import pytest


@pytest.fixture
def unpinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock set by the test (`clock.set_now`), not by MG_JOURNAL_NOW."""
    monkeypatch.delenv("MG_JOURNAL_NOW")
