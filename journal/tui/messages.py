"""Messages the app's workers post when slow work is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the index is built, and its module loaded, at the first food search
    from journal.core.food.search import FoodIndex


class FoodsLoaded(Message):
    """The food table and the person's own foods are indexed and searchable."""

    def __init__(self, index: FoodIndex) -> None:
        super().__init__()
        self.index = index


class FoodsFailed(Message):
    """The food table could not be read; `reason` is a line for the person."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason
