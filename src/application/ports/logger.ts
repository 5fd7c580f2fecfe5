/** Technical logs (never shown to users): pino at the edge, anything with these methods in tests. */
export interface LogFn {
  (details: object, message?: string): void;
  (message: string): void;
}

export interface Logger {
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}
