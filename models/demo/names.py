"""Word lists for demo data: Chinese names with their pinyin, English names, places, industries."""

CN_SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
    ("林", "lin"), ("罗", "luo"), ("欧阳", "ouyang"), ("司马", "sima"),
]
CN_GIVEN = [
    ("秀英", "xiuying"), ("桂英", "guiying"), ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"),
    ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("建华", "jianhua"),
    ("志强", "zhiqiang"), ("海燕", "haiyan"), ("晓东", "xiaodong"), ("丹丹", "dandan"),
]
CN_BRANDS = [
    ("华信", "huaxin"), ("鑫达", "xinda"), ("恒通", "hengtong"), ("宏远", "hongyuan"), ("金桥", "jinqiao"),
    ("联创", "lianchuang"), ("瑞丰", "ruifeng"), ("天成", "tiancheng"), ("中益", "zhongyi"), ("博雅", "boya"),
    ("东方", "dongfang"), ("新世纪", "xinshiji"), ("永安", "yongan"), ("嘉禾", "jiahe"), ("海川", "haichuan"),
    ("同仁", "tongren"), ("正大", "zhengda"), ("万家", "wanjia"), ("锦程", "jincheng"), ("德隆", "delong"),
]
CN_INDUSTRIES = [  # (the word in the name, its pinyin for the web address, the industry as a Chinese rep writes it)
    ("科技", "tech", "科技"), ("贸易", "trade", "贸易"), ("医药", "pharma", "医药"),
    ("物流", "logistics", "物流"), ("餐饮", "food", "餐饮酒店"), ("建材", "build", "制造业"),
    ("电子", "elec", "制造业"), ("服饰", "fashion", "零售"), ("连锁超市", "mart", "零售"),
    ("酒店", "hotel", "餐饮酒店"), ("教育", "edu", "教育"), ("诊所", "clinic", "医疗"),
]
CN_SUFFIXES = ["有限公司", "股份有限公司", "集团", "商行"]
CN_CITIES = [
    ("北京", "朝阳区建国路"), ("上海", "浦东新区世纪大道"), ("广州", "天河区体育西路"), ("深圳", "南山区科技园"),
    ("杭州", "西湖区文三路"), ("成都", "武侯区人民南路"), ("武汉", "江汉区解放大道"), ("南京", "鼓楼区中山路"),
    ("重庆", "渝中区解放碑"), ("西安", "雁塔区小寨路"), ("苏州", "工业园区星湖街"), ("天津", "和平区南京路"),
]
CN_TITLES = ["总经理", "副总经理", "采购经理", "财务总监", "IT主管", "行政主管", "店长", "办公室主任", "技术总监"]

EN_FIRST = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
    "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah", "Daniel", "Karen", "Priya", "Ahmed",
    "Olivia", "Noah", "Emma", "Liam", "Sofia", "Lucas",
]
EN_LAST = [
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker",
    "Wright", "Green", "Hall", "Wood", "Clarke", "Patel", "Khan", "Lewis", "Hughes", "Edwards", "O'Brien",
    "Nguyen", "Müller", "García",
]
EN_BRANDS = [
    "Northwind", "Harbor", "Bluegate", "Summit", "Redwood", "Silverline", "Oakridge", "Pioneer", "Crescent",
    "Lakeside", "Brightpath", "Ironbridge", "Westfield", "Evergreen", "Kingsway", "Riverside",
]
EN_INDUSTRIES = [
    ("Telecom", "Technology"), ("Pharma", "Pharma"), ("Logistics", "Logistics"), ("Foods", "Hospitality"),
    ("Engineering", "Manufacturing"), ("Retail", "Retail"), ("Clinics", "Healthcare"), ("Hotels", "Hospitality"),
    ("Capital", "Banking"), ("Learning", "Education"), ("Supplies", "Trade"),
]
EN_SUFFIXES = ["Ltd", "Inc", "LLC", "Group", "& Co", "plc"]
EN_CITIES = [
    ("London", "Baker Street"), ("Manchester", "Deansgate"), ("Singapore", "Orchard Road"),
    ("Sydney", "George Street"), ("Toronto", "King Street West"), ("New York", "5th Avenue"),
    ("Chicago", "Michigan Avenue"), ("Hong Kong", "Queen's Road Central"), ("Dublin", "Grafton Street"),
]
EN_TITLES = ["CEO", "Managing Director", "Procurement Manager", "CFO", "IT Manager", "Office Manager",
             "Store Manager", "Operations Director", "Head of Facilities"]

