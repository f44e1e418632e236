"""Food search: type a few letters, move with the arrows, Enter chooses, then the portion.

The index is built in a worker at first need (see `MgJournalApp.load_foods`); until it
arrives the screen says so and searches as soon as it does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from journal.core.entries.models import FoodEntry
from journal.core.food.foods import Food
from journal.core.food.own_foods import is_own
from journal.core.food.units import needs_amount, split_portion
from journal.tui.journal_app import AsJournalApp
from journal.tui.screens.portion import Picked, PortionScreen, prefill
from journal.tui.widgets.key_hint import KeyHint

if TYPE_CHECKING:
    from journal.core.food.search import FoodIndex

LIMIT = 30
_CONSOLE = Console(width=200, no_color=True)  # wraps result lines; draws nothing
RECENT_MARK = "★"
OWN_MARK = "◆"


def result_line(food: Food, recent: bool, width: int = 0) -> Text:
    """`  268 mg ★ Nuts, almonds  Nut and Seed Products`, the name taken literally.
    Given `width`, a long name goes on under the name, not under the figure."""
    mg = "    ?" if food.mg_per_100g is None else f"{food.mg_per_100g:5.0f}"
    mark = RECENT_MARK if recent else (OWN_MARK if is_own(food) else " ")
    line = Text()
    line.append(f"{mg} mg ", "bold")
    line.append(f"{mark} ", "yellow" if recent else "cyan")
    words = Text(food.name)
    words.append(f"  {food.group}", "dim")
    indent = line.cell_len
    if width <= indent + 10 or indent + words.cell_len <= width:
        return line + words
    lines = words.wrap(_CONSOLE, width - indent)
    for part in lines:
        part.rstrip()
    return line + Text("\n" + " " * indent).join(lines)


def by_id(index: FoodIndex, query: str) -> list[Food] | None:
    """The food an id names ("usda:08554", "custom:…", as the shell prints them for a
    line to repeat): [food], [] if none has it, or None when `query` is no id."""
    typed = query.strip().lower()
    if ":" not in typed or " " in typed:
        return None
    food = index.get(typed)
    return [food] if food is not None else []


class FoodScreen(ModalScreen[Picked | None]):
    """Dismisses with the chosen food and portion (the caller logs it), or None."""

    CSS_PATH = "food.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Back"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("pagedown", "move(8)", "Page down", show=False),
        Binding("pageup", "move(-8)", "Page up", show=False),
        Binding("ctrl+n", "new_food", "New food"),
        Binding("ctrl+r", "new_recipe", "New recipe"),
    ]

    def __init__(
        self,
        meal: str,
        boost: dict[str, float],
        last: dict[str, FoodEntry] | None = None,
        *,
        title: str = "Log food",
        verb: str = "Log",
    ) -> None:
        """``boost`` ranks the person's foods first; ``last`` offers their last portion;
        ``verb`` "Add": the portion step adds an ingredient (no meal)."""
        super().__init__()
        self.meal, self.boost, self.title_text, self.verb = meal, boost, title, verb
        self.last = last or {}
        self.results: list[Food] = []
        self._status: Text | None = None
        self._line_width = 0  # the width the result lines were made for
        self._prompts: dict[tuple[str, bool, int], Content] = {}  # each result line, made once

    journal_app = AsJournalApp()

    def compose(self) -> ComposeResult:
        with Vertical(id="food-dialog"):
            yield Static(self.title_text, classes="panel-title")
            yield Input(placeholder="Type a food: almond, oat bran, banana…", id="food-query")
            yield Static(id="food-status")
            yield OptionList(id="food-results")
            yield KeyHint(
                f"↑↓ move · Enter choose · {RECENT_MARK} yours lately · {OWN_MARK} your own · "
                "^n new food · ^r recipe · Esc back"
            )

    def on_mount(self) -> None:
        # Searched as the value changes, within the keystroke: the Changed message came a
        # frame later, so the list was drawn a frame (~17 ms) after the typed letter.
        self.watch(self.query_one(Input), "value", self._search, init=False)
        self.journal_app.load_foods()
        self.foods_ready()

    def foods_ready(self) -> None:
        """Called by the app when the index arrives (and on mount)."""
        self._search(self.query_one(Input).value)

    def _search(self, query: str) -> None:
        status = self.query_one("#food-status", Static)
        results = self.query_one(OptionList)
        index = self.journal_app.foods
        if index is None:
            error = self.journal_app.foods_error
            status.update(Text(error or "loading foods…", style="italic"))
            self._status = None
            return
        named = by_id(index, query)
        self.results = named if named is not None else index.search(query, LIMIT, self.boost)
        width = self._line_width = self._width()
        results.set_options(Option(self._prompt(f, width)) for f in self.results)
        if self.results:
            results.highlighted = 0
        if not query.strip():
            line = Text("your recent foods" if self.results else "type to search", "dim")
        elif named == []:
            line = Text(f"no food has the id {query.strip()!r}; type its name", "italic")
        elif not self.results:
            line = Text(f"no food matches {query.strip()!r}; ^n makes your own", "italic")
        else:
            line = Text("mg per 100 g · food · group", "dim")
        # The same line again would still cost a layout and a frame, on every keystroke.
        if line != self._status:
            self._status = line
            status.update(line)

    def _width(self) -> int:
        """The columns a result line has: the list's, less a scrollbar's room (before
        the first layout, as the list will be in a dialog at most 100 wide)."""
        width = self.query_one(OptionList).content_region.width
        return (width or min(100, self.app.size.width) - 8) - 2

    def on_resize(self) -> None:
        # The lines again at the new width, on the food the person had reached.
        if self.results and self._width() != self._line_width:
            results = self.query_one(OptionList)
            here = results.highlighted
            self._search(self.query_one(Input).value)
            results.highlighted = here

    def _prompt(self, food: Food, width: int) -> Content:
        """The result line as the list shows it. Made once per food and width while the
        screen is open: typing a word shows most of the same foods at each letter, and
        converting each line to Content again was a third of the list's drawing."""
        key = (food.id, food.id in self.boost, width)
        prompt = self._prompts.get(key)
        if prompt is None:
            line = result_line(food, key[1], width)
            prompt = Content.from_rich_text(line, console=self.app.console)
            self._prompts[key] = prompt
        return prompt

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        if self.results:
            here = results.highlighted or 0
            results.highlighted = max(0, min(len(self.results) - 1, here + step))

    def on_input_submitted(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if self.results and highlighted is not None:
            self._choose(self.results[highlighted])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(self.results[event.option_index])

    def _choose(self, food: Food) -> None:
        def chosen(picked: Picked | None) -> None:
            if picked is not None:
                self.dismiss(picked)

        before = self.last.get(food.id)
        amount, unit = prefill(food, before) if before else ("1", None)
        if not before and needs_amount(food):
            amount = ""  # the table has no portion of it: one would be 1 g; the person says
        elif not before and is_own(food) and food.portions:  # "2 tbsp": the whole serving
            amount = f"{split_portion(food.portions[0])[0]:g}"
        metric = self.journal_app.profile.units == "metric"
        screen = PortionScreen(
            food, self.meal, amount=amount, unit=unit, metric=metric, verb=self.verb
        )
        self.app.push_screen(screen, chosen)

    def action_new_food(self) -> None:
        from journal.tui.screens.own_food import OwnFoodScreen

        self.app.push_screen(OwnFoodScreen(), self._made)

    def action_new_recipe(self) -> None:
        from journal.tui.screens.recipe import RecipeScreen

        self.app.push_screen(RecipeScreen(self.meal), self._made)

    def _made(self, food: Food | None) -> None:
        """A new own food or recipe: searchable now, and offered straight away."""
        if food is None:
            return
        self.journal_app.add_own_food(food)
        self.query_one(Input).value = food.name
        self._choose(food)
