// Minimal typings for the Mocha globals @web/test-runner provides in the browser
// (@types/mocha is not installed). Browser tests use `describe`/`it` without importing them.
// Vitest tests import their own `describe`/`it` from 'vitest', which shadow these.

declare global {
  interface MochaContext {
    timeout(ms: number): void;
    skip(): never;
  }
  type MochaDone = (error?: unknown) => void;
  type MochaFn = (this: MochaContext, done: MochaDone) => void | Promise<unknown>;
  type MochaSuiteFn = (this: MochaContext) => void;

  interface MochaIt {
    (title: string, fn?: MochaFn): void;
    only(title: string, fn?: MochaFn): void;
    skip(title: string, fn?: MochaFn): void;
  }
  interface MochaDescribe {
    (title: string, fn: MochaSuiteFn): void;
    only(title: string, fn: MochaSuiteFn): void;
    skip(title: string, fn: MochaSuiteFn): void;
  }

  const describe: MochaDescribe;
  const it: MochaIt;
  function before(fn: MochaFn): void;
  function after(fn: MochaFn): void;
  function beforeEach(fn: MochaFn): void;
  function afterEach(fn: MochaFn): void;
}

export {};
