"""The food table in the app: indexed in a thread at first need, then shared by every
screen that searches it; the person's own foods are added as they are saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App

from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.tui.messages import FoodsFailed, FoodsLoaded

if TYPE_CHECKING:  # the food modules load at the first food search, not at start
    from journal.core.food.foods import Food
    from journal.core.food.search import FoodIndex


class FoodLoading(App[None]):
    """Mixed into the app: the food index, built once in a worker."""

    journal: Journal
    foods: FoodIndex | None
    foods_error: str | None
    _foods_loading: bool

    def load_foods(self) -> None:
        """Start indexing the food table in a thread; `FoodsLoaded` arrives when done."""
        if self.foods is None and not self._foods_loading:
            self._foods_loading = True
            self.foods_error = None
            self.run_worker(self._index_foods, thread=True, group="foods")

    def _index_foods(self) -> None:
        from journal.store.food_catalog import load_index

        try:
            index, _ = load_index(self.journal)
        except (OSError, ValueError, StoreError) as exc:
            self.post_message(FoodsFailed(str(exc)))
            return
        self.post_message(FoodsLoaded(index))

    def on_foods_loaded(self, message: FoodsLoaded) -> None:
        self.foods, self._foods_loading = message.index, False
        self._tell_screens()

    def on_foods_failed(self, message: FoodsFailed) -> None:
        self.foods_error, self._foods_loading = message.reason, False
        self._tell_screens()

    def _tell_screens(self) -> None:
        for screen in self.screen_stack:
            ready = getattr(screen, "foods_ready", None)
            if ready is not None:
                ready()

    def add_own_food(self, food: Food) -> None:
        """Make a just-saved own food or recipe searchable at once."""
        if self.foods is not None:
            self.foods.add(food)
