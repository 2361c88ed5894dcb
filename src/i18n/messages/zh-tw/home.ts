import type { AreaMessages } from '../types';

/** The home page. Traditional Chinese (Taiwan). */
export const home: AreaMessages<'home'> = {
  'home.title': '業務與行銷，一起規劃',
  'home.lead': '一本寫給銷售型團隊的免費手冊：了解業務與行銷有何不同，把營收目標換算成名單數與預算，再議定一份雙方都做得到的服務水準協議。',
  'home.learn.title': '學習',
  'home.learn.body': '簡短的指南：業務與行銷的差別、4P 與 7P、潛在客戶溫度、MQL 與 SQL、關鍵績效指標和 SLA。每篇都附有小測驗，隨時可查詞彙表。',
  'home.learn.cta': '開始學習路徑',
  'home.plan.title': '規劃',
  'home.plan.body': '從營收目標往回推算所需的成交數、商機、名單、預算和月數，並列出可能的結果區間與達成目標的機率。',
  'home.plan.cta': '開啟漏斗規劃工具',
  'home.plan.secondary': '或只計算一項 KPI',
  'home.agree.title': '議定',
  'home.agree.body': '兩個團隊一起起草業務與行銷的 SLA：各項定義、來自規劃的名單數量、回應時限，以及任何一方未達標時怎麼處理。列印出來，簽署生效。',
  'home.agree.cta': '起草你的 SLA',
  'home.print.title': '帶進會議室',
  'home.print.body': '計畫文件把漏斗規劃、KPI 目標、SLA 和工作表整合成一份文件，不論選用哪種語言，都能列印得清清楚楚。',
  'home.print.cta': '彙整計畫',
  'home.privacy.title': '隱私優先',
  'home.privacy.body': '不需要註冊帳號，也沒有伺服器。你的內容儲存在這個瀏覽器中；匯出成檔案即可搬移或備份。',
};
