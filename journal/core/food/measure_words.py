"""A portion as a person would say it: "2 cups", "1 cup", "1/2 cup", "3 slices".

Portions are stored as chosen ("2 cup"), so picking the same measure again
still finds it; only what is shown says the plural. The head word of a
household measure is pluralised when it is a countable noun; "oz", "tbsp",
"medium" and the like stay as they are.
"""

from __future__ import annotations

import re

# Head words of the shipped table's measures (USDA SR) that take a plural.
_NOUN_WORDS = """cup serving piece jar slice steak package can unit roast fillet bar item chop
    tablespoon teaspoon container bottle fruit patty packet cookie cracker breast thigh
    wing drumstick portion pie pizza leaf scoop pastry potato ear sandwich quart head
    link cake roll doughnut bag leg strip stick biscuit pancake stalk spear pepper
    muffin bun bagel tortilla waffle egg glass mug pinch dash handful floret sprig clove
    wedge square sheet pod nut kernel tablet capsule shell box loaf pint gallon almond
    cherry olive half peanut"""
NOUNS = frozenset(_NOUN_WORDS.split())
_PORTION = re.compile(r"^(\d+(?:[.,]\d+)?(?: \d+/\d+)?|\d+/\d+) ([A-Za-z]+)(.*)$", re.S)


def plural(noun: str) -> str:
    if noun == "leaf":
        return "leaves"
    if noun == "loaf":
        return "loaves"
    if noun == "half":
        return "halves"
    if noun.endswith(("ch", "sh", "s", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun == "potato":
        return "potatoes"
    return noun + "s"


def _more_than_one(amount: str) -> bool:
    whole, _, fraction = amount.replace(",", ".").partition(" ")
    if "/" in whole:
        top, bottom = whole.split("/")
        return int(bottom) != 0 and int(top) / int(bottom) > 1
    return float(whole) > 1 or (float(whole) == 1 and bool(fraction))


def portion_words(portion: str) -> str:
    """`portion` with its measure in the plural when the amount is more than one."""
    match = _PORTION.match(portion)
    if match is None:
        return portion
    amount, head, rest = match.groups()
    if not _more_than_one(amount):
        return portion
    if head.lower() not in NOUNS:  # "2 small single serving bags": the noun comes last
        words = re.match(r"([a-z ]*[a-z])( \w*[^a-z ].*)?$", f"{head}{rest}", re.S)
        last = words[1].rsplit(" ", 1)[-1] if words else ""
        if words is None or last not in NOUNS or last == head.lower():
            return portion
        return f"{amount} {words[1][: -len(last)]}{plural(last)}{words[2] or ''}"
    either = re.match(r" or ([a-z]+)\b", rest)  # "2 cans or bottles (12 fl oz)" of beer
    if either and either[1] in NOUNS:
        rest = f" or {plural(either[1])}{rest[either.end() :]}"
    return f"{amount} {plural(head)}{rest}"
