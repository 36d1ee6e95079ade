export * from './accounts';
export * from './participation';
export * from './modules';
export * from './documents';
export * from './contributions';
