"""The portion step: a household measure or grams, an amount, the meal, and a live preview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from journal.core.entries.models import MAX_GRAMS, MEALS, FoodEntry
from journal.core.food.amounts import parse_amount
from journal.core.food.foods import Food
from journal.core.food.measure_words import portion_words
from journal.core.food.own_foods import is_own
from journal.core.food.units import (
    MASS_UNITS,
    needs_amount,
    parse_quantity,
    split_portion,
)
from journal.core.food.usual_portion import usual_amount
from journal.core.validate import ValidationError, not_later_today, parse_time
from journal.tui.widgets.key_hint import KeyHint


@dataclass(frozen=True, slots=True)
class Picked:
    """A food and how much of it: what the portion step hands back."""

    food: Food
    grams: float
    portion: str  # "1/2 cup", shown back on Today
    meal: str
    at: time | None = None  # the time eaten, when the screen edits an entry


def measures(food: Food, metric: bool = False) -> list[tuple[str, float]]:
    """(unit name, grams per one) for the food's household measures, then g and oz; with
    `metric` (the profile's units), g first and oz last.

    USDA lists some measures twice ("1 cup" and "0.75 cup"): the first one counts.
    """
    own: dict[str, float] = {}
    for portion in food.portions:
        amount, measure = split_portion(portion)
        own.setdefault(measure, portion.grams / amount)
    # A food's own "1 oz" (28.35 g) is the ounce: listed once, not beside the mass oz.
    oz = [] if "oz" in own else [("oz", MASS_UNITS["oz"])]
    grams = [] if "g" in own else [("g", 1.0)]
    if metric:
        return [*grams, *own.items(), *oz]
    return [*own.items(), *grams, *oz]


def prefill(food: Food, entry: FoodEntry) -> tuple[str, str | None]:
    """(amount text, unit name) that give the entry's portion again, else its grams."""
    for name, _ in measures(food):
        if entry.portion.endswith(" " + name):
            return entry.portion[: -len(name) - 1], name
    return ("" if entry.grams is None else f"{entry.grams:g}"), "g"


def unit_label(name: str, grams: float) -> Text:
    """ "cup  234 g": the weight says which of two similar measures is which."""
    label = Text(name)
    if name != "g":
        label.append(f"  {grams:,.3g} g" if grams < 10 else f"  {grams:,.0f} g", "dim")
    return label


def figure(value: float | None, unit: str) -> str:
    return f"? {unit} (unknown)" if value is None else f"{value:,.0f} {unit}"


class TimeError(ValueError):
    """A time eaten that cannot be taken; its message is under the time field."""


class PortionScreen(ModalScreen[Picked | None]):
    CSS_PATH = "portion.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Back"),
        Binding("down", "unit(1)", "Next unit", show=False),
        Binding("up", "unit(-1)", "Previous unit", show=False),
    ]

    def __init__(
        self,
        food: Food,
        meal: str,
        *,
        amount: str = "1",
        unit: str | None = None,
        verb: str = "Log",
        at: time | None = None,
        day: date | None = None,
        metric: bool = False,
    ) -> None:
        super().__init__()
        self.food, self.meal, self.verb = food, meal, verb
        self.at, self.day = at, day  # editing: the time eaten can change too (not to later)
        self.units = measures(food, metric)
        self._amount = amount
        names = [name for name, _ in self.units]
        if unit is None and is_own(food):  # the serving the person gave
            unit = split_portion(food.portions[0])[1] if food.portions else "g"
        # a count of a measure, as eat logs it: "10" strips of oven fries (not a recipe's
        # ingredient, weighed as the recipe says)
        elif unit is None and amount == "1" and verb != "Add" and (usual := usual_amount(food)):
            self._amount, unit = usual
        elif unit is None:  # what a bare number counts: a piece, a slice, a fruit...
            unit = parse_quantity("1", food)[1].removeprefix("1 ")
        self._unit = names.index(unit) if unit in names else 0

    def compose(self) -> ComposeResult:
        with Vertical(id="portion-dialog"):
            yield Static(Text(self.food.name, style="bold"), id="portion-food")
            yield Static(self._per_100g(), id="portion-per100")
            yield Input(self._amount, placeholder="1, 1/2, 1 1/2, 1.5", id="portion-amount")
            yield Static(id="portion-error", classes="error")
            units = OptionList(
                *(Option(unit_label(name, grams)) for name, grams in self.units), id="portion-unit"
            )
            units.can_focus = False  # ↑↓ in the amount choose the unit: Tab goes to the meal
            yield units
            with Horizontal(id="portion-when") as when:
                when.display = self.verb != "Add"  # a recipe's ingredient has no meal
                yield Select(
                    ((m, m) for m in MEALS), value=self.meal, allow_blank=False, id="portion-meal"
                )
                if self.at is not None:
                    yield Label("at", id="portion-at")
                    yield Input(f"{self.at:%H:%M}", placeholder="HH:MM", id="portion-time")
            if self.at is not None:
                yield Static(id="portion-time-error", classes="error")
            yield Static(id="portion-preview")
            fields = "meal, time" if self.at is not None else "meal"
            hint = (
                "↑↓ unit · Enter adds it to the recipe · Esc back"
                if self.verb == "Add"
                else f"↑↓ unit · Tab {fields} · Enter {self.verb.lower()}s it · Esc back"
            )
            yield KeyHint(hint)

    def _per_100g(self) -> Text:
        mg, kcal = self.food.mg_per_100g, self.food.kcal_per_100g
        return Text(f"per 100 g: {figure(mg, 'mg')} magnesium · {figure(kcal, 'kcal')}", "dim")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = self._unit
        amount = self.query_one("#portion-amount", Input)
        amount.focus()
        amount.select_all()  # typing replaces the suggested amount
        self._update()

    def action_unit(self, step: int) -> None:
        units = self.query_one(OptionList)
        units.highlighted = ((units.highlighted or 0) + step) % len(self.units)

    def on_option_list_option_highlighted(self) -> None:
        self._update()

    def on_input_changed(self) -> None:
        self._update()

    def on_select_changed(self) -> None:
        self._update()
        # The meal chosen, Enter logs: back in the amount, as the hint's "Enter logs it".
        self.query_one("#portion-amount", Input).focus()

    def _reading(self) -> Picked:
        """What the fields say; ValueError with the message for the person."""
        text = self.query_one("#portion-amount", Input).value
        amount = parse_amount(text)
        name, per_unit = self.units[self.query_one(OptionList).highlighted or 0]
        grams = amount * per_unit
        if grams > MAX_GRAMS:
            raise ValueError(f"{grams:,.0f} g is more than {MAX_GRAMS:,.0f} g in one entry")
        meal = str(self.query_one(Select).value)
        at = self._time()
        return Picked(self.food, grams, f"{' '.join(text.split())} {name}", meal, at)

    def _time(self) -> time | None:
        """The time eaten, when editing; a bad one is said under its own field."""
        if self.at is None:
            return None
        shown = self.query_one("#portion-time-error", Static)
        try:
            at = parse_time(self.query_one("#portion-time", Input).value)
            if self.day is not None and at != self.at:  # a kept time is kept
                at = not_later_today(self.day, at)
        except ValidationError as exc:
            shown.update(Text(exc.message))
            shown.display = True
            raise TimeError(exc.message) from None
        shown.display = False  # no line kept for it: the hint stays in view at 80x24
        return at

    def _update(self) -> Picked | None:
        error = self.query_one("#portion-error", Static)
        preview = self.query_one("#portion-preview", Static)
        try:
            picked = self._reading()
        except TimeError:  # said under the time field
            error.update("")
            preview.update("")
            return None
        except ValueError as exc:
            error.update(Text(self._empty_hint() or str(exc)))
            preview.update("")
            return None
        error.update("")
        mg, kcal = self.food.mg_for(picked.grams), self.food.kcal_for(picked.grams)
        preview.update(
            Text.assemble(
                f"{portion_words(picked.portion)} = {picked.grams:,.0f} g → ",
                (figure(mg, "mg magnesium"), "bold"),
                f" · {figure(kcal, 'kcal')}" + ("" if self.verb == "Add" else f" · {picked.meal}"),
            )
        )
        return picked

    def _empty_hint(self) -> str:
        """For a food the table gives no portion of, what to type rather than "empty"."""
        if self.query_one("#portion-amount", Input).value.strip() or not needs_amount(self.food):
            return ""
        return "No portion of it in the table: type how much (g, or ↓ for oz)"

    def on_input_submitted(self) -> None:
        picked = self._update()
        if picked is not None:
            self.dismiss(picked)

    def on_option_list_option_selected(self) -> None:
        # Only a click selects (the list takes no focus): it chooses the unit, and the
        # person still sees the figure before Enter logs it.
        self._update()
