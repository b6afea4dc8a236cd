/**
 * The static word list of share codes version 1: the words of the module and
 * qualification ids of catalog 2026-11. A word found here costs 6 bits instead of
 * being spelt out; any other word is spelt out, so every id stays encodable.
 * FROZEN: codes already shared depend on this exact order. A new list needs a new
 * code version (and the old list kept for decoding).
 */
export const SHARE_WORDS_V1: readonly string[] = [
  'alinto', 'mail', 'essential', 'business', 'protect',
  'cryptpad', 'team', 'enterprise',
  'jamespot', 'intranet', 'secnum',
  'xwiki', 'knowledge',
  'glowbl', 'meetings', 'events',
  'clever', 'cloud', 'app', 'postgresql', 'cellar',
  'datakeen', 'documents',
  'outscale', 'vm', 'storage', 'backup', 'private', 'network',
  'wallix', 'bastion', 'trustelem', 'authenticator',
  'secnumcloud', 'hds', 'iso27001', 'cspn',
];
