import { checkCompanyId, groupedCompanyId } from './company-ids';
import { checkVatNumber } from './company-vat';
import type { Devis, DevisPartyRow } from './devis-types';
import { blankDetail } from './hidden-characters';

/**
 * A SIREN or SIRET grouped as INSEE prints it, « 732 829 320 » and « 732 829 320 00074 », with non-breaking spaces (a
 * wrapped line never splits it); one the validation refuses stays as typed. Grouped, not bare digits: a spreadsheet reads
 * 14 bare digits as a number and shows 7,33E+13, while a 5-digit last group keeps the SIRET text.
 */
export function printedCompanyId(typed: string): string {
  const id = checkCompanyId(typed);
  if (!id.ok) return typed;
  return groupedCompanyId(id.value.digits);
}

/** A VAT number upper case without separators (FR44732829320), as the seller's prints; one refused stays as typed. */
function printedVat(typed: string): string {
  const vat = checkVatNumber(typed);
  return vat.ok ? vat.value.normalised : typed;
}

/**
 * The customer block of the devis as labelled rows, in the order the PDF prints them: the company under
 * « Client », then each detail filled in and accepted (empty and refused ones are left out: « À compléter » names them).
 * The SIRET and VAT number print in one form, whatever spacing or case the customer form accepted.
 */
export function devisCustomerRows(devis: Devis): DevisPartyRow[] {
  const { customer, wording: w } = devis;
  const f = w.customerFields;
  const rows: DevisPartyRow[] = [
    { label: w.customer, value: customer.company, bare: true },
    { label: f.address, value: customer.address, bare: true },
    { label: f.siret, value: printedCompanyId(customer.siret) },
    { label: f.vatNumber, value: printedVat(customer.vatNumber) },
    { label: f.contactName, value: customer.contactName },
    { label: f.email, value: customer.email },
    { label: f.phone, value: customer.phone },
    { label: f.reference, value: customer.reference },
  ];
  return rows.filter((row) => !blankDetail(row.value));
}
