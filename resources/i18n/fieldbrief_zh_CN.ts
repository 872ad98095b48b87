<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../ui/errors.py" line="37" />
      <source>Fieldbrief ran into a bug</source>
      <translation>Fieldbrief 遇到了程序错误</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="41" />
      <source>Something went wrong that should not have. Your saved data is safe: every change is saved in its own transaction. Please send the text below to the Fieldbrief team.</source>
      <translation>发生了不应出现的错误。已保存的数据是安全的：每次修改都在独立的事务中保存。请把下面的内容发送给 Fieldbrief 团队。</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="47" />
      <source>Log file: %1</source>
      <translation>日志文件：%1</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="47" />
      <source>No log file.</source>
      <translation>没有日志文件。</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="51" />
      <source>&amp;Copy details</source>
      <translation>复制详情(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <location filename="../../ui/pages/customers.py" line="12" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers.py" line="13" />
      <source>No customers to show yet.</source>
      <translation>还没有客户。</translation>
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
      <location filename="../../ui/main_window.py" line="59" />
      <source>Pages</source>
      <translation>页面</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="76" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="77" />
      <source>Load &amp;Demo Data…</source>
      <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="81" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="86" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="87" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="89" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="94" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="103" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="104" />
      <source>&amp;About Fieldbrief</source>
      <translation>关于 Fieldbrief(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="107" />
      <source>About &amp;Qt</source>
      <translation>关于 &amp;Qt</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="112" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="146" />
      <source>No database open</source>
      <translation>未打开数据库</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="151" />
      <source>%1 customers, %2 visits</source>
      <translation>%1 个客户，%2 次拜访</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>Demo data cancelled; nothing was added.</source>
      <translation>已取消载入演示数据，没有添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="179" />
      <source>Loaded demo data: %1 customers.</source>
      <translation>已载入演示数据：%1 个客户。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="209" />
      <source>About Fieldbrief</source>
      <translation>关于 Fieldbrief</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="212" />
      <source>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;Plan customer visits, run the pre-visit checklist, log the outcome and print a one-page visit brief.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
      <translation>&lt;b&gt;Fieldbrief %1&lt;/b&gt;&lt;p&gt;计划客户拜访、完成拜访前的准备清单、记录拜访结果，并打印一页纸的拜访简报。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../ui/pages/today.py" line="13" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today.py" line="17" />
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
      <location filename="../../ui/errors.py" line="66" />
      <source>Fieldbrief</source>
      <translation>Fieldbrief</translation>
    </message>
  </context>
</TS>