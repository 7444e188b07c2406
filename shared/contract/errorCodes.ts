/** Every error the core can report to a user. Messages live in ./errorMessages.ts. */
export const ERROR_CODES = [
  'input.invalid',
  'method.unknown',
  'transport.unauthorized',
  'transport.unavailable',
  'ipc.senderRejected',
  'db.newerVersion',
  'db.foreignFile',
  'db.notSqlite',
  'db.corrupt',
  'db.migrationFailed',
  'db.backupFailed',
  'db.openFailed',
  'db.busy',
  'notFound',
  'model.builtinReadOnly',
  'model.idTaken',
  'model.invalid',
  'grades.unknownCell',
  'clients.notFound',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
