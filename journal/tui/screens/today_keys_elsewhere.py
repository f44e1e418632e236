"""Today's keys away from Today: they do nothing there, so they say where they work.

The app's u undoes only on Today (MgJournalApp.check_action); on the dashboard and the
trial screen it did nothing at all. So did f (food), p (profile) and Today's other keys
on the dashboard: now each says in a toast that it works on Today, and how to get
there. Neither screen's help or footer lists u: nothing there is undone.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.screen import Screen


class TodayKeysElsewhere(Screen[None]):
    # A system key: neither help nor the footer lists u here, where it changes nothing.
    BINDINGS = [Binding("u", "undo_on_today", "Undo (on Today)", show=False, system=True)]
    # Today's actions that make no sense to point to from here (d on the dashboard).
    NOT_POINTED: frozenset[str] = frozenset()

    def action_undo_on_today(self) -> None:
        self.notify("u undoes on Today, where the change is seen: Escape, then u.", markup=False)

    def on_key(self, event: events.Key) -> None:
        own = self._bindings.key_to_bindings  # with those off just now (the trial's say why)
        if event.key in own or event.key in self.active_bindings:
            return  # this screen's own key, or the app's
        from journal.tui.screens.today import TodayScreen

        today = next((s for s in self.app.screen_stack if isinstance(s, TodayScreen)), None)
        if today is None:
            return
        bindings = today._bindings.copy()  # Today's keys, as the person's keymap sets them
        if self.app._keymap:
            bindings.apply_keymap(self.app._keymap)
        found = bindings.key_to_bindings.get(event.key, [])
        binding = next((b for b in found if b.action not in self.NOT_POINTED), None)
        if binding is None:
            return
        key = binding.key_display or self.app.get_key_display(binding)
        what = f" ({binding.description.lower()})" if binding.description else ""
        event.stop()
        self.notify(f"{key}{what} works on Today: Escape, then {key}.", markup=False)
