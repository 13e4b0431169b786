// The notice words of a failed load: the zh-CN reason made from the error itself, as a data source
// publishes it (test/browser/failure-notices.test.ts checks widgets against real failed loads).
import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../../src/controllers/fetch-text.js';
import type { DataLoadErrorKind } from '../../src/controllers/fetch-text.js';
import { loadErrorText, sourceErrorText, zhLoadReason } from '../../src/format/load-error.js';

describe('zhLoadReason + loadErrorText', () => {
  const cases: Array<[DataLoadErrorKind, string, number | undefined, string]> = [
    [
      'http',
      'plan.json: the server answered 404 Not Found; check the src URL',
      404,
      '数据加载失败：plan.json：服务器返回 404 错误，请检查 src 地址',
    ],
    [
      'timeout',
      'plan.json: no complete answer within 200 ms; check the server or raise the timeout',
      undefined,
      '数据加载失败：plan.json：服务器未在限定时间内返回完整数据，请检查服务器或调大 timeout',
    ],
    [
      'size',
      'plan.json: the file is larger than the limit of 2.0 kB; publish a smaller file or raise max-bytes',
      undefined,
      '数据加载失败：plan.json：文件超过 max-bytes 规定的大小上限，请减小文件或调大 max-bytes',
    ],
    [
      'network',
      'plan.json: the request failed (offline, blocked or cross-origin); check the src URL and the server (CORS)',
      undefined,
      '数据加载失败：plan.json：请求失败（网络中断、被拦截或服务器不允许跨域），请检查 src 地址和服务器设置',
    ],
    [
      'network',
      'plan.json: the connection broke while reading the file; check the src URL and the server (CORS)',
      undefined,
      '数据加载失败：plan.json：请求失败（网络中断、被拦截或服务器不允许跨域），请检查 src 地址和服务器设置',
    ],
    [
      'parse',
      'a: b.csv: no usable plan data in this CSV file (/: x)',
      undefined,
      '数据加载失败：plan.json：无法读取数据文件（a: b.csv: no usable plan data in this CSV file (/: x)）',
    ],
  ];
  it.each(cases)('zh-CN, %s: %s', (kind, message, status, zh) => {
    const e = new DataLoadError(kind, message, status === undefined ? {} : { status });
    expect(loadErrorText(message, zhLoadReason(e, 'plan.json'), 'zh-CN')).toBe(zh);
  });

  it('en quotes the message; a map says it is the map; without a zh-CN reason the message is quoted as it is', () => {
    const message =
      'plan.json: the server answered 500 Internal Server Error; the server failed; try again later';
    const zh = zhLoadReason(new DataLoadError('http', message, { status: 500 }), 'plan.json');
    expect(loadErrorText(message, zh, 'en')).toBe(`Data could not be loaded: ${message}`);
    expect(loadErrorText(message, zh, 'en', true)).toBe(`The map could not be loaded: ${message}`);
    expect(loadErrorText(message, zh, 'zh-CN', true)).toBe(
      '地图加载失败：plan.json：服务器返回 500 错误，请检查 src 地址',
    );
    expect(loadErrorText('something else', null, 'zh-CN')).toBe('数据加载失败：something else');
    expect(zhLoadReason(new DataLoadError('timeout', 'x'), '')).toBe(
      '服务器未在限定时间内返回完整数据，请检查服务器或调大 timeout',
    );
  });
});

describe('sourceErrorText', () => {
  it('names the id', () => {
    expect(sourceErrorText('plan')).toBe('找不到数据源“plan”，请检查 data 属性');
  });
});
