"""A recipe: a name, the number of servings, and foods with amounts (each picked by search)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from journal.core.food.foods import Food
from journal.core.food.own_foods import Ingredient, recipe_doc, recipe_from_doc
from journal.core.validate import ValidationError
from journal.store.errors import StoreError
from journal.tui.screens.own_food import field
from journal.tui.screens.portion import Picked, figure
from journal.tui.widgets.key_hint import KeyHint

if TYPE_CHECKING:
    from journal.tui.journal_app import JournalApp

FIELDS = {
    "name": "recipe-name",
    "servings": "recipe-servings",
    "cooked": "recipe-cooked",
    "ingredients": "recipe-items",
}


class RecipeScreen(ModalScreen[Food | None]):
    """Saves the recipe to custom_foods.json and dismisses with it as a Food."""

    CSS_PATH = "own_food.tcss"
    BINDINGS = [
        Binding("escape", "leave", "Back"),
        # Inputs take ctrl+a/e/d/k/u/w for editing, so these use other letters.
        Binding("ctrl+n", "add_food", "Add a food"),
        Binding("ctrl+l", "remove_food", "Remove food"),
        Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(self, meal: str) -> None:
        super().__init__()
        self.meal = meal
        self.items: list[Ingredient] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="recipe-dialog", classes="form"):
            yield Static("Your recipe", classes="panel-title")
            yield from field("Name", Input(placeholder="e.g. Overnight oats", id="recipe-name"))
            yield from field("Servings", Input("1", placeholder="it makes", id="recipe-servings"))
            yield from field(
                "Cooked weight, g",
                Input(placeholder="optional: the pot once cooked", id="recipe-cooked"),
            )
            yield OptionList(id="recipe-items")
            yield Static(id="recipe-items-error", classes="error")
            yield Static(id="recipe-total")
            yield KeyHint("^n add a food · ^l remove it · Enter or ^s saves · Esc back")

    def on_mount(self) -> None:
        self.query_one("#recipe-name", Input).focus()
        self._as_opened = self._typed()
        self._show()

    def _typed(self) -> list[str]:
        return [field.value.strip() for field in self.query(Input)]

    def _show(self, highlight: int | None = None) -> None:
        """The ingredients, one highlighted (the last added by default) so ^l removes it:
        set_options clears the highlight, and ^l did nothing."""
        items = self.query_one(OptionList)
        items.set_options(
            Option(Text.assemble(i.name, (f"  {i.portion} · {figure(i.mg, 'mg')}", "dim")))
            for i in self.items
        )
        if self.items:
            last = len(self.items) - 1
            items.highlighted = last if highlight is None else min(highlight, last)
        total = self.query_one("#recipe-total", Static)
        if not self.items:
            total.update(Text("No foods yet: ^n adds one.", "italic"))
            return
        mg = None if any(i.mg is None for i in self.items) else sum(i.mg or 0 for i in self.items)
        try:
            servings = float(self.query_one("#recipe-servings", Input).value.replace(",", "."))
        except ValueError:
            servings = 0
        each = f" · {figure(mg / servings, 'mg')} per serving" if mg and servings > 0 else ""
        total.update(Text(f"Whole recipe {figure(mg, 'mg')} magnesium{each}", "bold"))

    def on_input_changed(self) -> None:
        self._show()

    def action_leave(self) -> None:
        """Escape: at once while nothing is typed or added; else asked first (one key
        threw away a recipe typed for minutes, or its name, servings and weight)."""
        if not self.items and self._typed() == self._as_opened:
            self.dismiss(None)
            return
        from journal.tui.screens.choice import leave_unsaved

        n = len(self.items)
        are = "ingredient is" if n == 1 else "ingredients are"
        typed = "What you typed for this recipe is not kept."
        leave_unsaved(self, f"The recipe's {n} {are} not kept." if n else typed)

    def action_add_food(self) -> None:
        from journal.tui.screens.food import FoodScreen

        def picked(choice: Picked | None) -> None:
            if choice is not None:
                self.items.append(Ingredient.of(choice.food, choice.grams, choice.portion))
                self.query_one("#recipe-items-error", Static).update("")
                self._show()

        self.app.push_screen(
            FoodScreen(self.meal, {}, title="Add a food to the recipe", verb="Add"), picked
        )

    def action_remove_food(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None and highlighted < len(self.items):
            del self.items[highlighted]
            self._show(highlighted)  # the next one, for ^l again

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        for target in FIELDS.values():
            self.query_one(f"#{target}-error", Static).update("")
        try:
            doc = recipe_doc(
                self.query_one("#recipe-name", Input).value,
                self.query_one("#recipe-servings", Input).value,
                self.items,
                cooked=self.query_one("#recipe-cooked", Input).value,
            )
            recipe_from_doc(doc)
        except ValidationError as exc:
            target = FIELDS.get(exc.field, "recipe-name")
            self.query_one(f"#{target}-error", Static).update(Text(exc.message))
            return
        app = cast("JournalApp", self.app)
        from journal.store.own_foods import add_recipe

        try:
            food = add_recipe(app.journal, doc)
        except ValidationError as exc:  # the name is taken: said at the field
            self.query_one("#recipe-name-error", Static).update(Text(exc.message))
            return
        except StoreError as exc:
            app.say(str(exc), title="Not saved", severity="error", timeout=10)
            return
        app.hold_undo(
            f"{food.name} was saved as your recipe: mg-journal foods delete removes it. "
            "Nothing else was undone."
        )
        app.say(f"{food.name} saved as your recipe")
        self.dismiss(food)
