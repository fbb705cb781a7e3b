""" "Today" is the day in the programs' time zone, not the machine's (CI runs in UTC)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.model import clock


def test_today_is_beijing_today_by_default(monkeypatch):
    monkeypatch.delenv("XINYUAN_TZ", raising=False)
    assert clock.today() == datetime.now(ZoneInfo("Asia/Shanghai")).date()


def test_the_time_zone_can_be_chosen(monkeypatch):
    # UTC+14 and UTC-11 are always on different calendar days.
    monkeypatch.setenv("XINYUAN_TZ", "Pacific/Kiritimati")
    ahead = clock.today()
    monkeypatch.setenv("XINYUAN_TZ", "Pacific/Pago_Pago")
    assert clock.today() < ahead
