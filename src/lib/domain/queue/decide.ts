import { floorCommands } from './floor';
import { listCommands } from './list';
import { requestCommands } from './requests';

/** Every queue command, for the registry. */
export const queueCommands = [...requestCommands, ...floorCommands, ...listCommands];
