"""The person's own keys: applied when free, refused with a reason when they clash."""

from __future__ import annotations

from journal.core.person.keymap import check_keymap

MOVABLE = {"cramp": "c", "twitch": "w", "previous_day": "left_square_bracket"}
FIXED = {"q": "Quit", "f": "Log food"}


def test_a_free_key_is_accepted() -> None:
    check = check_keymap({"cramp": "C"}, MOVABLE, FIXED)
    assert check.accepted == {"cramp": "C"} and check.refused == []


def test_a_swap_is_accepted() -> None:
    check = check_keymap({"cramp": "w", "twitch": "c"}, MOVABLE, FIXED)
    assert check.accepted == {"cramp": "w", "twitch": "c"} and check.refused == []


def test_a_key_another_action_keeps_is_refused() -> None:
    check = check_keymap({"cramp": "q", "twitch": "W"}, MOVABLE, FIXED)
    assert check.accepted == {"twitch": "W"}
    assert check.refused == ["cramp -> q: q is already Quit"]


def test_moving_onto_an_unmoved_action_is_refused() -> None:
    check = check_keymap({"cramp": "w"}, MOVABLE, FIXED)
    assert check.accepted == {}
    assert check.refused == ["cramp -> w: w would clash with twitch"]


def test_two_actions_on_one_key_are_both_refused() -> None:
    check = check_keymap({"cramp": "z", "twitch": "z"}, MOVABLE, FIXED)
    assert check.accepted == {}
    assert check.refused == [
        "cramp -> z: z would clash with twitch",
        "twitch -> z: z would clash with cramp",
    ]


def test_unknown_actions_and_odd_keys_are_refused() -> None:
    check = check_keymap({"quit": "x", "cramp": "a,b", "twitch": ""}, MOVABLE, FIXED)
    assert check.accepted == {}
    assert check.refused == [
        "'quit' cannot be given a key of your own; these can: cramp, previous_day, twitch",
        "cramp: give one key, like C or ctrl+k (not 'a,b')",
        "twitch: give one key, like C or ctrl+k (not '')",
    ]
