"""Everyday foods the shipped table (USDA SR24, 2011) lacks, said plainly instead of a
near miss: "oat milk" offered baby oatmeal made with whole milk, "almond milk" milk
chocolate with almonds, "a glass of coconut milk" the canned coconut milk cooks use
(46 mg/100 g, 104 mg a cup), where a carton of coconut drink is mostly water. SR24's
plant milk is soymilk alone; its yogurts are not strained (Greek); its teas are black
and herbal. A dish it has only as parts ("fish and chips", "a latte") is said with the
line that logs them. A person's own food of that name is theirs and is logged as usual.
"""

from __future__ import annotations

import re

from journal.core.food.unit_words import MASS_UNITS

_ADJECTIVES = r"(?:(?:unsweetened|sweetened|vanilla|plain|original|barista|organic|light)\s+)*"
_PLANT_MILK = re.compile(
    rf"^{_ADJECTIVES}(oat|almond|rice|cashew|hemp|pea|macadamia|hazelnut|coconut)"
    r"[\s-]*milks?(?:\s+(?:drink|beverage))?$"
)
_OTHERS = (
    (
        re.compile(
            r"^(?:plain\s+|nonfat\s+|low[- ]?fat\s+|full[- ]?fat\s+)*gr[ea]{2}k\s+yog(?:h)?urts?$"
        ),
        "Greek (strained) yogurt; its plain yogurts are usda:01116 (whole milk), "
        "usda:01117 (low fat) and usda:01118 (skim)",
    ),
    (
        re.compile(r"^(?:a\s+)?(?:green|matcha|jasmine|white|oolong)\s+teas?$"),
        "green, white or oolong tea; its brewed teas are black (usda:14355) and herbal "
        "(usda:14381)",
    ),
    (
        # it found nothing; a mineral water's magnesium is its label's, from none to over
        # 100 mg a litre, so no stand-in is offered as if it were one
        re.compile(r"^(?:(?:sparkling|fizzy|mineral|carbonated|still)\s+)+waters?$"),
        "mineral or sparkling water (its magnesium is on the label: from none to over 100 "
        "mg a litre); it has club soda (usda:14121) and tap water (usda:14429)",
    ),
    (
        # "a scone" offered ice cream cones (one letter from "scone") and tahini; "a
        # crumpet" found nothing
        re.compile(r"^(?:(?:plain|fruit|cheese)\s+)?scones?$"),
        'scone; its nearest is a biscuit from a recipe (usda:18016, 18 mg/100 g, a 2-1/2" '
        "one 60 g)",
    ),
    (
        re.compile(r"^crumpets?$"),
        "crumpet; its nearest is a plain English muffin (usda:18258, 24 mg/100 g, one 57 g)",
    ),
)
# Dishes the table has only as their parts: said with the line that logs the parts.
_DISHES = (
    (
        # British chips are French fries (not crisps, which "chips" finds first)
        re.compile(r"^(?:a\s+)?(?:portion\s+of\s+)?fish\s+(?:and|&|n'?)\s+chips$"),
        "fish and chips as one dish; it has battered fried fish (usda:21047, 1 fillet "
        "91 g) and chips, which are French fries (usda:21138, a medium serving 134 g)",
        "usda:21047, usda:21138 1 medium",
    ),
    (
        # its one "quesadilla" is a Salvadoran sweet cheese bread (usda:18953): 399 g, logged
        re.compile(r"^(?:(?:cheese|chicken|beef|bean)\s+)?quesadillas?$"),
        "Mexican quesadilla; it has flour tortillas (usda:18364, a medium one 30 g) and "
        "cheese (its one 'quesadilla' is a Salvadoran sweet cheese bread)",
        "usda:18364 1, cheddar 1 oz",
    ),
    (
        # its one plain "meatballs" is the meatless kind (usda:43132): logged for "meatballs"
        re.compile(
            r"^(?:(?:beef|pork|turkey|chicken|lamb|swedish|italian|homemade)\s+)*meatballs?$"
        ),
        "meatballs made of meat (its one is meatless, usda:43132); it has their meat, "
        "e.g. cooked ground beef (usda:23568, 85% lean), weighed or by the 3 oz serving",
        "ground beef 3 oz",
    ),
    (
        re.compile(
            r"^(?:(?:small|medium|large|skinny|iced|hot)\s+)*"
            r"(?:latte|cappuccino|flat white|macchiato|mocha)s?$"
        ),
        "coffee-shop milk drink; it has espresso (usda:14210, 1 fl oz a shot) and milk",
        "espresso 1 fl oz, milk 1 cup",
    ),
    (
        # it offered a coffee substitute made with milk, then baby cereals
        re.compile(
            r"^(?:(?:cold|breakfast)\s+)?cereals?\s+(?:with|and|&|n'?)\s+(?:[\w-]+\s+)*milk$"
        ),
        "cereal with milk as one dish; it has each cereal by its name (cheerios, weetabix, "
        "granola...) and milk",
        "cheerios 1 cup, milk 1/2 cup",
    ),
    (
        re.compile(r"^(?:(?:fruit|banana|strawberry|berry|green)\s+)*smoothies?$"),
        "smoothie as one drink; it has what goes in one, fruit (a banana usda:09040, "
        "strawberries usda:09316) and milk or yogurt",
        "banana 1, strawberries 1 cup, milk 1 cup",
    ),
    (
        # it asked among American grapes and American cheese: its magnesium is the shots'
        re.compile(r"^(?:(?:small|medium|large|iced|hot)\s+)*americanos?$"),
        "americano; it is espresso (usda:14210, 24 mg a shot) and water",
        "2 shots of espresso",
    ),
)
# Sandwiches and pastries said as one food: "peanut butter sandwich" offered peanut
# butter sandwich cookies and crackers (49-56 mg/100 g), "grilled cheese" a grilled
# chicken club sandwich, "sausage roll" a honey roll sausage (a lunch meat)
_SNACK_DISHES = (
    (
        re.compile(r"^(?:(?:a|one)\s+)?peanut\s+butter\s+sandwich(?:es)?$"),
        "peanut butter sandwich as one food; it has bread (usda:18069, white, a slice 28 g) "
        "and peanut butter (usda:16098, 2 tbsp 32 g)",
        "white bread 2 slices, peanut butter 2 tbsp",
    ),
    (
        re.compile(r"^(?:(?:a|one)\s+)?grilled\s+cheese(?:\s+sandwich(?:es)?)?$"),
        "grilled cheese sandwich; it has white bread (usda:18069), cheddar (usda:01009) and butter",
        "white bread 2 slices, cheddar 1 oz, butter 1 tsp",
    ),
    (
        re.compile(r"^(?:(?:a|one)\s+)?sausage\s+rolls?$"),
        "sausage roll; it has baked puff pastry (usda:18211) and cooked pork sausage "
        "(usda:07089), about 1 oz of each in a 60 g roll",
        "usda:18211 1 oz, usda:07089 1 oz",
    ),
)
# Foods the table has under no name, said with its nearest and the line that logs it:
# each found no food. SR24 has no fermented milk but buttermilk, no sparkling wine, no
# digestive (a wholemeal biscuit, about 15 g, as a graham cracker) and no ginger beer
_NEAREST = (
    (
        re.compile(r"^(?:(?:plain|low[- ]?fat|whole|milk)\s+)*kefirs?$"),
        "kefir; its nearest is cultured lowfat buttermilk, a fermented milk drink too "
        "(usda:01088, 11 mg/100 g, a cup 245 g)",
        "usda:01088 1 cup",
    ),
    (
        re.compile(r"^(?:proseccos?|champagnes?|cavas?|sparkling\s+wines?)$"),
        "sparkling wine; its nearest is white table wine (usda:14106, 10 mg/100 g, a 5 fl oz "
        "glass 147 g)",
        "usda:14106 5 fl oz",
    ),
    (
        re.compile(r"^(?:(?:plain|chocolate|milk\s+chocolate)\s+)?digestives?(?:\s+biscuits?)?$"),
        "digestive biscuit; its nearest is a graham cracker (usda:18173, 30 mg/100 g; a "
        "digestive weighs about 15 g)",
        "usda:18173 15 g",
    ),
    (
        re.compile(r"^(?:(?:alcoholic|diet|fiery)\s+)?ginger\s+beers?$"),
        "ginger beer; its nearest is ginger ale (usda:14136, 1 mg/100 g, a 12 fl oz can 366 g)",
        "usda:14136 12 fl oz",
    ),
)
# A magnesium supplement typed as a food ("magnesium glycinate", "magnesium 200mg", "a
# magnesium tablet"): it found nothing, or ("magnesium") asked among foods made with it
_FORMS = (
    "oxide|carbonate|hydroxide|citrate|lactate|chloride|malate|glycinate|bisglycinate"
    "|taurate|l-threonate|threonate|sulfate|sulphate"
)
_SUPPLEMENT = re.compile(
    rf"^(?:a\s+)?(?:magnesium|mg)(?:\s+(?:{_FORMS}))?"
    r"(?:\s+(?:supplements?|tablets?|pills?|capsules?|caps))?"
    r"(?:\s+\d+(?:\.\d+)?\s*(?:mg|supplements?|tablets?|pills?|capsules?|caps))?$"
)
# Coconut milk by the spoon, the can or by weight is the canned kind, cooked with: logged.
COOKING_UNITS = frozenset({"tbsp", "tsp", "can", "tin", "tablespoon", "teaspoon", *MASS_UNITS})


