/**
 * The customer form's error messages travel through zod and react-hook-form as one
 * string: a key, then the parameters as a query string (`customer.siret.length?count=13`).
 * The UI turns that string into the user's language (src/ui/customer-messages.ts).
 */

export const CUSTOMER_ERROR_KEYS = [
  'customer.invalid',
  'customer.company.required',
  'customer.siret.required',
  'customer.siret.invalidChar',
  'customer.siren.length',
  'customer.siret.length',
  'customer.siren.luhn',
  'customer.siret.nic',
  'customer.siret.laPoste',
  'customer.siren.zero',
  'customer.vat.noCountry',
  'customer.vat.unknownCountry',
  'customer.vat.greecePrefix',
  'customer.vat.monacoPrefix',
  'customer.vat.format',
  'customer.vat.frSiren',
  'customer.vat.frKey',
  'customer.vat.monacoKey',
  'customer.vat.otherCompany',
  'customer.contactName.required',
  'customer.email.required',
  'customer.email.invalid',
  'customer.email.accents',
  'customer.email.localTooLong',
  'customer.phone.invalidChar',
  'customer.phone.start',
  'customer.phone.frLength',
  'customer.phone.frTrunkZero',
  'customer.phone.frIntlLength',
  'customer.phone.intlLength',
  'customer.address.required',
  'customer.sector.required',
  'customer.reference.tooLong',
  'customer.text.hiddenChar',
  'customer.text.invisibleChar',
] as const;

export type CustomerErrorKey = (typeof CUSTOMER_ERROR_KEYS)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

export interface DecodedMessage {
  key: string;
  params: Record<string, string>;
}

/** `key` alone when there are no parameters, else `key?name=value&…` (values URI-encoded). */
export function encodeMessage(key: CustomerErrorKey, params: MessageParams = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]));
  const text = query.toString();
  return text === '' ? key : `${key}?${text}`;
}

export function decodeMessage(message: string): DecodedMessage {
  const at = message.indexOf('?');
  if (at < 0) return { key: message, params: {} };
  return { key: message.slice(0, at), params: Object.fromEntries(new URLSearchParams(message.slice(at + 1))) };
}
