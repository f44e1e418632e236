"""The answer a person reads first, word for word: found, explained, not found, not
enough data; then the adjustment, the reverse direction, the days needed, and the
exploratory tests. Each figure here is counted or rounded by hand."""

from __future__ import annotations

from datetime import date

import pytest

from journal.core.analysis.answer import (
    answer_lines,
    details,
    exploratory_lines,
    headline,
    method_line,
)
from journal.core.analysis.associations import Analysis, Comparison, compare
from journal.core.analysis.daily import ALL
from journal.core.analysis.exploratory import Exploratory
from journal.core.analysis.primary import (
    EXPLAINED,
    FOUND,
    NOT_ENOUGH,
    NOT_FOUND,
    LagEffect,
    Primary,
    Stratified,
)
from journal.core.report.text import primary_lines
from journal.core.stats.contingency import Table2x2
from journal.core.stats.regression import Term

CAVEAT = "This is an association in your own records, not proof that magnesium causes it."
# 12 of 20 low days with a cramp (60%), 6 of 40 others (15%): 4.0 times as often.
TABLE = Table2x2(12, 8, 6, 34)
SAME_DAY = LagEffect(0, TABLE, 4.0, 1.83, None, 2.9)
COUNTS = "Cramps were logged on 12 of 20 low-magnesium days (60%) and on 6 of 40 other days (15%)"


def view(pr: Primary) -> Analysis:
    a = Analysis(date(2026, 1, 1), date(2026, 3, 1), 310.0, 1.0)
    a.primary, a.primary_group = pr, pr.group
    return a


def found(**kw: object) -> Primary:
    fields: dict[str, object] = {
        "status": FOUND,
        "lags": [SAME_DAY],
        "shown": SAME_DAY,
        "p": 0.0104,
    }
    return Primary("cramp", **{**fields, **kw})  # type: ignore[arg-type]


def test_found_gives_the_counts_the_ratio_its_bound_and_the_caveat() -> None:
    assert headline(view(found())) == (
        f"Found: {COUNTS}, 4.0 times as often (one-sided p 0.010; 96% lower bound 1.8). {CAVEAT}"
    )


def test_found_the_day_after_says_so_and_a_missing_bound_is_left_out() -> None:
    after = LagEffect(1, Table2x2(9, 5, 3, 27), 6.43, None, None, 3.1)
    text = headline(view(found(lags=[SAME_DAY, after], shown=after, p=None)))
    assert text == (
        "Found: Cramps were logged on 9 of 14 days after a low-magnesium day (64%) and on 3 "
        "of 30 other days (10%), 6.4 times as often (one-sided p 1.000). " + CAVEAT
    )


@pytest.mark.parametrize(
    ("reason", "why"), [("no low-magnesium days", " (no low-magnesium days)"), ("", "")]
)
def test_not_enough_data_says_why_when_there_is_a_reason(reason: str, why: str) -> None:
    pr = Primary("twitch", NOT_ENOUGH, reason)
    assert headline(view(pr)) == (
        "Not enough data: twitches cannot yet be compared between low-magnesium days and "
        f"other days{why}."
    )


def test_not_found_with_more_symptoms_on_low_days_is_within_chance() -> None:
    e = LagEffect(0, TABLE, 1.01, 0.7, None, 0.1)
    pr = Primary(ALL, NOT_FOUND, lags=[e], shown=e, p=0.412)
    assert headline(view(pr)) == (
        "Not found: Symptoms were logged on 12 of 20 low-magnesium days (60%) and on 6 of 40 "
        "other days (15%); a difference of this size is within what chance gives (one-sided p "
        "0.412, a test that keeps the streaks in your days)."
    )


