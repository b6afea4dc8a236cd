/** The quote panel's and sales mode's texts, French first. Parameters are written {name}. */
export const quoteFr = {
  'quote.title': 'Votre devis',
} as const;

export const quoteEn: Record<keyof typeof quoteFr, string> = {
  'quote.title': 'Your quote',
};
