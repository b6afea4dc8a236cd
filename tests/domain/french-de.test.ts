import { describe, expect, it } from 'vitest';
import { deName } from '../../src/domain/french-de';

describe('deName: French "de" before a name', () => {
  it.each([
    ['Outscale Sauvegarde', 'd’Outscale Sauvegarde'],
    ['Alinto Messagerie Business', 'd’Alinto Messagerie Business'],
    ['outscale-vm', 'd’outscale-vm'],
    ['Écrin', 'd’Écrin'],
    ['CryptPad Équipe', 'de CryptPad Équipe'],
    ['WALLIX Bastion', 'de WALLIX Bastion'],
    ['HDS Hébergement', 'de HDS Hébergement'],
    ['Yubikey', 'de Yubikey'],
    ['3DS Outscale', 'de 3DS Outscale'],
  ])('%s → %s', (name, expected) => {
    expect(deName(name)).toBe(expected);
  });
});
