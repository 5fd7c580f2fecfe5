/**
 * restify 11 reads `process.binding('http_parser')`, which Node 20 flags as deprecated (DEP0111)
 * on every start. The warning says nothing a user can act on, so it is silenced — that one only.
 * Import this module first in entry points.
 */
const originalEmitWarning = process.emitWarning.bind(process);

process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const options = rest[0];
  const code =
    typeof options === 'object' && options !== null
      ? (options as { code?: string }).code
      : (rest[1] as string | undefined);
  if (code === 'DEP0111') return;
  (originalEmitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

export {};
