export * from './boardLayout';
export * from './moveLogic';
export * from './summaryAfterMove';
export * from './moveReason';
