"""u away from Today: it takes nothing back out of sight, but says where it works.

The app's u undoes only on Today (MgJournalApp.check_action); on the dashboard and the
trial screen, whose help lists u, the key did nothing at all.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen


class UndoOnToday(Screen[None]):
    BINDINGS = [Binding("u", "undo_on_today", "Undo (on Today)", show=False)]

    def action_undo_on_today(self) -> None:
        self.notify("u undoes on Today, where the change is seen: Escape, then u.", markup=False)
