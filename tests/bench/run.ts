import { benchPricing } from './pricing';

/** `npm run bench`: each area's bench in turn, each printing its own figures. */
benchPricing();
