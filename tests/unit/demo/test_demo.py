"""The demo generator: deterministic, realistic, and with its planted association."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from journal.core.demo.journal import demo_entries
from journal.core.demo.menu import MENU, PUMPKIN_SEEDS
from journal.core.entries.models import FoodEntry, SupplementEntry, SymptomEntry
from journal.core.person.targets import DEFAULT_TARGET_MG

END = date(2026, 11, 25)


def test_same_seed_same_journal_ids_included() -> None:
    first = [e.to_doc() for e in demo_entries(60, seed=3, end=END)]
    again = [e.to_doc() for e in demo_entries(60, seed=3, end=END)]
    other = [e.to_doc() for e in demo_entries(60, seed=4, end=END)]
    assert first == again
    assert first != other


def test_days_end_at_today_by_default(pinned_clock: object) -> None:
    dates = {e.date for e in demo_entries(120)}
    assert max(dates) <= date(2026, 11, 25)
    assert min(dates) >= date(2026, 11, 25) - timedelta(days=119)
    assert len(dates) > 100  # mostly complete logging, with a few gaps
    assert len(dates) < 120


def test_menu_figures_are_usda_sr() -> None:
    # USDA SR Legacy NDB 12516: pumpkin seed kernels, roasted, 550 mg per 100 g.
    assert PUMPKIN_SEEDS.food_id == "usda:12516"
    assert PUMPKIN_SEEDS.mg == round(28.35 * 550 / 100, 1)
    assert all(f.food_id.startswith("usda:") for rich, poor in MENU.values() for f in rich + poor)


def test_journal_has_every_kind_supplements_and_unknown_foods() -> None:
    entries = list(demo_entries(365, end=END))
    kinds = {e.KIND for e in entries}
    assert kinds == {"foods", "supplements", "symptoms", "factors"}
    unknown = [e for e in entries if isinstance(e, FoodEntry) and e.mg is None]
    assert unknown and all(e.food_id is None for e in unknown)
    supplement_days = {e.date for e in entries if isinstance(e, SupplementEntry)}
    assert 5 <= len(supplement_days) <= 60
    exercise_cramps = [
        e for e in entries if isinstance(e, SymptomEntry) and e.note == "after exercise"
    ]
    assert exercise_cramps


def test_cramps_are_more_frequent_after_low_magnesium_days() -> None:
    totals: dict[date, float] = defaultdict(float)
    cramp_days: set[date] = set()
    logged: set[date] = set()
    for e in demo_entries(730, end=END):
        logged.add(e.date)
        if isinstance(e, FoodEntry | SupplementEntry):
            totals[e.date] += e.mg or 0
        if isinstance(e, SymptomEntry) and e.kind == "cramp":
            cramp_days.add(e.date)
    after_low = [
        d
        for d in logged
        if d - timedelta(1) in logged and totals[d - timedelta(1)] < DEFAULT_TARGET_MG
    ]
    after_ok = [
        d
        for d in logged
        if d - timedelta(1) in logged and totals[d - timedelta(1)] >= DEFAULT_TARGET_MG
    ]
    assert len(after_low) > 100 and len(after_ok) > 300
    rate_low = sum(d in cramp_days for d in after_low) / len(after_low)
    rate_ok = sum(d in cramp_days for d in after_ok) / len(after_ok)
    assert rate_low > 1.5 * rate_ok


def test_today_holds_only_what_has_happened_so_far(pinned_clock: object) -> None:
    today = [e for e in demo_entries(30) if e.date == date(2026, 11, 25)]
    assert today and all(e.time.hour * 60 + e.time.minute <= 9 * 60 + 30 for e in today)


def _dashboard_status(seed: int, end: date) -> str:
    from journal.core.analysis.dashboard import build
    from journal.core.entries.day import Day

    days: dict[date, Day] = {}
    for e in demo_entries(120, seed=seed, end=end):
        days.setdefault(e.date, Day(e.date)).add(e)
    ordered = sorted(days.values(), key=lambda d: d.date)
    for day in ordered:
        day.sort()
    dash = build(ordered, end + timedelta(days=1), 90, DEFAULT_TARGET_MG)
    assert dash.analysis.primary is not None
    return dash.analysis.primary.status


def test_the_demo_dashboard_finds_its_planted_pattern() -> None:
    # `mg-journal demo` promises a pattern for the dashboard to find: its default
    # 90-day view must say "found" for the shipped seed and for nearly every other.
    from journal.core.demo.journal import DEFAULT_SEED

    assert _dashboard_status(DEFAULT_SEED, END) == "found"
    statuses = [_dashboard_status(seed, END) for seed in range(100, 106)]
    assert statuses.count("found") >= 5
