"""The policy sheet (执法音像记录管理规定一览, RPT-10): the profile in force, each value with the
article it comes from, and the regulation's period of validity, with a warning once it has lapsed
(000 is valid until 2026-05-06, 000§20)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from evidenceroom.core import profiles
from evidenceroom.core.archive import Archive
from evidenceroom.core.audit import head_text, read_head
from evidenceroom.core.timeutil import to_local, utcnow
from evidenceroom.printing.fonts import cjk_font
from evidenceroom.printing.pages import grid_style, report_canvas
from evidenceroom.printing.registers import _p, _spaced, _styles

TITLE = "执法音像记录管理规定一览"
MARGIN = 15 * mm
WIDTHS = tuple(w * mm for w in (38, 104, 38))
DEVICE_NAMES = {"camera": "照相机", "audio_recorder": "录音机", "camcorder": "摄像机", "cctv": "视频监控",
                "body_camera": "执法记录仪", "handheld_terminal": "手持执法终端", "storage": "采集存储设备"}
NUMERALS = "一二三四五六七八九十"


def rows(p: profiles.Profile) -> list[tuple[str, str, str]]:
    """(item, value, article) in the order the sheet prints them."""
    r = p.retention
    start = "入库日期" if r.starts_from == "imported_at" else "拍摄日期"
    out = [("基本保存期限", f"{r.base_months} 个月（自{start}起算）", r.article or "—")]
    if r.evidence_follows_case_file:
        out.append(("作为证据使用的资料", "与案卷保存期限相同", r.evidence_article or "—"))
    for kind, grounds, article in (("永久保存", r.permanent_grounds, r.permanent_article),
                                   ("长期保存（刻录光盘一式两份）", r.long_term_grounds, r.long_term_article)):
        if grounds:
            text = "\n".join(f"（{NUMERALS[i]}）{g}" for i, g in enumerate(grounds))
            out.append((kind + "的情形", text, article or "—"))
    out.append(("到期处理", "不自动删除；保管员判断有无保存意义，提出清除，经审批人当面批准后清除并留存清除记录",
                "002§15" if r.article.startswith("002") else "—"))
    out.append(("移交时限", f"执法活动结束后 {p.hand_in_hours} 小时内；异地、边远、连续执法自返回单位起算",
                p.hand_in_article or "—"))
    chain = "办公室主任审核，案件的局主管领导批准" if p.approval_policy == "003" else "一级审批（审批人当面批准）"
    out.append(("调阅、复制审批", chain, p.approval_article or "—"))
    for c in p.staffing:
        ratio = f"原则上不少于 {c.officers_per_device} 名执法人员一台" if c.officers_per_device else "根据执法需要合理配备"
        out.append((f"配备比例：{c.name_zh}", ratio, c.article or "—"))
    lives = "；".join(f"{DEVICE_NAMES.get(k, k)} {v.min_years}-{v.max_years} 年" for k, v in p.service_life.items())
    out.append(("使用年限", f"最低 {p.minimum_service_years} 年；{lives}", p.service_life_article or "—"))
    out.append(("抽查比例", f"{p.spot_check_proportion * 100:g}%", p.spot_check_article or "—"))
    if p.review_due:
        out.append(("年度评查", f"每年至少一次；{p.review_due[:2]} 月 {p.review_due[3:]} 日起未开展即提示", "002§17"))
    if p.two_person_carry:
        out.append(("双人携带", "现场执法时设备双人携带，一人全程记录", "003§11"))
    if p.notice_words:
        out.append(("告知规范用语", p.notice_words, "003§12"))
    if p.checklist:
        whole = sum(1 for i in p.checklist if i.duty == "whole_process")
        out.append(("音像记录清单", f"{len(p.checklist)} 项，其中须全程记录 {whole} 项",
                    "、".join(dict.fromkeys(i.article for i in p.checklist if i.article)) or "—"))
    out.append(("备份间隔", f"{p.backup_interval_days} 天", "—"))
    return out


def validity(p: profiles.Profile, today: date) -> tuple[str, bool]:
    """The regulation's period of validity in words, and whether it has lapsed by `today`."""
    start = p.valid_from.isoformat() if p.valid_from else "未注明"
    end = p.valid_until.isoformat() if p.valid_until else "未注明"
    lapsed = p.valid_until is not None and p.valid_until < today
    return f"施行日期：{start}；有效期至：{end}", lapsed


def policy_sheet_pdf(archive: Archive, out_path: Path | str, profile: profiles.Profile | None = None) -> Path:
    font = cjk_font()
    st = _styles(font)
    with archive.session() as s:
        profile = profile or profiles.active(s)
        unit = archive.unit(s)
        unit_name, tz = unit.name, unit.timezone
    now = to_local(utcnow(), tz)
    printed = now.strftime("%Y-%m-%d %H:%M")
    span, lapsed = validity(profile, now.date())
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = [[_p(h, st["head"]) for h in ("项目", "规定", "依据条款")]]
    data += [[_p(a, st["cell"]), _p(b, st["cell"]), _p(c, st["center"])] for a, b, c in rows(profile)]
    story = [_p(TITLE, st["title"]), Spacer(1, 2 * mm),
             _spaced([f"单位：{unit_name}", f"打印时间：{printed}"], st["sub"]), Spacer(1, 3 * mm),
             _p(f"执行的规定：{profile.regulation or profile.name_zh}", st["cell"]),
             _p(f"发布机关：{profile.issuer or '—'}；{span}", st["cell"])]
    if lapsed:
        story.append(_p(f"注意：该规定已于 {profile.valid_until.isoformat()} 到期失效，请确认本单位现行规定并更新策略。",
                        st["cell"]))
    if profile.text and profile.key not in {p.key for p in profiles.builtin()}:
        story.append(_p(f"本单位在上述规定基础上修改的策略（{profile.key}）。", st["cell"]))
    story += [Spacer(1, 4 * mm),
              Table(data, colWidths=WIDTHS, repeatRows=1,
                    style=TableStyle(grid_style(font, side=None))),
              Spacer(1, 3 * mm),
              _p("条款写法：000§15 指中卫市办法第十五条，001 市人防办，002 湛河区司法局，003 秦皇岛市水务局，"
                 "004 盂县应急管理局。标“—”的数值为本单位设定，规定未作要求。", st["cell"])]
    head = head_text(read_head(archive.head_path))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, initialFontName=font, title=f"{TITLE} {unit_name}", author=unit_name,
                            subject=profile.name_zh)
    doc.build(story, canvasmaker=report_canvas(font, TITLE, unit_name, printed, head))
    return out
