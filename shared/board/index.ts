export * from './boardLayout';
export * from './moveLogic';
export * from './summaryAfterMove';
