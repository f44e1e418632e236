"""A portion as a person would say it: "2 cups", "1 cup", "1/2 cup", "3 slices".

Portions are stored as chosen ("2 cup"), so picking the same measure again
still finds it; only what is shown says the plural. The head word of a
household measure is pluralised when it is a countable noun; "oz", "tbsp",
"medium" and the like stay as they are. A size USDA writes bare after its measure is
bracketed ("2 jiggers (1.5 fl oz)", not "2 jigger 1.5 fl oz"), and a count of servings
says what one is once ("2 × 0.5 container (4 oz)", not "2 servings (0.5 container (4
oz))", brackets in brackets).
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
    cherry olive half peanut jigger"""
NOUNS = frozenset(_NOUN_WORDS.split())
_PORTION = re.compile(r"^(\d+(?:[.,]\d+)?(?: \d+/\d+)?|\d+/\d+) ([A-Za-z]+)(.*)$", re.S)
# A size written bare after the measure: "1 can 12 fl oz", "1 serving 1/2 cup"
# and a fluid size after that: "1 serving 1 cup 8 fl oz" of lemonade, "1 cup (8 fl oz)"
_BARE_SIZE = re.compile(r" (\d[\d./]*(?: \d+/\d+)? [a-z][a-z .]*?)(?: (\d[\d.]* fl oz))?")


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


_SINGULAR = {plural(n): n for n in NOUNS}


def _more_than_one(amount: str) -> bool:
    whole, _, fraction = amount.replace(",", ".").partition(" ")
    if "/" in whole:
        top, bottom = whole.split("/")
        return int(bottom) != 0 and int(top) / int(bottom) > 1
    return float(whole) > 1 or (float(whole) == 1 and bool(fraction))


_WHOLE_POINT = re.compile(r"(\d{4,})(\.\d+)?")


def _grouped(amount: str) -> str:
    """ "1,000" for a stored "1000", as a day's total says "6,840 mg"; a decimal comma
    ("1000,5") is left as typed, as a grouping comma would make it ambiguous."""
    whole = _WHOLE_POINT.fullmatch(amount)
    return f"{int(whole[1]):,}{whole[2] or ''}" if whole else amount


def portion_words(portion: str) -> str:
    """`portion` with its measure in the plural when the amount is more than one, and
    brackets side by side said as one ("1 slice (1 oz, 4" x 4")", `one_bracket`)."""
    return one_bracket(_plural_words(portion))


def amount_words(portion: str, grams: float | None) -> str:
    """ "1 cup (234 g)", "1 bar (2 oz, 57 g)": the portion as `portion_words` says it with
    its grams in its last bracket, where it has one ("1 bar (2 oz) (57 g)" read as two
    amounts); a weight typed in grams is said once ("50 g", not "50 g (50 g)")."""
    words = portion_words(portion)
    if grams is None or _GRAMS.fullmatch(words):
        return words
    return one_bracket(f"{words} ({grams:,.0f} g)")


_GRAMS = re.compile(r"[\d.,]+ ?g")


def one_bracket(words: str) -> str:
    """Brackets side by side at the end of ``words`` joined into one: "1 patty (4 oz,
    raw) (yield after cooking)" is "1 patty (4 oz, raw, yield after cooking)"; a bracket
    inside another stays ("0.5 container (4 oz)")."""
    depth, groups, start = 0, [], -1
    for i, ch in enumerate(words):
        if ch == "(":
            start = i if depth == 0 else start
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append((start, i))
    # the trailing run of groups, each after the last with one space between
    run: list[tuple[int, int]] = []
    end = len(words) - 1
    for start, stop in reversed(groups):
        if stop != end or depth:
            break
        run.insert(0, (start, stop))
        end = start - 2
        if start < 2 or words[start - 1] != " ":
            break
    if len(run) < 2:
        return words
    inner = ", ".join(words[a + 1 : b] for a, b in run)
    return f"{words[: run[0][0]]}({inner})"


def _plural_words(portion: str) -> str:
    portion = portion.replace(" lf oz", " fl oz")  # SR24's cola: "1 bottle 16 lf oz"
    match = _PORTION.match(portion)
    if match is None:
        return portion
    amount, head, rest = match.groups()
    portion = f"{_grouped(amount)} {head}{rest}"
    bare = _BARE_SIZE.fullmatch(rest)
    if bare:
        rest = f" ({bare[1]} ({bare[2]}))" if bare[2] else f" ({bare[1]})"
        portion = f"{_grouped(amount)} {head}{rest}"
    one = _in_brackets(rest) if head.lower() == "serving" else ""
    if amount == "1" and one[:1].isdigit():  # "1 serving (0.5 container (4 oz))": the pot
        return one
    if not _more_than_one(amount):
        # One of a measure USDA writes in the plural ("6 slices" of mozzarella, one
        # slice 28 g) is said in the singular: "1 slices" read as a typo.
        single = _SINGULAR.get(head.lower())
        return f"{_grouped(amount)} {single}{rest}" if single else portion
    if one[:1].isdigit():  # "2 × 1.5 cup": one serving's measure, that many times
        return f"{_grouped(amount)} × {one}"
    if head.lower() not in NOUNS:  # "2 small single serving bags": the noun comes last
        words = re.match(r"([a-z ]*[a-z])( \w*[^a-z ].*)?$", f"{head}{rest}", re.S)
        last = words[1].rsplit(" ", 1)[-1] if words else ""
        if words is None or last not in NOUNS or last == head.lower():
            return portion
        return f"{_grouped(amount)} {words[1][: -len(last)]}{plural(last)}{words[2] or ''}"
    either = re.match(r" or ([a-z]+)\b", rest)  # "2 cans or bottles (12 fl oz)" of beer
    if either and either[1] in NOUNS:
        rest = f" or {plural(either[1])}{rest[either.end() :]}"
    return f"{_grouped(amount)} {plural(head)}{rest}"


def _in_brackets(rest: str) -> str:
    """What one bracket around all of ``rest`` holds (" (0.5 container (4 oz))": "0.5
    container (4 oz)"); else nothing."""
    if not rest.startswith(" (") or not rest.endswith(")"):
        return ""
    depth = 0
    for i, ch in enumerate(rest):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and i > 1:
            return rest[2:-1] if i == len(rest) - 1 else ""
    return ""
