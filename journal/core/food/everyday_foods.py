"""The SR24 food an everyday word means and the portion a bare number of it counts.

Modelled on USDA's survey database, FNDDS (What We Eat in America, NHANES), whose foods
are described as eaten and each linked to the SR food that gives its nutrients:
``EVERYDAY`` gives the SR24 food an everyday word means, as FNDDS's common food for that
word is made of it, with the household portion FNDDS and the SR measures name first for
it (one large egg, one medium banana, 1 oz of nuts, 1 cup of cooked grains);
the words that earn a food its bonus are `everyday_words`'. How a plain word's other
forms rank (raw, dry, powdered) is `everyday`'s.
"""

from __future__ import annotations

# "usda:NDB" -> the measure a bare number counts (matched like a typed unit: "large"
# finds "1 large", "oz" the food's ounce or 28.35 g). Grouped as FNDDS groups foods.
EVERYDAY: dict[str, str] = {
    # eggs, milk and dairy
    "usda:01129": "large",  # Egg, whole, cooked, hard-boiled (FNDDS: boiled or poached)
    "usda:01079": "cup",  # Milk, reduced fat, 2% (the milk WWEIA reports most)
    "usda:01077": "cup",  # Milk, whole, 3.25% milkfat
    "usda:01082": "cup",  # Milk, lowfat, 1% milkfat
    "usda:01085": "cup",  # Milk, nonfat (fat free or skim)
    # Yogurt, plain, whole milk: a pot is SR's "0.5 container (4 oz)", 113 g (UK pots are
    # 125-150 g), not its 8 oz container of 227 g, which "a yogurt" logged
    "usda:01116": "0.5 container (4 oz)",
    "usda:01009": "oz",  # Cheese, cheddar
    "usda:01016": "cup",  # Cheese, cottage, lowfat, 1%
    "usda:01026": "oz",  # Cheese, mozzarella, whole milk
    "usda:01001": "tbsp",  # Butter, salted
    # Milk, canned, condensed, sweetened: poured by the spoon; SR's smallest measure is
    # "1 fl oz" (38 g, about 2 tbsp), where a bare "condensed milk" logged a cup, 306 g
    "usda:01095": "fl oz",
    # fruit, raw
    "usda:09040": "medium",  # Bananas, raw
    "usda:09003": "medium",  # Apples, raw, with skin
    "usda:09200": "fruit",  # Oranges, raw
    "usda:09037": "avocado",  # Avocados, raw, all commercial varieties
    "usda:09316": "cup, whole",  # Strawberries, raw
    "usda:09050": "cup",  # Blueberries, raw
    "usda:09132": "cup",  # Grapes, raw
    "usda:09298": "small box",  # Raisins, seedless
    "usda:09421": "date",  # Dates, medjool
    "usda:09148": "fruit",  # Kiwifruit, green, raw
    "usda:09176": "cup",  # Mangos, raw
    "usda:09252": "medium",  # Pears, raw
    "usda:09236": "medium",  # Peaches, raw
    "usda:09326": "wedge",  # Watermelon, raw
    # Raspberries and pineapple are eaten raw (FNDDS: raspberries, raw; pineapple, raw):
    # each asked among its frozen sweetened or canned forms (13-18 mg/100 g against 22, 12)
    "usda:09302": "cup",  # Raspberries, raw: 1 cup 123 g
    "usda:09266": "cup, chunks",  # Pineapple, raw, all varieties: 1 cup, chunks 165 g
    # Tangerines (mandarin oranges), raw: one medium fruit, 88 g; a satsuma or a mandarin
    # asked among the raw fruit, its juice and canned segments
    "usda:09218": "medium",
    "usda:09206": "cup",  # Orange juice, raw
    "usda:09016": "cup",  # Apple juice, canned or bottled, unsweetened: 1 cup 248 g
    # vegetables
    "usda:11457": "cup",  # Spinach, raw (salad)
    "usda:11959": "cup",  # Arugula (rocket), raw: a cup, 20 g (SR: 0.5 cup 10 g), not 1 leaf
    "usda:11458": "cup",  # Spinach, cooked, boiled (FNDDS: spinach, cooked, from fresh)
    "usda:11090": "cup",  # Broccoli, raw
    "usda:11828": "potato medium",  # Potatoes, baked, flesh and skin
    "usda:11508": "medium",  # Sweet potato, baked in skin
    "usda:11124": "medium",  # Carrots, raw
    "usda:11159": "0.5 cup",  # Coleslaw, home-prepared: SR's 0.5 cup (60 g), not 1 tbsp
    "usda:11215": "clove",  # Garlic, raw: 1 clove 3 g (a bare "garlic" logged a cup, 136 g)
    "usda:11529": "medium",  # Tomatoes, red, ripe, raw
    "usda:11233": "cup",  # Kale, raw
    "usda:11313": "cup",  # Peas, green, frozen, cooked (FNDDS: peas, green, cooked)
    "usda:11168": "ear medium",  # Corn, sweet, yellow, cooked
    "usda:11212": "cup",  # Edamame, prepared
    # legumes, cooked
    "usda:16070": "cup",  # Lentils, mature seeds, cooked, boiled
    "usda:16015": "cup",  # Beans, black, cooked, boiled
    "usda:16028": "cup",  # Beans, kidney, cooked, boiled
    "usda:16043": "cup",  # Beans, pinto, cooked, boiled
    "usda:16038": "cup",  # Beans, navy, cooked, boiled
    "usda:16057": "cup",  # Chickpeas, cooked, boiled
    # Hummus as bought (FNDDS: hummus, plain; 71 mg/100 g), by the tub's serving, 2 tbsp
    # (30 g): a bare "hummus" logged the home recipe's 1 tbsp, 15 g, 4 mg, where a dip
    # with carrots is the serving, 21 mg. "home prepared hummus" still names the recipe.
    "usda:16158": "2 tbsp",
    "usda:16426": "0.25 block",  # Tofu, raw, firm (tofu is eaten as sold)
    # Miso: a spoon in a soup or dressing, from its only measure, 1 cup 275 g (a bare
    # "miso" logged that cup, 132 mg)
    "usda:16112": "1 tbsp",
    "usda:16120": "cup",  # Soymilk, original
    "usda:16098": "tbsp",  # Peanut butter, smooth style, with salt
    "usda:16090": "oz",  # Peanuts, dry-roasted, with salt
    # nuts and seeds, 1 oz
    "usda:12061": "oz",  # Nuts, almonds
    "usda:12585": "oz",  # Nuts, cashew nuts, dry roasted, with salt
    "usda:12155": "oz",  # Nuts, walnuts, english
    "usda:12652": "oz",  # Nuts, pistachio nuts, dry roasted, with salt
    "usda:12078": "oz",  # Nuts, brazilnuts, dried
    "usda:12142": "oz",  # Nuts, pecans (a pie of pecans was as close for "pecans")
    "usda:12120": "oz",  # Nuts, hazelnuts or filberts (not the chocolate spread)
    "usda:12131": "oz",  # Nuts, macadamia nuts, raw
    "usda:12516": "oz",  # Seeds, pumpkin and squash seed kernels, roasted, with salt
    "usda:12537": "oz",  # Seeds, sunflower seed kernels, dry roasted, with salt
    "usda:12006": "oz",  # Seeds, chia seeds, dried
    "usda:12220": "tbsp, ground",  # Seeds, flaxseed
    "usda:12698": "tbsp",  # Seeds, sesame butter, tahini
    "usda:12023": "tbsp",  # Seeds, sesame seeds, whole, dried (sprinkled by the spoon)
    # grains, cooked, and bread
    "usda:08121": "cup",  # Oats, cooked with water (FNDDS: oatmeal made with water)
    "usda:20037": "cup",  # Rice, brown, long-grain, cooked
    "usda:20045": "cup",  # Rice, white, long-grain, cooked
    "usda:20137": "cup",  # Quinoa, cooked
    "usda:20121": "cup",  # Spaghetti, cooked (FNDDS: pasta, cooked)
    "usda:20100": "cup elbow shaped",  # Macaroni, cooked
    "usda:20006": "cup",  # Barley, pearled, cooked
    "usda:20013": "cup",  # Bulgur, cooked
    "usda:20029": "cup, cooked",  # Couscous, cooked
    "usda:20032": "cup",  # Millet, cooked
    "usda:18075": "slice",  # Bread, whole-wheat
    "usda:18069": "slice",  # Bread, white
    "usda:18070": "slice",  # Bread, white, commercially prepared, toasted: 1 slice 22 g
    # Pancakes, plain, from recipe (FNDDS: pancakes, plain), one 4" pancake, 38 g: they
    # asked among blueberry and buttermilk ones (15-16 mg/100 g, the same) and potato
    # pancakes
    "usda:18293": "pancake (4",
    "usda:18076": "slice",  # Bread, whole-wheat, commercially prepared, toasted: 25 g
    "usda:08037": "oz",  # Granola, homemade
    # Weetabix is eaten by the biscuit (SR's "1 biscuit", 18 g), not its cup of 57 g
    "usda:42237": "biscuit",
    "usda:20033": "0.5 cup",  # Oat bran, raw (sprinkled as sold; the seed article's 1/2 cup)
    # fish, meat, cooked
    "usda:15237": "3 oz",  # Fish, salmon, Atlantic, farmed, cooked
    "usda:15121": "can",  # Fish, tuna, light, canned in water
    "usda:15016": "fillet",  # Fish, cod, Atlantic, cooked
    "usda:15047": "fillet",  # Fish, mackerel, Atlantic, cooked
    "usda:15088": "oz",  # Fish, sardine, canned in oil
    "usda:15151": "3 oz",  # Shrimp, cooked, moist heat
    "usda:05064": "3 oz",  # Chicken breast, roasted
    "usda:23568": "patty",  # Beef, ground, 85% lean, patty, broiled
    # Pork, cured, bacon, cooked, broiled, pan-fried or roasted: SR's "1 slice cooked", 8 g
    "usda:10124": "slice",
    # Beef, short loin, top loin, steak, lean and fat, 0" fat, all grades, cooked,
    # broiled: a serving of cooked meat, 3 oz, as the other meats (1 steak is 155 g)
    "usda:13445": "3 oz",
    # Fast Food, Pizza Chain, 14" pizza, cheese topping, regular crust: 1 slice 107 g
    "usda:21299": "slice",
    "usda:21302": "slice",  # ... pepperoni topping, regular crust: 1 slice 111 g
    # drinks, sweets
    "usda:14003": "can",  # Alcoholic beverage, beer, regular, all (FNDDS: beer; 12 fl oz)
    "usda:14084": "serving",  # Alcoholic beverage, wine, table, all: "1 serving 5 fl oz"
    # Water, tap, municipal (FNDDS: water, tap), a cup of 8 fl oz, 237 g: in the app's
    # search "water" listed watermelon (everyday, +2) before any water, and the shell
    # asked among tap, well and bottled waters (1-2 mg/100 g, the same)
    "usda:14429": "cup",
    "usda:14209": "cup",  # Coffee, brewed from grounds
    # Lemonade as drunk, from frozen concentrate (FNDDS: lemonade, frozen concentrate,
    # prepared): "a glass of lemonade" asked with the powder (247 mg/100 g) first and
    # the undiluted concentrate, whose can is 438 g, next
    "usda:14293": "serving",
    "usda:14355": "cup",  # Tea, black, brewed
    "usda:19904": "oz",  # Chocolate, dark, 70-85% cacao
    "usda:19120": "bar",  # Candies, milk chocolate
    "usda:19335": "tsp",  # Sugars, granulated: 1 tsp 4.2 g
    "usda:19047": "oz",  # Snacks, pretzels, hard, plain, salted: 1 oz 28.35 g
    # Snacks, potato chips, plain, salted (FNDDS: potato chips, plain), by FNDDS's "1 small
    # single serving bag" (28 g, `scripts/build_foods.py`), as a bag of them is eaten
    "usda:19411": "bag",
}
# The portion a bare number counts for a food found by its `EVERYDAY_WORDS` alone, without
# `EVERYDAY`'s rank: the saltine's name holds "(includes oyster, soda, soup)", and that
# rank put it first for "soda" and "oysters".
EVERYDAY_PORTIONS: dict[str, str] = {
    # Crackers, saltines: by SR's "5 crackers square (1 serving)", 15 g; one cracker is
    # its "1 cracker square", 3 g (`portion_match`), not the "round large" of 10 g
    "usda:18228": "5 cracker square",
    # Fish sticks (British fish fingers) by the stick, 28 g: one logged SR's first
    # measure, a fish portion of 57 g, twice a finger
    "usda:15027": "stick",
    # Trail mix by the ounce, as nuts (its first measure, a cup, is 150 g, 237 mg)
    "usda:19059": "oz",
    # A salad (tossed, without dressing) by SR's serving, "1.5 cup" (207 g), not a cup
    "usda:21052": "1.5 cup",
    # Hummus, home prepared, said so: the same 2 tbsp as the bought one, not its cup, 246 g
    "usda:16137": "2 tbsp",
    # Dishes and brands said alone (`dish_words`), by the portion eaten:
    "usda:21138": "medium",  # fast-food fries: a medium serving, 134 g
    "usda:21054": "1.5 cup",  # a chicken salad, tossed: SR's serving, 218 g, as a salad
    # Baked beans, canned, plain or vegetarian: a half cup, 127 g (a can's serving), not
    # SR's one measure, a cup
    "usda:16006": "0.5 cup",
    # Ramen, dry, any flavor: the whole packet, 85 g, as a bowl is made (SR's "1 serving"
    # is half a packet, 43 g)
    "usda:06583": "package",
    # Oven fries (steak fries, frozen, oven-heated) by SR's "10 strip", 133 g, a serving as
    # the fast-food medium one (134 g): "oven fries" logged one strip, 13 g
    "usda:11412": "10 strips",
}
