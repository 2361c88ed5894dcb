import type { Messages } from './en';

/** 简体中文界面文字：与 en.ts 的键一一对应。 */
export const zhCn: Messages = {
  'site.name': '销售与营销规划手册',
  'site.tagline': '销售与营销，一起规划',
  'site.description':
    '面向销售和营销团队的免费手册：弄清两者的区别，规划销售漏斗，商定服务水平协议（SLA），打印完整计划。数据只保存在你的浏览器里。',

  'skip.toMain': '跳到正文',
  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.learn': '学习',
  'nav.calculators': '计算器',
  'nav.funnel': '漏斗',
  'nav.sla': 'SLA',
  'nav.plan': '计划',
  'nav.data': '我的数据',
  'nav.glossary': '术语表',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this page in English',

  'search.open': '搜索',
  'search.title': '搜索手册',
  'search.label': '搜索指南、工具和术语',
  'search.placeholder': '例如：MQL、获客成本、SLA',
  'search.close': '关闭',
  'search.loading': '正在加载搜索…',
  'search.empty': '没有与“{query}”匹配的页面。',
  'search.count': '共 {count} 条结果',
  'search.unavailable': '此版本的网站没有搜索索引（索引会在构建网站时生成）。',

  'footer.privacy': '你输入的所有内容都只保存在这个浏览器中。除非你自己导出文件或分享链接，否则不会发送到任何地方。',
  'footer.license': '免费、开源。',
  'footer.yourData': '管理我的数据',

  'home.title': '销售与营销，一起规划',
  'home.lead':
    '一本给销售型团队的免费手册：弄懂销售与营销的区别，把收入目标换算成线索数和预算，再商定一份双方都能做到的服务水平协议。',
  'home.learn.title': '学习',
  'home.learn.body':
    '简短的指南：销售与营销的区别、4P 与 7P、线索温度、MQL 与 SQL、关键指标和 SLA。每篇配有小测验，随时可查术语表。',
  'home.learn.cta': '开始学习路径',
  'home.plan.title': '规划',
  'home.plan.body': '从收入目标倒推所需的成交数、商机、线索、预算和时间，并给出结果区间和达成目标的概率。',
  'home.plan.cta': '打开漏斗规划器',
  'home.plan.secondary': '或者只算一个指标',
  'home.agree.title': '商定',
  'home.agree.body':
    '两个团队一起起草销售–营销 SLA：各项定义、来自规划的线索量、响应时限，以及任何一方未达标时怎么办。打印出来，签字生效。',
  'home.agree.cta': '起草你的 SLA',
  'home.print.title': '带进会议室',
  'home.print.body': '计划文档把漏斗规划、指标目标、SLA 和工作表汇成一份文件，中英文都能干净地打印。',
  'home.print.cta': '汇编计划',
  'home.privacy.title': '隐私优先',
  'home.privacy.body': '无需注册，也没有服务器。你的工作保存在这个浏览器里；导出为文件即可迁移或备份。',

  'learn.title': '学习',
  'learn.lead': '按顺序阅读，或直接跳到你需要的那一篇。每篇最后有一个小测验，学习进度保存在这个浏览器里。',
  'glossary.title': '术语表',
  'glossary.lead': '销售和营销团队常用的术语，用通俗的话解释。',
  'calculators.title': '指标计算器',
  'calculators.lead': '计算衡量销售和营销的各项指标，查看代入你自己数字的公式，并了解每个数字说明了什么。',
  'funnel.title': '漏斗规划器',
  'funnel.lead': '从收入目标出发，算出需要多少线索、多少预算和多少个月，以及结果的区间和达成目标的概率。',
  'sla.title': 'SLA 起草工具',
  'sla.lead': '营销和销售一起起草服务水平协议：谁在什么时间之前向谁交付什么，以及任何一方未达标时怎么办。',
  'plan.title': '计划文档',
  'plan.lead': '把漏斗规划、指标目标、SLA 和工作表汇编成一份文档，可直接打印或另存为 PDF。',
  'data.title': '我的数据',
  'data.lead': '你输入的一切只保存在这个浏览器中。可以在这里导出为文件、重新导入或清除。',
  'page.comingSoon': '手册的这一部分正在建设中，周围的页面已经可以使用。',

  'notFound.title': '找不到页面',
  'notFound.body': '这个地址没有页面。它可能已经移动，或者链接拼写有误。',
  'notFound.home': '返回首页',
};
