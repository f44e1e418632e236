"""Foods as people eat them: which form of a food a plain word means, and its usual portion.

The shipped table (USDA SR24) lists a food in every state it is sold and studied in:
lentils raw and boiled, eggs fresh, dried and powdered, coffee as grounds, powder and
brew. People who write "lentils" or "coffee" mean what was on the plate or in the cup.
USDA's survey database, the Food and Nutrient Database for Dietary Studies (FNDDS,
which codes What We Eat in America, NHANES) is the model: its foods are described as
eaten ("Black beans, from dried, no added fat", "Egg, whole, boiled or poached",
"Coffee, brewed", "Milk, reduced fat (2%)", "Banana, raw") and each is linked to the
SR food that gives its nutrients. Two signals come from there:

* ``EVERYDAY`` (in `everyday_foods`): the SR24 food an everyday word means, as FNDDS's
  common food for that word is made of it, with the household portion FNDDS and the SR
  measures name first for it (one large egg, one medium banana, 1 oz of nuts, 1 cup of
  cooked grains).
  Where FNDDS has several (whole, 2% and skim milk) the one What We Eat in America
  reports most often is kept: the others stay one keystroke away.
* ``as_eaten_rank``: the conventions of SR names themselves: legumes and grains are
  eaten "cooked, boiled", not "raw"/"dry"/"uncooked"; fruit "raw"; coffee and tea
  "brewed"; whole eggs cooked; powders, dry mixes, substitutes, imitations and oils
  only when asked for (typing the word takes the penalty back).

Pure and cheap: one pass over a food's name, run once per food when the index is built.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from journal.core.food.foods import Food

# Parts of an animal other than its meat: "turkey" is the roasted meat, not its heart,
# gizzard or liver (listed first for their short names), unless the part is typed.
# Its skin alone ("Turkey, all classes, skin only") is not the meat either.
OFFAL = frozenset(
    {
        *("heart", "hearts", "gizzard", "gizzards", "liver", "livers", "giblets", "neck"),
        *("necks", "kidney", "kidneys", "tongue", "brain", "brains", "lungs", "spleen"),
        *("pancreas", "thymus", "tripe", "feet", "chitterlings", "ears", "tail"),
    }
)

_WORD = re.compile(r"[a-z]+")
ASK_PENALTY = 1.5  # what a powder or a dry form loses, unless its word is typed
ASKED_BONUS = 0.5  # a dry form's word typed: that form is meant
OIL_PENALTY = 1.0
ASK_ONLY = frozenset({"powder", "powdered", "substitute", "imitation", "concentrate", "flour"})
DRY_FORMS = frozenset({"raw", "dry", "uncooked", "unprepared", "purchased"})
# The words people type for a grain or pulse as sold, whichever of them USDA's name uses
# ("dry lentils" are "Lentils, raw"; "uncooked couscous" is "Couscous, dry").
DRY_SAID = frozenset({"raw", "dry", "dried", "uncooked"})
# A fortified product only when asked for: "chunky peanut butter" logged USDA's "vitamin
# and mineral fortified" one, 370 mg/100 g against 160 for the plain. "Not fortified" is
# the plain food; "enriched" (flour, bread, rice) is the usual US food, so left alone.
_FORTIFIED = re.compile(r"(?<!\bnot )\bfortified\b")
COOKED = frozenset({"cooked", "boiled", "prepared", "baked", "roasted", "broiled"})
# Groups whose raw or dry form needs cooking first (tofu, peanuts and soymilk excepted:
# they are eaten as sold).
COOK_FIRST = frozenset({"Legumes and Legume Products", "Cereal Grains and Pasta"})
DAIRY = "Dairy and Egg Products"  # its "dry" and "dried" foods are powders
SOUPS = "Soups, Sauces, and Gravies"
# Grains SR names by themselves as sold ("Oats", "Rye"): 156 g of whole oats a cup.
WHOLE_GRAINS = frozenset({"oats", "rye", "buckwheat", "triticale", "barley", "millet", "wheat"})
EATEN_AS_SOLD = frozenset(
    {"tofu", "peanuts", "peanut", "soymilk", "hummus", "miso", "tempeh", "bran"}
)
MEAT_GROUPS = frozenset(
    {
        "Poultry Products",
        "Beef Products",
        "Pork Products",
        "Finfish and Shellfish Products",
        "Lamb, Veal, and Game Products",
    }
)


def as_eaten_rank(
    food: Food, words: Collection[str] | None = None
) -> tuple[float, dict[str, float]]:
    """How much the food looks like what people eat (higher first), and the words that
    take a penalty back when the person types them ("lentils raw", "egg powder").

    ``words``: the name's lower-case words, when the caller has split it already.
    """
    lower = food.name.lower()
    words = set(_WORD.findall(lower) if words is None else words)
    rank, refunds = 0.0, {}
    asked = words & ASK_ONLY
    if asked or dry_mix(lower, words):
        rank -= ASK_PENALTY
        refunds = dict.fromkeys(asked or {"dry", "mix"}, ASK_PENALTY)
    if _FORTIFIED.search(lower):
        rank -= ASK_PENALTY
        refunds["fortified"] = refunds.get("fortified", 0.0) + ASK_PENALTY
    dried = words & {"dry", "dried"}
    if food.group == DAIRY and dried and not lower.startswith("cheese"):
        rank -= ASK_PENALTY  # "Milk, dry, whole" is milk powder: "milk" means the drink
        refunds.update(dict.fromkeys(dried, ASK_PENALTY))
    if food.group in COOK_FIRST or (food.group == "Breakfast Cereals" and "oats" in words):
        if words & COOKED:
            rank += 0.6
        elif words & DRY_FORMS and not words & EATEN_AS_SOLD:
            rank -= ASK_PENALTY  # raw lentils, dry rice: a cup of them is three cups cooked
            # ...but "lentils raw" means the dry seeds more than sprouted ones, in any of
            # the words for it (`DRY_SAID`: the index gives a dry grain each of them)
            said = (words & DRY_FORMS) | DRY_SAID
            refunds.update(dict.fromkeys(said, ASK_PENALTY + ASKED_BONUS))
    elif food.group in MEAT_GROUPS:
        rank += 0.4 if words & COOKED else (-0.4 if "raw" in words else 0.0)
        offal = words & OFFAL | ({"skin"} if _skin_alone(lower) else set())
        if offal:
            rank -= ASK_PENALTY
            refunds.update(dict.fromkeys(offal, ASK_PENALTY))
    elif food.group == "Fruits and Fruit Juices" and "raw" in words:
        rank += 0.5
    elif lower.startswith("egg, whole"):
        rank += 0.8 if words & COOKED else 0.4  # a whole egg, cooked, is the egg eaten
    elif food.group == "Fats and Oils" and "oil" in words:
        rank -= OIL_PENALTY  # "almond" is the nut; "almond oil" the oil
        refunds["oil"] = refunds.get("oil", 0.0) + OIL_PENALTY
    if "brewed" in words:
        rank += 0.5
    # A condensed soup is eaten diluted (its "prepared with equal volume water" food): it
    # led "tomato soup" and "minestrone", and its line was the one offered
    if food.group == SOUPS and "condensed" in words:
        rank -= ASK_PENALTY
        refunds["condensed"] = refunds.get("condensed", 0.0) + ASK_PENALTY
    if "meatless" in words:  # "a sausage" listed "Sausage, meatless" first, by its short name
        rank -= ASK_PENALTY
        refunds["meatless"] = refunds.get("meatless", 0.0) + ASK_PENALTY
    return rank, refunds


def _skin_alone(lower: str) -> bool:
    """ "Turkey, ..., skin only", "Chicken, skin (drumsticks and thighs), ...": the skin,
    which led "a chicken thigh" and "2 chicken drumsticks" for its short name."""
    segments = lower.split(",")
    return "skin only" in lower or (len(segments) > 1 and segments[1].strip().startswith("skin"))


def dry_mix(lower: str, words: Collection[str]) -> bool:
    """A dry mix, not yet made up: "Pancakes, plain, dry mix", "Beverage, milkshake mix,
    dry" (which "milkshake" logged, 21 g of powder); not "Soup, onion, dry, mix,
    prepared with water", which is the soup."""
    return "dry mix" in lower or ({"mix", "dry"} <= set(words) and "prepared" not in words)


