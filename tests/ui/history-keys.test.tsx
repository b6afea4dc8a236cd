import { describe, expect, it } from 'vitest';
import { isHistoryKey } from '../../src/app/history-keys';

/** A key pressed on an element made from `html` (the page's undo keys are read from the focused element). */
function keyOn(html: string, init: KeyboardEventInit): KeyboardEvent {
  document.body.innerHTML = html;
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  document.body.firstElementChild!.dispatchEvent(event);
  return event;
}

const CHECKBOX = '<input type="checkbox">';

describe('the keys of the configuration’s history', () => {
  it.each([
    ['Ctrl+Z', { key: 'z', ctrlKey: true }],
    ['⌘Z', { key: 'z', metaKey: true }],
    ['Ctrl+Shift+Z', { key: 'Z', ctrlKey: true, shiftKey: true }],
    ['Ctrl+Y', { key: 'y', ctrlKey: true }],
  ])('%s on a checkbox is one', (_name, init) => {
    expect(isHistoryKey(keyOn(CHECKBOX, init))).toBe(true);
  });

  it.each([
    ['Z alone', { key: 'z' }],
    ['Ctrl+Alt+Z (AltGr)', { key: 'z', ctrlKey: true, altKey: true }],
    ['Ctrl+P', { key: 'p', ctrlKey: true }],
  ])('%s is not', (_name, init) => {
    expect(isHistoryKey(keyOn(CHECKBOX, init))).toBe(false);
  });

  it.each([
    ['a text field', '<input type="text">', false],
    ['an e-mail field', '<input type="email">', false],
    ['a text area', '<textarea></textarea>', false],
    ['a quantity field (sets a number of the configuration)', '<input type="text" role="spinbutton" data-typed-number>', true],
    ['a read-only field (the share link shown)', '<input type="text" readonly>', true],
    ['a button', '<button type="button">x</button>', true],
    ['a list', '<select><option>1</option></select>', true],
  ])('Ctrl+Z in %s goes to the page’s undo: %s', (_where, html, page) => {
    expect(isHistoryKey(keyOn(html, { key: 'z', ctrlKey: true }))).toBe(page);
  });
});