@pytest.mark.parametrize("ratio", [1.0, 0.6])
def test_not_found_with_no_more_symptoms_on_low_days_says_they_were_not_more_common(
    ratio: float,
) -> None:
    e = LagEffect(0, TABLE, ratio, 0.4, None, -0.3)
    pr = Primary(ALL, NOT_FOUND, lags=[e], shown=e, p=None)
    assert headline(view(pr)).endswith(
        "(15%); symptoms were not more common on low days (one-sided p 1.000, a test that "
        "keeps the streaks in your days)."
    )


def explained(without: Table2x2, factor: str = "exercise") -> Primary:
    st = Stratified(factor, 20, None, without=without, within=Table2x2(8, 7, 2, 3))
    return found(status=EXPLAINED, explained_by=factor, strata=[st])


def test_explained_names_the_factor_and_shows_both_strata() -> None:
    # With exercise: 15 of 20 days were low (75%); without: 5 of 40 (12.5%, shown 12%).
    text = headline(view(explained(Table2x2(4, 1, 4, 31))))
    assert text == (
        f"Explained by exercise: {COUNTS}, 4.0 times as often (one-sided p 0.010; 96% lower "
        "bound 1.8); but 15 of 20 days with exercise were low days (75%), against 5 of 40 "
        "other days (12%), and on days without exercise, cramps were logged on 4 of 5 low "
        "days (80%) and 4 of 35 other days (11%). These are associations in your own "
        "records, not proof of what causes what."
    )


@pytest.mark.parametrize("without", [Table2x2(0, 0, 4, 36), Table2x2(3, 2, 0, 0)])
def test_explained_without_both_kinds_of_day_left_says_too_few(without: Table2x2) -> None:
    text = headline(view(explained(without, "standing")))
    assert "but 15 of 20 days with long standing were low days (75%)" in text
    assert text.endswith(
        ", and there were too few days without standing to compare. These are associations "
        "in your own records, not proof of what causes what."
    )


def test_a_factor_without_words_is_named_as_logged() -> None:
    text = headline(view(explained(Table2x2(4, 1, 4, 31), "sauna")))
    assert text.startswith("Explained by sauna: ")
    assert "15 of 20 sauna days were low days" in text
    assert "on days without sauna, cramps were logged" in text


ADJUSTED = Term("low magnesium", 0.74, 0.33, 2.1, 1.1, 4.0, 0.03)


def test_the_adjusted_ratio_is_said_with_what_it_allows_for() -> None:
    pr = found(adjusted=ADJUSTED, adjusted_for=["alcohol", "poor_sleep"])
    assert details(view(pr), Exploratory()) == [
        "Allowing for alcohol, poor sleep (days with each, in one model), the ratio is 2.1 "
        "(95% CI 1.1 to 4.0; p 0.030)."
    ]
    assert "  allowing for alcohol, poor sleep together (Poisson, Newey-West CI)" in "\n".join(
        primary_lines(view(pr))
    )
    # One factor is not "each" nor "together": it read "Allowing for exercise (days with
    # each, in one model)" and "allowing for exercise together".
    pr.adjusted_for = ["exercise"]
    assert details(view(pr), Exploratory()) == [
        "Allowing for exercise (days with it), the ratio is 2.1 (95% CI 1.1 to 4.0; p 0.030)."
    ]
    assert "  allowing for exercise (Poisson, Newey-West CI): RR 2.1" in "\n".join(
        primary_lines(view(pr))
    )


@pytest.mark.parametrize("status", [FOUND, EXPLAINED])
def test_a_model_without_factors_is_not_said_as_an_adjustment(status: str) -> None:
    """No factor in the model: its ratio is the crude one, and "allowing for nothing ...
    p 0.191" after a finding read as if adjustment had removed it."""
    pr = found(status=status, adjusted=ADJUSTED, adjusted_for=[])
    assert not any("Allowing" in line for line in details(view(pr), Exploratory()))
    # The report's (and the dashboard's) numbers leave the model out too.
    assert not any("allowing for" in line for line in primary_lines(view(pr)))
    pr.adjusted_for = ["alcohol"]
    assert "  allowing for alcohol (Poisson, Newey-West CI): RR 2.1" in "\n".join(
        primary_lines(view(pr))
    )


