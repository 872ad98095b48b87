<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ChannelTable</name>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="14" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="14" />
      <source>Label</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="14" />
      <source>Phone or email</source>
      <translation>电话或邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="16" />
      <source>Add &amp;phone</source>
      <translation>添加电话(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="17" />
      <source>Add e&amp;mail</source>
      <translation>添加邮箱(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="30" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/channel_table.py" line="31" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="44" />
      <source>&amp;Add person</source>
      <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="45" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="55" />
      <source>Personal notes: family, interests, what they care about</source>
      <translation>个人备注：家庭、兴趣、关心的事</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="62" />
      <source>&amp;Name*</source>
      <translation>名称*(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="63" />
      <source>&amp;Title</source>
      <translation>职务(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="64" />
      <source>Buying &amp;role</source>
      <translation>采购角色(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="65" />
      <source>Attitude to &amp;us</source>
      <translation>对我方态度(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="66" />
      <source>&amp;Influence</source>
      <translation>影响力(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="67" />
      <source>Phones, emails</source>
      <translation>电话、邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="68" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/contacts_tab.py" line="146" />
      <source>person %1</source>
      <translation>联系人 %1</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../ui/errors.py" line="44" />
      <source>Fieldbrief ran into a bug</source>
      <translation>Fieldbrief 遇到了程序错误</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="48" />
      <source>Something went wrong that should not have. Your saved data is safe: every change is saved in its own transaction. Please send the text below to the Fieldbrief team.</source>
      <translation>发生了不应出现的错误。已保存的数据是安全的：每次修改都在独立的事务中保存。请把下面的内容发送给 Fieldbrief 团队。</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="54" />
      <source>Log file: %1</source>
      <translation>日志文件：%1</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="54" />
      <source>No log file.</source>
      <translation>没有日志文件。</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="58" />
      <source>&amp;Copy details</source>
      <translation>复制详情(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>CustomerEditor</name>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="46" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="47" />
      <source>Discard your changes to this customer?</source>
      <translation>放弃对该客户的修改？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="58" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="68" />
      <source>&amp;Details</source>
      <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="70" />
      <source>&amp;People</source>
      <translation>联系人(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="72" />
      <source>&amp;Spend and tier</source>
      <translation>消费与等级(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="74" />
      <source>D&amp;ates</source>
      <translation>重要日期(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="101" />
      <source>Comma-separated, e.g. 5G, renewal-2027</source>
      <translation>用逗号分隔，例如 5G, 续约2027</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="119" />
      <source>&amp;Kind</source>
      <translation>类型(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="119" />
      <source>&amp;Name*</source>
      <translation>名称*(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="120" />
      <source>Se&amp;gment</source>
      <translation>客户分群(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="120" />
      <source>&amp;Industry</source>
      <translation>行业(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="121" />
      <source>Add&amp;ress</source>
      <translation>地址(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="121" />
      <source>&amp;City</source>
      <translation>城市(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="122" />
      <source>&amp;Website</source>
      <translation>网站(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="122" />
      <source>&amp;Owner</source>
      <translation>负责人(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="123" />
      <source>Relationship</source>
      <translation>关系程度</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="123" />
      <source>Contact level</source>
      <translation>接触程度</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="124" />
      <source>Buying psychology</source>
      <translation>消费心理</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="124" />
      <source>Lifecycle &amp;stage</source>
      <translation>生命周期(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="125" />
      <source>Phones, emails</source>
      <translation>电话、邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="126" />
      <source>&amp;Tags</source>
      <translation>标签(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="126" />
      <source>N&amp;otes</source>
      <translation>备注(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="149" />
      <source>since %1</source>
      <translation>自 %1 起</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="222" />
      <source>Row %1: </source>
      <translation>第 %1 行：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_editor.py" line="228" />
      <source>Please correct the fields marked in red; nothing was saved yet.</source>
      <translation>请更正标红的字段；尚未保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>CustomerTableModel</name>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="44" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="44" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="44" />
      <source>Segment</source>
      <translation>客户分群</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="44" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="44" />
      <source>Stage</source>
      <translation>生命周期</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="45" />
      <source>Last visit</source>
      <translation>上次拜访</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="45" />
      <source>Next visit</source>
      <translation>下次拜访</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="45" />
      <source>Spend trend</source>
      <translation>消费趋势</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="109" />
      <source>Spend fell sharply against the customer's own average: a reason to visit.</source>
      <translation>消费较该客户自身平均水平大幅下降：值得拜访。</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="111" />
      <source>Average monthly spend: %1</source>
      <translation>月均消费：%1</translation>
    </message>
    <message>
      <location filename="../../ui/item_models/customer_table.py" line="118" />
      <source> (archived)</source>
      <translation>（已归档）</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <location filename="../../ui/pages/customers.py" line="42" />
      <source>Delete customer</source>
      <translation>删除客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="43" />
      <source>Delete %1 with its contacts, spend, dates, visits and outcomes?
Edit &gt; Undo brings it back.</source>
      <translation>删除 %1 及其联系人、消费、日期、拜访和拜访结果？
可以用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="53" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="66" />
      <source>No customers to show yet.</source>
      <translation>还没有客户。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="80" />
      <source>Search names, contacts, phone, email, city…  (Ctrl+F)</source>
      <translation>搜索名称、联系人、电话、邮箱、城市…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="82" />
      <source>Search customers</source>
      <translation>搜索客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="85" />
      <source>All segments</source>
      <translation>所有客户分群</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="86" />
      <source>All tiers</source>
      <translation>所有等级</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="87" />
      <source>All stages</source>
      <translation>所有生命周期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="88" />
      <source>All tags</source>
      <translation>所有标签</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="89" />
      <source>All owners</source>
      <translation>所有负责人</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="90" />
      <source>Spend &amp;drop</source>
      <translation>消费下降(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="92" />
      <source>Show &amp;archived</source>
      <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="129" />
      <source>&amp;New…</source>
      <translation>新建(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="131" />
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="133" />
      <source>&amp;Archive / Unarchive</source>
      <translation>归档/取消归档(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="135" />
      <source>&amp;Delete…</source>
      <translation>删除(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="191" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/pages/customers.py" line="200" />
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n 个客户</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="278" />
      <source>New customer %1</source>
      <translation>新建客户 %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="278" />
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="289" />
      <source>Unarchive %1</source>
      <translation>取消归档 %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="289" />
      <source>Archive %1</source>
      <translation>归档 %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="302" />
      <source>Delete %1</source>
      <translation>删除 %1</translation>
    </message>
  </context>
  <context>
    <name>DatesTab</name>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="18" />
      <source>Who</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="18" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="18" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="18" />
      <source>Yearly</source>
      <translation>每年</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="18" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="22" />
      <source>&amp;Add date</source>
      <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dates_tab.py" line="27" />
      <source>The customer</source>
      <translation>客户本身</translation>
    </message>
  </context>
  <context>
    <name>DemoOffer</name>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="31" />
      <source>&lt;b&gt;Your customer book is empty.&lt;/b&gt;&lt;br&gt;Load demo data to look around with realistic Chinese and English customers, visits and outcomes, or start with an empty book and add your own.</source>
      <translation>&lt;b&gt;客户资料还是空的。&lt;/b&gt;&lt;br&gt;可以载入演示数据（中英文客户、拜访和拜访结果）先熟悉一下，也可以从空白开始，录入自己的客户。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="38" />
      <source> customers</source>
      <translation> 个客户</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="39" />
      <source>Number of demo customers</source>
      <translation>演示客户数量</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="40" />
      <source>&amp;Load demo data</source>
      <translation>载入演示数据(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="42" />
      <source>Start &amp;empty</source>
      <translation>从空白开始(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="43" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/demo_offer.py" line="45" />
      <source>%v of %m customers</source>
      <translation>%v / %m 个客户</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="74" />
      <source>Pages</source>
      <translation>页面</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="92" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="93" />
      <source>Load &amp;Demo Data…</source>
      <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="96" />
      <source>&amp;New Customer…</source>
      <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="100" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="105" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="106" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="108" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="113" />
      <source>&amp;Find Customer</source>
      <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="117" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="126" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="127" />
      <source>&amp;About Fieldbrief</source>
      <translation>关于 Fieldbrief(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="130" />
      <source>About &amp;Qt</source>
      <translation>关于 &amp;Qt</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="135" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="170" />
      <source>No database open</source>
      <translation>未打开数据库</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="175" />
      <source>%1 customers, %2 visits</source>
      <translation>%1 个客户，%2 次拜访</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="201" />
      <source>Demo data cancelled; nothing was added.</source>
      <translation>已取消载入演示数据，没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="203" />
      <source>Loaded demo data: %1 customers.</source>
      <translation>已载入演示数据：%1 个客户。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="242" />
      <source>About Fieldbrief</source>
      <translation>关于 Fieldbrief</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="245" />
      <source>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;Plan customer visits, run the pre-visit checklist, log the outcome and print a one-page visit brief.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
      <translation>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;计划客户拜访、完成拜访前的准备清单、记录拜访结果，并打印一页纸的拜访简报。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>RowTable</name>
    <message>
      <location filename="../../ui/widgets/row_table.py" line="28" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
  </context>
  <context>
    <name>SpendChart</name>
    <message>
      <location filename="../../ui/widgets/spend_chart.py" line="37" />
      <source>No spend recorded yet.</source>
      <translation>还没有消费记录。</translation>
    </message>
  </context>
  <context>
    <name>SpendTab</name>
    <message>
      <location filename="../../ui/dialogs/spend_tab.py" line="32" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/spend_tab.py" line="32" />
      <source>Spend</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/spend_tab.py" line="87" />
      <source>No spend recorded: tier %1.</source>
      <translation>没有消费记录：等级 %1。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/spend_tab.py" line="90" />
      <source>Tier &lt;b&gt;%1&lt;/b&gt;: average %2 a month over %3 – %4 (%5 months).</source>
      <translation>等级 &lt;b&gt;%1&lt;/b&gt;：%3 至 %4（%5 个月）月均 %2。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/spend_tab.py" line="93" />
      <source>Thresholds: diamond %1, gold %2, silver %3.</source>
      <translation>门槛：钻石 %1，金卡 %2，银卡 %3。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/spend_tab.py" line="98" />
      <source>Spend drop: %1 in the last month against an average of %2 before it (%3%).</source>
      <translation>消费下降：上月 %1，此前月均 %2（%3%）。</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../ui/pages/today.py" line="22" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today.py" line="24" />
      <source>Nothing to do today yet.</source>
      <translation>今天暂无待办事项。</translation>
    </message>
  </context>
  <context>
    <name>VisitsPage</name>
    <message>
      <location filename="../../ui/pages/visits.py" line="12" />
      <source>Visits</source>
      <translation>拜访</translation>
    </message>
    <message>
      <location filename="../../ui/pages/visits.py" line="13" />
      <source>No visits planned yet.</source>
      <translation>还没有计划的拜访。</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/errors.py" line="73" />
      <source>Fieldbrief</source>
      <translation>Fieldbrief</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../ui/labels.py" line="29" />
      <source>Key account</source>
      <translation>大客户</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="29" />
      <source>Business</source>
      <translation>企业客户</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="29" />
      <source>Consumer</source>
      <translation>公众客户</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="34" />
      <source>Diamond</source>
      <translation>钻石</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="34" />
      <source>Gold</source>
      <translation>金卡</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="34" />
      <source>Silver</source>
      <translation>银卡</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="34" />
      <location filename="../../ui/labels.py" line="61" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="39" />
      <source>A · Acquisition</source>
      <translation>A · 获取期</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="39" />
      <source>B · Build-up</source>
      <translation>B · 提升期</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="39" />
      <source>C · Maturity</source>
      <translation>C · 成熟期</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="40" />
      <source>D · Decline</source>
      <translation>D · 衰退期</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="40" />
      <source>E · Exit</source>
      <translation>E · 离网期</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="46" />
      <source>How do we find and win them?</source>
      <translation>如何找到并赢得客户？</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="47" />
      <source>How do we grow their value: cross-selling, targeted offers?</source>
      <translation>如何提升客户价值：交叉销售、精准营销？</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="48" />
      <source>How do we keep them loyal: differentiated service?</source>
      <translation>如何保持客户忠诚：差异化服务？</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="49" />
      <source>What is the early warning, and which retention measures?</source>
      <translation>有哪些预警信号，采取哪些挽留措施？</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="50" />
      <source>How do we win them back?</source>
      <translation>如何赢回客户？</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="56" />
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="56" />
      <source>Person</source>
      <translation>个人</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="61" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="61" />
      <source>Partner</source>
      <translation>合作伙伴</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="61" />
      <source>Friend</source>
      <translation>朋友</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="66" />
      <source>New</source>
      <translation>新接触</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="66" />
      <source>Repeat caller or visitor</source>
      <translation>重复来电或来访</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="66" />
      <source>Existing customer</source>
      <translation>现有客户</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="67" />
      <source>Closed (deal done)</source>
      <translation>已成交</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="72" />
      <source>Keeping up</source>
      <translation>攀比</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="72" />
      <source>Habit</source>
      <translation>习惯</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="72" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="72" />
      <source>Preference</source>
      <translation>偏好</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="73" />
      <source>Prestige</source>
      <translation>优越</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="73" />
      <source>Curiosity</source>
      <translation>好奇</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="73" />
      <source>Safety</source>
      <translation>保险</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="74" />
      <source>Communication</source>
      <translation>沟通</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="74" />
      <source>Herd</source>
      <translation>从众</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="79" />
      <source>Final approver</source>
      <translation>最终审批者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="79" />
      <source>Decision maker</source>
      <translation>决策者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="79" />
      <source>Evaluator</source>
      <translation>评估者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="80" />
      <source>User</source>
      <translation>使用者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="80" />
      <location filename="../../ui/labels.py" line="98" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="85" />
      <source>Sponsor</source>
      <translation>倡导者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="85" />
      <source>Supporter</source>
      <translation>支持者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="85" />
      <source>Neutral</source>
      <translation>中立</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="86" />
      <source>Non-supporter</source>
      <translation>不支持者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="86" />
      <source>Opponent</source>
      <translation>反对者</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="91" />
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="91" />
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="91" />
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="96" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="96" />
      <source>Anniversary</source>
      <translation>纪念日</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="96" />
      <source>Happy event</source>
      <translation>喜事</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="97" />
      <source>Misfortune</source>
      <translation>不幸事件</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="97" />
      <source>Business event</source>
      <translation>商务活动</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="97" />
      <source>Holiday</source>
      <translation>节假日</translation>
    </message>
  </context>
</TS>