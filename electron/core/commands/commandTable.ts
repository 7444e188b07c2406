import type { CoreContext } from '../context';
import { signOffCommands } from '../calibration/signOffCommands';
import { clientCommands } from '../clients/clientCommands';
import { planningCommands } from '../planning/planningCommands';
import { dictionaryCommands } from '../services/dictionaries';
import { modelCommands } from '../services/models';
import { overrideCommands } from '../services/overrides';
import { transferCommands } from '../transfer/transferCommands';
import type { TransferStore } from '../transfer/transferStore';
import { appCommands } from './appCommands';
import { dataCommands } from './dataCommands';
import { backupCommands } from '../backups/backupCommands';
import type { CommandTable } from './defineCommand';

/**
 * Every command of the contract with its pipeline entry. The type requires one entry per
 * command, so a command added to the contract does not compile until it has one.
 */
export function createCommandTable(ctx: CoreContext, store: TransferStore): CommandTable {
  return {
    ...clientCommands(ctx),
    ...overrideCommands(ctx),
    ...signOffCommands(ctx),
    ...modelCommands(ctx),
    ...dictionaryCommands(ctx),
    ...planningCommands(ctx),
    ...transferCommands(ctx, store),
    ...appCommands(ctx),
    ...dataCommands(ctx),
    ...backupCommands(ctx),
    'history.undo': { kind: 'replay', direction: 'undo', locked: true },
    'history.redo': { kind: 'replay', direction: 'redo', locked: true },
  };
}
