// The notice words of a failed load, read from the English message a data source publishes
// (test/browser/failure-notices.test.ts checks them against real failed loads).
import { describe, expect, it } from 'vitest';
import { loadErrorText, sourceErrorText } from '../../src/format/load-error.js';

describe('loadErrorText', () => {
  const cases: Array<[string, string]> = [
    [
      'plan.json: the server answered 404 Not Found; check the src URL',
      '数据加载失败：plan.json：服务器返回 404 错误，请检查 src 地址',
    ],
    [
      'plan.json: no complete answer within 200 ms; check the server or raise the timeout',
      '数据加载失败：plan.json：服务器未在限定时间内返回完整数据，请检查服务器或调大 timeout',
    ],
    [
      'plan.json: the file is larger than the limit of 2.0 kB; publish a smaller file or raise max-bytes',
      '数据加载失败：plan.json：文件超过 max-bytes 规定的大小上限，请减小文件或调大 max-bytes',
    ],
    [
      'plan.json: the request failed (offline, blocked or cross-origin); check the src URL and the server (CORS)',
      '数据加载失败：plan.json：请求失败（网络中断、被拦截或服务器不允许跨域），请检查 src 地址和服务器设置',
    ],
    [
      'plan.json: the connection broke while reading the file; check the src URL and the server (CORS)',
      '数据加载失败：plan.json：请求失败（网络中断、被拦截或服务器不允许跨域），请检查 src 地址和服务器设置',
    ],
    [
      'a: b.csv: no usable plan data in this CSV file (/: x)',
      '数据加载失败：a: b.csv：无法读取数据文件（a: b.csv: no usable plan data in this CSV file (/: x)）',
    ],
  ];
  it.each(cases)('zh-CN: %s', (message, zh) => {
    expect(loadErrorText(message, 'zh-CN')).toBe(zh);
  });

  it('en quotes the message; a map says it is the map; an unknown message is quoted as it is', () => {
    const message =
      'plan.json: the server answered 500 Internal Server Error; the server failed; try again later';
    expect(loadErrorText(message, 'en')).toBe(`Data could not be loaded: ${message}`);
    expect(loadErrorText(message, 'en', true)).toBe(`The map could not be loaded: ${message}`);
    expect(loadErrorText(message, 'zh-CN', true)).toBe(
      '地图加载失败：plan.json：服务器返回 500 错误，请检查 src 地址',
    );
    expect(loadErrorText('something else', 'zh-CN')).toBe('数据加载失败：something else');
  });
});

describe('sourceErrorText', () => {
  it('names the id', () => {
    expect(sourceErrorText('plan')).toBe('找不到数据源“plan”，请检查 data 属性');
  });
});
