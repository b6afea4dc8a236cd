import { describe, expect, it } from 'vitest';
import { asFieldTitle, CUSTOMER_FIELD_NAMES } from '../../src/domain/customer-field-names';
import { devisWording } from '../../src/domain/devis-wording';
import { DEVIS_WORDING_EN } from '../../src/domain/devis-wording-en';
import type { Language } from '../../src/domain/language';
import { translate, type MessageKey } from '../../src/ui/messages';
import { documentsEn } from '../../src/ui/messages-documents';
import { ENGLISH } from '../../src/ui/messages-en';
import { LATER_PARTS_WORDS_EN, laterPartsWords } from '../../src/ui/later-parts-words';
import { salesWords } from '../../src/ui/sales-panel-words';

const languages: Language[] = ['fr', 'en'];

describe('one name per thing: the quote panel and the devis (PDF, CSV, print sheet) agree', () => {
  it.each(languages)('the sections and totals the panel shows are named as the devis names them (%s)', (lang) => {
    const devis = devisWording(lang);
    const say = (key: MessageKey) => translate(lang, key);
    const sayLater = laterPartsWords(lang);
    expect(sayLater('quote.lines.title')).toBe(devis.recurringTitle);
    expect(sayLater('quote.recurring')).toBe(devis.subtotal);
    expect(say('quote.monthlyNet')).toBe(devis.monthlyNet);
    expect(sayLater('quote.monthlyGross')).toBe(devis.monthlyGross);
    expect(sayLater('quote.setup.title')).toBe(devis.oneTimeTitle);
    expect(sayLater('quote.setupNet')).toBe(devis.setupNet);
    expect(sayLater('quote.setupGross')).toBe(devis.setupGross);
    expect(devis.contractNet(36).startsWith(`${sayLater('quote.contract')} (`)).toBe(true);
  });

  it.each(languages)('the sales discount has one name in the sales tools, the quote and the devis (%s)', (lang) => {
    expect(laterPartsWords(lang)('quote.sales', { rate: '%' })).toBe(devisWording(lang).discounts.sales('%'));
    expect(salesWords(lang)('sales.discount.label')).toBe(devisWording(lang).discounts.sales('%'));
  });

  it.each(languages)('the devis labels the VAT number and the reference as the Documents panel names them (%s)', (lang) => {
    const { customerFields } = devisWording(lang);
    expect(customerFields.vatNumber).toBe(asFieldTitle(CUSTOMER_FIELD_NAMES[lang].vatNumber));
    expect(customerFields.reference).toBe(asFieldTitle(CUSTOMER_FIELD_NAMES[lang].reference));
  });
});

describe('the English is British, with the typographic apostrophe', () => {
  const texts = [
    ...Object.values(ENGLISH),
    ...Object.values(LATER_PARTS_WORDS_EN),
    ...Object.values(documentsEn),
    ...Object.values(CUSTOMER_FIELD_NAMES.en),
    ...Object.values(DEVIS_WORDING_EN).filter((value): value is string => typeof value === 'string'),
    ...Object.values(DEVIS_WORDING_EN.customerFields),
  ];

  it.each(texts)('%s', (text) => {
    expect(text).not.toMatch(/\bcatalog\b/i);
    expect(text).not.toMatch(/\p{L}'\p{L}/u);
  });
});
