export * from './boardLayout';
export * from './moveLogic';
