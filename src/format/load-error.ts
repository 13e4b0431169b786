/**
 * The editors' words for a plan a widget could not get, in zh-CN and en: a failed load (worded as
 * `<innovation-data>`'s own notice words it) and a `data` id that leads to no data source. Pure, no
 * DOM, no runtime import: the gauge loads it with its plan reader, apart from its eager code.
 */
import type { DataLoadErrorKind } from '../controllers/fetch-text.js';
import type { SupportedLocale } from './locale.js';

/** zh-CN reason per error kind; `%` is the HTTP status ('http') or the English message ('parse'). */
export const ZH_ERRORS: Record<DataLoadErrorKind, string> = {
  http: '服务器返回 % 错误，请检查 src 地址',
  timeout: '服务器未在限定时间内返回完整数据，请检查服务器或调大 timeout',
  size: '文件超过 max-bytes 规定的大小上限，请减小文件或调大 max-bytes',
  network: '请求失败（网络中断、被拦截或服务器不允许跨域），请检查 src 地址和服务器设置',
  parse: '无法读取数据文件（%）',
};

/**
 * Each kind by how its English message reads after the file name ("plan.json: the server answered
 * 404 Not Found; check the src URL", see fetch-text.ts and innovation-data.ts). A widget has only
 * the message: a data source publishes plain data, which also crosses separately loaded bundles.
 */
const KINDS: ReadonlyArray<[DataLoadErrorKind, RegExp]> = [
  ['http', /^(.+?): the server answered (\d+)/],
  ['timeout', /^(.+?): no complete answer/],
  ['size', /^(.+?): the file is larger than/],
  ['network', /^(.+?): the (?:request failed|connection broke)/],
  ['parse', /^(.+?): (?:the file is not valid JSON|no usable plan data)/],
];

/**
 * A failed load as a notice item, from its English `message`: "数据加载失败：plan.json：服务器返回
 * 404 错误，请检查 src 地址" / "Data could not be loaded: plan.json: the server answered 404 Not
 * Found; check the src URL". `map`: the geometry of a map failed ("地图加载失败" / "The map could not
 * be loaded"). A message of no known kind is quoted as it is.
 */
export function loadErrorText(message: string, locale: SupportedLocale, map = false): string {
  if (locale === 'en') return `${map ? 'The map' : 'Data'} could not be loaded: ${message}`;
  let reason = message;
  for (const [kind, pattern] of KINDS) {
    const m = pattern.exec(message);
    if (m) {
      reason = `${m[1]}：${ZH_ERRORS[kind].replace('%', () => m[2] ?? message)}`;
      break;
    }
  }
  return `${map ? '地图' : '数据'}加载失败：${reason}`;
}

/**
 * zh-CN words for a `data` id that leads to no data source (no element has it, or one that is not
 * `<innovation-data>`): "找不到数据源“plan”，请检查 data 属性". In en the controller's own message,
 * which says which of the two, is shown.
 */
export const sourceErrorText = (id: string): string => `找不到数据源“${id}”，请检查 data 属性`;
