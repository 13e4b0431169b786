import type { Status } from '../model/types.js';

/**
 * A shape per status (16 × 16 paths), so status never rests on colour alone. Same paths as the
 * private STATUS_ICONS of innovation-gauge.ts, which can switch to this module.
 */
export const STATUS_ICONS: Readonly<Record<Status, string>> = {
  achieved: 'M1,8.5L3,6.5L6.5,10L13,3.5L15,5.5L6.5,14Z', // check
  'on-track': 'M2,13L8,3L14,13Z', // up triangle
  behind: 'M3,3H13V13H3Z', // square
  'off-track': 'M3,5L5,3L8,6L11,3L13,5L10,8L13,11L11,13L8,10L5,13L3,11L6,8Z', // cross
  'target-only': 'M8,2A6,6 0 1 1 8,14A6,6 0 1 1 8,2ZM8,5A3,3 0 1 0 8,11A3,3 0 1 0 8,5Z', // ring
  'no-current-data': 'M2,7H5V10H2ZM6.5,7H9.5V10H6.5ZM11,7H14V10H11Z', // ellipsis: waiting for data
  'not-assessable': 'M7,3H9V10H7ZM7,11.5H9V13.5H7Z', // !
};
