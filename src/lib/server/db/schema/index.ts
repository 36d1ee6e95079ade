export * from './accounts';
export * from './participation';
export * from './modules';
export * from './documents';
export * from './geo';
export * from './contributions';
export * from './review';
