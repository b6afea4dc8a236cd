import type { Configuration } from '../../src/domain/configuration';
import type { CustomerDetails } from '../../src/domain/customer';

/** The largest sensible bundle of the default catalog: 12 modules, none at its default quantity, 36 months, two qualifications. */
export const LARGEST_BUNDLE: Configuration = {
  catalog: '2026-11',
  items: [
    { module: 'alinto-mail-essential', quantity: 250 },
    { module: 'alinto-protect', quantity: 250 },
    { module: 'wallix-trustelem', quantity: 250 },
    { module: 'wallix-authenticator', quantity: 180 },
    { module: 'jamespot-intranet-secnum', quantity: 250 },
    { module: 'xwiki-knowledge', quantity: 120 },
    { module: 'clever-cloud-app', quantity: 6 },
    { module: 'clever-cloud-cellar', quantity: 2500 },
    { module: 'outscale-vm', quantity: 8 },
    { module: 'outscale-storage', quantity: 2000 },
    { module: 'outscale-backup', quantity: 2500 },
    { module: 'wallix-bastion', quantity: 15 },
  ],
  termMonths: 36,
  requirements: ['hds', 'iso27001'],
  salesDiscountBp: 750,
};

export const A_CUSTOMER: CustomerDetails = {
  company: 'Métropole de Lyon', siret: '20004697700019', vatNumber: 'FR21200046977', contactName: 'Zoé Martin',
  email: 'zoe.martin@grandlyon.example', phone: '+33 4 78 63 40 40', address: '20 rue du Lac\n69003 Lyon',
  sector: 'public', reference: 'AO-2026-117',
};
