"""The words that earn an everyday food (`everyday_foods.EVERYDAY`) its bonus in search,
where they are not its first two segments, and the bonus itself."""

from __future__ import annotations

EVERYDAY_BONUS = 2.0  # above the plainest near-namesake, below the person's own history
# The words that name an everyday food, where they are not its first two segments: the
# bonus goes to "tahini", never to "seeds" or "sesame" (whole sesame seeds are asked for).
EVERYDAY_WORDS: dict[str, tuple[str, ...]] = {
    "usda:12698": ("tahini",),
    # "Cereals, oats, ...": its first segment gave "cereal" (a bowl of cold cereal, 30-40
    # g) a 234 g bowl of porridge, 63 mg. The bonus goes to the oats alone.
    "usda:08121": ("oats",),  # "oatmeal" and "porridge" are read as "oats"
    # Dark chocolate (228 mg/100 g) is everyday only when said: a bare "chocolate" or
    # "a bar of chocolate" logged 101 g of it, 230 mg, where milk chocolate holds 28.
    "usda:19904": ("dark",),
    "usda:19120": ("chocolate",),  # Candies, milk chocolate: the chocolate most eaten
    # Coconut water, read "coconut water liquid from coconuts" (`eaten_words`): the bonus
    # on "liquid" alone, which no other word of a query says, so "coconut" and "water"
    # stay the meat and tap water. Not in `EVERYDAY`: its own first portion, the cup, is
    # the usual one, and its long name keeps its place for "coconut"
    "usda:12119": ("liquid",),
    "usda:42237": ("weetabix",),  # not "cereal", "whole" or "wheat"
    "usda:11215": ("garlic",),  # Garlic, raw: by the clove, not "raw"'s bonus
    "usda:16112": ("miso",),
    "usda:11159": ("coleslaw",),
    "usda:19335": ("sugars",),  # white sugar: "sugar" logged brown sugar
    "usda:01095": ("condensed",),  # sweetened condensed milk, not "milk" or "canned"
    # Apple juice (FNDDS: apple juice, 100%): the blends with grape and pear led it
    "usda:09016": ("apple juice",),
    # Pretzels as a snack are hard ones by the ounce (FNDDS: pretzels, hard): a bare
    # "pretzels" logged one soft pretzel, 115 g
    "usda:19047": ("pretzels",),
    # Vegetables eaten cooked, boiled from fresh (FNDDS: green string beans, zucchini,
    # cooked, from fresh), a cup (`cooked_veg`): each asked among raw, canned and frozen
    # forms (baby zucchini, raw, 33 mg/100 g, led zucchini, 18-19). The bonus on their own
    # words: "beans", "squash" and "potato" alone are no more these than before. Not
    # eggplant: a bonus on it put it among the eggs as "egg" is typed in the app
    "usda:11053": ("green beans",),  # Beans, snap, green, cooked, boiled: 1 cup 125 g
    "usda:11478": ("zucchini",),  # Squash, summer, zucchini, cooked, boiled: 1 cup 180 g
    # Mashed potato made at home with milk and butter (FNDDS: potato, mashed, from fresh,
    # made with milk and fat), its only measure a cup (210 g): it asked among that made
    # with margarine (the same 18-19 mg per 100 g) and dry flakes (66 mg)
    "usda:11934": ("mashed",),
    # Snacks as eaten plain (FNDDS: rice cake; trail mix; mixed nuts, with peanuts): each
    # asked among its flavours, "a rice cake" a 4 g cube of a rice cracker first. The
    # bonus on the words together: "rice", "trail", "mixed" and "nuts" alone are as before
    "usda:19051": ("rice cakes",),  # Snacks, rice cakes, brown rice, plain: 1 cake 9 g
    "usda:19059": ("trail mix",),  # Snacks, trail mix, regular: by the ounce, as nuts
    "usda:12635": ("mixed nuts",),  # Nuts, mixed nuts, dry roasted, with peanuts, salted
    # A salad alone ("salad", "green salad": read as USDA names it, `name_words`) is the
    # plain tossed one, without dressing: it asked among it with chicken, shrimp or pasta
    "usda:21052": ("tossed",),
    "usda:14003": ("beer",),  # not "alcoholic" or "beverage": beer, not any drink
    "usda:19411": ("potato chips",),  # not "snacks": any snack
    # Whiskey is the spirit, by the shot (SR has none of its own, as it has gin and rum):
    # "whiskey" asked among whiskey sours and their mixes (1 mg/100 g, a cocktail)
    "usda:14037": ("whiskey",),
    "usda:14084": ("wine",),  # not non-alcoholic wine, or red wine vinegar
    # Milk by its fat: the plain fluid milk of each (with vitamins A and D, as sold in
    # the US), not chocolate milk or buttermilk of that fat, nor one with milk solids
    "usda:01077": ("whole",),
    "usda:01082": ("lowfat",),  # "semi-skimmed" is read as "lowfat" (`name_words`)
    "usda:01085": ("nonfat", "skim"),
    # Bacon as eaten is cooked pork bacon: "Bacon, meatless" led by its short name, and
    # the bonus goes to "bacon", never to "pork" or "cured"
    "usda:10124": ("bacon",),
    # Pizza by the slice is a plain cheese slice: SR's one without a brand that USDA
    # weighs by the slice; "Pizza, cheese topping, ..., frozen" led and had none
    "usda:21299": ("pizza",),
    # Pepperoni pizza by the slice, as cheese: the chain's regular crust (1 slice 111 g);
    # "Pizza, pepperoni topping, ..., frozen" led and has no slice. "Pepperoni" alone is
    # still the sausage: the bonus is halved over the two words
    "usda:21302": ("pepperoni pizza",),
    # Toast is toasted white bread ("toast" is read "toasted bread", `eaten_words`):
    # French toast and melba toast led it
    "usda:18070": ("toasted",),
    # Whole-wheat toast, as white toast: the bought loaf toasted, not the home recipe's
    "usda:18076": ("whole-wheat",),
    # Steak is a cooked beef steak: "Sauce, steak" led. The top loin (strip) steak,
    # all grades, broiled, is the steak of SR weighed as one steak (155 g) and 3 oz.
    "usda:13445": ("steak",),
    # A plain cracker is a saltine (FNDDS: "Crackers, saltine"; SR's includes the soda
    # and soup crackers): "a cracker" logged a 1 g cheese cracker, 0 mg
    "usda:18228": ("crackers",),
    # Cooked broccoli is fresh broccoli boiled (FNDDS: broccoli, cooked, from fresh), without
    # salt: it asked between salted and not (both 21 mg/100 g), Chinese broccoli and frozen.
    # The bonus halved over the two words: a bare "broccoli" is still the raw florets, a
    # bare "boiled" still the egg; "boiled" and "steamed broccoli" log it too
    "usda:11091": ("cooked broccoli",),
    # A croissant is the butter one (FNDDS: croissant): it asked among cheese (24 mg/100 g,
    # against 16), apple and fast-food croissants. The bonus on "croissants" alone
    "usda:18239": ("croissants",),
    # A coke or a cola is cola with caffeine (FNDDS: soft drink, cola): it asked among
    # colas all at 0 mg/100 g and a 1 mg "other than cola". The bonus on "cola" alone
    "usda:14400": ("cola",),
    # A diet cola ("diet coke" is read "low calorie cola", `eaten_words`) is the one with
    # aspartame and caffeine, as Diet Coke and Pepsi are (FNDDS: soft drink, cola, diet)
    "usda:14416": ("low calorie",),
    # Chocolate milk is the bought drink, read "chocolate milk fluid" (`eaten_words`): it
    # offered hot cocoa first and milk chocolate candy (63 mg/100 g) second. The whole one
    # leads; its reduced and low fat ones hold 13-14 mg/100 g too, the same figure
    "usda:01102": ("fluid",),
    # Said alone, each asked among the wrong forms first: "snickers" the Marathon protein
    # bars (255-317 mg/100 g against the candy bar's 72), "ramen" four dry packets alike.
    # Dishes USDA names otherwise, or only as fast food, are read in its words (`dish_words`)
    "usda:19155": ("snickers",),  # Candies, SNICKERS Bar: by its bar, 2 oz (57 g)
    # SR24 has ramen only as the dry packet: a bowl is made of the whole packet, 85 g (the
    # water adds next to no magnesium), so "ramen" is one packet (`everyday_foods`)
    "usda:06583": ("ramen",),
    # Lemonade as drunk, made from frozen concentrate (`everyday_foods`): the powder and
    # the concentrate share its first word. The bonus on "lemonade" alone
    "usda:14293": ("lemonade",),
    # Pink lemonade as drunk, made up with water (2 mg/100 g, by its 8 fl oz cup): "pink
    # lemonade" asked with the undiluted concentrate first. The bonus on both words said
    "usda:14543": ("pink lemonade",),
}
