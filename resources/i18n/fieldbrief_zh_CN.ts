<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="42"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="43"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="46"/>
        <source>Earlier</source>
        <translation>往前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="48"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="51"/>
        <source>Later</source>
        <translation>往后</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="54"/>
        <source>&amp;New visit…</source>
        <translation>新建拜访(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="56"/>
        <source>Day &amp;sheet…</source>
        <translation>当日汇总(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="57"/>
        <source>Every visit of the selected day in one PDF, after a summary page</source>
        <translation>所选日期的全部拜访简报，前面附一页汇总，合成一个 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="66"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="66"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="66"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="66"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="67"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="73"/>
        <source>No visits in these days. Plan one with New visit… (Ctrl+Shift+N) or from a customer&apos;s row on the Customers page.</source>
        <translation>这几天没有拜访。可用“新建拜访…”（Ctrl+Shift+N）或在客户页面的客户行上安排拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="120"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="132"/>
        <source>%1/%2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/agenda_view.py" line="134"/>
        <source> · %n critical open</source>
        <translation>
            <numerusform> · %n 项关键未完成</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agenda_view.py" line="142"/>
        <source>Ready with critical items open: %1</source>
        <translation>关键项未完成即准备就绪：%1</translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <location filename="../../ui/backup_ui.py" line="24"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="27"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="42"/>
        <source>Not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="43"/>
        <source>The database failed its check, so a backup of it would not be trustworthy. Restore a backup instead.</source>
        <translation>数据库未通过检查，它的备份不可信。请改为恢复一个备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="46"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="49"/>
        <source>Backed up and verified: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="55"/>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="74"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="78"/>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="80"/>
        <source>The database as it was is kept as %1.</source>
        <translation>恢复前的数据库已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="81"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="86"/>
        <source>Read-only: the database failed its check</source>
        <translation>只读：数据库未通过检查</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="88"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="89"/>
        <source>The database failed its check (%1). It is open read-only: you can look, and nothing will be written to it. Restore the newest good backup now?</source>
        <translation>数据库未通过检查（%1）。它已以只读方式打开：可以查看，不会写入任何内容。现在恢复最新的完好备份吗？</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="92"/>
        <source>Restore the &amp;Newest Good Backup</source>
        <translation>恢复最新的完好备份(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="93"/>
        <source>&amp;Choose a Backup…</source>
        <translation>选择备份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="94"/>
        <source>&amp;Keep Read-Only</source>
        <translation>保持只读(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="99"/>
        <source>A risky place for the database</source>
        <translation>数据库存放位置有风险</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="35"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="36"/>
        <source>Replace the database with %1? The database as it is now is backed up first, and the file is checked before anything is touched.</source>
        <translation>用 %1 替换当前数据库吗？会先备份当前数据库，并在改动任何内容之前检查该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="53"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="53"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="53"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="54"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="54"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="62"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="63"/>
        <source>Restore from &amp;File…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="64"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="85"/>
        <source>In %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="112"/>
        <source>Before a schema upgrade</source>
        <translation>升级数据库结构前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="113"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="113"/>
        <source>On quit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="113"/>
        <source>Backed up by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="114"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="114"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="128"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="129"/>
        <source>Fieldbrief databases (*.sqlite *.db);;All files (*)</source>
        <translation>Fieldbrief 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="53"/>
        <source>Brief: %1</source>
        <translation>简报：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="67"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="68"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="95"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="95"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="109"/>
        <source>Save the brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="110"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="119"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/brief_preview.py" line="119"/>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="26"/>
        <source>spend drop</source>
        <translation>消费下降</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="26"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="26"/>
        <source>Agreed</source>
        <translation>已约定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="27"/>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="27"/>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="29"/>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="30"/>
        <source>average %1 a month</source>
        <translation>月均 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="32"/>
        <source>last month %1</source>
        <translation>上月 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="34"/>
        <source>trend %1</source>
        <translation>趋势 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="37"/>
        <source>No spend recorded.</source>
        <translation>暂无消费记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="39"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="42"/>
        <location filename="../../ui/widgets/briefing_panel.py" line="49"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="42"/>
        <source>None before this one.</source>
        <translation>此前没有拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="44"/>
        <source>no outcome logged</source>
        <translation>未记录结果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="50"/>
        <source>Open promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="52"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="53"/>
        <source>Last objections met</source>
        <translation>最近遇到的异议</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="56"/>
        <source>None logged.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="57"/>
        <source>Dates near the visit</source>
        <translation>拜访前后的重要日子</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="60"/>
        <source>None within 14 days.</source>
        <translation>前后 14 天内没有。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/briefing_panel.py" line="65"/>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/briefing_panel.py" line="67"/>
        <source>%n day(s) after</source>
        <translation>
            <numerusform>拜访后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/briefing_panel.py" line="68"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>拜访前 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="14"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="14"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="14"/>
        <source>Phone or email</source>
        <translation>电话或邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="16"/>
        <source>Add &amp;phone</source>
        <translation>添加电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="17"/>
        <source>Add e&amp;mail</source>
        <translation>添加邮箱(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="30"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_table.py" line="31"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateTable</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Ticks itself when the plan has</source>
        <translation>计划中填写后自动勾选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="56"/>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="71"/>
        <source>(ticked by hand)</source>
        <translation>（手动勾选）</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/widgets/checklist_view.py" line="23"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checklist_view.py" line="23"/>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checklist_view.py" line="47"/>
        <source>  (critical)</source>
        <translation>  （关键）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checklist_view.py" line="53"/>
        <source>Ticks itself when the plan has: %1</source>
        <translation>计划中填写“%1”后自动勾选</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="44"/>
        <source>&amp;Add person</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="45"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="55"/>
        <source>Personal notes: family, interests, what they care about</source>
        <translation>个人备注：家庭、兴趣、关心的事</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="62"/>
        <source>&amp;Name*</source>
        <translation>名称*(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="63"/>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="64"/>
        <source>Buying &amp;role</source>
        <translation>采购角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="65"/>
        <source>Attitude to &amp;us</source>
        <translation>对我方态度(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="66"/>
        <source>&amp;Influence</source>
        <translation>影响力(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="67"/>
        <source>Phones, emails</source>
        <translation>电话、邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="68"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contacts_tab.py" line="146"/>
        <source>person %1</source>
        <translation>联系人 %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Fieldbrief ran into a bug</source>
        <translation>Fieldbrief 遇到了程序错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Something went wrong that should not have. Your saved data is safe: every change is saved in its own transaction. Please send the text below to the Fieldbrief team.</source>
        <translation>发生了不应出现的错误。已保存的数据是安全的：每次修改都在独立的事务中保存。请把下面的内容发送给 Fieldbrief 团队。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>No log file.</source>
        <translation>没有日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="49"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="50"/>
        <source>Discard your changes to this customer?</source>
        <translation>放弃对该客户的修改？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="62"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="75"/>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="77"/>
        <source>&amp;People</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="80"/>
        <source>&amp;Spend, tier, value</source>
        <translation>消费、等级与价值(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="82"/>
        <source>D&amp;ates</source>
        <translation>重要日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="109"/>
        <source>Comma-separated, e.g. 5G, renewal-2027</source>
        <translation>用逗号分隔，例如 5G, 续约2027</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="127"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="137"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="137"/>
        <source>&amp;Name*</source>
        <translation>名称*(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="138"/>
        <source>Se&amp;gment</source>
        <translation>客户分群(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="138"/>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="139"/>
        <source>Add&amp;ress</source>
        <translation>地址(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="139"/>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="140"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="140"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="141"/>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="141"/>
        <source>Contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="142"/>
        <source>Buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="142"/>
        <source>Lifecycle &amp;stage</source>
        <translation>生命周期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="143"/>
        <source>Re&amp;ferred by</source>
        <translation>推荐人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="144"/>
        <source>Phones, emails</source>
        <translation>电话、邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="145"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="145"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="168"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="174"/>
        <source>Referred by…</source>
        <translation>推荐人…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="188"/>
        <source>No one: choose who referred them…</source>
        <translation>无：选择推荐该客户的人…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="269"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_editor.py" line="275"/>
        <source>Please correct the fields marked in red; nothing was saved yet.</source>
        <translation>请更正标红的字段；尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/dialogs/customer_picker.py" line="24"/>
        <source>Plan a visit with…</source>
        <translation>拜访哪位客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_picker.py" line="26"/>
        <source>Customer name, contact, phone, city…</source>
        <translation>客户名称、联系人、电话、城市…</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="50"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="50"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="50"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="50"/>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="51"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="51"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="51"/>
        <source>Spend trend</source>
        <translation>消费趋势</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="136"/>
        <source>Spend fell sharply against the customer&apos;s own average: a reason to visit.</source>
        <translation>消费较该客户自身平均水平大幅下降：值得拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="138"/>
        <source>Average monthly spend: %1</source>
        <translation>月均消费：%1</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/customer_table.py" line="143"/>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="43"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="44"/>
        <source>Delete %1 with its contacts, spend, dates, visits and outcomes?
Edit &gt; Undo brings it back.</source>
        <translation>删除 %1 及其联系人、消费、日期、拜访和拜访结果？
可以用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <location filename="../../ui/pages/customers.py" line="55"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="69"/>
        <source>No customers to show yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="93"/>
        <source>Search names, contacts, phone, email, city…  (Ctrl+F)</source>
        <translation>搜索名称、联系人、电话、邮箱、城市…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="95"/>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="98"/>
        <source>All segments</source>
        <translation>所有客户分群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="99"/>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="100"/>
        <source>All stages</source>
        <translation>所有生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="101"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="102"/>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="103"/>
        <source>Spend &amp;drop</source>
        <translation>消费下降(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="105"/>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="142"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="144"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="146"/>
        <source>&amp;Archive / Unarchive</source>
        <translation>归档/取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="148"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="151"/>
        <source>Plan a &amp;visit…</source>
        <translation>安排拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="214"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/customers.py" line="231"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="317"/>
        <source>New customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="317"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="328"/>
        <source>Unarchive %1</source>
        <translation>取消归档 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="328"/>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="341"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="18"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="18"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="18"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="18"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="22"/>
        <source>&amp;Add date</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dates_tab.py" line="27"/>
        <source>The customer</source>
        <translation>客户本身</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="31"/>
        <source>&lt;b&gt;Your customer book is empty.&lt;/b&gt;&lt;br&gt;Load demo data to look around with realistic Chinese and English customers, visits and outcomes, or start with an empty book and add your own.</source>
        <translation>&lt;b&gt;客户资料还是空的。&lt;/b&gt;&lt;br&gt;可以载入演示数据（中英文客户、拜访和拜访结果）先熟悉一下，也可以从空白开始，录入自己的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="38"/>
        <source> customers</source>
        <translation> 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="39"/>
        <source>Number of demo customers</source>
        <translation>演示客户数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="40"/>
        <source>&amp;Load demo data</source>
        <translation>载入演示数据(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="42"/>
        <source>Start &amp;empty</source>
        <translation>从空白开始(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/demo_offer.py" line="45"/>
        <source>%v of %m customers</source>
        <translation>%v / %m 个客户</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="37"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="38"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="39"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="39"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="40"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="41"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="41"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="42"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="42"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="43"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="43"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="44"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="44"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="45"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="46"/>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="47"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="48"/>
        <source>Customer notes</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="49"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="49"/>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="50"/>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="51"/>
        <source>Contact level</source>
        <translation>接触程度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="52"/>
        <source>Buying psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="53"/>
        <source>Stage since</source>
        <translation>进入该阶段日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="54"/>
        <source>Referred by (Customer ID)</source>
        <translation>推荐人（客户编号）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="55"/>
        <source>Acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="56"/>
        <source>Buying role</source>
        <translation>购买角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="57"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="57"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="69"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="80"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="107"/>
        <source>%1. Choose what each column holds.</source>
        <translation>%1。请选择每一列对应的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="109"/>
        <source>The columns are as in your saved mapping.</source>
        <translation>各列按你保存的映射对应。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="111"/>
        <source>Recognised as a %1 export.</source>
        <translation>识别为 %1 导出的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="117"/>
        <source>Name, to use this mapping again (optional)</source>
        <translation>名称，以便再次使用此映射（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="118"/>
        <source>Save the mapping as</source>
        <translation>保存映射为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="169"/>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="169"/>
        <source>In your book</source>
        <translation>你的客户库中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="169"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="170"/>
        <source>Do</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="174"/>
        <source>Duplicates:</source>
        <translation>重复项：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="175"/>
        <source>Skip all</source>
        <translation>全部跳过</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="175"/>
        <source>Merge all</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="176"/>
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="184"/>
        <source>Records that cannot be imported (the others will be):</source>
        <translation>无法导入的记录（其余记录会导入）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="203"/>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="214"/>
        <source>%1 records: %2 can be imported, %3 are already in your book (choose what to do with each), %4 cannot be imported.</source>
        <translation>共 %1 条记录：%2 条可以导入，%3 条已在客户库中（请逐条选择处理方式），%4 条无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="225"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="225"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="226"/>
        <source>Keep both</source>
        <translation>都保留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="234"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="277"/>
        <source>Imported %1: %2 added, %3 merged, %4 skipped, %5 not imported.</source>
        <translation>已导入 %1：新增 %2，合并 %3，跳过 %4，未导入 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="281"/>
        <source>The database was backed up first: %1</source>
        <translation>导入前已备份数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="285"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="291"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>InterchangeUi</name>
    <message>
        <location filename="../../ui/interchange_ui.py" line="21"/>
        <source>&amp;Import Contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="24"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="33"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="34"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>联系人 (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="56"/>
        <source>Imported: %1 added, %2 merged</source>
        <translation>已导入：新增 %1，合并 %2</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="61"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="62"/>
        <source>Customers and contacts, CSV (*.csv);;Contacts, vCard (*.vcf);;Visits, follow-ups and dates, iCalendar (*.ics)</source>
        <translation>客户和联系人，CSV (*.csv);;联系人，vCard (*.vcf);;拜访、跟进和重要日期，iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="90"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange_ui.py" line="93"/>
        <source>Exported %1 to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Load &amp;Demo Data…</source>
        <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>New &amp;Visit…</source>
        <translation>新建拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;About Fieldbrief</source>
        <translation>关于 Fieldbrief(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>%1 customers, %2 visits</source>
        <translation>%1 个客户，%2 次拜访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>已取消载入演示数据，没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Loaded demo data: %1 customers.</source>
        <translation>已载入演示数据：%1 个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>About Fieldbrief</source>
        <translation>关于 Fieldbrief</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;Plan customer visits, run the pre-visit checklist, log the outcome and print a one-page visit brief.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;计划客户拜访、完成拜访前的准备清单、记录拜访结果，并打印一页纸的拜访简报。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ObjectionsMetTable</name>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="51"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="51"/>
        <source>What they said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="51"/>
        <source>How it was answered</source>
        <translation>如何回答</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="51"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="54"/>
        <source>Add &amp;objection</source>
        <translation>添加异议(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ObjectionsTab</name>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="114"/>
        <source>Objection expected</source>
        <translation>预计的异议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="114"/>
        <source>Prepared answer</source>
        <translation>准备好的回答</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="118"/>
        <source>&amp;Add objection</source>
        <translation>添加异议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="120"/>
        <source>Met before…</source>
        <translation>以前遇到过…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="124"/>
        <source>this customer</source>
        <translation>本客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="124"/>
        <source>similar customers</source>
        <translation>同类客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="131"/>
        <source>Nothing yet: objections you plan for or meet are offered here</source>
        <translation>暂无：计划或遇到过的异议会在这里出现</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="121"/>
        <source>Outcome of the visit</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="124"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="128"/>
        <source>Other signals, in your words</source>
        <translation>其他信号（用你自己的话）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="130"/>
        <source>Products and amounts agreed</source>
        <translation>约定的产品和金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="139"/>
        <source>What it brings them: news, an offer, help</source>
        <translation>这次跟进能给客户带来什么：新消息、优惠或帮助</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="155"/>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="156"/>
        <source>&amp;Step reached</source>
        <translation>到达环节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="157"/>
        <source>What &amp;happened</source>
        <translation>经过(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="158"/>
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="165"/>
        <source>Closing signals</source>
        <translation>成交信号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="166"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="167"/>
        <source>&amp;Agreed</source>
        <translation>约定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="168"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="169"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="175"/>
        <source>&amp;Follow-up</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="227"/>
        <source>This follow-up brings nothing: plan news, an offer or help to bring.</source>
        <translation>这次跟进什么也没带给客户：请准备新消息、优惠或帮助。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="244"/>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="251"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="260"/>
        <source>Follow-ups on this opportunity so far: %1 (most sales come from the 4th to the 11th)</source>
        <translation>本次商机已跟进 %1 次（大多数成交发生在第 4 到第 11 次跟进）</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="11"/>
        <source>Critical items are not done</source>
        <translation>关键项未完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="12"/>
        <source>These critical items are not ticked:</source>
        <translation>以下关键项尚未勾选：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="16"/>
        <source>Mark the visit ready anyway? Say why: the reason is kept and printed on the brief.</source>
        <translation>仍要标记为准备就绪吗？请说明原因：原因会被保存并打印在拜访简报上。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="20"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="22"/>
        <source>Ready &amp;anyway</source>
        <translation>仍然就绪(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="42"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="46"/>
        <source>People to meet</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="54"/>
        <source>What this visit is for, as the customer&apos;s benefit</source>
        <translation>本次拜访的目的，用客户的利益来表述</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="55"/>
        <source>How you will go about it</source>
        <translation>打算怎么做</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="56"/>
        <source>What you expect to have at the end</source>
        <translation>预期得到什么结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="57"/>
        <source>From what you know: what kind of customer is this?</source>
        <translation>根据已知信息：这是一位什么类型的客户？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="58"/>
        <source>What reception can you expect?</source>
        <translation>预计会受到怎样的接待？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="59"/>
        <source>Greet by name and title, introduce yourself, thank, rapport, purpose, ask</source>
        <translation>称呼姓名职务、自我介绍、致谢、寒暄、说明来意、提问</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="60"/>
        <source>If you meet the decision maker, what will you do and say?</source>
        <translation>如果见到决策人，你会怎么做、怎么说？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="61"/>
        <source>After this visit, what is your next step?</source>
        <translation>这次拜访之后，你的下一步是什么？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="64"/>
        <source>&amp;Fill from template</source>
        <translation>按模板填写(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="65"/>
        <source>The opening line of the chosen approach, with the contact&apos;s name and title and your own (Settings); edit it afterwards.</source>
        <translation>按所选拜访方法的模板生成开场白，填入联系人的姓名职务和你自己的姓名（设置中填写），之后可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="85"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="85"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="87"/>
        <source>P&amp;lace</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="88"/>
        <source>People to &amp;meet</source>
        <translation>拜访对象(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="89"/>
        <source>Sales cycle &amp;step</source>
        <translation>销售环节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="90"/>
        <source>&amp;Approach</source>
        <translation>拜访方法(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="92"/>
        <source>&amp;Purpose</source>
        <translation>拜访目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="93"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="94"/>
        <source>The customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="95"/>
        <source>Expected reception</source>
        <translation>预计接待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="96"/>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="98"/>
        <source>&amp;Opening line</source>
        <translation>开场白(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="99"/>
        <source>Decision maker</source>
        <translation>见到决策人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_form.py" line="100"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="86"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="86"/>
        <source>Feature</source>
        <translation>特点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="86"/>
        <source>Advantage</source>
        <translation>优点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="86"/>
        <source>Benefit to them</source>
        <translation>给客户的利益</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="90"/>
        <source>&amp;Add product</source>
        <translation>添加产品(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="92"/>
        <source>Presented before…</source>
        <translation>以前介绍过…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="100"/>
        <source>Nothing yet: products you plan are offered here next time</source>
        <translation>暂无：计划过的产品下次会在这里出现</translation>
    </message>
</context>
<context>
    <name>PromisesTable</name>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="81"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="81"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="81"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="83"/>
        <source>Add &amp;promise</source>
        <translation>添加承诺(&amp;P)</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="51"/>
        <source>One question a line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="57"/>
        <source>Asked before…</source>
        <translation>以前问过…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_lists.py" line="66"/>
        <source>Nothing yet: questions you plan are offered here next time</source>
        <translation>暂无：计划过的问题下次会在这里出现</translation>
    </message>
</context>
<context>
    <name>RepPrompt</name>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="28"/>
        <source>&lt;b&gt;Who are you?&lt;/b&gt; Your name and company go into the opening lines and onto every visit brief. You can change them later in Edit &gt; Settings.</source>
        <translation>&lt;b&gt;您是哪位？&lt;/b&gt;您的姓名和公司会写进开场白，并印在每份拜访简报上。之后可在“编辑 &gt; 设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="32"/>
        <source>Your name, e.g. Li Na</source>
        <translation>您的姓名，例如 李娜</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="33"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="35"/>
        <source>Your company, e.g. China Mobile Hangzhou</source>
        <translation>您的公司，例如 中国移动杭州分公司</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="36"/>
        <source>Your company</source>
        <translation>您的公司</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="37"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="38"/>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rep_prompt.py" line="67"/>
        <source>Type your name or your company, or choose Later.</source>
        <translation>请填写姓名或公司，或选择“以后再说”。</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/widgets/row_table.py" line="29"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="108"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="127"/>
        <source>Your &amp;name</source>
        <translation>你的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="128"/>
        <source>Your &amp;company</source>
        <translation>你的公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="129"/>
        <source>&amp;Paper for briefs</source>
        <translation>简报纸张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="132"/>
        <source>Printed before spend figures on the brief, e.g. ¥, $, € or CHF</source>
        <translation>简报上消费金额前的货币符号，例如 ¥、$、€ 或 CHF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="133"/>
        <source>C&amp;urrency on briefs</source>
        <translation>简报货币符号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="189"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="190"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>Visit %1 customers at least every</source>
        <translation>%1客户的拜访周期不超过</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="145"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Lifetime value: expected &amp;relationship</source>
        <translation>客户终身价值：预期合作年限(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="153"/>
        <source>Lifetime value: &amp;default acquisition cost</source>
        <translation>客户终身价值：默认获客成本(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="164"/>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="172"/>
        <source>&amp;You</source>
        <translation>个人(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="173"/>
        <source>C&amp;hecklist template</source>
        <translation>检查清单模板(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="174"/>
        <source>&amp;Opening lines</source>
        <translation>开场白模板(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="175"/>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="188"/>
        <source>Back up while there are changes every</source>
        <translation>有改动时的自动备份间隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="188"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="189"/>
        <source>Keep every backup of the last</source>
        <translation>保留最近几天的全部备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="190"/>
        <source>Then one a day for</source>
        <translation>之后每天保留一份，共</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="191"/>
        <source>Then one a week for</source>
        <translation>之后每周保留一份，共</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="191"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="192"/>
        <source>Then one a month for</source>
        <translation>之后每月保留一份，共</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="192"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="200"/>
        <source>Backups are also taken on quit, before a schema upgrade, an import and a restore. Each is verified before an older one is removed, and the newest good one is never removed.</source>
        <translation>退出时、升级数据库结构前、导入前和恢复前也会备份。每份新备份都先经过校验才会清理旧备份，最新的完好备份永不删除。</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../ui/widgets/spend_chart.py" line="37"/>
        <source>No spend recorded yet.</source>
        <translation>还没有消费记录。</translation>
    </message>
</context>
<context>
    <name>SpendTab</name>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="49"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="49"/>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="59"/>
        <source>Confirmed &amp;tier</source>
        <translation>确认的等级(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="82"/>
        <source>&amp;Use %1, as the spend says</source>
        <translation>按消费改为%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="136"/>
        <source>No spend recorded: the spend gives tier %1.</source>
        <translation>没有消费记录：按消费为%1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="138"/>
        <source>The spend gives tier &lt;b&gt;%1&lt;/b&gt;: average %2 a month over %3 – %4 (%5 months).</source>
        <translation>按消费为&lt;b&gt;%1&lt;/b&gt;：%3 – %4（%5 个月）月均 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="141"/>
        <source>Thresholds: diamond %1, gold %2, silver %3.</source>
        <translation>门槛：钻石 %1，金卡 %2，银卡 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spend_tab.py" line="146"/>
        <source>Spend drop: %1 in the last month against an average of %2 before it (%3%).</source>
        <translation>消费下降：上月 %1，此前月均 %2（%3%）。</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../ui/suggestion_text.py" line="13"/>
        <source>Their spend averages %1 a month: %2 by your tier rules.</source>
        <translation>月均消费 %1：按你的会员分级规则为%2。</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="14"/>
        <source>The first deal is won: now grow their value (cross-selling, targeted offers).</source>
        <translation>首单已成交：接下来提升客户价值（交叉销售、定向优惠）。</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="16"/>
        <source>Won while in decline: they stayed.</source>
        <translation>在衰退期成交：客户留住了。</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="17"/>
        <source>Won back after they had left.</source>
        <translation>客户流失后又赢回。</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="18"/>
        <source>Lost while in decline: a case for winning them back.</source>
        <translation>在衰退期失单：列入挽回计划。</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="19"/>
        <source>Their spend fell %1% against their own average: an early warning.</source>
        <translation>消费较其自身平均下降 %1%：预警。</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="25"/>
        <source>Tier: %1 → %2</source>
        <translation>会员等级：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_text.py" line="26"/>
        <source>Lifecycle stage: %1 → %2</source>
        <translation>生命周期：%1 → %2</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/suggestions_dialog.py" line="34"/>
        <source>Suggested changes</source>
        <translation>建议的调整</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suggestions_dialog.py" line="37"/>
        <source>Tick the changes to make; unticked ones are declined and not suggested again for 90 days.</source>
        <translation>勾选要执行的调整；未勾选的视为拒绝，90 天内不再建议。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suggestions_dialog.py" line="58"/>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suggestions_dialog.py" line="59"/>
        <source>&amp;Not now</source>
        <translation>稍后再说(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suggestions_dialog.py" line="81"/>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/suggestions_dialog.py" line="81"/>
        <source>Decline %1</source>
        <translation>拒绝 %1</translation>
    </message>
</context>
<context>
    <name>TodayLists</name>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="64"/>
        <source>Today&apos;s visits</source>
        <translation>今日拜访</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="64"/>
        <source>Follow-ups due</source>
        <translation>到期的跟进</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="65"/>
        <source>Visits without an outcome after 24 hours</source>
        <translation>超过24小时未记录结果的拜访</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="66"/>
        <source>Promises due</source>
        <translation>到期的承诺</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="66"/>
        <source>Spend drops</source>
        <translation>消费下降提醒</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="67"/>
        <source>Not visited within their tier&apos;s frequency</source>
        <translation>超过等级拜访周期未拜访</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="68"/>
        <source>Opportunities stalled at 1-3 follow-ups</source>
        <translation>停在1-3次跟进的商机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="69"/>
        <source>Dates in the next 14 days</source>
        <translation>未来14天的重要日子</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="70"/>
        <source>Suggested tier and stage changes</source>
        <translation>建议的等级与生命周期调整</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="93"/>
        <source>brings nothing yet</source>
        <translation>还没准备带给客户的东西</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="105"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="108"/>
        <source>%1 follow-up(s) done, none scheduled</source>
        <translation>已跟进 %1 次，未安排下一次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="132"/>
        <source>%1/%2 ready</source>
        <translation>已准备 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="133"/>
        <source>, critical items open</source>
        <translation>，关键项未完成</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/today_lists.py" line="136"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="30"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="36"/>
        <source>Nothing to do today yet.</source>
        <translation>今天暂无待办事项。</translation>
    </message>
</context>
<context>
    <name>ValueBox</name>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="20"/>
        <location filename="../../ui/dialogs/value_box.py" line="40"/>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="25"/>
        <source>Default %1 (Settings)</source>
        <translation>默认 %1（设置）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="34"/>
        <source>Purchases a year (months with spend, last 12)</source>
        <translation>每年购买次数（近 12 个月有消费的月数）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="35"/>
        <source>Expected relationship (Settings)</source>
        <translation>预期合作年限（设置）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="36"/>
        <source>Average purchase</source>
        <translation>平均每次购买额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="37"/>
        <source>A&amp;cquisition cost</source>
        <translation>获客成本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="39"/>
        <source>Net income from customers they referred</source>
        <translation>其推荐客户带来的净收入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="63"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/value_box.py" line="66"/>
        <source>%1 from %2 customer(s)</source>
        <translation>%1，来自 %2 位客户</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="58"/>
        <source>Visit plan: %1</source>
        <translation>拜访计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="76"/>
        <source>Something more to pack for this visit, e.g. the signed NDA</source>
        <translation>本次拜访还要带的东西，例如签好的保密协议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="78"/>
        <source>Add to pac&amp;k</source>
        <translation>加入携带清单(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="91"/>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="91"/>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="92"/>
        <source>P&amp;roducts</source>
        <translation>产品(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="92"/>
        <source>O&amp;bjections</source>
        <translation>异议(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="93"/>
        <source>&amp;Checklist</source>
        <translation>检查清单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="107"/>
        <source>Cop&amp;y plan from…</source>
        <translation>复制计划(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="110"/>
        <source>Log &amp;outcome…</source>
        <translation>记录结果(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="112"/>
        <source>&amp;Brief…</source>
        <translation>简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="113"/>
        <source>Preview, print or save the one-page visit brief (Ctrl+P)</source>
        <translation>预览、打印或保存一页纸拜访简报（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="150"/>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="160"/>
        <location filename="../../ui/dialogs/visit_planner.py" line="165"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="169"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="234"/>
        <source>%1, with critical items open: %2</source>
        <translation>%1，关键项未完成：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="238"/>
        <source>%1. Not ready to go: %2</source>
        <translation>%1。尚不能出发：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="246"/>
        <source>Back to &amp;planned</source>
        <translation>退回计划中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="246"/>
        <source>Mark &amp;ready</source>
        <translation>标记就绪(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_planner.py" line="301"/>
        <source>No earlier plans yet</source>
        <translation>还没有以前的计划</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="29"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="112"/>
        <source>Preparing the day sheet…</source>
        <translation>正在生成当日汇总…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="113"/>
        <source>Day sheet</source>
        <translation>当日拜访汇总</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <location filename="../../models/brief/wording.py" line="19"/>
        <source>Visit brief</source>
        <translation>拜访简报</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="20"/>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="38"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="39"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="40"/>
        <source>average</source>
        <translation>月均</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="41"/>
        <source>trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="42"/>
        <source>SPEND DROP</source>
        <translation>消费下降</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="27"/>
        <source>The plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="30"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="31"/>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="25"/>
        <source>Opening line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="35"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="36"/>
        <source>Products: feature, advantage, benefit</source>
        <translation>产品：特点、优点、利益</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="37"/>
        <source>Objections expected, and answers</source>
        <translation>预计异议及回答</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="33"/>
        <source>If the decision maker is there</source>
        <translation>见到决策人时</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="34"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="45"/>
        <source>History</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="47"/>
        <source>No earlier visits.</source>
        <translation>此前没有拜访。</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="48"/>
        <source>Open promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="46"/>
        <source>Follow-ups so far</source>
        <translation>已跟进次数</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="51"/>
        <source>Dates within 14 days</source>
        <translation>前后14天内的重要日子</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="52"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="56"/>
        <source>READY WITH CRITICAL ITEMS OPEN:</source>
        <translation>关键项未完成即出发：</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="53"/>
        <source>critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="21"/>
        <source>Who to meet</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="22"/>
        <source>No contact chosen for this visit.</source>
        <translation>本次拜访尚未选择联系人。</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="24"/>
        <source>Not written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="26"/>
        <source>%1 influence</source>
        <translation>影响力%1</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="28"/>
        <source>The customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="29"/>
        <source>Expected reception</source>
        <translation>预计接待</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="32"/>
        <source>Step and approach</source>
        <translation>阶段与方法</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="43"/>
        <source>No spend recorded.</source>
        <translation>暂无消费记录。</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="44"/>
        <source>avg</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="49"/>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="50"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="54"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="55"/>
        <source>%1 answered by the plan</source>
        <translation>%1 项已由计划回答</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="57"/>
        <source>After the visit</source>
        <translation>拜访之后</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="58"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="59"/>
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="60"/>
        <source>Closing signals</source>
        <translation>成交信号</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="61"/>
        <source>Promises (who, what, by when)</source>
        <translation>承诺（谁、什么、何时）</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="62"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="63"/>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="64"/>
        <source>continued</source>
        <translation>续</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="65"/>
        <source>page</source>
        <translation>第</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="66"/>
        <source>Day sheet</source>
        <translation>当日拜访汇总</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="67"/>
        <source>visit</source>
        <translation>次拜访</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="68"/>
        <source>visits</source>
        <translation>次拜访</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="69"/>
        <source>ready to go</source>
        <translation>次已就绪</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="70"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="71"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="23"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="72"/>
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="73"/>
        <source>ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="74"/>
        <source>critical item open</source>
        <translation>项关键未完成</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="75"/>
        <source>critical items open</source>
        <translation>关键项未完成</translation>
    </message>
    <message>
        <location filename="../../models/brief/wording.py" line="76"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>Fieldbrief</source>
        <translation>Fieldbrief</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../models/vocabulary_text.py" line="8"/>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="9"/>
        <source>Business</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="10"/>
        <source>Consumer</source>
        <translation>公众客户</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="13"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="14"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="15"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="16"/>
        <location filename="../../models/vocabulary_text.py" line="37"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="19"/>
        <source>A · Acquisition</source>
        <translation>A · 获取期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="20"/>
        <source>B · Build-up</source>
        <translation>B · 提升期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="21"/>
        <source>C · Maturity</source>
        <translation>C · 成熟期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="22"/>
        <source>D · Decline</source>
        <translation>D · 衰退期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="23"/>
        <source>E · Exit</source>
        <translation>E · 离网期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="26"/>
        <source>How do we find and win them?</source>
        <translation>如何找到并赢得客户？</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="27"/>
        <source>How do we grow their value: cross-selling, targeted offers?</source>
        <translation>如何提升客户价值：交叉销售、精准营销？</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="28"/>
        <source>How do we keep them loyal: differentiated service?</source>
        <translation>如何保持客户忠诚：差异化服务？</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="29"/>
        <source>What is the early warning, and which retention measures?</source>
        <translation>有哪些预警信号，采取哪些挽留措施？</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="30"/>
        <source>How do we win them back?</source>
        <translation>如何赢回客户？</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="33"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="34"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="38"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="39"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="40"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="43"/>
        <source>New</source>
        <translation>新接触</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="44"/>
        <source>Repeat caller or visitor</source>
        <translation>重复来电或来访</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="45"/>
        <source>Existing customer</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="46"/>
        <source>Closed (deal done)</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="49"/>
        <source>Keeping up</source>
        <translation>攀比</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="50"/>
        <source>Habit</source>
        <translation>习惯</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="51"/>
        <location filename="../../models/vocabulary_text.py" line="139"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="52"/>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="53"/>
        <source>Prestige</source>
        <translation>优越</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="54"/>
        <source>Curiosity</source>
        <translation>好奇</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="55"/>
        <source>Safety</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="56"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="57"/>
        <source>Herd</source>
        <translation>从众</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="60"/>
        <source>Final approver</source>
        <translation>最终审批者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="61"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="62"/>
        <source>Evaluator</source>
        <translation>评估者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="63"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="64"/>
        <location filename="../../models/vocabulary_text.py" line="85"/>
        <location filename="../../models/vocabulary_text.py" line="146"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="67"/>
        <source>Sponsor</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="68"/>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="69"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="70"/>
        <source>Non-supporter</source>
        <translation>不支持者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="71"/>
        <source>Opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="74"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="75"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="76"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="79"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="80"/>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="81"/>
        <source>Happy event</source>
        <translation>喜事</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="82"/>
        <source>Misfortune</source>
        <translation>不幸事件</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="83"/>
        <source>Business event</source>
        <translation>商务活动</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="84"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="88"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="89"/>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="90"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="91"/>
        <location filename="../../models/vocabulary_text.py" line="158"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="94"/>
        <source>Plan &amp; activity</source>
        <translation>计划与活动</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="95"/>
        <source>Approach</source>
        <translation>接触</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="96"/>
        <source>Presentation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="97"/>
        <source>Closing</source>
        <translation>促成</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="98"/>
        <source>Objection handling</source>
        <translation>拒绝处理</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="99"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="102"/>
        <source>Direct</source>
        <translation>开门见山法</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="103"/>
        <source>Gift or offer</source>
        <translation>馈赠法</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="104"/>
        <source>Service</source>
        <translation>服务法</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="105"/>
        <source>Opinion survey</source>
        <translation>调查意见法</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="106"/>
        <source>Reference</source>
        <translation>标杆引用法</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="107"/>
        <source>Usage analysis</source>
        <translation>现有产品使用分析法</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="110"/>
        <source>Say the real purpose and the benefit. When you can judge the need and trust the product.</source>
        <translation>直接说明来意和好处。适用于能判断客户需求、对产品有信心时。</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="111"/>
        <source>Open with a current offer or a small gift. Cold visits; customers who like a bargain.</source>
        <translation>以当前优惠或小礼品开场。适用于陌生拜访、喜欢实惠的客户。</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="112"/>
        <source>Come to do a service: check the line before storm season, go through the bill.</source>
        <translation>以服务为由拜访：雷雨季前检查线路、核对账单。</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="113"/>
        <source>Ask for their opinion and advice. Customers with time to talk.</source>
        <translation>征求客户的意见和建议。适用于有时间交谈的客户。</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="114"/>
        <source>A peer, neighbour or similar company already uses it with good results.</source>
        <translation>同行、邻居或同类企业已在使用，效果很好。</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="115"/>
        <source>An analysis of their current usage shows a better option. Loyal customers with low take-up of new products.</source>
        <translation>分析客户现有使用情况，给出更好的方案。适用于忠诚但新业务使用少的客户。</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="118"/>
        <source>Situation</source>
        <translation>背景问题</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="119"/>
        <source>Problem</source>
        <translation>难点问题</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="120"/>
        <source>Implication</source>
        <translation>暗示问题</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="121"/>
        <source>Need-payoff</source>
        <translation>示益问题</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="124"/>
        <source>Preparation questions</source>
        <translation>准备问题</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="125"/>
        <source>Pack</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="126"/>
        <source>Before leaving</source>
        <translation>出发前</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="129"/>
        <source>What kind of customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="130"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="131"/>
        <source>Expected reception</source>
        <translation>预计接待</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="132"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="133"/>
        <source>Opening line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="134"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="135"/>
        <source>If the decision maker is there</source>
        <translation>见到决策人</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="136"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="140"/>
        <source>Need not met</source>
        <translation>需求未满足</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="141"/>
        <source>Timing</source>
        <translation>时机</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="142"/>
        <source>Unwilling to change</source>
        <translation>不愿改变</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="143"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="144"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="145"/>
        <source>Excuse</source>
        <translation>借口</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="149"/>
        <source>We promised</source>
        <translation>我方承诺</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="150"/>
        <source>They promised</source>
        <translation>客户承诺</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="153"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="154"/>
        <source>Progressed</source>
        <translation>有进展</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="155"/>
        <source>No decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="156"/>
        <source>Lost</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="157"/>
        <source>Postponed</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="161"/>
        <source>Nodding</source>
        <translation>点头</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="162"/>
        <source>Re-reading the material</source>
        <translation>反复看资料</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="163"/>
        <source>Leaning in</source>
        <translation>身体前倾</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="164"/>
        <source>Handling the order form</source>
        <translation>翻看订单</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="165"/>
        <source>Brows relaxing</source>
        <translation>眉头舒展</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="166"/>
        <source>Asking what they get</source>
        <translation>询问能得到什么</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="167"/>
        <source>Comparing tariffs</source>
        <translation>比较资费</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="168"/>
        <source>Asking how soon it can start</source>
        <translation>询问多快能开通</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="171"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="172"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_text.py" line="173"/>
        <source>Message</source>
        <translation>短信/微信</translation>
    </message>
</context>
</TS>
