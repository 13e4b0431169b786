/**
 * The gauge's problem messages (zh-CN, en), shown to editors in the notice: loaded with the full
 * readers (gauge.input.ts), as plain attributes that read without a problem never need them.
 */
export const MESSAGES = {
  /** "——", "—", "N/A", "暂无": written for "no figure", as in CSV and tables: no problem to tell. */
  noValue: (text: string): boolean => /^(?:[-—–－―_/\s]*|n\/?a|无|暂无|不详)$/i.test(text),
  notNumber: {
    zh: (name: string, text: string) => `${name}“${text}”不是数值，已忽略`,
    en: (name: string, text: string) => `${name} "${text}" is not a number; ignored`,
  },
  noTargetNumber: {
    zh: (text: string) => `目标“${text}”没有可读的数值`,
    en: (text: string) => `target "${text}" has no readable number`,
  },
  minMax: {
    zh: (min: string, max: string) => `最小值 ${min} 不小于最大值 ${max}，已改用数据范围`,
    en: (min: string, max: string) => `min ${min} is not below max ${max}; the data range is used instead`,
  },
  targetOutside: {
    zh: (t: string) => `目标 ${t} 超出 min–max 刻度范围，已在端点标出`,
    en: (t: string) => `target ${t} lies outside the min–max scale; drawn at its end`,
  },
  masked: {
    zh: (name: string, text: string) => `${name}“${text}”是未公布的年份，无法评估进度`,
    en: (name: string, text: string) => `${name} "${text}" is a masked year; progress cannot be assessed`,
  },
  noCalendarYear: {
    zh: (name: string, text: string) => `${name}“${text}”不是具体年份，无法评估进度`,
    en: (name: string, text: string) =>
      `${name} "${text}" is not a calendar year; progress cannot be assessed`,
  },
  badYear: {
    zh: (name: string, text: string) => `${name}“${text}”不是年份，已忽略`,
    en: (name: string, text: string) => `${name} "${text}" is not a year; ignored`,
  },
  badChoice: {
    zh: (name: string, text: string, allowed: string) => `${name}“${text}”无效，可用：${allowed}`,
    en: (name: string, text: string, allowed: string) =>
      `${name} "${text}" is not valid; allowed: ${allowed}`,
  },
  relativeNoBase: {
    zh: (text: string) => `相对目标“${text}”缺少基期数值，只能以文字显示`,
    en: (text: string) => `relative target "${text}" has no base value; shown as text only`,
  },
  between: {
    zh: (text: string) => `区间目标“${text}”缺少上限（target-max）`,
    en: (text: string) => `range target "${text}" has no upper end (target-max)`,
  },
} as const;

/** Chinese names of the attributes in messages; English uses the attribute name (`targetMax` → "target-max"). */
export const ZH_NAMES: Record<string, string> = {
  value: '数值',
  baseline: '基期值',
  min: '最小值',
  max: '最大值',
  targetMax: '目标上限',
  year: '年份',
  baselineYear: '基期年份',
  targetYear: '目标年份',
  comparator: '比较方式',
  direction: '方向',
  attribute: '属性',
};

export type Messages = typeof MESSAGES;
