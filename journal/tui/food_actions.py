"""What the Today screen's food keys do: log, edit and delete foods and supplements.

Today's `FoodKeys` call these (its foods table holds food and supplement rows, keyed by
entry id); every change goes through `app.apply`, so it is saved and undoable.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, cast

from rich.text import Text

from journal.core import clock
from journal.core.entries.kinds import entry_time
from journal.core.entries.models import FoodEntry, SupplementEntry, meal_for
from journal.core.entries.undo import Change
from journal.core.food.food_log import boosts, copy_meal, entry_for, meals_of
from journal.core.food.foods import Food, Portion
from journal.core.food.measure_words import portion_words
from journal.core.validate import ValidationError
from journal.store.errors import StoreError
from journal.tui.screens.choice import ChoiceScreen
from journal.tui.screens.food import FoodScreen
from journal.tui.screens.portion import Picked, PortionScreen, prefill

RECENT_PICKS = 15

if TYPE_CHECKING:
    from journal.tui.journal_app import JournalApp
    from journal.tui.screens.food_keys import FoodKeys


def _app(today: FoodKeys) -> JournalApp:
    return cast("JournalApp", today.app)


def log_entry(today: FoodKeys, picked: Picked, day: date, opened: datetime) -> None:
    """Log the food picked for `day` in a screen opened at `opened` (`entry_time`)."""
    at = entry_time(day, opened, picked.meal)
    try:
        entry = entry_for(picked.food, picked.grams, picked.portion, day, at, picked.meal)
    except ValidationError as exc:
        _app(today).say(str(exc), title="Not logged", severity="error")
        return
    _app(today).apply(Change(None, entry))


def log_food(today: FoodKeys) -> None:
    today.follow_today()  # past midnight: the new day
    day, opened = today.shown, clock.now()

    def done(picked: Picked | None) -> None:
        if picked is not None:
            log_entry(today, picked, day, opened)

    from journal.store.food_catalog import read_recent

    recent = read_recent(_app(today).journal)
    last = {r.last.food_id: r.last for r in recent if r.last.food_id}
    meal = meal_for(clock.current_time())
    # Backfilling, the day is named where the person types: never logged to another.
    title = "Log food" if day == clock.today() else f"Log food for {day:%A %-d %B}"
    today.app.push_screen(FoodScreen(meal, boosts(recent, clock.today()), last, title=title), done)


def _food_of(today: FoodKeys, entry: FoodEntry) -> Food:
    """The entry's food, with the entry's own figures: its portions from the index or
    table, its magnesium and energy per 100 g as logged, so an edit never swaps in
    figures the food has now (an own food made anew, the table updated)."""
    app = _app(today)
    found = app.foods.get(entry.food_id) if app.foods and entry.food_id else None
    if found is None and entry.food_id:
        from journal.core.food.quick_search import find_by_id
        from journal.store.own_foods import read_own_foods, same_as_ids
        from journal.store.shipped import read_food_table

        own, _ = read_own_foods(app.journal)
        # Logged from a food a merge found made twice: the one shown holds its figures.
        food_id = same_as_ids(app.journal).get(entry.food_id, entry.food_id)
        found = find_by_id(read_food_table(), own, food_id)
    assert entry.grams is not None  # _edit_food refuses entries of unknown weight
    per_100 = 100.0 / entry.grams
    if found is not None:
        return replace(
            found,
            mg_per_100g=None if entry.mg is None else entry.mg * per_100,
            kcal_per_100g=None if entry.kcal is None else entry.kcal * per_100,
        )
    return Food(
        entry.food_id or "",
        entry.name,
        "",
        None if entry.mg is None else entry.mg * per_100,
        None if entry.kcal is None else entry.kcal * per_100,
        (Portion(f"1 {entry.portion}", entry.grams),) if entry.portion else (),
        source="entry",
    )


def edit_row(today: FoodKeys, entry_id: str) -> None:
    food = next((f for f in today.day.foods if f.id == entry_id), None)
    if food is not None:
        _edit_food(today, food)
        return
    supplement = next((s for s in today.day.supplements if s.id == entry_id), None)
    if supplement is not None:
        from journal.tui.screens.supplement import SupplementScreen

        # Said before a form whose every change (form, amount) would be refused at Enter.
        held = _held_dose(today, supplement.id)
        if held is not None:
            _app(today).say(
                f"That supplement is the trial's dose of {held:%-d %b}: press b to "
                "record it taken or missed instead.",
                severity="warning",
            )
            return

        def done(new: SupplementEntry | None) -> None:
            if new is not None and new != supplement:
                _app(today).apply(Change(supplement, new))

        ul = _app(today).supplement_ul_mg
        today.app.push_screen(SupplementScreen(supplement.date, ul, supplement), done)


def _held_dose(today: FoodKeys, entry_id: str) -> date | None:
    """The day of the trial dose that wrote this entry (None: none, or unreadable: the
    save then says why)."""
    from journal.store.trial import held_dose

    try:
        return held_dose(_app(today).journal, entry_id)
    except StoreError:
        return None


def _edit_food(today: FoodKeys, old: FoodEntry) -> None:
    if old.grams is None:
        # Imported as a count ("1.00 bar"): the portion screen works in grams it lacks.
        _app(today).say(
            f"{old.name}: its weight is unknown ({old.amount_text or 'no amount'}); give it "
            f"with `mg-journal edit {old.id[:8]} --grams N`, or delete and log it again.",
            title="Not editable here",
        )
        return
    food = _food_of(today, old)
    amount, unit = prefill(food, old)

    def done(picked: Picked | None) -> None:
        if picked is None:
            return
        try:
            at = picked.at or old.time
            fresh = entry_for(food, picked.grams, picked.portion, old.date, at, picked.meal)
        except ValidationError as exc:
            _app(today).say(str(exc), title="Not changed", severity="error")
            return
        new = dataclasses.replace(fresh, id=old.id, name=old.name)
        if new != old:
            _app(today).apply(Change(old, new))

    metric = _app(today).profile.units == "metric"
    screen = PortionScreen(
        food,
        old.meal,
        amount=amount,
        unit=unit,
        verb="Save",
        at=old.time,
        day=old.date,
        metric=metric,
    )
    today.app.push_screen(screen, done)


def delete_row(today: FoodKeys, entry_id: str) -> None:
    entries: list[FoodEntry | SupplementEntry] = [*today.day.foods, *today.day.supplements]
    entry = next((e for e in entries if e.id == entry_id), None)
    if entry is not None:
        _app(today).apply(Change(entry, None))


def log_supplement(today: FoodKeys) -> None:
    from journal.tui.screens.supplement import SupplementScreen

    today.follow_today()  # past midnight: the new day

    def done(entry: SupplementEntry | None) -> None:
        if entry is not None:
            _app(today).apply(Change(None, entry))

    today.app.push_screen(SupplementScreen(today.shown, _app(today).supplement_ul_mg), done)


def _figures(mg: float | None, kcal: float | None) -> str:
    return (
        f"{'?' if mg is None else f'{mg:,.0f}'} mg · {'?' if kcal is None else f'{kcal:,.0f}'} kcal"
    )


def log_again(today: FoodKeys) -> None:
    """Pick one of the recent foods; it is logged again with its last portion."""
    from journal.store.food_catalog import read_recent

    recent = read_recent(_app(today).journal)[:RECENT_PICKS]
    if not recent:
        _app(today).say("No foods in the last 30 days yet: press f to log one.")
        return
    day = today.shown
    lines = [
        Text.assemble(
            r.last.name,
            (f"  {portion_words(r.last.amount_text)} · ", "dim"),
            (_figures(r.last.mg, r.last.kcal), "dim"),
        )
        for r in recent
    ]

    opened = clock.now()

    def done(choice: int | None) -> None:
        if choice is not None:
            meal = meal_for(clock.current_time())
            at = entry_time(day, opened, meal)
            _app(today).apply(Change(None, recent[choice].entry(day, at, meal)))

    hint = "Enter or 1-9 logs it again · Esc back"
    today.app.push_screen(ChoiceScreen("Log again", lines, hint), done)


def _not_before_its_time(entries: list[FoodEntry]) -> tuple[list[FoodEntry], str]:
    """Copied foods keep their times, but on today a time not come yet (dinner's 18:30,
    copied at 08:40) becomes now: the journal records what has happened, as the shell
    insists. Also the toast's note saying so ("" when no time moved)."""
    day, now = clock.today(), clock.current_time()
    later = [e.time for e in entries if e.date == day and e.time > now]
    if not later:
        return entries, ""
    moved = [replace(e, time=now) if e.time in later else e for e in entries]
    return moved, f", at {now:%H:%M} as {min(later):%H:%M} has not come yet"


