import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoticeList } from '../../src/ui/notice-list';
import { renderWithStore } from './render-with-store';

/** A notice listing three drafts, each with « Restaurer » and « Oublier », that records what was asked. */
function listOfThree(asked: string[]) {
  return renderWithStore(<><NoticeList /><main tabIndex={-1}>page</main></>, (s) => s.getState().postNotice({
    tone: 'info',
    text: () => 'Brouillons mis de côté',
    items: ['A', 'B', 'C'].map((name) => ({
      id: name,
      text: (lang) => (lang === 'fr' ? `Brouillon ${name}` : `Draft ${name}`),
      actions: [
        { label: () => 'Restaurer', run: () => void asked.push(`restore ${name}`) },
        { label: () => 'Oublier', run: () => void asked.push(`forget ${name}`) },
      ],
    })),
  }));
}

describe('a notice that lists things', () => {
  it('shows each item with its own actions, in the store’s language', () => {
    listOfThree([]);
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['Brouillon ARestaurerOublier', 'Brouillon BRestaurerOublier', 'Brouillon CRestaurerOublier']);
    expect(within(items[1] as HTMLElement).getByRole('button', { name: 'Oublier' })).toHaveAccessibleDescription('Brouillon B');
  });

  it('takes an item off once one of its actions ran, and hands the focus to the item now in its place, then the one before, then the page', async () => {
    const asked: string[] = [];
    const { store } = listOfThree(asked);
    const forget = (name: string) => within(screen.getByText(`Brouillon ${name}`).closest('li') as HTMLElement).getByRole('button', { name: 'Oublier' });
    forget('B').focus();
    await userEvent.keyboard('{Enter}');
    expect(asked).toEqual(['forget B']);
    expect(screen.queryByText('Brouillon B')).toBeNull();
    expect(document.activeElement).toBe(within(screen.getByText('Brouillon C').closest('li') as HTMLElement).getByRole('button', { name: 'Restaurer' }));
    forget('C').focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(screen.getByText('Brouillon A').closest('li') as HTMLElement).getByRole('button', { name: 'Restaurer' }));
    await userEvent.click(within(screen.getByText('Brouillon A').closest('li') as HTMLElement).getByRole('button', { name: 'Restaurer' }));
    expect(asked).toEqual(['forget B', 'forget C', 'restore A']);
    expect(store.getState().notices).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('the notices’ place on the page', () => {
  it('holds nothing until a notice is posted, then loads the notices’ code and shows it', async () => {
    const { NoticeSlot } = await import('../../src/ui/notice-slot');
    const { store } = renderWithStore(<NoticeSlot />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => void store.getState().postNotice({ tone: 'info', text: 'Brouillon repris' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Brouillon repris');
  });
});