OWNERS = ["张伟", "李娜", "Emma Wilson", "王芳", "Tom Baker"]
TAGS = ["5G", "宽带", "VIP候选", "2027续约", "竞品在用", "多网点", "云服务", "转介绍"]  # (the rep's own words)

PURPOSES = (  # by language: 0 English, 1 Chinese
    ["Review the last six months of bills and propose a package that saves money",
     "Follow up on the quote and answer the open questions on price",
     "Present the cloud backup offer to the decision maker",
     "Bring the signed agreement forms and confirm the start date",
     "Introduce the business broadband upgrade and check how the current lines are used"],
    ["核对近六个月账单，推荐更省钱的套餐", "回访：检查雨季前线路，收集意见", "核对账单，了解长途话费下降原因",
     "介绍企业宽带升级方案，了解现有线路使用情况", "带上签好的协议书，确认开通日期"],
)
OPENINGS = [
    "Good morning, {name}. I'm here from our account team — thank you for your time today.",
    "{name}您好，我是客户经理，感谢您抽出时间。今天主要想和您聊聊如何帮您节省通信费用。",
]
SUMMARIES = (
    ["Customer interested; asked for a comparison with the current plan.",
     "Met the decision maker; agreed to a trial on two lines.",
     "No decision yet; the evaluator wants references from similar companies.",
     "Competitor offered a lower price; customer is comparing.",
     "Signed; the lines go live on the first of next month."],
    ["客户对价格有顾虑，同意下周再谈。", "客户已签约，开通时间定在下月一日。", "见到了决策人，同意两条线路先试用。",
     "还没决定，评估人想看同类企业的案例。", "竞争对手报价更低，客户在比较。"],
)
NEXT_STEPS = (
    ["Send the comparison sheet", "Call the finance director", "Bring a reference case from a peer company",
     "Bring the contract on the next visit", "Confirm the start date"],
    ["发送对比表", "带合同再访", "安排技术人员上门测试", "给财务总监打电话", "确认开通日期"],
)
FOLLOW_UP_BRINGS = (  # by language; now and then one planned without what it brings
    ["News: the new 5G tariff", "Offer: broadband upgraded at 20% off this month", "Help: a usage report of their lines",
     "A reference case from a company like theirs", "The comparison sheet against their current bill",
     "An invitation to the product day", "The trial results from their first site", ""],
    ["新资费：5G商务套餐", "优惠：本月宽带升级八折", "帮助：线路使用情况分析报告", "参考案例：同行业客户的使用效果",
     "对比表：和现有账单逐项对比", "邀请参加新品体验日", "首个门店的试用结果", ""],
)

