import type { shareFr } from './messages-share';

export const shareEn: Record<keyof typeof shareFr, string> = {
  'share.notice.nothingDropped': 'Nothing was dropped.',
  'share.notice.repriced': 'Quote re-priced on today’s catalog ({version}). {changes}',
  'load.part': 'This part of the page could not be loaded (connection lost?).',
  'load.retry': 'Try again',
};
