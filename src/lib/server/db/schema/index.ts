// The whole schema, one file per domain. drizzle-kit reads this file (drizzle.config.ts).
export * from './territory';
export * from './auth';
export * from './audit';
export * from './mail';
export * from './relations';
export * from './requests';
export * from './request-work';
export * from './appointments';
export * from './directory';
export * from './outcomes';
export * from './observatory';
