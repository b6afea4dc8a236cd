import { printedCompanyId } from './devis-customer-rows';
import type { Devis, DevisPartyRow } from './devis-types';
import { formatMoney } from './locale-format';

/**
 * The seller's legal form, share capital and registry as French commercial documents print them (Code de commerce
 * R123-237), each when the catalog gives it: « SAS au capital de 10 000,00 € — RCS Montpellier »; '' when it gives none.
 */
export function sellerLegalMentions(devis: Devis): string {
  const { seller, lang, wording: w } = devis;
  const capital = seller.shareCapital === undefined ? '' : w.shareCapital(formatMoney(seller.shareCapital, lang));
  const company = [seller.legalForm ?? '', capital].filter((part) => part !== '').join(' ');
  return [company, seller.registry ?? ''].filter((part) => part !== '').join(' — ');
}

/**
 * The seller block as labelled rows, in the order the PDF, the print sheet and the CSV print them: name, address,
 * legal mentions, SIREN (grouped as the customer's), VAT number, e-mail; the first three print without their label
 * under « Vendeur ». A detail the catalog leaves out is not there.
 */
export function devisSellerRows(devis: Devis): DevisPartyRow[] {
  const { seller, wording: w } = devis;
  const rows: DevisPartyRow[] = [
    { label: w.seller, value: seller.name, bare: true },
    { label: w.sellerAddress, value: seller.address, bare: true },
    { label: w.sellerLegal, value: sellerLegalMentions(devis), bare: true },
    { label: w.siren, value: printedCompanyId(seller.siren), alone: w.sellerAlone.siren },
    { label: w.vatNumber, value: seller.vatNumber, alone: w.sellerAlone.vatNumber },
    { label: w.email, value: seller.email, alone: w.sellerAlone.email },
  ];
  return rows.filter((row) => row.value.trim() !== '');
}
