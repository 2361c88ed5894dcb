/**
 * What each column of a CRM export holds, guessed from its header in English or Chinese and
 * shown to the user as an editable table. Exports name the same thing many ways: "Stage",
 * "Deal Stage", "Deal - Status", "阶段", "销售阶段"; "Amount", "Value", "close_value", "金额".
 */

/** The roles a column can play; each role is filled by at most one column. */
export const columnRoles = ['stage', 'amount', 'currency', 'created', 'closed', 'wonAt', 'lostAt', 'owner', 'source', 'product', 'account', 'id', 'name', 'lostStage'] as const;
export type ColumnRole = (typeof columnRoles)[number];

/** Role → the index of the column that fills it (absent: no column). */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/**
 * Header names per role, normalised (lower case, no spaces, dashes, underscores or dots). The
 * first match in this order wins, so more specific names come before general ones.
 */
const synonyms: Record<ColumnRole, readonly string[]> = {
  stage: ['dealstage', 'opportunitystage', 'salesstage', 'stage', 'dealstatus', 'status', 'stagename', 'phase', 'pipelinestage', '销售阶段', '商机阶段', '阶段', '状态', '商机状态', '銷售階段', '階段', '狀態', 'etap', 'status transakcji'],
  amount: ['amount', 'dealvalue', 'value', 'closevalue', 'dealamount', 'opportunityamount', 'revenue', 'totalvalue', 'expectedrevenue', 'price', '金额', '商机金额', '合同金额', '成交金额', '金額', '商機金額', 'kwota', 'wartosc', 'wartość'],
  currency: ['currency', 'dealcurrency', 'amountcurrency', 'opportunitycurrency', 'currencyisocode', 'currencycode', 'dealvaluecurrency', '币种', '货币', '幣別', '幣種', '貨幣', 'waluta'],
  created: ['createddate', 'createdate', 'dealcreated', 'created', 'createdon', 'createdat', 'createtime', 'engagedate', 'opendate', 'startdate', '创建时间', '创建日期', '建立时间', '建立日期', '建立時間', '創建時間', 'datautworzenia', 'utworzono'],
  closed: ['closedate', 'closeddate', 'closingdate', 'closedon', 'expectedclosedate', 'closed', 'closetime', 'dealclosedate', '结单日期', '成交日期', '关闭日期', '结束日期', '结案日期', '結單日期', '結案日期', 'datazamkniecia', 'datazamknięcia'],
  wonAt: ['wontime', 'wondate', 'dealwontime', 'won', '赢单时间', '赢单日期'],
  lostAt: ['losttime', 'lostdate', 'deallosttime', 'lost', '输单时间', '丢单日期', '输单日期'],
  owner: ['opportunityowner', 'dealowner', 'owner', 'salesagent', 'salesrep', 'assignedto', 'accountmanager', 'user', 'rep', '负责人', '销售负责人', '销售', '归属人', '負責人', '業務', 'opiekun', 'właściciel', 'wlasciciel', 'handlowiec'],
  source: ['leadsource', 'source', 'dealsource', 'channel', 'origin', '线索来源', '来源', '渠道', '來源', '通路', 'źródło', 'zrodlo'],
  product: ['product', 'productname', 'products', 'productline', 'series', '产品', '产品线', '產品', '產品線', 'produkt'],
  account: ['accountname', 'account', 'company', 'organization', 'organisation', 'companyname', 'customer', 'client', '客户名称', '客户', '公司', '客戶名稱', '客戶', 'klient', 'firma'],
  id: ['opportunityid', 'dealid', 'recordid', 'id', 'opportunitynumber', 'dealnumber', '商机编号', '商机id', '编号', '商機編號', 'identyfikator'],
  // The stage a lost deal stopped at ("Closed Lost" in the stage column, "Proposal" here): by whole names only.
  lostStage: ['loststage', 'lostatstage', 'stagelost', 'stagelostat', 'stagewhenlost', 'stageatloss', 'lostinstage', 'laststage', 'previousstage', 'priorstage', 'stagebeforelost', 'stagebeforeclose', 'dealloststage', 'deallaststage', '输单阶段', '丢单阶段', '流失阶段', '最后阶段', '上一阶段', '前一阶段', '輸單階段', '失單階段', '丟單階段', '最後階段', '上一階段', '前一階段', 'etapprzegranej', 'etaputraty', 'ostatnietap', 'poprzednietap'],
  name: ['opportunityname', 'dealname', 'title', 'dealtitle', 'name', 'subject', '商机名称', '名称', '商機名稱', 'nazwa', 'tytul', 'tytuł'],
};

/** "Deal - Status" → "dealstatus"; "销售 阶段" → "销售阶段". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./()[\]:#'"]+/g, '');
}

/** How a header names a role: exactly, then by starting or ending with the name. */
const passes: ((header: string, name: string) => boolean)[] = [
  (header, name) => header === name,
  // "dealowner" in "dealdealowner"…, but never a bare prefix of a longer word: name ≥ 4 letters or CJK.
  (header, name) => (name.length >= 4 || /\p{Script=Han}/u.test(name)) && (header.endsWith(name) || header.startsWith(name)),
];

/** Roles a header names only whole: "Last Stage Change Date" is no stage a deal was lost at. */
const WHOLE_NAMES_ONLY = new Set<ColumnRole>(['lostStage']);

/**
 * The guessed mapping: each role takes the first column (left to right) whose normalised header
 * is one of its names, trying the role's names in order of specificity; a column fills at most
 * one role. A header that only starts or ends with a name ("Deal - Owner", "Amount (USD)") also
 * counts, after exact names.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  const find = (test: (header: string, name: string) => boolean, names: readonly string[]) => {
    for (const name of names) {
      const index = normalised.findIndex((header, i) => !taken.has(i) && header !== '' && test(header, name));
      if (index >= 0) return index;
    }
    return -1;
  };
  for (const [n, pass] of passes.entries()) {
    for (const role of columnRoles) {
      if (mapping[role] !== undefined || (n > 0 && WHOLE_NAMES_ONLY.has(role))) continue;
      const index = find(pass, synonyms[role]);
      if (index >= 0) {
        mapping[role] = index;
        taken.add(index);
      }
    }
  }
  return mapping;
}

/** The columns whose header names a stage or status, as the guess reads names, left to right. */
export function stageNamed(headers: readonly string[]): number[] {
  return headers
    .map(normaliseHeader)
    .flatMap((header, i) => (header !== '' && passes.some((pass) => synonyms.stage.some((name) => pass(header, name))) ? [i] : []));
}
