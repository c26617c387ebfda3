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
            "import.verified": self.tr("核验导入批次"),
            "activity.created": self.tr("登记执法活动"),
            "case.created": self.tr("新建案件"),
            "case.updated": self.tr("修改案件信息"),
            "department.created": self.tr("新建部门"),
            "person.created": self.tr("登记人员"),
            "device.created": self.tr("登记设备"),
            "user.created": self.tr("新建用户"),
            "user.changed": self.tr("修改用户账户"),
            "user.password_reset": self.tr("管理员重设密码"),
            "user.unlocked": self.tr("解除账户锁定"),
            "user.disabled": self.tr("停用用户账户"),
            "user.enabled": self.tr("启用用户账户"),
            "user.password_changed": self.tr("修改本人密码"),
            "password_change.succeeded": self.tr("修改密码时原密码核验通过"),
            "password_change.failed": self.tr("修改密码时原密码错误"),
            "password_change.refused": self.tr("账户锁定，拒绝修改密码"),
            "login.succeeded": self.tr("登录"),
            "login.failed": self.tr("登录失败"),
            "login.refused": self.tr("账户锁定，拒绝登录"),
            "logout": self.tr("注销"),
            "playback.started": self.tr("开始播放"),
            "playback.ended": self.tr("结束播放"),
            "marker.added": self.tr("添加标记"),
            "snapshot.taken": self.tr("截取图片"),
            "recording.reviewed": self.tr("填写评查表"),
            "recording.problem_flagged": self.tr("标记资料中的问题"),
            "recording.filed": self.tr("归入案件"),
            "verify.run": self.tr("校验档案库"),
            "verify.altered": self.tr("校验发现被篡改"),
            "verify.missing": self.tr("校验发现缺失"),
            "access.requested": self.tr("登记调阅申请"),
            "access.decided": self.tr("审批调阅申请"),
            "access.granted": self.tr("授权调阅"),
            "access.expired": self.tr("授权到期"),
            "access.revoked": self.tr("撤销授权"),
            "access.viewing_started": self.tr("开始查阅（登记）"),
            "access.viewing_ended": self.tr("结束查阅"),
            "approval.succeeded": self.tr("审批人身份核验通过"),
            "approval.failed": self.tr("审批人身份核验失败"),
            "approval.refused": self.tr("审批人账户锁定"),
            "disposal_approval.succeeded": self.tr("清除审批身份核验通过"),
            "disposal_approval.failed": self.tr("清除审批身份核验失败"),
            "disposal_approval.refused": self.tr("清除审批账户锁定"),
            "gap_approval.succeeded": self.tr("说明审批身份核验通过"),
            "gap_approval.failed": self.tr("说明审批身份核验失败"),
            "gap_approval.refused": self.tr("说明审批账户锁定"),
            "setting.changed": self.tr("更改设置"),
            "document.printed": self.tr("打印文书"),
            "department.updated": self.tr("修改部门信息"),
            "device.updated": self.tr("修改设备登记"),
            "custody.check_out": self.tr("设备领用"),
            "custody.handover": self.tr("设备交接"),
            "custody.return": self.tr("设备归还"),
            "custody.fault": self.tr("设备故障登记"),
            "custody.repair": self.tr("设备送修"),
            "custody.back_in_service": self.tr("设备恢复使用"),
            "custody.loss": self.tr("设备遗失"),
            "custody.found": self.tr("设备找回"),
            "custody.damage": self.tr("设备损坏"),
            "custody.maintenance": self.tr("设备保养"),
            "custody.seal": self.tr("设备封存"),
            "custody.unseal": self.tr("设备启封"),
            "custody.destroy": self.tr("设备销毁"),
            "custody.storage_cleared": self.tr("已清除设备存储"),
            "disc_set.made": self.tr("制作证据光盘"),
            "copy.made": self.tr("复制到U盘或文件夹"),
            "copy.failed": self.tr("复制到U盘或文件夹失败"),
            "copy.cancelled": self.tr("取消复制到U盘或文件夹"),
            "disc_set.failed": self.tr("制作光盘失败"),
            "disc_set.cancelled": self.tr("取消制作光盘"),
            "disc_set.images_rebuilt": self.tr("重建光盘映像"),
            "disc_set.rebuild_failed": self.tr("重建光盘映像失败"),
            "disc_copy.filed": self.tr("光盘归档"),
            "disc_copy.verified": self.tr("光盘核验"),
            "disc_copy.burned": self.tr("刻录光盘"),
            "disc_copy.burn_failed": self.tr("刻录光盘失败"),
            "case.flags_set": self.tr("设置案件保存情形"),
            "case.file_retention_set": self.tr("设置案卷保存期限"),
            "retention.marked_permanent": self.tr("标记永久保存"),
            "retention.marked_long_term": self.tr("标记长期保存"),
            "retention.marked_evidence": self.tr("标记作为证据使用"),
            "retention.hold_placed": self.tr("保全"),
            "retention.hold_released": self.tr("解除保全"),
            "retention.assessed": self.tr("到期资料保存意义评估"),
            "disposal.proposed": self.tr("提出清除处理"),
            "disposal.refused": self.tr("不同意清除"),
            "recording.disposed": self.tr("清除资料（保留销毁记录）"),
            "activity.matter_marked": self.tr("标注音像记录事项"),
            "gap.registered": self.tr("登记中断/未记录说明"),
            "gap.approved": self.tr("批准中断/未记录说明"),
            "gap.refused": self.tr("退回中断/未记录说明"),
            "spot_check.drawn": self.tr("抽取抽查样本"),
            "spot_check.scored": self.tr("抽查评分"),
            "finding.recorded": self.tr("记录检查发现"),
            "finding.outcome_set": self.tr("确定问题处理结果"),
            "inspection.recorded": self.tr("记录不定期检查"),
            "review.recorded": self.tr("记录年度评查"),
            "backup.started": self.tr("开始备份"),
            "backup.finished": self.tr("备份结束"),
            "backup.restored": self.tr("从备份恢复"),
            "backup.files_restored": self.tr("从备份补回原始文件"),
        }
        return names.get(action, action)
