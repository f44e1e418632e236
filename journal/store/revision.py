"""Each write stamps the documents it changed with a revision and leaves tombstones for those
it removed (see journal.core.sync.revisions): this computer's name, the time in UTC."""

from __future__ import annotations

from datetime import datetime, timedelta

from journal.core import clock
from journal.core.sync.revisions import TOMBSTONE_DAYS, Tables, stamp
from journal.store.device import device_name


def stamp_write(old: Tables, new: Tables, by: str = "") -> Tables:
    """`new` stamped as written by `by` (default: this computer), to replace `old`."""
    now = clock.utc_stamp()
    moment = datetime.fromisoformat(now.removesuffix("Z"))  # strptime imports locale: ~3 ms
    cutoff = (moment - timedelta(days=TOMBSTONE_DAYS)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return stamp(old, new, by or device_name(), now, compact_before=cutoff)
