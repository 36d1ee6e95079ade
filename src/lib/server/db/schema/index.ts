export * from './accounts';
export * from './participation';
