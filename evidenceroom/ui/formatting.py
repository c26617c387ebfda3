"""How the windows word and format what the core returns, in the user's language."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from evidenceroom.core.models import DeadlineStatus
from evidenceroom.core.timeutil import DEFAULT_TIMEZONE, to_local


class DisplayFormat(QObject):
    """Shared by the tables and the detail panel, so a value reads the same everywhere."""

    def __init__(self, timezone: str = DEFAULT_TIMEZONE, parent: QObject | None = None):
        super().__init__(parent)
        self.timezone = timezone

    def local_time(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return to_local(value, self.timezone).strftime("%Y-%m-%d %H:%M:%S")

    def duration(self, ms: int | None) -> str:
        if ms is None:
            return ""
        seconds = (ms + 500) // 1000
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"

    def size(self, size: int) -> str:
        value = float(size)
        for unit in ("B", "KB", "MB", "GB"):
            if value < 1024 or unit == "GB":
                return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
            value /= 1024
        return ""

    def size_exact(self, size: int) -> str:
        return self.tr("{0}（{1} 字节）").format(self.size(size), f"{size:,}")

    def deadline(self, status: str, late_by_seconds: int | None) -> str:
        """按时, 逾期 N 小时 (逾期 N 分钟 under an hour), 未知 — as `deadlines.describe` words it."""
        if status == DeadlineStatus.ON_TIME.value:
            return self.tr("按时")
        if status == DeadlineStatus.LATE.value:
            hours = (late_by_seconds or 0) / 3600
            if hours >= 1:
                return self.tr("逾期 {0} 小时").format(f"{hours:.0f}")
            return self.tr("逾期 {0} 分钟").format(max(1, round(hours * 60)))
        return self.tr("未知")

    def officer(self, name: str | None, badge: str | None) -> str:
        if not name:
            return ""
        return self.tr("{0}（{1}）").format(name, badge) if badge else name

    def activity(self, kind: str | None, place: str | None) -> str:
        return " · ".join(p for p in (kind, place) if p)

    def media_kind(self, kind: str) -> str:
        return {"video": self.tr("视频"), "audio": self.tr("音频"), "photo": self.tr("照片")}.get(kind, kind)

    def device_kind(self, kind: str | None) -> str:
        return {
            "camera": self.tr("照相机"), "audio_recorder": self.tr("录音机"), "camcorder": self.tr("摄像机"),
            "body_camera": self.tr("执法记录仪"), "handheld_terminal": self.tr("手持执法终端"),
            "cctv": self.tr("视频监控"), "storage": self.tr("音像资料采集存储设备"),
        }.get(kind or "", kind or "")

    def time_source(self, source: str) -> str:
        return {"metadata": self.tr("取自文件元数据"), "file_name": self.tr("取自文件名"),
                "modified_time": self.tr("取自文件修改时间")}.get(source, source)

    def batch_status(self, status: str) -> str:
        return {"finished": self.tr("已完成"), "running": self.tr("进行中"), "cancelled": self.tr("已取消"),
                "interrupted": self.tr("中断")}.get(status, status)

    def case_flags(self, flags: tuple[str, ...]) -> str:
        names = {
            "major_case": self.tr("重大案件"), "obstruction": self.tr("阻碍执法"),
            "emergency_or_dispute": self.tr("突发或纠纷"), "other_major": self.tr("其他重大"),
            "penalty_case": self.tr("行政处罚"),
        }
        return self.tr("、").join(names.get(f, f) for f in flags)

    def action(self, action: str) -> str:
        """An audit event's action in words; an action not known here is shown as recorded."""
        names = {
            "archive.created": self.tr("建立档案库"),
            "import.started": self.tr("开始导入"),
            "import.imported": self.tr("导入入库"),
            "import.duplicate": self.tr("再次导入（内容相同，未重复保存）"),
            "import.rejected": self.tr("拒收文件"),
            "import.skipped": self.tr("跳过非资料文件"),
            "import.finished": self.tr("导入结束"),
            "import.interrupted": self.tr("导入被中断"),
            "activity.created": self.tr("登记执法活动"),
            "case.created": self.tr("新建案件"),
            "case.updated": self.tr("修改案件信息"),
            "department.created": self.tr("新建部门"),
            "person.created": self.tr("登记人员"),
            "device.created": self.tr("登记设备"),
            "user.created": self.tr("新建用户"),
            "login.succeeded": self.tr("登录"),
            "login.failed": self.tr("登录失败"),
            "login.refused": self.tr("账户锁定，拒绝登录"),
            "logout": self.tr("注销"),
            "playback.started": self.tr("开始播放"),
            "playback.ended": self.tr("结束播放"),
            "marker.added": self.tr("添加标记"),
            "snapshot.taken": self.tr("截取图片"),
            "recording.filed": self.tr("归入案件"),
            "verify.run": self.tr("校验档案库"),
            "verify.altered": self.tr("校验发现被篡改"),
            "verify.missing": self.tr("校验发现缺失"),
        }
        return names.get(action, action)
