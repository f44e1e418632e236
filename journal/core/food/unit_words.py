"""The units people write and what they weigh: mass units in grams, volumes in ml, and
the other words for them ("tablespoon", "glass", "a tin of tuna"). `units` reads an
amount of a food with them; `phrase` tells a measure from a food's words."""

from __future__ import annotations

MASS_UNITS: dict[str, float] = {"g": 1.0, "kg": 1000.0, "oz": 28.3495, "lb": 453.592}
# Metric volumes, weighed through the food's own US volume measure (its cup of milk is
# 244 g, so 250 ml is 258 g); US measures in ml (NIST Handbook 44).
VOLUME_UNITS: dict[str, float] = {"ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0}
US_VOLUMES_ML = (("fl oz", 29.5735), ("cup", 236.588), ("tbsp", 14.7868), ("tsp", 4.92892))
# Every US volume, for a food whose portions name another one ("1 tsp" of peanut butter
# from its tbsp, "1 quart" of a juice from its cup).
US_UNITS_ML = {
    **dict(US_VOLUMES_ML),
    "pint": 473.176,
    "quart": 946.353,
    "gallon": 3785.41,
    "uk pint": 568.261,  # the British pint (Weights and Measures Act 1985), said so
}
# How those measures are shown: a bare "pint" is the US one of the table's measures, 16 fl
# oz, where a pint of beer or milk in Britain is 20 (568 ml); the Logged line says which,
# so a British reader sees the 17% it is short of theirs and can type "uk pint".
VOLUME_LABELS = {
    "pint": "pint (US: 16 fl oz, 473 ml)",
    "quart": "quart (US: 32 fl oz, 946 ml)",
    "gallon": "gallon (US: 128 fl oz, 3.8 l)",
    "uk pint": "pint (UK: 20 fl oz, 568 ml)",
}
ALIASES: dict[str, str] = {
    "gram": "g",
    "gr": "g",
    "kilogram": "kg",
    "kilo": "kg",
    "ounce": "oz",
    "pound": "lb",
    "lbs": "lb",
    "tablespoon": "tbsp",
    "tbs": "tbsp",
    "tbl": "tbsp",
    "teaspoon": "tsp",
    "fluid ounce": "fl oz",
    "fl. oz": "fl oz",
    "glass": "cup",
    "mug": "cup",
    "bowl": "cup",  # a bowl of oatmeal or beans: USDA's survey portion is the cup
    "handful": "oz",  # a handful of nuts, as nutrition guides count it
    # "a portion of chips", "a helping of rice": a serving, the food's usual portion
    "portion": "serving",
    "plate": "serving",  # "a plate of pasta": one serving, as a portion
    "helping": "serving",
    "c": "cup",  # "1 c. milk", as recipes abbreviate it
    "tin": "can",  # British: "a tin of tuna"
    # A pack or sachet is a packet ("a pack of ramen", "a sachet of oats"), which is the
    # table's package where it has no packet (`STAND_INS`)
    "pack": "packet",
    "sachet": "packet",
    "rasher": "slice",  # British: "2 rashers of bacon"
    "pt": "pint",
    "imperial pint": "uk pint",
    "british pint": "uk pint",
    "us pint": "pint",
    "qt": "quart",
    "gal": "gallon",
    "milliliter": "ml",
    "millilitre": "ml",
    "liter": "l",
    "litre": "l",
}
# A glass by its size: no standard USDA weighs ("a glass of wine" is its 5 fl oz serving),
# so the amount is asked for in ml or fl oz rather than guessed.
SIZED_GLASSES = frozenset({"small glass", "large glass", "big glass"})
# A measure USDA names otherwise, tried when the food has none by the word typed: a
# slice of melon is its wedge ("a slice of watermelon" was refused: SR24 weighs it by
# "1 wedge (approx 1/16 of melon)", 286 g). A slice of cake or pie is its "piece (1/8 of
# 9" dia)": "a slice of cake" was refused, naming a cake it had taken unasked.
# A shot is a spirit's jigger (1.5 fl oz) or the espresso's one measure, "1 fluid ounce"
# (the shot of a latte, `not_in_table`): "a shot of espresso" found nothing.
# A packet is USDA's package where it weighs no packet ("2 packets of ramen": "1 package",
# 85 g, refused as unknown unit 'packets'), and a package its packet (instant oatmeal).
# A piece is the slice where the table weighs no piece: "a piece of cheese" was refused;
# cheddar's "1 slice (1 oz)", 28 g, is the 1 oz a serving of cheese is (FDA's reference
# amount), where its "cubic inch", 17 g, is a cube off a board, not a piece eaten.
STAND_INS: dict[str, tuple[str, ...]] = {
    "slice": ("wedge", "piece"),
    "piece": ("slice",),
    "shot": ("jigger", "fl oz"),
    "packet": ("package", "pouch"),
    "package": ("packet", "pouch"),
}
