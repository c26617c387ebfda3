<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="28"/>
        <location filename="../../evidenceroom/ui/about.py" line="29"/>
        <source>关于 EvidenceRoom</source>
        <translation>About EvidenceRoom</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="36"/>
        <source>安装版</source>
        <translation>Installed version</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="36"/>
        <source>源代码运行</source>
        <translation>Running from source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="39"/>
        <source>执法音像资料管理：一次写入的档案库、当面审批、一式两份的证据光盘、设备台账。</source>
        <translation>Enforcement recordings management: a write-once archive, in-person approvals, evidence discs in two identical copies, a device ledger.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="40"/>
        <source>本程序完全离线运行，不连接任何网络。</source>
        <translation>This program runs entirely offline and connects to no network.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="44"/>
        <source>档案库：{0}</source>
        <translation>Archive: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="46"/>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/about.py" line="47"/>
        <source>运行环境：{0}；Qt {1}，Python {2}，libvlc {3}；{4}</source>
        <translation>Environment: {0}; Qt {1}, Python {2}, libvlc {3}; {4}</translation>
    </message>
</context>
<context>
    <name>ActivityChooser</name>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="81"/>
        <source>选择执法活动</source>
        <translation>Choose an enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="83"/>
        <source>活动类型、地点或案号</source>
        <translation>Activity type, place or case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="86"/>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="86"/>
        <source>查找执法活动</source>
        <translation>Find enforcement activities</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="90"/>
        <source>有录音录像的执法活动</source>
        <translation>Enforcement activities with recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="100"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="104"/>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="105"/>
        <source>查看时间线</source>
        <translation>View timeline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="106"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="129"/>
        <source>没有符合条件的执法活动。</source>
        <translation>No enforcement activity matches.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="130"/>
        <source>显示最新的 {0} 个，请输入条件缩小范围。</source>
        <translation>Showing the latest {0}; type to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="131"/>
        <source>共 {0} 个执法活动。</source>
        <translation>Enforcement activities: {0}.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="91"/>
        <source>登记执法活动</source>
        <translation>Register enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="91"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="99"/>
        <source>（不在记录清单内）</source>
        <translation>(not on the recording list)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="110"/>
        <source>记录义务</source>
        <translation>Recording duty</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="125"/>
        <source>清单事项(&amp;M)：</source>
        <translation>List ite&amp;m:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="125"/>
        <source>清单事项</source>
        <translation>List item</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="131"/>
        <source>活动类型(&amp;K)：</source>
        <translation>Activity &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="133"/>
        <source>活动类型</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="135"/>
        <source>地点(&amp;P)：</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="135"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="136"/>
        <source>开始时间(&amp;S)：</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="136"/>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="137"/>
        <source>结束时间(&amp;E)：</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="137"/>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="138"/>
        <source>执法人员(&amp;O)：</source>
        <translation>&amp;Officers:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="138"/>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="139"/>
        <source>双人携带提示</source>
        <translation>Two-person carry message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="141"/>
        <source>案号(&amp;C)：</source>
        <translation>&amp;Case no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="141"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="156"/>
        <source>不在记录清单内</source>
        <translation>Not on the recording list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="157"/>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="164"/>
        <source>须全程记录</source>
        <translation>Must be fully recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="157"/>
        <source>视情况记录</source>
        <translation>Record as appropriate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="172"/>
        <source>本单位规定现场执法时音像记录设备须双人携带、一人全程记录：请至少勾选两名执法人员。少于两人仍可登记，但该活动将标记为“未双人携带”。</source>
        <translation>This unit requires recording devices on site to be carried by two people, one recording throughout: tick at least two officers. You can still register with fewer, but the activity is marked &quot;No two-person carry&quot;.</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="33"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="33"/>
        <source>活动时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="33"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="33"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="33"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="34"/>
        <source>文件数</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="60"/>
        <source> 至 {0}</source>
        <translation> to {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_chooser.py" line="67"/>
        <source>未归案</source>
        <translation>Unfiled</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="98"/>
        <source>第一个管理员账户</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="99"/>
        <source>管理员负责设置单位、人员、用户和规则。密码至少 8 个字符，以 argon2 方式保存。</source>
        <translation>The administrator sets up the unit, staff, users and rules. The password needs at least 8 characters and is stored as an argon2 hash.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="102"/>
        <source>登录名(&amp;L)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="102"/>
        <source>管理员登录名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="104"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="104"/>
        <source>管理员姓名</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="107"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="107"/>
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="110"/>
        <source>确认密码(&amp;C)：</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="110"/>
        <source>再次输入管理员密码</source>
        <translation>Repeat the administrator password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="116"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AlertsStrip</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="18"/>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="29"/>
        <source>设备提醒</source>
        <translation>Device alerts</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="27"/>
        <source>✓ 没有需要处理的设备提醒</source>
        <translation>✓ No device alerts to deal with</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="35"/>
        <source>逾期未还</source>
        <translation>Not returned on time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="35"/>
        <source>使用年限到期或临近</source>
        <translation>Service life over or ending soon</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="35"/>
        <source>保养逾期</source>
        <translation>Maintenance overdue</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/alerts_strip.py" line="41"/>
        <source>⚠ {0}：{1} 台</source>
        <translation>⚠ {0}: {1} device(s)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../evidenceroom/ui/application.py" line="87"/>
        <source>无法打开档案库</source>
        <translation>Cannot open the archive</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="65"/>
        <source>审批第 {0} 号调阅申请</source>
        <translation>Decide access request {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="72"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="76"/>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="77"/>
        <source>确认审批</source>
        <translation>Confirm decision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="79"/>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="80"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="94"/>
        <source>该申请没有待办的审批步骤。</source>
        <translation>This request has no step waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="104"/>
        <source>申请内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="108"/>
        <source>{0}，证件号码 {1}</source>
        <translation>{0}, ID number {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="109"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="112"/>
        <source>申请编号：</source>
        <translation>Request no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="112"/>
        <source>申请编号</source>
        <translation>Request number</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="113"/>
        <source>申请人：</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="113"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="114"/>
        <source>申请类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="114"/>
        <source>申请类型</source>
        <translation>Request kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="115"/>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="115"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="116"/>
        <source>查阅事由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="116"/>
        <source>查阅事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="117"/>
        <source>查阅时段：</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="117"/>
        <source>查阅时段</source>
        <translation>Viewing window</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="118"/>
        <source>登记人：</source>
        <translation>Registered by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="118"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="130"/>
        <source>资料(&amp;I)：</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="130"/>
        <source>申请的资料</source>
        <translation>Requested items</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="134"/>
        <source>审批流程</source>
        <translation>Approval steps</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="140"/>
        <source>（当前步骤）</source>
        <translation> (now due)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="140"/>
        <source>（待办）</source>
        <translation> (waiting)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="141"/>
        <source>第 {0} 步 {1}：{2}{3}</source>
        <translation>Step {0} {1}: {2}{3}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="143"/>
        <source>第 {0} 步 {1}：{2}，{3}，{4}</source>
        <translation>Step {0} {1}: {2}, {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="147"/>
        <source>{0}；意见：{1}</source>
        <translation>{0}; comment: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="149"/>
        <source>{0}；理由：{1}</source>
        <translation>{0}; reason: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="150"/>
        <source>第 {0} 步</source>
        <translation>Step {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="155"/>
        <source>现由{0}本人在下方输入自己的用户名和密码，办理第 {1} 步（{2}）。</source>
        <translation>Now {0} enters their own user name and password below to decide step {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="157"/>
        <source>当前步骤</source>
        <translation>Step now due</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="164"/>
        <source>审批人当面办理</source>
        <translation>Approver, in person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="171"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="172"/>
        <source>拒绝</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="173"/>
        <source>缩小范围批准</source>
        <translation>Approve a narrower scope</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="180"/>
        <source>拒绝时必填</source>
        <translation>Required when refusing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="166"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="166"/>
        <source>审批人用户名</source>
        <translation>Approver&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="167"/>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="167"/>
        <source>审批人密码</source>
        <translation>Approver&apos;s password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="181"/>
        <source>审批意见(&amp;D)：</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="181"/>
        <source>审批决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="182"/>
        <source>批准的资料(&amp;K)：</source>
        <translation>Items &amp;kept:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="182"/>
        <source>缩小范围后批准的资料</source>
        <translation>Items approved after narrowing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="183"/>
        <source>结束时间(&amp;E)：</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="183"/>
        <source>缩短后的查阅结束时间</source>
        <translation>End of the shortened window</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="184"/>
        <source>意见说明(&amp;C)：</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="184"/>
        <source>意见说明</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="185"/>
        <source>拒绝理由(&amp;R)：</source>
        <translation>Refusal &amp;reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="185"/>
        <source>拒绝理由</source>
        <translation>Refusal reason</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="96"/>
        <source>案号、案件名称、取证人员、执法证号或文件名</source>
        <translation>Case no., case name, officer, badge no. or file name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="98"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="99"/>
        <source>搜索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="102"/>
        <source>仅逾期(&amp;O)</source>
        <translation>Late &amp;only</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="103"/>
        <source>仅显示逾期移交的资料</source>
        <translation>Show only recordings handed in late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="104"/>
        <source>未归案(&amp;U)</source>
        <translation>&amp;Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="105"/>
        <source>仅显示未归案的资料</source>
        <translation>Show only unfiled recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="107"/>
        <source>拍摄日期(&amp;D)</source>
        <translation>&amp;Date recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="108"/>
        <source>按拍摄日期筛选</source>
        <translation>Filter by date recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="112"/>
        <source>拍摄日期起</source>
        <translation>Date recorded from</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="112"/>
        <source>拍摄日期止</source>
        <translation>Date recorded to</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="117"/>
        <source>从(&amp;F)</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="119"/>
        <source>至(&amp;T)</source>
        <translation>Un&amp;til</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="123"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="126"/>
        <source>取证人员(&amp;P)</source>
        <translation>Recorded &amp;by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="129"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="132"/>
        <source>设备(&amp;E)</source>
        <translation>Dev&amp;ice</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="135"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="138"/>
        <source>分类(&amp;G)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="141"/>
        <source>清除筛选(&amp;X)</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="142"/>
        <source>清除全部筛选条件</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="143"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="144"/>
        <source>刷新档案列表</source>
        <translation>Refresh the archive list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="148"/>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="152"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="155"/>
        <source>案件数</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="158"/>
        <source>录音录像资料列表</source>
        <translation>Recording list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="163"/>
        <source>录音录像资料(&amp;L)</source>
        <translation>Recordi&amp;ngs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="166"/>
        <source>资料数</source>
        <translation>Number of recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="307"/>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="312"/>
        <source>全部人员</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="313"/>
        <source>全部设备</source>
        <translation>All devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="319"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="471"/>
        <source>共 {0} 条</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="473"/>
        <source>{0} 条以上</source>
        <translation>More than {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="476"/>
        <source>共 {0} 件</source>
        <translation>{0} in total</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="32"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="35"/>
        <source>审计链状态</source>
        <translation>Audit chain status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="37"/>
        <source>审计事件列表</source>
        <translation>Audit event list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="38"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="38"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="38"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="39"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="39"/>
        <source>对象与内容</source>
        <translation>Object and details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="48"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="49"/>
        <source>刷新审计日志</source>
        <translation>Refresh the audit log</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="51"/>
        <source>更早的记录(&amp;M)</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="52"/>
        <source>加载更早的审计记录</source>
        <translation>Load older audit entries</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="54"/>
        <source>校验审计链(&amp;C)</source>
        <translation>&amp;Check audit chain</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="55"/>
        <source>校验审计链</source>
        <translation>Check the audit chain</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="101"/>
        <source>审计链有 {0} 处问题：{1}</source>
        <translation>The audit chain has {0} problem(s): {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/audit_page.py" line="104"/>
        <source>审计链完整：{0} 条记录</source>
        <translation>Audit chain intact: {0} entries</translation>
    </message>
</context>
<context>
    <name>BackInServiceDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="73"/>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="90"/>
        <source>恢复使用</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="74"/>
        <source>例如：更换存储卡槽，测试录像正常</source>
        <translation>e.g. Memory card slot replaced, test recording OK</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="75"/>
        <source>维修结果 *(&amp;R)：</source>
        <translation>Repair &amp;result *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="75"/>
        <source>维修结果</source>
        <translation>Repair result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="77"/>
        <source>已修复，恢复使用</source>
        <translation>Repaired, back in service</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="78"/>
        <source>无法修复，仍为故障（待封存或销毁）</source>
        <translation>Cannot be repaired, still faulty (to be sealed or destroyed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="79"/>
        <source>结论(&amp;O)：</source>
        <translation>Outc&amp;ome:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="79"/>
        <source>维修结论</source>
        <translation>Repair outcome</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="83"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="84"/>
        <source>维修费用(&amp;C)：</source>
        <translation>Repair &amp;cost:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="84"/>
        <source>维修费用（元）</source>
        <translation>Repair cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="86"/>
        <source>恢复使用时间(&amp;B)：</source>
        <translation>&amp;Back in service at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="86"/>
        <source>恢复使用时间</source>
        <translation>Back in service at</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="39"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="50"/>
        <source>备份提醒</source>
        <translation>Backup reminder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="52"/>
        <source>例如 F:\证据室备份（另一块硬盘或网络共享）</source>
        <translation>For example F:\EvidenceBackup (another hard disk or a network share)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="53"/>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="54"/>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="150"/>
        <source>选择备份文件夹</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="56"/>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="57"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="59"/>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="60"/>
        <source>取消备份</source>
        <translation>Cancel backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="63"/>
        <source>从备份找回文件(&amp;G)</source>
        <translation>Restore &amp;files from backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="64"/>
        <source>从备份找回缺失或被改动的原件</source>
        <translation>Restore missing or altered originals from the backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="65"/>
        <source>重新核对档案库中的每个原件，把缺失或被改动的从这个备份找回；被改动的文件移入 quarantine 文件夹保留。</source>
        <translation>Re-checks every original in the archive and restores any missing or altered ones from this backup; altered files are moved to the quarantine folder and kept.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="68"/>
        <source>检查备份(&amp;H)</source>
        <translation>C&amp;heck backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="69"/>
        <source>重新读取并核对整个备份</source>
        <translation>Re-read and check the whole backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="70"/>
        <source>把备份盘上的每个文件重新读一遍，与备份清单中的 SHA-256 核对；不改动任何文件。</source>
        <translation>Reads every file on the backup disk again and checks it against the SHA-256 in the backup manifest; no file is changed.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="73"/>
        <source>备份进度</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="79"/>
        <source>备份结果</source>
        <translation>Backup result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="80"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="80"/>
        <source>备份位置</source>
        <translation>Backup location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="80"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="80"/>
        <source>新复制</source>
        <translation>Newly copied</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="81"/>
        <source>已有</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="81"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="81"/>
        <source>执行人</source>
        <translation>Run by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="81"/>
        <source>备份记录</source>
        <translation>Backup history</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="87"/>
        <source>备份文件夹(&amp;K)：</source>
        <translation>Bac&amp;kup folder:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="89"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="109"/>
        <source>只有管理员和保管员可以备份。</source>
        <translation>Only administrators and clerks can make backups.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="127"/>
        <source>上次完整备份：{0}，备份到 {1}。</source>
        <translation>Last complete backup: {0}, to {1}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="140"/>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="140"/>
        <source>完成，有问题</source>
        <translation>Complete with problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="140"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="141"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="141"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="142"/>
        <source>中断</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="159"/>
        <source>请先选择备份文件夹（另一块硬盘或网络共享上的文件夹）。</source>
        <translation>First choose a backup folder (a folder on another hard disk or a network share).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="168"/>
        <source>正在备份到 {0}…</source>
        <translation>Backing up to {0}…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="177"/>
        <source>请先选择备份文件夹。</source>
        <translation>First choose a backup folder.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="185"/>
        <source>正在核对档案库中的每个原件，并从 {0} 找回缺失或被改动的…</source>
        <translation>Checking every original in the archive and restoring missing or altered ones from {0}…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="192"/>
        <source>正在重新读取并核对 {0} 中的每个文件…</source>
        <translation>Re-reading and checking every file in {0}…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="204"/>
        <source>备份完好：每个文件都与备份清单中的 SHA-256 一致。</source>
        <translation>The backup is intact: every file matches its SHA-256 in the backup manifest.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="206"/>
        <source>备份中有 {0} 个文件缺失或被改动：
{1}</source>
        <translation>{0} file(s) in the backup are missing or altered:
{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="233"/>
        <source>档案库中的原件全部完好，无需找回。</source>
        <translation>All originals in the archive are intact; nothing needs restoring.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="235"/>
        <source>已从备份找回 {0} 个文件，{1} 个未能找回：
{2}</source>
        <translation>{0} file(s) restored from the backup; {1} could not be restored:
{2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="271"/>
        <source>备份完成：新复制 {0} 个文件（{1}），{2} 个文件已在备份中，均已在备份盘上重新校验。</source>
        <translation>Backup complete: {0} new file(s) copied ({1}), {2} file(s) already in the backup; all were re-verified on the backup disk.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="275"/>
        <source>备份完成，但有 {0} 个文件未能备份：
{1}</source>
        <translation>Backup complete, but {0} file(s) could not be backed up:
{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/backup_section.py" line="281"/>
        <source>已取消。上一次完整的备份不受影响；下次备份会接着复制。</source>
        <translation>Cancelled. The last complete backup is not affected; the next backup carries on copying.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../evidenceroom/ui/backup/status.py" line="21"/>
        <source>备份与校验提醒</source>
        <translation>Backup and verification reminder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/status.py" line="44"/>
        <source>正在备份</source>
        <translation>Backup running</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/status.py" line="45"/>
        <source>备份尚未完成。请等待完成或先取消备份，再关闭窗口。</source>
        <translation>The backup has not finished. Wait for it to finish, or cancel it, before closing the window.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/status.py" line="66"/>
        <source>上次完整性校验发现 {0} 个问题，详见“合规”页。</source>
        <translation>The last integrity check found {0} problem(s); see the &quot;Compliance&quot; page.</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="59"/>
        <source>Excel 导入未完成</source>
        <translation>Excel import not completed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="62"/>
        <source>“{0}”有 {1} 处问题，没有导入任何设备。请修改后重新导入：</source>
        <translation>&quot;{0}&quot; has {1} problem(s), so no devices were imported. Correct them and import again:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="68"/>
        <source>有问题的行</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="72"/>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="73"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/board.py" line="137"/>
        <source>设备看板</source>
        <translation>Device board</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="83"/>
        <source>案件保存信息</source>
        <translation>Case retention details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="83"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="86"/>
        <source>案件 {0}：作为证据使用的资料与案卷保存期限相同；按中卫市办法第十五条，下列情形的资料永久保存。</source>
        <translation>Case {0}: recordings used as evidence are kept as long as the case file; under Article 15 of the Zhongwei measures, recordings in the situations below are kept permanently.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="87"/>
        <source>案卷已归档(&amp;A)</source>
        <translation>Case file &amp;archived</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="88"/>
        <source>案卷已归档</source>
        <translation>Case file archived</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="93"/>
        <source>归档日期(&amp;D)：</source>
        <translation>&amp;Date archived:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="93"/>
        <source>案卷归档日期</source>
        <translation>Date the case file was archived</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="97"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="98"/>
        <source>保存期限(&amp;Y)：</source>
        <translation>Retention &amp;period:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="98"/>
        <source>案卷保存期限（年）</source>
        <translation>Case file retention period (years)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="105"/>
        <source>重大行政、刑事案件（其证据，000§15（一））</source>
        <translation>Major administrative or criminal case (its evidence, 000§15(1))</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="106"/>
        <source>当事人或他人阻碍执法、妨害公务（000§15（二））</source>
        <translation>Party or others obstructed enforcement or official duties (000§15(2))</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="107"/>
        <source>重大突发事件、群体性事件或容易引发争议（000§15（三））</source>
        <translation>Major emergency, mass incident or likely to cause a dispute (000§15(3))</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="108"/>
        <source>其他重大、疑难、复杂情形（000§15（四））</source>
        <translation>Other major, difficult or complex situation (000§15(4))</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="109"/>
        <source>行政处罚案件</source>
        <translation>Administrative penalty case</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="42"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="42"/>
        <source>案件名称</source>
        <translation>Case name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="42"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="42"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="43"/>
        <source>资料数</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="43"/>
        <source>逾期数</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="150"/>
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/case_model.py" line="153"/>
        <source>不按案件筛选：显示全部录音录像资料（含未归案）</source>
        <translation>No case filter: shows every recording, unfiled ones included</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="156"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="161"/>
        <source>原密码(&amp;O)：</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="161"/>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="162"/>
        <source>新密码(&amp;N)：</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="162"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="163"/>
        <source>再次输入新密码(&amp;A)：</source>
        <translation>Repe&amp;at new password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="163"/>
        <source>再次输入新密码</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="37"/>
        <source>领用设备</source>
        <translation>Check out device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="40"/>
        <source>输入姓名或执法证号查找</source>
        <translation>Type a name or badge no. to search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="41"/>
        <source>使用人员 *(&amp;O)：</source>
        <translation>&amp;Officer *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="41"/>
        <source>使用人员</source>
        <translation>Officer using the device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="44"/>
        <source>例如：河道采砂现场检查，秦水罚〔2026〕31号</source>
        <translation>e.g. On-site inspection of river sand mining, 秦水罚〔2026〕31号</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="45"/>
        <source>用途/执法活动 *(&amp;P)：</source>
        <translation>&amp;Purpose/activity *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="45"/>
        <source>用途或执法活动</source>
        <translation>Purpose or enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="47"/>
        <source>预计归还(&amp;E)：</source>
        <translation>&amp;Expected return:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="47"/>
        <source>预计归还时间</source>
        <translation>Expected return time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="49"/>
        <source>使用前检查</source>
        <translation>Pre-use check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="51"/>
        <source>电池电量充足(&amp;B)</source>
        <translation>&amp;Battery sufficiently charged</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="52"/>
        <source>存储空间充足(&amp;S)</source>
        <translation>Enough &amp;storage space</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="53"/>
        <source>日期、时间设定准确(&amp;T)</source>
        <translation>Date and &amp;time set correctly</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="54"/>
        <source>有故障(&amp;F)</source>
        <translation>Has a &amp;fault</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="55"/>
        <source>发现故障时勾选：不能领用，转为故障登记</source>
        <translation>Tick if a fault is found: the device cannot be checked out and is registered as faulty instead</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="59"/>
        <source>未测量</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="61"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="62"/>
        <source>设备时钟偏差（秒）</source>
        <translation>Device clock offset (seconds)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="63"/>
        <source>设备时钟比标准时间快为正，慢为负</source>
        <translation>Positive if the device clock is ahead of standard time, negative if behind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="68"/>
        <source>时钟偏差(&amp;K)：</source>
        <translation>Cloc&amp;k offset:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="75"/>
        <source>未与互联网或其他与工作无关的设备连接（001§15）(&amp;N)</source>
        <translation>&amp;Not connected to the internet or other devices unrelated to work (001§15)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="76"/>
        <source>未与互联网或其他与工作无关的设备连接</source>
        <translation>Not connected to the internet or other devices unrelated to work</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="81"/>
        <source>有未通过的检查项时必填</source>
        <translation>Required when a check is not passed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="82"/>
        <source>未通过原因(&amp;R)：</source>
        <translation>&amp;Reason for failure:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="82"/>
        <source>未通过检查的原因</source>
        <translation>Reason the check was not passed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="91"/>
        <source>领用</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="101"/>
        <source>设备有故障：不能领用。按“改为故障登记”先登记故障（000§12）。</source>
        <translation>The device has a fault and cannot be checked out. Press &quot;Register fault instead&quot; to register the fault first (000§12).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="102"/>
        <source>改为故障登记</source>
        <translation>Register fault instead</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="105"/>
        <source>未通过：{0}。请写明原因。</source>
        <translation>Not passed: {0}. Give the reason.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="105"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ClipsDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="17"/>
        <source>归还时关联的音像资料</source>
        <translation>Recordings linked at return</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="20"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="20"/>
        <source>录制时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="20"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="20"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="20"/>
        <source>移交</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="25"/>
        <source>关联的音像资料</source>
        <translation>Linked recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="28"/>
        <source>台账记录</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="31"/>
        <location filename="../../evidenceroom/ui/custody/clips_dialog.py" line="32"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ClockMeasureDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="213"/>
        <source>测量设备时钟偏差</source>
        <translation>Measure device clock offset</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="214"/>
        <source>把设备屏幕上显示的日期和时间原样填入，在设备显示这一时刻时按“确定”。</source>
        <translation>Enter the date and time exactly as the device screen shows them, and press &quot;OK&quot; when the device shows that moment.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="222"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="226"/>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="227"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="229"/>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="230"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="236"/>
        <source>设备显示的时间(&amp;D)：</source>
        <translation>&amp;Device time:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="236"/>
        <source>设备显示的时间</source>
        <translation>Time shown on the device</translation>
    </message>
</context>
<context>
    <name>ClockOffsetField</name>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="122"/>
        <source>设备时钟比本机快为正</source>
        <translation>Positive if the device clock is ahead of this computer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="123"/>
        <source>测量(&amp;M)…</source>
        <translation>&amp;Measure…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="124"/>
        <source>测量设备时钟偏差</source>
        <translation>Measure the device clock offset</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="125"/>
        <source>填入设备上显示的时间，由本机算出偏差</source>
        <translation>Enter the time shown on the device; this computer works out the offset</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="131"/>
        <source>时钟偏差来源</source>
        <translation>Clock offset source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="136"/>
        <source>设备时钟偏差警告</source>
        <translation>Device clock offset warning</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="187"/>
        <source>取自该设备最近一次领用时的使用前检查，请按当前时钟核对</source>
        <translation>Taken from the pre-use check at this device&apos;s last check-out; check it against the clock now</translation>
    </message>
</context>
<context>
    <name>ClockOffsetSpin</name>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="91"/>
        <source>未测量</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="92"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="93"/>
        <source>设备时钟偏差（秒）</source>
        <translation>Device clock offset (seconds)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="94"/>
        <source>设备时钟比本机快为正，慢为负；不知道时保留“未测量”</source>
        <translation>Positive if the device clock is ahead of this computer, negative if behind; leave &quot;Not measured&quot; if unknown</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="44"/>
        <source>{0} 小时 {1} 分 {2} 秒</source>
        <translation>{0} h {1} min {2} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="46"/>
        <source>{0} 分 {1} 秒</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="47"/>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="52"/>
        <source>{0} 秒</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="51"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="56"/>
        <source>比本机快</source>
        <translation>ahead of this computer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="57"/>
        <source>比本机慢</source>
        <translation>behind this computer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="57"/>
        <source>与本机一致</source>
        <translation>same as this computer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="60"/>
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="61"/>
        <source>设备 {0} 时钟偏差 {1}（{2}），超过允许的 {3}。仍可导入，拍摄时间将同时显示校正后的时间。</source>
        <translation>The clock of device {0} is off by {1} ({2}), more than the {3} allowed. You can still import; recording times will also show the corrected time.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="69"/>
        <source>{0}（设备时间；校正后 {1}）</source>
        <translation>{0} (device time; corrected {1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="80"/>
        <source>设备时钟与本机一致（导入时测得）</source>
        <translation>Device clock same as this computer (measured at import)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/clock_offset.py" line="81"/>
        <source>设备时钟{0} {1}（导入时测得）</source>
        <translation>Device clock {0} by {1} (measured at import)</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="30"/>
        <source>合规与评查</source>
        <translation>Compliance and yearly review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="33"/>
        <source>合规页面</source>
        <translation>Compliance page</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="41"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="42"/>
        <source>移交期限</source>
        <translation>Hand-in deadlines</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="43"/>
        <source>记录义务/中断说明</source>
        <translation>Recording duty/interruptions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="44"/>
        <source>抽查</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="45"/>
        <source>问题清单</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="46"/>
        <source>年度评查</source>
        <translation>Yearly review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="48"/>
        <source>保存期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/compliance_page.py" line="48"/>
        <source>完整性检查</source>
        <translation>Integrity checks</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="46"/>
        <source>U盘</source>
        <translation>USB drive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="47"/>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="55"/>
        <source>复制到U盘或文件夹</source>
        <translation>Copy to USB drive or folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="60"/>
        <source>接收复制件的人及单位，如：李四 区人民法院</source>
        <translation>Recipient and organization, e.g. Li Si, District People&apos;s Court</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="62"/>
        <source>U盘或文件夹，复制件放在其中新建的文件夹里</source>
        <translation>USB drive or folder; the copy goes into a new folder inside it</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="63"/>
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="64"/>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="123"/>
        <source>选择U盘或文件夹</source>
        <translation>Choose USB drive or folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="75"/>
        <source>复制批准(&amp;G)：</source>
        <translation>Copy &amp;approval:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="75"/>
        <source>复制批准</source>
        <translation>Copy approval</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="76"/>
        <source>复制资料(&amp;R)：</source>
        <translation>&amp;Recordings:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="76"/>
        <source>复制资料</source>
        <translation>Recordings to copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="77"/>
        <source>接收人(&amp;P)：</source>
        <translation>Received b&amp;y:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="77"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="78"/>
        <source>复制到(&amp;T)：</source>
        <translation>Copy &amp;to:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="78"/>
        <source>复制到</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="80"/>
        <source>目标U盘或文件夹</source>
        <translation>Target USB drive or folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="81"/>
        <source>介质(&amp;M)：</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="81"/>
        <source>介质</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="82"/>
        <source>每个文件写出后从目标读回，与入库时的 SHA-256 核对；不一致时整个复制件删除，不作记录。</source>
        <translation>Each file is read back from the target after writing and checked against its SHA-256 from import; on any mismatch the whole copy is deleted and nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="83"/>
        <source>复制提示</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="86"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="87"/>
        <source>开始复制</source>
        <translation>Start copying</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="89"/>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="90"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="104"/>
        <source>没有可用的复制批准。请先在“调阅申请”页登记复制申请，并由审批人当面批准；过期或已撤销的批准不能复制。</source>
        <translation>No copy approval is available. First register a copy request on the &quot;Requests&quot; page and have the approver approve it in person; expired or revoked approvals cannot be used for copying.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="139"/>
        <source>请选择要复制的资料。</source>
        <translation>Choose the recordings to copy.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="143"/>
        <source>请填写接收人。</source>
        <translation>Enter who receives the copy.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="148"/>
        <source>请选择一个已有的U盘或文件夹（U盘是否已插好？）。</source>
        <translation>Choose an existing USB drive or folder (is the USB drive plugged in?).</translation>
    </message>
</context>
<context>
    <name>CopyLog</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="161"/>
        <source>复制时间</source>
        <translation>Copied at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="161"/>
        <source>制作人</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="161"/>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="161"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="162"/>
        <source>介质</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="162"/>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="162"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="162"/>
        <source>复制记录</source>
        <translation>Copy log</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="165"/>
        <source>复制记录（U盘或文件夹）</source>
        <translation>Copy log (USB drive or folder)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="174"/>
        <source>第 {0} 号申请</source>
        <translation>Request {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/copy_dialog.py" line="175"/>
        <source>{0} 个，共 {1}</source>
        <translation>{0} file(s), {1} in all</translation>
    </message>
</context>
<context>
    <name>CustodyActions</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="42"/>
        <source>领用</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="43"/>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="44"/>
        <source>交接</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="45"/>
        <source>故障登记</source>
        <translation>Report fault</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="46"/>
        <source>送修</source>
        <translation>Send for repair</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="47"/>
        <source>修复/恢复使用</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="48"/>
        <source>维护保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="49"/>
        <source>遗失/损坏</source>
        <translation>Lost/damaged</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="50"/>
        <source>封存</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="51"/>
        <source>启封</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="52"/>
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="53"/>
        <source>记录存储已清除</source>
        <translation>Storage cleared</translation>
    </message>
</context>
<context>
    <name>CustodyLabels</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="24"/>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="32"/>
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="25"/>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="33"/>
        <source>领用中</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="26"/>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="34"/>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="27"/>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="35"/>
        <source>故障</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="28"/>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="36"/>
        <source>封存</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="29"/>
        <source>销毁/遗失</source>
        <translation>Destroyed/lost</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="37"/>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/labels.py" line="38"/>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="40"/>
        <source>按时移交率（近 12 个月）</source>
        <translation>On-time hand-in rate (last 12 months)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="41"/>
        <source>逾期未移交</source>
        <translation>Overdue, not handed in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="42"/>
        <source>待审核的中断说明</source>
        <translation>Interruption statements awaiting review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="43"/>
        <source>应录未录 / 中断未说明</source>
        <translation>Should have been recorded / interruptions not explained</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="44"/>
        <source>未归案资料</source>
        <translation>Unfiled recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="45"/>
        <source>本年度抽查</source>
        <translation>Spot checks this year</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="46"/>
        <source>即将到期 / 待处置</source>
        <translation>Expiring soon / awaiting disposal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="47"/>
        <source>设备警示</source>
        <translation>Device alerts</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="57"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="58"/>
        <source>查看{0}</source>
        <translation>View {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="64"/>
        <source>每月音像资料（件，按拍摄时间）</source>
        <translation>Recordings per month (by date recorded)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="65"/>
        <source>每月按时移交率</source>
        <translation>Monthly on-time hand-in rate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="66"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="66"/>
        <source>音像资料</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="66"/>
        <source>到期活动</source>
        <translation>Activities due</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="66"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="67"/>
        <source>按时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="67"/>
        <source>每月移交数据</source>
        <translation>Monthly hand-in figures</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="70"/>
        <source>需要处理的事项</source>
        <translation>Items needing action</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="72"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="73"/>
        <source>刷新概览</source>
        <translation>Refresh the overview</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="76"/>
        <source>概览说明</source>
        <translation>Overview note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="89"/>
        <source>需要处理(&amp;A)：</source>
        <translation>Needs &amp;action:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="100"/>
        <source>截至 {0}；移交期限：活动结束后 {1} 小时</source>
        <translation>As of {0}; hand-in deadline: {1} hours after the activity ends</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="109"/>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="110"/>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="118"/>
        <source>执行的规定“{0}”已于 {1} 失效，请管理员在设置中选择现行规定。</source>
        <translation>The regulation in use, &quot;{0}&quot;, expired on {1}. An administrator should choose the current regulation in Settings.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="121"/>
        <source>本年度未开展评查：每年至少组织一次音像记录资料评查（002§17），请在“年度评查”中登记。</source>
        <translation>No review held this year: recordings must be reviewed at least once a year (002§17). Register it under &quot;Yearly review&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="123"/>
        <source>逾期未移交：第 {0} 号活动 {1}（{2}），已逾期 {3} 小时</source>
        <translation>Not handed in: activity {0} {1} ({2}), {3} h overdue</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="126"/>
        <source>有 {0} 份中断说明待审批人审核</source>
        <translation>{0} interruption statement(s) awaiting the approver&apos;s review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="128"/>
        <source>有 {0} 项应录未录的执法活动</source>
        <translation>{0} enforcement activities should have been recorded but were not</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="130"/>
        <source>有 {0} 项执法活动的记录有中断或缺失，尚未说明</source>
        <translation>{0} enforcement activities with interrupted or missing recording, not yet explained</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="132"/>
        <source>设备：{0}</source>
        <translation>Device: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/dashboard_tab.py" line="134"/>
        <source>暂无需要处理的事项。</source>
        <translation>Nothing needs action.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="28"/>
        <source>逾期的执法活动</source>
        <translation>Overdue activities</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="29"/>
        <source>全部执法活动</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="30"/>
        <source>按执法人员</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="31"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="32"/>
        <source>显示(&amp;S)：</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="34"/>
        <source>显示方式</source>
        <translation>Display mode</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="35"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="36"/>
        <source>查询移交期限</source>
        <translation>Query hand-in deadlines</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="37"/>
        <source>打印 PDF(&amp;P)…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="38"/>
        <source>把移交情况统计表保存为 PDF</source>
        <translation>Save the hand-in statistics as PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="40"/>
        <source>移交期限列表</source>
        <translation>Hand-in deadline list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="43"/>
        <source>移交情况合计</source>
        <translation>Hand-in totals</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="44"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="66"/>
        <source>逾期 {0} 小时</source>
        <translation>{0} h late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="68"/>
        <source>逾期未移交 {0} 小时</source>
        <translation>Not handed in, {0} h overdue</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="70"/>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="106"/>
        <source>按时移交</source>
        <translation>Handed in on time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="71"/>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="106"/>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="94"/>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="94"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="94"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="94"/>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="105"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="94"/>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="105"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="95"/>
        <source>移交期限</source>
        <translation>Hand-in deadline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="95"/>
        <source>移交时间</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="95"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="99"/>
        <source>未移交</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="105"/>
        <source>执法活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="105"/>
        <source>音像资料</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="106"/>
        <source>逾期移交</source>
        <translation>Handed in late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="106"/>
        <source>逾期未移交</source>
        <translation>Overdue, not handed in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="106"/>
        <source>按时移交率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="112"/>
        <source>移交期限：活动结束后 {0} 小时。共 {1} 次执法活动：按时移交 {2}，逾期移交 {3}，逾期未移交 {4}，未到期 {5}；按时移交率 {6}。</source>
        <translation>Hand-in deadline: {0} hours after the activity ends. {1} enforcement activities in total: {2} handed in on time, {3} handed in late, {4} overdue and not handed in, {5} not yet due; on-time hand-in rate {6}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/deadlines_tab.py" line="123"/>
        <source>保存移交情况统计表</source>
        <translation>Save hand-in statistics</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="24"/>
        <source>部门设置：{0}</source>
        <translation>Department settings: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="28"/>
        <source>（未设类别）</source>
        <translation>(no class set)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="32"/>
        <source>按需配备</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="32"/>
        <source>每 {0} 人 1 台</source>
        <translation>1 per {0} officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="35"/>
        <source>配备类别(&amp;C)：</source>
        <translation>Staffing &amp;class:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="35"/>
        <source>配备类别</source>
        <translation>Staffing class</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="38"/>
        <source>按人员名单计算</source>
        <translation>From the staff list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="40"/>
        <source>执法人员人数(&amp;N)：</source>
        <translation>&amp;Number of officers:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="40"/>
        <source>执法人员人数</source>
        <translation>Number of officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="52"/>
        <source>第一责任人 *(&amp;F)：</source>
        <translation>&amp;First responsible person *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="52"/>
        <source>第一责任人</source>
        <translation>First responsible person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="53"/>
        <source>设备管理员 *(&amp;A)：</source>
        <translation>Device &amp;administrator *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="53"/>
        <source>设备管理员</source>
        <translation>Device administrator</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="54"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="57"/>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="58"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="60"/>
        <location filename="../../evidenceroom/ui/custody/department_dialog.py" line="61"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="62"/>
        <source>第 2 步：登记移交信息</source>
        <translation>Step 2: Hand-in details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="63"/>
        <source>这些信息随每个文件存档，并打印在移交回执上。带 * 的项目必须填写。</source>
        <translation>These details are archived with every file and printed on the hand-in receipt. Items marked * are required.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="66"/>
        <source>人员与设备</source>
        <translation>People and device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="72"/>
        <source>输入姓名或执法证号查找</source>
        <translation>Type a name or badge no. to search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="73"/>
        <source>新增人员(&amp;P)…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="74"/>
        <source>新增人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="76"/>
        <source>取证人员 *(&amp;O)：</source>
        <translation>Rec&amp;orded by *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="76"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="81"/>
        <source>移交人(&amp;H)：</source>
        <translation>Handed &amp;in by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="81"/>
        <source>移交人</source>
        <translation>Handed in by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="84"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="86"/>
        <source>接收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="91"/>
        <source>输入序列号或资产编号查找</source>
        <translation>Type a serial or asset no. to search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="92"/>
        <source>新增设备(&amp;V)…</source>
        <translation>Ne&amp;w device…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="93"/>
        <source>新增设备</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="95"/>
        <source>来源设备 *(&amp;E)：</source>
        <translation>Source d&amp;evice *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="95"/>
        <source>来源设备</source>
        <translation>Source device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="99"/>
        <source>设备时钟偏差(&amp;G)：</source>
        <translation>&amp;Device clock offset:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="105"/>
        <source>取证人员是拍摄或录制的执法人员；移交人是把设备或存储卡交来的人，通常即取证人员；接收人是当前登录的保管员。每个文件都记录来源设备的类型和资产编号。</source>
        <translation>&quot;Recorded by&quot; is the officer who filmed or recorded; &quot;Handed in by&quot; is the person who brought in the device or card, usually the same officer; &quot;Received by&quot; is the clerk signed in now. Every file records the type and asset no. of its source device.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="110"/>
        <source>案件与执法活动</source>
        <translation>Case and enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="117"/>
        <source>例如：秦水罚〔2026〕31号</source>
        <translation>e.g. 秦水罚〔2026〕31号, as on the case file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="120"/>
        <source>案号(&amp;C)：</source>
        <translation>&amp;Case no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="120"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="122"/>
        <source>案号说明</source>
        <translation>Case no. note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="131"/>
        <source>执法活动(&amp;A)：</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="131"/>
        <source>执法活动</source>
        <translation>Enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="134"/>
        <source>活动结束时间(&amp;T)：</source>
        <translation>Activity end &amp;time:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="135"/>
        <source>填写活动结束时间</source>
        <translation>Give the activity&apos;s end time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="139"/>
        <source>活动结束时间</source>
        <translation>Activity end time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="140"/>
        <source>本机时间</source>
        <translation>This computer&apos;s local time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="145"/>
        <source>移交期限</source>
        <translation>Hand-in deadline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="148"/>
        <source>活动开始时间(&amp;R)：</source>
        <translation>Activity sta&amp;rt time:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="149"/>
        <source>填写活动开始时间</source>
        <translation>Enter the activity start time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="153"/>
        <source>活动开始时间</source>
        <translation>Activity start time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="154"/>
        <source>本机时间；须早于结束时间</source>
        <translation>This computer&apos;s local time; must be before the end time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="161"/>
        <source>例如：现场检查</source>
        <translation>e.g. On-site inspection</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="162"/>
        <source>活动类别(&amp;K)：</source>
        <translation>Activity &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="162"/>
        <source>活动类别</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="165"/>
        <source>例如：戴河下游左岸 K3+200</source>
        <translation>e.g. Dai River, lower reach, left bank K3+200</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="166"/>
        <source>取证地点(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="166"/>
        <source>取证地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="175"/>
        <source>来源概况</source>
        <translation>Source summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="176"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="241"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="262"/>
        <source>与取证人员相同</source>
        <translation>Same as the recording officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="287"/>
        <source>登记新的执法活动</source>
        <translation>New enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="339"/>
        <source>资产编号 %1</source>
        <translation>Asset no. %1</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="343"/>
        <source>结束时间未填</source>
        <translation>End time not given</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="343"/>
        <source>未分类</source>
        <translation>Uncategorized</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="375"/>
        <source>未填案号：按“未归档”保存，稍后可归入案件。</source>
        <translation>No case no.: stored as unfiled; it can be filed under a case later.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="422"/>
        <source>移交期限按所选的执法活动计算。</source>
        <translation>The hand-in deadline follows from the selected activity.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="426"/>
        <source>不填结束时间则不登记活动，移交期限为“未知”。</source>
        <translation>Without an end time no activity is registered and the hand-in deadline is &quot;Unknown&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="383"/>
        <source>案号“%1”尚未登记，导入时将新建此案件。</source>
        <translation>Case no. &quot;%1&quot; is not registered yet; the import will create this case.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="385"/>
        <source>已登记案件：%1</source>
        <translation>Registered case: %1</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="387"/>
        <source>已登记案件。</source>
        <translation>Registered case.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="432"/>
        <source>移交期限 %1；现在导入：%2</source>
        <translation>Hand-in deadline %1; if imported now: %2</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="470"/>
        <source>请从列表中选择取证人员（不在列表中的人员请先“新增人员”）。</source>
        <translation>Choose the recording officer from the list (for someone not listed, use &quot;New person&quot; first).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="472"/>
        <source>请从列表中选择移交人，或选“与取证人员相同”。</source>
        <translation>Choose who handed it in from the list, or &quot;Same as the recording officer&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="474"/>
        <source>请从列表中选择来源设备（未登记的设备请先“新增设备”）。</source>
        <translation>Choose the source device from the list (for a device not yet registered, use &quot;New device&quot; first).</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="94"/>
        <source>使用人：{0}</source>
        <translation>Holder: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="96"/>
        <source>自 {0}</source>
        <translation>Since {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="98"/>
        <source>应还 {0}</source>
        <translation>Due back {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="113"/>
        <source>{0} {1}，{2}</source>
        <translation>{0} {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="122"/>
        <source>设备操作</source>
        <translation>Device actions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="127"/>
        <source>没有可办理的操作</source>
        <translation>No actions available</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/card.py" line="130"/>
        <source>查看履历…</source>
        <translation>View history…</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="66"/>
        <source>新增设备</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="66"/>
        <source>编辑设备 {0}</source>
        <translation>Edit device {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="78"/>
        <source>设备类型 *(&amp;K)：</source>
        <translation>Device t&amp;ype *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="78"/>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="81"/>
        <source>序列号 *(&amp;S)：</source>
        <translation>&amp;Serial no. *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="81"/>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="83"/>
        <source>资产编号(&amp;A)：</source>
        <translation>&amp;Asset no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="83"/>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="85"/>
        <source>品牌(&amp;B)：</source>
        <translation>&amp;Brand:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="85"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="87"/>
        <source>型号(&amp;M)：</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="87"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="89"/>
        <source>（未指定）</source>
        <translation>(Not specified)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="94"/>
        <source>所属部门(&amp;D)：</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="94"/>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="103"/>
        <source>保管人(&amp;C)：</source>
        <translation>&amp;Custodian:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="103"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="105"/>
        <source>购置日期(&amp;P)：</source>
        <translation>&amp;Purchase date:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="105"/>
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="107"/>
        <source>启用日期(&amp;I)：</source>
        <translation>&amp;In service since:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="107"/>
        <source>启用日期</source>
        <translation>In service since</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="109"/>
        <source>元，例如 2800</source>
        <translation>yuan, e.g. 2800</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="110"/>
        <source>购置原价(&amp;R)：</source>
        <translation>Purchase p&amp;rice:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="110"/>
        <source>购置原价（元）</source>
        <translation>Purchase price (yuan)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="112"/>
        <source>功能</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="129"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="129"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="131"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="135"/>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="136"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="138"/>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="139"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/device_dialog.py" line="157"/>
        <source>请从列表中选择保管人，或清空此项。</source>
        <translation>Choose the custodian from the list, or clear this field.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="62"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="68"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="79"/>
        <source>把设备卡片拖到另一栏，或选中卡片后按菜单键（Shift+F10）办理领用、归还、故障、封存等。</source>
        <translation>Drag a device card to another column, or select a card and press the Menu key (Shift+F10) to check it out, return it, report a fault, seal it and so on.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="91"/>
        <source>设备页面</source>
        <translation>Devices page</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="92"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="93"/>
        <source>设备登记</source>
        <translation>Device register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="94"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="95"/>
        <source>配备比例</source>
        <translation>Staffing ratios</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="152"/>
        <source>设备的领用、归还和处置由保管员办理；当前账户只能查看。</source>
        <translation>Devices are checked out, returned and disposed of by the custodian; this account can only view.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="156"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="157"/>
        <source>不能把{0}的设备 {1} 直接移到“{2}”。此状态下可办理：{3}。</source>
        <translation>Device {1} ({0}) cannot be moved directly to &quot;{2}&quot;. Possible in this state: {3}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="164"/>
        <source>选择操作</source>
        <translation>Choose action</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="201"/>
        <source>已为设备 {0} 办理{1}，现{2}。</source>
        <translation>{1} done for device {0}; it is now {2}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="205"/>
        <source>购置原价未登记</source>
        <translation>Purchase price not registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="206"/>
        <source>{0:,.2f} 元</source>
        <translation>{0:,.2f} yuan</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/devices_page.py" line="207"/>
        <source>已为设备 {0} 登记遗失/损坏。赔偿责任人：{1}，按原价赔偿：{2}。</source>
        <translation>Loss/damage registered for device {0}. Liable: {1}; compensation at the original price: {2}.</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="139"/>
        <source>停用账户 — {0}</source>
        <translation>Disable account — {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="142"/>
        <source>例如：调离本单位</source>
        <translation>e.g. Transferred out of the unit</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="143"/>
        <source>停用原因(&amp;R)：</source>
        <translation>&amp;Reason for disabling:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="143"/>
        <source>停用原因</source>
        <translation>Reason for disabling</translation>
    </message>
</context>
<context>
    <name>DiscNames</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="9"/>
        <source>证据光盘</source>
        <translation>Evidence disc</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="10"/>
        <source>长期保存光盘</source>
        <translation>Long-term retention disc</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="11"/>
        <source>复制光盘</source>
        <translation>Copy disc</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="14"/>
        <source>未归档</source>
        <translation>Not filed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="15"/>
        <source>附卷</source>
        <translation>Attached to case file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="16"/>
        <source>档案室保存</source>
        <translation>Kept in records room</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/names.py" line="17"/>
        <source>已交付</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>DiscsPage</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="59"/>
        <source>按案号查找，如：秦水罚〔2026〕31号</source>
        <translation>Find by case no., e.g. 秦水罚〔2026〕31号</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="60"/>
        <source>按案号查找光盘</source>
        <translation>Find discs by case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="68"/>
        <source>制作光盘组(&amp;N)…</source>
        <translation>&amp;New disc set…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="68"/>
        <source>制作光盘组</source>
        <translation>Make a disc set</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="70"/>
        <source>复制到U盘或文件夹(&amp;U)…</source>
        <translation>Copy to &amp;USB drive or folder…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="70"/>
        <source>复制到U盘或文件夹</source>
        <translation>Copy to USB drive or folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="77"/>
        <source>光盘编号</source>
        <translation>Disc no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="77"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="77"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="77"/>
        <source>案件名称</source>
        <translation>Case name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="78"/>
        <source>制作时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="78"/>
        <source>制作人</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="78"/>
        <source>提取人</source>
        <translation>Extractor</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="78"/>
        <source>介质</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="79"/>
        <source>张数</source>
        <translation>Discs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="79"/>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="79"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="79"/>
        <source>光盘组</source>
        <translation>Disc sets</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="81"/>
        <source>光盘</source>
        <translation>Disc</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="81"/>
        <source>副本</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="81"/>
        <source>存放</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="81"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="82"/>
        <source>登记</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="82"/>
        <source>最近校验</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="82"/>
        <source>校验结果</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="82"/>
        <source>光盘副本</source>
        <translation>Disc copies</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="91"/>
        <source>附卷情况</source>
        <translation>Attached to case file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="93"/>
        <source>登记存放(&amp;F)…</source>
        <translation>Register &amp;filing…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="93"/>
        <source>登记副本存放位置</source>
        <translation>Register where the copy is kept</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="94"/>
        <source>校验映像文件(&amp;I)…</source>
        <translation>Verify &amp;image file…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="94"/>
        <source>校验光盘映像文件</source>
        <translation>Verify a disc image file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="96"/>
        <source>校验光驱或文件夹(&amp;D)…</source>
        <translation>Verify &amp;drive or folder…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="96"/>
        <source>校验光驱或文件夹</source>
        <translation>Verify a disc drive or folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="98"/>
        <source>刻录(&amp;B)</source>
        <translation>&amp;Burn</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="98"/>
        <source>刻录所选副本</source>
        <translation>Burn the selected copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="99"/>
        <source>打印标签（A4）</source>
        <translation>Print labels (A4)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="99"/>
        <source>打印光盘标签 A4 标签纸</source>
        <translation>Print disc labels on A4 label sheets</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="101"/>
        <source>打印标签（光盘）</source>
        <translation>Print labels (on disc)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="101"/>
        <source>打印光盘标签 直接打印光盘</source>
        <translation>Print disc labels directly onto the disc</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="103"/>
        <source>打印封套</source>
        <translation>Print sleeve</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="103"/>
        <source>打印所选副本的封套</source>
        <translation>Print the sleeve for the selected copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="104"/>
        <source>打印文字说明</source>
        <translation>Print written description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="104"/>
        <source>打印文字说明材料</source>
        <translation>Print the written description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="116"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="117"/>
        <source>取消正在进行的工作</source>
        <translation>Cancel the work in progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="122"/>
        <source>光盘页提示</source>
        <translation>Discs page message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="126"/>
        <source>证据光盘</source>
        <translation>Evidence discs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="127"/>
        <source>复制为光盘后附卷（000§14、003§21）；长期保存的光盘一式两份，两份分别校验通过后光盘组才完成（002§16）。</source>
        <translation>Recordings are copied to disc and attached to the case file (000§14, 003§21); for long-term retention the discs are made in two copies, and a disc set is complete only when both copies have passed verification (002§16).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="170"/>
        <source>映像与文字说明保存在：{0}</source>
        <translation>Images and written descriptions are saved in: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="182"/>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="183"/>
        <source>未完成 ({0}/{1})</source>
        <translation>Incomplete ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="207"/>
        <source>未校验</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="210"/>
        <source>通过 {0}/{1}</source>
        <translation>Passed {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="210"/>
        <source>未通过 {0}/{1}</source>
        <translation>Failed {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="214"/>
        <source>第 {0}/{1} 张</source>
        <translation>Disc {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="218"/>
        <source>共校验 {0} 次；最近一次读取：{1}
{2}</source>
        <translation>Verified {0} time(s); last read from: {1}
{2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="237"/>
        <source>案件 {0}：{1} 条资料尚无校验通过并附卷的光盘（资料编号 {2}）。</source>
        <translation>Case {0}: {1} recording(s) have no verified disc attached to the case file yet (recordings {2}).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="240"/>
        <source>案件 {0}：全部资料都有校验通过并附卷的光盘。</source>
        <translation>Case {0}: every recording has a verified disc attached to the case file.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="268"/>
        <source>{0} 第 {1}/{2} 张 副本 {3}</source>
        <translation>{0} disc {1}/{2} copy {3}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="299"/>
        <source>正在复制资料</source>
        <translation>Copying recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="299"/>
        <source>正在生成光盘映像</source>
        <translation>Creating disc images</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="300"/>
        <source>正在校验</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="310"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="335"/>
        <source>已取消，未记录任何内容；已写出的部分已删除。</source>
        <translation>Cancelled; nothing was recorded, and anything already written has been deleted.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="339"/>
        <source>出现意外错误：{0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="364"/>
        <source>光盘组 {0} 已制作：{1} 张光盘映像已读回核对，保存在 {2}。请刻录各份光盘，并逐份校验。</source>
        <translation>Disc set {0} made: {1} disc image(s) read back and checked, saved in {2}. Burn each copy and verify them one by one.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="382"/>
        <source>已复制 {0} 个文件（共 {1}）到 {2}，接收人 {3}。每个文件均已从目标读回，SHA-256 与档案库一致；已记入复制记录。</source>
        <translation>Copied {0} file(s) ({1} in all) to {2}, received by {3}. Every file was read back from the target and matches the archive&apos;s SHA-256; entered in the copy log.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="403"/>
        <source>选择光驱或光盘文件夹</source>
        <translation>Choose a disc drive or disc folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="405"/>
        <source>选择光盘映像</source>
        <translation>Choose a disc image</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="406"/>
        <source>光盘映像 (*.iso)</source>
        <translation>Disc images (*.iso)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="419"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="421"/>
        <source>{0}：{1}
{2}</source>
        <translation>{0}: {1}
{2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="434"/>
        <source>{0} 已在 {1} 刻录完成，请放入光驱校验。</source>
        <translation>{0} has been burned in {1}. Put it in a drive to verify it.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/discs_page.py" line="441"/>
        <source>已生成并打开以预览和打印：{0}</source>
        <translation>Created and opened for preview and printing: {0}</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="41"/>
        <source>{0}（{1} 字节）</source>
        <translation>{0} ({1} bytes)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="46"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="50"/>
        <source>逾期 {0} 小时</source>
        <translation>{0} h late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="51"/>
        <source>逾期 {0} 分钟</source>
        <translation>{0} min late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="52"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="57"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="63"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="63"/>
        <source>音频</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="63"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="67"/>
        <source>照相机</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="67"/>
        <source>录音机</source>
        <translation>Audio recorder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="67"/>
        <source>摄像机</source>
        <translation>Camcorder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="68"/>
        <source>执法记录仪</source>
        <translation>Body-worn camera</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="68"/>
        <source>手持执法终端</source>
        <translation>Handheld enforcement terminal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="69"/>
        <source>视频监控</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="69"/>
        <source>音像资料采集存储设备</source>
        <translation>Recording storage device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="73"/>
        <source>取自文件元数据</source>
        <translation>from file metadata</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="73"/>
        <source>取自文件名</source>
        <translation>from the file name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="74"/>
        <source>取自文件修改时间</source>
        <translation>from the file&apos;s modified time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="77"/>
        <source>已完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="77"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="77"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="78"/>
        <source>中断</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="82"/>
        <source>重大案件</source>
        <translation>Major case</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="82"/>
        <source>阻碍执法</source>
        <translation>Obstruction</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="83"/>
        <source>突发或纠纷</source>
        <translation>Emergency or dispute</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="83"/>
        <source>其他重大</source>
        <translation>Other major matter</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="84"/>
        <source>行政处罚</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="86"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="91"/>
        <source>建立档案库</source>
        <translation>Archive created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="92"/>
        <source>开始导入</source>
        <translation>Import started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="93"/>
        <source>导入入库</source>
        <translation>File imported</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="94"/>
        <source>再次导入（内容相同，未重复保存）</source>
        <translation>Imported again (same content, not stored twice)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="95"/>
        <source>拒收文件</source>
        <translation>File rejected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="96"/>
        <source>跳过非资料文件</source>
        <translation>Non-recording file skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="97"/>
        <source>导入结束</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="98"/>
        <source>导入被中断</source>
        <translation>Import interrupted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="99"/>
        <source>核验导入批次</source>
        <translation>Import batch verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="100"/>
        <source>登记执法活动</source>
        <translation>Activity registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="101"/>
        <source>新建案件</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="102"/>
        <source>修改案件信息</source>
        <translation>Case details changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="103"/>
        <source>新建部门</source>
        <translation>Department created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="104"/>
        <source>登记人员</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="105"/>
        <source>登记设备</source>
        <translation>Device registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="106"/>
        <source>新建用户</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="107"/>
        <source>修改用户账户</source>
        <translation>User account changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="108"/>
        <source>管理员重设密码</source>
        <translation>Password reset by administrator</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="109"/>
        <source>解除账户锁定</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="110"/>
        <source>停用用户账户</source>
        <translation>User account disabled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="111"/>
        <source>启用用户账户</source>
        <translation>User account enabled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="112"/>
        <source>修改本人密码</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="113"/>
        <source>修改密码时原密码核验通过</source>
        <translation>Old password verified for a password change</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="114"/>
        <source>修改密码时原密码错误</source>
        <translation>Wrong old password at a password change</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="115"/>
        <source>账户锁定，拒绝修改密码</source>
        <translation>Password change refused: account locked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="116"/>
        <source>登录</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="117"/>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="118"/>
        <source>账户锁定，拒绝登录</source>
        <translation>Sign-in refused: account locked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="119"/>
        <source>注销</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="120"/>
        <source>开始播放</source>
        <translation>Playback started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="121"/>
        <source>结束播放</source>
        <translation>Playback ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="122"/>
        <source>添加标记</source>
        <translation>Marker added</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="123"/>
        <source>截取图片</source>
        <translation>Snapshot taken</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="124"/>
        <source>填写评查表</source>
        <translation>Review form filled in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="125"/>
        <source>标记资料中的问题</source>
        <translation>Problem flagged in a recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="126"/>
        <source>归入案件</source>
        <translation>Filed under a case</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="127"/>
        <source>校验档案库</source>
        <translation>Archive verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="128"/>
        <source>校验发现被篡改</source>
        <translation>Verification found an altered file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="129"/>
        <source>校验发现缺失</source>
        <translation>Verification found a missing file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="130"/>
        <source>登记调阅申请</source>
        <translation>Access request registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="131"/>
        <source>审批调阅申请</source>
        <translation>Access request decided</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="132"/>
        <source>授权调阅</source>
        <translation>Access granted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="133"/>
        <source>授权到期</source>
        <translation>Grant expired</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="134"/>
        <source>撤销授权</source>
        <translation>Grant revoked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="135"/>
        <source>开始查阅（登记）</source>
        <translation>Viewing started (registered)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="136"/>
        <source>结束查阅</source>
        <translation>Viewing ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="137"/>
        <source>审批人身份核验通过</source>
        <translation>Approver identity verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="138"/>
        <source>审批人身份核验失败</source>
        <translation>Approver identity verification failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="139"/>
        <source>审批人账户锁定</source>
        <translation>Approver account locked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="140"/>
        <source>清除审批身份核验通过</source>
        <translation>Disposal approver identity verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="141"/>
        <source>清除审批身份核验失败</source>
        <translation>Disposal approver identity verification failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="142"/>
        <source>清除审批账户锁定</source>
        <translation>Disposal approver account locked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="143"/>
        <source>说明审批身份核验通过</source>
        <translation>Statement approver identity verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="144"/>
        <source>说明审批身份核验失败</source>
        <translation>Statement approver identity verification failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="145"/>
        <source>说明审批账户锁定</source>
        <translation>Statement approver account locked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="146"/>
        <source>更改设置</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="147"/>
        <source>打印文书</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="148"/>
        <source>修改部门信息</source>
        <translation>Department details changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="149"/>
        <source>修改设备登记</source>
        <translation>Device registration changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="150"/>
        <source>设备领用</source>
        <translation>Device checked out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="151"/>
        <source>设备交接</source>
        <translation>Device handed over</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="152"/>
        <source>设备归还</source>
        <translation>Device returned</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="153"/>
        <source>设备故障登记</source>
        <translation>Device fault reported</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="154"/>
        <source>设备送修</source>
        <translation>Device sent for repair</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="155"/>
        <source>设备恢复使用</source>
        <translation>Device back in service</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="156"/>
        <source>设备遗失</source>
        <translation>Device lost</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="157"/>
        <source>设备找回</source>
        <translation>Device found</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="158"/>
        <source>设备损坏</source>
        <translation>Device damaged</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="159"/>
        <source>设备保养</source>
        <translation>Device maintenance</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="160"/>
        <source>设备封存</source>
        <translation>Device sealed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="161"/>
        <source>设备启封</source>
        <translation>Device unsealed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="162"/>
        <source>设备销毁</source>
        <translation>Device destroyed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="163"/>
        <source>已清除设备存储</source>
        <translation>Device storage cleared</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="164"/>
        <source>制作证据光盘</source>
        <translation>Evidence disc made</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="165"/>
        <source>复制到U盘或文件夹</source>
        <translation>Copied to USB drive or folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="166"/>
        <source>复制到U盘或文件夹失败</source>
        <translation>Copy to USB drive or folder failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="167"/>
        <source>取消复制到U盘或文件夹</source>
        <translation>Copy to USB drive or folder cancelled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="168"/>
        <source>制作光盘失败</source>
        <translation>Disc making failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="169"/>
        <source>取消制作光盘</source>
        <translation>Disc making cancelled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="170"/>
        <source>重建光盘映像</source>
        <translation>Disc images rebuilt</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="171"/>
        <source>重建光盘映像失败</source>
        <translation>Disc image rebuild failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="172"/>
        <source>光盘归档</source>
        <translation>Disc filed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="173"/>
        <source>光盘核验</source>
        <translation>Disc verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="174"/>
        <source>刻录光盘</source>
        <translation>Disc burned</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="175"/>
        <source>刻录光盘失败</source>
        <translation>Disc burn failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="176"/>
        <source>设置案件保存情形</source>
        <translation>Case retention grounds set</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="177"/>
        <source>设置案卷保存期限</source>
        <translation>Case file retention period set</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="178"/>
        <source>标记永久保存</source>
        <translation>Marked for permanent retention</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="179"/>
        <source>标记长期保存</source>
        <translation>Marked for long-term retention</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="180"/>
        <source>标记作为证据使用</source>
        <translation>Marked as used as evidence</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="181"/>
        <source>保全</source>
        <translation>Hold placed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="182"/>
        <source>解除保全</source>
        <translation>Hold released</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="183"/>
        <source>到期资料保存意义评估</source>
        <translation>Expired recording assessed for retention value</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="184"/>
        <source>提出清除处理</source>
        <translation>Disposal proposed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="185"/>
        <source>不同意清除</source>
        <translation>Disposal refused</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="186"/>
        <source>清除资料（保留销毁记录）</source>
        <translation>Recording disposed of (tombstone kept)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="187"/>
        <source>标注音像记录事项</source>
        <translation>Recording checklist matter marked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="188"/>
        <source>登记中断/未记录说明</source>
        <translation>Interruption/no-recording statement registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="189"/>
        <source>批准中断/未记录说明</source>
        <translation>Interruption/no-recording statement approved</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="190"/>
        <source>退回中断/未记录说明</source>
        <translation>Interruption/no-recording statement returned</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="191"/>
        <source>抽取抽查样本</source>
        <translation>Spot check sample drawn</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="192"/>
        <source>抽查评分</source>
        <translation>Spot check scored</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="193"/>
        <source>记录检查发现</source>
        <translation>Finding recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="194"/>
        <source>确定问题处理结果</source>
        <translation>Finding outcome decided</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="195"/>
        <source>记录不定期检查</source>
        <translation>Unannounced inspection recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="196"/>
        <source>记录年度评查</source>
        <translation>Yearly review recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="197"/>
        <source>开始备份</source>
        <translation>Backup started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="198"/>
        <source>备份结束</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="199"/>
        <source>从备份恢复</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="200"/>
        <source>从备份补回原始文件</source>
        <translation>Missing originals restored from backup</translation>
    </message>
</context>
<context>
    <name>DisposalDecisionDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="128"/>
        <source>审批第 {0} 号清除申请</source>
        <translation>Decide disposal request {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="128"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="132"/>
        <source>清除申请</source>
        <translation>Disposal request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="138"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="146"/>
        <source>批准后，原始文件将从存储中删除，只保留清除记录（哈希、案件、拍摄时间、理由、提出人、批准人、日期）。须由{0}本人输入自己的用户名和密码。</source>
        <translation>Once approved, the original is deleted from storage and only a tombstone is kept (hash, case, time recorded, reason, requested by, approved by, date). {0} must enter their own user name and password in person.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="152"/>
        <source>批准清除</source>
        <translation>Approve disposal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="153"/>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="157"/>
        <source>不同意时必填</source>
        <translation>Required when refusing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="148"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="148"/>
        <source>审批人用户名</source>
        <translation>Approver&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="149"/>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="149"/>
        <source>审批人密码</source>
        <translation>Approver&apos;s password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="158"/>
        <source>审批意见(&amp;D)：</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="158"/>
        <source>审批决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="159"/>
        <source>意见说明(&amp;C)：</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="159"/>
        <source>意见说明</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="23"/>
        <source>封存设备</source>
        <translation>Seal device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="23"/>
        <source>销毁设备</source>
        <translation>Destroy device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="23"/>
        <source>启封设备</source>
        <translation>Unseal device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="25"/>
        <source>例如：主板损坏，经鉴定无维修价值</source>
        <translation>e.g. mainboard broken, assessed as not worth repairing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="26"/>
        <source>理由 *(&amp;R)：</source>
        <translation>&amp;Reason *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="26"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="29"/>
        <source>销毁不可撤销。设备被领用中或存有尚未导入的音像资料时不能销毁。</source>
        <translation>Destruction cannot be undone. A device cannot be destroyed while it is checked out or holds recordings not yet imported.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="33"/>
        <source>设备启用不满最低使用年限时必填</source>
        <translation>Required if the device has been in service for less than its minimum service life</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="35"/>
        <source>启封由系统管理员办理，设备回到“在库”。</source>
        <translation>Unsealing is done by the system administrator; the device goes back to &quot;In stock&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="39"/>
        <source>提前报废原因(&amp;Y)：</source>
        <translation>Reason for earl&amp;y retirement:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="39"/>
        <source>提前报废原因</source>
        <translation>Reason for early retirement</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="40"/>
        <source>审批人当面办理</source>
        <translation>Approver, in person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="42"/>
        <source>由主管领导或办公室主任本人在下方输入自己的用户名和密码。</source>
        <translation>The supervising leader or the office director enters their own user name and password below.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="43"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="43"/>
        <source>审批人用户名</source>
        <translation>Approver&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="43"/>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="44"/>
        <source>审批人密码</source>
        <translation>Approver&apos;s password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="52"/>
        <source>封存</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="52"/>
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/disposal_dialog.py" line="52"/>
        <source>启封</source>
        <translation>Unseal</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="34"/>
        <source>只看待处理(&amp;U)</source>
        <translation>Only &amp;unresolved</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="35"/>
        <source>只看应录未录、未说明的中断、待审核和未双人携带</source>
        <translation>Show only activities that should have been recorded, unexplained interruptions, pending reviews and no two-person carry</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="36"/>
        <source>登记执法活动(&amp;A)…</source>
        <translation>Register &amp;activity…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="37"/>
        <source>登记执法活动</source>
        <translation>Register enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="38"/>
        <source>登记中断说明(&amp;G)…</source>
        <translation>Re&amp;gister interruption statement…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="39"/>
        <source>为所选活动登记中断说明</source>
        <translation>Register an interruption statement for the selected activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="42"/>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="55"/>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="42"/>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="42"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="42"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="43"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="43"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="43"/>
        <source>结束时间</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="43"/>
        <source>资料</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="44"/>
        <source>记录情况</source>
        <translation>Recording status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="44"/>
        <source>未录时长</source>
        <translation>Unrecorded time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="45"/>
        <source>双人携带</source>
        <translation>Two-person carry</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="44"/>
        <source>活动结束后录制</source>
        <translation>Recorded after end</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="45"/>
        <source>记录义务</source>
        <translation>Recording duty</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="45"/>
        <source>未录明细</source>
        <translation>Unrecorded parts</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="46"/>
        <source>须记录或有音像资料的执法活动</source>
        <translation>Enforcement activities to be recorded or with recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="48"/>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="123"/>
        <source>待审核</source>
        <translation>Review pending</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="49"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="50"/>
        <source>说明状态(&amp;S)：</source>
        <translation>&amp;Statement status:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="52"/>
        <source>说明状态</source>
        <translation>Statement status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="53"/>
        <source>审核所选说明(&amp;R)…</source>
        <translation>&amp;Review selected statement…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="54"/>
        <source>审批人当面审核所选说明</source>
        <translation>Approver reviews the selected statement in person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="55"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="55"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="55"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="56"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="56"/>
        <source>停止</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="56"/>
        <source>恢复</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="56"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="57"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="57"/>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="57"/>
        <source>审核时间</source>
        <translation>Reviewed at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="57"/>
        <source>审核意见</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="58"/>
        <source>中断说明列表</source>
        <translation>Interruption statement list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="59"/>
        <source>记录义务提示</source>
        <translation>Recording duty message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="68"/>
        <source>中断说明和未记录说明</source>
        <translation>Interruption and non-recording statements</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="91"/>
        <source>完整记录</source>
        <translation>Fully recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="91"/>
        <source>有中断（已说明）</source>
        <translation>Interrupted (explained)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="92"/>
        <source>有中断（未说明）</source>
        <translation>Interrupted (not explained)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="92"/>
        <source>不记录（已审核）</source>
        <translation>Not recorded (reviewed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="93"/>
        <source>不记录（待审核）</source>
        <translation>Not recorded (review pending)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="93"/>
        <source>应录未录</source>
        <translation>Should have been recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="94"/>
        <source>视情况记录（不要求全程）</source>
        <translation>Record as appropriate (full coverage not required)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="95"/>
        <source>不在清单内（未判定）</source>
        <translation>Not on the list (not assessed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="99"/>
        <source>须全程记录</source>
        <translation>Must be fully recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="99"/>
        <source>视情况记录</source>
        <translation>Record as appropriate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="100"/>
        <source>不在清单内</source>
        <translation>Not on the list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="106"/>
        <source>开头未录 {0}</source>
        <translation>Start not recorded: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="108"/>
        <source>中断 {0} 次共 {1}</source>
        <translation>{0} interruption(s), {1} in all</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="110"/>
        <source>结尾未录 {0}</source>
        <translation>End not recorded: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="112"/>
        <source>活动结束后录制 {0} 段</source>
        <translation>{0} segment(s) recorded after the end</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="113"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="117"/>
        <source>未双人携带</source>
        <translation>No two-person carry</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="119"/>
        <source>未指明记录人</source>
        <translation>Recorder not named</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="120"/>
        <source>记录人：{0}</source>
        <translation>Recorder: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="123"/>
        <source>已审核备案</source>
        <translation>Reviewed and filed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="124"/>
        <source>不予认可</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="130"/>
        <source>{0} 秒</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="132"/>
        <source>{0} 小时 {1} 分</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="132"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="148"/>
        <source>{0} 段</source>
        <translation>{0} segment(s)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="157"/>
        <source>中断记录</source>
        <translation>Interrupted recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="157"/>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="165"/>
        <source>所选时段内须记录或有音像资料的执法活动 {0} 次，应录未录、中断未说明或待审核 {1} 次。</source>
        <translation>In the selected period: {0} enforcement activities to be recorded or with recordings; {1} should have been recorded, have an unexplained interruption or await review.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="169"/>
        <source>未双人携带或未指明记录人 {0} 次。</source>
        <translation> No two-person carry or recorder not named: {0}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="172"/>
        <source>已登记。</source>
        <translation>Registered. </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="189"/>
        <source>请先在上方列表中选择执法活动。</source>
        <translation>First choose an enforcement activity in the list above.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/duty_tab.py" line="198"/>
        <source>请先选择要审核的说明。</source>
        <translation>First choose the statement to review.</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="16"/>
        <source>故障登记</source>
        <translation>Register fault</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="17"/>
        <source>例如：开机后无法录像，屏幕提示存储卡错误</source>
        <translation>e.g. does not record after power-on; the screen shows a memory card error</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="18"/>
        <source>故障描述 *(&amp;D)：</source>
        <translation>Fault &amp;description *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="18"/>
        <source>故障描述</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="20"/>
        <source>设备管理员（000§12）</source>
        <translation>Device administrator (000§12)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="21"/>
        <source>单位负责人（001§16）</source>
        <translation>Head of unit (001§16)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="22"/>
        <source>报告对象(&amp;T)：</source>
        <translation>Report &amp;to:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="22"/>
        <source>报告对象</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="24"/>
        <source>发现时间(&amp;W)：</source>
        <translation>&amp;When found:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="24"/>
        <source>发现故障的时间</source>
        <translation>Time the fault was found</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="25"/>
        <source>有故障的设备应停止使用，不得自行拆装或更换部件（000§12）。</source>
        <translation>A faulty device must be taken out of use; do not take it apart or replace parts yourself (000§12).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="29"/>
        <source>登记故障</source>
        <translation>Register fault</translation>
    </message>
</context>
<context>
    <name>FileCopyDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="24"/>
        <source>登记存放：{0}</source>
        <translation>Register storage: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="34"/>
        <source>存放方式(&amp;P)：</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="34"/>
        <source>存放方式</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="35"/>
        <source>位置(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="35"/>
        <source>存放位置</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="36"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="36"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="37"/>
        <source>登记存放提示</source>
        <translation>Storage registration message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="39"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="40"/>
        <source>登记存放</source>
        <translation>Register storage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="41"/>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="42"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="52"/>
        <source>案卷及卷号，如：秦水罚〔2026〕31号 第 2 卷</source>
        <translation>Case file and volume, e.g. 秦水罚〔2026〕31号, volume 2</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="53"/>
        <source>档案柜及格位，如：档案室 2 号柜 第 3 层</source>
        <translation>Cabinet and shelf, e.g. records room, cabinet 2, shelf 3</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/file_copy_dialog.py" line="54"/>
        <source>接收人姓名及单位</source>
        <translation>Recipient&apos;s name and organization</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="50"/>
        <source>第 3 步：核对文件</source>
        <translation>Step 3: Check the files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="51"/>
        <source>以下是来源中找到的全部文件。视频、音频和照片将存入档案库；系统附属文件将跳过；无法识别的文件将被拒收并说明原因。</source>
        <translation>These are all the files found in the source. Video, audio and photos go into the archive; system files are skipped; files that cannot be recognized are rejected, with the reason.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="54"/>
        <source>扫描状态</source>
        <translation>Scan status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="57"/>
        <source>扫描进度</source>
        <translation>Scan progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="62"/>
        <source>文件清单(&amp;L)</source>
        <translation>File &amp;list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="63"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="63"/>
        <source>所在文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="63"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="63"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="64"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="64"/>
        <source>文件清单</source>
        <translation>File list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="69"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="98"/>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="121"/>
        <source>正在读取来源…</source>
        <translation>Reading the source…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="103"/>
        <source>共 %1 个文件：视频 %2，音频 %3，照片 %4，将跳过 %5，无法识别 %6；待导入 %7。</source>
        <translation>%1 files: %2 video, %3 audio, %4 photo, %5 to skip, %6 not recognized; %7 to import.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="143"/>
        <source>正在读取来源… 已检查 %1 / %2 个文件</source>
        <translation>Reading the source… %1 of %2 files checked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/files_page.py" line="154"/>
        <source>无法读取来源：%1</source>
        <translation>Cannot read the source: %1</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="45"/>
        <source>登记发现的问题</source>
        <translation>Register finding</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="45"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="47"/>
        <source>资料 #{0} {1}，执法人员 {2}</source>
        <translation>Recording #{0} {1}, officer {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="49"/>
        <source>问题涉及的资料</source>
        <translation>Recording concerned</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="56"/>
        <source>问题类型(&amp;K)：</source>
        <translation>&amp;Kind of finding:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="56"/>
        <source>问题类型</source>
        <translation>Kind of finding</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="57"/>
        <source>处理结果(&amp;O)：</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="57"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="58"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="58"/>
        <source>问题说明</source>
        <translation>Finding details</translation>
    </message>
</context>
<context>
    <name>FindingNames</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="19"/>
        <source>未按规定记录</source>
        <translation>Not recorded as required</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="19"/>
        <source>删除、修改音像资料</source>
        <translation>Recordings deleted or altered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="20"/>
        <source>转借、交由他人使用设备</source>
        <translation>Device lent or given to others</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="20"/>
        <source>泄露音像资料</source>
        <translation>Recordings leaked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="21"/>
        <source>弄虚作假、剪辑</source>
        <translation>Falsified or edited</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="21"/>
        <source>与工作无关的使用</source>
        <translation>Non-work use</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="22"/>
        <source>保管不善致损坏、丢失</source>
        <translation>Damaged or lost through poor care</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="22"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="25"/>
        <source>批评教育</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="25"/>
        <source>书面检查</source>
        <translation>Written self-criticism</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="26"/>
        <source>全局通报批评</source>
        <translation>Bureau-wide notice of criticism</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="26"/>
        <source>取消当年评优评先资格</source>
        <translation>Excluded from this year&apos;s awards</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="27"/>
        <source>行政处分</source>
        <translation>Administrative sanction</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="27"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="30"/>
        <source>抽查</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="30"/>
        <source>督导检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="30"/>
        <source>评查标记</source>
        <translation>Review flag</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/finding_dialog.py" line="31"/>
        <source>直接登记</source>
        <translation>Entered directly</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="56"/>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="68"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="57"/>
        <source>执法人员(&amp;O)：</source>
        <translation>&amp;Officers:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="60"/>
        <source>全部问题</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="61"/>
        <source>只看待处理</source>
        <translation>Pending only</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="62"/>
        <source>显示哪些问题</source>
        <translation>Which findings to show</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="63"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="64"/>
        <source>查询问题清单</source>
        <translation>Query the findings list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="65"/>
        <source>确定处理结果(&amp;D)…</source>
        <translation>&amp;Decide outcome…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="66"/>
        <source>确定所选问题的处理结果</source>
        <translation>Decide the outcome of the selected finding</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="68"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="68"/>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="68"/>
        <source>问题类型</source>
        <translation>Kind of finding</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="69"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="69"/>
        <source>资料</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="69"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="69"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="70"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="70"/>
        <source>问题清单</source>
        <translation>Findings list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="74"/>
        <source>问题合计</source>
        <translation>Findings total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="75"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="115"/>
        <source>全部人员</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="127"/>
        <source>共 {0} 个问题，其中待处理 {1} 个。</source>
        <translation>{0} finding(s), {1} pending.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="142"/>
        <source>已确定第 {0} 号问题的处理结果。</source>
        <translation>Outcome of finding {0} decided.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="152"/>
        <source>标记问题</source>
        <translation>Flag a problem</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="154"/>
        <source>语言、行为不文明</source>
        <translation>Uncivil language or conduct</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="154"/>
        <source>与工作无关内容</source>
        <translation>Content unrelated to work</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="155"/>
        <source>选择性录制、事后补录或剪辑迹象</source>
        <translation>Signs of selective, after-the-event or edited recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="157"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="159"/>
        <source>时:分:秒，默认为播放器当前位置</source>
        <translation>hh:mm:ss; the player&apos;s current position by default</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="163"/>
        <source>问题(&amp;K)：</source>
        <translation>Problem &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="163"/>
        <source>问题类型</source>
        <translation>Problem kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="164"/>
        <source>时间点(&amp;T)：</source>
        <translation>&amp;Time point:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="164"/>
        <source>时间点</source>
        <translation>Time point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="165"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="165"/>
        <source>问题说明</source>
        <translation>Problem details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="169"/>
        <source>提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="172"/>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="173"/>
        <source>记为问题</source>
        <translation>Flag problem</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="174"/>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="175"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="188"/>
        <source>时间点应写作“时:分:秒”，例如 00:03:10。</source>
        <translation>Write the time point as &quot;hh:mm:ss&quot;, e.g. 00:03:10.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="58"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="64"/>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="65"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GapApprovalDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="252"/>
        <source>审核第 {0} 号说明</source>
        <translation>Review statement {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="252"/>
        <source>确认审核</source>
        <translation>Confirm review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="255"/>
        <source>第 {0} 号活动（{1}）
依据：{2}
原因：{3}
登记人：{4}</source>
        <translation>Activity {0} ({1})
Basis: {2}
Reason: {3}
Registered by: {4}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="259"/>
        <source>说明内容</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="265"/>
        <source>同意备案</source>
        <translation>Accept and file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="266"/>
        <source>不予认可</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="261"/>
        <source>审批人用户名(&amp;L)：</source>
        <translation>&amp;Approver&apos;s user name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="261"/>
        <source>审批人用户名</source>
        <translation>Approver&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="262"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="262"/>
        <source>审批人密码</source>
        <translation>Approver&apos;s password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="268"/>
        <source>审核意见(&amp;D)：</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="268"/>
        <source>审核意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="269"/>
        <source>意见或理由(&amp;C)：</source>
        <translation>&amp;Comment or reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="269"/>
        <source>意见或理由</source>
        <translation>Comment or reason</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="202"/>
        <source>登记第 {0} 号活动的中断说明</source>
        <translation>Register an interruption statement for activity {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="202"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="205"/>
        <source>中断记录（停止使用后续录或未能恢复）</source>
        <translation>Recording interrupted (resumed after a stop, or could not resume)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="206"/>
        <source>未记录（整个活动未录）</source>
        <translation>Not recorded (the whole activity went unrecorded)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="209"/>
        <source>写明无法记录的原因和依据（工作记录）</source>
        <translation>State why recording was not possible and on what basis (work record)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="214"/>
        <source>未能恢复记录(&amp;N)</source>
        <translation>Recording could &amp;not resume</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="215"/>
        <source>未能恢复记录</source>
        <translation>Recording could not resume</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="216"/>
        <source>说明类型(&amp;K)：</source>
        <translation>Statement &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="216"/>
        <source>说明类型</source>
        <translation>Statement kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="217"/>
        <source>依据(&amp;G)：</source>
        <translation>&amp;Grounds:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="217"/>
        <source>依据</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="218"/>
        <source>原因和依据(&amp;R)：</source>
        <translation>&amp;Reason and grounds:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="218"/>
        <source>原因和依据</source>
        <translation>Reason and grounds</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="219"/>
        <source>停止时间(&amp;S)：</source>
        <translation>&amp;Stopped at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="219"/>
        <source>停止时间</source>
        <translation>Stopped at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="220"/>
        <source>恢复时间(&amp;U)：</source>
        <translation>Res&amp;umed at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/gap_dialogs.py" line="220"/>
        <source>恢复时间</source>
        <translation>Resumed at</translation>
    </message>
</context>
<context>
    <name>GrantPicker</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/grant_picker.py" line="28"/>
        <source>第 {0} 号批准：{1}，{2}（至 {3}）</source>
        <translation>Approval {0}: {1}, {2} (until {3})</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="228"/>
        <source>设备交接</source>
        <translation>Device handover</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="230"/>
        <source>现使用人员：{0}</source>
        <translation>Currently held by: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="231"/>
        <source>现使用人员</source>
        <translation>Currently held by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="234"/>
        <source>输入姓名或执法证号查找</source>
        <translation>Type a name or badge no. to search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="235"/>
        <source>接收人员 *(&amp;O)：</source>
        <translation>Receiving &amp;officer *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="235"/>
        <source>接收人员</source>
        <translation>Receiving officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="237"/>
        <source>交接时间(&amp;T)：</source>
        <translation>Handover &amp;time:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="237"/>
        <source>交接时间</source>
        <translation>Handover time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="240"/>
        <source>交接原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="240"/>
        <source>交接原因</source>
        <translation>Handover reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="244"/>
        <source>交接</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="21"/>
        <source>设备履历：{0}</source>
        <translation>Device history: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="25"/>
        <source>资产编号 {0}</source>
        <translation>Asset no. {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="26"/>
        <source>部门：{0}</source>
        <translation>Department: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="27"/>
        <source>保管人：{0}</source>
        <translation>Custodian: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="28"/>
        <source>启用：{0}</source>
        <translation>In service since: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="29"/>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="32"/>
        <source>设备概况</source>
        <translation>Device summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="33"/>
        <source>功能：{0}</source>
        <translation>Functions: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="33"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="34"/>
        <source>设备功能</source>
        <translation>Device functions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="37"/>
        <source>设备履历</source>
        <translation>Device history</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="40"/>
        <location filename="../../evidenceroom/ui/custody/history_dialog.py" line="41"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="19"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="19"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="19"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="19"/>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="19"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="51"/>
        <source>第 {0} 号审计事件：{1}</source>
        <translation>Audit event {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="63"/>
        <source>来源：{0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="65"/>
        <source>；设备时钟偏差 {0:g} 秒</source>
        <translation>; device clock offset {0:g} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/history_model.py" line="68"/>
        <source>观看 {0}</source>
        <translation>Watched {0}</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="30"/>
        <source>%1 字节</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="43"/>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="46"/>
        <source>%1 分 %2 秒</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="49"/>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="55"/>
        <source>照相机</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="56"/>
        <source>录音机/录音笔</source>
        <translation>Audio recorder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="57"/>
        <source>摄像机</source>
        <translation>Camcorder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="58"/>
        <source>执法记录仪</source>
        <translation>Body-worn camera</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="59"/>
        <source>手持执法终端</source>
        <translation>Handheld enforcement terminal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="60"/>
        <source>视频监控</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="61"/>
        <source>音像资料存储设备</source>
        <translation>Recording storage device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="68"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="69"/>
        <source>音频</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="70"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="71"/>
        <source>将跳过</source>
        <translation>To skip</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/common.py" line="72"/>
        <location filename="../../evidenceroom/ui/imports/common.py" line="73"/>
        <location filename="../../evidenceroom/ui/imports/common.py" line="74"/>
        <location filename="../../evidenceroom/ui/imports/common.py" line="75"/>
        <source>无法识别</source>
        <translation>Not recognized</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="90"/>
        <source>导入音像资料</source>
        <translation>Import recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="93"/>
        <source>选择来源</source>
        <translation>Choose source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="93"/>
        <source>移交信息</source>
        <translation>Hand-in details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="93"/>
        <source>核对文件</source>
        <translation>Check files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="93"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="94"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="112"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="113"/>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="114"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="116"/>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="230"/>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="233"/>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="117"/>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="234"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="225"/>
        <source>开始导入(&amp;S)</source>
        <translation>&amp;Start import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="226"/>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="251"/>
        <source>请先选择要导入的磁盘、文件夹或文件。</source>
        <translation>First choose a disk, folder or files to import.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="288"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="289"/>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="18"/>
        <source>登记督导检查</source>
        <translation>Register inspection</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="18"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="29"/>
        <source>（未发现问题）</source>
        <translation>(no problem found)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="43"/>
        <source>检查日期(&amp;D)：</source>
        <translation>Inspection &amp;date:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="43"/>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="44"/>
        <source>检查人员(&amp;I)：</source>
        <translation>&amp;Inspectors:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="44"/>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="45"/>
        <source>被检查人员(&amp;O)：</source>
        <translation>&amp;Officers inspected:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="45"/>
        <source>被检查的执法人员</source>
        <translation>Officers inspected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="46"/>
        <source>检查情况(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="46"/>
        <source>检查情况</source>
        <translation>Inspection notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="47"/>
        <source>问题涉及(&amp;W)：</source>
        <translation>Officer &amp;concerned:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="47"/>
        <source>问题涉及的执法人员</source>
        <translation>Officer the problem concerns</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="48"/>
        <source>问题类型(&amp;K)：</source>
        <translation>Problem &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="48"/>
        <source>问题类型</source>
        <translation>Problem kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="49"/>
        <source>处理结果(&amp;U)：</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="49"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="50"/>
        <source>问题说明(&amp;E)：</source>
        <translation>Probl&amp;em details:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/inspection_dialog.py" line="50"/>
        <source>问题说明</source>
        <translation>Problem details</translation>
    </message>
</context>
<context>
    <name>IntegrityTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="27"/>
        <source>完整性校验概况</source>
        <translation>Integrity check summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="28"/>
        <source>立即校验(&amp;V)</source>
        <translation>&amp;Verify now</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="29"/>
        <source>立即校验档案库</source>
        <translation>Verify the archive now</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="33"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="34"/>
        <source>刷新校验记录</source>
        <translation>Refresh the check records</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="36"/>
        <source>完成时间</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="36"/>
        <source>方式</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="36"/>
        <source>校验文件数</source>
        <translation>Files checked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="36"/>
        <source>审计记录数</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="37"/>
        <source>问题数</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="37"/>
        <source>执行人</source>
        <translation>Run by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="37"/>
        <source>完整性校验记录</source>
        <translation>Integrity check records</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="38"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="38"/>
        <source>资料编号</source>
        <translation>Recording no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="38"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="38"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="39"/>
        <source>所选校验发现的问题</source>
        <translation>Problems found by the selected check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="56"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="56"/>
        <source>空闲时自动</source>
        <translation>Automatic when idle</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="56"/>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="59"/>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="59"/>
        <source>篡改</source>
        <translation>Altered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="59"/>
        <source>可写</source>
        <translation>Writable</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="60"/>
        <source>多余</source>
        <translation>Extra</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="60"/>
        <source>审计链断开</source>
        <translation>Audit chain broken</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="61"/>
        <source>审计链头不符</source>
        <translation>Audit chain head mismatch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="72"/>
        <source>还没有做过完整性校验。程序会在无人操作时自动校验，也可以立即校验。</source>
        <translation>No integrity check has been run yet. The program checks automatically when nobody is using it, or you can verify now.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="79"/>
        <source>上次校验（{0}）：{1} 个存档文件和 {2} 条审计记录全部完好。</source>
        <translation>Last check ({0}): all {1} archived files and {2} audit entries are intact.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/integrity_tab.py" line="83"/>
        <source>上次校验（{0}）发现 {1} 个问题。</source>
        <translation>Last check ({0}) found {1} problem(s).</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="69"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="69"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="69"/>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="78"/>
        <source>说明</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="71"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="79"/>
        <source>{0}：说明</source>
        <translation>{0}: comment</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="87"/>
        <source>{0}：关联标记</source>
        <translation>{0}: linked marker</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="88"/>
        <source>（无标记）</source>
        <translation>(no marker)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="92"/>
        <source>转到</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="93"/>
        <source>{0}：转到关联标记的时间点</source>
        <translation>{0}: go to the linked marker&apos;s time point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="94"/>
        <source>播放器跳转到所关联标记的时间点</source>
        <translation>The player jumps to the linked marker&apos;s time point</translation>
    </message>
</context>
<context>
    <name>LedgerHeaders</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="34"/>
        <source>交接时间</source>
        <translation>Handover time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="35"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="36"/>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="37"/>
        <source>使用人员</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="38"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="39"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="40"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="41"/>
        <source>事由/说明</source>
        <translation>Reason/notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="42"/>
        <source>记录内容</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="43"/>
        <source>关联资料</source>
        <translation>Linked recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="56"/>
        <source>导入批次 %1，%2 个文件已核验</source>
        <translation>Import batch %1, %2 file(s) verified</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="70"/>
        <source>按设备筛选</source>
        <translation>Filter by device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="72"/>
        <source>按使用人员筛选</source>
        <translation>Filter by officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="74"/>
        <source>按部门筛选</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="77"/>
        <source>自(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="78"/>
        <source>按起始日期筛选</source>
        <translation>Filter by start date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="80"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="81"/>
        <source>至(&amp;T)</source>
        <translation>Un&amp;til</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="82"/>
        <source>按截止日期筛选</source>
        <translation>Filter by end date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="84"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="88"/>
        <source>筛选(&amp;S)</source>
        <translation>Fi&amp;lter</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="89"/>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="90"/>
        <source>打印 PDF(&amp;P)…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="91"/>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="195"/>
        <source>导出台账 PDF</source>
        <translation>Export ledger as PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="92"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="93"/>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="198"/>
        <source>导出台账 Excel</source>
        <translation>Export ledger to Excel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="98"/>
        <source>设备台账</source>
        <translation>Device ledger</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="99"/>
        <source>双击有关联资料的归还记录，查看该次领用期间录制的音像资料</source>
        <translation>Double-click a return entry with linked recordings to see the recordings made during that check-out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="103"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="106"/>
        <source>设备(&amp;D)：</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="108"/>
        <source>使用人员(&amp;O)：</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="110"/>
        <source>部门(&amp;M)：</source>
        <translation>Depart&amp;ment:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="129"/>
        <source>全部设备</source>
        <translation>All devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="133"/>
        <source>全部人员</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="141"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="166"/>
        <source>共 {0} 条记录</source>
        <translation>{0} entries in total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="174"/>
        <source>{0} {1}，{2} 归还，使用人员 {3}</source>
        <translation>{0} {1}, returned {2}, used by {3}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="195"/>
        <source>设备台账-{0}.pdf</source>
        <translation>device-ledger-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="196"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="198"/>
        <source>设备台账-{0}.xlsx</source>
        <translation>device-ledger-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ledger_tab.py" line="199"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="31"/>
        <source>档案库位置</source>
        <translation>Archive location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="32"/>
        <source>音像资料原件和数据库将保存在这个文件夹中。请选择本单位专用的存储设备，例如 D:\EvidenceRoom。文件夹须为空或尚不存在。</source>
        <translation>The original recordings and the database are kept in this folder. Choose storage reserved for this unit, for example D:\EvidenceRoom. The folder must be empty or not exist yet.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="35"/>
        <source>浏览(&amp;B)…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="36"/>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="52"/>
        <source>选择档案库文件夹</source>
        <translation>Choose the archive folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="42"/>
        <source>文件夹(&amp;F)：</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="44"/>
        <source>档案库文件夹</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="61"/>
        <source>请选择档案库文件夹。</source>
        <translation>Choose a folder for the archive.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="69"/>
        <source>这个文件夹不是空的。请选择一个空文件夹或输入一个新文件夹的路径。</source>
        <translation>This folder is not empty. Choose an empty folder or type the path of a new one.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="26"/>
        <source>登录 — EvidenceRoom</source>
        <translation>Sign in — EvidenceRoom</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="32"/>
        <source>执法音像资料管理</source>
        <translation>Enforcement recordings management</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="36"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="39"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="41"/>
        <source>登录名(&amp;L)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="43"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="51"/>
        <source>登录提示</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="55"/>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="56"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="58"/>
        <location filename="../../evidenceroom/ui/login_dialog.py" line="59"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="108"/>
        <source>遗失或损坏登记</source>
        <translation>Register loss or damage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="110"/>
        <source>遗失或被盗（设备转入“遗失”）</source>
        <translation>Lost or stolen (device moves to &quot;Lost&quot;)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="111"/>
        <source>损坏（设备转入“故障”，待修）</source>
        <translation>Damaged (device moves to &quot;Fault&quot;, awaiting repair)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="112"/>
        <source>情形(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="112"/>
        <source>情形</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="113"/>
        <source>时间、地点、经过</source>
        <translation>Time, place and what happened</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="114"/>
        <source>经过 *(&amp;C)：</source>
        <translation>&amp;Circumstances *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="114"/>
        <source>经过</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="115"/>
        <source>因保管不善或使用不当造成，使用人按原价赔偿(&amp;L)</source>
        <translation>Caused by poor care or improper use; the user is &amp;liable for the original price</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="116"/>
        <source>使用人负赔偿责任</source>
        <translation>User is liable for compensation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="119"/>
        <source>发生时间(&amp;W)：</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="119"/>
        <source>发生时间</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="120"/>
        <source>（无使用人）</source>
        <translation>(no user)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="121"/>
        <source>使用人：{0}。赔偿金额按设备登记的购置原价计算。</source>
        <translation>User: {0}. Compensation is based on the purchase price in the device register.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="126"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="40"/>
        <source>EvidenceRoom — {0}</source>
        <translation>EvidenceRoom — {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="44"/>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="81"/>
        <source>档案</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="85"/>
        <source>审看</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="95"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="101"/>
        <location filename="../../evidenceroom/ui/main_window.py" line="144"/>
        <source>调阅申请</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="106"/>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="110"/>
        <source>光盘</source>
        <translation>Discs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="114"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="119"/>
        <source>合规</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="121"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="122"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="136"/>
        <source>正在进行另一批导入：完成后请在“导入”页导入设备 {0} 的音像资料。</source>
        <translation>Another import is running: when it finishes, import the recordings of device {0} on the &quot;Import&quot; page.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="145"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="149"/>
        <source>今日到期的授权：{0} 项</source>
        <translation>Grants ending today: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="175"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="177"/>
        <source>导入音像资料(&amp;I)…</source>
        <translation>&amp;Import recordings…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="179"/>
        <source>为所选资料登记调阅申请(&amp;Q)…</source>
        <translation>Re&amp;quest access to the selected recording…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="182"/>
        <source>校验档案库(&amp;V)</source>
        <translation>&amp;Verify archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="184"/>
        <source>修改密码(&amp;W)…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="186"/>
        <source>注销(&amp;L)</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="187"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="189"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="194"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="196"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="197"/>
        <source>关于 EvidenceRoom(&amp;A)</source>
        <translation>&amp;About EvidenceRoom</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="203"/>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="213"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Current user: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="214"/>
        <source>当前用户</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="215"/>
        <source>档案库：{0}</source>
        <translation>Archive: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="216"/>
        <source>档案库位置</source>
        <translation>Archive location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="251"/>
        <source>正在导入</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="251"/>
        <source>导入尚未完成。请等待完成或先取消导入，再关闭窗口。</source>
        <translation>The import has not finished. Wait for it to finish, or cancel it, before closing the window.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="253"/>
        <source>正在处理光盘</source>
        <translation>Disc work in progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="253"/>
        <source>正在制作、校验或刻录光盘。请等待完成或先取消，再关闭窗口。</source>
        <translation>A disc is being made, verified or burnt. Wait until it is done, or cancel it first, then close the window.</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="142"/>
        <source>维护保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="143"/>
        <source>例如：清洁镜头，检查电池，校准时钟</source>
        <translation>e.g. Clean the lens, check the battery, set the clock</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="144"/>
        <source>保养内容 *(&amp;D)：</source>
        <translation>Work &amp;done *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="144"/>
        <source>保养内容</source>
        <translation>Maintenance work</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="146"/>
        <source>保养时间(&amp;W)：</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="146"/>
        <source>保养时间</source>
        <translation>Maintenance time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="149"/>
        <source>未与互联网或其他与工作无关的设备连接（001§15）(&amp;N)</source>
        <translation>&amp;Not connected to the internet or to other non-work devices (001§15)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="150"/>
        <source>未与互联网或其他与工作无关的设备连接</source>
        <translation>Not connected to the internet or to other non-work devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="157"/>
        <source>登记保养</source>
        <translation>Register maintenance</translation>
    </message>
</context>
<context>
    <name>MakeSetDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="74"/>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="112"/>
        <source>制作光盘组</source>
        <translation>Make a disc set</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="86"/>
        <source>一式两份（A、B）</source>
        <translation>Two copies (A, B)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="87"/>
        <source>一份（A）</source>
        <translation>One copy (A)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="89"/>
        <source>从资料库提取资料的人，如：王五</source>
        <translation>Person who extracted the recordings from the archive, e.g. Wang Wu</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="97"/>
        <source>复制批准(&amp;G)：</source>
        <translation>Copy &amp;approval:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="97"/>
        <source>复制批准</source>
        <translation>Copy approval</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="98"/>
        <source>刻录资料(&amp;R)：</source>
        <translation>&amp;Recordings to burn:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="98"/>
        <source>刻录资料</source>
        <translation>Recordings to burn</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="99"/>
        <source>光盘类型(&amp;M)：</source>
        <translation>&amp;Media type:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="99"/>
        <source>光盘类型</source>
        <translation>Media type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="100"/>
        <source>用途(&amp;K)：</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="100"/>
        <source>光盘用途</source>
        <translation>Disc purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="101"/>
        <source>份数(&amp;C)：</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="101"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="102"/>
        <source>提取人(&amp;E)：</source>
        <translation>&amp;Extractor:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="102"/>
        <source>提取人</source>
        <translation>Extractor</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="103"/>
        <source>提取时间(&amp;T)：</source>
        <translation>Extraction &amp;time:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="103"/>
        <source>提取时间</source>
        <translation>Extraction time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="105"/>
        <source>制作光盘组提示</source>
        <translation>Disc set message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="106"/>
        <source>预览文字说明(&amp;V)</source>
        <translation>Pre&amp;view written description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="107"/>
        <source>预览文字说明材料</source>
        <translation>Preview the written description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="111"/>
        <source>制作</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="114"/>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="115"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="134"/>
        <source>没有可用的复制批准。请先在“调阅申请”页登记复制申请，并由审批人当面批准；过期或已撤销的批准不能刻录。</source>
        <translation>No copy approval is available. First register a copy request on the &quot;Requests&quot; page and have the approver approve it in person; expired or revoked approvals cannot be used for burning.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="160"/>
        <source>请选择要刻录的资料。</source>
        <translation>Choose the recordings to burn.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="167"/>
        <source>{0} 个文件，共 {1}，需 {2} 张 {3} 光盘（每张各刻 A、B 两份时共 {4} 张）。</source>
        <translation>{0} file(s), {1} in total; needs {2} {3} disc(s) ({4} discs when each is burned in two copies, A and B).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/make_set_dialog.py" line="202"/>
        <source>文字说明材料缺少以下内容，不能制作：{0}</source>
        <translation>The written description lacks the following, so the set cannot be made: {0}</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="62"/>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="64"/>
        <source>依据 {0}，选择适用的情形：</source>
        <translation>Under {0}, choose the situation that applies:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="68"/>
        <source>情形(&amp;G)：</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="68"/>
        <source>保存情形</source>
        <translation>Retention category</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="71"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="71"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MarkersPanel</name>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="61"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="136"/>
        <source>标记</source>
        <translation>Markers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="62"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="84"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="62"/>
        <source>记录人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="62"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="63"/>
        <source>标记列表</source>
        <translation>Marker list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="64"/>
        <source>双击或按回车键跳转到该时间点</source>
        <translation>Double-click or press Enter to jump to that point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="67"/>
        <source>标记内容(&amp;N)</source>
        <translation>Marker &amp;text</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="69"/>
        <source>在当前位置添加标记</source>
        <translation>Add a marker at the current position</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="71"/>
        <source>标记内容</source>
        <translation>Marker text</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="74"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="75"/>
        <source>添加标记</source>
        <translation>Add marker</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="76"/>
        <source>在当前播放位置添加标记（回车）</source>
        <translation>Add a marker at the current playback position (Enter)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="80"/>
        <source>标记提示</source>
        <translation>Marker message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="83"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="150"/>
        <source>截图</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="84"/>
        <source>截取人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="84"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="85"/>
        <source>截图列表</source>
        <translation>Snapshot list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="86"/>
        <source>截图单独保存，有自己的 SHA-256，不改动原始资料。双击跳转到该时间点</source>
        <translation>Snapshots are saved separately, each with its own SHA-256; the original is not changed. Double-click to jump to that point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="89"/>
        <source>评查表(&amp;R)…</source>
        <translation>&amp;Review form…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="90"/>
        <source>填写所显示资料的评查表</source>
        <translation>Fill in the review form for the recording shown</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="91"/>
        <source>按评查项目逐项检查，并在当前播放位置标记问题</source>
        <translation>Check the recording item by item and flag problems at the current playback position</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="132"/>
        <source>添加于 {0}</source>
        <translation>Added {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="136"/>
        <source>标记（{0}）</source>
        <translation>Markers ({0})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="150"/>
        <source>截图（{0}）</source>
        <translation>Snapshots ({0})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="205"/>
        <source>请先打开一件资料。</source>
        <translation>First open a recording.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../evidenceroom/ui/player/video_surface.py" line="139"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/dialog_base.py" line="70"/>
        <source>{0} {1}&#x3000;{2}&#x3000;当前状态：{3}</source>
        <translation>{0} {1}  {2}  Current status: {3}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/dialog_base.py" line="74"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/dialog_base.py" line="82"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/dialog_base.py" line="88"/>
        <location filename="../../evidenceroom/ui/custody/dialog_base.py" line="89"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/dialog_base.py" line="103"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NewDeviceDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="113"/>
        <source>新增设备</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="114"/>
        <source>登记一台音像记录设备。每个导入的文件都会记录其来源设备的类型和资产编号。</source>
        <translation>Register a recording device. Every imported file records the type and asset no. of its source device.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="125"/>
        <source>序列号(&amp;S)：</source>
        <translation>&amp;Serial no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="125"/>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="126"/>
        <source>设备类型(&amp;K)：</source>
        <translation>Device &amp;type:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="126"/>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="127"/>
        <source>型号(&amp;M)：</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="127"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="128"/>
        <source>资产编号(&amp;A)：</source>
        <translation>&amp;Asset no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="128"/>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="77"/>
        <source>新增人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="78"/>
        <source>登记一名执法人员。执法证号用于在导入记录中识别取证人员和移交人。</source>
        <translation>Register an enforcement officer. In the import records the badge no. identifies who recorded and who handed in.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="89"/>
        <source>例如：执法人员</source>
        <translation>e.g. Enforcement officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="90"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="90"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="91"/>
        <source>执法证号(&amp;B)：</source>
        <translation>&amp;Badge no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="91"/>
        <source>执法证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="92"/>
        <source>所属部门(&amp;D)：</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="92"/>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="93"/>
        <source>职务(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="93"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="99"/>
        <source>请填写执法证号：导入记录以执法证号识别人员。</source>
        <translation>Enter the badge no.: import records identify people by it.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="23"/>
        <source>确定处理结果</source>
        <translation>Decide outcome</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="23"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="26"/>
        <source>第 {0} 号问题：{1}，执法人员 {2}</source>
        <translation>Finding {0}: {1}, officer {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="29"/>
        <source>要处理的问题</source>
        <translation>Finding to decide</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="35"/>
        <source>更改已确定的处理结果时必填</source>
        <translation>Required when changing an outcome already decided</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="36"/>
        <source>处理结果(&amp;O)：</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="36"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="37"/>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/findings_tab.py" line="37"/>
        <source>更改理由</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/common.py" line="68"/>
        <source>起始日期(&amp;F)：</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/common.py" line="70"/>
        <source>截止日期(&amp;T)：</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/common.py" line="72"/>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/common.py" line="73"/>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="186"/>
        <source>编辑本单位的策略</source>
        <translation>Edit the unit&apos;s policy profile</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="189"/>
        <source>以所选规定为底稿修改。每个数值后的注释写明条款；保存前会检查缺项和矛盾。</source>
        <translation>Start from the selected regulation and edit. The comment after each value gives its article; before saving, the profile is checked for gaps and contradictions.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="192"/>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="192"/>
        <source>策略名称</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="197"/>
        <source>策略文本（TOML）</source>
        <translation>Profile text (TOML)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="198"/>
        <source>策略文本(&amp;T)：</source>
        <translation>Profile &amp;text:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="202"/>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="205"/>
        <source>检查(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="206"/>
        <source>检查策略</source>
        <translation>Check the profile</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="209"/>
        <location filename="../../evidenceroom/ui/policy_section.py" line="210"/>
        <source>保存并采用</source>
        <translation>Save and apply</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="212"/>
        <location filename="../../evidenceroom/ui/policy_section.py" line="213"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="226"/>
        <source>检查通过：</source>
        <translation>Check passed: </translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="86"/>
        <source>执法音像记录管理规定（策略）</source>
        <translation>Enforcement recording regulations (policy profile)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="92"/>
        <source>当前策略</source>
        <translation>Current policy profile</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="96"/>
        <source>选择规定(&amp;R)：</source>
        <translation>&amp;Regulation:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="96"/>
        <source>选择规定</source>
        <translation>Choose regulation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="99"/>
        <source>采用所选规定(&amp;A)</source>
        <translation>&amp;Adopt selected regulation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="100"/>
        <source>采用所选规定</source>
        <translation>Adopt selected regulation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="101"/>
        <source>复制并编辑(&amp;E)…</source>
        <translation>Copy and &amp;edit…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="102"/>
        <source>复制并编辑策略</source>
        <translation>Copy and edit the policy profile</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="106"/>
        <source>只有管理员可以更改。</source>
        <translation>Only an administrator can change this.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="108"/>
        <source>打印规定一览(&amp;S)…</source>
        <translation>Print regulation &amp;summary…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="109"/>
        <source>打印规定一览</source>
        <translation>Print regulation summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="115"/>
        <source>策略内容</source>
        <translation>Policy profile contents</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="117"/>
        <source>策略提示</source>
        <translation>Policy message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="130"/>
        <source>本单位现行：{0}</source>
        <translation>In force at this unit: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="131"/>
        <source>尚未选择，暂按默认数值（中卫市办法）执行。</source>
        <translation>None chosen yet; the default values (Zhongwei City rules) apply for now.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="141"/>
        <source>已采用，自现在起生效；已有记录不受影响。</source>
        <translation>Adopted and in effect from now on; existing records are not affected.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="163"/>
        <source>保存规定一览</source>
        <translation>Save regulation summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="164"/>
        <source>规定一览.pdf</source>
        <translation>regulation-summary.pdf</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="174"/>
        <source>本单位的策略已保存，自现在起生效。</source>
        <translation>This unit&apos;s policy profile has been saved and is in effect from now on.</translation>
    </message>
</context>
<context>
    <name>PolicySummary</name>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="52"/>
        <source>基本保存期限：{0} 个月（{1}）</source>
        <translation>Basic retention period: {0} months ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="54"/>
        <source>作为证据使用的：与案卷保存期限相同（{0}）</source>
        <translation>Used as evidence: same retention period as the case file ({0})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="56"/>
        <source>永久保存情形：{0} 项（{1}）</source>
        <translation>Grounds for permanent retention: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="58"/>
        <source>长期保存（光盘一式两份）情形：{0} 项（{1}）</source>
        <translation>Grounds for long-term retention (discs in two copies): {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="60"/>
        <source>移交时限：活动结束后 {0} 小时内（{1}）</source>
        <translation>Hand-in deadline: within {0} hours after the activity ends ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="61"/>
        <source>调阅审批：{0}（{1}）</source>
        <translation>Access approval: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="62"/>
        <source>办公室主任审核、局主管领导批准</source>
        <translation>Office director reviews, bureau leader in charge approves</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="62"/>
        <source>一级审批</source>
        <translation>One-step approval</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="63"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="65"/>
        <source>{0} 人一台</source>
        <translation>One per {0} people</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="66"/>
        <source>按需配备</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="69"/>
        <source>配备比例：</source>
        <translation>Staffing ratio: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="70"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="71"/>
        <source>抽查比例：{0:g}%</source>
        <translation>Spot check rate: {0:g}%</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="73"/>
        <source>音像记录清单：{0} 项</source>
        <translation>Recording list: {0} item(s)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="75"/>
        <source>有效期至 {0}</source>
        <translation>Valid until {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="77"/>
        <source>注意：该规定已过有效期，请确认本单位现行规定。</source>
        <translation>Note: this regulation has expired; confirm which regulation is currently in force for your unit.</translation>
    </message>
</context>
<context>
    <name>PrintSettingsSection</name>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="18"/>
        <source>光盘标签与文字说明的打印</source>
        <translation>Printing disc labels and written descriptions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="23"/>
        <source>A4（210 × 297 毫米）</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="24"/>
        <source>Letter（216 × 279 毫米）</source>
        <translation>Letter (216 × 279 mm)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="28"/>
        <source>保存打印设置(&amp;O)</source>
        <translation>&amp;Save print settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="29"/>
        <source>保存打印设置</source>
        <translation>Save print settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="34"/>
        <source>打印设置提示</source>
        <translation>Print settings message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="37"/>
        <source>纸张大小(&amp;Z)：</source>
        <translation>Paper si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="37"/>
        <source>纸张大小</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="38"/>
        <source>水平偏移(&amp;X)：</source>
        <translation>&amp;X offset:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="38"/>
        <source>标签水平偏移（毫米，向右为正）</source>
        <translation>Horizontal label offset (mm, positive to the right)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="39"/>
        <source>垂直偏移(&amp;Y)：</source>
        <translation>&amp;Y offset:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="39"/>
        <source>标签垂直偏移（毫米，向下为正）</source>
        <translation>Vertical label offset (mm, positive downward)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="48"/>
        <source>打印一张标签试纸，量出打印内容偏离标签的距离后填入：向右、向下为正。</source>
        <translation>Print a test sheet of labels, measure how far the print is off the labels and enter it here: right and down are positive.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="59"/>
        <source>只有管理员或保管人可以更改。</source>
        <translation>Only an administrator or custodian can change this.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="66"/>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/discs/print_settings_section.py" line="78"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="271"/>
        <source>本单位执行的规定</source>
        <translation>Regulation applied by this unit</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="272"/>
        <source>执行的规定(&amp;R)：</source>
        <translation>&amp;Regulation applied:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="275"/>
        <source>规定要点</source>
        <translation>Key points of the regulation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/policy_section.py" line="289"/>
        <source>以后可由管理员在“设置”中更改。</source>
        <translation>An administrator can change this later in &quot;Settings&quot;.</translation>
    </message>
</context>
<context>
    <name>RatiosTab</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="29"/>
        <source>适用的配备标准</source>
        <translation>Applicable staffing standard</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="30"/>
        <source>部门设置(&amp;E)…</source>
        <translation>D&amp;epartment settings…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="31"/>
        <source>部门设置</source>
        <translation>Department settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="34"/>
        <source>打印配备情况报告(&amp;P)…</source>
        <translation>&amp;Print staffing ratio report…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="35"/>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="121"/>
        <source>打印配备情况报告</source>
        <translation>Print staffing ratio report</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="37"/>
        <source>打印设备状况报告(&amp;S)…</source>
        <translation>Print device &amp;status report…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="38"/>
        <source>打印设备状况报告</source>
        <translation>Print device status report</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="39"/>
        <source>每台设备按状态列出，含使用年限到期和遗失、损坏情况</source>
        <translation>Every device listed under its state, with service lives ending and losses or damage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="41"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="41"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="41"/>
        <source>配备比例</source>
        <translation>Staffing ratio</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="41"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="41"/>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="42"/>
        <source>在用记录仪/终端</source>
        <translation>Cameras/terminals in use</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="42"/>
        <source>应配</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="42"/>
        <source>缺/超</source>
        <translation>Short/over</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="42"/>
        <source>第一责任人</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="43"/>
        <source>设备管理员</source>
        <translation>Device administrator</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="45"/>
        <source>各部门配备比例</source>
        <translation>Staffing ratios by department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="48"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="62"/>
        <source>未设类别</source>
        <translation>No category set</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="64"/>
        <source>按需配备</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="66"/>
        <source>每 {0} 人 1 台</source>
        <translation>1 per {0} officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="69"/>
        <source>{0}（登记在职 {1}）</source>
        <translation>{0} ({1} registered on duty)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="71"/>
        <source>缺 {0}</source>
        <translation>{0} short</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="72"/>
        <source>超 {0}</source>
        <translation>{0} over</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="72"/>
        <source>持平</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="94"/>
        <source>配备标准：{0}。缺额以红色标出；“按需配备”的类别不计缺额。</source>
        <translation>Staffing standard: {0}. Shortfalls are shown in red; &quot;As needed&quot; categories have no shortfall.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="105"/>
        <source>请先在表中选择部门。</source>
        <translation>First choose a department in the table.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="122"/>
        <source>设备配备情况.pdf</source>
        <translation>Device staffing ratios.pdf</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/ratios_tab.py" line="123"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="51"/>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_dialogs.py" line="51"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecordingDetailPanel</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="45"/>
        <source>资料详细信息</source>
        <translation>Recording details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="47"/>
        <source>在左侧列表中选择一条录音录像资料，这里显示它的全部信息和历史记录。</source>
        <translation>Select a recording in the list on the left to see all its details and its history here.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="62"/>
        <source>损坏提示</source>
        <translation>Damage warning</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="67"/>
        <source>SHA-256 校验值（完整）</source>
        <translation>SHA-256 checksum (full)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="86"/>
        <source>资料编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="87"/>
        <source>拍摄时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="88"/>
        <source>类型与时长</source>
        <translation>Type, length</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="89"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="90"/>
        <source>SHA-256(&amp;H)</source>
        <translation>SHA-&amp;256</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="91"/>
        <source>移交状态</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="92"/>
        <source>保存期限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="93"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="94"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="95"/>
        <source>执法活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="96"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="97"/>
        <source>移交人</source>
        <translation>Handed in by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="98"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="99"/>
        <source>入库时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="100"/>
        <source>导入批次</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="101"/>
        <source>原始位置</source>
        <translation>Original path</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="102"/>
        <source>音视频轨道</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="103"/>
        <source>播放记录</source>
        <translation>Playbacks</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="136"/>
        <source>历史记录（审计链）</source>
        <translation>History (audit chain)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="153"/>
        <source>历史记录(&amp;Y)</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="163"/>
        <source>打印监管链报告…</source>
        <translation>Print chain-of-custody report…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="164"/>
        <source>打印监管链报告</source>
        <translation>Print chain-of-custody report</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="169"/>
        <source>打印结果</source>
        <translation>Print result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="171"/>
        <source>查看活动时间线(&amp;M)</source>
        <translation>Activity ti&amp;meline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="172"/>
        <source>查看活动时间线</source>
        <translation>View activity timeline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="173"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="216"/>
        <source>在审看页按拍摄时间列出本活动的全部文件和未记录的时段，并可连续播放</source>
        <translation>Lists all files of this activity by time recorded on the Review page, with the periods not recorded, and can play them in sequence</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="217"/>
        <source>这条资料未登记执法活动</source>
        <translation>No enforcement activity is registered for this recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="221"/>
        <source>文件损坏：{0}</source>
        <translation>File damaged: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="206"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="279"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="232"/>
        <source>{0}（移交期限 {1}）</source>
        <translation>{0} (deadline {1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="238"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="244"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="256"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="287"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="295"/>
        <source>未登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="242"/>
        <source> · 资产编号 {0}</source>
        <translation> · asset no. {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="254"/>
        <source>未归案（待归档）</source>
        <translation>Unfiled (to be filed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="259"/>
        <source>第 {0} 批 · {1} · 开始于 {2}</source>
        <translation>Batch {0} · {1} · started {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="266"/>
        <source>{0} 次，最近一次 {1}，{2}</source>
        <translation>{0} in all, last {1} by {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="269"/>
        <source>尚未播放</source>
        <translation>Not played yet</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="281"/>
        <source>{0}（{1}；设备时间；校正后 {2}）
{3}</source>
        <translation>{0} ({1}; device time; corrected {2})
{3}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="288"/>
        <source>执法活动 {0}</source>
        <translation>Activity {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="290"/>
        <source>；{0} 至 {1}</source>
        <translation>; {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="293"/>
        <source>；结束于 {0}</source>
        <translation>; ended {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="296"/>
        <source>；异地执法，返回单位 {0}</source>
        <translation>; off-site, back at the unit {0}</translation>
    </message>
</context>
<context>
    <name>RecordingHeader</name>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="28"/>
        <source>资料名称</source>
        <translation>Recording name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="32"/>
        <source>资料信息</source>
        <translation>Recording information</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="37"/>
        <source>导入时发现的问题</source>
        <translation>Problems found at import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="41"/>
        <source>执法活动时间线(&amp;E)…</source>
        <translation>Activity tim&amp;eline…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="42"/>
        <source>选择执法活动，查看其时间线</source>
        <translation>Choose an enforcement activity and view its timeline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="43"/>
        <source>选择一个执法活动，按拍摄时间查看它的全部文件并连续播放</source>
        <translation>Choose an enforcement activity to see all its files by time recorded and play them in sequence</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="54"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="54"/>
        <source>音频</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="55"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="58"/>
        <source>第 {0} 号资料</source>
        <translation>Recording {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="59"/>
        <source>案号 {0}</source>
        <translation>Case no. {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="59"/>
        <source>未归案</source>
        <translation>Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="60"/>
        <source>拍摄于 {0}</source>
        <translation>Recorded {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="64"/>
        <source>时长 {0}</source>
        <translation>Length {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="65"/>
        <source>&#x3000;·&#x3000;</source>
        <translation>  ·  </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="66"/>
        <source>SHA-256：{0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="67"/>
        <source>导入时发现：{0}</source>
        <translation>Found at import: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="71"/>
        <source>未打开资料</source>
        <translation>No recording open</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="73"/>
        <source>在档案中选择一条资料即可在此查看。播放不会改动原始资料。</source>
        <translation>Choose a recording in the archive to view it here. Playing never changes the original.</translation>
    </message>
</context>
<context>
    <name>RecordingTableModel</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="44"/>
        <source>拍摄时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="44"/>
        <source>时长</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="44"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="44"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="45"/>
        <source>执法活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="45"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="45"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="45"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="46"/>
        <source>移交状态</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="46"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="174"/>
        <source>{0}（已清除）</source>
        <translation>{0} (disposed of)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="175"/>
        <source>{0}（已损坏）</source>
        <translation>{0} (damaged)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="183"/>
        <source>未归案</source>
        <translation>Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="192"/>
        <source>{0}，保存期满经审批清除，原始文件已不在档案库中</source>
        <translation>{0}; disposed of with approval after its retention period ended; the original is no longer in the archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="194"/>
        <source>{0}，导入时发现文件损坏，已按原样保存</source>
        <translation>{0}; found damaged at import and stored as it was</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="33"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="36"/>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="37"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="39"/>
        <location filename="../../evidenceroom/ui/imports/dialogs.py" line="40"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="45"/>
        <source>查阅日期(&amp;D)</source>
        <translation>Viewing &amp;date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="46"/>
        <source>按查阅日期筛选</source>
        <translation>Filter by viewing date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="49"/>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="54"/>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="56"/>
        <source>查阅人姓名</source>
        <translation>Viewer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="57"/>
        <source>查阅人</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="58"/>
        <source>查阅人(&amp;V)：</source>
        <translation>&amp;Viewer:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="61"/>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="82"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="62"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="62"/>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="118"/>
        <source>查阅</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="62"/>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="118"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="63"/>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="118"/>
        <source>对外提供</source>
        <translation>Provide to outside party</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="65"/>
        <source>类别(&amp;K)：</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="67"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="68"/>
        <source>查询登记簿</source>
        <translation>Query the register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="69"/>
        <source>打印 PDF(&amp;P)…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="70"/>
        <source>把登记簿保存为 PDF</source>
        <translation>Save the register as PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="71"/>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="72"/>
        <source>把登记簿导出为 Excel</source>
        <translation>Export the register to Excel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="83"/>
        <source>实际播放</source>
        <translation>Actually played</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="83"/>
        <source>审批环节及审批人</source>
        <translation>Approval steps and approvers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="84"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="86"/>
        <source>查阅登记列表</source>
        <translation>Viewing register entries</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="82"/>
        <source>查阅人（单位）</source>
        <translation>Viewer (organisation)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="43"/>
        <source>查阅/复制登记簿</source>
        <translation>Viewing/copying register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="82"/>
        <source>查阅事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="82"/>
        <source>查阅内容</source>
        <translation>Items viewed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="83"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="83"/>
        <source>结束时间</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="93"/>
        <source>登记簿提示</source>
        <translation>Register message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="123"/>
        <source>未播放</source>
        <translation>Not played</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="134"/>
        <source>未结束</source>
        <translation>Not ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="144"/>
        <source>共 {0} 条</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="153"/>
        <source>保存登记簿 PDF</source>
        <translation>Save register PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="164"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="168"/>
        <source>导出登记簿 Excel</source>
        <translation>Export register to Excel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="176"/>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="89"/>
        <source>序列号、资产编号、品牌或型号</source>
        <translation>Serial no., asset no., brand or model</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="90"/>
        <source>查找设备</source>
        <translation>Find device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="93"/>
        <source>按功能筛选</source>
        <translation>Filter by function</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="94"/>
        <source>全部功能</source>
        <translation>All functions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="97"/>
        <source>新增设备(&amp;N)…</source>
        <translation>&amp;New device…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="98"/>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="99"/>
        <source>从 Excel 导入(&amp;I)…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="100"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="112"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="112"/>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="112"/>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="112"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="112"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="113"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="113"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="113"/>
        <source>购置日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="113"/>
        <source>启用日期</source>
        <translation>In service since</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="113"/>
        <source>原价（元）</source>
        <translation>Purchase price (yuan)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="114"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="114"/>
        <source>功能</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="116"/>
        <source>设备登记表</source>
        <translation>Device register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="119"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="162"/>
        <source>请先在表中选择要编辑的设备。</source>
        <translation>First choose the device to edit in the table.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="170"/>
        <source>已保存设备 {0}。</source>
        <translation>Device {0} saved.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="176"/>
        <source>从 Excel 导入设备</source>
        <translation>Import devices from Excel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="176"/>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="210"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="188"/>
        <source>“{0}”未导入：{1} 处问题。</source>
        <translation>&quot;{0}&quot; not imported: {1} problem(s).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="189"/>
        <source>第 {0} 行：{1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="195"/>
        <source>已从“{0}”导入 {1} 台设备。</source>
        <translation>Imported {1} device(s) from &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="208"/>
        <source>导出设备登记表</source>
        <translation>Export device register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/register_tab.py" line="208"/>
        <source>设备登记表.xlsx</source>
        <translation>Device register.xlsx</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="44"/>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="58"/>
        <source>送修</source>
        <translation>Send for repair</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="46"/>
        <source>专业维修部门（000§12）</source>
        <translation>Specialist repair service (000§12)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="47"/>
        <source>统一维修（001§16）</source>
        <translation>Central repair (001§16)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="48"/>
        <source>维修方式(&amp;M)：</source>
        <translation>Repair &amp;method:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="48"/>
        <source>维修方式</source>
        <translation>Repair method</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="51"/>
        <source>例如：某某数码售后服务中心</source>
        <translation>e.g. XYZ Digital after-sales service center</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="52"/>
        <source>维修单位 *(&amp;R)：</source>
        <translation>&amp;Repairer *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="52"/>
        <source>维修单位</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="54"/>
        <source>送修时间(&amp;S)：</source>
        <translation>&amp;Sent for repair:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/incident_dialogs.py" line="54"/>
        <source>送修时间</source>
        <translation>Sent for repair</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="65"/>
        <source>新建调阅申请</source>
        <translation>New access request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="69"/>
        <source>本单位人员(&amp;S)</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="70"/>
        <source>申请人为本单位人员</source>
        <translation>Requester is a staff member</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="71"/>
        <source>外单位(&amp;O)</source>
        <translation>&amp;Outside party</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="72"/>
        <source>申请人为外单位人员</source>
        <translation>Requester is from outside the unit</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="106"/>
        <source>用途为“其他”时必填</source>
        <translation>Required when the purpose is &apos;Other&apos;</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="110"/>
        <source>查阅事由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="113"/>
        <source>资料编号，用逗号或空格分隔，例如 12, 13</source>
        <translation>Recording IDs, separated by commas or spaces, e.g. 12, 13</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="118"/>
        <source>案件编号，每行或用分号分隔</source>
        <translation>Case numbers, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="128"/>
        <source>申请人类别：</source>
        <translation>Requester type:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="129"/>
        <source>申请人(&amp;P)：</source>
        <translation>Requeste&amp;r:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="129"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="131"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="131"/>
        <source>外单位申请人姓名</source>
        <translation>Outside requester&apos;s name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="132"/>
        <source>单位(&amp;G)：</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="132"/>
        <source>外单位申请人所在单位</source>
        <translation>Outside requester&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="133"/>
        <source>证件号码(&amp;I)：</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="133"/>
        <source>外单位申请人证件号码</source>
        <translation>Outside requester&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="135"/>
        <source>申请类型(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="135"/>
        <source>申请类型</source>
        <translation>Request kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="136"/>
        <source>用途(&amp;U)：</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="136"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="137"/>
        <source>用途说明(&amp;D)：</source>
        <translation>Purpose &amp;details:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="137"/>
        <source>用途说明</source>
        <translation>Purpose details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="138"/>
        <source>查阅事由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="138"/>
        <source>查阅事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="139"/>
        <source>资料编号(&amp;F)：</source>
        <translation>Recording IDs (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="139"/>
        <source>资料编号</source>
        <translation>Recording IDs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="140"/>
        <source>所列资料：</source>
        <translation>Listed items:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="140"/>
        <source>所列资料及文件名</source>
        <translation>Listed recordings and file names</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="141"/>
        <source>整案调阅(&amp;C)：</source>
        <translation>Whole &amp;cases:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="141"/>
        <source>整案调阅的案件编号</source>
        <translation>Case numbers of whole cases</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="142"/>
        <source>开始时间(&amp;B)：</source>
        <translation>&amp;Begins:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="142"/>
        <source>查阅时段开始时间</source>
        <translation>Window start</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="143"/>
        <source>结束时间(&amp;E)：</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="143"/>
        <source>查阅时段结束时间</source>
        <translation>Window end</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="145"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="148"/>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="149"/>
        <source>登记申请</source>
        <translation>Register request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="151"/>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="152"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="196"/>
        <source>没有编号为“{0}”的案件。</source>
        <translation>There is no case numbered &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/request_dialog.py" line="205"/>
        <source>请从人员名单中选择申请人。</source>
        <translation>Choose the requester from the staff list.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="16"/>
        <source>查阅</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="16"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="17"/>
        <source>对外提供</source>
        <translation>Provide to outside party</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="20"/>
        <source>涉法涉诉案件</source>
        <translation>Litigation case</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="21"/>
        <source>执法监督</source>
        <translation>Enforcement supervision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="22"/>
        <source>案情研判</source>
        <translation>Case analysis</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="23"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="30"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="33"/>
        <source>同意</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="33"/>
        <source>不同意</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="34"/>
        <source>缩小范围后同意</source>
        <translation>approved with narrower scope</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="39"/>
        <source>审批中（待第 {0} 步）</source>
        <translation>Under review (step {0} due)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="39"/>
        <source>审批中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="40"/>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="40"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="41"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="41"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="42"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="54"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="60"/>
        <source>{0} 个文件</source>
        <translation>{0} file(s)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="62"/>
        <source>{0} 个案件</source>
        <translation>{0} case(s)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="63"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="69"/>
        <source>#{0}（无此资料）</source>
        <translation>#{0} (no such recording)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="71"/>
        <source>#{0} {1}（案件 {2}）</source>
        <translation>#{0} {1} (case {2})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="72"/>
        <source>#{0} {1}（未归案）</source>
        <translation>#{0} {1} (not filed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/labels.py" line="79"/>
        <source>案件 {0}（全部资料）</source>
        <translation>Case {0} (all recordings)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="49"/>
        <source>调阅申请</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="52"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="53"/>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="54"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="55"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="56"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="57"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="58"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="61"/>
        <source>状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="64"/>
        <source>新建申请(&amp;N)</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="64"/>
        <source>新建调阅申请</source>
        <translation>New access request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="65"/>
        <source>审批(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="65"/>
        <source>审批所选申请</source>
        <translation>Decide the selected request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="66"/>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="209"/>
        <source>登记查阅(&amp;V)</source>
        <translation>Register &amp;viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="66"/>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="210"/>
        <source>登记查阅</source>
        <translation>Register viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="67"/>
        <source>撤销授权(&amp;X)</source>
        <translation>Revo&amp;ke grant</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="67"/>
        <source>撤销所选申请的授权</source>
        <translation>Revoke the grant of the selected request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="69"/>
        <source>打印审批表(&amp;P)</source>
        <translation>&amp;Print form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="69"/>
        <source>打印所选申请的审批表</source>
        <translation>Print the approval form of the selected request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="71"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="71"/>
        <source>刷新申请列表</source>
        <translation>Refresh the request list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="79"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="79"/>
        <source>资料数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="79"/>
        <source>查阅时段</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="79"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="80"/>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="80"/>
        <source>调阅申请列表</source>
        <translation>Access request list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="81"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="84"/>
        <source>今日到期的授权</source>
        <translation>Grants ending today</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="119"/>
        <source>保存审批表</source>
        <translation>Save approval form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="131"/>
        <source>审批表已保存：{0}</source>
        <translation>Approval form saved: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="154"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="172"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="173"/>
        <source>今日到期的授权：{0} 项（申请编号 {1}）</source>
        <translation>Grants ending today: {0} (requests {1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="205"/>
        <source>结束查阅(&amp;V)</source>
        <translation>End &amp;viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="206"/>
        <source>结束查阅</source>
        <translation>End viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="229"/>
        <source>已登记第 {0} 号调阅申请，待审批。</source>
        <translation>Access request {0} registered; it awaits approval.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="244"/>
        <source>第 {0} 号申请：{1}已办理第 {2} 步（{3}），当前状态：{4}。</source>
        <translation>Request {0}: {1} decided step {2} ({3}); status: {4}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="263"/>
        <source>第 {0} 号申请的授权已撤销。</source>
        <translation>The grant of request {0} has been revoked.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="281"/>
        <source>第 {0} 号查阅已结束（{1} 至 {2}）。</source>
        <translation>Viewing {0} ended ({1} to {2}).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="287"/>
        <source>已登记查阅：查阅人 {0}，事由 {1}，开始于 {2}。</source>
        <translation>Viewing registered: viewer {0}, reason {1}, started {2}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="122"/>
        <source>重设密码 — {0}</source>
        <translation>Reset password — {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="126"/>
        <source>临时密码(&amp;W)：</source>
        <translation>Temporary pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="126"/>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="127"/>
        <source>再次输入(&amp;A)：</source>
        <translation>Repe&amp;at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="127"/>
        <source>再次输入临时密码</source>
        <translation>Repeat the temporary password</translation>
    </message>
</context>
<context>
    <name>RestoreChoice</name>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="37"/>
        <source>建立新的档案库(&amp;E)</source>
        <translation>Create a n&amp;ew archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="38"/>
        <source>建立新的档案库</source>
        <translation>Create a new archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="39"/>
        <source>从备份恢复档案库(&amp;R)</source>
        <translation>&amp;Restore the archive from a backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="40"/>
        <source>从备份恢复档案库</source>
        <translation>Restore the archive from a backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="46"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="47"/>
        <source>例如 F:\证据室备份</source>
        <translation>e.g. F:\EvidenceRoom backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="48"/>
        <source>选择备份(&amp;U)…</source>
        <translation>Choose back&amp;up…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="49"/>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="86"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="51"/>
        <source>备份文件夹(&amp;K)：</source>
        <translation>Bac&amp;kup folder:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="53"/>
        <source>恢复时逐个核对每个文件的 SHA-256；缺失或被改动的文件会逐一列出。恢复后用备份中的账户登录。</source>
        <translation>During the restore, each file&apos;s SHA-256 is checked; missing or altered files are listed one by one. After restoring, sign in with an account from the backup.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="82"/>
        <source>恢复档案库(&amp;F)</source>
        <translation>Restore &amp;archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="82"/>
        <source>建立档案库(&amp;F)</source>
        <translation>Create &amp;archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="105"/>
        <source>请选择备份文件夹。</source>
        <translation>Choose the backup folder.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="113"/>
        <source>正在从备份恢复并逐个核对文件…</source>
        <translation>Restoring from the backup and checking each file…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="113"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="114"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="115"/>
        <source>恢复进度</source>
        <translation>Restore progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="133"/>
        <source>恢复已取消，未建立档案库。</source>
        <translation>Restore cancelled; no archive was created.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="145"/>
        <source>恢复完成，但有问题</source>
        <translation>Restore finished, with problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/backup/restore_choice.py" line="146"/>
        <source>已恢复 {0} 个文件；以下 {1} 个文件未能恢复，已记入审计日志：
{2}</source>
        <translation>{0} files restored; the following {1} files could not be restored and have been recorded in the audit log:
{2}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="66"/>
        <source>第 5 步：导入结果</source>
        <translation>Step 5: Import result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="69"/>
        <source>结果摘要</source>
        <translation>Result summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="75"/>
        <source>需要注意的事项</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="85"/>
        <source>导入批次：</source>
        <translation>Import batch:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="85"/>
        <source>案号：</source>
        <translation>Case no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="85"/>
        <source>取证人员：</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="86"/>
        <source>移交人：</source>
        <translation>Handed in by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="86"/>
        <source>接收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="86"/>
        <source>来源设备：</source>
        <translation>Source device:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <source>接收时间：</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <source>批次状态：</source>
        <translation>Batch status:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="105"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="105"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="108"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="110"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="112"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="105"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="105"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="105"/>
        <source>移交期限</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="106"/>
        <source>完整性</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="106"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="108"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="110"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="112"/>
        <source>来源位置</source>
        <translation>Source location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="106"/>
        <source>已存入的文件</source>
        <translation>Stored files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="108"/>
        <source>已存档编号</source>
        <translation>Archived as no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="108"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="108"/>
        <source>重复的文件</source>
        <translation>Duplicate files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="110"/>
        <source>拒收原因</source>
        <translation>Reason rejected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="110"/>
        <source>拒收的文件</source>
        <translation>Rejected files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="112"/>
        <source>跳过原因</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="112"/>
        <source>跳过的文件</source>
        <translation>Skipped files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="119"/>
        <source>设备存储</source>
        <translation>Device storage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="121"/>
        <source>已清除设备存储(&amp;C)…</source>
        <translation>Device storage &amp;cleared…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="122"/>
        <source>已清除设备存储</source>
        <translation>Device storage cleared</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="123"/>
        <source>登记设备存储卡已在核验通过后清除</source>
        <translation>Register that the device&apos;s memory card was cleared after verification passed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="126"/>
        <source>清除设备存储的提示</source>
        <translation>Device storage message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="141"/>
        <source>打印移交回执(&amp;P)…</source>
        <translation>&amp;Print hand-in receipt…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="142"/>
        <source>打印移交回执</source>
        <translation>Print hand-in receipt</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="143"/>
        <source>保存本批次的移交回执 PDF 并打开以便打印</source>
        <translation>Saves this batch&apos;s hand-in receipt as a PDF and opens it for printing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="146"/>
        <source>移交回执的提示</source>
        <translation>Hand-in receipt message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="172"/>
        <source>导入已取消：%1。</source>
        <translation>Import cancelled: %1.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="178"/>
        <source>未处理的文件没有入库，重新导入同一来源即可补齐，已存入的不会重复保存</source>
        <translation>files not yet processed were not stored; import the same source again to add them (files already stored are not stored twice)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="180"/>
        <source>%1 个文件被拒收，请查看“拒收”中的原因</source>
        <translation>%1 file(s) rejected, see the reasons under &quot;Rejected&quot;</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="182"/>
        <source>%1 个文件逾期移交</source>
        <translation>%1 file(s) handed in late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="184"/>
        <source>%1 个文件有损坏标记（已按原样保存）</source>
        <translation>%1 file(s) marked as damaged (stored as they were)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="185"/>
        <source>请注意：</source>
        <translation>Please note: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="185"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="185"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="283"/>
        <source>核验完成前不能登记清除设备存储</source>
        <translation>Clearing the device storage cannot be registered until verification is complete</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="284"/>
        <source>正在核验已存入的文件（重新读取并核对 SHA-256）…</source>
        <translation>Verifying the stored files (re-reading them and checking SHA-256)…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="297"/>
        <source>正在核验已存入的文件（%1/%2）…</source>
        <translation>Verifying the stored files (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="302"/>
        <source>核验未完成：</source>
        <translation>Verification not completed: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="317"/>
        <source>✔ 设备存储已于 %1 由 %2 清除，已记入设备台账。</source>
        <translation>✔ Device storage cleared at %1 by %2; entered in the device ledger.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="322"/>
        <source>核验通过：%1 个文件与导入时的 SHA-256 一致。清除设备 %2 的存储后请登记。</source>
        <translation>Verified: %1 file(s) match their SHA-256 from import. Once the storage of device %2 is cleared, register it.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="325"/>
        <source>登记设备存储已清除（经办人、时间记入设备台账）</source>
        <translation>Register that the device storage was cleared (who and when go into the device ledger)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="327"/>
        <source>设备存储暂不能清除：</source>
        <translation>The device storage cannot be cleared yet: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="337"/>
        <source>登记已清除设备存储</source>
        <translation>Register device storage cleared</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="338"/>
        <source>确认已清除设备 %1 的存储？

取证人员：%2
已存档并核验的文件：%3 个

登记后记入设备台账（经办人、时间），不能撤销。</source>
        <translation>Has the storage of device %1 been cleared?

Recorded by: %2
Files archived and verified: %3

Once registered, this goes into the device ledger (who and when) and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="342"/>
        <source>已清除，登记(&amp;Y)</source>
        <translation>&amp;Yes, cleared: register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="343"/>
        <source>已清除，登记</source>
        <translation>Yes, cleared: register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="344"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="345"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="103"/>
        <source>结果分类</source>
        <translation>Result categories</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="137"/>
        <source>再导入一批(&amp;N)</source>
        <translation>Import &amp;another batch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="138"/>
        <source>再导入一批</source>
        <translation>Import another batch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="168"/>
        <source>存入 %1 个，重复 %2 个，拒收 %3 个，跳过 %4 个</source>
        <translation>%1 stored, %2 duplicates, %3 rejected, %4 skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="174"/>
        <source>导入完成：%1。</source>
        <translation>Import finished: %1.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="188"/>
        <source>已完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="188"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="188"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="189"/>
        <source>被中断</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="190"/>
        <source>未归档</source>
        <translation>Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="205"/>
        <source>已存入</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="205"/>
        <source>重复</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="206"/>
        <source>拒收</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="206"/>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="220"/>
        <source>保存移交回执</source>
        <translation>Save hand-in receipt</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="233"/>
        <source>正在生成移交回执…</source>
        <translation>Creating the hand-in receipt…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="252"/>
        <source>⚠ 有损坏</source>
        <translation>⚠ Damaged</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="255"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="75"/>
        <source>适用的保存规定</source>
        <translation>Applicable retention regulation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="77"/>
        <source>保存期限列表</source>
        <translation>Retention period list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="78"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="78"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="86"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="78"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="86"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="311"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="78"/>
        <source>拍摄时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="78"/>
        <source>保存至</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="79"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="81"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="89"/>
        <source>即将到期</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="82"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="89"/>
        <source>到期待处理</source>
        <translation>Expired, to be handled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="83"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="89"/>
        <source>长期保存缺光盘</source>
        <translation>Long-term, disc missing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="84"/>
        <source>保全对象</source>
        <translation>Held item</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="84"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="84"/>
        <source>保全人</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="84"/>
        <source>保全时间</source>
        <translation>Held at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="85"/>
        <source>资料数</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="85"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="89"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="268"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="269"/>
        <source>保全</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="86"/>
        <source>申请号</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="86"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="99"/>
        <source>资料编号</source>
        <translation>Recording no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="86"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="312"/>
        <source>到期日</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="87"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="87"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="313"/>
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="87"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="90"/>
        <source>待审批清除</source>
        <translation>Disposals pending approval</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="100"/>
        <source>资料编号(&amp;I)：</source>
        <translation>Recording &amp;ID:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="103"/>
        <source>标记永久保存(&amp;P)…</source>
        <translation>Mark for &amp;permanent retention…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="103"/>
        <source>标记长期保存(&amp;L)…</source>
        <translation>Mark for &amp;long-term retention…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="104"/>
        <source>标记为证据(&amp;E)</source>
        <translation>Mark as &amp;evidence</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="104"/>
        <source>案件保存信息(&amp;F)…</source>
        <translation>Case retention in&amp;fo…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="105"/>
        <source>保全所属案件(&amp;H)…</source>
        <translation>&amp;Hold its case…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="105"/>
        <source>仍有保存意义(&amp;K)…</source>
        <translation>Still worth &amp;keeping…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="106"/>
        <source>提出清除(&amp;D)…</source>
        <translation>Propose &amp;disposal…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="106"/>
        <source>解除保全(&amp;U)…</source>
        <translation>Release h&amp;old…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="107"/>
        <source>审批清除（本人登录）(&amp;A)…</source>
        <translation>&amp;Approve disposal (approver signs in)…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="107"/>
        <source>打印保存期限报告(&amp;B)…</source>
        <translation>Print retentio&amp;n report…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="108"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="113"/>
        <source>保存期限提示</source>
        <translation>Retention message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="158"/>
        <source>适用规定：{0}。到期的资料不会自动删除，仍可调阅；清除须经审批人当面批准。</source>
        <translation>Applicable regulation: {0}. Expired recordings are not deleted automatically and can still be accessed; disposal needs an approver&apos;s approval in person.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="174"/>
        <source>列表只显示最早的 {0} 条；处理后刷新可看到其余的。</source>
        <translation>The list shows only the earliest {0}; refresh after handling them to see the rest.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="222"/>
        <source>第 {0} 号资料已标记。</source>
        <translation>Recording {0} marked.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="225"/>
        <source>标记永久保存</source>
        <translation>Mark for permanent retention</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="228"/>
        <source>标记长期保存（刻录光盘一式两份）</source>
        <translation>Mark for long-term retention (burn two copies on disc)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="237"/>
        <source>第 {0} 号资料已标记为证据，与案卷保存期限相同。</source>
        <translation>Recording {0} marked as evidence; it is kept as long as the case file.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="247"/>
        <source>这份资料未归入案件。</source>
        <translation>This recording is not filed under a case.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="258"/>
        <source>案件 {0} 的保存信息已保存。</source>
        <translation>Retention details of case {0} saved.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="265"/>
        <source>这份资料既未归入案件，也未关联执法活动，无法保全。</source>
        <translation>This recording is neither filed under a case nor linked to an activity, so it cannot be put on hold.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="267"/>
        <source>案件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="267"/>
        <source>执法活动 {0}</source>
        <translation>Activity {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="268"/>
        <source>保全{0}的全部资料（被投诉、信访或诉讼时）。保全期间不能清除。</source>
        <translation>Put all recordings of {0} on hold (for a complaint, petition or lawsuit). Nothing can be disposed of while the hold lasts.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="274"/>
        <source>已保全{0}。</source>
        <translation>{0} is on hold.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="278"/>
        <source>仍有保存意义</source>
        <translation>Still worth keeping</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="278"/>
        <source>第 {0} 号资料已到期。写明仍需保存的理由：</source>
        <translation>Recording {0} has expired. State why it still needs to be kept:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="279"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="282"/>
        <source>已记录：第 {0} 号资料仍有保存意义。</source>
        <translation>Recorded: recording {0} is still worth keeping.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="287"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="289"/>
        <source>提出清除</source>
        <translation>Propose disposal</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="287"/>
        <source>第 {0} 号资料已到期。写明为何已无保存意义；须经审批人当面批准后才会清除。</source>
        <translation>Recording {0} has expired. State why it is no longer worth keeping; it is disposed of only after an approver approves in person.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="292"/>
        <source>已提出清除 {0} 份资料（第 {1} 号），等待审批。</source>
        <translation>Disposal of {0} recording(s) proposed (no. {1}); awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="303"/>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="304"/>
        <source>解除保全</source>
        <translation>Release hold</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="303"/>
        <source>解除对{0}的保全，写明理由：</source>
        <translation>Release the hold on {0}. State the reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="307"/>
        <source>保全已解除。</source>
        <translation>Hold released.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="311"/>
        <source>资料</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="312"/>
        <source>清除理由</source>
        <translation>Disposal reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="316"/>
        <source>第 {0} 号资料已清除，清除记录已保存。</source>
        <translation>Recording {0} disposed of; its tombstone has been saved.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/retention_tab.py" line="317"/>
        <source>已不同意清除，资料保留。</source>
        <translation>Disposal refused; the recording is kept.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="146"/>
        <source>归还设备</source>
        <translation>Return device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="148"/>
        <source>使用人员：{0}</source>
        <translation>Holder: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="149"/>
        <source>使用人员</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="152"/>
        <source>完好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="153"/>
        <source>有损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="154"/>
        <source>有故障</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="155"/>
        <source>设备状况(&amp;C)：</source>
        <translation>&amp;Condition:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="155"/>
        <source>设备状况</source>
        <translation>Device condition</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="156"/>
        <source>有故障时必填：故障现象</source>
        <translation>Required if faulty: the symptoms</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="157"/>
        <source>故障情况(&amp;F)：</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="157"/>
        <source>故障情况</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="160"/>
        <source>例如：现场检查全过程，约 40 分钟</source>
        <translation>e.g. The whole on-site inspection, about 40 minutes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="161"/>
        <source>记录内容(&amp;R)：</source>
        <translation>What was &amp;recorded:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="161"/>
        <source>记录内容</source>
        <translation>What was recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="162"/>
        <source>有音像资料需要导入(&amp;M)</source>
        <translation>There are recordings to i&amp;mport</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="163"/>
        <source>有音像资料需要导入</source>
        <translation>There are recordings to import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="169"/>
        <source>活动开始(&amp;S)：</source>
        <translation>Activity &amp;start:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="169"/>
        <source>执法活动开始时间</source>
        <translation>Enforcement activity start time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="170"/>
        <source>活动结束(&amp;E)：</source>
        <translation>Activity &amp;end:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="170"/>
        <source>执法活动结束时间</source>
        <translation>Enforcement activity end time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="173"/>
        <source>例如：现场检查</source>
        <translation>e.g. On-site inspection</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="174"/>
        <source>活动说明(&amp;A)：</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="174"/>
        <source>执法活动说明</source>
        <translation>Enforcement activity description</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="175"/>
        <source>确定后转到“导入”页，取证人员、设备和执法活动已填好；移交期限从活动结束时起算。</source>
        <translation>After OK, the &quot;Import&quot; page opens with the officer, device and activity filled in; the hand-in deadline runs from the end of the activity.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/move_dialogs.py" line="187"/>
        <source>归还</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="17"/>
        <source>登记音像记录资料评查</source>
        <translation>Register review of recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="17"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="24"/>
        <source>例如：本年度各大队现场检查和调查取证的音像资料</source>
        <translation>e.g. This year&apos;s recordings of on-site inspections and evidence gathering by all teams</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="32"/>
        <source>评查日期(&amp;D)：</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="32"/>
        <source>评查日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="33"/>
        <source>评查范围(&amp;S)：</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="33"/>
        <source>评查范围</source>
        <translation>Review scope</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="34"/>
        <source>评查人员(&amp;R)：</source>
        <translation>&amp;Reviewers:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="34"/>
        <source>评查人员</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="35"/>
        <source>评查资料数(&amp;N)：</source>
        <translation>&amp;Number of recordings reviewed:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="35"/>
        <source>评查资料数</source>
        <translation>Number of recordings reviewed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="36"/>
        <source>发现的问题(&amp;F)：</source>
        <translation>Problems &amp;found:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="36"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="37"/>
        <source>整改措施(&amp;M)：</source>
        <translation>Corrective &amp;measures:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/review_dialog.py" line="37"/>
        <source>整改措施</source>
        <translation>Corrective measures</translation>
    </message>
</context>
<context>
    <name>ReviewFormDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="207"/>
        <source>评查表</source>
        <translation>Review form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="211"/>
        <source>第 {0} 号资料 {1}；执法人员：{2}；执法活动：{3}；清单事项：{4}</source>
        <translation>Recording {0} {1}; officer: {2}; activity: {3}; list item: {4}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="214"/>
        <source>评查的资料</source>
        <translation>Recording under review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="220"/>
        <source>开场与告知（002§8、002§9、001§12）</source>
        <translation>Opening and notice (002§8, 002§9, 001§12)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="220"/>
        <source>应当反映的内容（002§10、003§14）</source>
        <translation>Required content (002§10, 003§14)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="221"/>
        <source>清单记录内容（{0}）</source>
        <translation>Recording list content ({0})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="240"/>
        <source>评查项目</source>
        <translation>Review items</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="246"/>
        <source>评查意见(&amp;O)：</source>
        <translation>Review c&amp;omments:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="246"/>
        <source>评查意见</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="249"/>
        <source>时间点</source>
        <translation>Time point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="249"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="249"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="249"/>
        <source>评查人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="250"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="253"/>
        <source>标记的问题</source>
        <translation>Flagged problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="254"/>
        <source>双击或按回车键跳转到该时间点</source>
        <translation>Double-click or press Enter to jump to that point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="256"/>
        <source>标记的问题(&amp;P)</source>
        <translation>Fla&amp;gged problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="261"/>
        <source>提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="262"/>
        <source>标记问题(&amp;F)…</source>
        <translation>&amp;Flag a problem…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="262"/>
        <source>在当前播放位置标记问题</source>
        <translation>Flag a problem at the current playback position</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="263"/>
        <source>打印评查表(&amp;P)…</source>
        <translation>&amp;Print review form…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="263"/>
        <source>保存并打印评查表</source>
        <translation>Save and print the review form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="264"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="264"/>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="394"/>
        <source>保存评查表</source>
        <translation>Save the review form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="265"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="265"/>
        <source>关闭评查表</source>
        <translation>Close the review form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="266"/>
        <source>打印最近一次保存的评查表；尚未保存时打印空白评查表</source>
        <translation>Prints the review form as last saved; a blank form if it has not been saved yet</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="270"/>
        <source>评查表由执法监督人员、审批人或系统管理员填写</source>
        <translation>The review form is filled in by an inspector, an approver or the system administrator</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="313"/>
        <source>显示 {0} 于 {1} 保存的评查表。</source>
        <translation>Showing the review form saved by {0} at {1}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="336"/>
        <source>播放器已不再显示这件资料；评查表仍可填写和保存，但不能转到时间点。</source>
        <translation>The player no longer shows this recording; the form can still be filled in and saved, but cannot go to time points.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="369"/>
        <source>评查表已保存（{0} 项）。</source>
        <translation>Review form saved ({0} items).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="385"/>
        <source>已在 {0} 处记为问题，并登记为第 {1} 号检查发现。</source>
        <translation>Problem flagged at {0} and registered as finding {1}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_form.py" line="405"/>
        <source>评查表已保存：{0}</source>
        <translation>Review form saved: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="80"/>
        <source>画面正在全屏显示。按 Esc 或 F 键返回。</source>
        <translation>The picture is shown full screen. Press Esc or F to return.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="87"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="223"/>
        <source>存档区中找不到第 {0} 号资料的原件（SHA-256 {1}…）。请运行“校验”并报告管理员。</source>
        <translation>The original of recording {0} (SHA-256 {1}…) is missing from the store. Run &quot;Verify archive&quot; and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="309"/>
        <source>已在 {0} 处添加标记。</source>
        <translation>Marker added at {0}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="329"/>
        <source>无法显示这张照片（{0}）。原件已按原样保存，可用“校验”确认其完整。</source>
        <translation>Cannot show this photo ({0}). The original is stored as it was; &quot;Verify archive&quot; confirms it is intact.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="346"/>
        <source>播放组件 libvlc 无法启动（{0}）。请安装 VLC 3.0 后重试。</source>
        <translation>The libvlc player cannot start ({0}). Install VLC 3.0 and try again.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="352"/>
        <source>此显示环境（{0}）不能内嵌视频画面，只播放声音。请在 X11 桌面或 Windows 上调阅。</source>
        <translation>This display ({0}) cannot embed video, so only the sound plays. Review on an X11 desktop or on Windows.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="355"/>
        <source>音频资料：{0}</source>
        <translation>Audio recording: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="368"/>
        <source>无法登记本次调阅，未播放：{0}</source>
        <translation>Cannot register this viewing, so it was not played: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="379"/>
        <source>本次调阅的结束未能登记：{0}</source>
        <translation>The end of this viewing could not be registered: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="393"/>
        <source>播放器在 {0} 秒内未能打开此文件。原件已按原样保存，可用“校验”确认其完整。</source>
        <translation>The player could not open this file within {0} seconds. The original is stored as it was; &quot;Verify archive&quot; confirms it is intact.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="396"/>
        <source>播放器无法解码此文件，无法播放。原件已按原样保存，未被改动；可用“校验”确认其与存档时一致，或交技术人员检查。</source>
        <translation>The player cannot decode this file, so it cannot be played. The original is stored unchanged; &quot;Verify archive&quot; confirms it matches what was archived, or a technician can examine it.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="403"/>
        <source>当前无法截图。</source>
        <translation>A snapshot cannot be taken now.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="411"/>
        <source>已保存 {0} 处的截图（SHA-256 {1}…）。</source>
        <translation>Snapshot at {0} saved (SHA-256 {1}…).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="454"/>
        <source>拍摄时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="455"/>
        <source>录音时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="455"/>
        <source>画面时间</source>
        <translation>Frame time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="458"/>
        <source>开始时间加当前位置，按 {0} 时间显示</source>
        <translation>Start time plus the current position, shown in {0} time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="460"/>
        <source>；开始时间取自文件修改时间，可能不准确</source>
        <translation>; the start time comes from the file&apos;s modified time and may be inaccurate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="471"/>
        <source>未打开资料</source>
        <translation>No recording open</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="26"/>
        <source>撤销第 {0} 号申请的授权</source>
        <translation>Revoke the grant of request {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="29"/>
        <source>撤销后不能再依此授权查阅或复制资料。</source>
        <translation>Once revoked, the grant no longer allows viewing or copying.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="30"/>
        <source>撤销说明</source>
        <translation>About revoking</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="34"/>
        <source>撤销理由（必填）</source>
        <translation>Reason for revoking (required)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="36"/>
        <source>撤销理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="36"/>
        <source>撤销理由</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="37"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="40"/>
        <source>撤销授权</source>
        <translation>Revoke grant</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="41"/>
        <source>确认撤销授权</source>
        <translation>Confirm revoking the grant</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="43"/>
        <location filename="../../evidenceroom/ui/requests/revoke_dialog.py" line="44"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="51"/>
        <source>第 4 步：导入</source>
        <translation>Step 4: Import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="52"/>
        <source>每个文件在复制的同时计算 SHA-256，写入磁盘并设为只读后才登记入库。取消后，已完成的文件保留在档案库中，正在复制的文件不会入库。</source>
        <translation>Each file&apos;s SHA-256 is computed while it is copied; a file is registered only once it is on disk and read-only. If you cancel, finished files stay in the archive and the file being copied is not stored.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="57"/>
        <source>导入进度</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="72"/>
        <source>文件：</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="72"/>
        <source>已完成文件数</source>
        <translation>Files done</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="73"/>
        <source>数据量：</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="73"/>
        <source>已复制数据量</source>
        <translation>Data copied</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="74"/>
        <source>速度：</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="74"/>
        <source>复制速度</source>
        <translation>Copy speed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="75"/>
        <source>剩余时间：</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="75"/>
        <source>预计剩余时间</source>
        <translation>Estimated time left</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="76"/>
        <source>当前文件：</source>
        <translation>Current file:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="76"/>
        <source>当前文件</source>
        <translation>Current file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="83"/>
        <source>导入状态</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="84"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="85"/>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="122"/>
        <source>取消导入(&amp;C)</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="86"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="120"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="135"/>
        <source>正在取消：当前数据块写完后停止…</source>
        <translation>Cancelling: stopping once the current block is written…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="168"/>
        <source>导入已取消。</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="168"/>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/run_page.py" line="174"/>
        <source>导入未能开始或中途出错。</source>
        <translation>The import could not start or failed part-way.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="25"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="28"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="29"/>
        <source>跟随系统</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="34"/>
        <source>界面语言(&amp;G)：</source>
        <translation>Interface lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="36"/>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A change of language takes effect when the program restarts.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="55"/>
        <source>保管员可为核对导入而播放资料（无需调阅申请，每次播放仍记入审计日志）</source>
        <translation>Clerks may play recordings to check an import (no request needed; every playback is still audited)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="56"/>
        <source>保管员核对导入时播放</source>
        <translation>Clerks play for the import check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="60"/>
        <location filename="../../evidenceroom/ui/settings_page.py" line="76"/>
        <source>只有管理员可以更改。</source>
        <translation>Only an administrator can change this.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="63"/>
        <source>设置提示</source>
        <translation>Settings message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="68"/>
        <source>审批流程</source>
        <translation>Approval chain</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="69"/>
        <source>一级审批</source>
        <translation>One step (a supervisor approves)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="70"/>
        <source>两级审批（办公室主任审核、局领导批准，003§22）</source>
        <translation>Two steps (office director reviews, bureau leader approves, 003 §22)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="78"/>
        <source>审批流程(&amp;P)：</source>
        <translation>A&amp;pproval chain:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="98"/>
        <location filename="../../evidenceroom/ui/settings_page.py" line="106"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="126"/>
        <source>EvidenceRoom 首次设置</source>
        <translation>EvidenceRoom first-time setup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="135"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="136"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="137"/>
        <source>建立档案库(&amp;F)</source>
        <translation>Create &amp;archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="138"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="142"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="43"/>
        <source>第 1 步：选择来源</source>
        <translation>Step 1: Choose the source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="45"/>
        <source>把执法记录仪或存储卡接到电脑上，它会出现在下面的列表中；也可以选择一个文件夹，或把文件夹直接拖到本页。所有文件只读取、不改动。</source>
        <translation>Connect the body-worn camera or memory card to this computer and it appears in the list below; or choose a folder, or drag one onto this page. Files are only read, never changed.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="55"/>
        <source>新插入的设备</source>
        <translation>Newly connected device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="56"/>
        <source>从此设备导入</source>
        <translation>Import from this device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="57"/>
        <source>从新插入的设备导入</source>
        <translation>Import from the newly connected device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="65"/>
        <source>可移动磁盘与存储卡(&amp;D)</source>
        <translation>Removable &amp;disks and memory cards</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="67"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="67"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="67"/>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="67"/>
        <source>可用</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="68"/>
        <source>可移动磁盘与存储卡</source>
        <translation>Removable disks and memory cards</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="79"/>
        <source>未发现可移动磁盘。插入设备后，列表每 2 秒自动刷新。</source>
        <translation>No removable disk found. Once a device is connected, the list refreshes every 2 seconds.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="81"/>
        <source>从所选磁盘导入(&amp;U)</source>
        <translation>&amp;Use selected disk</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="82"/>
        <source>从所选磁盘导入</source>
        <translation>Import from the selected disk</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="84"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="85"/>
        <source>刷新磁盘列表</source>
        <translation>Refresh the disk list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="91"/>
        <source>把文件夹或文件拖到这里，或者</source>
        <translation>Drag folders or files here, or</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="92"/>
        <source>拖放区</source>
        <translation>Drop area</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="93"/>
        <source>选择文件夹(&amp;F)…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="94"/>
        <source>选择文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="96"/>
        <source>选择文件(&amp;I)…</source>
        <translation>Choose f&amp;iles…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="97"/>
        <source>选择文件</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="107"/>
        <source>已选来源：</source>
        <translation>Selected source:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="108"/>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="151"/>
        <source>（尚未选择）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="110"/>
        <source>已选来源</source>
        <translation>Selected source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="170"/>
        <source>新插入</source>
        <translation>Just connected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="172"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="193"/>
        <source>检测到新插入的设备“%1”（%2，%3）。是否从此设备导入？</source>
        <translation>Device &quot;%1&quot; (%2, %3) was just connected. Import from it?</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="220"/>
        <source>选择要导入的文件夹</source>
        <translation>Choose a folder to import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/source_page.py" line="226"/>
        <source>选择要导入的文件</source>
        <translation>Choose files to import</translation>
    </message>
</context>
<context>
    <name>SpotCheckTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="45"/>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="163"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="53"/>
        <source>抽取(&amp;D)</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="54"/>
        <source>按比例随机抽取音像资料</source>
        <translation>Draw a random sample of recordings at the given percentage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="56"/>
        <source>新的抽查</source>
        <translation>New spot check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="59"/>
        <source>部门(&amp;B)：</source>
        <translation>Depar&amp;tment:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="59"/>
        <source>抽查部门</source>
        <translation>Spot check department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="60"/>
        <source>抽查比例(&amp;P)：</source>
        <translation>Sample &amp;percentage:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="60"/>
        <source>抽查比例</source>
        <translation>Sample percentage</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="64"/>
        <source>抽查记录(&amp;C)：</source>
        <translation>Spot &amp;checks:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="66"/>
        <source>抽查记录</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="67"/>
        <source>打印评分表 PDF(&amp;R)…</source>
        <translation>P&amp;rint score sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="68"/>
        <source>把所选抽查的评分表保存为 PDF</source>
        <translation>Save the score sheet of the selected spot check as PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="71"/>
        <source>抽查信息</source>
        <translation>Spot check details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="72"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="72"/>
        <source>资料</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="72"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="72"/>
        <source>拍摄时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="73"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="73"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="73"/>
        <source>（一）规定事项</source>
        <translation>(1) Required matters</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="74"/>
        <source>（二）不间断</source>
        <translation>(2) Uninterrupted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="74"/>
        <source>（三）移交管理</source>
        <translation>(3) Hand-in and management</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="74"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="74"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="75"/>
        <source>抽中的音像资料</source>
        <translation>Sampled recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="78"/>
        <source>评分（每项 0–{0} 分，003§26）</source>
        <translation>Scores (0–{0} points each, 003§26)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="80"/>
        <source>（一）规定事项是否记录(&amp;1)：</source>
        <translation>(&amp;1) Required matters recorded:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="80"/>
        <source>规定事项是否进行现场执法记录</source>
        <translation>Whether the required matters were recorded on site</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="81"/>
        <source>（二）是否不间断记录(&amp;2)：</source>
        <translation>(&amp;2) Recorded without interruption:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="81"/>
        <source>执法全过程是否不间断记录</source>
        <translation>Whether the whole enforcement process was recorded without interruption</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="82"/>
        <source>（三）移交、管理和使用(&amp;3)：</source>
        <translation>(&amp;3) Hand-in, management and use:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="82"/>
        <source>资料的移交、管理和使用情况</source>
        <translation>How the recordings were handed in, managed and used</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="89"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="89"/>
        <source>评分备注</source>
        <translation>Scoring notes</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="90"/>
        <source>保存评分(&amp;S)</source>
        <translation>&amp;Save scores</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="91"/>
        <source>保存所选资料的评分</source>
        <translation>Save the scores of the selected recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="94"/>
        <source>登记发现的问题(&amp;F)…</source>
        <translation>Register a &amp;finding…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="95"/>
        <source>为所选资料登记发现的问题</source>
        <translation>Register a finding for the selected recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="99"/>
        <source>抽查提示</source>
        <translation>Spot check message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="130"/>
        <source>第 {0} 号（{1} 抽取，{2} 件中抽 {3} 件）</source>
        <translation>No. {0} (drawn {1}, {3} of {2})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="145"/>
        <source>已抽取第 {0} 号抽查：{1} 件中抽取 {2} 件。</source>
        <translation>Spot check {0} drawn: {2} of {1} recordings.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="157"/>
        <source>尚未抽查。选择时段和比例后点“抽取”。</source>
        <translation>No spot check yet. Choose a period and percentage, then click &quot;Draw&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="161"/>
        <source>时段 {0} 至 {1}；{2}；比例 {3:.1f}%；随机种子 {4}；{5}；抽取人 {6}</source>
        <translation>Period {0} to {1}; {2}; percentage {3:.1f}%; random seed {4}; {5}; drawn by {6}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="164"/>
        <source>按种子复核一致</source>
        <translation>Re-drawn from the seed: identical</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="164"/>
        <source>按种子复核不一致！</source>
        <translation>Re-drawn from the seed: NOT identical!</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="185"/>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="202"/>
        <source>请先选择抽中的资料。</source>
        <translation>First choose a sampled recording.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="193"/>
        <source>已保存第 {0} 件的评分。</source>
        <translation>Scores for recording {0} saved.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="206"/>
        <source>已登记问题，记入执法人员 {0} 的考评记录。</source>
        <translation>Finding registered and added to the performance record of officer {0}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="214"/>
        <source>请先抽取或选择一次抽查。</source>
        <translation>First draw or choose a spot check.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/spot_check_tab.py" line="218"/>
        <source>保存抽查评分表</source>
        <translation>Save spot check score sheet</translation>
    </message>
</context>
<context>
    <name>StateColumn</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/board.py" line="84"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/board.py" line="85"/>
        <source>{0}栏，{1} 台设备</source>
        <translation>{0} column, {1} device(s)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/board.py" line="88"/>
        <source>再显示 {0} 台（共 {1} 台未显示）</source>
        <translation>Show {0} more ({1} not shown)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/board.py" line="89"/>
        <source>{0}栏显示更多设备</source>
        <translation>Show more devices in the {0} column</translation>
    </message>
</context>
<context>
    <name>StorageClearedDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="28"/>
        <source>记录存储已清除</source>
        <translation>Storage cleared</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="34"/>
        <source>最近一次导入</source>
        <translation>Latest import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="35"/>
        <source>最近一次导入：</source>
        <translation>Latest import:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="37"/>
        <source>核验情况</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="38"/>
        <source>核验情况：</source>
        <translation>Verification:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="41"/>
        <source>清除时间(&amp;W)：</source>
        <translation>&amp;When cleared:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="41"/>
        <source>清除时间</source>
        <translation>Time cleared</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="42"/>
        <source>例如：存储卡已在设备上格式化</source>
        <translation>e.g. Memory card formatted in the device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="43"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="43"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="45"/>
        <source>该设备没有导入记录。</source>
        <translation>This device has no imports.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="46"/>
        <source>没有已核验的导入，不能登记清除设备存储。</source>
        <translation>No verified import, so clearing the device storage cannot be registered.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="49"/>
        <source>第 %1 批，%2 接收，取证人员 %3，存入 %4 个、重复 %5 个</source>
        <translation>Batch %1, received %2, recorded by %3, %4 stored, %5 duplicates</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="57"/>
        <source>正在核验已存入的文件（重新读取并核对 SHA-256）…</source>
        <translation>Verifying the stored files (re-reading them and checking SHA-256)…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="69"/>
        <source>核验未完成：</source>
        <translation>Verification not completed: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="80"/>
        <source>设备存储已于 %1 由 %2 清除。</source>
        <translation>Device storage cleared at %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="84"/>
        <source>核验通过：%1 个文件与导入时的 SHA-256 一致，可以登记。</source>
        <translation>Verified: %1 file(s) match their SHA-256 from import; you can register.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="86"/>
        <source>暂不能登记：</source>
        <translation>Cannot register yet: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/custody/storage_dialog.py" line="92"/>
        <source>登记已清除</source>
        <translation>Register clearing</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_bar.py" line="40"/>
        <source>活动时间轴</source>
        <translation>Activity time axis</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_bar.py" line="44"/>
        <source>单击片段或照片即可打开；键盘用户请使用下方的表格</source>
        <translation>Click a segment or photo to open it; keyboard users, use the table below</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_bar.py" line="85"/>
        <source>{0} 个片段，{1} 张照片，{2} 段未记录</source>
        <translation>{0} segment(s), {1} photo(s), {2} period(s) not recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_bar.py" line="134"/>
        <location filename="../../evidenceroom/ui/player/timeline_bar.py" line="161"/>
        <source>未登记设备</source>
        <translation>Unregistered device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_bar.py" line="144"/>
        <source>未打开执法活动</source>
        <translation>No enforcement activity open</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="65"/>
        <source>执法活动</source>
        <translation>Enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="69"/>
        <source>时间线摘要</source>
        <translation>Timeline summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="75"/>
        <source>活动时间线：文件与未记录时段</source>
        <translation>Activity timeline: files and periods not recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="90"/>
        <source>双击或按回车键打开该资料</source>
        <translation>Double-click or press Enter to open the recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="92"/>
        <source>按活动连续播放(&amp;A)</source>
        <translation>Play whole &amp;activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="93"/>
        <source>按活动连续播放</source>
        <translation>Play whole activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="94"/>
        <source>依次播放本活动的全部视频和音频片段，跳过未记录的时段；照片不播放</source>
        <translation>Plays all video and audio segments of this activity in turn, skipping periods not recorded; photos are not shown</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="96"/>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="97"/>
        <source>停止连续播放</source>
        <translation>Stop continuous playback</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="99"/>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="100"/>
        <source>关闭时间线</source>
        <translation>Close timeline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="104"/>
        <source>连续播放提示</source>
        <translation>Continuous playback message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="187"/>
        <source>没有可播放的片段：本活动的片段均未获准播放或已清除。</source>
        <translation>No segment to play: every segment of this activity is either not approved for playback or disposed of.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="222"/>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="271"/>
        <source>第 {0} 号资料无法播放，已跳过</source>
        <translation>Recording {0} cannot be played; skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="225"/>
        <source>连续播放第 {0} 段，共 {1} 段：{2}</source>
        <translation>Continuous playback, segment {0} of {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="238"/>
        <source>连续播放结束</source>
        <translation>Continuous playback finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="248"/>
        <source>最后一段至活动结束{0}</source>
        <translation>Last segment to activity end: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="251"/>
        <source>到达后 {0}，已跳过</source>
        <translation>After arrival: {0}, skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="254"/>
        <source>跳过{0}</source>
        <translation>Skipped: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="260"/>
        <source>第 {0} 号资料未获准播放，已跳过</source>
        <translation>Recording {0} not approved for playback; skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="261"/>
        <source>第 {0} 号资料已清除，已跳过</source>
        <translation>Recording {0} disposed of; skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="275"/>
        <source>连续播放已停止</source>
        <translation>Continuous playback stopped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="283"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="287"/>
        <source>执法活动 {0}：{1}</source>
        <translation>Enforcement activity {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="288"/>
        <source>{0} 个片段，{1} 张照片；合计{2}</source>
        <translation>{0} segment(s), {1} photo(s); {2} in all</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_panel.py" line="291"/>
        <source>；{0} 个文件未获准播放</source>
        <translation>; {0} file(s) not approved for playback</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="55"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="55"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="55"/>
        <source>时长</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="55"/>
        <source>资料</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="55"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="56"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="56"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="109"/>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="113"/>
        <source>到达（活动开始）至第一段</source>
        <translation>Arrival (activity start) to first segment</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="114"/>
        <source>两段之间</source>
        <translation>Between segments</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="115"/>
        <source>最后一段至活动结束</source>
        <translation>Last segment to activity end</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="124"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="124"/>
        <source>音频</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="124"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="128"/>
        <source>时长不详</source>
        <translation>Length unknown</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="132"/>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="134"/>
        <source>未登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="138"/>
        <source>已经审批清除</source>
        <translation>Disposed of with approval</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="140"/>
        <source>🔒 未获准播放</source>
        <translation>🔒 Not approved for playback</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="143"/>
        <source>活动结束后拍摄</source>
        <translation>Recorded after the activity ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="145"/>
        <source>活动开始前拍摄</source>
        <translation>Recorded before the activity started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="147"/>
        <source>设备时间 {0}，已按时钟偏差校正</source>
        <translation>Device time {0}, corrected for clock offset</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="26"/>
        <source>{0} 小时 {1} 分 {2} 秒</source>
        <translation>{0} h {1} min {2} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="28"/>
        <source>{0} 分 {1} 秒</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="29"/>
        <source>{0} 秒</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/timeline_table.py" line="33"/>
        <source>未记录 {0}</source>
        <translation>{0} not recorded</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="54"/>
        <source>播放位置</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="55"/>
        <source>拖动以定位；← / → 后退或前进 5 秒</source>
        <translation>Drag to seek; ← / → go back or forward 5 seconds</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="58"/>
        <source>当前位置和总时长</source>
        <translation>Current position and total length</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="64"/>
        <source>当前画面的拍摄时间</source>
        <translation>Time the current frame was recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="67"/>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="175"/>
        <source>播放</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="67"/>
        <source>播放 / 暂停（空格；K 暂停）</source>
        <translation>Play / pause (Space; K pauses)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="68"/>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="68"/>
        <source>停止播放并结束本次调阅记录</source>
        <translation>Stop playing and close the record of this viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="69"/>
        <source>上一帧</source>
        <translation>Previous frame</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="69"/>
        <source>后退一帧（,）</source>
        <translation>Back one frame (,)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="70"/>
        <source>下一帧</source>
        <translation>Next frame</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="70"/>
        <source>前进一帧（.）</source>
        <translation>Forward one frame (.)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="71"/>
        <source>截图</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="72"/>
        <source>把当前画面另存为截图（不改动原始资料）</source>
        <translation>Save the current frame as a snapshot (the original is not changed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="73"/>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="192"/>
        <source>全屏</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="74"/>
        <source>全屏显示画面（F；Esc 退出）</source>
        <translation>Show the picture full screen (F; Esc to leave)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="75"/>
        <source>静音</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="75"/>
        <source>静音 / 恢复声音（M）</source>
        <translation>Mute / unmute (M)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="78"/>
        <source>速度(&amp;S)</source>
        <translation>&amp;Speed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="83"/>
        <source>播放速度</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="84"/>
        <source>播放速度（J 减慢，L 加快）</source>
        <translation>Playback speed (J slower, L faster)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="88"/>
        <source>音量(&amp;V)</source>
        <translation>Vol&amp;ume</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="95"/>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="96"/>
        <source>音量</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="175"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/transport_bar.py" line="192"/>
        <source>退出全屏</source>
        <translation>Exit full screen</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="77"/>
        <source>单位与部门</source>
        <translation>Unit and departments</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="78"/>
        <source>单位名称将印在光盘标签和文字说明上（制作单位）。部门每行一个，之后可在设置中修改。</source>
        <translation>The unit&apos;s name is printed on disc labels and written descriptions (as the producing unit). One department per line; they can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="81"/>
        <source>例如：秦皇岛市水务局</source>
        <translation>e.g. Qinhuangdao Water Affairs Bureau</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="82"/>
        <source>单位名称(&amp;U)：</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="82"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="84"/>
        <source>法制办公室
水政监察支队一大队
水政监察支队二大队</source>
        <translation>Legal Affairs Office
Water Enforcement Detachment, Team 1
Water Enforcement Detachment, Team 2</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="86"/>
        <source>部门(&amp;D)：</source>
        <translation>&amp;Departments:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="86"/>
        <source>部门列表，每行一个</source>
        <translation>Departments, one per line</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="74"/>
        <source>新增用户账户</source>
        <translation>New user account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="74"/>
        <source>修改用户账户</source>
        <translation>Edit user account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="78"/>
        <source>登录名(&amp;L)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="78"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="80"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="80"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="86"/>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="86"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="88"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="94"/>
        <source>（已停用）</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="98"/>
        <source>关联人员(&amp;P)：</source>
        <translation>Linked &amp;person:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="98"/>
        <source>关联人员</source>
        <translation>Linked person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="102"/>
        <source>初始密码(&amp;W)：</source>
        <translation>Initial pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="102"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="103"/>
        <source>再次输入(&amp;A)：</source>
        <translation>Repe&amp;at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="103"/>
        <source>再次输入初始密码</source>
        <translation>Repeat the initial password</translation>
    </message>
</context>
<context>
    <name>UserRoles</name>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="20"/>
        <source>保管员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="21"/>
        <source>审批人</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="22"/>
        <source>执法监督</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="23"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="19"/>
        <location filename="../../evidenceroom/ui/users_section.py" line="23"/>
        <source>用户账户</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="29"/>
        <source>每个使用本程序的人一个账户。离开本单位的人员请停用其账户（记录保留）；密码连续输错 5 次会锁定账户 15 分钟，可在此解除锁定或重设临时密码。</source>
        <translation>One account for each person who uses this program. Disable the account of anyone who leaves the unit (their records are kept). Five wrong passwords in a row lock an account for 15 minutes; unlock it here or set a temporary password.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="31"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="31"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="31"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="31"/>
        <source>关联人员</source>
        <translation>Linked person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="32"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="32"/>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="32"/>
        <source>用户账户列表</source>
        <translation>User account list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="36"/>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="36"/>
        <source>新增用户账户</source>
        <translation>New user account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="37"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="37"/>
        <source>修改所选账户</source>
        <translation>Edit the selected account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="38"/>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="38"/>
        <source>重设所选账户的密码</source>
        <translation>Reset the password of the selected account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="39"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="39"/>
        <source>解除所选账户的锁定</source>
        <translation>Unlock the selected account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="40"/>
        <location filename="../../evidenceroom/ui/users_section.py" line="93"/>
        <source>停用…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="40"/>
        <source>停用或启用所选账户</source>
        <translation>Disable or enable the selected account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="41"/>
        <source>用户账户提示</source>
        <translation>User account message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="61"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="63"/>
        <source>已锁定（至 {0}）</source>
        <translation>Locked (until {0})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="64"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="93"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="101"/>
        <source>已新增账户。</source>
        <translation>Account added.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="106"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="112"/>
        <source>已设置临时密码，请告知本人登录后修改。</source>
        <translation>Temporary password set. Tell the person to change it after signing in.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="118"/>
        <source>已解除锁定。</source>
        <translation>Unlocked.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="125"/>
        <source>已停用该账户。</source>
        <translation>Account disabled.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/users_section.py" line="128"/>
        <source>已启用该账户。</source>
        <translation>Account enabled.</translation>
    </message>
</context>
<context>
    <name>VerifyRunner</name>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="30"/>
        <source>正在重新读取并核对每个存档文件…</source>
        <translation>Re-reading and checking every archived file…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="30"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="31"/>
        <source>校验档案库</source>
        <translation>Verify archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="33"/>
        <source>校验进度</source>
        <translation>Verification progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="61"/>
        <source>校验完成</source>
        <translation>Verification complete</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="62"/>
        <source>全部 {0} 个存档文件与登记的 SHA-256 一致，{1} 条审计记录链接完整。</source>
        <translation>All {0} archived files match their registered SHA-256, and the {1} audit entries are linked without a break.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="66"/>
        <source>校验发现问题</source>
        <translation>Verification found problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="67"/>
        <source>发现 {0} 个问题：
{1}</source>
        <translation>{0} problem(s) found:
{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="73"/>
        <source>校验未完成</source>
        <translation>Verification not completed</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <location filename="../../evidenceroom/ui/player/video_surface.py" line="210"/>
        <source>全屏播放</source>
        <translation>Full-screen playback</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../../evidenceroom/ui/player/video_surface.py" line="39"/>
        <source>视频画面</source>
        <translation>Video picture</translation>
    </message>
</context>
<context>
    <name>YearlyReviewTab</name>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="29"/>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="31"/>
        <source>评查年度</source>
        <translation>Review year</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="32"/>
        <source>统计(&amp;S)</source>
        <translation>&amp;Show figures</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="33"/>
        <source>统计所选年度</source>
        <translation>Show figures for the selected year</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="34"/>
        <source>打印评查报告 PDF(&amp;P)…</source>
        <translation>&amp;Print review report PDF…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="35"/>
        <source>把年度评查报告保存为 PDF</source>
        <translation>Save the yearly review report as PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="38"/>
        <source>正在生成报告</source>
        <translation>Generating the report</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="40"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="40"/>
        <source>音像资料</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="40"/>
        <source>执法活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="40"/>
        <source>按时移交</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="41"/>
        <source>逾期移交</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="41"/>
        <source>逾期未移交</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="41"/>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="41"/>
        <source>按时移交率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="42"/>
        <source>各部门年度数据</source>
        <translation>Yearly figures by department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="43"/>
        <source>登记评查(&amp;R)…</source>
        <translation>&amp;Register review…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="44"/>
        <source>登记已开展的音像记录资料评查</source>
        <translation>Register a review of recordings that has taken place</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="47"/>
        <source>登记督导检查(&amp;I)…</source>
        <translation>Register &amp;inspection…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="48"/>
        <source>登记不定期检查、督导</source>
        <translation>Register an unannounced inspection or supervision visit</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="51"/>
        <source>评查日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="51"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="51"/>
        <source>评查人员</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="51"/>
        <source>资料</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="52"/>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="52"/>
        <source>整改措施</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="52"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="53"/>
        <source>本年度的评查记录</source>
        <translation>Reviews this year</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="55"/>
        <source>各部门按时移交率</source>
        <translation>On-time hand-in rate by department</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="56"/>
        <source>各月音像资料（件）</source>
        <translation>Recordings per month</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="59"/>
        <source>年度评查摘要</source>
        <translation>Yearly review summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="60"/>
        <source>年度评查提示</source>
        <translation>Yearly review message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="78"/>
        <source>评查记录(&amp;V)（002§17：每年至少一次）：</source>
        <translation>Re&amp;views (002§17: at least once a year):</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="95"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="100"/>
        <source>无设备配备数据</source>
        <translation>No device staffing data</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="100"/>
        <source>缺配部门 {0} 个</source>
        <translation>{0} department(s) short of devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="104"/>
        <source>{0}月</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="108"/>
        <source>中断说明 {0} 份、未记录说明 {1} 份（待审核 {2}）；应录未录 {3} 次。抽查 {4} 次，抽取 {5} 件，已评分 {6} 件。{7}。督导检查 {8} 次，发现问题 {9} 项。</source>
        <translation>Interruption statements: {0}, no-recording statements: {1} ({2} awaiting review); should have been recorded: {3}. Spot checks: {4}, {5} items drawn, {6} scored. {7}. Inspections: {8}, problems found: {9}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/compliance/yearly_review_tab.py" line="135"/>
        <source>保存年度评查报告</source>
        <translation>Save yearly review report</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="38"/>
        <source>错误提示</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="40"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/user_dialogs.py" line="41"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
