import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Configurator } from '../../src/ui/configurator';
import { renderWithStore } from './render-with-store';

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('the drawers', () => {
  it.each([
    ['fr', 'Messagerie', 'Tiroir : un module au choix', 'Collaboration', 'Tiroir : plusieurs modules possibles'],
    ['en', 'Email', 'Drawer: choose one module', 'Collaboration', 'Drawer: several modules allowed'],
  ] as const)('in %s, each section says it is a drawer, the word the filter and the rules use', (lang, one, oneText, many, manyText) => {
    renderWithStore(<Configurator />, () => {}, lang);
    const header = (name: string) => plain(screen.getByRole('region', { name }).querySelector('.drawer-select')?.textContent);
    expect([header(one), header(many)]).toEqual([oneText, manyText]);
  });
});
