import type { Db } from '../connection';

/** One schema step. Steps are append-only: never edit one after it has shipped. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