# Protein powder: SR24's whey is the liquid left from cheese, and that dried ("a scoop of
# whey" asked for 246 g, its cup of the liquid); it has no protein powder
_PROTEIN = re.compile(
    r"^(?:whey\s+)?protein(?:\s+(?:powder|isolate|shake))?$|^whey\s+(?:powder|isolate)$"
)


_NEW_POTATOES = re.compile(r"^(?:boiled\s+)?new\s+potato(?:es)?$")


def not_in_table(words: str, quantity: str) -> str | None:
    """Why the table has no such food and what to do instead, or None."""
    said = " ".join(words.lower().split())
    scoop = re.search(r"\bscoops?\b", quantity.lower()) is not None
    if _PROTEIN.match(said) or (said == "whey" and scoop):
        return (
            "the table (USDA SR24) has no protein powder (its whey is the liquid left from "
            f"cheese): log the label's magnesium for what you had: mg-journal eat {words!r} "
            "--custom MG"
        )
    if _SUPPLEMENT.match(said):
        return (
            f"{words!r} is a supplement, not a food: log it with mg-journal supplement FORM "
            "MG, the label's elemental mg (e.g. mg-journal supplement glycinate 200)"
        )
    if _NEW_POTATOES.match(said) and quantity.strip().replace("/", "").isdigit():
        return (
            "the table (USDA SR24) weighs no new potato one by one (its small boiled potato "
            f"is 125 g): weigh them, e.g. mg-journal eat '{words} 150 g' or '{words} 1 cup'"
        )
    milk = _PLANT_MILK.match(said)
    if milk and milk[1] == "coconut":
        unit = quantity.lower().lstrip("0123456789./ ½¼¾").split(" ")[0].rstrip("s")
        if unit in COOKING_UNITS:
            return None
        return (
            f"the table has no coconut milk drink (the carton kind); its coconut milk is "
            f"the canned one cooks use (usda:12118, 46 mg/100 g, 104 mg a cup): for a "
            f"glass of the drink, log its label's figure: mg-journal eat {words!r} --custom MG"
        )
    if milk:
        return (
            f"the table (USDA SR24) has no {milk[1]} milk; its only plant milk is soy milk: "
            f"log a carton's figure from its label: mg-journal eat {words!r} --custom MG"
        )
    for pattern, instead, line in (*_DISHES, *_SNACK_DISHES):
        if pattern.match(said):
            return (
                f"the table (USDA SR24) has no {instead}: log what you had as those, "
                f"e.g. mg-journal eat {line!r}, or your own figure with --custom MG"
            )
    for pattern, instead, line in _NEAREST:
        if pattern.match(said):
            return (
                f"the table (USDA SR24) has no {instead}: log that instead, e.g. "
                f"mg-journal eat {line!r}, or your own figure with --custom MG"
            )
    for pattern, instead in _OTHERS:
        if pattern.match(said):
            return (
                f"the table (USDA SR24) has no {instead}: log one of those, or your own "
                f"figure: mg-journal eat {words!r} --custom MG"
            )
    return None