def copy_yesterday(today: FoodKeys) -> None:
    """Pick one of the previous day's meals; its foods are copied to the shown day."""
    app = _app(today)
    source = today.shown - timedelta(days=1)
    meals = meals_of(app.journal.day(source))
    if not meals:
        app.say(f"Nothing logged on {source:%A %-d %B} to copy.")  # as the list's title
        return
    names = list(meals)
    lines = []
    for meal in names:
        foods = meals[meal]
        mg = sum(f.mg for f in foods if f.mg is not None)
        # USDA names hold commas: "Milk, whole, Egg, whole, hard-boiled" read as five foods.
        listed = "; ".join(f.name for f in foods)
        lines.append(Text.assemble((f"{meal}: ", "bold"), listed, (f"  · {mg:,.0f} mg", "dim")))
    day = today.shown

    def done(choice: int | None) -> None:
        if choice is None:
            return
        entries, note = _not_before_its_time(copy_meal(meals[names[choice]], day))
        copied = [Change(None, entry) for entry in entries]
        n = len(copied)
        what = f"{names[choice]} copied: {n} {'food' if n == 1 else 'foods'}"
        app.apply_batch(copied, what + note)

    title = f"Copy a meal from {source.strftime('%A %-d %B')}"
    today.app.push_screen(ChoiceScreen(title, lines, "Enter or 1-9 copies it · Esc back"), done)
