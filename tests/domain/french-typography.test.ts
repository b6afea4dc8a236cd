import { describe, expect, it } from 'vitest';
import { frenchCatalogTypography, frenchTypography, lowerFirst } from '../../src/domain/french-typography';
import { localise } from '../../src/domain/language';

describe('French typography', () => {
  it.each([
    ['a no-break space before a colon', 'Éditeur : {vendor}', 'Éditeur\u00A0: {vendor}'],
    ['a narrow no-break space before ; ! ?', 'Le lien a remplacé votre brouillon ; il est conservé ! Vraiment ?', 'Le lien a remplacé votre brouillon\u202F; il est conservé\u202F! Vraiment\u202F?'],
    ['no-break spaces inside guillemets', 'Le tiroir « Messagerie » n’accepte qu’un module.', 'Le tiroir «\u00A0Messagerie\u00A0» n’accepte qu’un module.'],
    ['guillemets written without spaces', 'le format «x»', 'le format «\u00A0x\u00A0»'],
    ['the typographic apostrophe between letters', "Durée d'engagement, n'est pas, aujourd'hui", 'Durée d’engagement, n’est pas, aujourd’hui'],
    ['an address, a time and a ratio left alone', 'https://example.com:8080/a?b=c 10:30 1:2', 'https://example.com:8080/a?b=c 10:30 1:2'],
    ['a narrow no-break space before the percent sign of a number', 'au plus 100 % ; {rate} %', 'au plus 100\u202F%\u202F; {rate} %'],
    ['a quote of code left alone', "'{x}' : 1", "'{x}'\u00A0: 1"],
    ['the groups of a number held together', 'jusqu’à 5 000 participants, de 1 à 100 000, 1 234 567', 'jusqu’à 5\u202F000 participants, de 1 à 100\u202F000, 1\u202F234\u202F567'],
    ['two numbers side by side left apart when the second is not a group of three', 'lots 2 10 et 12 3456', 'lots 2 10 et 12 3456'],
  ])('%s', (_, text, expected) => {
    expect(frenchTypography(text)).toBe(expected);
  });

  it('changes nothing the second time', () => {
    const once = frenchTypography("Indisponible : vous avez choisi « X » ; l'option ?");
    expect(frenchTypography(once)).toBe(once);
  });

  it.each([
    ['Le lien a été modifié.', 'le lien a été modifié.'],
    ['L’engagement de 24 mois', 'l’engagement de 24 mois'],
    ['SIRET invalide', 'SIRET invalide'],
  ])('lowerFirst(%s) = %s: a sentence embedded after a colon, acronyms kept', (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});

describe('catalog texts', () => {
  it('are shown in French with French typography, in English as written', () => {
    const text = { fr: "Alinto Protect filtre la messagerie Essentielle ; la formule Business l'inclut déjà.", en: 'Filters mail; the Business plan includes it.' };
    expect(localise(text, 'fr')).toBe('Alinto Protect filtre la messagerie Essentielle\u202F; la formule Business l’inclut déjà.');
    expect(localise(text, 'en')).toBe('Filters mail; the Business plan includes it.');
  });

  it('keep a number with the word after it in French (« 50 Go » never breaks), and only there', () => {
    const text = { fr: 'Messagerie hébergée en France : 50 Go par boîte, 4 vCPU et 16 Gio, conservés 30 jours.', en: 'Mail hosted in France: 50 GB per mailbox.' };
    expect(localise(text, 'fr')).toBe('Messagerie hébergée en France\u00A0: 50\u00A0Go par boîte, 4\u00A0vCPU et 16\u00A0Gio, conservés 30\u00A0jours.');
    expect(localise(text, 'en')).toBe('Mail hosted in France: 50 GB per mailbox.');
    expect(frenchCatalogTypography(frenchCatalogTypography(text.fr))).toBe(frenchCatalogTypography(text.fr));
    expect(frenchTypography('{quantity} utilisateurs, 3 tiroirs')).toBe('{quantity} utilisateurs, 3 tiroirs');
  });
});
