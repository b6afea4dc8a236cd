import type { Devis } from './devis-types';

/** One detail of the devis's customer block: its label as the devis prints it, and the value as typed. */
export interface DevisCustomerRow {
  label: string;
  value: string;
  /** Printed without its label in the parties block of the PDF and the print sheet (the company, the address). */
  bare?: true;
}

/**
 * The customer block of the devis as labelled rows, in the order the PDF prints them: the company under
 * « Client », then each detail filled in and accepted (empty and refused ones are left out: « À compléter » names them).
 */
export function devisCustomerRows(devis: Devis): DevisCustomerRow[] {
  const { customer, wording: w } = devis;
  const f = w.customerFields;
  const rows: DevisCustomerRow[] = [
    { label: w.customer, value: customer.company, bare: true },
    { label: f.address, value: customer.address, bare: true },
    { label: f.siret, value: customer.siret },
    { label: f.vatNumber, value: customer.vatNumber },
    { label: f.contactName, value: customer.contactName },
    { label: f.email, value: customer.email },
    { label: f.phone, value: customer.phone },
    { label: f.reference, value: customer.reference },
  ];
  return rows.filter((row) => row.value.trim() !== '');
}
