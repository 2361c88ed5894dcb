import type { AreaMessages } from '../types';

/** The home page. Simplified Chinese. */
export const home: AreaMessages<'home'> = {
  'home.title': '销售与营销，一起规划',
  'home.lead': '一本给销售型团队的免费手册：弄懂销售与营销的区别，把收入目标换算成线索数和预算，再商定一份双方都能做到的服务水平协议。',
  'home.learn.title': '学习',
  'home.learn.body': '简短的指南：销售与营销的区别、4P 与 7P、线索温度、MQL 与 SQL、关键指标和 SLA。每篇配有小测验，随时可查术语表。',
  'home.learn.cta': '开始学习路径',
  'home.plan.title': '规划',
  'home.plan.body': '从收入目标倒推所需的成交数、商机、线索、预算和时间，并给出结果区间和达成目标的概率。',
  'home.plan.cta': '打开漏斗规划器',
  'home.plan.secondary': '或者只算一个指标',
  'home.agree.title': '商定',
  'home.agree.body': '两个团队一起起草销售–营销 SLA：各项定义、来自规划的线索量、响应时限，以及任何一方未达标时怎么办。打印出来，签字生效。',
  'home.agree.cta': '起草你的 SLA',
  'home.print.title': '带进会议室',
  'home.print.body': '计划文档把漏斗规划、指标目标、SLA 和工作表汇成一份文件，中英文都能干净地打印。',
  'home.print.cta': '汇编计划',
  'home.privacy.title': '隐私优先',
  'home.privacy.body': '无需注册，也没有服务器。你的工作保存在这个浏览器里；导出为文件即可迁移或备份。',
};
