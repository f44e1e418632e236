"""Pick one of the symptom kinds the person added, or add a new one (with an optional key)."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from journal.core.entries.kinds import CustomKind
from journal.core.validate import ValidationError
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.kinds import add_kind
from journal.tui.journal_app import AsJournalApp
from journal.tui.widgets.field_error import show_error


class KindPicker(ModalScreen[str | None]):
    """Dismisses with the kind to log: a chosen one, or one just added."""

    CSS_PATH = "kind_picker.tcss"
    journal_app = AsJournalApp()
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, journal: Journal, kinds: list[CustomKind], taken_keys: set[str]) -> None:
        super().__init__()
        self.journal = journal
        self.kinds = kinds
        self.taken_keys = taken_keys

    def compose(self) -> ComposeResult:
        with Vertical(id="kind-picker"):
            yield Static(Text("Other symptom", style="bold"), id="picker-title")
            if self.kinds:
                yield OptionList(*(self._option(k) for k in self.kinds), id="kinds")
            else:
                yield Static("No kinds of your own yet: add one below.", id="no-kinds")
            yield Label("Add a kind")
            with Horizontal(id="new-kind"):
                # Not selected on focus: the letter typed over the list that moves
                # the focus here would be selected, then replaced by the next.
                yield Input(id="new-name", placeholder="e.g. restless legs", select_on_focus=False)
                yield Input(id="new-key", placeholder="key", max_length=1)
            yield Static(id="add-error", classes="error")
            yield Static(
                "Enter logs the kind; a new one is added, then logged\n"
                "key: a letter that logs it from Today · Esc cancels",
                id="picker-help",
            )

    @staticmethod
    def _option(kind: CustomKind) -> Option:
        label = Text(kind.name)
        if kind.key:
            label.append(f"  ({kind.key})", style="dim")
        return Option(label)

    def on_mount(self) -> None:
        self.query_one("#kinds" if self.kinds else "#new-name").focus()

    def on_key(self, event: events.Key) -> None:
        # Typing over the list starts a new kind: the list took the letters and dropped
        # them, and the Enter after a new name logged the highlighted old kind instead.
        if isinstance(self.focused, OptionList) and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            name = self.query_one("#new-name", Input)
            name.focus()
            name.insert_text_at_cursor(event.character)

    @on(OptionList.OptionSelected, "#kinds")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.kinds[event.option_index].name)

    @on(Input.Submitted)
    def _add(self, event: Input.Submitted) -> None:
        event.stop()
        error = self.query_one("#add-error", Static)
        key = self.query_one("#new-key", Input).value.strip()
        try:
            kind = CustomKind(self.query_one("#new-name", Input).value, key or None)
            add_kind(self.journal, kind, self.taken_keys)
        except (ValidationError, StoreError) as exc:
            show_error(error, exc)
            return
        # Under the symptom logged next: u takes that back, then stops here rather than
        # going on, unseen, to the entry logged before the kind (no step removes a kind).
        self.journal_app.hold_undo(
            f"{kind.name} stays in your own symptom kinds: a kind cannot be removed. "
            "Nothing else was undone."
        )
        self.dismiss(kind.name)

    def action_cancel(self) -> None:
        self.dismiss(None)