# -- visit plans (by language: 0 English, 1 Chinese) -------------------------------------------------
PLAN_QUESTIONS = {
    "situation": (["How many lines and sites do you have today?", "Who handles your telecoms contracts?"],
                  ["目前公司有多少条线路、几个网点？", "现在的通信合同由谁负责？"]),
    "problem": (["Where does the current service let you down?", "How often do calls drop at the branches?"],
                ["现在的服务哪里让您不满意？", "各门店掉线的情况多吗？"]),
    "implication": (["What does a lost hour of connection cost your team?", "How does that affect your customers?"],
                    ["断网一小时对业务影响有多大？", "这会影响到您的客户吗？"]),
    "need_payoff": (["What would it mean for you to pay 20% less?", "How useful would one bill for all sites be?"],
                    ["如果每月能省两成费用，对您意味着什么？", "所有网点合并成一张账单，对您有帮助吗？"]),
}
PLAN_PRODUCTS = (
    [("Fibre 1000", "1 Gbit/s symmetric line", "Twice the speed of the current line", "Video calls without waiting"),
     ("Business 5G plan", "Shared data pool for all staff", "No overage charges", "One predictable bill")],
    [("千兆光纤", "上下行对称千兆", "比现有线路快一倍", "视频会议不再卡顿"),
     ("5G 商务套餐", "全员共享流量池", "不再产生超额费用", "每月费用固定可控")],
)
PLAN_OBJECTIONS = (
    [("It's too expensive.", "Per day it costs less than a coffee, and it replaces two bills."),
     ("We're happy with our current provider.", "Keep them for now: let us run one site for a month side by side."),
     ("Send me something in writing.", "I've brought the comparison sheet: may I take you through it in 2 minutes?")],
    [("太贵了。", "按天算不到一杯咖啡的钱，而且能替代两张账单。"),
     ("我们对现在的运营商挺满意的。", "可以先保留，我们先在一个门店免费试用一个月对比一下。"),
     ("你先发个资料给我吧。", "对比表我带来了，两分钟给您讲完重点，好吗？")],
)
PROFILES = (["Growing regional chain, price-conscious, values service", "Long-standing customer, cautious buyer"],
            ["成长中的区域连锁，重视价格和服务", "老客户，采购决策谨慎"])
RECEPTIONS = (["Friendly, but busy: keep it to 20 minutes", "Sceptical after last month's outage"],
              ["态度友好但很忙，控制在20分钟内", "上月断网后有些不满"])
PROMISES = (
    [("us", "Send the revised price list"), ("us", "Arrange a line check at the warehouse"),
     ("customer", "Share last quarter's bills"), ("customer", "Introduce us to the IT manager")],
    [("us", "发送调整后的报价单"), ("us", "安排上门检测仓库线路"),
     ("customer", "提供上季度的账单"), ("customer", "引荐IT主管")],
)

# -- closing the loop (by language: 0 English, 1 Chinese) --------------------------------------------
FOLLOW_UP_NOTES = (
    ["Called: they liked the new tariff, want it in writing", "Sent the usage report; meeting next week",
     "Spoke to the CFO: budget approved for Q1", "Left a message; they called back the same day",
     "Visited: checked the lines, all fine", "Agreed to a trial on two sites"],
    ["电话沟通：对新资费感兴趣，要书面方案", "已发送使用报告，约了下周见面", "和财务总监谈过，一季度预算已批",
     "留言后客户当天回电", "上门检查线路，一切正常", "同意两个门店先试用"],
)
DROP_REASONS = (
    ["They signed with a competitor for two years", "The branch is closing", "Contact left the company"],
    ["已与竞争对手签约两年", "该门店即将关闭", "联系人已离职"],
)
MOVE_REASONS = (
    ["Customer travelling, asked for next week", "Month-end closing at their office", "Public holiday"],
    ["客户出差，约下周", "客户月底结账，改期", "节假日顺延"],
)
BROKEN_REASONS = (
    ["The bills never came; asked again", "Our engineer was not available", "They forgot; reminded them"],
    ["账单一直没发来，已再次催要", "我方工程师没排上", "客户忘了，已提醒"],
)
CANCEL_REASONS = (["Customer ill", "Their office was closed for an audit", "Rescheduled by the customer"],
                  ["客户生病", "客户公司接受审计，暂停接待", "客户要求改期"])
AFTER_SALES = ("After-sales check: is everything working as promised?", "售后回访：使用是否顺利？")
WIN_BACK = ("Win-back: what has changed since?", "挽回：看看情况有没有变化")
