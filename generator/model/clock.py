"""What "today" is: the calendar day where the programs run (China), not where the command runs.

CI machines keep UTC, eight hours behind Beijing: between midnight and 08:00 a volunteer's claim
dated today would look like a date in the future. ``XINYUAN_TZ`` names another time zone.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Asia/Shanghai"


def today() -> date:
    return datetime.now(ZoneInfo(os.environ.get("XINYUAN_TZ") or DEFAULT_TZ)).date()
