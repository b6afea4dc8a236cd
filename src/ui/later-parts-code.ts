// The code of the later parts (later-parts.ts), one file fetched just after the first screen.
export { describeAddition, describeBrokenRules, describeExplanation } from '../domain/engine/describe-explanation';
export { ModuleNotes } from './module-notes';
export { ModuleSuggestions } from './module-suggestions';
export { QuoteDetails, QuoteFigures } from './quote-details';
