"""The trial on disk: one document in `<data dir>/trial.json`, with the journal's guarantees.

Every change is a read-modify-write under the journal's lock (`Journal.file`:
locked, atomic, backed up), re-reading the file inside the lock, so two running
copies take turns and cannot fork the plan. The document carries its own format
number; a damaged or newer plan is refused with a one-line message and the file
is left untouched (the check runs before TinyDB may write). Export, import and
backup carry `trial.json` like the journal's other files; a blinded trial's
allocation travels only as its seal token (`core/trial/seal.py`).

A dose taken writes a supplement entry, so trial doses count toward the day's
intake and the upper-limit warning as any supplement does. In a sealed trial
every dose taken counts as magnesium (which bottle is which is not known yet,
and the upper-limit check errs on the safe side); unsealing removes the
placebo bottle's entries.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from journal.core.entries.models import Entry, SupplementEntry
from journal.core.trial.analysis import Result, analyse, daily_values, diarrhea_days
from journal.core.trial.plan import Plan
from journal.core.trial.schedule import Period
from journal.core.trial.trial import Trial
from journal.core.validate import ValidationError
from journal.store.errors import DamagedFileError, NewerVersionError, StoreError
from journal.store.journal import Journal

FILE = "trial.json"
TABLE = "trial"
PAST = "past"  # trials that ended before a new plan was written
DOC_ID = 1
FORMAT = 1


def new_seal() -> str:
    return secrets.token_hex(16)


def _parse(data: dict[str, Any], path: Path) -> Trial | None:
    doc = data.get(TABLE, {}).get(str(DOC_ID))
    if doc is None:
        return None
    found = doc.get("format")
    if not isinstance(found, int) or isinstance(found, bool):
        raise DamagedFileError(path, "the trial has no format number")
    if found > FORMAT:
        raise NewerVersionError(path, found, FORMAT)
    try:
        return Trial.from_doc(doc)
    except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as exc:
        raise DamagedFileError(path, f"the trial plan is malformed: {exc}") from None


def trial_in(data: dict[str, Any], path: Path) -> Trial | None:
    """The current trial in a trial file's tables (this journal's or an export's)."""
    return _parse(data, path)


def _check(data: dict[str, Any], path: Path) -> None:
    _parse(data, path)


def check_file(data: dict[str, Any], path: Path) -> None:
    """Refuse (DamagedFileError) a trial file this version cannot read: for restore, import."""
    _parse(data, path)
    for doc in data.get(PAST, {}).values():
        try:
            Trial.from_doc(doc)
        except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as exc:
            raise DamagedFileError(path, f"a past trial is malformed: {exc}") from None


def load_trial(journal: Journal) -> Trial | None:
    """The trial, or None when no plan was written."""
    return _parse(journal.read_file(FILE), journal.root / FILE)


def change(journal: Journal, how: Callable[[Trial | None], Trial]) -> Trial:
    """Apply `how` to the trial as it is on disk now, under the lock, and save the result."""
    from tinydb.table import Document  # TinyDB loads at the first write

    with journal.file(FILE, check=_check) as db:
        table = db.table(TABLE, cache_size=0)
        current = _parse({TABLE: {str(k.doc_id): k for k in table.all()}}, journal.root / FILE)
        trial = how(current)
        table.upsert(Document({**trial.to_doc(), "format": FORMAT}, doc_id=DOC_ID))
    return trial


def save_plan(journal: Journal, plan: Plan) -> Trial:
    """Write a new plan, or replace the plan not yet started; a started plan is locked.
    A trial that has ended is kept in the file's `past` table, never overwritten."""
    from tinydb.table import Document

    ended: list[Trial] = []

    def write(current: Trial | None) -> Trial:
        if current is not None and current.locked:
            if not current.ended(plan.created):
                raise StoreError(
                    "A trial is running and its plan is locked; change it with "
                    "`mg-journal trial amend`, or stop it with `mg-journal trial stop`."
                )
            if current.sealed:  # filed away sealed, its placebo would count as magnesium
                raise StoreError(
                    "The trial that ended is still sealed: open it first with "
                    "`mg-journal trial unseal` (your guess first: `trial guess A`), so its "
                    "result is seen and its placebo doses stop counting as magnesium."
                )
            ended.append(current)
        seal = new_seal() if plan.blinded else None
        return Trial(plan, seal)

    with journal.lock:
        trial = change(journal, write)
        if ended:
            with journal.file(FILE, check=_check) as db:
                past = db.table(PAST, cache_size=0)
                doc = {**ended[0].to_doc(), "format": FORMAT}
                past.upsert(Document(doc, doc_id=len(past) + 1))
    return trial


def need_trial(current: Trial | None) -> Trial:
    """`current`, or the one "no plan yet" every step says (exit 1: nothing there)."""
    if current is None:
        raise StoreError("There is no trial plan yet; write one with `mg-journal trial plan`.")
    return current


def update(journal: Journal, how: Callable[[Trial], Trial]) -> Trial:
    return change(journal, lambda current: how(need_trial(current)))


