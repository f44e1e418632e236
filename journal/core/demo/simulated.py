"""Journals with a known truth, for judging the findings by simulation (bench and tests).

Day rows are made directly (no entries, no store): thousands of journals a minute.
Both series run in streaks, as real ones do: intake is a two-state Markov chain (a low
day is more likely after a low day), and symptoms come more often in "flare" spells
that follow their own chain, independent of intake unless a pattern is planted.
Factors (exercise, standing, alcohol, poor sleep, diarrhea) fall on random days.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from journal.core.analysis.daily import DayRow

START = date(2025, 1, 1)
LIMIT_MG = 310.0  # the default target: a low day is below it
P_LOW = 0.35  # share of low days in the long run
STAY_LOW = 0.55  # P(low | low yesterday): streaks
P_CALM, P_FLARE = 0.12, 0.30  # symptom-day chance outside and inside a flare
STAY_FLARE, START_FLARE = 0.8, 0.05  # flare spells last about 5 days
FACTORS = {"exercise": 0.2, "standing": 0.15, "alcohol": 0.1, "poor_sleep": 0.15, "diarrhea": 0.03}
KINDS = (("cramp", 0.7), ("twitch", 0.3))  # a symptom day's kind, whatever its cause


@dataclass(frozen=True, slots=True)
class Plan:
    rr: float = 1.0  # symptom risk ratio on exposed days (1: no pattern)
    lag: int = 1  # 0: the same day is low; 1: the day before was low
    confound: bool = False  # exercise raises symptoms (x3) and makes low days likely instead
    gaps: float = 0.05  # share of days with nothing logged
    stay_low: float = STAY_LOW  # streaks in intake
    flare: float = P_FLARE  # symptom-day chance in a flare (P_CALM: no symptom streaks)
    stay_flare: float = STAY_FLARE
    # No link, but both series drift: low days from 60% to 15% over the journal and
    # symptom days from 1.75 to 0.25 times their rate (logging begun in a bad spell that
    # eased, while intake improved); the answer must not read a pattern in it.
    drift: bool = False


def journal(days: int, seed: int, plan: Plan) -> list[DayRow]:
    rng = random.Random(seed)
    rows: list[DayRow] = []
    low_before = rng.random() < P_LOW
    flare = False
    stay_adequate = 1 - P_LOW * (1 - plan.stay_low) / (1 - P_LOW)  # keeps P_LOW the long-run share
    for n in range(days):
        day = START + timedelta(days=n)
        factors: dict[str, float | None] = {k: None for k, p in FACTORS.items() if rng.random() < p}
        if plan.confound:
            low = rng.random() < (0.75 if "exercise" in factors else 0.2)
        else:
            low = rng.random() < (plan.stay_low if low_before else 1 - stay_adequate)
        if plan.drift:
            low = rng.random() < 0.6 - 0.45 * n / max(1, days - 1)
        flare = rng.random() < (plan.stay_flare if flare else START_FLARE)
        chance = plan.flare if flare else P_CALM
        if plan.drift:
            chance *= 1.75 - 1.5 * n / max(1, days - 1)
        exposed = low if plan.lag == 0 else low_before
        if exposed and not plan.confound:
            chance *= plan.rr
        if plan.confound and "exercise" in factors:
            chance *= 3
        symptoms: dict[str, tuple[int, int | None]] = {}
        if rng.random() < min(chance, 0.95):
            kind = "cramp" if rng.random() < KINDS[0][1] else "twitch"
            symptoms[kind] = (1, rng.randint(1, 5))
        mg = rng.uniform(120, 300) if low else rng.uniform(320, 560)
        if rng.random() < plan.gaps:
            rows.append(DayRow(day))  # nothing logged (a symptom without food says nothing)
        else:
            rows.append(DayRow(day, mg, 0.0, 5, 0, symptoms, factors))
        low_before = low
    return rows
