<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Nothing yet: visits, outcomes, follow-ups and promises show here.</source>
        <translation>暂无记录：拜访、结果、跟进和承诺都会显示在这里。</translation>
    </message>
    <message>
        <source>Newest first · Enter opens the visit</source>
        <translation>最新的在前 · 回车打开对应拜访</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Handed over from %1 to %2</source>
        <translation>由 %1 移交给 %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>经办：%1</translation>
    </message>
    <message>
        <source>Follow-up · %1: %2</source>
        <translation>跟进 · %1：%2</translation>
    </message>
    <message>
        <source>brings nothing yet</source>
        <translation>还没准备带给客户的东西</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，期限 %2</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>由 %1 改期</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>往后</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>新建拜访(&amp;N)…</translation>
    </message>
    <message>
        <source>Day &amp;sheet…</source>
        <translation>当日汇总(&amp;S)…</translation>
    </message>
    <message>
        <source>Every visit of the selected day in one PDF, after a summary page</source>
        <translation>所选日期的全部拜访简报，前面附一页汇总，合成一个 PDF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>The visits of these days could not be read: %1 Press F5 to try again.</source>
        <translation>无法读取这几天的拜访：%1 按 F5 重试。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel visit…</source>
        <translation>取消拜访(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete visit…	Del</source>
        <translation>删除拜访(&amp;D)…	Del</translation>
    </message>
    <message>
        <source>No visits in these days. Plan one with New visit… (Ctrl+Shift+N) or from a customer&apos;s row on the Customers page.</source>
        <translation>这几天没有拜访。可用“新建拜访…”（Ctrl+Shift+N）或在客户页面的客户行上安排拜访。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <source>The database failed its check, so a backup of it would not be trustworthy. Restore a backup instead.</source>
        <translation>数据库未通过检查，它的备份不可信。请改为恢复一个备份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>恢复前的数据库已保存为 %1。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Read-only: the database failed its check</source>
        <translation>只读：数据库未通过检查</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database failed its check: SQLite cannot read part of it. It is open read-only: you can look, and nothing will be written to it. Restore the newest good backup now?</source>
        <translation>数据库未通过检查：SQLite 无法读取其中一部分。它已以只读方式打开：可以查看，但不会写入任何内容。现在恢复最新的完好备份吗？</translation>
    </message>
    <message>
        <source>Restore the &amp;Newest Good Backup</source>
        <translation>恢复最新的完好备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Choose a Backup…</source>
        <translation>选择备份(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keep Read-Only</source>
        <translation>保持只读(&amp;K)</translation>
    </message>
    <message>
        <source>A risky place for the database</source>
        <translation>数据库存放位置有风险</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the database with %1? The database as it is now is backed up first, and the file is checked before anything is touched.</source>
        <translation>用 %1 替换当前数据库吗？会先备份当前数据库，并在改动任何内容之前检查该文件。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore from &amp;File…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1 Restore from File… still works.</source>
        <translation>无法列出备份：%1 “从文件恢复…”仍可使用。</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>升级数据库结构前</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>On quit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a spend import</source>
        <translation>导入消费前</translation>
    </message>
    <message>
        <source>The damaged database, kept</source>
        <translation>保留的损坏数据库</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Fieldbrief databases (*.sqlite *.db);;All files (*)</source>
        <translation>Fieldbrief 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Brief: %1</source>
        <translation>简报：%1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer could not be reached: %1</source>
        <translation>无法连接打印机：%1</translation>
    </message>
    <message>
        <source>The printer refused the brief: %1</source>
        <translation>打印机拒绝了这份简报：%1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>spend drop</source>
        <translation>消费下降</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已约定</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>average %1 a month</source>
        <translation>月均 %1</translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation>上月 %1</translation>
    </message>
    <message>
        <source>trend %1</source>
        <translation>趋势 %1</translation>
    </message>
    <message>
        <source>No spend recorded.</source>
        <translation>暂无消费记录。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>None before this one.</source>
        <translation>此前没有拜访。</translation>
    </message>
    <message>
        <source>no outcome logged</source>
        <translation>未记录结果</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Last objections met</source>
        <translation>最近遇到的异议</translation>
    </message>
    <message>
        <source>None logged.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>Dates near the visit</source>
        <translation>拜访前后的重要日子</translation>
    </message>
    <message>
        <source>None within 14 days.</source>
        <translation>前后 14 天内没有。</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after</source>
        <translation>
            <numerusform>拜访后 %Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>拜访前 %Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>电话或邮箱</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>添加电话(&amp;H)</translation>
    </message>
    <message>
        <source>Add e&amp;mail</source>
        <translation>添加邮箱(&amp;M)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateTable</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Ticks itself when the plan has</source>
        <translation>计划中填写后自动勾选</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>(ticked by hand)</source>
        <translation>（手动勾选）</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>  (critical)</source>
        <translation>  （关键）</translation>
    </message>
    <message>
        <source>Ticks itself when the plan has: %1</source>
        <translation>计划中填写“%1”后自动勾选</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed elsewhere: %1</source>
        <translation>已在别处修改：%1</translation>
    </message>
    <message>
        <source>%1 was saved by someone else (another window, or another rep) after you opened it. Nothing of yours was saved yet; here is what each of you changed.</source>
        <translation>你打开 %1 之后，别人（另一个窗口或另一位客户经理）保存了它。你的修改还没有保存；下面是你们各自改了什么。</translation>
    </message>
    <message numerus="yes">
        <source>You both changed %Ln thing(s): choose which to keep on each line (← →).</source>
        <translation>
            <numerusform>你们都修改了 %Ln 处：请在每一行选择保留哪一个（← →）。</numerusform>
        </translation>
    </message>
    <message>
        <source>You did not change the same things: merging keeps both your changes and theirs.</source>
        <translation>你们没有修改相同的内容：合并会同时保留你的修改和对方的修改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge and save&lt;/b&gt;: their changes and yours together; where you both changed something, the one you chose.</source>
        <translation>&lt;b&gt;合并并保存&lt;/b&gt;：对方的修改和你的修改合在一起；你们都改过的地方，保留你选中的那个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep mine&lt;/b&gt;: saves the record as you have it: their changes listed here are overwritten.</source>
        <translation>&lt;b&gt;保留我的&lt;/b&gt;：按你手上的样子保存这份资料：这里列出的对方的修改会被覆盖。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take theirs&lt;/b&gt;: shows the record as they saved it: your changes are dropped, nothing is saved.</source>
        <translation>&lt;b&gt;采用对方的&lt;/b&gt;：显示对方保存后的样子：你的修改被放弃，什么都不保存。</translation>
    </message>
    <message>
        <source>&amp;Merge and save</source>
        <translation>合并并保存(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep mine (overwrite theirs)</source>
        <translation>保留我的（覆盖对方的）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs (drop mine)</source>
        <translation>采用对方的（放弃我的）(&amp;T)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <source>Keep yours: %1</source>
        <translation>保留你的：%1</translation>
    </message>
    <message>
        <source>Keep theirs: %1</source>
        <translation>保留对方的：%1</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（未修改）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>%1 changed to %2</source>
        <translation>%1改为%2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Add pe&amp;rson</source>
        <translation>添加联系人(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Personal notes: family, interests, what they care about</source>
        <translation>个人备注：家庭、兴趣、关心的事</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>姓名*(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>Buying &amp;role</source>
        <translation>采购角色(&amp;R)</translation>
    </message>
    <message>
        <source>Attitude to &amp;us</source>
        <translation>对我方态度(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>影响力(&amp;I)</translation>
    </message>
    <message>
        <source>Phones, emails</source>
        <translation>电话、邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>联系人 %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Fieldbrief ran into a bug</source>
        <translation>Fieldbrief 遇到了程序错误</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your saved data is safe: every change is saved in its own transaction. Please send the text below to the Fieldbrief team.</source>
        <translation>发生了不应出现的错误。已保存的数据是安全的：每次修改都在独立的事务中保存。请把下面的内容发送给 Fieldbrief 团队。</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>No log file.</source>
        <translation>没有日志文件。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) in all since this dialog opened; each one&apos;s details are below.</source>
        <translation>
            <numerusform>此对话框打开以来共 %Ln 个错误；每个错误的详情见下文。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard your changes to this customer?</source>
        <translation>放弃对该客户的修改？</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Spend, tier, value</source>
        <translation>消费、等级与价值(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;ates</source>
        <translation>重要日期(&amp;A)</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>往来记录(&amp;V)</translation>
    </message>
    <message>
        <source>Already in your book: %1. If it is the same customer, open that one instead (Customers &gt; Find Duplicates… merges two).</source>
        <translation>客户资料中已有：%1。如果是同一个客户，请打开已有的那个（客户 &gt; 查找重复… 可合并两个）。</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 5G, renewal-2027</source>
        <translation>用逗号分隔，例如 5G, 续约2027</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>To give this customer to another rep with its visits to come, open follow-ups and promises, use Hand Over to… on the Customers page (right-click the customer).</source>
        <translation>要把这个客户连同待进行的拜访、未完成的跟进和承诺交给另一位客户经理，请在客户页面使用“移交给…”（右键点击该客户）。</translation>
    </message>
    <message>
        <source>Please correct what the red lines under the fields say; nothing was saved yet.</source>
        <translation>请按字段下方的红字更正；尚未保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>名称*(&amp;N)</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>客户分群(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>地址(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <source>Contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <source>Buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage</source>
        <translation>生命周期(&amp;L)</translation>
    </message>
    <message>
        <source>In this stage since</source>
        <translation>进入此阶段的日期</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>推荐人(&amp;F)</translation>
    </message>
    <message>
        <source>Phones, emails</source>
        <translation>电话、邮箱</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Referred by…</source>
        <translation>推荐人…</translation>
    </message>
    <message>
        <source>No one: choose who referred them…</source>
        <translation>无：选择推荐该客户的人…</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere; nothing was saved yet. Save again to merge.</source>
        <translation>%1 已在别处被修改；还没有保存任何内容。再保存一次即可合并。</translation>
    </message>
    <message>
        <source>Showing %1 as it was saved elsewhere; your changes were dropped.</source>
        <translation>正在显示 %1 在别处保存后的样子；你的修改已放弃。</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Plan a visit with…</source>
        <translation>拜访哪位客户…</translation>
    </message>
    <message>
        <source>Customer name, contact, phone, city…</source>
        <translation>客户名称、联系人、电话、城市…</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <source>Spend trend</source>
        <translation>消费趋势</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Spend fell sharply against the customer&apos;s own average: a reason to visit.</source>
        <translation>消费较该客户自身平均水平大幅下降：值得拜访。</translation>
    </message>
    <message>
        <source>Average monthly spend: %1</source>
        <translation>月均消费：%1</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete %1 with its contacts, spend, dates, visits and outcomes?
Edit &gt; Undo brings it back.</source>
        <translation>删除 %1 及其联系人、消费、日期、拜访和拜访结果？
可以用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No customers to show yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <source>Search names, contacts, phone, email, city…  (Ctrl+F)</source>
        <translation>搜索名称、联系人、电话、邮箱、城市…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有客户分群</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有生命周期</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Spend &amp;drop</source>
        <translation>消费下降(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Archive / Unarchive</source>
        <translation>归档/取消归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Plan a &amp;visit…</source>
        <translation>安排拜访(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Hand Over to…</source>
        <translation>移交给(&amp;H)…</translation>
    </message>
    <message>
        <source>Mine shows your customers: switch to Team (under the pages) to see another rep&apos;s.</source>
        <translation>“我的”只显示你的客户：要查看其他客户经理的，请切换到“团队”（在页面列表下方）。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>取消归档 %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <source>Hand %1 over to %2</source>
        <translation>把 %1 移交给 %2</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s now. With it went: visits to come %3, open follow-ups %4, open promises %5.</source>
        <translation>%1 现在归 %2 负责。一并移交：待进行的拜访 %3 次，未完成的跟进 %4 条，未兑现的承诺 %5 条。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-12-03, 12/3, 12月3日, +7</source>
        <translation>例如 2026-12-03、12/3、12月3日、+7</translation>
    </message>
    <message>
        <source>none (e.g. 12/3, +7)</source>
        <translation>无（例如 12/3、+7）</translation>
    </message>
    <message>
        <source>Type a date as you write it, or pick one (Alt+Down); Ctrl+Up / Ctrl+Down move it a day</source>
        <translation>按平时的写法输入日期，或从日历中选择（Alt+下）；Ctrl+上 / Ctrl+下 前后移动一天</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2026-12-03, 12/3 or 12月3日.</source>
        <translation>“%1”不是日期：请写成 2026-12-03、12/3 或 12月3日。</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Year known</source>
        <translation>知道年份</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add dat&amp;e</source>
        <translation>添加日期(&amp;E)</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>客户本身</translation>
    </message>
    <message>
        <source>Untick for a birthday whose year you do not know: it is kept as a day and a month, and comes round every year.</source>
        <translation>不知道生日年份时取消勾选：只保存月和日，每年提醒。</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>&lt;b&gt;Your customer book is empty.&lt;/b&gt;&lt;br&gt;Load demo data to look around with realistic Chinese and English customers, visits and outcomes, or start with an empty book and add your own.</source>
        <translation>&lt;b&gt;客户资料还是空的。&lt;/b&gt;&lt;br&gt;可以载入演示数据（中英文客户、拜访和拜访结果）先熟悉一下，也可以从空白开始，录入自己的客户。</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> 个客户</translation>
    </message>
    <message>
        <source>Number of demo customers</source>
        <translation>演示客户数量</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>载入演示数据(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>从空白开始(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%v of %m customers</source>
        <translation>%v / %m 个客户</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>保留这个</translation>
    </message>
    <message>
        <source>Or this</source>
        <translation>或这个</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>不是同一个(&amp;N)</translation>
    </message>
    <message>
        <source>1 likely pair.</source>
        <translation>1 对可能重复的客户。</translation>
    </message>
    <message>
        <source>%1 likely pairs.</source>
        <translation>%1 对可能重复的客户。</translation>
    </message>
    <message>
        <source>For each field that differs, choose the value to keep; contacts, phones, spend, dates, visits and follow-ups of both are all kept.</source>
        <translation>对每个不同的字段，选择要保留的值；两者的联系人、电话、消费、日期、拜访和跟进全部保留。</translation>
    </message>
    <message>
        <source>No likely duplicates in your book: no two companies of one name, no two people of one name with the same email or phone.</source>
        <translation>客户资料中没有可能重复的客户：没有同名的公司，也没有同名且邮箱或电话相同的人。</translation>
    </message>
    <message>
        <source>same name and email %1</source>
        <translation>姓名相同，邮箱相同 %1</translation>
    </message>
    <message>
        <source>same name and mobile %1</source>
        <translation>姓名相同，手机相同 %1</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>姓名相同，电话相同 %1</translation>
    </message>
    <message>
        <source>same company name</source>
        <translation>公司名称相同</translation>
    </message>
    <message>
        <source>same name, and nothing else tells them apart</source>
        <translation>姓名相同，且没有其他信息可以区分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <source>Contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <source>Buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>进入该阶段日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Referred by (Customer ID)</source>
        <translation>推荐人（客户编号）</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者都要</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is kept (id %2). From %3, these come along: %4.</source>
        <translation>保留 %1（编号 %2）。从 %3 一并转入：%4。</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>没有其他</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <source>1 phone or email</source>
        <translation>1 个电话或邮箱</translation>
    </message>
    <message>
        <source>%1 phones and emails</source>
        <translation>%1 个电话和邮箱</translation>
    </message>
    <message>
        <source>1 month of spend</source>
        <translation>1 个月的消费</translation>
    </message>
    <message>
        <source>%1 months of spend</source>
        <translation>%1 个月的消费</translation>
    </message>
    <message>
        <source>1 date</source>
        <translation>1 个日期</translation>
    </message>
    <message>
        <source>%1 dates</source>
        <translation>%1 个日期</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 次拜访</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 次拜访</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 次跟进</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 次跟进</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>合并 %1 和 %2</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>跟进已完成</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>情况如何，一句话</translation>
    </message>
    <message>
        <source>What it brings them: news, an offer, help</source>
        <translation>这次跟进能给客户带来什么：新消息、优惠或帮助</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>情况(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>下次跟进(&amp;N)</translation>
    </message>
    <message>
        <source>Optional. Most sales come from the 4th to the 11th follow-up: plan the next one, and what it brings.</source>
        <translation>可选。大多数成交发生在第 4 到第 11 次跟进：安排好下一次，并想好带给客户什么。</translation>
    </message>
    <message>
        <source>This was follow-up %1 on this opportunity. </source>
        <translation>这是本次商机的第 %1 次跟进。</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand Over %1</source>
        <translation>移交 %1</translation>
    </message>
    <message>
        <source>Its visits to come, open follow-ups and open promises go with it; the visits held and the work done stay %1&apos;s. The hand-over shows in the customer&apos;s Activity, and Edit &gt; Undo takes it back.</source>
        <translation>待进行的拜访、未完成的跟进和未兑现的承诺会一并移交；已进行的拜访和已完成的工作仍记在 %1 名下。移交会显示在客户的“往来记录”中，用“编辑 &gt; 撤销”可以撤回。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Hand %1 over to another rep (%2&apos;s now).</source>
        <translation>把 %1 移交给另一位客户经理（现在由 %2 负责）。</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>移交给(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <source>There is nobody else on the team yet: add a rep with fieldbrief team set NAME, or give a customer another owner.</source>
        <translation>团队中还没有其他人：请用 fieldbrief team set 姓名 添加一位客户经理，或给某个客户设置另一位负责人。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <source>Contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <source>Buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>进入该阶段日期</translation>
    </message>
    <message>
        <source>Referred by (Customer ID)</source>
        <translation>推荐人（客户编号）</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>购买角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Company city</source>
        <translation>公司所在城市</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>第 %1 张名片</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>%1. Choose what each column holds.</source>
        <translation>%1。请选择每一列对应的内容。</translation>
    </message>
    <message>
        <source>The columns are as in your saved mapping.</source>
        <translation>各列按你保存的映射对应。</translation>
    </message>
    <message>
        <source>Recognised as a %1 export.</source>
        <translation>识别为 %1 导出的文件。</translation>
    </message>
    <message>
        <source>Dates such as 04/03/1985 are read day first (4 March 1985), as the other dates in the file show.</source>
        <translation>像 04/03/1985 这样的日期按“日在前”读取（1985年3月4日），文件中的其他日期表明了这一顺序。</translation>
    </message>
    <message>
        <source>Dates such as 04/03/1985 are read month first (April 3, 1985), as the other dates in the file show.</source>
        <translation>像 04/03/1985 这样的日期按“月在前”读取（1985年4月3日），文件中的其他日期表明了这一顺序。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Day first: 04/03/1985 is 4 March 1985</source>
        <translation>日在前：04/03/1985 是 1985年3月4日</translation>
    </message>
    <message>
        <source>Month first: 04/03/1985 is April 3, 1985</source>
        <translation>月在前：04/03/1985 是 1985年4月3日</translation>
    </message>
    <message>
        <source>Name, to use this mapping again (optional)</source>
        <translation>名称，以便再次使用此映射（可选）</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>保存映射为</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>CSV (%1, %2)</source>
        <translation>CSV（%1，%2）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Some dates could be read either way round (%1). Which comes first in this file, the day or the month?</source>
        <translation>有些日期两种读法都说得通（%1）。这个文件里是日在前，还是月在前？</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>In your book</source>
        <translation>客户资料中</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>重复项：</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>全部跳过</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Values that cannot be stored as their field: each is kept as written in the person&apos;s notes, under the field&apos;s name. Check them after the import:</source>
        <translation>不能存入对应字段的值：每个都按原样保存在该人的备注里，并注明字段名。导入后请核对：</translation>
    </message>
    <message>
        <source>Records that cannot be imported (the others will be):</source>
        <translation>无法导入的记录（其余记录会导入）：</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>姓名相同，电话相同 %1</translation>
    </message>
    <message>
        <source>same name, and nothing else tells them apart</source>
        <translation>姓名相同，且没有其他信息可以区分</translation>
    </message>
    <message>
        <source>1 record in the file.</source>
        <translation>文件中共 1 条记录。</translation>
    </message>
    <message>
        <source>%1 records in the file.</source>
        <translation>文件中共 %1 条记录。</translation>
    </message>
    <message>
        <source>1 can be imported.</source>
        <translation>1 条可以导入。</translation>
    </message>
    <message>
        <source>%1 can be imported.</source>
        <translation>%1 条可以导入。</translation>
    </message>
    <message>
        <source>1 value will be kept in the notes, to check (below).</source>
        <translation>1 个值将保存在备注里，需要核对（见下方）。</translation>
    </message>
    <message>
        <source>%1 values will be kept in the notes, to check (below).</source>
        <translation>%1 个值将保存在备注里，需要核对（见下方）。</translation>
    </message>
    <message>
        <source>1 looks like someone already in your book or earlier in the file: choose what to do.</source>
        <translation>1 条看起来与客户资料中已有的或文件中前面的人相同：请选择处理方式。</translation>
    </message>
    <message>
        <source>%1 look like someone already in your book or earlier in the file: choose what to do with each.</source>
        <translation>%1 条看起来与客户资料中已有的或文件中前面的人相同：请逐条选择处理方式。</translation>
    </message>
    <message>
        <source>1 cannot be imported (below).</source>
        <translation>1 条无法导入（见下方）。</translation>
    </message>
    <message>
        <source>%1 cannot be imported (below).</source>
        <translation>%1 条无法导入（见下方）。</translation>
    </message>
    <message>
        <source>%1 (%2 of this file)</source>
        <translation>%1（本文件%2）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>1 value to check, below: it is kept in the person&apos;s notes, as written.</source>
        <translation>1 个值需要核对（见下方）：已按原样保存在该人的备注里。</translation>
    </message>
    <message>
        <source>%1 values to check, below: each is kept in the person&apos;s notes, as written.</source>
        <translation>%1 个值需要核对（见下方）：每个都按原样保存在该人的备注里。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>same name and email %1</source>
        <translation>姓名相同，邮箱相同 %1</translation>
    </message>
    <message>
        <source>same name and mobile %1</source>
        <translation>姓名相同，手机相同 %1</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>邮箱相同 %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>电话相同 %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>（与%1相同）</translation>
    </message>
    <message>
        <source>a new person; the company is likely this one in your book</source>
        <translation>新联系人；其公司很可能是客户资料中的这一家</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>Add to that company</source>
        <translation>加入该公司</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>都保留</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 merged, %4 skipped, %5 not imported.</source>
        <translation>已导入 %1：新增 %2，合并 %3，跳过 %4，未导入 %5。</translation>
    </message>
    <message>
        <source>The database was backed up first: %1</source>
        <translation>导入前已备份数据库：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Take back the import of %1?</source>
        <translation>撤回 %1 的导入？</translation>
    </message>
    <message>
        <source>It removes what the import added: %1. What its merges changed is put back. A customer edited, visited or given something since keeps everything.</source>
        <translation>将移除这次导入新增的内容：%1。合并时修改的内容会恢复原样。之后编辑过、拜访过或新增过内容的客户会完整保留。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the import back.</source>
        <translation>“编辑 &gt; 撤销”可恢复这次导入。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo &amp;Import</source>
        <translation>撤销导入(&amp;I)</translation>
    </message>
    <message>
        <source>Undo &amp;Import %1</source>
        <translation>撤销导入 %1(&amp;I)</translation>
    </message>
    <message>
        <source>Remove import %1</source>
        <translation>移除导入的 %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import %1 taken back</source>
        <translation>已撤回导入 %1</translation>
    </message>
    <message>
        <source>Import %1 is back</source>
        <translation>已恢复导入 %1</translation>
    </message>
</context>
<context>
    <name>InterchangeUi</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Spend…</source>
        <translation>导入消费数据(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Contacts or a Fieldbrief workbook (*.csv *.txt *.vcf *.vcard *.xlsx);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;Fieldbrief workbook (*.xlsx);;All files (*)</source>
        <translation>联系人或 Fieldbrief 工作簿 (*.csv *.txt *.vcf *.vcard *.xlsx);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;Fieldbrief 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import spend</source>
        <translation>导入消费数据</translation>
    </message>
    <message>
        <source>Billing exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>账单导出文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (spend)</source>
        <translation>%1（消费）</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2 customers with everything they had.</source>
        <translation>已导入 %1：%2 个客户及其全部资料。</translation>
    </message>
    <message>
        <source>Not imported (and what belongs to them):</source>
        <translation>未导入（连同属于它们的内容）：</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged. Edit &gt; Undo Import takes it back.</source>
        <translation>已导入：新增 %1，合并 %2。可用“编辑 &gt; 撤销导入”撤回。</translation>
    </message>
    <message>
        <source>Everything (customers, contacts, spend, dates, visits and their plans, outcomes, follow-ups), Excel workbook (*.xlsx)</source>
        <translation>全部资料（客户、联系人、消费、日期、拜访及计划、结果、跟进），Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Customers and contacts with their birthdays (no spend, other dates or visits), CSV (*.csv)</source>
        <translation>客户和联系人及其生日（不含消费、其他日期和拜访），CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Exported %1 cards to %2</source>
        <translation>已导出 %1 张名片到 %2</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>已导出 %1 个日程到 %2</translation>
    </message>
    <message>
        <source>(for spend, dates and visits too: the Excel workbook)</source>
        <translation>（如需消费、日期和拜访：请导出 Excel 工作簿）</translation>
    </message>
    <message>
        <source>Contacts only, vCard (*.vcf)</source>
        <translation>仅联系人，vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Visits, follow-ups and dates, iCalendar (*.ics)</source>
        <translation>拜访、跟进和日期，iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
</context>
<context>
    <name>LoopActions</name>
    <message>
        <source>Open the visit</source>
        <translation>打开拜访</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Review the suggestion</source>
        <translation>查看建议</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Broken…</source>
        <translation>未兑现…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>(brings nothing yet)</source>
        <translation>（还没准备带给客户的东西）</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>跟进完成：%1</translation>
    </message>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>跟进改期</translation>
    </message>
    <message>
        <source>Follow-up rescheduled: %1</source>
        <translation>跟进改期：%1</translation>
    </message>
    <message>
        <source>Drop the follow-up</source>
        <translation>放弃跟进</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Follow-up dropped: %1</source>
        <translation>放弃跟进：%1</translation>
    </message>
    <message>
        <source>Promise kept: %1</source>
        <translation>承诺已兑现：%1</translation>
    </message>
    <message>
        <source>Move the promise</source>
        <translation>承诺改期</translation>
    </message>
    <message>
        <source>Promise moved: %1</source>
        <translation>承诺改期：%1</translation>
    </message>
    <message>
        <source>The promise was broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>未兑现(&amp;B)</translation>
    </message>
    <message>
        <source>Promise broken: %1</source>
        <translation>承诺未兑现：%1</translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>回车或 Ctrl+回车</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Visit…</source>
        <translation>新建拜访(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>The &amp;Team&apos;s Work</source>
        <translation>团队的工作(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fieldbrief</source>
        <translation>关于 Fieldbrief(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>%1 visits, follow-ups and promises due today or overdue</source>
        <translation>今天到期或已逾期的拜访、跟进和承诺共 %1 项</translation>
    </message>
    <message>
        <source>Customers: %1 · visits: %2</source>
        <translation>%1 个客户，%2 次拜访</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>已取消载入演示数据，没有添加任何内容。</translation>
    </message>
    <message>
        <source>Loaded demo data: %1 customers.</source>
        <translation>已载入演示数据：%1 个客户。</translation>
    </message>
    <message>
        <source>About Fieldbrief</source>
        <translation>关于 Fieldbrief</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;Plan customer visits, run the pre-visit checklist, log the outcome and print a one-page visit brief.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;计划客户拜访、完成拜访前的准备清单、记录拜访结果，并打印一页纸的拜访简报。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewDateDialog</name>
    <message>
        <source>&amp;Move</source>
        <translation>改期(&amp;M)</translation>
    </message>
    <message>
        <source>Why, in a line (optional)</source>
        <translation>原因，一句话（可选）</translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation>新日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ObjectionsMetTable</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>How it was answered</source>
        <translation>如何回答</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Add &amp;objection</source>
        <translation>添加异议(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ObjectionsTab</name>
    <message>
        <source>Objection expected</source>
        <translation>预计的异议</translation>
    </message>
    <message>
        <source>Prepared answer</source>
        <translation>准备好的回答</translation>
    </message>
    <message>
        <source>&amp;Add objection</source>
        <translation>添加异议(&amp;A)</translation>
    </message>
    <message>
        <source>Met before…</source>
        <translation>以前遇到过…</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>本客户</translation>
    </message>
    <message>
        <source>similar customers</source>
        <translation>同类客户</translation>
    </message>
    <message>
        <source>Nothing yet: objections you plan for or meet are offered here</source>
        <translation>暂无：计划或遇到过的异议会在这里出现</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of the visit</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Other signals, in your words</source>
        <translation>其他信号（用你自己的话）</translation>
    </message>
    <message>
        <source>Products and amounts agreed</source>
        <translation>约定的产品和金额</translation>
    </message>
    <message>
        <source>What it brings them: news, an offer, help</source>
        <translation>这次跟进能给客户带来什么：新消息、优惠或帮助</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Outcome not saved</source>
        <translation>结果尚未保存</translation>
    </message>
    <message>
        <source>You typed an outcome and have not saved it.</source>
        <translation>你输入了拜访结果，但还没有保存。</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>保留为草稿(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go on typing</source>
        <translation>继续填写(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Step reached</source>
        <translation>到达环节(&amp;S)</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>经过(&amp;H)</translation>
    </message>
    <message>
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <source>Closing signals</source>
        <translation>成交信号</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>约定(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Restored what you typed and had not saved yet.</source>
        <translation>已恢复你之前输入但尚未保存的内容。</translation>
    </message>
    <message>
        <source>Schedule an after-sales check (optional)</source>
        <translation>安排售后回访（可选）</translation>
    </message>
    <message>
        <source>Schedule a win-back date (optional)</source>
        <translation>安排挽回跟进（可选）</translation>
    </message>
    <message>
        <source>Schedule a follow-up to arrange another visit (optional)</source>
        <translation>安排跟进，重新约拜访（可选）</translation>
    </message>
    <message>
        <source>Schedule the follow-up (required: this result leaves the matter open)</source>
        <translation>安排跟进（必填：这个结果意味着事情还没有结束）</translation>
    </message>
    <message>
        <source>After-sales check: is everything working as promised?</source>
        <translation>售后回访：使用是否和承诺的一样顺利？</translation>
    </message>
    <message>
        <source>Win-back: what has changed since? Bring an offer</source>
        <translation>挽回：情况有什么变化？带上优惠方案</translation>
    </message>
    <message>
        <source>A new date for the visit</source>
        <translation>重新约定拜访时间</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (it stays as it is)</source>
        <translation>%2 %1：%3（保持不变）</translation>
    </message>
    <message>
        <source>This follow-up brings nothing: plan news, an offer or help to bring.</source>
        <translation>这次跟进什么也没带给客户：请准备新消息、优惠或帮助。</translation>
    </message>
    <message>
        <source>Not kept as a draft: %1</source>
        <translation>未保存为草稿：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Follow-ups on this opportunity so far: %1 (most sales come from the 4th to the 11th)</source>
        <translation>本次商机已跟进 %1 次（大多数成交发生在第 4 到第 11 次跟进）</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Critical items are not done</source>
        <translation>关键项未完成</translation>
    </message>
    <message>
        <source>These critical items are not ticked:</source>
        <translation>以下关键项尚未勾选：</translation>
    </message>
    <message>
        <source>Mark the visit ready anyway? Say why: the reason is kept and printed on the brief.</source>
        <translation>仍要标记为准备就绪吗？请说明原因：原因会被保存并打印在拜访简报上。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ready &amp;anyway</source>
        <translation>仍然就绪(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PlanConflict</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People to meet</source>
        <translation>要见的人</translation>
    </message>
    <message>
        <source>Sales cycle step</source>
        <translation>销售周期阶段</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>接近方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>客户情况</translation>
    </message>
    <message>
        <source>Expected reception</source>
        <translation>预期接待</translation>
    </message>
    <message>
        <source>Opening line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>People to meet</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>What this visit is for, as the customer&apos;s benefit</source>
        <translation>本次拜访的目的，用客户的利益来表述</translation>
    </message>
    <message>
        <source>How you will go about it</source>
        <translation>打算怎么做</translation>
    </message>
    <message>
        <source>What you expect to have at the end</source>
        <translation>预期得到什么结果</translation>
    </message>
    <message>
        <source>From what you know: what kind of customer is this?</source>
        <translation>根据已知信息：这是一位什么类型的客户？</translation>
    </message>
    <message>
        <source>What reception can you expect?</source>
        <translation>预计会受到怎样的接待？</translation>
    </message>
    <message>
        <source>Greet by name and title, introduce yourself, thank, rapport, purpose, ask</source>
        <translation>称呼姓名职务、自我介绍、致谢、寒暄、说明来意、提问</translation>
    </message>
    <message>
        <source>If you meet the decision maker, what will you do and say?</source>
        <translation>如果见到决策人，你会怎么做、怎么说？</translation>
    </message>
    <message>
        <source>After this visit, what is your next step?</source>
        <translation>这次拜访之后，你的下一步是什么？</translation>
    </message>
    <message>
        <source>&amp;Fill from template</source>
        <translation>按模板填写(&amp;F)</translation>
    </message>
    <message>
        <source>The opening line of the chosen approach, with the contact&apos;s name and title and your own (Settings); edit it afterwards.</source>
        <translation>按所选拜访方法的模板生成开场白，填入联系人的姓名职务和你自己的姓名（设置中填写），之后可以修改。</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>People to &amp;meet</source>
        <translation>拜访对象(&amp;M)</translation>
    </message>
    <message>
        <source>Sales cycle &amp;step</source>
        <translation>销售环节(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>拜访方法(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>拜访目的(&amp;U)</translation>
    </message>
    <message>
        <source>Openin&amp;g line</source>
        <translation>开场白(&amp;G)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Expected reception</source>
        <translation>预计接待</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>见到决策人</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Benefit to them</source>
        <translation>给客户的利益</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>添加产品(&amp;A)</translation>
    </message>
    <message>
        <source>Presented before…</source>
        <translation>以前介绍过…</translation>
    </message>
    <message>
        <source>Nothing yet: products you plan are offered here next time</source>
        <translation>暂无：计划过的产品下次会在这里出现</translation>
    </message>
</context>
<context>
    <name>PromisesTable</name>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add &amp;promise</source>
        <translation>添加承诺(&amp;P)</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job &amp;priority:</source>
        <translation>任务优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>计划打印(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>账单信息(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>One question a line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>Asked before…</source>
        <translation>以前问过…</translation>
    </message>
    <message>
        <source>Nothing yet: questions you plan are offered here next time</source>
        <translation>暂无：计划过的问题下次会在这里出现</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why, in a line: it stays in the history</source>
        <translation>原因，一句话：会保留在记录中</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RepPrompt</name>
    <message>
        <source>&lt;b&gt;Who are you?&lt;/b&gt; Your name and company go into the opening lines and onto every visit brief. You can change them later in Edit &gt; Settings.</source>
        <translation>&lt;b&gt;你是哪位？&lt;/b&gt;你的姓名和公司会写进开场白，并印在每份拜访简报上。之后可在“编辑 &gt; 设置”中修改。</translation>
    </message>
    <message>
        <source>Your name, e.g. Li Na</source>
        <translation>你的姓名，例如 李娜</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your company, e.g. China Mobile Hangzhou</source>
        <translation>你的公司，例如 中国移动杭州分公司</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>你的公司</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;ater</source>
        <translation>以后再说(&amp;A)</translation>
    </message>
    <message>
        <source>Type your name or your company, or choose Later.</source>
        <translation>请填写姓名或公司，或选择“以后再说”。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation>上一周期（Alt+左方向键）</translation>
    </message>
    <message>
        <source>The period after (Alt+Right)</source>
        <translation>下一周期（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>报告另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>无法统计这些数据：%1</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ScopeSwitch</name>
    <message>
        <source>Whose work</source>
        <translation>查看谁的工作</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>%1&apos;s customers, visits, follow-ups and promises</source>
        <translation>%1 的客户、拜访、跟进和承诺</translation>
    </message>
    <message>
        <source>Everyone&apos;s on the team</source>
        <translation>团队所有人的</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>你的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Your &amp;company</source>
        <translation>你的公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paper for briefs</source>
        <translation>简报纸张(&amp;P)</translation>
    </message>
    <message>
        <source>Printed before spend figures on the brief, e.g. ¥, $, € or CHF</source>
        <translation>简报上消费金额前的货币符号，例如 ¥、$、€ 或 CHF</translation>
    </message>
    <message>
        <source>C&amp;urrency on briefs</source>
        <translation>简报货币符号(&amp;U)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are in</source>
        <translation>不带国家代码的电话号码所属地区</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Visit %1 customers at least every</source>
        <translation>%1客户的拜访周期不超过</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Lifetime value: expected &amp;relationship</source>
        <translation>客户终身价值：预期合作年限(&amp;R)</translation>
    </message>
    <message>
        <source>Lifetime value: &amp;default acquisition cost</source>
        <translation>客户终身价值：默认获客成本(&amp;D)</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>个人(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;hecklist template</source>
        <translation>检查清单模板(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Opening lines</source>
        <translation>开场白模板(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up while there are changes every</source>
        <translation>有改动时的自动备份间隔</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Keep every backup of the last</source>
        <translation>保留最近几天的全部备份</translation>
    </message>
    <message>
        <source>Then one a day for</source>
        <translation>之后每天保留一份，共</translation>
    </message>
    <message>
        <source>Then one a week for</source>
        <translation>之后每周保留一份，共</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Then one a month for</source>
        <translation>之后每月保留一份，共</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Backups are also taken on quit, before a schema upgrade, an import and a restore. Each is verified before an older one is removed, and the newest good one is never removed.</source>
        <translation>退出时、升级数据库结构前、导入前和恢复前也会备份。每份新备份都先经过校验才会清理旧备份，最新的完好备份永不删除。</translation>
    </message>
    <message>
        <source>%1 (from the language)</source>
        <translation>%1（按界面语言）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ShowAllDialog</name>
    <message>
        <source>Search: customer, contact, phone, city or the line&apos;s text</source>
        <translation>搜索：客户、联系人、电话、城市或事项内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>↑↓ a line · Enter opens it · Alt+←/→ the page</source>
        <translation>↑↓ 选择 · 回车打开 · Alt+←/→ 翻页</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一页(&amp;N) ▶</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>No spend recorded yet.</source>
        <translation>还没有消费记录。</translation>
    </message>
</context>
<context>
    <name>SpendImportDialog</name>
    <message>
        <source>Import spend: %1</source>
        <translation>导入消费数据：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1 rows: %2 months of spend for %3 customers will be stored.</source>
        <translation>共 %1 行：将为 %3 个客户保存 %2 个月的消费。</translation>
    </message>
    <message>
        <source>%1 of those months are in the book with another figure: the file&apos;s replaces it.</source>
        <translation>其中 %1 个月客户资料中已有不同的数字：以文件为准替换。</translation>
    </message>
    <message>
        <source>%1 rows match no customer (or more than one) and %2 cannot be read; they will be left out.</source>
        <translation>%1 行找不到对应客户（或对应多个客户），%2 行无法读取；这些行不会导入。</translation>
    </message>
    <message>
        <source>As read:</source>
        <translation>读取结果：</translation>
    </message>
    <message>
        <source>Replaced:</source>
        <translation>将替换：</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>不导入：</translation>
    </message>
    <message>
        <source>Imported: %1 for %2; tiers, spend drops and suggestions follow. Edit &gt; Undo Import takes it back.</source>
        <translation>已导入：%2的%1；等级、消费下降和建议随之更新。可用“编辑 &gt; 撤销导入”撤回。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) of spend</source>
        <translation>
            <numerusform>%Ln 个月的消费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>This import is too large to undo; the database was backed up before it.</source>
        <translation>此次导入太大，无法撤销；导入前已备份数据库。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>SpendTab</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Confirmed &amp;tier</source>
        <translation>确认的等级(&amp;T)</translation>
    </message>
    <message>
        <source>%1 is not a month</source>
        <translation>%1 不是月份</translation>
    </message>
    <message>
        <source>Not pasted:</source>
        <translation>未粘贴：</translation>
    </message>
    <message>
        <source>&amp;Use %1, as the spend says</source>
        <translation>按消费改为%1(&amp;U)</translation>
    </message>
    <message>
        <source>No spend recorded: the spend gives tier %1.</source>
        <translation>没有消费记录：按消费为%1。</translation>
    </message>
    <message>
        <source>The spend gives tier &lt;b&gt;%1&lt;/b&gt;: average %2 a month over %3 – %4 (%5 months).</source>
        <translation>按消费为&lt;b&gt;%1&lt;/b&gt;：%3 – %4（%5 个月）月均 %2。</translation>
    </message>
    <message>
        <source>Thresholds: diamond %1, gold %2, silver %3.</source>
        <translation>门槛：钻石 %1，金卡 %2，银卡 %3。</translation>
    </message>
    <message>
        <source>Spend drop: %1 in the last month against an average of %2 before it (%3%).</source>
        <translation>消费下降：上月 %1，此前月均 %2（%3%）。</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Their spend averages %1 a month: %2 by your tier rules.</source>
        <translation>月均消费 %1：按你的会员分级规则为%2。</translation>
    </message>
    <message>
        <source>The first deal is won: now grow their value (cross-selling, targeted offers).</source>
        <translation>首单已成交：接下来提升客户价值（交叉销售、定向优惠）。</translation>
    </message>
    <message>
        <source>Won while in decline: they stayed.</source>
        <translation>在衰退期成交：客户留住了。</translation>
    </message>
    <message>
        <source>Won back after they had left.</source>
        <translation>客户流失后又赢回。</translation>
    </message>
    <message>
        <source>Lost while in decline: a case for winning them back.</source>
        <translation>在衰退期失单：列入挽回计划。</translation>
    </message>
    <message>
        <source>Their spend fell %1% against their own average: an early warning.</source>
        <translation>消费较其自身平均下降 %1%：预警。</translation>
    </message>
    <message>
        <source>Tier: %1 → %2</source>
        <translation>会员等级：%1 → %2</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1 → %2</source>
        <translation>生命周期：%1 → %2</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested changes</source>
        <translation>建议的调整</translation>
    </message>
    <message>
        <source>Tick the changes to make; unticked ones are declined and not suggested again for 90 days.</source>
        <translation>勾选要执行的调整；未勾选的视为拒绝，90 天内不再建议。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>稍后再说(&amp;N)</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>拒绝 %1</translation>
    </message>
</context>
<context>
    <name>TeamBackups</name>
    <message>
        <source>Backing up the team database</source>
        <translation>备份团队数据库</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 MB).</source>
        <translation>已备份并校验：%1（%2 MB）。</translation>
    </message>
    <message>
        <source>Restoring the team database</source>
        <translation>恢复团队数据库</translation>
    </message>
    <message>
        <source>Restore a team database backup</source>
        <translation>恢复团队数据库的备份</translation>
    </message>
    <message>
        <source>Team database backups (*.dump);;All files (*)</source>
        <translation>团队数据库备份 (*.dump);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is restored into an empty database on the server (ask its administrator for one), in one transaction: all of it or nothing. The database open now is not touched.</source>
        <translation>%1 将恢复到服务器上的一个空数据库中（请向服务器管理员申请），在一个事务中完成：要么全部恢复，要么什么都不改。当前打开的数据库不受影响。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring %1 into %2…</source>
        <translation>正在把 %1 恢复到 %2…</translation>
    </message>
    <message>
        <source>The restore failed; nothing was restored.</source>
        <translation>恢复失败，未恢复任何内容。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Restored %1 (%2 customers, %3 visits) into %4. Open it now?</source>
        <translation>已把 %1（%2 位客户，%3 次拜访）恢复到 %4。现在打开它吗？</translation>
    </message>
</context>
<context>
    <name>TeamCopies</name>
    <message>
        <source>Your whole book (customers, people, spend, dates, visits and everything about them) is copied into an empty database on the team&apos;s server, with the same numbers, in one transaction: all of it or nothing. The book on this laptop stays as it is.</source>
        <translation>你的整个客户库（客户、联系人、消费、日期、拜访及其全部内容）会以相同的编号复制到团队服务器上的一个空数据库中，在一个事务中完成：要么全部复制，要么什么都不复制。本机的客户库保持不变。</translation>
    </message>
    <message>
        <source>Copy Book to Team Database</source>
        <translation>把客户库复制到团队数据库</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copying your book to %1…</source>
        <translation>正在把你的客户库复制到 %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied.</source>
        <translation>已取消，未复制任何内容。</translation>
    </message>
    <message>
        <source>The copy failed; nothing was copied.</source>
        <translation>复制失败，未复制任何内容。</translation>
    </message>
    <message>
        <source>Book copied</source>
        <translation>客户库已复制</translation>
    </message>
    <message>
        <source>Copied %1 customers and %2 visits (%3 rows, every table counted) to %4. The book on this laptop is as it was. Open the team database now?</source>
        <translation>已把 %1 位客户和 %2 次拜访（共 %3 行，每张表都已核对行数）复制到 %4。本机的客户库保持不变。现在打开团队数据库吗？</translation>
    </message>
    <message>
        <source>Copy Team Database to Laptop Book</source>
        <translation>把团队数据库复制到本机客户库</translation>
    </message>
    <message>
        <source>The book on this laptop (%1) is replaced by a copy of %2 (%3 customers), for working without the server. The laptop&apos;s book as it is now is backed up first: File &gt; Restore from Backup… brings it back. The team database is not changed, and what you change in the copy stays on this laptop.</source>
        <translation>本机的客户库（%1）将被 %2（%3 位客户）的副本替换，以便在没有服务器时工作。替换前会先备份本机客户库的现状：用“文件 &gt; 从备份恢复…”可以找回。团队数据库不会改变；你在副本中所做的修改只保存在本机。</translation>
    </message>
    <message>
        <source>&amp;Replace the Laptop Book</source>
        <translation>替换本机客户库(&amp;R)</translation>
    </message>
    <message>
        <source>Copying %1 to the laptop book…</source>
        <translation>正在把 %1 复制到本机客户库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>未复制</translation>
    </message>
    <message>
        <source>Cancelled: the laptop book is as it was.</source>
        <translation>已取消，本机客户库保持不变。</translation>
    </message>
    <message>
        <source>Checking the copy and putting it in the laptop book&apos;s place…</source>
        <translation>正在检查副本并用它替换本机客户库…</translation>
    </message>
    <message>
        <source>The laptop book is as it was. %1</source>
        <translation>本机客户库保持不变。%1</translation>
    </message>
    <message>
        <source>Copied %1 customers and %2 visits (%3 rows, every table counted) from %4 to the laptop book.</source>
        <translation>已把 %1 位客户和 %2 次拜访（共 %3 行，每张表都已核对行数）从 %4 复制到本机客户库。</translation>
    </message>
    <message>
        <source>The laptop book as it was is kept as %1.</source>
        <translation>替换前的本机客户库已保存为 %1。</translation>
    </message>
    <message>
        <source>Open the laptop book now?</source>
        <translation>现在打开本机客户库吗？</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>e.g. crm.branch.example.com</source>
        <translation>例如 crm.branch.example.com</translation>
    </message>
    <message>
        <source>e.g. fieldbrief</source>
        <translation>例如 fieldbrief</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring keeps passwords in a plain file, not encrypted: tick this only if that is acceptable here.</source>
        <translation>这台电脑的密钥环把密码存放在普通文件中，未加密：只有在可以接受的情况下才勾选。</translation>
    </message>
    <message>
        <source>&amp;Remember the password (this computer&apos;s keyring keeps it in a plain file)</source>
        <translation>记住密码(&amp;R)（这台电脑的密钥环将其存放在普通文件中）</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <source>Remembered: leave empty to use it</source>
        <translation>已记住：留空即可使用</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TeamDayTable</name>
    <message>
        <source>&lt;b&gt;The team today&lt;/b&gt;</source>
        <translation>&lt;b&gt;团队今天&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>今天拜访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Promises overdue</source>
        <translation>逾期承诺</translation>
    </message>
    <message>
        <source>Stalled (1-3 follow-ups)</source>
        <translation>停滞（跟进 1-3 次）</translation>
    </message>
    <message>
        <source>Tomorrow, not ready</source>
        <translation>明天未准备好</translation>
    </message>
    <message>
        <source>Key accounts dropping</source>
        <translation>大客户消费下降</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>团队合计</translation>
    </message>
</context>
<context>
    <name>TeamUi</name>
    <message>
        <source>Team database: %1</source>
        <translation>团队数据库：%1</translation>
    </message>
    <message>
        <source>Laptop book: %1</source>
        <translation>本机客户库：%1</translation>
    </message>
    <message>
        <source>team database %1</source>
        <translation>团队数据库 %1</translation>
    </message>
    <message>
        <source>laptop book</source>
        <translation>本机客户库</translation>
    </message>
    <message>
        <source>The team database server at %1 asks for the password of %2: type it above.</source>
        <translation>位于 %1 的团队数据库服务器要求输入 %2 的密码：请在上面输入。</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>打开团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>O&amp;pen Recent Team Database</source>
        <translation>最近的团队数据库(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Laptop Book</source>
        <translation>打开本机客户库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy Book to Team Database…</source>
        <translation>把客户库复制到团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Cop&amp;y Team Database to Laptop Book…</source>
        <translation>把团队数据库复制到本机客户库(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation>打开团队数据库</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>the laptop book</source>
        <translation>本机客户库</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
<context>
    <name>TodayLists</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>今日拜访</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The plan for today</source>
        <translation>今日计划</translation>
    </message>
    <message>
        <source>↑↓ a line · Enter opens it · ←→ a section · F5 refreshes</source>
        <translation>↑↓ 选择 · 回车打开 · ←→ 折叠/展开 · F5 刷新</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Outcomes to log (visits over 24 hours ago)</source>
        <translation>待记录结果（拜访已过 24 小时）</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s visits to prepare</source>
        <translation>明天待准备的拜访</translation>
    </message>
    <message>
        <source>Spend drops</source>
        <translation>消费下降提醒</translation>
    </message>
    <message>
        <source>Not visited within their tier&apos;s frequency</source>
        <translation>超过等级拜访周期未拜访</translation>
    </message>
    <message>
        <source>Opportunities stalled at 1-3 follow-ups</source>
        <translation>停在1-3次跟进的商机</translation>
    </message>
    <message>
        <source>Dates in the next 14 days</source>
        <translation>未来14天的重要日子</translation>
    </message>
    <message>
        <source>Suggested tier and stage changes</source>
        <translation>建议的等级与生命周期调整</translation>
    </message>
    <message>
        <source>No visits today. Plan one with New visit… (Ctrl+Shift+N).</source>
        <translation>今天没有拜访。可用“新建拜访…”（Ctrl+Shift+N）安排。</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有到期事项。</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <source>Every visit has its outcome.</source>
        <translation>每次拜访都已记录结果。</translation>
    </message>
    <message>
        <source>No spend drops.</source>
        <translation>没有消费下降。</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s visits are ready (or there are none).</source>
        <translation>明天的拜访都已准备好（或明天没有拜访）。</translation>
    </message>
    <message>
        <source>Everyone was visited within their tier&apos;s frequency.</source>
        <translation>所有客户都在等级周期内拜访过。</translation>
    </message>
    <message>
        <source>No stalled opportunities.</source>
        <translation>没有停滞的商机。</translation>
    </message>
    <message>
        <source>No dates in the next 14 days.</source>
        <translation>未来 14 天没有重要日子。</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>没有需要确认的建议。</translation>
    </message>
    <message>
        <source>Show all %1…</source>
        <translation>显示全部 %1 项…</translation>
    </message>
    <message>
        <source>brings nothing yet</source>
        <translation>还没准备带给客户的东西</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>follow-up #%1</source>
        <translation>第 %1 次跟进</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>, moved %1×</source>
        <translation>，已改期 %1 次</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>log the outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>Spend %1 against their own average</source>
        <translation>消费较自身平均 %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1: last visit %2</source>
        <translation>%1：上次拜访 %2</translation>
    </message>
    <message>
        <source>%1 follow-up(s) done, none scheduled</source>
        <translation>已跟进 %1 次，未安排下一次</translation>
    </message>
    <message>
        <source>%1, yesterday</source>
        <translation>%1，昨天</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln day(s) late</source>
        <translation>
            <numerusform>%1，逾期 %Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outcome(s) to log</source>
        <translation>
            <numerusform>%Ln 个结果待记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>今天到期 %1 项</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1 项</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Nothing to do today yet.</source>
        <translation>今天暂无待办事项。</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>phone or email</source>
        <translation>电话或邮箱</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>month&apos;s spend</source>
        <translation>月消费</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>person to meet</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>清单项</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>objection met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>answer to a suggestion</source>
        <translation>对建议的答复</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>stage since</source>
        <translation>阶段开始日期</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <source>buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>changed since; kept as it is now</source>
        <translation>之后已被修改，保留现状</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>之后已被删除</translation>
    </message>
    <message>
        <source>kept: something added since belongs to it</source>
        <translation>已保留：之后新增的内容属于它</translation>
    </message>
    <message>
        <source>entered again since; kept as it is now</source>
        <translation>之后已重新录入，保留现状</translation>
    </message>
    <message>
        <source>what it belongs to was deleted since</source>
        <translation>它所属的记录之后已被删除</translation>
    </message>
    <message>
        <source>%1 was undone, except what changed since:</source>
        <translation>已撤销“%1”，但之后被修改的内容除外：</translation>
    </message>
    <message>
        <source>%1 was redone, except what changed since:</source>
        <translation>已重做“%1”，但之后被修改的内容除外：</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>ValueBox</name>
    <message>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Default %1 (Settings)</source>
        <translation>默认 %1（设置）</translation>
    </message>
    <message>
        <source>Purchases a year (months with spend, last 12)</source>
        <translation>每年购买次数（近 12 个月有消费的月数）</translation>
    </message>
    <message>
        <source>Expected relationship (Settings)</source>
        <translation>预期合作年限（设置）</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>平均每次购买额</translation>
    </message>
    <message>
        <source>A&amp;cquisition cost</source>
        <translation>获客成本(&amp;C)</translation>
    </message>
    <message>
        <source>Net income from customers they referred</source>
        <translation>其推荐客户带来的净收入</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %Ln customer(s)</source>
        <translation>
            <numerusform>%1，来自 %Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Delete visit</source>
        <translation>删除拜访</translation>
    </message>
    <message>
        <source>Delete the visit %1 with its plan, checklist and outcome? Its follow-ups stay with the customer.
Edit &gt; Undo brings it back.</source>
        <translation>删除拜访 %1 及其计划、检查清单和结果？它的跟进仍保留在客户名下。
编辑 &gt; 撤销可以恢复。</translation>
    </message>
    <message>
        <source>Delete visit %1</source>
        <translation>删除拜访 %1</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>取消拜访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep the visit</source>
        <translation>保留拜访(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel visit %1</source>
        <translation>取消拜访 %1</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <source>Visit plan: %1</source>
        <translation>拜访计划：%1</translation>
    </message>
    <message>
        <source>Something more to pack for this visit, e.g. the signed NDA</source>
        <translation>本次拜访还要带的东西，例如签好的保密协议</translation>
    </message>
    <message>
        <source>Add to pac&amp;k</source>
        <translation>加入携带清单(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Produc&amp;ts</source>
        <translation>产品(&amp;T)</translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation>异议(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查清单(&amp;C)</translation>
    </message>
    <message>
        <source>Cop&amp;y plan from…</source>
        <translation>复制计划(&amp;Y)…</translation>
    </message>
    <message>
        <source>Log &amp;outcome…</source>
        <translation>记录结果(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Preview, print or save the one-page visit brief (Ctrl+P)</source>
        <translation>预览、打印或保存一页纸拜访简报（Ctrl+P）</translation>
    </message>
    <message>
        <source>Cancel v&amp;isit…</source>
        <translation>取消拜访(&amp;I)…</translation>
    </message>
    <message>
        <source>The visit will not happen: say why; it stays in the history</source>
        <translation>拜访不进行了：说明原因，它会保留在记录中</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the visit (Edit &gt; Undo brings it back)</source>
        <translation>删除拜访（编辑 &gt; 撤销可以恢复）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Open follow-ups and promises</source>
        <translation>未完成的跟进和承诺</translation>
    </message>
    <message>
        <source>Before you plan: open follow-ups and promises</source>
        <translation>计划之前：未完成的跟进和承诺</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>没有未完成的事项。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <source>What you typed is kept: Ctrl+S saves it, and so does closing the planner.</source>
        <translation>所填内容都已保留：按 Ctrl+S 即可保存，关闭计划窗口时也会保存。</translation>
    </message>
    <message>
        <source>Not saved: this plan was changed elsewhere since you opened it. What you typed is kept; save again (Ctrl+S) to compare.</source>
        <translation>未保存：你打开此计划后，它已在别处被修改。你输入的内容都还在；再次保存（Ctrl+S）即可对比。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>不保存就关闭？</translation>
    </message>
    <message>
        <source>What you changed in this plan is not saved (see the line at the bottom). Close and drop it?</source>
        <translation>你对此计划的修改尚未保存（见底部那一行）。关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Back to Planned: %1 is not ticked any more.</source>
        <translation>已退回计划中：%1 已不再勾选。</translation>
    </message>
    <message>
        <source>Type what to add to the checklist first.</source>
        <translation>请先输入要加入检查清单的内容。</translation>
    </message>
    <message>
        <source>Back to &amp;planned</source>
        <translation>退回计划中(&amp;P)</translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation>标记就绪(&amp;R)</translation>
    </message>
    <message>
        <source>This visit is %1: it is not made planned or ready again (correct the outcome instead).</source>
        <translation>这次拜访%1：不能再改回计划中或已就绪（请修改结果）。</translation>
    </message>
    <message>
        <source>Correct the &amp;outcome…</source>
        <translation>修改结果(&amp;O)…</translation>
    </message>
    <message>
        <source>No earlier plans yet</source>
        <translation>还没有以前的计划</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Preparing the day sheet…</source>
        <translation>正在生成当日汇总…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>当日拜访汇总</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要以下参数之一：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <source>Visit brief</source>
        <translation>拜访简报</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>average</source>
        <translation>月均</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>SPEND DROP</source>
        <translation>消费下降</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Opening line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Products: feature, advantage, benefit</source>
        <translation>产品：特点、优点、利益</translation>
    </message>
    <message>
        <source>Objections expected, and answers</source>
        <translation>预计异议及回答</translation>
    </message>
    <message>
        <source>If the decision maker is there</source>
        <translation>见到决策人时</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>History</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>No earlier visits.</source>
        <translation>此前没有拜访。</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <source>Follow-ups so far</source>
        <translation>已跟进次数</translation>
    </message>
    <message>
        <source>Dates within 14 days</source>
        <translation>前后14天内的重要日子</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>READY WITH CRITICAL ITEMS OPEN:</source>
        <translation>关键项未完成即出发：</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Who to meet</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <source>No contact chosen for this visit.</source>
        <translation>本次拜访尚未选择联系人。</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>%1 influence</source>
        <translation>影响力%1</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Expected reception</source>
        <translation>预计接待</translation>
    </message>
    <message>
        <source>Step and approach</source>
        <translation>阶段与方法</translation>
    </message>
    <message>
        <source>average %1 a month over %2 months</source>
        <translation>近 %2 个月月均 %1</translation>
    </message>
    <message>
        <source>No spend recorded.</source>
        <translation>暂无消费记录。</translation>
    </message>
    <message>
        <source>%1 critical item open</source>
        <translation>%1 项关键未完成</translation>
    </message>
    <message>
        <source>%1 critical items open</source>
        <translation>%1 项关键未完成</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 answered by the plan</source>
        <translation>%1 项已由计划回答</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>拜访之后</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <source>Closing signals</source>
        <translation>成交信号</translation>
    </message>
    <message>
        <source>Promises (who, what, by when)</source>
        <translation>承诺（谁、什么、何时）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>当日拜访汇总</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation>%1 次拜访</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 次拜访</translation>
    </message>
    <message>
        <source>%1 ready to go</source>
        <translation>其中 %1 次已就绪</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Visit: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <source>Follow-up (%1): %2</source>
        <translation>跟进（%1）：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1: plan customer visits, run the pre-visit checklist, print the visit brief. Without a command, opens the desktop app.</source>
        <translation>%1：计划客户拜访，完成拜访前检查清单，打印拜访简报。不带命令时打开桌面程序。</translation>
    </message>
    <message>
        <source>fill an empty database with realistic demo data</source>
        <translation>向空数据库填入逼真的演示数据</translation>
    </message>
    <message>
        <source>how many customers (default 500)</source>
        <translation>客户数量（默认 500）</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data (default 1)</source>
        <translation>随机种子；同一种子生成相同数据（默认 1）</translation>
    </message>
    <message>
        <source>print the one-page brief of a visit, or a day sheet, as PDF</source>
        <translation>把一次拜访的单页简报或一天的日程表打印为 PDF</translation>
    </message>
    <message>
        <source>the visit&apos;s number</source>
        <translation>拜访编号</translation>
    </message>
    <message>
        <source>every visit of that day, with a summary page</source>
        <translation>当天的每次拜访，附汇总页</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 的保存位置</translation>
    </message>
    <message>
        <source>paper size (default: the one chosen in Settings, A4 until then)</source>
        <translation>纸张大小（默认：设置中选定的纸张，未选时为 A4）</translation>
    </message>
    <message>
        <source>print the weekly report (a rep&apos;s, or the team&apos;s) as PDF</source>
        <translation>将工作周报（某位客户经理的或整个团队的）打印为 PDF</translation>
    </message>
    <message>
        <source>the ISO week, e.g. 2026-W49: its visits, results and figures, and the next week&apos;s plan</source>
        <translation>ISO 周，例如 2026-W49：该周的拜访、结果和数据，以及下周计划</translation>
    </message>
    <message>
        <source>the rep (a customer&apos;s owner); default: the whole team</source>
        <translation>客户经理（客户的负责人）；默认：整个团队</translation>
    </message>
    <message>
        <source>back up the database (verified), into the backups folder or FILE</source>
        <translation>备份数据库（并校验），存入备份文件夹或 FILE</translation>
    </message>
    <message>
        <source>where to write the backup (default: the backups folder, which is then thinned)</source>
        <translation>备份的保存位置（默认：备份文件夹，之后会清理旧备份）</translation>
    </message>
    <message>
        <source>replace the database with a backup, after checking it</source>
        <translation>检查备份后，用它替换数据库</translation>
    </message>
    <message>
        <source>a backup or any Fieldbrief database file</source>
        <translation>备份或任何 Fieldbrief 数据库文件</translation>
    </message>
    <message>
        <source>copy the whole book into an empty database (e.g. a team database on PostgreSQL), or a whole book from one into this, empty, one</source>
        <translation>把整个客户簿复制到一个空数据库（例如 PostgreSQL 上的团队数据库），或把另一个数据库的整个客户簿复制到当前这个空数据库</translation>
    </message>
    <message>
        <source>copy this book (the laptop&apos;s, or --database) into the empty database at URL, e.g. postgresql+psycopg://USER@HOST:5432/DATABASE</source>
        <translation>把当前客户簿（笔记本上的，或 --database 指定的）复制到 URL 所指的空数据库，例如 postgresql+psycopg://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>copy the book at URL into this one (the laptop&apos;s, or --database), which must be empty</source>
        <translation>把 URL 所指的客户簿复制到当前数据库（笔记本上的，或 --database 指定的），当前数据库必须为空</translation>
    </message>
    <message>
        <source>check the database (integrity, schema, where it is kept)</source>
        <translation>检查数据库（完整性、结构版本、存放位置）</translation>
    </message>
    <message>
        <source>import customers and contacts from CSV or vCard (.vcf), or a whole Fieldbrief workbook (.xlsx)</source>
        <translation>从 CSV 或 vCard（.vcf）导入客户和联系人，或导入完整的 Fieldbrief 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>the file to import (.csv, .vcf or .xlsx)</source>
        <translation>要导入的文件（.csv、.vcf 或 .xlsx）</translation>
    </message>
    <message>
        <source>CSV columns: google, outlook, fieldbrief or a mapping saved in the import window (default: guessed from the header)</source>
        <translation>CSV 列的映射：google、outlook、fieldbrief 或在导入窗口中保存的映射（默认：根据表头判断）</translation>
    </message>
    <message>
        <source>what to do with a contact the book already has (default skip)</source>
        <translation>客户簿中已有的联系人如何处理（默认 skip，跳过）</translation>
    </message>
    <message>
        <source>dates like 04/03/1985 are day/month (dmy) or month/day (mdy); default: what the file&apos;s dates decide (a day over 12), else such dates are kept in the notes to check</source>
        <translation>像 04/03/1985 这样的日期是日/月（dmy）还是月/日（mdy）；默认：由文件中的日期决定（出现大于 12 的日），否则这类日期保存在备注中待核对</translation>
    </message>
    <message>
        <source>import monthly spend from a billing export (CSV or .xlsx): customer (id, name or phone), month, amount</source>
        <translation>从账单导出文件（CSV 或 .xlsx）导入每月消费：客户（编号、名称或电话）、月份、金额</translation>
    </message>
    <message>
        <source>the billing export (.csv or .xlsx)</source>
        <translation>账单导出文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>export everything (xlsx), customers and contacts (csv, vcard) or the calendar (ics)</source>
        <translation>导出全部数据（xlsx）、客户和联系人（csv、vcard）或日历（ics）</translation>
    </message>
    <message>
        <source>xlsx: everything; csv: customers and contacts; vcard: contacts; ics: visits, follow-ups and dates</source>
        <translation>xlsx：全部资料；csv：客户和联系人；vcard：联系人；ics：拜访、跟进和重要日期</translation>
    </message>
    <message>
        <source>where to write the export</source>
        <translation>导出文件的保存位置</translation>
    </message>
    <message>
        <source>folder for the database, backups, logs and settings (default: $%1 or the user&apos;s data folder)</source>
        <translation>存放数据库、备份、日志和设置的文件夹（默认：$%1 或用户的数据文件夹）</translation>
    </message>
    <message>
        <source>SQLAlchemy URL of the database (default: the SQLite file in the data folder)</source>
        <translation>数据库的 SQLAlchemy URL（默认：数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>user-interface language, e.g. zh_CN or en (default: the system&apos;s)</source>
        <translation>界面语言，例如 zh_CN 或 en（默认：系统语言）</translation>
    </message>
    <message>
        <source>fieldbrief: error: %1</source>
        <translation>fieldbrief：错误：%1</translation>
    </message>
    <message>
        <source>Loaded demo data into %1: %2, %3, %4.</source>
        <translation>演示数据已载入 %1：%2，%3，%4。</translation>
    </message>
    <message>
        <source>Wrote the day sheet of %1 (%2) to %3.</source>
        <translation>%1 的日程表（%2）已写入 %3。</translation>
    </message>
    <message>
        <source>Wrote the weekly report of %1 (%2, %3 done) to %4.</source>
        <translation>已将 %1 的工作周报（%2，完成 %3）写入 %4。</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (verified); %3 thinned out.</source>
        <translation>%1 已备份到 %2（已校验）；清理了 %3。</translation>
    </message>
    <message>
        <source>Restored %1 (%2, %3) into %4.</source>
        <translation>已把 %1（%2，%3）恢复到 %4。</translation>
    </message>
    <message>
        <source>Copied %1 and %2 (%3 in %4, each table&apos;s count checked) from %5 into %6.</source>
        <translation>已把%1和%2（%4共 %3，每张表的行数均已核对）从 %5 复制到 %6。</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已写入 %2：%1。</translation>
    </message>
    <message>
        <source>Wrote the brief of visit %1 to %2.</source>
        <translation>拜访 %1 的简报已写入 %2。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (pg_dump, verified with pg_restore).</source>
        <translation>%1 已备份到 %2（pg_dump，已用 pg_restore 校验）。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (verified).</source>
        <translation>%1 已备份到 %2（已校验）。</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>恢复前的数据库保存在 %1。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; it is created when the app first opens.</source>
        <translation>%1 还没有数据库；程序第一次打开时会创建它。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore a backup (fieldbrief restore FILE; the backups are in %3).</source>
        <translation>%1 已损坏：%2。请恢复备份（fieldbrief restore FILE；备份在 %3）。</translation>
    </message>
    <message>
        <source>%1: ok.</source>
        <translation>%1：正常。</translation>
    </message>
    <message>
        <source>%1: ok, reachable, no Fieldbrief schema yet (an empty database: Fieldbrief creates it when it first opens it).</source>
        <translation>%1：正常，可以连接，尚无 Fieldbrief 结构（空数据库：Fieldbrief 第一次打开时会创建）。</translation>
    </message>
    <message>
        <source>%1: ok, reachable, the current schema.</source>
        <translation>%1：正常，可以连接，结构为当前版本。</translation>
    </message>
    <message>
        <source>%1: ok, reachable, an older schema (%2), upgraded when Fieldbrief next opens it.</source>
        <translation>%1：正常，可以连接，结构为旧版本（%2），Fieldbrief 下次打开时会升级。</translation>
    </message>
    <message>
        <source>  %1: not imported: %2</source>
        <translation>  %1：未导入：%2</translation>
    </message>
    <message>
        <source>  %1: %2 %3 kept in the notes: %4</source>
        <translation>  %1：%2 %3 保存在备注中：%4</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 merged, %4 skipped as duplicates, %5 to check, %6 not imported.</source>
        <translation>已导入 %1：新增 %2，合并 %3，作为重复跳过 %4，%5待核对，未导入 %6。</translation>
    </message>
    <message>
        <source>The database was backed up first to %1.</source>
        <translation>导入前数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>Imported the spend in %1: %2 of %3 (%4 as they were), %5 matched no customer, %6 could not be read.</source>
        <translation>已导入 %1 中的消费：%3的 %2（其中 %4 个未变），%5未匹配到客户，%6无法读取。</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-11-24</source>
        <translation>%1 不是像 2026-11-24 这样的日期</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 个联系人</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation>%1 次拜访</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 次拜访</translation>
    </message>
    <message>
        <source>%1 older backup</source>
        <translation>%1 个旧备份</translation>
    </message>
    <message>
        <source>%1 older backups</source>
        <translation>%1 个旧备份</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>%1 张表</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 张表</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>%1 张名片</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 张名片</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个日程</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个日程</translation>
    </message>
    <message>
        <source>%1 open follow-up</source>
        <translation>%1 条未完成的跟进</translation>
    </message>
    <message>
        <source>%1 open follow-ups</source>
        <translation>%1 条未完成的跟进</translation>
    </message>
    <message>
        <source>%1 open promise</source>
        <translation>%1 条未兑现的承诺</translation>
    </message>
    <message>
        <source>%1 open promises</source>
        <translation>%1 条未兑现的承诺</translation>
    </message>
    <message>
        <source>%1 visit to come</source>
        <translation>%1 次待进行的拜访</translation>
    </message>
    <message>
        <source>%1 visits to come</source>
        <translation>%1 次待进行的拜访</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>the people of the team, their role and login; hand a customer over to another rep</source>
        <translation>团队成员及其角色和登录名；把客户移交给另一位客户经理</translation>
    </message>
    <message>
        <source>list the team: each rep&apos;s role and login</source>
        <translation>列出团队：每位成员的角色和登录名</translation>
    </message>
    <message>
        <source>add a rep to the team, or change their role or login</source>
        <translation>把一位客户经理加入团队，或修改其角色或登录名</translation>
    </message>
    <message>
        <source>the rep&apos;s name, as customers are owned under</source>
        <translation>客户经理的姓名（即客户的负责人）</translation>
    </message>
    <message>
        <source>rep: changes their own customers; manager: changes all (a new one: rep; else: unchanged)</source>
        <translation>rep：只能修改自己的客户；manager：可以修改全部（新成员默认 rep；否则保持不变）</translation>
    </message>
    <message>
        <source>the PostgreSQL login they connect to the team database with (else: unchanged)</source>
        <translation>其连接团队数据库所用的 PostgreSQL 登录名（不指定则保持不变）</translation>
    </message>
    <message>
        <source>take their login away</source>
        <translation>取消其登录名</translation>
    </message>
    <message>
        <source>hand a customer over to another rep, with its visits to come, open follow-ups and promises</source>
        <translation>把客户连同待进行的拜访、未完成的跟进和未兑现的承诺移交给另一位客户经理</translation>
    </message>
    <message>
        <source>the customer&apos;s number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>the rep who takes it over</source>
        <translation>接手的客户经理</translation>
    </message>
    <message>
        <source>on the team database (--database, as its owner): a rep&apos;s login changes only their own customers, a manager&apos;s all; again after adding a login or an upgrade</source>
        <translation>在团队数据库上（--database，以其所有者身份）：客户经理的登录名只能修改自己的客户，主管的可以修改全部；添加登录名或升级后再运行一次</translation>
    </message>
    <message>
        <source>No rep yet: customers have no owner, and nobody was added with &quot;team set&quot;.</source>
        <translation>还没有团队成员：客户没有负责人，也没有用“team set”添加过任何人。</translation>
    </message>
    <message>
        <source>%1 is on the team as %2, login %3.</source>
        <translation>%1 已加入团队，角色：%2，登录名：%3。</translation>
    </message>
    <message>
        <source>Handed %1 over from %2 to %3, with %4, %5 and %6.</source>
        <translation>已把 %1 从 %2 移交给 %3，连同 %4、%5和%6。</translation>
    </message>
    <message>
        <source>Set up the team database at %1: the team reads the whole book; a rep&apos;s login changes only their own customers, a manager&apos;s all.</source>
        <translation>已设置 %1 上的团队数据库：团队成员都能查看整个客户簿；客户经理的登录名只能修改自己的客户，主管的可以修改全部。</translation>
    </message>
    <message>
        <source>  %1&apos;s login %2 is not on the server yet: create it (CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;), then run team setup again.</source>
        <translation>  服务器上还没有 %1 的登录名 %2：请先创建（CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;），然后再运行一次 team setup。</translation>
    </message>
    <message>
        <source>No rep has a login yet: give each one with team set NAME --login LOGIN, then run team setup again.</source>
        <translation>还没有成员设置登录名：请用 team set 姓名 --login 登录名 为每位成员设置，然后再运行一次 team setup。</translation>
    </message>
</context>
<context>
    <name>copy</name>
    <message>
        <source>%1 is not empty (it holds %2 customers and %3 rows in all), so nothing was copied into it. Copy into an empty database: ask the server&apos;s administrator for a new one, or choose another database.</source>
        <translation>%1 不是空的（其中有 %2 位客户，共 %3 行），因此没有向其中复制任何内容。请复制到一个空数据库：向服务器管理员申请一个新的，或选择另一个数据库。</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Ascension Island</source>
        <translation>阿森松岛</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>科索沃</translation>
    </message>
    <message>
        <source>St. Martin</source>
        <translation>法属圣马丁</translation>
    </message>
    <message>
        <source>Tristan da Cunha</source>
        <translation>特里斯坦-达库尼亚</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>西撒哈拉</translation>
    </message>
    <message>
        <source>St. Barthélemy</source>
        <translation>圣巴泰勒米</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>萨摩亚</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Fieldbrief</source>
        <translation>Fieldbrief</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
    <message>
        <source>This visit&apos;s plan was changed elsewhere since you opened it; nothing was saved.</source>
        <translation>打开之后，这次拜访的计划已在别处被修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>Critical checklist items are not done: %1</source>
        <translation>关键清单项尚未完成：%1</translation>
    </message>
    <message>
        <source>This visit has its outcome logged, so it is done: correct the outcome (Log outcome…) instead of making it planned or ready again.</source>
        <translation>这次拜访已记录结果，即已完成：请修改结果（记录结果…），而不是改回计划中或已就绪。</translation>
    </message>
    <message>
        <source>This visit was cancelled; Edit &gt; Undo takes the cancellation back.</source>
        <translation>这次拜访已取消；编辑 &gt; 撤销可以恢复。</translation>
    </message>
    <message>
        <source>Say why the visit is cancelled: the reason stays in its history.</source>
        <translation>请说明取消拜访的原因：原因会保留在记录中。</translation>
    </message>
    <message>
        <source>This visit has its outcome logged; to say it did not happen, correct the outcome&apos;s result to Cancelled.</source>
        <translation>这次拜访已记录结果；如果它没有进行，请把结果改为“已取消”。</translation>
    </message>
    <message>
        <source>That checklist item no longer exists.</source>
        <translation>这条清单项已不存在。</translation>
    </message>
    <message>
        <source>This item ticks itself when the plan answers it.</source>
        <translation>计划中回答了这一项后，它会自动勾选。</translation>
    </message>
    <message>
        <source>Type what to add to the checklist first.</source>
        <translation>请先输入要加入检查清单的内容。</translation>
    </message>
    <message>
        <source>A checklist item has at most %1 characters (now %2).</source>
        <translation>清单项最多 %1 个字符（现在 %2 个）。</translation>
    </message>
    <message>
        <source>That follow-up no longer exists; it may have been deleted with its customer.</source>
        <translation>这条跟进已不存在，可能已随客户一起删除。</translation>
    </message>
    <message>
        <source>That promise no longer exists; it may have been deleted with its visit.</source>
        <translation>这条承诺已不存在，可能已随拜访一起删除。</translation>
    </message>
    <message>
        <source>This follow-up is done already.</source>
        <translation>这条跟进已经完成。</translation>
    </message>
    <message>
        <source>This follow-up was dropped already.</source>
        <translation>这条跟进已经放弃。</translation>
    </message>
    <message>
        <source>This promise is kept already.</source>
        <translation>这条承诺已经兑现。</translation>
    </message>
    <message>
        <source>This promise is marked broken already.</source>
        <translation>这条承诺已标记为未兑现。</translation>
    </message>
    <message>
        <source>Say why, in a line: it stays in the customer&apos;s history.</source>
        <translation>请用一句话说明原因：它会保留在客户记录中。</translation>
    </message>
    <message>
        <source>Say what happened, in a line.</source>
        <translation>请用一句话说明情况。</translation>
    </message>
    <message>
        <source>Choose the new date.</source>
        <translation>请选择新日期。</translation>
    </message>
    <message>
        <source>The new date cannot be before today (%1).</source>
        <translation>新日期不能早于今天（%1）。</translation>
    </message>
    <message>
        <source>It is due on %1 already: choose another date.</source>
        <translation>它本来就是 %1 到期：请选择其他日期。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before today (%1).</source>
        <translation>下次跟进不能早于今天（%1）。</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>最多 %1 个字符（现在 %2 个）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Fieldbrief (schema %2). It has not been changed. Install the newer Fieldbrief to open it.</source>
        <translation>数据库 %1 由更新版本的 Fieldbrief 写入（结构版本 %2）。它没有被改动。请安装新版 Fieldbrief 后再打开。</translation>
    </message>
    <message>
        <source>%1 is not a Fieldbrief database (%2). Choose another file.</source>
        <translation>%1 不是 Fieldbrief 数据库（%2）。请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is not a Fieldbrief database (%2). Choose another database, or an empty one.</source>
        <translation>%1 不是 Fieldbrief 数据库（%2）。请选择其他数据库，或一个空数据库。</translation>
    </message>
    <message>
        <source>The database is locked by another program or another Fieldbrief window. Close the other one and try again.</source>
        <translation>数据库被其他程序或另一个 Fieldbrief 窗口锁定。请关闭它后重试。</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written, so the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满或无法写入，修改未保存。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database is damaged (SQLite cannot read part of it). Restore a backup: File &gt; Restore from Backup….</source>
        <translation>数据库已损坏（SQLite 无法读取其中一部分）。请恢复备份：文件 &gt; 从备份恢复…。</translation>
    </message>
    <message>
        <source>The database could not be written (it is read-only: the file or its folder is write-protected, or it was opened read-only after failing its check), so nothing was saved. Check the file&apos;s permissions, or restore a backup (File &gt; Restore…).</source>
        <translation>数据库无法写入（它是只读的：文件或其文件夹被写保护，或因未通过检查而以只读方式打开），未保存任何内容。请检查文件权限，或恢复备份（文件 &gt; 恢复…）。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore it from a backup.</source>
        <translation>数据库文件已损坏或不是数据库。请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no visit with id %1; it may have been deleted.</source>
        <translation>没有编号为 %1 的拜访；它可能已被删除。</translation>
    </message>
    <message>
        <source>The system does not let Fieldbrief read or write %1. Check who may use that file or folder (its permissions), then try again.</source>
        <translation>系统不允许 Fieldbrief 读写 %1。请检查该文件或文件夹的使用权限，然后重试。</translation>
    </message>
    <message>
        <source>%1 is a file where Fieldbrief keeps a folder. Move or rename that file, then try again.</source>
        <translation>%1 是一个文件，而 Fieldbrief 要在这里放一个文件夹。请移走该文件或给它改名，然后重试。</translation>
    </message>
    <message>
        <source>There is no backup that passes its checks to restore. Choose a file with File &gt; Restore from Backup….</source>
        <translation>没有通过检查、可以恢复的备份。请用“文件 &gt; 从备份恢复…”选择一个文件。</translation>
    </message>
    <message>
        <source>%1 is not a database URL: write it like postgresql+psycopg://USER@HOST:5432/DATABASE, or sqlite:///PATH for a SQLite file.</source>
        <translation>%1 不是数据库 URL：请写成 postgresql+psycopg://USER@HOST:5432/DATABASE 这样，SQLite 文件则写成 sqlite:///PATH。</translation>
    </message>
    <message>
        <source>Backups, restores and checks work on a SQLite database file or a PostgreSQL team database; --database names another kind.</source>
        <translation>备份、恢复和检查只适用于 SQLite 数据库文件或 PostgreSQL 团队数据库；--database 指定的是其他类型。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 没有可以备份的数据库。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Your database is untouched. Free some space on that disk, then try again.</source>
        <translation>备份无法写入 %1：%2。你的数据库没有被改动。请在该磁盘上腾出空间，然后重试。</translation>
    </message>
    <message>
        <source>%1 was not restored: %2. Your database is as it was.</source>
        <translation>%1 未恢复：%2。你的数据库保持原样。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>its contents changed since the backup was taken (checksum mismatch)</source>
        <translation>备份之后其内容被改动过（校验和不符）</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation>SQLite 无法打开它（%1）</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>它已损坏（%1）</translation>
    </message>
    <message>
        <source>it is not a Fieldbrief database</source>
        <translation>它不是 Fieldbrief 数据库</translation>
    </message>
    <message>
        <source>it has no Fieldbrief schema version</source>
        <translation>它没有 Fieldbrief 结构版本</translation>
    </message>
    <message>
        <source>it was written by a newer Fieldbrief (schema %1); install that version to open it</source>
        <translation>它由更新版本的 Fieldbrief 写入（结构版本 %1）；请安装该版本后打开</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1)</source>
        <translation>它已损坏或不是数据库（%1）</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>磁盘已满或文件过大</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written</source>
        <translation>磁盘已满或无法写入</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>文件夹无法写入</translation>
    </message>
    <message>
        <source>a file is where its folder should be: move or rename that file</source>
        <translation>应放文件夹的位置有一个文件：请移走该文件或给它改名</translation>
    </message>
    <message>
        <source>The database already holds %1 customers; demo data only goes into an empty database. Use --data-dir with a new folder to try the demo.</source>
        <translation>数据库中已有 %1 个客户；演示数据只能载入空数据库。请用 --data-dir 指定一个新文件夹来试用演示。</translation>
    </message>
    <message>
        <source>The number of demo customers must be at least 1.</source>
        <translation>演示客户数至少为 1。</translation>
    </message>
    <message>
        <source>The outcome was not saved: %1</source>
        <translation>结果未保存：%1</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>One of the two customers was deleted meanwhile; nothing was merged.</source>
        <translation>两个客户之一在此期间已被删除；未合并任何内容。</translation>
    </message>
    <message>
        <source>There are no visits on %1 to print.</source>
        <translation>%1 没有可打印的拜访。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>it could not be copied (%1)</source>
        <translation>无法复制它（%1）</translation>
    </message>
    <message>
        <source>The customer %1 was deleted meanwhile.</source>
        <translation>客户 %1 在此期间已被删除。</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; nothing was done.</source>
        <translation>%1 在此期间已被修改；未做任何操作。</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>客户未保存：%1</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since you opened it; nothing was saved.</source>
        <translation>打开之后，%1 已在别处被修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>The customer %1 was deleted meanwhile; nothing was saved.</source>
        <translation>客户 %1 在此期间已被删除；未保存任何内容。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>文件夹 %1 不存在；未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no export format %1: use one of %2.</source>
        <translation>没有导出格式 %1：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>it belongs to another application (id %1)</source>
        <translation>它属于另一个应用程序（编号 %1）</translation>
    </message>
    <message>
        <source>it has tables but no Fieldbrief schema version</source>
        <translation>它有数据表，但没有 Fieldbrief 结构版本</translation>
    </message>
    <message>
        <source>The data folder %1 is inside a %2 folder. Cloud sync breaks SQLite&apos;s locking and can upload a half-written database: move the data folder out of it (backups can still be copied there).</source>
        <translation>数据文件夹 %1 位于 %2 文件夹中。云同步会破坏 SQLite 的锁，还可能上传写了一半的数据库：请把数据文件夹移出该文件夹（备份仍可复制到那里）。</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share (%2). SQLite&apos;s locking and write-ahead log do not work reliably there: keep the data folder on this computer&apos;s own disk.</source>
        <translation>数据文件夹 %1 位于网络共享（%2）上。SQLite 的锁和预写日志在那里不可靠：请把数据文件夹放在本机的磁盘上。</translation>
    </message>
    <message>
        <source>%1 is not a week: write it as year-W and the week&apos;s number, for example 2026-W49.</source>
        <translation>%1 不是一个周：请写成“年份-W周数”，例如 2026-W49。</translation>
    </message>
    <message>
        <source>%1 has no week %2: its weeks are W01 to W%3.</source>
        <translation>%1 年没有第 %2 周：这一年的周是 W01 到 W%3。</translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation>客户经理需要一个姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a database login: use lower-case letters, digits and _ (up to 63, not starting with a digit).</source>
        <translation>“%1”不能作为数据库登录名：请使用小写字母、数字和 _（最多 63 个，不以数字开头）。</translation>
    </message>
    <message>
        <source>The login %1 belongs to %2 already.</source>
        <translation>登录名 %1 已属于 %2。</translation>
    </message>
    <message>
        <source>No rep of the team is called %1. The team: %2.</source>
        <translation>团队中没有名叫 %1 的成员。团队成员：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s customer already.</source>
        <translation>%1 已经是 %2 的客户。</translation>
    </message>
    <message>
        <source>Who may change what is set on a team database (PostgreSQL): name it with --database. In a laptop&apos;s book every customer is yours.</source>
        <translation>谁可以修改什么，是在团队数据库（PostgreSQL）上设置的：请用 --database 指定它。笔记本上的客户簿里，每个客户都是你的。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Too long for this field.</source>
        <translation>超出该字段的长度。</translation>
    </message>
    <message>
        <source>Too long for the notes: the first 10,000 characters are kept.</source>
        <translation>备注过长：保留前 10,000 个字符。</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>不是日期。</translation>
    </message>
    <message>
        <source>There is no such day.</source>
        <translation>没有这一天。</translation>
    </message>
    <message>
        <source>Day and month could be either way round: choose the order in the import window.</source>
        <translation>日和月的顺序无法确定：请在导入窗口中选择顺序。</translation>
    </message>
    <message>
        <source>Not one of the values Fieldbrief knows for this field.</source>
        <translation>不是该字段可用的值。</translation>
    </message>
    <message>
        <source>Not a Customer ID.</source>
        <translation>不是客户编号。</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>不是金额。</translation>
    </message>
    <message>
        <source>a photo (Fieldbrief does not keep photos)</source>
        <translation>一张照片（Fieldbrief 不保存照片）</translation>
    </message>
    <message>
        <source>The card has no name: the person is named after this.</source>
        <translation>名片上没有姓名：以此为该人的名称。</translation>
    </message>
    <message>
        <source>The file ends inside this card (no END:VCARD): check that it is complete.</source>
        <translation>文件在这张名片中途结束（没有 END:VCARD）：请核对内容是否完整。</translation>
    </message>
    <message>
        <source>Nothing identifies anyone here: no name, company, phone or email.</source>
        <translation>无法识别任何人：没有姓名、公司、电话或邮箱。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <source>Contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <source>Buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>进入该阶段日期</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>购买角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Company city</source>
        <translation>公司所在城市</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>{path} cannot be opened: it was moved, or you may not read it.</source>
        <translation>无法打开 {path}：文件已被移动，或没有读取权限。</translation>
    </message>
    <message>
        <source>The file has no vCard in it (no BEGIN:VCARD line).</source>
        <translation>文件中没有 vCard 名片（没有 BEGIN:VCARD 行）。</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 but cannot be read as {encoding}. Export it again.</source>
        <translation>文件看起来是 UTF-16，但无法按 {encoding} 读取。请重新导出。</translation>
    </message>
    <message>
        <source>The file is not text (it is a picture, an archive or a program&apos;s own file?). Export the contacts as CSV (UTF-8, UTF-16, GB18030/GBK or Windows-1252).</source>
        <translation>文件不是文本（是图片、压缩包或某个程序自己的文件？）。请把联系人导出为 CSV（UTF-8、UTF-16、GB18030/GBK 或 Windows-1252）。</translation>
    </message>
    <message>
        <source>None of the file&apos;s columns is one Fieldbrief knows: its first line should name them (Name, Company, Phone, Email…, or 姓名, 公司, 电话, 邮箱…). Is it a contacts export? Export it again with its header row.</source>
        <translation>文件中没有 Fieldbrief 认识的列：第一行应当写明各列的名称（姓名、公司、电话、邮箱…，或 Name、Company、Phone、Email…）。它是联系人导出文件吗？请连同表头行重新导出。</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read as UTF-8, UTF-16, GB18030/GBK or Windows-1252. Save it again in one of those encodings (in Excel: CSV UTF-8).</source>
        <translation>文件中的字符无法按 UTF-8、UTF-16、GB18030/GBK 或 Windows-1252 读取。请用其中一种编码重新保存（Excel 中选择“CSV UTF-8”）。</translation>
    </message>
    <message>
        <source>The start of the file cannot be read as {encoding}. Save it again as CSV UTF-8.</source>
        <translation>文件开头无法按 {encoding} 读取。请重新保存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>文件是空的：没有表头行。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding}; nothing was imported. Save the file again as CSV UTF-8.</source>
        <translation>第 {line} 行无法按 {encoding} 读取；未导入任何内容。请将文件重新保存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (it is damaged, or not an .xlsx file). Save it again from Excel, or as CSV UTF-8.</source>
        <translation>无法把 {name} 作为 Excel 工作簿读取（文件已损坏，或不是 .xlsx 文件）。请用 Excel 重新保存，或另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>The file is not CSV: its first line cannot be read. Export it again as CSV.</source>
        <translation>文件不是 CSV：第一行无法读取。请重新导出为 CSV。</translation>
    </message>
    <message>
        <source>Line {line} has a cell larger than 64 MB; nothing was imported. Remove it (a picture pasted into a cell?) and export again.</source>
        <translation>第 {line} 行有一个超过 64 MB 的单元格；未导入任何内容。请删除它（是否在单元格中粘贴了图片？）后重新导出。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV (a quote that is never closed?); nothing was imported. Export the file again as CSV.</source>
        <translation>第 {line} 行无法按 CSV 读取（是否有未闭合的引号？）；未导入任何内容。请重新导出为 CSV。</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no column {columns}: is it a Fieldbrief workbook? Nothing was imported.</source>
        <translation>工作表 {sheet} 没有 {columns} 列：它是 Fieldbrief 工作簿吗？未导入任何内容。</translation>
    </message>
    <message>
        <source>The file&apos;s header is not a {mapping} export.</source>
        <translation>文件的表头不是 {mapping} 导出的格式。</translation>
    </message>
    <message>
        <source>There is no mapping called {mapping}: use google, outlook, fieldbrief or a name saved in the import window.</source>
        <translation>没有名为 {mapping} 的映射：请使用 google、outlook、fieldbrief，或在导入窗口中保存的名称。</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: there is no header row.</source>
        <translation>{name} 的第一个工作表是空的：没有表头行。</translation>
    </message>
    <message>
        <source>No column says which customer a row is for: name one &apos;Customer ID&apos;, &apos;Customer&apos; or &apos;Phone&apos; (客户编号, 客户名称, 手机号码).</source>
        <translation>没有一列说明每行属于哪个客户：请把其中一列命名为“客户编号”、“客户名称”或“手机号码”（Customer ID、Customer、Phone）。</translation>
    </message>
    <message>
        <source>No month and amount columns: name them &apos;Month&apos; and &apos;Amount&apos; (月份, 金额), or give a column per month headed like 2026-03.</source>
        <translation>没有月份和金额列：请把它们命名为“月份”和“金额”（Month、Amount），或每个月一列，表头写成 2026-03 这样。</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>消费金额不能为负数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>“%1”%2</translation>
    </message>
    <message>
        <source>no customer with id %1</source>
        <translation>没有编号为 %1 的客户</translation>
    </message>
    <message>
        <source>%1 customers are called %2</source>
        <translation>有 %1 个客户都叫“%2”</translation>
    </message>
    <message>
        <source>no customer called %1</source>
        <translation>没有名为“%1”的客户</translation>
    </message>
    <message>
        <source>%1 customers have the phone %2</source>
        <translation>有 %1 个客户的电话都是 %2</translation>
    </message>
    <message>
        <source>no customer has the phone %1</source>
        <translation>没有客户的电话是 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>no customer named on the row</source>
        <translation>这一行没有写明客户</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (write it like 2026-03 or 2026年3月)</source>
        <translation>“%1”不是月份（请写成 2026-03 或 2026年3月）</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>公众客户</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A · Acquisition</source>
        <translation>A · 获取期</translation>
    </message>
    <message>
        <source>B · Build-up</source>
        <translation>B · 提升期</translation>
    </message>
    <message>
        <source>C · Maturity</source>
        <translation>C · 成熟期</translation>
    </message>
    <message>
        <source>D · Decline</source>
        <translation>D · 衰退期</translation>
    </message>
    <message>
        <source>E · Exit</source>
        <translation>E · 离网期</translation>
    </message>
    <message>
        <source>How do we find and win them?</source>
        <translation>如何找到并赢得客户？</translation>
    </message>
    <message>
        <source>How do we grow their value: cross-selling, targeted offers?</source>
        <translation>如何提升客户价值：交叉销售、精准营销？</translation>
    </message>
    <message>
        <source>How do we keep them loyal: differentiated service?</source>
        <translation>如何保持客户忠诚：差异化服务？</translation>
    </message>
    <message>
        <source>What is the early warning, and which retention measures?</source>
        <translation>有哪些预警信号，采取哪些挽留措施？</translation>
    </message>
    <message>
        <source>How do we win them back?</source>
        <translation>如何赢回客户？</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新接触</translation>
    </message>
    <message>
        <source>Repeat caller or visitor</source>
        <translation>重复来电或来访</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>Closed (deal done)</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>攀比</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>习惯</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>优越</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <translation>好奇</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Herd</source>
        <translation>从众</translation>
    </message>
    <message>
        <source>Final approver</source>
        <translation>最终审批者</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评估者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Non-supporter</source>
        <translation>不支持者</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Happy event</source>
        <translation>喜事</translation>
    </message>
    <message>
        <source>Misfortune</source>
        <translation>不幸事件</translation>
    </message>
    <message>
        <source>Business event</source>
        <translation>商务活动</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Plan &amp; activity</source>
        <translation>计划与活动</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>接触</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>促成</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>拒绝处理</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>开门见山法</translation>
    </message>
    <message>
        <source>Gift or offer</source>
        <translation>馈赠法</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务法</translation>
    </message>
    <message>
        <source>Opinion survey</source>
        <translation>调查意见法</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>标杆引用法</translation>
    </message>
    <message>
        <source>Usage analysis</source>
        <translation>现有产品使用分析法</translation>
    </message>
    <message>
        <source>Say the real purpose and the benefit. When you can judge the need and trust the product.</source>
        <translation>直接说明来意和好处。适用于能判断客户需求、对产品有信心时。</translation>
    </message>
    <message>
        <source>Open with a current offer or a small gift. Cold visits; customers who like a bargain.</source>
        <translation>以当前优惠或小礼品开场。适用于陌生拜访、喜欢实惠的客户。</translation>
    </message>
    <message>
        <source>Come to do a service: check the line before storm season, go through the bill.</source>
        <translation>以服务为由拜访：雷雨季前检查线路、核对账单。</translation>
    </message>
    <message>
        <source>Ask for their opinion and advice. Customers with time to talk.</source>
        <translation>征求客户的意见和建议。适用于有时间交谈的客户。</translation>
    </message>
    <message>
        <source>A peer, neighbour or similar company already uses it with good results.</source>
        <translation>同行、邻居或同类企业已在使用，效果很好。</translation>
    </message>
    <message>
        <source>An analysis of their current usage shows a better option. Loyal customers with low take-up of new products.</source>
        <translation>分析客户现有使用情况，给出更好的方案。适用于忠诚但新业务使用少的客户。</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>背景问题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>难点问题</translation>
    </message>
    <message>
        <source>Implication</source>
        <translation>暗示问题</translation>
    </message>
    <message>
        <source>Need-payoff</source>
        <translation>示益问题</translation>
    </message>
    <message>
        <source>Preparation questions</source>
        <translation>准备问题</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <source>Before leaving</source>
        <translation>出发前</translation>
    </message>
    <message>
        <source>What kind of customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Expected reception</source>
        <translation>预计接待</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Opening line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>If the decision maker is there</source>
        <translation>见到决策人</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Need not met</source>
        <translation>需求未满足</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Unwilling to change</source>
        <translation>不愿改变</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>借口</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>我方承诺</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>客户承诺</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Progressed</source>
        <translation>有进展</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Nodding</source>
        <translation>点头</translation>
    </message>
    <message>
        <source>Re-reading the material</source>
        <translation>反复看资料</translation>
    </message>
    <message>
        <source>Leaning in</source>
        <translation>身体前倾</translation>
    </message>
    <message>
        <source>Handling the order form</source>
        <translation>翻看订单</translation>
    </message>
    <message>
        <source>Brows relaxing</source>
        <translation>眉头舒展</translation>
    </message>
    <message>
        <source>Asking what they get</source>
        <translation>询问能得到什么</translation>
    </message>
    <message>
        <source>Comparing tariffs</source>
        <translation>比较资费</translation>
    </message>
    <message>
        <source>Asking how soon it can start</source>
        <translation>询问多快能开通</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>寻呼机</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Pinyin: %1</source>
        <translation>拼音：%1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>邮箱：%1</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>%1/%2 ticked</source>
        <translation>已勾选 %1/%2</translation>
    </message>
    <message>
        <source>%1 critical open</source>
        <translation>%1 项关键未完成</translation>
    </message>
    <message>
        <source>not ready to go: %1</source>
        <translation>未准备好：%1</translation>
    </message>
    <message>
        <source>critical open: %1</source>
        <translation>关键项未完成：%1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>no outcome logged</source>
        <translation>未记录结果</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Next week&apos;s plan</source>
        <translation>下周工作计划</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>工作周报</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>average</source>
        <translation>月均</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Past their tier&apos;s visit frequency now</source>
        <translation>目前超过等级拜访周期未拜访</translation>
    </message>
    <message>
        <source>Opportunities under way now, by follow-ups done</source>
        <translation>目前进行中的商机（按已完成跟进次数）</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成拜访</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>计划 %2 次，完成 %1 次</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已完成跟进</translation>
    </message>
    <message>
        <source>%1 on time, %2 due</source>
        <translation>按时 %1 次，到期 %2 次</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Promises kept on time</source>
        <translation>承诺按时兑现</translation>
    </message>
    <message>
        <source>%1 of %2 due</source>
        <translation>到期 %2 项，按时 %1 项</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <source>Spend by tier, %1</source>
        <translation>各等级消费（%1）</translation>
    </message>
    <message>
        <source>%1 reached the 4th follow-up; most sales come from the 4th to the 11th.</source>
        <translation>%1 个商机已到第 4 次跟进；大多数成交来自第 4 至第 11 次跟进。</translation>
    </message>
    <message>
        <source>Spend by tier, six months</source>
        <translation>各等级消费（近六个月）</translation>
    </message>
    <message>
        <source>Wins by the follow-ups before them: %1</source>
        <translation>赢单前的跟进次数：%1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>跟进 %2 次后赢单 %1 个</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>未记录结果</translation>
    </message>
    <message>
        <source>Steps reached</source>
        <translation>达到的销售步骤</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>%1 kept late, %2 broken, %3 still open</source>
        <translation>延迟兑现 %1 项，未兑现 %2 项，仍未完成 %3 项</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按客户经理</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>This week&apos;s visits</source>
        <translation>本周拜访</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>This month&apos;s visits</source>
        <translation>本月拜访</translation>
    </message>
    <message>
        <source>Next month&apos;s plan</source>
        <translation>下月工作计划</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>季度报告</translation>
    </message>
    <message>
        <source>This quarter&apos;s visits</source>
        <translation>本季度拜访</translation>
    </message>
    <message>
        <source>Next quarter&apos;s plan</source>
        <translation>下季度工作计划</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>没有拜访。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 次</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>The password could not be kept in the system keyring (%1). It is used until you close Fieldbrief; you will be asked for it next time.</source>
        <translation>无法把密码保存到系统密钥环（%1）。在关闭 Fieldbrief 之前会一直使用它；下次打开时需要重新输入。</translation>
    </message>
    <message>
        <source>Cannot reach the team database server at %1. Check the server&apos;s address and that this computer is on the company network (or its VPN), or ask whoever runs the server whether it is running. Nothing was changed; try again once it answers.</source>
        <translation>无法连接位于 %1 的团队数据库服务器。请检查服务器地址，确认这台电脑已连入公司网络（或 VPN），或询问服务器的维护人员它是否在运行。没有做任何更改；服务器恢复响应后请重试。</translation>
    </message>
    <message>
        <source>The team database server at %1 is starting up or shutting down. Nothing was changed; try again in a minute.</source>
        <translation>位于 %1 的团队数据库服务器正在启动或关闭。没有做任何更改；请一分钟后重试。</translation>
    </message>
    <message>
        <source>The team database server at %1 asks for the password of %2. Open the database with File &gt; Open Team Database… and type it there (tick &quot;Remember the password&quot; to keep it in the system keyring for the next time).</source>
        <translation>位于 %1 的团队数据库服务器要求输入 %2 的密码。请用“文件 &gt; 打开团队数据库…”打开数据库并在那里输入密码（勾选“记住密码”即可保存在系统密钥环中供下次使用）。</translation>
    </message>
    <message>
        <source>The team database server at %1 did not accept the password of %2 (or it has no such user). Type the password again; the server&apos;s administrator can reset it.</source>
        <translation>位于 %1 的团队数据库服务器不接受 %2 的密码（或没有这个用户）。请重新输入密码；服务器管理员可以重置密码。</translation>
    </message>
    <message>
        <source>The team database server at %1 does not let %2 connect from this computer. Ask the server&apos;s administrator to allow it.</source>
        <translation>位于 %1 的团队数据库服务器不允许 %2 从这台电脑连接。请让服务器管理员开通。</translation>
    </message>
    <message>
        <source>The team database server at %1 has no database named &quot;%2&quot; that %3 may open. Check the name, or ask the server&apos;s administrator to create it (an empty database, into which File &gt; Copy Book to Team Database… puts your book).</source>
        <translation>位于 %1 的团队数据库服务器上没有 %3 可以打开的名为“%2”的数据库。请检查名称，或让服务器管理员创建它（一个空数据库，再用“文件 &gt; 把客户库复制到团队数据库…”把你的客户库放进去）。</translation>
    </message>
    <message>
        <source>The connection to the team database server at %1 was lost, so the last change did not reach it. Nothing you typed is lost: try again once the network or the server is back.</source>
        <translation>与位于 %1 的团队数据库服务器的连接已断开，最后一次修改没有送达服务器。你输入的内容都还在：网络或服务器恢复后请重试。</translation>
    </message>
    <message>
        <source>The team database server at %1 was shut down or restarted, so the last change did not reach it. Nothing you typed is lost: try again in a minute.</source>
        <translation>位于 %1 的团队数据库服务器已关闭或重启，最后一次修改没有送达服务器。你输入的内容都还在：请一分钟后重试。</translation>
    </message>
    <message>
        <source>The team database server at %1 took too long to answer (more than %2 seconds), so this was not done. It may be busy: try again, or ask the server&apos;s administrator.</source>
        <translation>位于 %1 的团队数据库服务器响应太慢（超过 %2 秒），因此这项操作没有完成。服务器可能正忙：请重试，或询问服务器管理员。</translation>
    </message>
    <message>
        <source>The team database server at %1 has no free connection for you right now. Nothing was changed; try again in a minute, or ask the server&apos;s administrator to allow more connections.</source>
        <translation>位于 %1 的团队数据库服务器暂时没有空闲连接。没有做任何更改；请一分钟后重试，或请服务器管理员允许更多连接。</translation>
    </message>
    <message>
        <source>The team database server at %1 only reads at the moment (a standby server, or one the administrator made read-only), so nothing was saved. Ask the server&apos;s administrator.</source>
        <translation>位于 %1 的团队数据库服务器目前只读（备用服务器，或被管理员设为只读），因此没有保存任何内容。请询问服务器管理员。</translation>
    </message>
    <message>
        <source>The team database server at %1 does not allow %2 to change this. Nothing was saved; ask the server&apos;s administrator for the rights to work in the database.</source>
        <translation>位于 %1 的团队数据库服务器不允许 %2 修改这些内容。没有保存任何内容；请向服务器管理员申请在该数据库中工作的权限。</translation>
    </message>
    <message>
        <source>This is %2&apos;s: on the team database at %1 you change only your own customers and what is theirs (contacts, visits, follow-ups, promises), and a manager changes everyone&apos;s. Nothing was saved; if it should be yours, ask your manager to hand the customer over to you.</source>
        <translation>这是 %2 的：在 %1 上的团队数据库里，你只能修改自己的客户及其联系人、拜访、跟进和承诺，主管可以修改所有人的。未保存任何内容；如果它应该归你，请找主管把这个客户移交给你。</translation>
    </message>
    <message>
        <source>Only a manager hands a customer, or its visits, follow-ups and promises, to another rep (here %2) on the team database at %1. Nothing was saved; ask your manager.</source>
        <translation>在 %1 上的团队数据库里，只有主管能把客户或其拜访、跟进和承诺移交给另一位客户经理（这里是 %2）。未保存任何内容；请找主管。</translation>
    </message>
    <message>
        <source>Only a manager changes this on the team database at %1 (who is on the team, a customer without an owner, a customer handed to another rep). Nothing was saved; ask your manager.</source>
        <translation>在 %1 上的团队数据库里，这只能由主管修改（团队成员、没有负责人的客户、移交给其他客户经理的客户）。未保存任何内容；请找主管。</translation>
    </message>
    <message>
        <source>The team database server at %1 is out of disk space or memory, so nothing was saved. Tell the server&apos;s administrator; try again later.</source>
        <translation>位于 %1 的团队数据库服务器磁盘空间或内存不足，因此没有保存任何内容。请告知服务器管理员，稍后再试。</translation>
    </message>
</context>
<context>
    <name>team backup</name>
    <message>
        <source>This computer has no %1 (PostgreSQL&apos;s client tools), so it cannot back up or restore the team database. Backing up the team database is the server&apos;s job: ask its administrator. (To do it from here, install the PostgreSQL client, e.g. the Debian package postgresql-client.)</source>
        <translation>这台电脑上没有 %1（PostgreSQL 的客户端工具），因此无法备份或恢复团队数据库。备份团队数据库是服务器端的工作：请联系服务器管理员。（如要在这台电脑上备份，请安装 PostgreSQL 客户端，例如 Debian 软件包 postgresql-client。）</translation>
    </message>
    <message>
        <source>The PostgreSQL tools on this computer are version %1, older than the server (version %2), so they cannot back it up. Install the PostgreSQL client %2 or newer, or leave backups to the server&apos;s administrator.</source>
        <translation>这台电脑上的 PostgreSQL 工具是 %1 版，比服务器（%2 版）旧，因此无法备份。请安装 %2 或更新版本的 PostgreSQL 客户端，或把备份交给服务器管理员。</translation>
    </message>
    <message>
        <source>The backup of the team database failed, and nothing was kept of it: %1</source>
        <translation>团队数据库备份失败，没有留下任何不完整的文件：%1</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Fieldbrief team database (%2). Nothing was restored.</source>
        <translation>%1 不是 Fieldbrief 团队数据库的备份（%2）。没有恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 already has tables, so the backup was not restored into it. A backup is restored into an empty database: ask the server&apos;s administrator for a new one, then choose it here.</source>
        <translation>%1 中已经有表，因此没有把备份恢复到其中。备份只能恢复到空数据库：请向服务器管理员申请一个新的，再在这里选择它。</translation>
    </message>
    <message>
        <source>The backup could not be restored, so nothing of it was kept in %1: %2</source>
        <translation>备份无法恢复，%1 中没有留下任何部分：%2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Not a phone number: digits, spaces, + ( ) - allowed, e.g. +86 138 1234 5678.</source>
        <translation>不是电话号码：只能包含数字、空格和 + ( ) -，例如 +86 138 1234 5678。</translation>
    </message>
    <message>
        <source>Too few digits for a phone number (at least 3).</source>
        <translation>数字太少，不是电话号码（至少 3 位）。</translation>
    </message>
    <message>
        <source>Too many digits for a phone number (at most 20).</source>
        <translation>数字太多，不是电话号码（最多 20 位）。</translation>
    </message>
    <message>
        <source>Excel shortened this number: format the column as Text and export again.</source>
        <translation>Excel 把这个号码缩写了：请把该列设为“文本”格式后重新导出。</translation>
    </message>
    <message>
        <source>Not an email address, e.g. name@example.com.</source>
        <translation>不是邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Between 1 minute and 24 hours.</source>
        <translation>在 1 分钟到 24 小时之间。</translation>
    </message>
    <message>
        <source>Choose the result of the visit.</source>
        <translation>请选择这次拜访的结果。</translation>
    </message>
    <message>
        <source>Set the follow-up date: this result leaves the matter open.</source>
        <translation>请设定跟进日期：这个结果意味着事情尚未了结。</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the visit.</source>
        <translation>跟进不能早于拜访。</translation>
    </message>
    <message>
        <source>Write what the customer said.</source>
        <translation>请写下客户说了什么。</translation>
    </message>
    <message>
        <source>A promise cannot be due before the visit.</source>
        <translation>承诺的到期日不能早于拜访。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>最多 %1 个字符（现在 %2 个）。</translation>
    </message>
    <message>
        <source>Not a web address, e.g. www.example.com.</source>
        <translation>不是网址，例如 www.example.com。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Not an amount: digits with up to two decimals, e.g. 752.50.</source>
        <translation>不是金额：只能是数字，最多两位小数，例如 752.50。</translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
    <message>
        <source>The customer who referred them was deleted; choose again.</source>
        <translation>推荐人已被删除；请重新选择。</translation>
    </message>
</context>
</TS>
