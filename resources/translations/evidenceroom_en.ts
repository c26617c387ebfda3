<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="84"/>
        <source>第一个管理员账户</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="85"/>
        <source>管理员负责设置单位、人员、用户和规则。密码至少 8 个字符，以 argon2 方式保存。</source>
        <translation>The administrator sets up the unit, staff, users and rules. The password needs at least 8 characters and is stored as an argon2 hash.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="88"/>
        <source>登录名(&amp;L)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="88"/>
        <source>管理员登录名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="90"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="90"/>
        <source>管理员姓名</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="93"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="93"/>
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="96"/>
        <source>确认密码(&amp;C)：</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="96"/>
        <source>再次输入管理员密码</source>
        <translation>Repeat the administrator password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="102"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../evidenceroom/ui/application.py" line="71"/>
        <source>无法打开档案库</source>
        <translation>Cannot open the archive</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="64"/>
        <source>审批第 {0} 号调阅申请</source>
        <translation>Decide access request {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="71"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="75"/>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="76"/>
        <source>确认审批</source>
        <translation>Confirm decision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="78"/>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="93"/>
        <source>该申请没有待办的审批步骤。</source>
        <translation>This request has no step waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="103"/>
        <source>申请内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="107"/>
        <source>{0}，证件号码 {1}</source>
        <translation>{0}, ID number {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="108"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="111"/>
        <source>申请编号：</source>
        <translation>Request no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="111"/>
        <source>申请编号</source>
        <translation>Request number</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="112"/>
        <source>申请人：</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="112"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="113"/>
        <source>申请类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="113"/>
        <source>申请类型</source>
        <translation>Request kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="114"/>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="114"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="115"/>
        <source>查阅事由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="115"/>
        <source>查阅事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="116"/>
        <source>查阅时段：</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="116"/>
        <source>查阅时段</source>
        <translation>Viewing window</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="117"/>
        <source>登记人：</source>
        <translation>Registered by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="117"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="129"/>
        <source>资料(&amp;I)：</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="129"/>
        <source>申请的资料</source>
        <translation>Requested items</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="133"/>
        <source>审批流程</source>
        <translation>Approval steps</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="139"/>
        <source>（当前步骤）</source>
        <translation> (now due)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="139"/>
        <source>（待办）</source>
        <translation> (waiting)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="140"/>
        <source>第 {0} 步 {1}：{2}{3}</source>
        <translation>Step {0} {1}: {2}{3}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="142"/>
        <source>第 {0} 步 {1}：{2}，{3}，{4}</source>
        <translation>Step {0} {1}: {2}, {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="146"/>
        <source>{0}；意见：{1}</source>
        <translation>{0}; comment: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="148"/>
        <source>{0}；理由：{1}</source>
        <translation>{0}; reason: {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="149"/>
        <source>第 {0} 步</source>
        <translation>Step {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="154"/>
        <source>现由{0}本人在下方输入自己的用户名和密码，办理第 {1} 步（{2}）。</source>
        <translation>Now {0} enters their own user name and password below to decide step {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="156"/>
        <source>当前步骤</source>
        <translation>Step now due</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="163"/>
        <source>审批人当面办理</source>
        <translation>Approver, in person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="170"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="171"/>
        <source>拒绝</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="172"/>
        <source>缩小范围批准</source>
        <translation>Approve a narrower scope</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="179"/>
        <source>拒绝时必填</source>
        <translation>Required when refusing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="180"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="180"/>
        <source>审批人用户名</source>
        <translation>Approver&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="181"/>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="181"/>
        <source>审批人密码</source>
        <translation>Approver&apos;s password</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="182"/>
        <source>审批意见(&amp;D)：</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="182"/>
        <source>审批决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="183"/>
        <source>批准的资料(&amp;K)：</source>
        <translation>Items &amp;kept:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="183"/>
        <source>缩小范围后批准的资料</source>
        <translation>Items approved after narrowing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="184"/>
        <source>结束时间(&amp;E)：</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="184"/>
        <source>缩短后的查阅结束时间</source>
        <translation>End of the shortened window</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="185"/>
        <source>意见说明(&amp;C)：</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="185"/>
        <source>意见说明</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="186"/>
        <source>拒绝理由(&amp;R)：</source>
        <translation>Refusal &amp;reason:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/approval_dialog.py" line="186"/>
        <source>拒绝理由</source>
        <translation>Refusal reason</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="95"/>
        <source>案号、案件名称、取证人员、执法证号或文件名</source>
        <translation>Case no., case name, officer, badge no. or file name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="97"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="98"/>
        <source>搜索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="101"/>
        <source>仅逾期(&amp;O)</source>
        <translation>Late &amp;only</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="102"/>
        <source>仅显示逾期移交的资料</source>
        <translation>Show only recordings handed in late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="103"/>
        <source>未归案(&amp;U)</source>
        <translation>&amp;Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="104"/>
        <source>仅显示未归案的资料</source>
        <translation>Show only unfiled recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="106"/>
        <source>拍摄日期(&amp;D)</source>
        <translation>&amp;Date recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="107"/>
        <source>按拍摄日期筛选</source>
        <translation>Filter by date recorded</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="111"/>
        <source>拍摄日期起</source>
        <translation>Date recorded from</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="111"/>
        <source>拍摄日期止</source>
        <translation>Date recorded to</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="116"/>
        <source>从(&amp;F)</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="118"/>
        <source>至(&amp;T)</source>
        <translation>Un&amp;til</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="122"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="125"/>
        <source>取证人员(&amp;P)</source>
        <translation>Recorded &amp;by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="128"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="131"/>
        <source>设备(&amp;E)</source>
        <translation>Dev&amp;ice</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="134"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="137"/>
        <source>分类(&amp;G)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="140"/>
        <source>清除筛选(&amp;X)</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="141"/>
        <source>清除全部筛选条件</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="142"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="143"/>
        <source>刷新档案列表</source>
        <translation>Refresh the archive list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="147"/>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="151"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="154"/>
        <source>案件数</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="157"/>
        <source>录音录像资料列表</source>
        <translation>Recording list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="162"/>
        <source>录音录像资料(&amp;L)</source>
        <translation>Recordi&amp;ngs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="165"/>
        <source>资料数</source>
        <translation>Number of recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="296"/>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="301"/>
        <source>全部人员</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="302"/>
        <source>全部设备</source>
        <translation>All devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="308"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="458"/>
        <source>共 {0} 条</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="460"/>
        <source>{0} 条以上</source>
        <translation>More than {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/browser.py" line="463"/>
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
    <name>DetailsPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="61"/>
        <source>第 2 步：登记移交信息</source>
        <translation>Step 2: Hand-in details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="62"/>
        <source>这些信息随每个文件存档，并打印在移交回执上。带 * 的项目必须填写。</source>
        <translation>These details are archived with every file and printed on the hand-in receipt. Items marked * are required.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="65"/>
        <source>人员与设备</source>
        <translation>People and device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="71"/>
        <source>输入姓名或执法证号查找</source>
        <translation>Type a name or badge no. to search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="72"/>
        <source>新增人员(&amp;P)…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="73"/>
        <source>新增人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="75"/>
        <source>取证人员 *(&amp;O)：</source>
        <translation>Rec&amp;orded by *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="75"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="80"/>
        <source>移交人(&amp;H)：</source>
        <translation>Handed &amp;in by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="80"/>
        <source>移交人</source>
        <translation>Handed in by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="83"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="85"/>
        <source>接收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="90"/>
        <source>输入序列号或资产编号查找</source>
        <translation>Type a serial or asset no. to search</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="91"/>
        <source>新增设备(&amp;V)…</source>
        <translation>Ne&amp;w device…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="92"/>
        <source>新增设备</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="94"/>
        <source>来源设备 *(&amp;E)：</source>
        <translation>Source d&amp;evice *:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="94"/>
        <source>来源设备</source>
        <translation>Source device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="97"/>
        <source>取证人员是拍摄或录制的执法人员；移交人是把设备或存储卡交来的人，通常即取证人员；接收人是当前登录的保管员。每个文件都记录来源设备的类型和资产编号。</source>
        <translation>&quot;Recorded by&quot; is the officer who filmed or recorded; &quot;Handed in by&quot; is the person who brought in the device or card, usually the same officer; &quot;Received by&quot; is the clerk signed in now. Every file records the type and asset no. of its source device.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="102"/>
        <source>案件与执法活动</source>
        <translation>Case and enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="109"/>
        <source>例如：秦水罚〔2026〕31号</source>
        <translation>e.g. 秦水罚〔2026〕31号, as on the case file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="112"/>
        <source>案号(&amp;C)：</source>
        <translation>&amp;Case no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="112"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="114"/>
        <source>案号说明</source>
        <translation>Case no. note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="123"/>
        <source>执法活动(&amp;A)：</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="123"/>
        <source>执法活动</source>
        <translation>Enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="126"/>
        <source>活动结束时间(&amp;T)：</source>
        <translation>Activity end &amp;time:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="127"/>
        <source>填写活动结束时间</source>
        <translation>Give the activity&apos;s end time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="131"/>
        <source>活动结束时间</source>
        <translation>Activity end time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="132"/>
        <source>本机时间</source>
        <translation>This computer&apos;s local time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="137"/>
        <source>移交期限</source>
        <translation>Hand-in deadline</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="143"/>
        <source>例如：现场检查</source>
        <translation>e.g. On-site inspection</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="144"/>
        <source>活动类别(&amp;K)：</source>
        <translation>Activity &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="144"/>
        <source>活动类别</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="147"/>
        <source>例如：戴河下游左岸 K3+200</source>
        <translation>e.g. Dai River, lower reach, left bank K3+200</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="148"/>
        <source>取证地点(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="148"/>
        <source>取证地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="157"/>
        <source>来源概况</source>
        <translation>Source summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="158"/>
        <source>错误信息</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="223"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="244"/>
        <source>与取证人员相同</source>
        <translation>Same as the recording officer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="269"/>
        <source>登记新的执法活动</source>
        <translation>New enforcement activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="316"/>
        <source>资产编号 %1</source>
        <translation>Asset no. %1</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="320"/>
        <source>结束时间未填</source>
        <translation>End time not given</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="320"/>
        <source>未分类</source>
        <translation>Uncategorized</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="352"/>
        <source>未填案号：按“未归档”保存，稍后可归入案件。</source>
        <translation>No case no.: stored as unfiled; it can be filed under a case later.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="392"/>
        <source>移交期限按所选的执法活动计算。</source>
        <translation>The hand-in deadline follows from the selected activity.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="396"/>
        <source>不填结束时间则不登记活动，移交期限为“未知”。</source>
        <translation>Without an end time no activity is registered and the hand-in deadline is &quot;Unknown&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="360"/>
        <source>案号“%1”尚未登记，导入时将新建此案件。</source>
        <translation>Case no. &quot;%1&quot; is not registered yet; the import will create this case.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="362"/>
        <source>已登记案件：%1</source>
        <translation>Registered case: %1</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="364"/>
        <source>已登记案件。</source>
        <translation>Registered case.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="402"/>
        <source>移交期限 %1；现在导入：%2</source>
        <translation>Hand-in deadline %1; if imported now: %2</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="440"/>
        <source>请从列表中选择取证人员（不在列表中的人员请先“新增人员”）。</source>
        <translation>Choose the recording officer from the list (for someone not listed, use &quot;New person&quot; first).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="442"/>
        <source>请从列表中选择移交人，或选“与取证人员相同”。</source>
        <translation>Choose who handed it in from the list, or &quot;Same as the recording officer&quot;.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/details_page.py" line="444"/>
        <source>请从列表中选择来源设备（未登记的设备请先“新增设备”）。</source>
        <translation>Choose the source device from the list (for a device not yet registered, use &quot;New device&quot; first).</translation>
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
        <source>登记执法活动</source>
        <translation>Activity registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="100"/>
        <source>新建案件</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="101"/>
        <source>修改案件信息</source>
        <translation>Case details changed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="102"/>
        <source>新建部门</source>
        <translation>Department created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="103"/>
        <source>登记人员</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="104"/>
        <source>登记设备</source>
        <translation>Device registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="105"/>
        <source>新建用户</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="106"/>
        <source>登录</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="107"/>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="108"/>
        <source>账户锁定，拒绝登录</source>
        <translation>Sign-in refused: account locked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="109"/>
        <source>注销</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="110"/>
        <source>开始播放</source>
        <translation>Playback started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="111"/>
        <source>结束播放</source>
        <translation>Playback ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="112"/>
        <source>添加标记</source>
        <translation>Marker added</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="113"/>
        <source>截取图片</source>
        <translation>Snapshot taken</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="114"/>
        <source>归入案件</source>
        <translation>Filed under a case</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="115"/>
        <source>校验档案库</source>
        <translation>Archive verified</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="116"/>
        <source>校验发现被篡改</source>
        <translation>Verification found an altered file</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/formatting.py" line="117"/>
        <source>校验发现缺失</source>
        <translation>Verification found a missing file</translation>
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
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="89"/>
        <source>导入音像资料</source>
        <translation>Import recordings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="92"/>
        <source>选择来源</source>
        <translation>Choose source</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="92"/>
        <source>移交信息</source>
        <translation>Hand-in details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="92"/>
        <source>核对文件</source>
        <translation>Check files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="92"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="93"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="111"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="112"/>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="113"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="115"/>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="204"/>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="207"/>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="116"/>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="208"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="199"/>
        <source>开始导入(&amp;S)</source>
        <translation>&amp;Start import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="200"/>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="225"/>
        <source>请先选择要导入的磁盘、文件夹或文件。</source>
        <translation>First choose a disk, folder or files to import.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="262"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/import_wizard.py" line="263"/>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="27"/>
        <source>档案库位置</source>
        <translation>Archive location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="28"/>
        <source>音像资料原件和数据库将保存在这个文件夹中。请选择本单位专用的存储设备，例如 D:\EvidenceRoom。文件夹须为空或尚不存在。</source>
        <translation>The original recordings and the database are kept in this folder. Choose storage reserved for this unit, for example D:\EvidenceRoom. The folder must be empty or not exist yet.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="31"/>
        <source>浏览(&amp;B)…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="32"/>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="45"/>
        <source>选择档案库文件夹</source>
        <translation>Choose the archive folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="38"/>
        <source>文件夹(&amp;F)：</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="40"/>
        <source>档案库文件夹</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="51"/>
        <source>请选择档案库文件夹。</source>
        <translation>Choose a folder for the archive.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="57"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="42"/>
        <source>EvidenceRoom — {0}</source>
        <translation>EvidenceRoom — {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="46"/>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="80"/>
        <source>档案</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="84"/>
        <source>审看</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="93"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="99"/>
        <location filename="../../evidenceroom/ui/main_window.py" line="127"/>
        <source>调阅申请</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="104"/>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="105"/>
        <source>光盘</source>
        <translation>Discs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="106"/>
        <source>证据光盘</source>
        <translation>Evidence discs</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="107"/>
        <source>一式两份的证据光盘：核验清单、光盘标签和文字说明材料。</source>
        <translation>Evidence discs in two identical copies: checklist, disc labels and written descriptions.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="108"/>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="109"/>
        <source>设备台账</source>
        <translation>Device ledger</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="110"/>
        <source>执法记录仪等设备的领用、归还、使用前检查、故障维修和使用年限。</source>
        <translation>Check-out, return, pre-use checks, repairs and service life of body-worn cameras and other devices.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="111"/>
        <source>合规</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="112"/>
        <source>合规与评查</source>
        <translation>Compliance and yearly review</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="113"/>
        <source>逾期未移交、未归案资料、保存期限、抽查和年度评查。</source>
        <translation>Late hand-ins, unfiled recordings, retention, spot checks and the yearly review.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="115"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="116"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="128"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="132"/>
        <source>今日到期的授权：{0} 项</source>
        <translation>Grants ending today: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="154"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="156"/>
        <source>导入音像资料(&amp;I)…</source>
        <translation>&amp;Import recordings…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="158"/>
        <source>为所选资料登记调阅申请(&amp;Q)…</source>
        <translation>Re&amp;quest access to the selected recording…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="161"/>
        <source>校验档案库(&amp;V)</source>
        <translation>&amp;Verify archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="163"/>
        <source>注销(&amp;L)</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="164"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="166"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="171"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="173"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="174"/>
        <source>关于 EvidenceRoom(&amp;A)</source>
        <translation>&amp;About EvidenceRoom</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="177"/>
        <source>关于 EvidenceRoom</source>
        <translation>About EvidenceRoom</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="178"/>
        <source>EvidenceRoom {0}
执法音像资料管理：一次写入的档案库、当面审批、一式两份的证据光盘、设备台账。
本程序完全离线运行，不连接任何网络。</source>
        <translation>EvidenceRoom {0}
Enforcement recordings management: a write-once archive, in-person approvals, evidence discs in two identical copies, a device ledger.
This program runs entirely offline and connects to no network.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="184"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Current user: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="185"/>
        <source>当前用户</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="186"/>
        <source>档案库：{0}</source>
        <translation>Archive: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="187"/>
        <source>档案库位置</source>
        <translation>Archive location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="220"/>
        <source>正在导入</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/main_window.py" line="220"/>
        <source>导入尚未完成。请等待完成或先取消导入，再关闭窗口。</source>
        <translation>The import has not finished. Wait for it to finish, or cancel it, before closing the window.</translation>
    </message>
</context>
<context>
    <name>MarkersPanel</name>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="59"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="125"/>
        <source>标记</source>
        <translation>Markers</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="60"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="82"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="60"/>
        <source>记录人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="60"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="61"/>
        <source>标记列表</source>
        <translation>Marker list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="62"/>
        <source>双击或按回车键跳转到该时间点</source>
        <translation>Double-click or press Enter to jump to that point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="65"/>
        <source>标记内容(&amp;N)</source>
        <translation>Marker &amp;text</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="67"/>
        <source>在当前位置添加标记</source>
        <translation>Add a marker at the current position</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="69"/>
        <source>标记内容</source>
        <translation>Marker text</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="72"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="73"/>
        <source>添加标记</source>
        <translation>Add marker</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="74"/>
        <source>在当前播放位置添加标记（回车）</source>
        <translation>Add a marker at the current playback position (Enter)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="78"/>
        <source>标记提示</source>
        <translation>Marker message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="81"/>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="137"/>
        <source>截图</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="82"/>
        <source>截取人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="82"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="83"/>
        <source>截图列表</source>
        <translation>Snapshot list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="84"/>
        <source>截图单独保存，有自己的 SHA-256，不改动原始资料。双击跳转到该时间点</source>
        <translation>Snapshots are saved separately, each with its own SHA-256; the original is not changed. Double-click to jump to that point</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="121"/>
        <source>添加于 {0}</source>
        <translation>Added {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="125"/>
        <source>标记（{0}）</source>
        <translation>Markers ({0})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/markers_panel.py" line="137"/>
        <source>截图（{0}）</source>
        <translation>Snapshots ({0})</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../evidenceroom/ui/placeholder_page.py" line="15"/>
        <source>此功能将在后续版本中提供。</source>
        <translation>This feature comes in a later version.</translation>
    </message>
</context>
<context>
    <name>RecordingDetailPanel</name>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="37"/>
        <source>资料详细信息</source>
        <translation>Recording details</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="39"/>
        <source>在左侧列表中选择一条录音录像资料，这里显示它的全部信息和历史记录。</source>
        <translation>Select a recording in the list on the left to see all its details and its history here.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="54"/>
        <source>损坏提示</source>
        <translation>Damage warning</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="59"/>
        <source>SHA-256 校验值（完整）</source>
        <translation>SHA-256 checksum (full)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="78"/>
        <source>资料编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="79"/>
        <source>拍摄时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="80"/>
        <source>类型与时长</source>
        <translation>Type, length</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="81"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="82"/>
        <source>SHA-256(&amp;H)</source>
        <translation>SHA-&amp;256</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="83"/>
        <source>移交状态</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="84"/>
        <source>取证人员</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="85"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="86"/>
        <source>执法活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="87"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="88"/>
        <source>移交人</source>
        <translation>Handed in by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="89"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="90"/>
        <source>入库时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="91"/>
        <source>导入批次</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="92"/>
        <source>原始位置</source>
        <translation>Original path</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="93"/>
        <source>音视频轨道</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="94"/>
        <source>播放记录</source>
        <translation>Playbacks</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="127"/>
        <source>历史记录（审计链）</source>
        <translation>History (audit chain)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="144"/>
        <source>历史记录(&amp;Y)</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="183"/>
        <source>文件损坏：{0}</source>
        <translation>File damaged: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="188"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="195"/>
        <source>{0}（移交期限 {1}）</source>
        <translation>{0} (deadline {1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="201"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="207"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="219"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="239"/>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="247"/>
        <source>未登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="205"/>
        <source> · 资产编号 {0}</source>
        <translation> · asset no. {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="217"/>
        <source>未归案（待归档）</source>
        <translation>Unfiled (to be filed)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="222"/>
        <source>第 {0} 批 · {1} · 开始于 {2}</source>
        <translation>Batch {0} · {1} · started {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="229"/>
        <source>{0} 次，最近一次 {1}，{2}</source>
        <translation>{0} in all, last {1} by {2}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="232"/>
        <source>尚未播放</source>
        <translation>Not played yet</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="240"/>
        <source>执法活动 {0}</source>
        <translation>Activity {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="242"/>
        <source>；{0} 至 {1}</source>
        <translation>; {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="245"/>
        <source>；结束于 {0}</source>
        <translation>; ended {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/detail_panel.py" line="248"/>
        <source>；异地执法，返回单位 {0}</source>
        <translation>; off-site, back at the unit {0}</translation>
    </message>
</context>
<context>
    <name>RecordingHeader</name>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="24"/>
        <source>资料名称</source>
        <translation>Recording name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="28"/>
        <source>资料信息</source>
        <translation>Recording information</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="33"/>
        <source>导入时发现的问题</source>
        <translation>Problems found at import</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="43"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="43"/>
        <source>音频</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="44"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="47"/>
        <source>第 {0} 号资料</source>
        <translation>Recording {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="48"/>
        <source>案号 {0}</source>
        <translation>Case no. {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="48"/>
        <source>未归案</source>
        <translation>Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="49"/>
        <source>拍摄于 {0}</source>
        <translation>Recorded {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="51"/>
        <source>时长 {0}</source>
        <translation>Length {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="52"/>
        <source>&#x3000;·&#x3000;</source>
        <translation>  ·  </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="53"/>
        <source>SHA-256：{0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="54"/>
        <source>导入时发现：{0}</source>
        <translation>Found at import: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="58"/>
        <source>未打开资料</source>
        <translation>No recording open</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/recording_header.py" line="60"/>
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
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="171"/>
        <source>{0}（已损坏）</source>
        <translation>{0} (damaged)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="179"/>
        <source>未归案</source>
        <translation>Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/archive/recording_model.py" line="188"/>
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
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="42"/>
        <source>查阅登记簿</source>
        <translation>Viewing register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="44"/>
        <source>查阅日期(&amp;D)</source>
        <translation>Viewing &amp;date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="45"/>
        <source>按查阅日期筛选</source>
        <translation>Filter by viewing date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="48"/>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="53"/>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="55"/>
        <source>查阅人姓名</source>
        <translation>Viewer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="56"/>
        <source>查阅人</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="57"/>
        <source>查阅人(&amp;V)：</source>
        <translation>&amp;Viewer:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="59"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="60"/>
        <source>查询登记簿</source>
        <translation>Query the register</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="61"/>
        <source>打印 PDF(&amp;P)…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="62"/>
        <source>把登记簿保存为 PDF</source>
        <translation>Save the register as PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="63"/>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="64"/>
        <source>把登记簿导出为 Excel</source>
        <translation>Export the register to Excel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="74"/>
        <source>查阅登记列表</source>
        <translation>Viewing register entries</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="76"/>
        <source>查阅人（单位）</source>
        <translation>Viewer (organisation)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="76"/>
        <source>查阅事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="76"/>
        <source>查阅内容</source>
        <translation>Items viewed</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="76"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="77"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="77"/>
        <source>结束时间</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="77"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="83"/>
        <source>登记簿提示</source>
        <translation>Register message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="112"/>
        <source>未结束</source>
        <translation>Not ended</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="117"/>
        <source>共 {0} 条</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="128"/>
        <source>保存登记簿 PDF</source>
        <translation>Save register PDF</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="136"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="142"/>
        <source>导出登记簿 Excel</source>
        <translation>Export register to Excel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/register_page.py" line="150"/>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
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
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="48"/>
        <source>调阅申请</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="51"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="52"/>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="53"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="54"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="55"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="56"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="57"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="60"/>
        <source>状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="63"/>
        <source>新建申请(&amp;N)</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="63"/>
        <source>新建调阅申请</source>
        <translation>New access request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="64"/>
        <source>审批(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="64"/>
        <source>审批所选申请</source>
        <translation>Decide the selected request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="65"/>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="207"/>
        <source>登记查阅(&amp;V)</source>
        <translation>Register &amp;viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="65"/>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="208"/>
        <source>登记查阅</source>
        <translation>Register viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="66"/>
        <source>撤销授权(&amp;X)</source>
        <translation>Revo&amp;ke grant</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="66"/>
        <source>撤销所选申请的授权</source>
        <translation>Revoke the grant of the selected request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="68"/>
        <source>打印审批表(&amp;P)</source>
        <translation>&amp;Print form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="68"/>
        <source>打印所选申请的审批表</source>
        <translation>Print the approval form of the selected request</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="70"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="70"/>
        <source>刷新申请列表</source>
        <translation>Refresh the request list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="77"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="77"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="77"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="77"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>资料数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>查阅时段</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="78"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="79"/>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="79"/>
        <source>调阅申请列表</source>
        <translation>Access request list</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="80"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="83"/>
        <source>今日到期的授权</source>
        <translation>Grants ending today</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="120"/>
        <source>保存审批表</source>
        <translation>Save approval form</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="129"/>
        <source>审批表已保存：{0}</source>
        <translation>Approval form saved: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="153"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="171"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="172"/>
        <source>今日到期的授权：{0} 项（申请编号 {1}）</source>
        <translation>Grants ending today: {0} (requests {1})</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="203"/>
        <source>结束查阅(&amp;V)</source>
        <translation>End &amp;viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="204"/>
        <source>结束查阅</source>
        <translation>End viewing</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="227"/>
        <source>已登记第 {0} 号调阅申请，待审批。</source>
        <translation>Access request {0} registered; it awaits approval.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="242"/>
        <source>第 {0} 号申请：{1}已办理第 {2} 步（{3}），当前状态：{4}。</source>
        <translation>Request {0}: {1} decided step {2} ({3}); status: {4}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="261"/>
        <source>第 {0} 号申请的授权已撤销。</source>
        <translation>The grant of request {0} has been revoked.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="279"/>
        <source>第 {0} 号查阅已结束（{1} 至 {2}）。</source>
        <translation>Viewing {0} ended ({1} to {2}).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/requests/requests_page.py" line="285"/>
        <source>已登记查阅：查阅人 {0}，事由 {1}，开始于 {2}。</source>
        <translation>Viewing registered: viewer {0}, reason {1}, started {2}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="48"/>
        <source>第 5 步：导入结果</source>
        <translation>Step 5: Import result</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="51"/>
        <source>结果摘要</source>
        <translation>Result summary</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="57"/>
        <source>需要注意的事项</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="67"/>
        <source>导入批次：</source>
        <translation>Import batch:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="67"/>
        <source>案号：</source>
        <translation>Case no.:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="67"/>
        <source>取证人员：</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="68"/>
        <source>移交人：</source>
        <translation>Handed in by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="68"/>
        <source>接收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="68"/>
        <source>来源设备：</source>
        <translation>Source device:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="69"/>
        <source>接收时间：</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="69"/>
        <source>批次状态：</source>
        <translation>Batch status:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="90"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="92"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="94"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="87"/>
        <source>移交期限</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="88"/>
        <source>完整性</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="88"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="90"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="92"/>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="94"/>
        <source>来源位置</source>
        <translation>Source location</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="88"/>
        <source>已存入的文件</source>
        <translation>Stored files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="90"/>
        <source>已存档编号</source>
        <translation>Archived as no.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="90"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="90"/>
        <source>重复的文件</source>
        <translation>Duplicate files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="92"/>
        <source>拒收原因</source>
        <translation>Reason rejected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="92"/>
        <source>拒收的文件</source>
        <translation>Rejected files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="94"/>
        <source>跳过原因</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="94"/>
        <source>跳过的文件</source>
        <translation>Skipped files</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="122"/>
        <source>导入已取消：%1。</source>
        <translation>Import cancelled: %1.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="128"/>
        <source>未处理的文件没有入库，重新导入同一来源即可补齐，已存入的不会重复保存</source>
        <translation>files not yet processed were not stored; import the same source again to add them (files already stored are not stored twice)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="130"/>
        <source>%1 个文件被拒收，请查看“拒收”中的原因</source>
        <translation>%1 file(s) rejected, see the reasons under &quot;Rejected&quot;</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="132"/>
        <source>%1 个文件逾期移交</source>
        <translation>%1 file(s) handed in late</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="134"/>
        <source>%1 个文件有损坏标记（已按原样保存）</source>
        <translation>%1 file(s) marked as damaged (stored as they were)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="135"/>
        <source>请注意：</source>
        <translation>Please note: </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="135"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="135"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="85"/>
        <source>结果分类</source>
        <translation>Result categories</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="98"/>
        <source>再导入一批(&amp;N)</source>
        <translation>Import &amp;another batch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="99"/>
        <source>再导入一批</source>
        <translation>Import another batch</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="118"/>
        <source>存入 %1 个，重复 %2 个，拒收 %3 个，跳过 %4 个</source>
        <translation>%1 stored, %2 duplicates, %3 rejected, %4 skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="124"/>
        <source>导入完成：%1。</source>
        <translation>Import finished: %1.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="138"/>
        <source>已完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="138"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="138"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="139"/>
        <source>被中断</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="140"/>
        <source>未归档</source>
        <translation>Unfiled</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="155"/>
        <source>已存入</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="155"/>
        <source>重复</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="156"/>
        <source>拒收</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="156"/>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="172"/>
        <source>⚠ 有损坏</source>
        <translation>⚠ Damaged</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/imports/result_page.py" line="175"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="74"/>
        <source>画面正在全屏显示。按 Esc 或 F 键返回。</source>
        <translation>The picture is shown full screen. Press Esc or F to return.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="81"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="196"/>
        <source>存档区中找不到第 {0} 号资料的原件（SHA-256 {1}…）。请运行“校验”并报告管理员。</source>
        <translation>The original of recording {0} (SHA-256 {1}…) is missing from the store. Run &quot;Verify archive&quot; and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="281"/>
        <source>已在 {0} 处添加标记。</source>
        <translation>Marker added at {0}.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="301"/>
        <source>无法显示这张照片（{0}）。原件已按原样保存，可用“校验”确认其完整。</source>
        <translation>Cannot show this photo ({0}). The original is stored as it was; &quot;Verify archive&quot; confirms it is intact.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="318"/>
        <source>播放组件 libvlc 无法启动（{0}）。请安装 VLC 3.0 后重试。</source>
        <translation>The libvlc player cannot start ({0}). Install VLC 3.0 and try again.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="324"/>
        <source>此显示环境（{0}）不能内嵌视频画面，只播放声音。请在 X11 桌面或 Windows 上调阅。</source>
        <translation>This display ({0}) cannot embed video, so only the sound plays. Review on an X11 desktop or on Windows.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="327"/>
        <source>音频资料：{0}</source>
        <translation>Audio recording: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="340"/>
        <source>无法登记本次调阅，未播放：{0}</source>
        <translation>Cannot register this viewing, so it was not played: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="351"/>
        <source>本次调阅的结束未能登记：{0}</source>
        <translation>The end of this viewing could not be registered: {0}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="365"/>
        <source>播放器在 {0} 秒内未能打开此文件。原件已按原样保存，可用“校验”确认其完整。</source>
        <translation>The player could not open this file within {0} seconds. The original is stored as it was; &quot;Verify archive&quot; confirms it is intact.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="368"/>
        <source>播放器无法解码此文件，无法播放。原件已按原样保存，未被改动；可用“校验”确认其与存档时一致，或交技术人员检查。</source>
        <translation>The player cannot decode this file, so it cannot be played. The original is stored unchanged; &quot;Verify archive&quot; confirms it matches what was archived, or a technician can examine it.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="375"/>
        <source>当前无法截图。</source>
        <translation>A snapshot cannot be taken now.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="383"/>
        <source>已保存 {0} 处的截图（SHA-256 {1}…）。</source>
        <translation>Snapshot at {0} saved (SHA-256 {1}…).</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="426"/>
        <source>拍摄时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="427"/>
        <source>录音时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="427"/>
        <source>画面时间</source>
        <translation>Frame time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="430"/>
        <source>开始时间加当前位置，按 {0} 时间显示</source>
        <translation>Start time plus the current position, shown in {0} time</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="432"/>
        <source>；开始时间取自文件修改时间，可能不准确</source>
        <translation>; the start time comes from the file&apos;s modified time and may be inaccurate</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/player/review_pane.py" line="438"/>
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
        <location filename="../../evidenceroom/ui/settings_page.py" line="20"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="23"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="24"/>
        <source>跟随系统</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="29"/>
        <source>界面语言(&amp;G)：</source>
        <translation>Interface lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="31"/>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A change of language takes effect when the program restarts.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="42"/>
        <source>保管员可为核对导入而播放资料（无需调阅申请，每次播放仍记入审计日志）</source>
        <translation>Clerks may play recordings to check an import (no request needed; every playback is still audited)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="43"/>
        <source>保管员核对导入时播放</source>
        <translation>Clerks play for the import check</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="47"/>
        <location filename="../../evidenceroom/ui/settings_page.py" line="63"/>
        <source>只有管理员可以更改。</source>
        <translation>Only an administrator can change this.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="50"/>
        <source>设置提示</source>
        <translation>Settings message</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="55"/>
        <source>审批流程</source>
        <translation>Approval chain</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="56"/>
        <source>一级审批</source>
        <translation>One step (a supervisor approves)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="57"/>
        <source>两级审批（办公室主任审核、局领导批准，003§22）</source>
        <translation>Two steps (office director reviews, bureau leader approves, 003 §22)</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="65"/>
        <source>审批流程(&amp;P)：</source>
        <translation>A&amp;pproval chain:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/settings_page.py" line="80"/>
        <location filename="../../evidenceroom/ui/settings_page.py" line="88"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="112"/>
        <source>EvidenceRoom 首次设置</source>
        <translation>EvidenceRoom first-time setup</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="121"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="122"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="123"/>
        <source>建立档案库(&amp;F)</source>
        <translation>Create &amp;archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="124"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="128"/>
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
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="65"/>
        <source>单位与部门</source>
        <translation>Unit and departments</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="66"/>
        <source>单位名称将印在光盘标签和文字说明上（制作单位）。部门每行一个，之后可在设置中修改。</source>
        <translation>The unit&apos;s name is printed on disc labels and written descriptions (as the producing unit). One department per line; they can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="69"/>
        <source>例如：秦皇岛市水务局</source>
        <translation>e.g. Qinhuangdao Water Affairs Bureau</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="70"/>
        <source>单位名称(&amp;U)：</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="70"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="72"/>
        <source>法制办公室
水政监察支队一大队
水政监察支队二大队</source>
        <translation>Legal Affairs Office
Water Enforcement Detachment, Team 1
Water Enforcement Detachment, Team 2</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="74"/>
        <source>部门(&amp;D)：</source>
        <translation>&amp;Departments:</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/setup_wizard.py" line="74"/>
        <source>部门列表，每行一个</source>
        <translation>Departments, one per line</translation>
    </message>
</context>
<context>
    <name>VerifyRunner</name>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="27"/>
        <source>正在重新读取并核对每个存档文件…</source>
        <translation>Re-reading and checking every archived file…</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="27"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="28"/>
        <source>校验档案库</source>
        <translation>Verify archive</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="30"/>
        <source>校验进度</source>
        <translation>Verification progress</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="58"/>
        <source>校验完成</source>
        <translation>Verification complete</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="59"/>
        <source>全部 {0} 个存档文件与登记的 SHA-256 一致，{1} 条审计记录链接完整。</source>
        <translation>All {0} archived files match their registered SHA-256, and the {1} audit entries are linked without a break.</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="63"/>
        <source>校验发现问题</source>
        <translation>Verification found problems</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="64"/>
        <source>发现 {0} 个问题：
{1}</source>
        <translation>{0} problem(s) found:
{1}</translation>
    </message>
    <message>
        <location filename="../../evidenceroom/ui/verify_action.py" line="70"/>
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
</TS>