def record_dose(journal: Journal, on: date, state: str, at: time) -> Trial:
    """The day's dose taken or missed; a taken dose is also a supplement entry."""
    with journal.lock:
        trial = need_trial(load_trial(journal))
        here, refusal = trial.day(on), trial.dose_refusal(on)
        if refusal is not None or here is None or here.period is None:
            raise ValidationError(
                "dose", refusal or f"there is no trial dose to take on {on:%-d %b %Y}"
            )
        before = trial.doses.get(on)
        if same_dose(trial, on, state):  # the same answer again: nothing to write
            return trial
        if before is not None and before.entry_id is not None:
            _remove_entry(journal, on, before.entry_id)
        entry_id = None
        if state == "taken" and (trial.sealed or trial.on_magnesium(here.period)):
            # The dose planned that day: an amendment since does not reach back.
            entry = SupplementEntry(
                on, at, trial.plan.form, trial.dose_on(on), None, _dose_note(trial, here.period)
            )
            journal.add(entry)
            entry_id = entry.id
        return update(journal, lambda t: t.dose(on, state, entry_id))


def same_dose(trial: Trial, on: date, state: str) -> bool:
    """Whether `on`'s dose is recorded as `state` already, its entry with it when it needs
    one: recorded again, it would be removed and written anew for nothing."""
    before, here = trial.doses.get(on), trial.day(on)
    if before is None or before.state != state or here is None or here.period is None:
        return False
    needs_entry = state == "taken" and (trial.sealed or trial.on_magnesium(here.period))
    return before.entry_id is not None or not needs_entry


def clear_dose(journal: Journal, on: date) -> Trial:
    """The day's dose back to not recorded, its entry removed (undo of a first record)."""
    with journal.lock:
        trial = need_trial(load_trial(journal))
        before = trial.doses.get(on)
        if before is not None and before.entry_id is not None:
            _remove_entry(journal, on, before.entry_id)
        return update(journal, lambda t: t.dose_cleared(on))


def _dose_note(trial: Trial, period: Period) -> str:
    note = f"trial, {trial.bottle_words(period)}"
    if trial.sealed:
        note += " (sealed: counted as magnesium until unsealed)"
    return note


def _find_entry(journal: Journal, on: date, entry_id: str) -> SupplementEntry | None:
    """The dose's entry: on its day, or, moved by an older version, on any other."""
    for entry in journal.day(on).supplements:
        if entry.id == entry_id:
            return entry
    for day in journal.read_days(journal.day_files()):
        for entry in day.supplements:
            if entry.id == entry_id:
                return entry
    return None


def _remove_entry(journal: Journal, on: date, entry_id: str) -> None:
    entry = _find_entry(journal, on, entry_id)
    if entry is not None:
        journal.remove(entry)


def unseal(journal: Journal, on: date) -> Trial:
    """Open the seal; the placebo bottle's doses stop counting as magnesium, and the
    magnesium bottle's say which bottle they were."""
    with journal.lock:
        trial = update(journal, lambda t: t.opened(on))
        for day, dose in trial.doses.items():
            here = trial.day(day)
            if not (dose.entry_id and here and here.period):
                continue
            if not trial.on_magnesium(here.period):
                _remove_entry(journal, day, dose.entry_id)
                continue
            entry = _find_entry(journal, day, dose.entry_id)
            note = _dose_note(trial, here.period)
            if entry is not None and entry.note != note:
                journal.replace(entry, dataclasses.replace(entry, note=note))
        return trial


def check_not_dose(journal: Journal, entry: Entry, after: Entry | None = None) -> None:
    """Refuse (StoreError) deleting a trial dose's entry, or changing its day or amount
    (`after`): the trial would still count the dose as it was. Time and note may change."""
    if not isinstance(entry, SupplementEntry):
        return
    day = held_dose(journal, entry.id)
    if day is None:
        return
    if isinstance(after, SupplementEntry) and (after.date, after.mg, after.form) == (
        entry.date,
        entry.mg,
        entry.form,
    ):
        return
    raise StoreError(
        f"That supplement is the trial's dose of {day:%-d %b %Y}: record the dose as taken "
        f"or missed instead (`mg-journal trial dose missed --date {day}`, or b on that day)."
    )


def held_dose(journal: Journal, entry_id: str) -> date | None:
    """The day of the trial's dose that wrote this supplement entry, or None: such an
    entry changes with the dose (`record_dose`), not on its own."""
    if not (journal.root / FILE).exists():
        return None
    trial = load_trial(journal)
    if trial is None:
        return None
    return next((d for d, dose in trial.doses.items() if dose.entry_id == entry_id), None)


def trial_result(journal: Journal, trial: Trial, today: date) -> Result:
    """The analysis of the trial from the journal's days up to `today`."""
    if trial.start is None:
        return analyse(trial, {}, today)
    days = list(journal.days(trial.start, today))
    doses = {d.entry_id for d in trial.doses.values() if d.entry_id}
    values = daily_values(trial.plan, days, doses)
    return analyse(trial, values, today, diarrhea_days(trial, days))
