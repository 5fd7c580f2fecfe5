/** The application's ports, in one import for the composition root and the use cases. */
export * from './documents';
export * from './mail';
export * from './storage';
export * from './logger';
export * from './notifications';
export * from './late-fees';
export * from './snapshots';
export * from './charts';
export * from './bank';

export * from './drop-folder';
