export { DEFAULT_LOCALE, MISSING, localize, resolveLocale, type SupportedLocale } from './locale.js';
export {
  UNITS,
  formatChange,
  formatNumber,
  formatPace,
  formatRelativeTarget,
  formatTarget,
  formatValue,
  type NumberFormatOptions,
  type TargetLike,
  type ValueFormatOptions,
} from './number.js';
export {
  comparatorWord,
  formatAttribute,
  formatStatus,
  formatYear,
  messages,
  type Messages,
} from './words.js';