def is_dry_form(food: Food) -> bool:
    """A legume or grain as sold, raw or dry, which nobody eats that way: its name says
    so, or is the grain's name alone ("Oats", "Rye": SR's whole grain, 156 g a cup)."""
    words = set(_WORD.findall(food.name.lower()))
    return (
        food.group in COOK_FIRST
        and not words & COOKED
        and (bool(words & DRY_FORMS) or (len(words) == 1 and words <= WHOLE_GRAINS))
        and not words & EATEN_AS_SOLD
    )


NUTS = "Nut and Seed Products"
# Words of a nut or seed that is not the raw kernel: roasted, a butter, an oil, a milk...
NOT_RAW = frozenset(
    {
        *("toasted", "fried", "glazed", "salted", "salt", "butter", "oil", "paste"),
        *("flour", "meal", "milk", "spread", "cream", "juice", "water", "formulated"),
    }
)
# Nuts whose "dried" form is another food than their "raw" one, both in the table
# (`test_everyday`): a dried chestnut is not a raw one; dried pumpkin seeds are raw seeds.
DRIED_NOT_RAW = frozenset({"chestnuts", "coconut", "acorns", "ginkgo", "lotus", "breadnut"})


def raw_by_name(food: Food) -> bool:
    """A nut or seed USDA names with no form or "dried", which is the raw kernel ("Nuts,
    almonds", "Seeds, pumpkin and squash seed kernels, dried"), so that "raw almonds"
    finds it (nothing was found) and "raw pumpkin seeds" is no raw sunfish (it was)."""
    words = set(_WORD.findall(food.name.lower()))
    dried_raw = "dried" not in words or not words & DRIED_NOT_RAW
    return food.group == NUTS and dried_raw and not words & (COOKED | DRY_FORMS | NOT_RAW)


NOT_AS_IS = frozenset({"unprepared", "purchased"})  # "frozen, as purchased": heated first


def needs_asking(food: Food, typed: Collection[str]) -> bool:
    """A form the person would not mean unless they said it: a powder, substitute or
    concentrate, a fortified product, a frozen food as purchased, a legume or grain as sold."""
    lower = food.name.lower()
    words = set(_WORD.findall(lower)) - {"fortified"}  # "not fortified": the plain food
    if _FORTIFIED.search(lower):
        words.add("fortified")
    untyped = (words & (ASK_ONLY | NOT_AS_IS | {"fortified"})) - set(typed)
    if "prepared" in words:  # a concentrate made up is the drink as drunk (lemonade)
        untyped.discard("concentrate")
    if food.group == DAIRY and words & {"dry", "dried"} and not lower.startswith("cheese"):
        untyped |= {"dry"} - set(typed) - {"dried", "powder"}  # "Milk, dry": a powder
    if dry_mix(lower, words) and not set(typed) & {"mix", "dry"}:
        untyped.add("mix")  # "milkshake" is no milkshake mix
    return bool(untyped) or (is_dry_form(food) and not set(typed) & (DRY_FORMS | DRY_SAID))
