/**
 * The editors' words for a plan a widget could not get, in zh-CN and en: a failed load (worded as
 * `<innovation-data>`'s own notice words it) and a `data` id that leads to no data source. Pure, no
 * DOM, no runtime import: the gauge loads it with its plan reader, apart from its eager code.
 */
import type { DataLoadError, DataLoadErrorKind } from '../controllers/fetch-text.js';
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
 * The zh-CN reason of a failed load, from the error itself (`file`: its short name, or ''):
 * "plan.json：服务器返回 404 错误，请检查 src 地址". A data source publishes it beside its English
 * message (`DataSnapshot.errorZh`): plain data, which also crosses separately loaded bundles.
 */
export function zhLoadReason(e: DataLoadError, file: string): string {
  const detail = ZH_ERRORS[e.kind].replace('%', () =>
    e.kind === 'http' ? String(e.status ?? '') : e.message,
  );
  return `${file ? `${file}：` : ''}${detail}`;
}

/**
 * A failed load as a notice item: "数据加载失败：plan.json：服务器返回 404 错误，请检查 src 地址" /
 * "Data could not be loaded: plan.json: the server answered 404 Not Found; check the src URL".
 * `zh`: the zh-CN reason when the source gave one (else the English message is quoted); `map`: the
 * geometry of a map failed ("地图加载失败" / "The map could not be loaded").
 */
export function loadErrorText(
  message: string,
  zh: string | null | undefined,
  locale: SupportedLocale,
  map = false,
): string {
  if (locale === 'en') return `${map ? 'The map' : 'Data'} could not be loaded: ${message}`;
  return `${map ? '地图' : '数据'}加载失败：${zh || message}`;
}

/**
 * zh-CN words for a `data` id that leads to no data source (no element has it, or one that is not
 * `<innovation-data>`): "找不到数据源“plan”，请检查 data 属性". In en the controller's own message,
 * which says which of the two, is shown.
 */
export const sourceErrorText = (id: string): string => `找不到数据源“${id}”，请检查 data 属性`;
