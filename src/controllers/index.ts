export { ResizeController } from './resize-controller.js';
export type { ResizeControllerOptions } from './resize-controller.js';
export { LocaleController, findLang } from './locale-controller.js';
export type { SupportedLocale } from './locale-controller.js';
export { DataLoadError, fetchText, fetchResource, clearFetchCache } from './fetch-text.js';
export type { DataLoadErrorKind, FetchTextOptions, FetchedText } from './fetch-text.js';
export { PlanController, emptyPlan } from './plan-controller.js';
export type {
  DataSnapshot,
  DataState,
  PlanSource,
  PlanOrigin,
  PlanControllerOptions,
} from './plan-controller.js';
