"""The Today keys for symptoms and factors: one keystroke stores, a form offers the details.

A base class of TodayScreen, so its bindings and handlers join Today's without
crowding today.py. Each key stores the bare entry at once (date: the day
shown; time: now, or midday on a past day), then opens the details form;
Escape there keeps what the keystroke stored.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual import events, on
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable

from journal.core.entries.kinds import bare_factor, bare_symptom
from journal.core.entries.models import FactorEntry, SymptomEntry
from journal.core.validate import ValidationError
from journal.store.errors import StoreError
from journal.store.kinds import load_kinds
from journal.tui.journal_app import AsJournalApp
from journal.tui.widgets.entry_tables import SymptomTable

if TYPE_CHECKING:
    from journal.core.entries.day import Day
    from journal.core.entries.undo import Change

SYMPTOM_KEYS = {"c": "cramp", "w": "twitch", "s": "spasm", "k": "weakness", "e": "fatigue"}

Detailed = SymptomEntry | FactorEntry


def _change(before: Detailed | None, after: Detailed | None) -> Change:
    """The undoable change; its module loads at the first key, not before the first frame."""
    from journal.core.entries.undo import Change

    return Change(before, after)


class SymptomKeys(Screen[None]):
    BINDINGS = [
        *(
            Binding(k, f"log_symptom('{kind}')", kind.capitalize(), id=kind)
            for k, kind in SYMPTOM_KEYS.items()
        ),
        Binding("o", "other_symptom", "Other symptom", show=False, id="other_symptom"),
        Binding("x", "log_factor", "Factor", id="factor"),
    ]

    if TYPE_CHECKING:
        shown: date
        day: Day

        def follow_today(self) -> bool: ...

    def __init__(self) -> None:
        super().__init__()
        self._custom_keys: dict[str, str] = {}  # key -> the person's kind it logs

    journal_app = AsJournalApp()

    def reserved_keys(self) -> set[str]:
        """Every key this screen and the app bind as declared, before the person's keymap
        moves any: a kind of the person's own never takes one (Textual's key names)."""
        declared = [*type(self)._merge_bindings(), *type(self.app)._merge_bindings()]
        return {key for key, _ in declared}

    # -- custom kinds' own keys --------------------------------------------------

    @on(events.Mount)
    def _bind_custom_keys(self) -> None:
        """Bind the keys people gave their own kinds (run again after one is added)."""
        try:
            kinds = load_kinds(self.journal_app.journal)
        except StoreError as exc:
            self.journal_app.say(str(exc), severity="warning", timeout=10)
            return
        reserved = self.reserved_keys() if kinds else set()
        for kind in kinds:
            if kind.key and kind.key not in self._custom_keys and kind.key not in reserved:
                # Textual has no public API for adding a binding at run time.
                self._bindings.bind(kind.key, f"log_custom('{kind.key}')", kind.name, show=False)
                self._custom_keys[kind.key] = kind.name
        self.refresh_bindings()

    def action_log_custom(self, key: str) -> None:
        self.action_log_symptom(self._custom_keys[key])

    # -- logging -----------------------------------------------------------------

    def action_log_symptom(self, kind: str) -> None:
        from journal.tui.screens import symptom_forms as forms

        self.follow_today()
        try:
            entry = bare_symptom(kind, self.shown)
        except ValidationError as exc:
            self.journal_app.say(str(exc), severity="warning")
            return
        if self.journal_app.apply(_change(None, entry), announce=False):
            self.app.push_screen(forms.SymptomForm(entry), partial(self._details_given, entry))

    def action_other_symptom(self) -> None:
        from journal.tui.screens import symptom_forms as forms

        app = self.journal_app
        try:
            kinds = load_kinds(app.journal)
        except StoreError as exc:
            app.say(str(exc), severity="error", timeout=10)
            return
        taken = set(self.active_bindings) | self.reserved_keys()
        self.app.push_screen(forms.KindPicker(app.journal, kinds, taken), self._kind_picked)

    def _kind_picked(self, kind: str | None) -> None:
        if kind is not None:
            self._bind_custom_keys()
            self.action_log_symptom(kind)

    def action_log_factor(self) -> None:
        from journal.tui.screens import symptom_forms as forms

        self.app.push_screen(forms.FactorPicker(), self._factor_picked)

    def _factor_picked(self, kind: str | None) -> None:
        from journal.tui.screens import symptom_forms as forms

        if kind is None:
            return
        self.follow_today()
        try:
            entry = bare_factor(kind, self.shown)
        except ValidationError as exc:
            self.journal_app.say(str(exc), severity="warning")
            return
        if self.journal_app.apply(_change(None, entry), announce=False):
            self.app.push_screen(forms.FactorForm(entry), partial(self._details_given, entry))

    def _details_given(self, old: Detailed, new: Detailed | None) -> None:
        """After a new entry's form: one toast for the whole action (added, with or
        without details); one undo removes it."""
        from journal.tui.changes import describe

        app = self.journal_app
        if new is None:
            app.say(f"{describe(old)} added")
        else:
            app.apply(_change(old, new), fold=True)

    def _edited(self, old: Detailed, new: Detailed | None) -> None:
        if new is not None:
            self.journal_app.apply(_change(old, new))

    # -- rows of the symptoms table ----------------------------------------------

    def _entry(self, entry_id: str | None) -> Detailed | None:
        entries: list[Detailed] = [*self.day.symptoms, *self.day.factors]
        return next((e for e in entries if e.id == entry_id), None)

    @on(DataTable.RowSelected, "#symptoms")
    def _edit_row(self, event: DataTable.RowSelected) -> None:
        from journal.tui.screens import symptom_forms as forms

        entry = self._entry(event.row_key.value)
        if isinstance(entry, SymptomEntry):
            form = forms.SymptomForm(entry, editing=True)
            self.app.push_screen(form, partial(self._edited, entry))
        elif isinstance(entry, FactorEntry):
            self.app.push_screen(
                forms.FactorForm(entry, editing=True), partial(self._edited, entry)
            )

    @on(SymptomTable.DeleteRequested)
    def _delete_row(self, event: SymptomTable.DeleteRequested) -> None:
        entry = self._entry(event.entry_id)
        if entry is not None:
            self.journal_app.apply(_change(entry, None))