@pytest.mark.parametrize(
    ("span", "said"),
    [(28, "4 weeks"), (59, "8 weeks"), (60, "2 months"), (91, "3 months"), (365, "12 months")],
)
def test_the_stretch_is_named_in_weeks_then_months(span: int, said: str) -> None:
    """A stretch's calendar span: 60 days is 9 weeks by rounding, said as 2 months."""
    pr = found(stretch_days=28, stretch_span=span)
    assert f"4.0 times as often comparing days within the same {said} (" in headline(view(pr))


def test_the_model_says_it_compares_days_within_the_stretches() -> None:
    pr = found(adjusted=ADJUSTED, adjusted_for=["alcohol"])
    pr.stretch_days, pr.stretch_span = 29, 31
    assert details(view(pr), Exploratory())[0].startswith(
        "Allowing for alcohol (days with it, comparing days within the same 4 weeks), the "
        "ratio is 2.1"
    )
    assert "  allowing for alcohol (Poisson, within stretches, Newey-West CI): RR 2.1" in (
        "\n".join(primary_lines(view(pr)))
    )


def test_not_found_says_no_adjustment() -> None:
    pr = found(status=NOT_FOUND, adjusted=ADJUSTED, adjusted_for=["alcohol"])
    assert details(view(pr), Exploratory()) == []


def test_nothing_follows_a_headline_without_a_comparison() -> None:
    assert details(view(Primary(ALL, NOT_ENOUGH, "no low-magnesium days")), Exploratory()) == []
    a = view(found())
    a.primary = None
    assert details(a, Exploratory()) == []


def reverse(after: str) -> Comparison:
    # Low on 8 of 10 days after, 12 of 40 after other days.
    return compare("cramp", f"reverse:{after}", 1, Table2x2(8, 2, 12, 28))


REVERSE_SYMPTOM = (
    "The reverse pattern is stronger: low-magnesium days came after a symptom day 8 of 10 "
    "times (80%) and after other days 12 of 40 (30%): symptoms may change what is eaten, "
    "rather than the other way round."
)


@pytest.mark.parametrize("status", [FOUND, EXPLAINED])
def test_a_stronger_reverse_pattern_qualifies_a_finding(status: str) -> None:
    pr = found(status=status, reverse_stronger=reverse("cramp"))
    assert details(view(pr), Exploratory()) == [REVERSE_SYMPTOM]
    pr = found(status=status, reverse_stronger=reverse("diarrhea"))
    assert details(view(pr), Exploratory())[0].startswith(
        "The reverse pattern is stronger: low-magnesium days came after a diarrhea day 8 of 10"
    )


@pytest.mark.parametrize("kind", ["diarrhea:night", "night:diarrhea"])
def test_a_kind_of_my_own_with_diarrhea_in_its_name_is_a_symptom_day(kind: str) -> None:
    """A symptom kind the person named with a colon is still a symptom, not the factor."""
    c = compare(kind, f"reverse:{kind}", 1, Table2x2(8, 2, 12, 28))
    pr = Primary(kind, FOUND, lags=[SAME_DAY], shown=SAME_DAY, p=0.01, reverse_stronger=c)
    assert details(view(pr), Exploratory())[0].startswith(
        "The reverse pattern is stronger: low-magnesium days came after a symptom day 8 of 10"
    )


def test_a_stronger_reverse_pattern_is_said_when_it_is_a_finding_itself() -> None:
    c = reverse("cramp")
    pr = found(status=NOT_FOUND, reverse_stronger=c)
    assert details(view(pr), Exploratory()) == []
    assert details(view(pr), Exploratory(findings=[(c, 0.004)])) == [REVERSE_SYMPTOM]
    other = reverse("cramp")  # equal, but not the same comparison
    assert details(view(pr), Exploratory(findings=[(other, 0.004)])) == []


