"""The Mg Journal application: opens the journal and shows the Today screen."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from journal.store.journal import Journal
from journal.tui.screens.today import TodayScreen


class MgJournalApp(App[None]):
    TITLE = "Mg Journal"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("q", "quit", "Quit", priority=False)]

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal

    def on_mount(self) -> None:
        self.push_screen(TodayScreen())


def run_app(data_dir: str | Path | None) -> int:
    journal = Journal.open(data_dir)
    MgJournalApp(journal).run()
    return 0
