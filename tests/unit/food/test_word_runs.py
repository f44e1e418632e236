"""`food_runs`: the longest runs of words that name one food, from the left."""

from __future__ import annotations

from journal.core.food.word_runs import food_runs

FOODS = {"peanut butter", "peanut butter crackers", "banana", "butter", "toast"}


def test_the_longest_run_naming_a_food_stays_together() -> None:
    words = ["peanut", "butter", "crackers", "banana"]
    assert food_runs(words, FOODS.__contains__) == ["peanut butter crackers", "banana"]
    assert food_runs(["peanut", "butter", "toast"], FOODS.__contains__) == [
        "peanut butter",
        "toast",
    ]


def test_words_naming_no_food_together_stand_alone() -> None:
    assert food_runs(["green", "tea"], FOODS.__contains__) == ["green", "tea"]
    assert food_runs([], FOODS.__contains__) == []