@pytest.mark.parametrize(
    ("needed", "line"),
    [
        (
            250,
            "To find a doubling of risk with 80% power at your symptom rate (23% of days), "
            "about 190 more logged days are needed.",
        ),
        (
            61,
            "To find a doubling of risk with 80% power at your symptom rate (23% of days), "
            "about 1 more logged days are needed.",
        ),
        (
            60,
            "With 60 days, a doubling of risk would have been found 8 times in 10; a smaller "
            "link cannot be ruled out.",
        ),
    ],
)
def test_not_found_says_the_days_a_doubling_needs(needed: int, line: str) -> None:
    pr = found(status=NOT_FOUND, days=60, rate=0.234, days_needed=needed)
    assert details(view(pr), Exploratory()) == [line]


def test_found_says_no_days_needed() -> None:
    assert details(view(found(days=60, rate=0.2, days_needed=250)), Exploratory()) == []


def test_no_days_are_promised_when_no_journal_length_would_do() -> None:
    # A symptom on most days: a doubling cannot happen, so there is no size to give.
    pr = found(status=NOT_FOUND, days=60, rate=0.7, days_needed=None)
    assert details(view(pr), Exploratory()) == []


def test_exploratory_findings_are_listed_with_their_q_and_reverse_ones_left_out() -> None:
    factor = compare("cramp", "alcohol", 0, Table2x2(20, 10, 10, 40))
    ex = Exploratory(tests=31, findings=[(factor, 0.0042), (reverse("cramp"), 0.002)])
    lines = exploratory_lines(view(found()), ex)
    assert lines == [
        "Exploratory: Cramps were logged on 20 of 30 days with alcohol (67%) and on 10 of 50 "
        "other days (20%): 3.3 times as often (95% CI 1.8 to 6.1; p < 0.001; q 0.004). This "
        "is an association in your own records, not proof that alcohol causes it.",
        "Besides the main question, 31 exploratory tests were run: "
        "a table of low against other days is a finding when its q (Benjamini-Hochberg) is at "
        "most 0.01 and each of its cells holds 5 days or more; correlations are shown, never "
        "findings.",
    ]


@pytest.mark.parametrize("status", [FOUND, EXPLAINED])
def test_an_open_gate_with_no_exploratory_finding_says_none_was(status: str) -> None:
    ex = Exploratory(tests=7, findings=[(reverse("cramp"), 0.002)])
    assert exploratory_lines(view(found(status=status)), ex) == [
        "Besides the main question, 7 exploratory tests were run: "
        "a table of low against other days is a finding when its q (Benjamini-Hochberg) is at "
        "most 0.01 and each of its cells holds 5 days or more; correlations are shown, never "
        "findings; none was."
    ]


@pytest.mark.parametrize("status", [NOT_FOUND, NOT_ENOUGH])
def test_a_closed_gate_says_when_the_tests_are_looked_at(status: str) -> None:
    assert exploratory_lines(view(found(status=status)), Exploratory(tests=12)) == [
        "Besides the main question, 12 exploratory tests were run: they are looked at only "
        "once the main question finds an association."
    ]
    a = view(found())
    a.primary = None
    assert exploratory_lines(a, Exploratory(tests=12))[0].endswith("finds an association.")


def test_the_answer_is_the_headline_then_details_then_exploratory() -> None:
    pr = found(adjusted=ADJUSTED, adjusted_for=["alcohol"])
    lines = answer_lines(view(pr), Exploratory(tests=3))
    assert lines[0].startswith("Found: ") and lines[1].startswith("Allowing for alcohol ")
    assert lines[2].startswith("Besides the main question, 3 exploratory tests")
    assert len(lines) == 3


