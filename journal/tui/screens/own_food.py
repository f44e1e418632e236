"""An own food: name, magnesium and kcal per serving or per 100 g, and the serving size."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from journal.core.food.foods import Food
from journal.core.food.own_foods import own_food_doc
from journal.core.validate import ValidationError
from journal.store.errors import StoreError

if TYPE_CHECKING:
    from journal.tui.journal_app import JournalApp

# ValidationError.field -> the Input it is about
FIELDS = {
    "name": "own-name",
    "magnesium": "own-mg",
    "energy": "own-kcal",
    "serving": "own-grams",
    "serving name": "own-serving",
}


def field(label: str, widget: Input | Select[str], *, error: bool = True) -> ComposeResult:
    """A labelled one-line field and, under it, the place for its message."""
    if isinstance(widget, Input):
        widget.compact = True
    with Horizontal(classes="field"):
        yield Label(label)
        yield widget
    if error:
        yield Static(id=f"{widget.id}-error", classes="error")


class OwnFoodScreen(ModalScreen[Food | None]):
    """Saves the food to custom_foods.json and dismisses with it."""

    CSS_PATH = "own_food.tcss"
    BINDINGS = [Binding("escape", "leave", "Back")]

    def action_leave(self) -> None:
        """Escape: at once while nothing is typed; with something typed, asked first."""
        if not any(field.value.strip() for field in self.query(Input)):
            self.dismiss(None)
            return
        from journal.tui.screens.choice import leave_unsaved

        leave_unsaved(self, "What you typed for this food is not kept.")

    def compose(self) -> ComposeResult:
        with Vertical(id="own-dialog", classes="form"):
            yield Static("Your own food", classes="panel-title")
            yield from field("Name", Input(placeholder="e.g. Granola bar, homemade", id="own-name"))
            basis = (("per serving", "serving"), ("per 100 g", "100g"))
            yield from field(
                "Figures are",
                Select(basis, value="serving", allow_blank=False, compact=True, id="own-basis"),
                error=False,
            )
            yield Static()
            yield from field("Magnesium, mg", Input(placeholder="e.g. 48", id="own-mg"))
            yield from field("Energy, kcal", Input(placeholder="optional", id="own-kcal"))
            yield from field("Serving, g", Input(placeholder="e.g. 40", id="own-grams"))
            yield from field(
                "Serving name", Input(placeholder="1 bar (optional)", id="own-serving")
            )
            yield Static("Enter saves · Esc back", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#own-name", Input).focus()

    def _value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value

    def on_input_submitted(self) -> None:
        for target in FIELDS.values():
            self.query_one(f"#{target}-error", Static).update("")
        try:
            doc = own_food_doc(
                self._value("own-name"),
                self._value("own-mg"),
                self._value("own-kcal"),
                per_serving=self.query_one(Select).value == "serving",
                serving_grams=self._value("own-grams"),
                serving_name=self._value("own-serving"),
            )
        except ValidationError as exc:
            target = FIELDS.get(exc.field, "own-name")
            self.query_one(f"#{target}-error", Static).update(Text(exc.message))
            self.query_one(f"#{target}", Input).focus()
            return
        app = cast("JournalApp", self.app)
        from journal.store.own_foods import add_own_food

        try:
            food = add_own_food(app.journal, doc)
        except ValidationError as exc:  # the name is taken: said at the field
            self.query_one("#own-name-error", Static).update(Text(exc.message))
            self.query_one("#own-name", Input).focus()
            return
        except StoreError as exc:
            app.say(str(exc), title="Not saved", severity="error", timeout=10)
            return
        app.hold_undo(
            f"{food.name} was saved as your own food: mg-journal foods delete removes it. "
            "Nothing else was undone."
        )
        app.say(f"{food.name} saved as your own food")
        self.dismiss(food)
