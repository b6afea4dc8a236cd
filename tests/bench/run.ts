import { benchCatalogCheck } from './catalog-check';
import { benchDevis } from './devis';
import { benchEngine } from './engine';
import { benchBlockedDetails, benchConflictDetails } from './engine-conflict';
import { benchPricing } from './pricing';
import { benchShare } from './share';
import { benchUi } from './ui';
import { benchUiScale } from './ui-scale';

/** `npm run bench`: each area's bench in turn, each printing its own figures. */
benchPricing();
benchShare();
await benchUi();
await benchUiScale();
await benchDevis();
benchEngine();
benchConflictDetails();
benchBlockedDetails();
benchCatalogCheck();
