"""The timeline bar paints what the timeline says, and the table reads it out (ARC-08, REV-02)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtGui import QColor

from evidenceroom.core.timeline import Timeline, TimelineItem, not_recorded
from evidenceroom.ui.player.timeline_bar import CURRENT, LANE_H, PHOTO, SEGMENT, TimelineBar
from evidenceroom.ui.player.timeline_table import TimelineTableModel, length_text

SHANGHAI = timezone(timedelta(hours=8))


def at(day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=SHANGHAI).astimezone(timezone.utc)


def item(n: int, start: datetime, minutes: float | None, kind: str = "video", serial: str = "DSJ-07") -> TimelineItem:
    ms = int(minutes * 60_000) if minutes else None
    return TimelineItem(n, kind, f"{n}.MP4", serial, "张伟", start, start + timedelta(milliseconds=ms or 0), start,
                        None, ms, False)


def timeline(started, ended, items) -> Timeline:
    return Timeline(1, "现场检查", "河道", started, ended, None, ("张伟",), "Asia/Shanghai", tuple(items),
                    not_recorded(started, ended, items))


def test_segments_gaps_photos_and_the_cursor_are_painted_where_they_belong(qtbot):
    # 09:00–10:00; clip 09:05–09:30 (DSJ-07), clip 09:34–10:00 (DSJ-08), a photo at 09:32.
    t = timeline(at(28, 9, 0), at(28, 10, 0), [item(1, at(28, 9, 5), 25), item(2, at(28, 9, 34), 26, serial="DSJ-08"),
                                               item(3, at(28, 9, 32), None, "photo")])
    bar = TimelineBar()
    qtbot.addWidget(bar)
    bar.resize(800, bar.sizeHint().height())
    bar.set_timeline(t)
    bar.set_current(2, at(28, 9, 45))
    assert bar.lanes() == ["DSJ-07", "DSJ-08"]
    assert bar.accessibleDescription() == "2 个片段，1 张照片，2 段未记录"
    image = bar.grab().toImage()
    left = bar._label_width()
    width = bar.width() - left - 10

    def x(moment: datetime) -> int:
        return round(left + width * (moment - at(28, 9, 0)).total_seconds() / 3600)

    lane0, lane1 = 6 + LANE_H // 2, 6 + LANE_H + 4 + LANE_H // 2
    assert QColor(image.pixel(x(at(28, 9, 15)), lane0)) == SEGMENT  # clip 1, first lane
    assert QColor(image.pixel(x(at(28, 9, 15)), lane1)) != SEGMENT  # nothing of DSJ-08's then
    gap = QColor(image.pixel(x(at(28, 9, 2)), lane0))  # 5 min not recorded: shaded red
    assert gap.red() > gap.green() + 20 and gap.red() > gap.blue() + 20
    between = QColor(image.pixel(x(at(28, 9, 31)), lane1))  # the 4-min gap, across both lanes
    assert between.red() > between.green() + 20
    assert QColor(image.pixel(x(at(28, 9, 50)), lane1)) == CURRENT  # clip 2, second lane, being played
    assert QColor(image.pixel(x(at(28, 9, 32)), lane0)) == PHOTO  # the photo: a mark at its moment
    cursor = QColor(image.pixel(x(at(28, 9, 45)), lane1 - 6))  # the current position: a red line
    assert cursor.red() > 180 and cursor.green() < 90

    bar.set_timeline(None)
    assert bar.cursor_time() is None and bar.lanes() == []


def test_the_table_gives_the_day_when_an_activity_runs_past_midnight(qtbot):
    t = timeline(at(28, 23, 50), at(29, 0, 20), [item(1, at(28, 23, 55), 10), item(2, at(29, 0, 10), 5)])
    model = TimelineTableModel()
    model.set_timeline(t)
    assert [model.text(r, "time") for r in range(model.rowCount())] == [
        "11-28 23:50:00–11-28 23:55:00", "11-28 23:55:00–11-29 00:05:00", "11-29 00:05:00–11-29 00:10:00",
        "11-29 00:10:00–11-29 00:15:00", "11-29 00:15:00–11-29 00:20:00"]
    assert [model.text(r, "length") for r in range(model.rowCount())] == [
        "未记录 5 分 0 秒", "10 分 0 秒", "未记录 5 分 0 秒", "5 分 0 秒", "未记录 5 分 0 秒"]
    late = timeline(at(28, 9, 0), at(28, 10, 0), [item(1, at(28, 8, 40), 10), item(2, at(28, 9, 10), 5),
                                                  item(3, at(28, 10, 20), 5)])
    model.set_timeline(late)
    rows = [(model.text(r, "time"), model.text(r, "name") or model.text(r, "length"), model.text(r, "note"))
            for r in range(model.rowCount())]
    # Only the activity's own time counts as not recorded: 09:00–09:10 and 09:15–10:00.
    assert rows == [("08:40:00–08:50:00", "1.MP4", "活动开始前拍摄"),
                    ("09:00:00–09:10:00", "未记录 10 分 0 秒", "到达（活动开始）至第一段"),
                    ("09:10:00–09:15:00", "2.MP4", ""),
                    ("09:15:00–10:00:00", "未记录 45 分 0 秒", "最后一段至活动结束"),
                    ("10:20:00–10:25:00", "3.MP4", "活动结束后拍摄")]
    assert length_text(timedelta(hours=1, minutes=2, seconds=3)) == "1 小时 2 分 3 秒"
    assert length_text(timedelta(seconds=4.4)) == "4 秒"
