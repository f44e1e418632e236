"""The foods a line of words without commas may be: runs of words that name one food
kept together ("peanut butter crackers banana" is 'peanut butter crackers, banana'; the
hint to put commas between foods split it into 'peanut, butter, crackers, banana')."""

from __future__ import annotations

from collections.abc import Callable


def food_runs(words: list[str], names_a_food: Callable[[str], bool]) -> list[str]:
    """``words`` as the longest runs, from the left, that ``names_a_food``; a word no run
    holds stands alone."""
    runs: list[str] = []
    start = 0
    while start < len(words):
        end = next(
            (
                end
                for end in range(len(words), start + 1, -1)
                if names_a_food(" ".join(words[start:end]))
            ),
            start + 1,
        )
        runs.append(" ".join(words[start:end]))
        start = end
    return runs