def test_the_method_says_the_levels_fixed_in_advance() -> None:
    assert method_line() == (
        "How: the main question is fixed in advance (symptom days against low-magnesium days, "
        "the same day and the day after). Its p comes from shifting the symptom series "
        "against intake (circular shifts of a week or more, forwards and backwards; at "
        "most 1,999, evenly spread), which keeps streaks; the ratio compares days within "
        "stretches of 28 logged days or more (Mantel-Haenszel; at most 12 stretches), so "
        "intake and symptoms that both drift over the journal make no pattern by themselves; "
        "it is one-sided (only more symptoms on low days can be a finding), a finding at "
        "p <= 0.04, and its 96% lower bound inverts that test. Every other test is "
        "exploratory, with Benjamini-Hochberg q beside p; one is a finding only when "
        "q <= 0.01 and the main question found an association first."
    )


def test_a_factor_on_every_low_day_is_named_beside_a_finding() -> None:
    """Exercise on all 28 low days (and 2 others), cramps on those 28 only: no ratio
    within the factor's days, so no adjustment, and the answer said "Found" with no word
    of exercise. Now the line under it names the factor and the overlap."""
    st = Stratified(
        "exercise", 30, None, without=Table2x2(0, 0, 0, 30), within=Table2x2(28, 0, 0, 2)
    )
    lines = details(view(found(strata=[st])), Exploratory())
    assert lines == [
        "Every low-magnesium day was also one of the days with exercise: 28 of 30 days with "
        "exercise were low days (93%), against 0 of 30 other days (0%). These records cannot "
        "tell low magnesium and exercise apart: the symptoms may go with exercise instead."
    ]
    # One low day without the factor: the strata could be compared, nothing is added.
    apart = Stratified(
        "exercise", 30, None, without=Table2x2(1, 0, 0, 29), within=Table2x2(27, 0, 0, 3)
    )
    assert details(view(found(strata=[apart])), Exploratory()) == []
    # Not said beside "not found": there is no association for the factor to take away.
    assert details(view(found(status=NOT_FOUND, strata=[st])), Exploratory())[:1] != lines


def test_the_adjusted_interval_reads_the_same_in_the_answer_and_the_numbers() -> None:
    """The answer said '95% CI 1.1 to 4.0' and the numbers under it (the dashboard's
    tables, report's main question, the doctor's page's method) '95% CI 1.1-4.0'."""
    from journal.core.stats import mantel_haenszel as mh

    pooled = mh.Pooled(1.9, 1.05, 3.4, 0.3, 0.03, 2)
    st = Stratified("alcohol", 12, pooled, Table2x2(4, 1, 4, 31), Table2x2(8, 7, 2, 3))
    pr = found(adjusted=ADJUSTED, adjusted_for=["alcohol"], strata=[st])
    said = details(view(pr), Exploratory())[0]
    numbers = primary_lines(view(pr))
    assert "(95% CI 1.1 to 4.0; p 0.030)" in said
    assert numbers[-1].endswith("RR 2.1 (95% CI 1.1 to 4.0; p 0.030)")
    assert numbers[-2].endswith("RR 1.9 (95% CI 1.1 to 3.4; p 0.030)")


@pytest.mark.parametrize("status", [FOUND, EXPLAINED])
def test_a_ratio_over_no_symptom_on_other_days_says_how_it_was_made_finite(status: str) -> None:
    """'28 of 28 low days and 0 of 32 other days, 32 times as often': the 32 comes from
    0.5 added to the counts (the exploratory sentences said so; the answer did not)."""
    zero = LagEffect(0, Table2x2(12, 8, 0, 40), 40.0, 5.0, None, 3.1)
    st = Stratified("exercise", 20, None, Table2x2(4, 1, 0, 35), Table2x2(8, 7, 0, 5))
    pr = found(status=status, lags=[zero], shown=zero, explained_by="exercise", strata=[st])
    text = headline(view(pr))
    said = " No other day had a symptom, so 0.5 was added to every count to estimate the ratio. "
    assert said in text
    assert text.index("40 times as often") < text.index(said)
    assert text.endswith(CAVEAT if status == FOUND else "not proof of what causes what.")
    assert said not in headline(view(found()))  # 6 of 40 other days: nothing added
