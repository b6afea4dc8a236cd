import type { shareFr } from './messages-share';

export const shareEn: Record<keyof typeof shareFr, string> = {
  'load.part': 'This part of the page could not be loaded (connection lost?).',
  'load.retry': 'Try again',
  'load.reload': 'Reload the page (your quote is kept)',
  'load.stuck': 'Part of the page no longer loads, even when tried again: the browser keeps the failure until the page is reloaded.',
};
